// Scoring answers against gold rows: exact match, particles, conjugations.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "score.hpp"

using namespace malmoi;

namespace {

struct Row {
    std::vector<std::string> cards;
    Edits edits;
    const char* expected;
    bool exact;
    int particles_right, particles_total, conjugations_right, conjugations_total;
};

}  // namespace

TEST_CASE("score: alternatives are separated by ' | '") {
    CHECK(alternatives("친구랑 놀아요 | 친구하고 놀아요") ==
          std::vector<std::string>{"친구랑 놀아요", "친구하고 놀아요"});
    CHECK(alternatives("사과를 먹어요") == std::vector<std::string>{"사과를 먹어요"});
    CHECK(alternatives("a|b") == std::vector<std::string>{"a|b"});  // only " | " separates
    CHECK(alternatives(" a |  b ") == std::vector<std::string>{"a", "b"});
    CHECK(alternatives("").empty());
}

TEST_CASE("score: parts of an answer against the closest acceptable sentence") {
    const Row rows[] = {
        {{"사과", "먹다"}, {{{1, "를"}}, {{2, "먹어요"}}}, "사과를 먹어요", true, 1, 1, 1, 1},
        {{"바나나", "먹다"}, {{{1, "가"}}, {{2, "먹어요"}}}, "바나나를 먹어요", false, 0, 1, 1, 1},
        {{"사과", "먹다"}, {{{1, "를"}}, {{2, "먹었어요"}}}, "사과를 먹어요", false, 1, 1, 0, 1},
        {{"친구", "놀다"},
         {{{1, "하고"}}, {{2, "놀아요"}}},
         "친구랑 놀아요 | 친구하고 놀아요",
         true,
         1,
         1,
         1,
         1},
        {{"나", "학교", "가다"},
         {{{1, "는"}, {3, "에"}}, {{4, "가요"}}},
         "나는 학교에 가요",
         true,
         2,
         2,
         1,
         1},
        {{"나", "학교", "가다"},
         {{{1, "가"}, {3, "에"}}, {{0, "내"}, {4, "가요"}}},
         "나는 학교에 가요",
         false,
         1,
         2,
         1,
         1},
        {{"사과", "먹다", "싶다"},
         {{{1, "를"}}, {{2, "먹고"}, {3, "싶어요"}}},
         "사과를 먹고 싶어요",
         true,
         1,
         1,
         2,
         2},
        {{"공부하다", "안"},
         {{}, {{0, "공부 안 해요"}, {1, ""}}},
         "공부 안 해요",
         true,
         0,
         0,
         1,
         1},
        {{"아빠", "의사", "이다"},
         {{{1, "는"}}, {{3, "예요"}}},
         "아빠는 의사예요",
         true,
         2,
         2,
         1,
         1},
        {{"사과", "먹다", "?"}, {{{1, "를"}}, {{2, "먹어요"}}}, "사과를 먹어요?", true, 1, 1, 1, 1},
        {{"엄마", "도와주다"},
         {{{1, ","}}, {{2, "도와주세요"}}},
         "엄마, 도와주세요",
         true,
         1,
         1,
         1,
         1},
    };
    for (const auto& row : rows) {
        const std::string expected = row.expected;
        CAPTURE(expected);
        std::vector<Card> cards;
        for (const auto& l : row.cards) cards.push_back(Card{l, "", ""});
        const auto resolved = resolve(cards);
        REQUIRE(resolved.ok());
        const auto rendered = render(*resolved, row.edits);
        REQUIRE(rendered.ok());
        const Score s = score(*resolved, *rendered, alternatives(row.expected));
        CHECK(s.exact == row.exact);
        CHECK(s.particles_right == row.particles_right);
        CHECK(s.particles_total == row.particles_total);
        CHECK(s.conjugations_right == row.conjugations_right);
        CHECK(s.conjugations_total == row.conjugations_total);
    }
}
