// Hangul arithmetic: UTF-8 <-> code points, syllable (de)composition, the final consonant (받침).
// This is the only module that looks at code points; every other API speaks UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace malmoi::hangul {

// ---- UTF-8 ----------------------------------------------------------------------------------

/// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view text);

/// One pass over `text`: whether it is well-formed UTF-8 and whether to_nfc could change it.
struct Utf8 {
    bool valid = true;
    bool may_need_nfc = false;
};
Utf8 scan_utf8(std::string_view text);

/// Code points of well-formed UTF-8. Call valid_utf8 first: malformed bytes become U+FFFD.
std::u32string decode(std::string_view text);

/// UTF-8 of code points.
std::string encode(std::u32string_view text);
void append_utf8(std::string& out, char32_t code_point);

namespace detail {
char32_t next_any(std::string_view text, std::size_t& at);
char32_t previous_any(std::string_view text, std::size_t& end);
}  // namespace detail

/// The code point that starts at byte `at` of well-formed UTF-8, moving `at` past it. (A malformed
/// byte reads as U+FFFD and is stepped over.)
inline char32_t next(std::string_view text, std::size_t& at) {
    const auto b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
        ++at;
        return b;
    }
    if ((b & 0xF0) == 0xE0 && at + 2 < text.size()) {
        const auto middle = static_cast<unsigned char>(text[at + 1]);
        const auto last = static_cast<unsigned char>(text[at + 2]);
        if ((middle & 0xC0) == 0x80 && (last & 0xC0) == 0x80) {
            const char32_t cp =
                (char32_t(b & 0x0F) << 12) | (char32_t(middle & 0x3F) << 6) | (last & 0x3F);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                at += 3;
                return cp;
            }
        }
    }
    return detail::next_any(text, at);
}

/// The code point that ends just before byte `end` of well-formed UTF-8, moving `end` back to its
/// start. The particle only cares about how a word ends, so words are read from the end. ASCII and
/// three-byte sequences (all of Hangul) are decoded inline.
inline char32_t previous(std::string_view text, std::size_t& end) {
    const auto b = static_cast<unsigned char>(text[end - 1]);
    if (b < 0x80) {
        --end;
        return b;
    }
    if (end >= 3) {
        const auto lead = static_cast<unsigned char>(text[end - 3]);
        const auto middle = static_cast<unsigned char>(text[end - 2]);
        if ((lead & 0xF0) == 0xE0 && (middle & 0xC0) == 0x80 && (b & 0xC0) == 0x80) {
            const char32_t cp =
                (char32_t(lead & 0x0F) << 12) | (char32_t(middle & 0x3F) << 6) | (b & 0x3F);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                end -= 3;
                return cp;
            }
        }
    }
    return detail::previous_any(text, end);
}

// ---- Normalisation (NFC) ---------------------------------------------------------------------

/// True when `text` holds conjoining jamo (U+1100–U+11FF) or combining diacritics (U+0300–U+036F),
/// the only characters to_nfc changes. A byte scan: text that is already NFC is left alone cheaply.
bool may_need_nfc(std::string_view text);

/// Well-formed UTF-8 `text` in Unicode NFC for Korean and Latin letters: decomposed Hangul (ᄆ ᅮ
/// ᆯ, as macOS and iOS store file names) becomes the syllable (물), a syllable and a trailing jamo
/// (가 ᆨ) one syllable (각), and a Latin letter with a combining mark (e ◌́) the precomposed letter
/// (é). Everything else is copied as it is.
std::string to_nfc(std::string_view text);

/// The ASCII letter under a Latin letter with a diacritic (é → e, Ç → C, ő → o); `c` otherwise.
char32_t latin_base(char32_t c);

// ---- Syllables -------------------------------------------------------------------------------

/// Jamo indices as Unicode orders them inside a precomposed syllable (U+AC00 + (i*21 + m)*28 + f).
namespace initial {
enum : int { g, kk, n, d, tt, r, m, b, pp, s, ss, ng, j, jj, ch, k, t, p, h };
}
namespace medial {
enum : int { a, ae, ya, yae, eo, e, yeo, ye, o, wa, wae, oe, yo, u, wo, we, wi, yu, eu, ui, i };
}
namespace final {
enum : int {
    none,
    g,
    kk,
    gs,
    n,
    nj,
    nh,
    d,
    l,
    lg,
    lm,
    lb,
    ls,
    lt,
    lp,
    lh,
    m,
    b,
    bs,
    s,
    ss,
    ng,
    j,
    ch,
    k,
    t,
    p,
    h
};
}

struct Syllable {
    int initial = 0;  ///< 0..18, see hangul::initial
    int medial = 0;   ///< 0..20, see hangul::medial
    int final = 0;    ///< 0..27, see hangul::final (0 = no 받침)
};

/// True for a precomposed Hangul syllable, 가 (U+AC00) to 힣 (U+D7A3).
bool is_syllable(char32_t c);
/// 값 → {ㄱ, ㅏ, ㅄ}. Empty for anything that is not a precomposed syllable.
std::optional<Syllable> decompose(char32_t c);
/// {ㄱ, ㅏ, ㅄ} → 값. Indices must be in range.
char32_t compose(Syllable s);

// ---- The final sound --------------------------------------------------------------------------

/// What a particle needs to know about the end of a word: no final consonant, ㄹ, or another one.
/// (으)로 is the one pair that treats ㄹ like a vowel; double finals such as ㄺ (닭) count as
/// "other".
enum class Final { none, rieul, other };

/// The final sound of a single character when it is Hangul: a syllable, a compatibility jamo read
/// by its letter name (ㄱ 기역, ㄹ 리을, ㅏ 아) or a conjoining (NFD) jamo. Empty for anything
/// else.
std::optional<Final> final_of(char32_t c);

/// The word with 사이시옷 (ㅅ) added to its last syllable, as it is written before the second part
/// of a compound: 만두 → 만둣 (만둣국), 나무 → 나뭇 (나뭇잎). Empty when the last syllable has a
/// 받침 already or is not a Hangul syllable.
std::string with_sai_siot(std::string_view word);

/// The final sound class of a 받침 index (hangul::final).
Final final_class(int final_index);

/// "none", "rieul" or "other".
const char* to_string(Final f);

}  // namespace malmoi::hangul
