// Suggestions from the lexicon: next-card hints by case frame, and words for the Hangul keyboard.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "suggest.hpp"

using namespace malmoi;

TEST_CASE("suggest: after a noun the verbs whose frames name its class, after a verb its nouns") {
    struct Row {
        const char* after;
        const char* candidate;
        bool highlighted;
    };
    const Row rows[] = {
        {"사과", "먹다", true},    // 먹다 takes food as its object
        {"우유", "마시다", true},  // and 마시다 a drink
        {"학교", "가다", true},    // 가다 a place as where it goes
        {"버스", "타다", true},    // 타다 a vehicle
        {"사과", "가다", false},   // nothing in 가다's frame names food
        {"먹다", "사과", true},    // after a verb: the nouns its frame names
        {"먹다", "숟가락", true},  // as the instrument
        {"먹다", "학교", true},    // as where it happens
        {"먹다", "양말", false},   {"사과", "바나나", false},  // a noun after a noun is no hint
        {"먹다", "마시다", false},
    };
    for (const auto& row : rows) {
        const std::string pair = std::string(row.after) + " → " + row.candidate;
        CAPTURE(pair);
        auto h = suggest::hints(Card{row.after}, {Card{row.candidate}});
        REQUIRE(h.ok());
        CHECK(!h->empty() == row.highlighted);
    }
}

TEST_CASE("suggest: the keyboard finds words jamo by jamo, the half-typed syllable too") {
    struct Row {
        const char* typed;
        const char* expected;  // a word that must be among the suggestions
    };
    const Row rows[] =
        {
            {"바나", "바나나"}, {"사", "사과"},
            {"삭", "사과"},    // 삭: the ㄱ is 과's, still being typed
            {"사고", "사과"},  // 고 → 과: the vowel is still being typed
            {"ㅅ", "소"},  // a lone consonant (the shortest words first: 사과 is past the 50th)
            {"먹", "먹다"},     {"학", "학교"},
            {"닭", "닭"},       {"달", "닭"},  // 닭 is typed 달 then ㄱ
        };
    for (const auto& row : rows) {
        const std::string typed = row.typed;
        CAPTURE(typed);
        auto w = suggest::words(row.typed, 50);
        REQUIRE(w.ok());
        const bool found = std::any_of(
            w->begin(), w->end(), [&](const suggest::Word& x) { return x.label == row.expected; });
        CHECK(found);
    }
    auto none = suggest::words("", 8);
    REQUIRE(none.ok());
    CHECK(none->empty());
    auto shortest = suggest::words("사과", 8);
    REQUIRE(shortest.ok());
    REQUIRE_FALSE(shortest->empty());
    CHECK(shortest->front().label == "사과");  // the word itself before longer ones
    CHECK(suggest::words(std::string(65, 'a'), 8).error().code == "input_too_long");
    CHECK(suggest::words("\xff", 8).error().code == "invalid_utf8");
}
