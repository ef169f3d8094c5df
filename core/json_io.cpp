#include "json_io.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdint>

#include "hangul.hpp"
#include "json_text.hpp"
#include "small_sort.hpp"

namespace malmoi::json_io {

using nlohmann::json;

namespace {

// 2^1024 - 2^970, halfway between the largest double and 2^1024: strtod reads a number at or above
// it as infinity, which nlohmann's parser refuses ("number overflow"), and anything below it as a
// finite double. Comparing a number's digits with these 309 decides that exactly, where the cheap
// arithmetic below could not.
constexpr char kOverflow[] =
    "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017"
    "977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273"
    "854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704"
    "342711559699508093042880177904174497792";
constexpr int kOverflowDigits = sizeof kOverflow - 1;

bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

// JSON text read exactly as nlohmann_json 3.11.2's strict DOM parser reads it (which text it
// refuses, and the type and value of every node), without its lexer, parser and strtod: those cost
// the wasm about 9.5 KB of code. Recursive: parse() has refused text nested deeper than kMaxDepth.
class Reader {
  public:
    explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    bool document(json& out) {
        // nlohmann's lexer skips a UTF-8 byte order mark before the first token, and only there.
        if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF") p_ += 3;
        if (!value(out, 0)) return false;
        skip_space();
        // Its lexer also takes a NUL byte outside a string for the end (of a C string literal), so
        // whatever follows one after the value is never read.
        return p_ == end_ || *p_ == '\0';
    }

  private:
    int peek() const { return p_ < end_ ? static_cast<unsigned char>(*p_) : -1; }

    bool eat(char c) {
        if (p_ == end_ || *p_ != c) return false;
        ++p_;
        return true;
    }

    bool eat(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() ||
            std::string_view(p_, word.size()) != word)
            return false;
        p_ += word.size();
        return true;
    }

    void skip_space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
    }

    // `depth`: how many arrays and objects hold the value. The guard repeats within_depth's, so
    // that the recursion stays bounded even if the two ever disagreed.
    bool value(json& out, int depth) {
        skip_space();
        const int c = peek();
        if (c == '[' || c == '{') {
            if (depth >= kMaxDepth) return false;
            ++p_;
            const bool object = c == '{';
            const char close = object ? '}' : ']';
            out = json(object ? json::value_t::object : json::value_t::array);
            skip_space();
            if (eat(close)) return true;
            do {
                std::string key;
                if (object) {
                    skip_space();
                    if (!eat('"') || !string(key)) return false;
                    skip_space();
                    if (!eat(':')) return false;
                }
                json item;
                if (!value(item, depth + 1)) return false;
                // A repeated key keeps its last value, as nlohmann's DOM parser assigns it.
                if (object)
                    out[std::move(key)] = std::move(item);
                else
                    out.push_back(std::move(item));
                skip_space();
            } while (eat(','));
            return eat(close);
        }
        if (eat('"')) {
            std::string text;
            if (!string(text)) return false;
            out = std::move(text);
            return true;
        }
        if (c == '-' || is_digit(c)) return number(out);
        if (eat("true")) {
            out = true;
            return true;
        }
        if (eat("false")) {
            out = false;
            return true;
        }
        return eat("null");  // `out` is null already
    }

    // After the opening quote. Escapes as JSON has them; raw bytes below 0x20 are refused, and the
    // string must be well-formed UTF-8 (nlohmann's lexer checks each byte sequence against the same
    // table: no overlongs, no surrogates, nothing past U+10FFFF). Checking the whole string once at
    // the end is the same test: an escape always writes whole sequences, starting with an ASCII or
    // lead byte, so a raw sequence cut short by one stays malformed.
    bool string(std::string& out) {
        for (;;) {
            const char* run = p_;
            while (p_ < end_ && *p_ != '"' && *p_ != '\\' &&
                   static_cast<unsigned char>(*p_) >= 0x20)
                ++p_;
            out.append(run, p_);
            if (p_ == end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
            if (*p_++ == '"') return hangul::valid_utf8(out);
            if (p_ == end_) return false;
            const char c = *p_++;
            switch (c) {
                case '"':
                case '\\':
                case '/':
                    out += c;
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    char32_t code = 0;
                    if (!hex4(code) || (code >= 0xDC00 && code <= 0xDFFF)) return false;
                    if (code >= 0xD800 && code <= 0xDBFF) {
                        // A high surrogate must be followed by an escaped low one.
                        char32_t low = 0;
                        if (!eat("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    hangul::append_utf8(out, code);
                    break;
                }
                default:
                    return false;  // also the end of the text (c == -1)
            }
        }
    }

    bool hex4(char32_t& out) {
        for (int i = 0; i < 4; ++i) {
            const int c = peek();
            const int lower = c | 0x20;
            int digit;
            if (is_digit(c))
                digit = c - '0';
            else if (lower >= 'a' && lower <= 'f')
                digit = lower - 'a' + 10;
            else
                return false;
            out = out * 16 + static_cast<char32_t>(digit);
            ++p_;
        }
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? and its type as nlohmann gives it: an integer
    // is number_unsigned when it fits 64 bits unsigned, a negative one number_integer when it fits
    // 64 bits signed ("-0" too); every other number is number_float.
    bool number(json& out) {
        const bool negative = eat('-');
        const char* digits = p_;
        if (!is_digit(peek())) return false;
        if (!eat('0'))
            while (is_digit(peek())) ++p_;
        const char* integer_end = p_;
        bool exact = true;
        if (eat('.')) {
            if (!is_digit(peek())) return false;
            while (is_digit(peek())) ++p_;
            exact = false;
        }
        const char* digits_end = p_;
        std::int64_t exponent = 0;
        if (peek() == 'e' || peek() == 'E') {
            ++p_;
            const bool minus = eat('-');
            if (!minus) eat('+');
            if (!is_digit(peek())) return false;
            // Saturated: a number with more digits than this is refused or zero either way.
            for (; is_digit(peek()); ++p_)
                if (exponent < 1'000'000'000'000'000) exponent = exponent * 10 + (*p_ - '0');
            if (minus) exponent = -exponent;
            exact = false;
        }
        if (exact) {
            std::uint64_t n = 0;
            const char* q = digits;
            for (; q < integer_end; ++q) {
                const auto d = static_cast<std::uint64_t>(*q - '0');
                if (n > (UINT64_MAX - d) / 10) break;
                n = n * 10 + d;
            }
            if (q == integer_end && !negative) {
                out = n;
                return true;
            }
            if (q == integer_end && n <= std::uint64_t{1} << 63) {
                out = n == 0 ? std::int64_t{0} : -static_cast<std::int64_t>(n - 1) - 1;
                return true;
            }
        }
        // A float: the value is 0.D × 10^point, D the significant digits. The first 19 of them make
        // an approximate double (the core reads no float's exact value); all of them are compared
        // with kOverflow, so that exactly the numbers strtod makes infinite are refused.
        std::uint64_t kept = 0;
        int kept_digits = 0;
        std::int64_t point = exponent;
        std::int64_t significant = 0;
        int order = 0;  // D against kOverflow's digits: the first difference's sign
        for (const char* q = digits; q < digits_end; ++q) {
            if (*q == '.') continue;
            const int d = *q - '0';
            if (significant == 0 && d == 0) {
                if (q > integer_end) --point;
                continue;
            }
            if (q < integer_end) ++point;
            if (kept_digits < 19) {
                kept = kept * 10 + static_cast<std::uint64_t>(d);
                ++kept_digits;
            }
            if (order == 0 && significant < kOverflowDigits)
                order = d - (kOverflow[significant] - '0');
            ++significant;
        }
        double value = 0;
        if (significant > 0) {
            if (point > kOverflowDigits ||
                (point == kOverflowDigits &&
                 (order > 0 || (order == 0 && significant >= kOverflowDigits))))
                return false;
            // Below 10^-330 strtod gives zero; from there the loop below runs at most 349 times.
            if (point >= -330) {
                value = static_cast<double>(kept);
                for (std::int64_t scale = point - kept_digits; scale > 0; --scale) value *= 10;
                for (std::int64_t scale = point - kept_digits; scale < 0; ++scale) value /= 10;
                if (value > DBL_MAX) value = DBL_MAX;  // rounding up past the largest double
            }
        }
        out = negative ? -value : value;
        return true;
    }

    const char* p_;
    const char* end_;
};

}  // namespace

bool within_depth(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return false;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

json parse(std::string_view text) {
    if (!within_depth(text)) return json(json::value_t::discarded);
    json value;
    if (!Reader(text).document(value)) return json(json::value_t::discarded);
    return value;
}

const json* member(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const json::object_t& members = object.get_ref<const json::object_t&>();
    const auto it = members.find(key);
    return it == members.end() ? nullptr : &it->second;
}

namespace {

Error no_cards() {
    return make_error("bad_request",
                      "the request needs \"cards\": an array of labels or card objects");
}

}  // namespace

Result<std::vector<Card>> cards_from(const json& request) {
    const json* list = member(request, "cards");
    return list ? cards_in(*list) : no_cards();
}

Result<std::vector<Card>> cards_in(const json& list) {
    if (!list.is_array()) return no_cards();
    const json::array_t& items = list.get_ref<const json::array_t&>();
    return cards_of(items.data(), items.size());
}

Result<std::vector<Card>> cards_of(const json* items, std::size_t count) {
    std::vector<Card> cards;
    // (room for them all at once, up to one past the most a sentence may have: complete() says
    // too_many_cards beyond that, and a hostile request reserves no more)
    cards.reserve(std::min(count, kMaxCards + 1));
    for (std::size_t i = 0; i < count; ++i) {
        const json& item = items[i];
        if (item.is_string()) {
            cards.push_back(Card{item.get<std::string>()});
            continue;
        }
        const json* label = member(item, "label");
        if (!label || !label->is_string()) {
            return make_error("bad_request",
                              "each card must be a label or an object with a string \"label\"");
        }
        Card card{label->get<std::string>()};
        for (auto [key, field] :
             {std::pair{"pos", &card.pos}, {"class", &card.noun_class}, {"verb", &card.verb}}) {
            const json* value = member(item, key);
            if (!value || value->is_null()) continue;
            if (!value->is_string())
                return make_error("bad_request", "a card's \"%\" must be a string", {key});
            *field = value->get<std::string>();
        }
        if (const json* honorific = member(item, "honorific"); honorific && !honorific->is_null()) {
            if (!honorific->is_boolean())
                return make_error("bad_request", "a card's \"honorific\" must be true or false");
            card.honorific = honorific->get<bool>();
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

Result<SentenceOptions> options_from(const json& request) {
    SentenceOptions out;
    const json* given = member(request, "options");
    if (!given || given->is_null()) return out;
    const json& o = *given;
    if (!o.is_object()) return make_error("bad_request", "\"options\" must be an object");
    const auto text = [&](const char* key,
                          std::initializer_list<const char*> allowed) -> Result<std::string> {
        const json* value = member(o, key);
        if (!value || value->is_null()) return std::string(*allowed.begin());
        std::string names;
        for (const char* a : allowed) {
            if (value->is_string() && value->get<std::string>() == a) return std::string(a);
            names += (names.empty() ? "" : ", ") + std::string("\"") + a + "\"";
        }
        return make_error("bad_request", "\"options.%\" must be one of %", {key, names});
    };
    auto level = text("register", {"polite", "plain"});
    if (!level) return level.error();
    auto person = text("firstPerson", {"나", "저"});
    if (!person) return person.error();
    auto order = text("order", {"arrange", "tap"});
    if (!order) return order.error();
    out.speech_level = *level == "plain" ? SpeechLevel::plain : SpeechLevel::polite;
    out.first_person_jeo = *person == "저";
    out.keep_tap_order = *order == "tap";
    if (const json* collapse = member(o, "collapseRepeats"); collapse && !collapse->is_null()) {
        if (!collapse->is_boolean())
            return make_error("bad_request", "\"options.collapseRepeats\" must be true or false");
        out.collapse_repeats = collapse->get<bool>();
    }
    return out;
}

json edits(const Edits& e) {
    return parse(to_json(e));
}

std::string completion_text(const Completion& c, std::vector<Member> more) {
    // Inside the core a card is known by its place among the arranged cards; outside, by where the
    // child tapped it, so the app can draw each word's pictures from the cards it came from.
    const auto tap = [&](int arranged) {
        return arranged >= 0 && static_cast<std::size_t>(arranged) < c.cards.size()
                   ? c.cards[static_cast<std::size_t>(arranged)].tap
                   : -1;
    };
    // Keys in byte order, as nlohmann's objects keep them (the answers are byte for byte as
    // before): the completion's own, written straight into the one text in that order, and the
    // `more` members merged in among them (one with the same key as the completion's after it).
    small_sort(more, [](const Member& a, const Member& b) { return a.first < b.first; });
    json_text::Writer out;
    out.begin_object();
    std::size_t next = 0;
    const auto key = [&](std::string_view name) -> json_text::Writer& {
        for (; next < more.size() && more[next].first < name; ++next)
            out.key(more[next].first).raw(more[next].second);
        return out.key(name);
    };
    key("confidence").value(to_string(c.confidence));
    write_json(key("edits"), c.edits);
    key("kinds").begin_array();
    for (const auto& card : c.cards) out.value(to_string(card.kind));
    out.end_array();
    key("labels").begin_array();
    for (const auto& card : c.cards) out.value(card.label);
    out.end_array();
    key("order").begin_array();
    for (const auto& card : c.cards) out.value(card.tap);
    out.end_array();
    key("repeats").array(c.repeats);
    key("roles").begin_array();
    for (const auto& r : c.roles) {
        out.begin_object()
            .key("card")
            .value(tap(r.card))
            .key("particle")
            .value(r.particle)
            .key("role")
            .value(to_string(r.role))
            .key("source")
            .value(to_string(r.source))
            .end_object();
    }
    out.end_array();
    key("sentence").value(c.rendered.sentence);
    key("tokens").begin_array();
    for (const auto& t : c.rendered.tokens) {
        out.begin_object().key("cards").begin_array();
        for (int i : t.cards) out.value(tap(i));
        out.end_array().key("text").value(t.text).end_object();
    }
    out.end_array();
    key("warnings").begin_array();
    for (const auto& w : c.warnings) {
        out.begin_object();
        if (w.card >= 0) out.key("card").value(tap(w.card));
        out.key("code").value(w.code).key("message").value(w.message).end_object();
    }
    out.end_array();
    key("words").begin_array();
    for (const auto& w : c.rendered.words) out.value(w.word);
    out.end_array();
    for (; next < more.size(); ++next) out.key(more[next].first).raw(more[next].second);
    out.end_object();
    return out.take();
}

json completion(const Completion& c) {
    return parse(completion_text(c));
}

}  // namespace malmoi::json_io
