#include "hangul.hpp"

namespace malmoi::hangul {

namespace {

constexpr char32_t kSyllableFirst = 0xAC00;  // 가
constexpr char32_t kSyllableLast = 0xD7A3;   // 힣
constexpr int kMedials = 21;
constexpr int kFinals = 28;

// Returns the length of the UTF-8 sequence starting at `i`, or 0 when it is malformed.
std::size_t sequence_length(std::string_view text, std::size_t i, char32_t* out) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        *out = lead;
        return 1;
    }
    std::size_t length;
    char32_t cp;
    char32_t min;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    *out = cp;
    return length;
}

}  // namespace

bool valid_utf8(std::string_view text) {
    char32_t cp;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i, &cp);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::u32string decode(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    char32_t cp;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i, &cp);
        if (n == 0) {
            out.push_back(0xFFFD);
            ++i;
        } else {
            out.push_back(cp);
            i += n;
        }
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string encode(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) append_utf8(out, c);
    return out;
}

bool is_syllable(char32_t c) { return c >= kSyllableFirst && c <= kSyllableLast; }

std::optional<Syllable> decompose(char32_t c) {
    if (!is_syllable(c)) return std::nullopt;
    const int index = static_cast<int>(c - kSyllableFirst);
    return Syllable{index / (kMedials * kFinals), (index / kFinals) % kMedials, index % kFinals};
}

char32_t compose(Syllable s) {
    return kSyllableFirst + static_cast<char32_t>((s.initial * kMedials + s.medial) * kFinals + s.final);
}

Final final_class(int final_index) {
    if (final_index == final::none) return Final::none;
    if (final_index == final::l) return Final::rieul;
    return Final::other;
}

std::optional<Final> final_of(char32_t c) {
    if (auto s = decompose(c)) return final_class(s->final);
    // Compatibility jamo are read by their names: ㄱ 기역, ㄹ 리을, ㅎ 히읗 all end in a consonant,
    // ㄹ in ㄹ itself; the vowels ㅏ 아, ㅢ 의 end in none.
    if (c >= 0x3131 && c <= 0x314E) return c == 0x3139 ? Final::rieul : Final::other;
    if (c >= 0x314F && c <= 0x3163) return Final::none;
    // Conjoining jamo (NFD text, as macOS and iOS store file names): the last jamo of the word
    // decides. A trailing consonant (U+11A8..) is a 받침; a vowel (U+1161..) leaves none.
    if (c >= 0x11A8 && c <= 0x11C2) return c == 0x11AF ? Final::rieul : Final::other;
    if (c >= 0x1161 && c <= 0x1175) return Final::none;
    return std::nullopt;
}

const char* to_string(Final f) {
    switch (f) {
        case Final::none: return "none";
        case Final::rieul: return "rieul";
        case Final::other: return "other";
    }
    return "none";
}

}  // namespace malmoi::hangul
