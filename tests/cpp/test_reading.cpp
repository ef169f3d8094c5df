// How the end of a word is read aloud: numbers, Latin letters and words, units, jamo, quotes.
#include <doctest/doctest.h>

#include <string>

#include "reading.hpp"

using namespace malmoi;
using hangul::Final;

namespace {

struct Row {
    const char* word;
    Final final;
    const char* read_as;  // nullptr: not checked
};

// One row per fact.
const Row kRows[] = {
    // Hangul: the last syllable decides.
    {"사과", Final::none, ""},
    {"책", Final::other, ""},
    {"물", Final::rieul, ""},
    {"아이스크림", Final::other, ""},
    {"아이스 크림", Final::other, ""},
    {"  사과  ", Final::none, ""},
    // Digits: one Sino-Korean number.
    {"1", Final::rieul, "일"},
    {"2", Final::none, "이"},
    {"3", Final::other, "삼"},
    {"4", Final::none, "사"},
    {"5", Final::none, "오"},
    {"6", Final::other, "육"},
    {"7", Final::rieul, "칠"},
    {"8", Final::rieul, "팔"},
    {"9", Final::none, "구"},
    {"0", Final::other, "영"},
    {"10", Final::other, "십"},
    {"11", Final::rieul, "십일"},
    {"20", Final::other, "이십"},
    {"100", Final::other, "백"},
    {"112", Final::none, "백십이"},
    {"1000", Final::other, "천"},
    {"10000", Final::other, "만"},
    {"12000", Final::other, "만이천"},
    {"100000", Final::other, "십만"},
    {"100000000", Final::other, "일억"},
    {"1000000000000", Final::none, "일조"},
    {"2024", Final::none, "이천이십사"},
    {"1,000", Final::other, "천"},
    {"12,345", Final::none, "만이천삼백사십오"},
    {"3.5", Final::none, "삼점오"},
    {"3.14", Final::none, "삼점일사"},
    {"0.7", Final::rieul, "영점칠"},
    {"007", Final::rieul, "칠"},
    {"-5", Final::none, "오"},
    {"1.2.3", Final::other, "삼"},
    // Units and currency signs are read after the number.
    {"5kg", Final::other, "오킬로그램"},
    {"3km", Final::none, "삼킬로미터"},
    {"10cm", Final::none, "십센티미터"},
    {"2m", Final::none, "이미터"},
    {"500g", Final::other, "오백그램"},
    {"50%", Final::none, "오십퍼센트"},
    {"50 %", Final::none, "오십퍼센트"},
    {"1L", Final::none, "일리터"},
    {"36.5℃", Final::none, "삼십육점오도"},
    {"$5", Final::none, "오달러"},
    {"₩1000", Final::other, "천원"},
    // Latin capitals are read letter by letter: only L 엘, M 엠, N 엔, R 알 end in a consonant.
    {"TV", Final::none, "티브이"},
    {"URL", Final::rieul, "유알엘"},
    {"QR", Final::rieul, "큐알"},
    {"PC", Final::none, "피씨"},
    {"ATM", Final::other, "에이티엠"},
    {"SUN", Final::other, "에스유엔"},
    {"A", Final::none, "에이"},
    {"L", Final::rieul, "엘"},
    {"M", Final::other, "엠"},
    {"N", Final::other, "엔"},
    {"R", Final::rieul, "알"},
    {"x", Final::none, "엑스"},
    {"3D", Final::none, "디"},
    // A single digit right after letters is read in English.
    {"MP3", Final::none, "쓰리"},
    {"A4", Final::none, "포"},
    {"G7", Final::other, "세븐"},
    // Words from the table are read as words.
    {"Google", Final::rieul, "구글"},
    {"google", Final::rieul, "구글"},
    {"GOOGLE", Final::rieul, "구글"},
    {"iPhone", Final::other, "아이폰"},
    {"Zoom", Final::other, "줌"},
    {"YouTube", Final::none, "유튜브"},
    {"LEGO", Final::none, "레고"},
    {"McDonald's", Final::none, "맥도날드"},
    // Full-width forms read like ASCII.
    {"ＴＶ", Final::none, "티브이"},
    {"３", Final::other, "삼"},
    // Quotes are looked through, a trailing parenthesis looked past.
    {"“책”", Final::other, ""},
    {"\"사과\"", Final::none, ""},
    {"‘물’", Final::rieul, ""},
    {"『책』", Final::other, ""},
    {"빵(bread)", Final::other, ""},
    {"사과 (apple)", Final::none, ""},
    {"(빵)", Final::other, ""},
    {"물[水]", Final::rieul, ""},
    // Bare jamo by their names.
    {"ㄱ", Final::other, "기역"},
    {"ㄹ", Final::rieul, "리을"},
    {"ㅏ", Final::none, "아"},
};

struct GuessRow {
    const char* word;
    Final final;
};

// Latin words not in the table: judged by spelling, and flagged as guessed.
const GuessRow kGuesses[] = {
    {"table", Final::rieul},  {"pencil", Final::rieul}, {"name", Final::other},
    {"line", Final::other},   {"king", Final::other},   {"truck", Final::other},
    {"hat", Final::other},    {"map", Final::other},    {"club", Final::other},
    {"desk", Final::none},    {"water", Final::none},   {"note", Final::none},
    {"fish", Final::none},    {"box", Final::none},     {"tree", Final::none},
};

}  // namespace

TEST_CASE("reading: the final sound of a word as it is read aloud") {
    for (const auto& row : kRows) {
        const std::string word = row.word;
        CAPTURE(word);
        const auto sound = reading::final_sound(row.word);
        REQUIRE(sound.ok());
        CHECK(sound->final == row.final);
        if (row.read_as) CHECK(sound->read_as == row.read_as);
        CHECK_FALSE(sound->guessed);
    }
}

TEST_CASE("reading: a Latin word outside the table is judged by its spelling") {
    for (const auto& row : kGuesses) {
        const std::string word = row.word;
        CAPTURE(word);
        const auto sound = reading::final_sound(row.word);
        REQUIRE(sound.ok());
        CHECK(sound->final == row.final);
        CHECK(sound->guessed);
    }
}

TEST_CASE("reading: Sino-Korean numbers") {
    CHECK(reading::sino_korean("112") == "백십이");
    CHECK(reading::sino_korean("10000") == "만");
    CHECK(reading::sino_korean("110000") == "십일만");
    CHECK(reading::sino_korean("1,000") == "천");
    CHECK(reading::sino_korean("3.5") == "삼점오");
    CHECK(reading::sino_korean("abc").empty());
    CHECK(reading::sino_korean("1.2.3").empty());
}

TEST_CASE("reading: errors are values with stable codes") {
    struct Row {
        const char* word;
        const char* code;
    };
    const Row rows[] = {
        {"", "empty_word"},           {"   ", "empty_word"},        {"\xff", "invalid_utf8"},
        {"\xe1\x84", "invalid_utf8"}, {"🍎", "unreadable_word"},    {"漢字", "unreadable_word"},
        {"!!", "unreadable_word"},    {"“”", "unreadable_word"},    {"()", "unreadable_word"},
    };
    for (const auto& row : rows) {
        const std::string word = row.word;
        CAPTURE(word);
        const auto sound = reading::final_sound(row.word);
        REQUIRE_FALSE(sound.ok());
        CHECK(sound.error().code == row.code);
        CHECK_FALSE(sound.error().message.empty());
    }
}
