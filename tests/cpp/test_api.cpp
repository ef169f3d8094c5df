// The JSON boundary: envelopes, batches, and robustness. Every answer is an envelope; no input
// makes a handler throw (a throw would show here as the code "internal"), which is what lets the
// wasm build leave C++ exceptions out.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "api.hpp"

using namespace malmoi;
using nlohmann::json;

namespace {

json call(const std::string& function, const std::string& request) {
    const std::string answer = api::call(function, request);
    const json j = json::parse(answer, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    REQUIRE(j.is_object());
    REQUIRE(j.contains("ok"));
    if (!j["ok"].get<bool>()) {
        REQUIRE(j["error"]["code"].is_string());
        REQUIRE(j["error"]["message"].is_string());
        const std::string code = j["error"]["code"].get<std::string>();
        CAPTURE(request);
        CHECK(code != "internal");
    }
    return j;
}

// Labels that have broken text engines before.
const std::vector<std::string> kLabels = {
    "사과",
    "먹다",
    "나",
    "가",
    "이",
    "를",
    "?",
    "안",
    "싶다",
    "주다",
    "이다",
    "아니다",
    "어제",
    "",
    " ",
    "\xff",
    "\xe1\x84",
    "\xed\xa0\x80",
    "🍎",
    "TV",
    "112",
    "1,000",
    "3.5",
    "ㄱ",
    "ㄹ",
    "빵(bread)",
    "“책”",
    "\u1106\u116e\u11af",
    "a\\b",
    "\"",
    "}",
    "[",
    "다",
    "하다",
    "abc다",
    "먹어요",
    "주세요",
    "(",
    ")",
    std::string(3000, 'a'),
    "사과사과사과사과사과사과사과사과사과사과사과사과사과사과사과사과사과사과",
    "에서는",
    "<b>를</b>",
    "\n",
    "\t",
    "공부하다",
    "몰라요",
    "?먹다",
    "0",
    "-",
    "$",
    "%",
    "L",
    "R",
};
const std::vector<std::string> kPos = {"",       "noun",     "pronoun", "verb",         "adjective",
                                       "adverb", "particle", "grammar", "interjection", "thing",
                                       "🍎"};
const std::vector<std::string> kClasses = {"", "food", "person", "place", "drink", "fruit", "time"};

json random_cards(std::mt19937& rng) {
    json cards = json::array();
    const int n = std::uniform_int_distribution<int>(0, 7)(rng);
    for (int i = 0; i < n; ++i) {
        const std::string& label = kLabels[rng() % kLabels.size()];
        if (rng() % 3 == 0) {
            cards.push_back(label);
        } else {
            json card = {{"label", label}};
            if (rng() % 2) card["pos"] = kPos[rng() % kPos.size()];
            if (rng() % 2) card["class"] = kClasses[rng() % kClasses.size()];
            cards.push_back(card);
        }
    }
    return cards;
}

std::string dump(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("api: answers are envelopes") {
    const json ok = call("particle", R"({"word":"사과","particle":"을/를"})");
    CHECK(ok["ok"] == true);
    CHECK(ok["value"]["text"] == "사과를");
    CHECK(call("nothing", "{}")["error"]["code"] == "unknown_function");
    CHECK(call("particle", "{")["error"]["code"] == "bad_json");
    CHECK(call("particle", "[1]")["value"][0]["error"]["code"] == "bad_request");
    CHECK(call("complete", R"({"cards":"사과"})")["error"]["code"] == "bad_request");
    CHECK(call("complete", R"({"cards":[{"label":1}]})")["error"]["code"] == "bad_request");
    CHECK(call("prompt", R"({"cards":["사과"],"maxTokens":0})")["error"]["code"] == "bad_request");
    CHECK(call("prompt", R"({"cards":["사과"],"model":5})")["error"]["code"] == "bad_request");
    CHECK(call("validate", R"({"cards":["사과"],"status":"200","body":""})")["error"]["code"] ==
          "bad_request");
}

TEST_CASE("api: a batch answers one envelope per request") {
    const json j =
        call("complete", R"([{"cards":["사과","먹다"]},{"cards":[]},{"cards":["물","마시다"]}])");
    REQUIRE(j["value"].size() == 3);
    CHECK(j["value"][0]["value"]["sentence"] == "사과를 먹어요");
    CHECK(j["value"][1]["error"]["code"] == "no_cards");
    CHECK(j["value"][2]["value"]["sentence"] == "물을 마셔요");
}

TEST_CASE("api: no input makes a handler throw") {
    std::mt19937 rng(20261129);
    std::vector<std::string> bodies;
    {
        std::ifstream in(std::string(MALMOI_SOURCE_DIR) + "/tests/fixtures/responses.jsonl");
        std::string line;
        while (std::getline(in, line))
            bodies.push_back(json::parse(line)["body"].get<std::string>());
    }
    REQUIRE_FALSE(bodies.empty());
    for (int round = 0; round < 10000; ++round) {
        const json cards = random_cards(rng);
        call("complete", dump(json{{"cards", cards}}));
        call("prompt",
             dump(json{{"cards", cards}, {"style", rng() % 2 ? "openai" : "compatible"}}));
        std::string body = bodies[rng() % bodies.size()];
        switch (rng() % 4) {
            case 0:
                body = body.substr(0, rng() % (body.size() + 1));
                break;  // cut short
            case 1:
                if (!body.empty()) body[rng() % body.size()] = static_cast<char>(rng() % 256);
                break;
            case 2:
                body.insert(rng() % (body.size() + 1), kLabels[rng() % kLabels.size()]);
                break;
            default:
                break;
        }
        call("validate",
             dump(json{
                 {"cards", cards}, {"status", static_cast<int>(rng() % 600)}, {"body", body}}));
        const std::string& word = kLabels[rng() % kLabels.size()];
        call("particle", dump(json{{"word", word}, {"particle", kLabels[rng() % kLabels.size()]}}));
        call("conjugate",
             dump(json{{"word", word}, {"form", rng() % 2 ? "polite_present" : "negative"}}));
    }
}
