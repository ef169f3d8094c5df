// Edits: placing cards and insertions into the final word array, the canonical JSON, and the one
// renderer that glues particles to the word before them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "edits.hpp"
#include "render.hpp"

using namespace malmoi;

namespace {

std::vector<ResolvedCard> resolved(const std::vector<std::string>& labels) {
    std::vector<Card> cards;
    for (const auto& l : labels) cards.push_back(Card{l, "", ""});
    auto r = resolve(cards);
    REQUIRE(r.ok());
    return std::move(r).value();
}

}  // namespace

TEST_CASE("edits: indices are positions in the final array, after the insertions") {
    const Edits e{{{1, "를"}}, {{2, "먹어요"}}};
    const auto placed = place({"사과", "먹다"}, e);
    REQUIRE(placed.ok());
    REQUIRE(placed->size() == 3);
    CHECK((*placed)[0].word == "사과");
    CHECK((*placed)[0].card == 0);
    CHECK((*placed)[1].word == "를");
    CHECK((*placed)[1].card == -1);
    CHECK((*placed)[2].word == "먹어요");
    CHECK((*placed)[2].card == 1);
    CHECK((*placed)[2].transformed);
}

TEST_CASE("edits: bad indices are errors") {
    struct Row {
        Edits edits;
        const char* code;
    };
    const Row rows[] = {
        {{{{3, "를"}}, {}}, "index_out_of_range"},
        {{{}, {{2, "먹어요"}}}, "index_out_of_range"},
        {{{{-1, "를"}}, {}}, "index_out_of_range"},
        {{{{1, "를"}, {1, "을"}}, {}}, "index_repeated"},
        {{{}, {{0, "사과"}, {0, "배"}}}, "index_repeated"},
        {{{{1, "를"}}, {{1, "을"}}}, "index_repeated"},
    };
    for (const auto& row : rows) {
        const std::string code = row.code;
        CAPTURE(code);
        const auto placed = place({"사과", "먹다"}, row.edits);
        REQUIRE_FALSE(placed.ok());
        CHECK(placed.error().code == row.code);
    }
}

TEST_CASE("edits: the canonical JSON has both keys and items in index order") {
    CHECK(to_json(Edits{}) == R"({"insertWords":[],"transformedWords":[]})");
    CHECK(
        to_json(Edits{{{3, "에"}, {1, "는"}}, {{4, "가요"}}}) ==
        R"({"insertWords":[{"index":1,"word":"는"},{"index":3,"word":"에"}],"transformedWords":[{"index":4,"word":"가요"}]})");
}

TEST_CASE("edits: parsing a model's JSON checks its shape") {
    struct Row {
        const char* text;
        const char* code;  // nullptr: parses
    };
    const Row rows[] = {
        {R"({"insertWords":[{"index":1,"word":"를"}],"transformedWords":[]})", nullptr},
        {R"({"transformedWords":[],"insertWords":[]})", nullptr},
        {"", "not_json"},
        {"사과를 먹어요", "not_json"},
        {R"({"insertWords":[]})", "schema"},
        {R"({"insertWords":[],"transformedWords":[],"x":1})", "schema"},
        {R"({"insertWords":{},"transformedWords":[]})", "schema"},
        {R"({"insertWords":[1],"transformedWords":[]})", "schema"},
        {R"({"insertWords":[{"index":1}],"transformedWords":[]})", "schema"},
        {R"({"insertWords":[{"index":true,"word":"를"}],"transformedWords":[]})", "schema"},
        {R"({"insertWords":[{"index":1,"word":null}],"transformedWords":[]})", "schema"},
        {"null", "schema"},
    };
    for (const auto& row : rows) {
        const std::string text = row.text;
        CAPTURE(text);
        const auto e = edits_from_json(row.text);
        if (row.code) {
            REQUIRE_FALSE(e.ok());
            CHECK(e.error().code == row.code);
        } else {
            CHECK(e.ok());
        }
    }
}

TEST_CASE("render: particles, punctuation and the copula ending attach; other words stand") {
    struct Row {
        std::vector<std::string> cards;
        Edits edits;
        const char* sentence;
    };
    const Row rows[] = {
        {{"사과", "먹다"}, {{{1, "를"}}, {{2, "먹어요"}}}, "사과를 먹어요"},
        {{"엄마", "도와주다"}, {{{1, ","}}, {{2, "도와주세요"}}}, "엄마, 도와주세요"},
        {{"사과", "먹다", "?"}, {{{1, "를"}}, {{2, "먹어요"}}}, "사과를 먹어요?"},
        {{"의사", "이다"}, {{}, {{1, "예요"}}}, "의사예요"},
        {{"의사", "이다"}, {{{1, "가"}}, {{2, "아니에요"}}}, "의사가 아니에요"},
        {{"먹다", "안"}, {{}, {{0, "안 먹어요"}, {1, ""}}}, "안 먹어요"},
        {{"물", "를", "마시다"}, {{}, {{1, "을"}, {2, "마셔요"}}}, "물을 마셔요"},
        {{"사과", "먹다"}, {{{2, "그리고"}}, {}}, "사과 먹다 그리고"},
    };
    for (const auto& row : rows) {
        const std::string sentence = row.sentence;
        CAPTURE(sentence);
        const auto r = render(resolved(row.cards), row.edits);
        REQUIRE(r.ok());
        CHECK(r->sentence == row.sentence);
    }
}

TEST_CASE("render: each token lists the cards it came from") {
    const auto r = render(resolved({"의사", "이다", "?"}), Edits{{}, {{1, "예요"}}});
    REQUIRE(r.ok());
    REQUIRE(r->tokens.size() == 1);
    CHECK(r->tokens[0].text == "의사예요?");
    CHECK(r->tokens[0].cards == std::vector<int>{0, 1, 2});
}
