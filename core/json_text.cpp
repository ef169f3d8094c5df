#include "json_text.hpp"

namespace malmoi::json_text {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The bytes a well-formed UTF-8 sequence may continue with (Unicode, table 3-7): the second byte's
// range depends on the first; every later byte is 80..BF.
struct Lead {
    int length = 0;  // 0: not a first byte
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
};

Lead lead_of(unsigned char c) {
    if (c >= 0xC2 && c <= 0xDF) return {2};
    if (c == 0xE0) return {3, 0xA0, 0xBF};
    if (c == 0xED) return {3, 0x80, 0x9F};  // no surrogates
    if (c >= 0xE1 && c <= 0xEF) return {3};
    if (c == 0xF0) return {4, 0x90, 0xBF};
    if (c >= 0xF1 && c <= 0xF3) return {4};
    if (c == 0xF4) return {4, 0x80, 0x8F};  // nothing past U+10FFFF
    return {};
}

void append_escaped(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += static_cast<char>(c);
            }
    }
}

}  // namespace

void append_string(std::string& out, std::string_view text) {
    // (no reserve: the appends grow `out` as reserving would, and a call each cost more)
    out += '"';
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    // Bytes that stand as they are (most of a text: letters, Hangul) are appended a run at a time,
    // not a byte or a character at a time; `run` is where the run not yet appended starts.
    std::size_t run = 0;
    const auto append_run = [&] {
        if (i > run) out.append(text.data() + run, i - run);
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                ++i;
                continue;
            }
            append_run();
            append_escaped(out, c);
            run = ++i;
            continue;
        }
        // A Hangul syllable (lead byte EA..EC; ED's second byte is narrower) is most of what is
        // not ASCII here: checked inline, as lead_of() would.
        if (c >= 0xEA && c <= 0xEC && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
            (s[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        const Lead lead = lead_of(c);
        if (lead.length == 0) {  // a byte no sequence starts with: replaced, and read no further
            append_run();
            out += kReplacement;
            run = ++i;
            continue;
        }
        std::size_t j = 1;
        for (; j < static_cast<std::size_t>(lead.length) && i + j < n; ++j) {
            const unsigned char low = j == 1 ? lead.low : 0x80;
            const unsigned char high = j == 1 ? lead.high : 0xBF;
            if (s[i + j] < low || s[i + j] > high) break;
        }
        if (j == static_cast<std::size_t>(lead.length)) {
            i += j;  // well formed: part of the run
            continue;
        }
        // A broken sequence becomes one U+FFFD; the byte that broke it is read again as the start
        // of the next one (as nlohmann's replace handler does).
        append_run();
        out += kReplacement;
        i += j;
        run = i;
    }
    append_run();
    out += '"';
}

std::string quoted(std::string_view text) {
    std::string out;
    append_string(out, text);
    return out;
}

void Writer::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (first_.empty()) return;
    if (first_.back() == '\0') out_ += ',';
    first_.back() = '\0';
}

Writer& Writer::begin_object() {
    separate();
    out_ += '{';
    first_.push_back('\1');
    return *this;
}

Writer& Writer::end_object() {
    out_ += '}';
    first_.pop_back();
    return *this;
}

Writer& Writer::begin_array() {
    separate();
    out_ += '[';
    first_.push_back('\1');
    return *this;
}

Writer& Writer::end_array() {
    out_ += ']';
    first_.pop_back();
    return *this;
}

Writer& Writer::key(std::string_view name) {
    separate();
    append_string(out_, name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

Writer& Writer::value(std::string_view text) {
    separate();
    append_string(out_, text);
    return *this;
}

Writer& Writer::value(long long number) {
    separate();
    char digits[24];
    char* end = digits + sizeof digits;
    char* p = end;
    unsigned long long magnitude = number < 0 ? 0ULL - static_cast<unsigned long long>(number)
                                              : static_cast<unsigned long long>(number);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (number < 0) *--p = '-';
    out_.append(p, static_cast<std::size_t>(end - p));
    return *this;
}

Writer& Writer::value(bool flag) {
    separate();
    out_ += flag ? "true" : "false";
    return *this;
}

Writer& Writer::raw(std::string_view json) {
    separate();
    out_ += json;
    return *this;
}

}  // namespace malmoi::json_text
