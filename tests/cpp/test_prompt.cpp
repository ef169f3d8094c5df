// The request to the model, compared byte for byte with golden files written from docs/design.md's
// text ("The prompt").
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "prompt.hpp"

using namespace malmoi;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(std::string(MALMOI_SOURCE_DIR) + "/" + path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("prompt: the request body matches the golden files byte for byte") {
    for (const char* name : {"openai_apple", "compatible_school", "openai_escapes"}) {
        const std::string shown = name;
        CAPTURE(shown);
        const auto spec =
            nlohmann::json::parse(read(std::string("tests/golden/prompt_") + name + ".cards.json"));
        prompt::Options options;
        options.model = spec["model"].get<std::string>();
        options.style = *prompt::parse_style(spec["style"].get<std::string>());
        options.max_tokens = spec["maxTokens"].get<int>();
        const auto body =
            prompt::request_body(spec["cards"].get<std::vector<std::string>>(), options);
        REQUIRE(body.ok());
        std::string golden = read(std::string("tests/golden/prompt_") + name + ".json");
        if (!golden.empty() && golden.back() == '\n') golden.pop_back();
        CHECK(*body == golden);
    }
}

TEST_CASE("prompt: the user text lists the labels as a JSON array with Hangul unescaped") {
    CHECK(prompt::user_text({"사과", "먹다"}) ==
          "다음 단어 배열을 자연스러운 구어체 문장으로 완성하고, 필요한 조사나 접속어는 "
          "insertWords로, 어미나 "
          "구어체 변형은 transformedWords로 명시해주세요:\n\n[\"사과\", \"먹다\"]");
    CHECK(prompt::user_text({"\"책\""}).substr(prompt::user_text({}).size() - 2) ==
          "[\"\\\"책\\\"\"]");
}

TEST_CASE("prompt: the token cap follows the server's style, and nothing else differs") {
    prompt::Options openai{"m", prompt::Style::openai, 300};
    prompt::Options compatible{"m", prompt::Style::compatible, 300};
    const auto a = nlohmann::json::parse(*prompt::request_body({"사과"}, openai));
    const auto b = nlohmann::json::parse(*prompt::request_body({"사과"}, compatible));
    CHECK(a["max_completion_tokens"] == 300);
    CHECK_FALSE(a.contains("max_tokens"));
    CHECK(b["max_tokens"] == 300);
    CHECK_FALSE(b.contains("max_completion_tokens"));
    CHECK_FALSE(b.contains("n"));
    CHECK(a["temperature"] == 0);
    CHECK(a["response_format"]["json_schema"]["strict"] == true);
    CHECK(a["messages"] == b["messages"]);
}

TEST_CASE("prompt: the schema has no keywords fine-tuned models reject") {
    const std::string format = prompt::response_format();
    for (const char* keyword :
         {"minimum", "maximum", "pattern", "minItems", "maxItems", "minLength"}) {
        const std::string shown = keyword;
        CAPTURE(shown);
        CHECK(format.find(keyword) == std::string::npos);
    }
    CHECK(format.find("\"additionalProperties\":false") != std::string::npos);
}

TEST_CASE("prompt: bad input is an error value") {
    CHECK(prompt::request_body({}, {}).error().code == "no_cards");
    CHECK(prompt::request_body({" "}, {}).error().code == "empty_label");
    CHECK(prompt::request_body({"\xff"}, {}).error().code == "invalid_utf8");
    CHECK(prompt::parse_style("azure").error().code == "unknown_style");
}
