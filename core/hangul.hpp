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

/// Code points of well-formed UTF-8. Call valid_utf8 first: malformed bytes become U+FFFD.
std::u32string decode(std::string_view text);

/// UTF-8 of code points.
std::string encode(std::u32string_view text);
void append_utf8(std::string& out, char32_t code_point);

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
    none, g, kk, gs, n, nj, nh, d, l, lg, lm, lb, ls, lt, lp, lh, m, b, bs, s, ss, ng, j, ch, k, t, p, h
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
/// (으)로 is the one pair that treats ㄹ like a vowel; double finals such as ㄺ (닭) count as "other".
enum class Final { none, rieul, other };

/// The final sound of a single character when it is Hangul: a syllable, a compatibility jamo read by
/// its letter name (ㄱ 기역, ㄹ 리을, ㅏ 아) or a conjoining (NFD) jamo. Empty for anything else.
std::optional<Final> final_of(char32_t c);

/// The final sound class of a 받침 index (hangul::final).
Final final_class(int final_index);

/// "none", "rieul" or "other".
const char* to_string(Final f);

}  // namespace malmoi::hangul
