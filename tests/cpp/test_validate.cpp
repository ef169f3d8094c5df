// The validator against fixture responses (tests/fixtures/responses.jsonl): each a raw HTTP answer
// with the code it must be rejected with, or the sentence it must become.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "arrange.hpp"
#include "json_io.hpp"
#include "validate.hpp"

using namespace malmoi;

namespace {

std::vector<nlohmann::json> fixtures() {
    std::ifstream in(std::string(MALMOI_SOURCE_DIR) + "/tests/fixtures/responses.jsonl");
    REQUIRE(in.good());
    std::vector<nlohmann::json> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty()) rows.push_back(nlohmann::json::parse(line));
    }
    return rows;
}

std::vector<Card> cards_of(const nlohmann::json& labels) {
    std::vector<Card> cards;
    for (const auto& l : labels) cards.push_back(Card{l.get<std::string>(), "", ""});
    return cards;
}

}  // namespace

TEST_CASE("validate: every fixture gets its expected code or sentence") {
    const auto rows = fixtures();
    CHECK(rows.size() >= 40);
    for (const auto& row : rows) {
        const std::string name = row["name"].get<std::string>();
        CAPTURE(name);
        SentenceOptions options;
        if (row.contains("options")) {
            auto o = json_io::options_from(row);
            REQUIRE(o.ok());
            options = *o;
        }
        const auto v = validate(cards_of(row["cards"]), options, row["status"].get<int>(),
                                row["body"].get<std::string>());
        const auto& expect = row["expect"];
        if (expect.contains("code")) {
            REQUIRE_FALSE(v.ok());
            CHECK(v.error().code == expect["code"].get<std::string>());
            CHECK_FALSE(v.error().message.empty());
            continue;
        }
        REQUIRE(v.ok());
        CHECK(v->completion.rendered.sentence == expect["sentence"].get<std::string>());
        CHECK(static_cast<int>(v->disagreements.size()) == expect.value("disagreements", 0));
        std::vector<std::string> codes;
        for (const auto& w : v->completion.warnings) codes.push_back(w.code);
        CHECK(codes == expect.value("warnings", std::vector<std::string>{}));
    }
}

TEST_CASE("validate: the fixtures cover every error code the validator has") {
    std::set<std::string> seen;
    for (const auto& row : fixtures()) {
        if (row["expect"].contains("code")) seen.insert(row["expect"]["code"].get<std::string>());
    }
    for (const char* code :
         {"unauthorized", "rate_limited", "insufficient_quota", "model_not_configured", "timeout",
          "server_error", "http_error", "bad_response", "truncated", "content_filter", "unfinished",
          "refusal", "not_json", "schema", "index_out_of_range", "index_repeated",
          "word_not_allowed", "word_not_derivable"}) {
        const std::string shown = code;
        CAPTURE(shown);
        CHECK(seen.count(code) == 1);
    }
}

TEST_CASE("validate: a disagreement names the card and both answers") {
    const std::string body =
        R"({"choices":[{"index":0,"message":{"role":"assistant","content":"{\"insertWords\":[{\"index\":1,\"word\":\"가\"}],\"transformedWords\":[{\"index\":2,\"word\":\"먹어요\"}]}","refusal":null},"finish_reason":"stop"}]})";
    const auto v = validate({Card{"바나나", "", ""}, Card{"먹다", "", ""}}, 200, body);
    REQUIRE(v.ok());
    REQUIRE(v->disagreements.size() == 1);
    CHECK(v->disagreements[0].card == 0);
    CHECK(v->disagreements[0].kind == "role");
    CHECK(v->disagreements[0].rules == "를");
    CHECK(v->disagreements[0].model == "가");
    CHECK(v->rules.rendered.sentence == "바나나를 먹어요");
}

TEST_CASE("validate: what each card may become") {
    struct Row {
        std::vector<std::string> cards;
        int card;
        const char* word;
        bool ok;
    };
    const Row rows[] = {
        {{"먹다"}, 0, "먹어요", true},
        {{"먹다"}, 0, "먹었어요", true},
        {{"먹다"}, 0, "먹고", true},
        {{"먹다"}, 0, "안 먹어요", true},
        {{"먹다"}, 0, "먹어요?", true},
        {{"먹다"}, 0, "마셔요", false},
        {{"먹다"}, 0, "", false},
        {{"사과"}, 0, "사과", true},
        {{"사과"}, 0, "사과예요", true},
        {{"사과"}, 0, "바나나", false},
        {{"나"}, 0, "내", true},
        {{"나"}, 0, "제", false},
        {{"먹다", "싶다"}, 1, "싶어요", true},
        {{"먹다", "싶다"}, 1, "", true},
        {{"끄다", "주다"}, 1, "주세요", true},
        {{"안", "먹다"}, 0, "", true},
        {{"안", "먹다"}, 0, "안", true},
        {{"안", "먹다"}, 0, "않", false},
        {{"먹다", "?"}, 1, "?", true},
        {{"물", "를"}, 1, "을", true},
        {{"물", "를"}, 1, "<b>을</b>", false},
        {{"의사", "이다"}, 1, "예요", true},
        {{"의사", "이다"}, 1, "아니에요", true},
        {{"공부하다"}, 0, "공부 안 해요", true},
        {{"알다"}, 0, "몰라요", true},
        {{"춤", "싶다"}, 0, "춤추고", true},  // the noun with the verb it implies, as one verb
        {{"그만"}, 0, "그만해요", true},
        {{"그만", "먹다"}, 0, "그만해요", false},
        {{"물", "더"}, 1, "더 주세요", true},  // asking for more: 더 carries the request
        {{"물", "더"}, 1, "더", true},
        {{"물", "더"}, 1, "더 먹어요", false},
        {{"더", "먹다"}, 0, "더 주세요", false},       // a verb was tapped: 더 is only 더
        {{"나", "충치", "둘"}, 2, "둘 있어요", true},  // having, with no verb
        // (a verb of another clause is not the wanted one's: found by fuzz_cards)
        {{"아다", "아프다", "학교", "싶다"}, 3, "가고 싶어요", true},
        {{"먹다", "싶다"}, 1, "가고 싶어요", false},
        {{"나", "충치", "먹다"}, 1, "충치 있어요", false},
        // 보다 right after a verb tries it: said with the verb, or after it
        {{"신다", "보다", "되다"}, 0, "신어 봐도", true},
        {{"신다", "보다", "되다"}, 1, "", true},
        {{"신다", "보다", "되다"}, 0, "신어", true},
        {{"신다", "보다", "되다"}, 1, "봐도", true},
        {{"신다", "보다"}, 0, "신어 봐요", true},
        {{"신다", "보다"}, 0, "신어 먹어요", false},
        {{"신다", "보다"}, 1, "먹어요", false},
        {{"먹다", "보다", "텔레비전"},
         1,
         "",
         false},  // eating, then watching: 보다 is its own verb
    };
    for (const auto& row : rows) {
        const std::string word = row.word;
        CAPTURE(word);
        std::vector<Card> cards;
        for (const auto& l : row.cards) cards.push_back(Card{l, "", ""});
        const auto resolved = resolve(cards);
        REQUIRE(resolved.ok());
        CHECK(derivable(*resolved, row.card, row.word) == row.ok);
    }
}

TEST_CASE("validate: a noun that carries its verb may be the topic (found by fuzz_cards)") {
    // A teacher's 나 annotated as a food, with a time: the rules say 밤에 나는 먹어요.
    const std::vector<Card> cards = {Card{"나", "noun", "food"}, Card{"밤"}};
    const auto c = complete(cards);
    REQUIRE(c.ok());
    const nlohmann::json answer = {
        {"choices",
         {{{"index", 0},
           {"finish_reason", "stop"},
           {"message", {{"role", "assistant"}, {"content", to_json(c->edits)}}}}}}};
    const auto vetted = validate(cards, 200, answer.dump());
    REQUIRE_MESSAGE(vetted.ok(), (vetted ? "" : vetted.error().message));
    CHECK(vetted->completion.rendered.sentence == c->rendered.sentence);
}

TEST_CASE("validate: 되다 after a noun and no verb asks leave for what the noun implies") {
    // The validator sees arranged cards, where 되다 here is the permission card.
    const auto cards = [](std::initializer_list<const char*> labels) {
        std::vector<Card> out;
        for (const char* l : labels) out.push_back(Card{l, "", ""});
        return arrange(out, SentenceOptions{});
    };
    const auto toilet = cards({"화장실", "되다", "?"});
    REQUIRE(toilet.ok());
    CHECK(derivable(toilet->cards, 1, "가도 돼요"));
    CHECK_FALSE(derivable(toilet->cards, 1, "먹어도 돼요"));
    const auto swim = cards({"수영", "되다", "?"});
    REQUIRE(swim.ok());
    CHECK(derivable(swim->cards, 0, "수영해도"));
    CHECK(derivable(swim->cards, 1, "돼요"));
}
