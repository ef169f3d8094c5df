// How a Korean reads the end of a word aloud, which is what decides its particle:
// 책 → 책 (ㄱ), 3 → 삼 (ㅁ), 112 → 백십이, TV → 티브이, URL → 유알엘 (ㄹ), Google → 구글, 5kg →
// 오킬로그램, A.I. → 에이아이, 빵(bread) → 빵, “책” → 책, "안녕?" → 안녕, ㄱ → 기역.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "hangul.hpp"
#include "result.hpp"

namespace malmoi::reading {

/// The longest word read, in UTF-8 bytes (about 340 Hangul syllables). A card label or a quoted
/// phrase is far shorter; anything longer is refused with input_too_long rather than read.
constexpr std::size_t kMaxWordBytes = 1024;

struct Sound {
    hangul::Final final = hangul::Final::none;
    /// How the non-Hangul end was read ("백십이", "티브이", "구글", "에이아이"); for a compound
    /// judged by its last known part (notebook), that part's reading ("북"). Empty when the word
    /// ends in Hangul or the ending was guessed from spelling alone.
    std::string read_as;
    /// True when a Latin word is not in the readings table and its ending was judged by rule: by
    /// its spelling (table → 테이블) or by a known last part (cheeseburger → …버거).
    bool guessed = false;
};

/// The final sound of `word`. Decomposed (NFD) Hangul and accented Latin letters are read as their
/// NFC forms; surrounding space, quotes, a trailing parenthetical and trailing . , ! ? … ~ are
/// looked past. Work is linear in the length of `word`.
/// Errors: input_too_long (over kMaxWordBytes), invalid_utf8, empty_word, unreadable_word (ends in
/// something no Korean reading covers).
Result<Sound> final_sound(std::string_view word);

/// final_sound of a word the caller has already checked and normalised: well-formed UTF-8 in NFC,
/// at most kMaxWordBytes long (particle::attach does that once for the word and the stem it keeps).
/// Errors: empty_word, unreadable_word.
Result<Sound> final_sound_nfc(std::string_view word);

/// The Sino-Korean reading of a number written with digits, optional thousands commas and an
/// optional decimal part: "112" → "백십이", "10000" → "만", "1,000" → "천", "3.5" → "삼점오".
/// Empty when `number` is not of that form.
std::string sino_korean(std::string_view number);

/// The readings table's Korean reading of a Latin word, matched case-insensitively ("Google" →
/// "구글"), or an empty view when the table does not list it.
std::string_view table_reading(std::string_view word);

/// How many words the readings table lists (core/data/readings.tsv).
std::size_t table_size();

/// The final sound the spelling rules alone give a Latin word (ASCII letters, any case), ignoring
/// the table: "street" → none (스트리트), "magic" → other (매직), "comb" → other (콤). What
/// final_sound falls back to for a word the table does not know; Final::none for anything else.
hangul::Final spelling_guess(std::string_view word);

}  // namespace malmoi::reading
