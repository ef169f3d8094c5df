// How a Korean reads the end of a word aloud, which is what decides its particle:
// 책 → 책 (ㄱ), 3 → 삼 (ㅁ), 112 → 백십이, TV → 티브이, URL → 유알엘 (ㄹ), Google → 구글, 5kg → 오킬로그램,
// 빵(bread) → 빵, “책” → 책, ㄱ → 기역.
#pragma once

#include <string>
#include <string_view>

#include "hangul.hpp"
#include "result.hpp"

namespace malmoi::reading {

struct Sound {
    hangul::Final final = hangul::Final::none;
    /// How the non-Hangul end was read ("백십이", "티브이", "구글"); empty when the word ends in Hangul.
    std::string read_as;
    /// True when a Latin word was not in the table and its ending was judged by its spelling alone.
    bool guessed = false;
};

/// The final sound of `word`.
/// Errors: invalid_utf8, empty_word, unreadable_word (ends in something no Korean reading covers).
Result<Sound> final_sound(std::string_view word);

/// The Sino-Korean reading of a number written with digits, optional thousands commas and an
/// optional decimal part: "112" → "백십이", "10000" → "만", "1,000" → "천", "3.5" → "삼점오".
/// Empty when `number` is not of that form.
std::string sino_korean(std::string_view number);

}  // namespace malmoi::reading
