// Fine-tuning data: deterministic, balanced, validated, and split by vocabulary.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "dataset.hpp"
#include "prompt.hpp"

using namespace malmoi;

namespace {

std::string file_of(const std::vector<dataset::Example>& examples) {
    std::string out;
    for (const auto& e : examples) out += dataset::jsonl_line(e) + "\n";
    return out;
}

}  // namespace

TEST_CASE("dataset: the same seed gives the same bytes; another seed other bytes") {
    const auto a = dataset::generate({300, 60, 7});
    const auto b = dataset::generate({300, 60, 7});
    const auto c = dataset::generate({300, 60, 8});
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(file_of(a->train) == file_of(b->train));
    CHECK(file_of(a->val) == file_of(b->val));
    CHECK(file_of(a->train) != file_of(c->train));
}

TEST_CASE("dataset: lines are OpenAI chat examples with the app's exact text") {
    const auto g = dataset::generate({200, 40, 1});
    REQUIRE(g.ok());
    CHECK(g->train.size() == 200);
    CHECK(g->val.size() == 40);
    for (const auto& e : g->train) {
        const auto line = nlohmann::json::parse(dataset::jsonl_line(e));
        REQUIRE(line.size() == 1);
        const auto& m = line["messages"];
        REQUIRE(m.size() == 3);
        CHECK(m[0]["role"] == "system");
        CHECK(m[0]["content"] == prompt::system_text());
        CHECK(m[1]["role"] == "user");
        std::vector<std::string> labels;
        for (const auto& c : e.cards) labels.push_back(c.label);
        CHECK(m[1]["content"] == prompt::user_text(labels, e.options));
        CHECK(m[2]["role"] == "assistant");
        CHECK(m[2]["content"] == e.answer);
    }
}

TEST_CASE("dataset: both splits pass every check, and nothing leaks between them") {
    const auto g = dataset::generate({600, 150, 3});
    REQUIRE(g.ok());
    const std::string train = file_of(g->train);
    const std::string val = file_of(g->val);
    const auto report = dataset::check(train, val);
    CAPTURE(report.text);
    CHECK(report.ok);
    CHECK(dataset::check(val, train).ok);
    CHECK(report.text.find("Tokens billed per epoch") != std::string::npos);
}

TEST_CASE("dataset: every category and final-sound group is represented") {
    const auto g = dataset::generate({1500, 300, 5});
    REQUIRE(g.ok());
    const auto categories = dataset::counts_by_category(g->train);
    for (const char* c : {"object",
                          "subject",
                          "destination",
                          "location",
                          "instrument",
                          "companion",
                          "topic",
                          "time_past",
                          "time_bare",
                          "want",
                          "request",
                          "request_noun",
                          "negation",
                          "question",
                          "copula",
                          "particle_kept",
                          "particle_corrected",
                          "particle_replaced",
                          "coordination",
                          "minimal_pair",
                          "irregular"}) {
        const std::string name = c;
        CAPTURE(name);
        CHECK(categories.count(c) == 1);
    }
    const auto sounds = dataset::counts_by_final_sound(g->train);
    for (const char* s : {"none", "rieul", "other", "digits", "latin"}) {
        const std::string name = s;
        CAPTURE(name);
        CHECK(sounds.count(s) == 1);
    }
    const auto particles = dataset::counts_by_particle(g->train);
    for (const char* p : {"을/를", "이/가", "은/는", "으로/로", "이랑/랑", "에", "에서"}) {
        const std::string name = p;
        CAPTURE(name);
        CHECK(particles.count(p) == 1);
    }
}

TEST_CASE("dataset: the checker finds what is wrong") {
    const std::string system = prompt::system_text();
    const auto line = [&](const std::string& user, const std::string& answer) {
        return nlohmann::ordered_json{{"messages",
                                       {{{"role", "system"}, {"content", system}},
                                        {{"role", "user"}, {"content", user}},
                                        {{"role", "assistant"}, {"content", answer}}}}}
                   .dump() +
               "\n";
    };
    const std::string good = line(
        prompt::user_text({"사과", "먹다"}),
        R"({"insertWords":[{"index":1,"word":"를"}],"transformedWords":[{"index":2,"word":"먹어요"}]})");
    CHECK(dataset::check(good).ok);
    struct Row {
        std::string text;
        const char* finding;
    };
    const Row rows[] = {
        {"not json\n", "data_type"},
        {R"({"messages":[]})"
         "\n",
         "missing_messages_list"},
        {R"({"messages":[{"role":"user"}]})"
         "\n",
         "message_missing_key"},
        {R"({"messages":[{"role":"robot","content":"x"},{"role":"assistant","content":"y"}]})"
         "\n",
         "unrecognized_role"},
        {R"({"messages":[{"role":"user","content":""},{"role":"assistant","content":"y"}]})"
         "\n",
         "missing_content"},
        {R"({"messages":[{"role":"user","content":"x","mood":1},{"role":"assistant","content":"y"}]})"
         "\n",
         "message_unrecognized_key"},
        {R"({"messages":[{"role":"system","content":"x"},{"role":"user","content":"y"}]})"
         "\n",
         "example_missing_assistant_message"},
        {good + good, "duplicate_example"},
        {line(
             prompt::user_text({"바나나", "먹다"}),
             R"({"insertWords":[{"index":1,"word":"가"}],"transformedWords":[{"index":2,"word":"먹어요"}]})"),
         "answer_disagrees_with_rules"},
        {line(
             prompt::user_text({"사과", "먹다"}),
             R"({"insertWords":[{"index":1,"word":"을"}],"transformedWords":[{"index":2,"word":"먹어요"}]})"),
         "answer_needs_repair"},
        {line(
             prompt::user_text({"사과", "먹다"}),
             R"({"transformedWords":[{"index":2,"word":"먹어요"}],"insertWords":[{"index":1,"word":"를"}]})"),
         "answer_not_canonical"},
        {line(prompt::user_text({"사과", "먹다"}),
              R"({"insertWords":[],"transformedWords":[{"index":1,"word":"맛있어요"}]})"),
         "answer_rejected_word_not_derivable"},
        {line("사과 먹다", R"({"insertWords":[],"transformedWords":[]})"), "user_text_differs"},
    };
    for (const auto& row : rows) {
        const std::string finding = row.finding;
        CAPTURE(finding);
        const auto report = dataset::check(row.text);
        CHECK_FALSE(report.ok);
        CHECK(report.text.find(row.finding) != std::string::npos);
    }
    // A split that shares a word with the other leaks.
    const std::string other = line(
        prompt::user_text({"사과", "좋다"}),
        R"({"insertWords":[{"index":1,"word":"가"}],"transformedWords":[{"index":2,"word":"좋아요"}]})");
    const auto leak = dataset::check(good, other);
    CHECK_FALSE(leak.ok);
    CHECK(leak.text.find("split_leak_words") != std::string::npos);
}
