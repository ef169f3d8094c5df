// The tools' functions of the JSON boundary (tools/lib/tools_api.hpp): answered next to the core's
// by the native CLI, and absent from the core's own table, so the app's wasm leaves them out.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api.hpp"
#include "tools_api.hpp"

using namespace malmoi;
using nlohmann::json;

namespace {

const char* kApple =
    R"({"cards":["사과","먹다"],"edits":{"insertWords":[{"index":1,"word":"를"}],)"
    R"("transformedWords":[{"index":2,"word":"먹어요"}]},"expected":"사과를 먹어요 | 사과 먹어요"})";

bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("tools api: score is the tools', not the app's") {
    CHECK(has(tools_api::names(), "score"));
    CHECK(has(tools_api::names(), "complete"));
    CHECK_FALSE(has(api::functions(), "score"));
    const json app = json::parse(api::call("score", kApple));
    CHECK(app["error"]["code"] == "unknown_function");
}

TEST_CASE("tools api: scores an answer against the acceptable sentences") {
    const json j = json::parse(tools_api::call("score", kApple));
    REQUIRE(j["ok"] == true);
    const json& v = j["value"];
    CHECK(v["exact"] == true);
    CHECK(v["sentence"] == "사과를 먹어요");
    CHECK(v["closest"] == "사과를 먹어요");
    CHECK(v["particles"] == json{{"right", 1}, {"total", 1}});
    CHECK(v["conjugations"] == json{{"right", 1}, {"total", 1}});
}

TEST_CASE("tools api: the core's functions answer as the core does") {
    const std::string request = R"({"cards":["물","마시다"]})";
    CHECK(tools_api::call("complete", request) == api::call("complete", request));
    CHECK(tools_api::call("nothing", "{}") == api::call("nothing", "{}"));
}

TEST_CASE("tools api: score's bad requests are errors with codes, batches answer each item") {
    struct Row {
        const char* request;
        const char* code;
    };
    const Row rows[] = {
        {R"({"cards":["사과"],"edits":{"insertWords":[],"transformedWords":[]}})", "bad_request"},
        {R"({"cards":["사과"],"expected":"사과"})", "bad_request"},
        {R"({"cards":["사과"],"expected":3,"edits":{"insertWords":[],"transformedWords":[]}})",
         "bad_request"},
        {R"({"cards":["사과"],"expected":"사과","edits":{"insertWords":[{"index":9,"word":"를"}],"transformedWords":[]}})",
         "index_out_of_range"},
        {R"({"cards":["사과"],"expected":"사과","edits":{"oops":[]}})", "schema"},
        {R"({"cards":[],"expected":"사과","edits":{"insertWords":[],"transformedWords":[]}})",
         "no_cards"},
        {R"(not json)", "bad_json"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.request);
        const json j = json::parse(tools_api::call("score", row.request));
        REQUIRE(j["ok"] == false);
        CHECK(j["error"]["code"] == row.code);
    }
    const json batch = json::parse(tools_api::call("score", std::string("[") + kApple + ",{}]"));
    REQUIRE(batch["ok"] == true);
    CHECK(batch["value"][0]["value"]["exact"] == true);
    CHECK(batch["value"][1]["ok"] == false);
}
