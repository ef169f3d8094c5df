#include "hangul.hpp"

#include <algorithm>
#include <iterator>

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

// The Latin-1 Supplement and Latin Extended-A letters that are an ASCII letter and one combining
// mark (Unicode's canonical decompositions, U+00C0..U+017F), in code point order.
struct LatinLetter {
    char16_t composed;
    char base;
    char16_t mark;
};
constexpr LatinLetter kLatinLetters[] = {
    {0x0C0, 'A', 0x300}, {0x0C1, 'A', 0x301}, {0x0C2, 'A', 0x302}, {0x0C3, 'A', 0x303},
    {0x0C4, 'A', 0x308}, {0x0C5, 'A', 0x30A}, {0x0C7, 'C', 0x327}, {0x0C8, 'E', 0x300},
    {0x0C9, 'E', 0x301}, {0x0CA, 'E', 0x302}, {0x0CB, 'E', 0x308}, {0x0CC, 'I', 0x300},
    {0x0CD, 'I', 0x301}, {0x0CE, 'I', 0x302}, {0x0CF, 'I', 0x308}, {0x0D1, 'N', 0x303},
    {0x0D2, 'O', 0x300}, {0x0D3, 'O', 0x301}, {0x0D4, 'O', 0x302}, {0x0D5, 'O', 0x303},
    {0x0D6, 'O', 0x308}, {0x0D9, 'U', 0x300}, {0x0DA, 'U', 0x301}, {0x0DB, 'U', 0x302},
    {0x0DC, 'U', 0x308}, {0x0DD, 'Y', 0x301}, {0x0E0, 'a', 0x300}, {0x0E1, 'a', 0x301},
    {0x0E2, 'a', 0x302}, {0x0E3, 'a', 0x303}, {0x0E4, 'a', 0x308}, {0x0E5, 'a', 0x30A},
    {0x0E7, 'c', 0x327}, {0x0E8, 'e', 0x300}, {0x0E9, 'e', 0x301}, {0x0EA, 'e', 0x302},
    {0x0EB, 'e', 0x308}, {0x0EC, 'i', 0x300}, {0x0ED, 'i', 0x301}, {0x0EE, 'i', 0x302},
    {0x0EF, 'i', 0x308}, {0x0F1, 'n', 0x303}, {0x0F2, 'o', 0x300}, {0x0F3, 'o', 0x301},
    {0x0F4, 'o', 0x302}, {0x0F5, 'o', 0x303}, {0x0F6, 'o', 0x308}, {0x0F9, 'u', 0x300},
    {0x0FA, 'u', 0x301}, {0x0FB, 'u', 0x302}, {0x0FC, 'u', 0x308}, {0x0FD, 'y', 0x301},
    {0x0FF, 'y', 0x308}, {0x100, 'A', 0x304}, {0x101, 'a', 0x304}, {0x102, 'A', 0x306},
    {0x103, 'a', 0x306}, {0x104, 'A', 0x328}, {0x105, 'a', 0x328}, {0x106, 'C', 0x301},
    {0x107, 'c', 0x301}, {0x108, 'C', 0x302}, {0x109, 'c', 0x302}, {0x10A, 'C', 0x307},
    {0x10B, 'c', 0x307}, {0x10C, 'C', 0x30C}, {0x10D, 'c', 0x30C}, {0x10E, 'D', 0x30C},
    {0x10F, 'd', 0x30C}, {0x112, 'E', 0x304}, {0x113, 'e', 0x304}, {0x114, 'E', 0x306},
    {0x115, 'e', 0x306}, {0x116, 'E', 0x307}, {0x117, 'e', 0x307}, {0x118, 'E', 0x328},
    {0x119, 'e', 0x328}, {0x11A, 'E', 0x30C}, {0x11B, 'e', 0x30C}, {0x11C, 'G', 0x302},
    {0x11D, 'g', 0x302}, {0x11E, 'G', 0x306}, {0x11F, 'g', 0x306}, {0x120, 'G', 0x307},
    {0x121, 'g', 0x307}, {0x122, 'G', 0x327}, {0x123, 'g', 0x327}, {0x124, 'H', 0x302},
    {0x125, 'h', 0x302}, {0x128, 'I', 0x303}, {0x129, 'i', 0x303}, {0x12A, 'I', 0x304},
    {0x12B, 'i', 0x304}, {0x12C, 'I', 0x306}, {0x12D, 'i', 0x306}, {0x12E, 'I', 0x328},
    {0x12F, 'i', 0x328}, {0x130, 'I', 0x307}, {0x134, 'J', 0x302}, {0x135, 'j', 0x302},
    {0x136, 'K', 0x327}, {0x137, 'k', 0x327}, {0x139, 'L', 0x301}, {0x13A, 'l', 0x301},
    {0x13B, 'L', 0x327}, {0x13C, 'l', 0x327}, {0x13D, 'L', 0x30C}, {0x13E, 'l', 0x30C},
    {0x143, 'N', 0x301}, {0x144, 'n', 0x301}, {0x145, 'N', 0x327}, {0x146, 'n', 0x327},
    {0x147, 'N', 0x30C}, {0x148, 'n', 0x30C}, {0x14C, 'O', 0x304}, {0x14D, 'o', 0x304},
    {0x14E, 'O', 0x306}, {0x14F, 'o', 0x306}, {0x150, 'O', 0x30B}, {0x151, 'o', 0x30B},
    {0x154, 'R', 0x301}, {0x155, 'r', 0x301}, {0x156, 'R', 0x327}, {0x157, 'r', 0x327},
    {0x158, 'R', 0x30C}, {0x159, 'r', 0x30C}, {0x15A, 'S', 0x301}, {0x15B, 's', 0x301},
    {0x15C, 'S', 0x302}, {0x15D, 's', 0x302}, {0x15E, 'S', 0x327}, {0x15F, 's', 0x327},
    {0x160, 'S', 0x30C}, {0x161, 's', 0x30C}, {0x162, 'T', 0x327}, {0x163, 't', 0x327},
    {0x164, 'T', 0x30C}, {0x165, 't', 0x30C}, {0x168, 'U', 0x303}, {0x169, 'u', 0x303},
    {0x16A, 'U', 0x304}, {0x16B, 'u', 0x304}, {0x16C, 'U', 0x306}, {0x16D, 'u', 0x306},
    {0x16E, 'U', 0x30A}, {0x16F, 'u', 0x30A}, {0x170, 'U', 0x30B}, {0x171, 'u', 0x30B},
    {0x172, 'U', 0x328}, {0x173, 'u', 0x328}, {0x174, 'W', 0x302}, {0x175, 'w', 0x302},
    {0x176, 'Y', 0x302}, {0x177, 'y', 0x302}, {0x178, 'Y', 0x308}, {0x179, 'Z', 0x301},
    {0x17A, 'z', 0x301}, {0x17B, 'Z', 0x307}, {0x17C, 'z', 0x307}, {0x17D, 'Z', 0x30C},
    {0x17E, 'z', 0x30C},
};

constexpr char32_t kLeadFirst = 0x1100, kLeadLast = 0x1112;    // ᄀ..ᄒ, the 19 initials
constexpr char32_t kVowelFirst = 0x1161, kVowelLast = 0x1175;  // ᅡ..ᅵ, the 21 medials
constexpr char32_t kTrailFirst = 0x11A8, kTrailLast = 0x11C2;  // ᆨ..ᇂ, the 27 finals

}  // namespace

Utf8 scan_utf8(std::string_view text) {
    Utf8 out{true, false};
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // Hangul syllables (EA..ED lead bytes, U+A000..U+DFFF minus the surrogates) are most of
        // the text this sees: checked inline.
        if (lead >= 0xEA && lead <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
            (p[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        char32_t cp;
        const std::size_t length = sequence_length(text, i, &cp);
        if (length == 0) return Utf8{false, false};
        out.may_need_nfc =
            out.may_need_nfc || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x300 && cp <= 0x36F);
        i += length;
    }
    return out;
}

bool valid_utf8(std::string_view text) {
    return scan_utf8(text).valid;
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

char32_t detail::next_any(std::string_view text, std::size_t& at) {
    char32_t cp = 0xFFFD;
    const std::size_t n = sequence_length(text, at, &cp);
    at += n == 0 ? 1 : n;
    return n == 0 ? 0xFFFD : cp;
}

char32_t detail::previous_any(std::string_view text, std::size_t& end) {
    std::size_t start = end - 1;
    // Continuation bytes are 10xxxxxx; a sequence is at most four bytes long.
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    char32_t cp = 0xFFFD;
    if (sequence_length(text, start, &cp) != end - start) {
        end -= 1;
        return 0xFFFD;
    }
    end = start;
    return cp;
}

bool may_need_nfc(std::string_view text) {
    // U+1100..U+11FF is E1 84 80..E1 87 BF; U+0300..U+036F is CC 80..CD AF.
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0xCC) continue;
        const auto c = static_cast<unsigned char>(text[i + 1]);
        if (b == 0xE1 && c >= 0x84 && c <= 0x87) return true;
        if (b == 0xCC || (b == 0xCD && c <= 0xAF)) return true;
    }
    return false;
}

std::string to_nfc(std::string_view text) {
    if (!may_need_nfc(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    // The character not yet written: it may still combine with what follows.
    char32_t held = 0;
    bool holding = false;
    const auto flush = [&] {
        if (holding) append_utf8(out, held);
        holding = false;
    };
    for (std::size_t at = 0; at < text.size();) {
        const char32_t c = next(text, at);
        if (holding && held >= kLeadFirst && held <= kLeadLast && c >= kVowelFirst &&
            c <= kVowelLast) {
            held = compose(
                {static_cast<int>(held - kLeadFirst), static_cast<int>(c - kVowelFirst), 0});
            continue;
        }
        if (holding && c >= kTrailFirst && c <= kTrailLast) {
            if (auto s = decompose(held); s && s->final == final::none) {
                s->final = static_cast<int>(c - kTrailFirst) + 1;
                held = compose(*s);
                continue;
            }
        }
        if (holding && c >= 0x300 && c <= 0x36F && held < 0x80) {
            bool composed = false;
            for (const LatinLetter& l : kLatinLetters) {
                if (static_cast<char32_t>(l.base) == held && l.mark == c) {
                    held = l.composed;
                    composed = true;
                    break;
                }
            }
            if (composed) continue;
        }
        flush();
        held = c;
        holding = true;
    }
    flush();
    return out;
}

char32_t latin_base(char32_t c) {
    if (c < 0xC0 || c > 0x17F) return c;
    const auto* end = std::end(kLatinLetters);
    const auto* it =
        std::lower_bound(std::begin(kLatinLetters), end, c,
                         [](const LatinLetter& l, char32_t x) { return l.composed < x; });
    return it != end && it->composed == c ? static_cast<char32_t>(it->base) : c;
}

bool is_syllable(char32_t c) {
    return c >= kSyllableFirst && c <= kSyllableLast;
}

std::optional<Syllable> decompose(char32_t c) {
    if (!is_syllable(c)) return std::nullopt;
    const int index = static_cast<int>(c - kSyllableFirst);
    return Syllable{index / (kMedials * kFinals), (index / kFinals) % kMedials, index % kFinals};
}

char32_t compose(Syllable s) {
    return kSyllableFirst +
           static_cast<char32_t>((s.initial * kMedials + s.medial) * kFinals + s.final);
}

std::string with_sai_siot(std::string_view word) {
    if (word.empty()) return {};
    std::size_t end = word.size();
    const std::optional<Syllable> last = decompose(previous(word, end));
    if (!last || last->final != final::none) return {};
    std::string out(word.substr(0, end));
    append_utf8(out, compose(Syllable{last->initial, last->medial, final::s}));
    return out;
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
        case Final::none:
            return "none";
        case Final::rieul:
            return "rieul";
        case Final::other:
            return "other";
    }
    return "none";
}

}  // namespace malmoi::hangul
