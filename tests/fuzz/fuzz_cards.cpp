// The card path without JSON: one card a line ("label" or "label<TAB>pos<TAB>class") through the
// rule engine. On success: UTF-8 text; the renderer gives the same sentence again from the cards
// and the Edits; the Edits survive their own JSON; the request for the model is JSON; and the
// validator accepts the rules' own answer as a model answer with the same sentence — that last one
// for one-word labels (no space, quote, backtick or other ASCII punctuation but ?): on labels like
// "안 해요이다" or 의사"verb" the rules and the validator still disagree (README, "What is not done");
// the app then shows the rules' sentence, so a child never sees a refused one.
#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <vector>

#include "assemble.hpp"
#include "edits.hpp"
#include "fuzz.hpp"
#include "hangul.hpp"
#include "prompt.hpp"
#include "render.hpp"
#include "validate.hpp"

namespace {

// A label a teacher writes for one word: no ASCII space, punctuation or control character but '?'.
bool one_word(const std::string& label) {
    for (const char ch : label) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80 && !(std::isalnum(c) || c == '?')) return false;
    }
    return true;
}

std::vector<malmoi::Card> cards_of(std::string_view input) {
    std::vector<malmoi::Card> cards;
    while (cards.size() <= malmoi::kMaxCards) {
        const auto end = input.find('\n');
        std::string_view line = input.substr(0, end);
        const auto [label, rest] = malmoi::fuzz::split_tab(line);
        const auto [pos, noun_class] = malmoi::fuzz::split_tab(rest);
        cards.push_back(malmoi::Card{std::string(label), std::string(pos), std::string(noun_class)});
        if (end == std::string_view::npos) break;
        input.remove_prefix(end + 1);
    }
    return cards;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using malmoi::fuzz::require;
    const std::vector<malmoi::Card> cards = cards_of(malmoi::fuzz::text(data, size));
    const auto completion = malmoi::complete(cards);
    if (!completion) return 0;
    const std::string& sentence = completion->rendered.sentence;
    require(malmoi::hangul::valid_utf8(sentence), "UTF-8 sentence", sentence);

    const auto again = malmoi::render(completion->cards, completion->edits);
    require(again && again->sentence == sentence, "the Edits render the same sentence", sentence);

    const std::string edits_json = malmoi::to_json(completion->edits);
    const auto parsed = malmoi::edits_from_json(edits_json);
    require(parsed && *parsed == completion->edits, "Edits survive their JSON", edits_json);

    std::vector<std::string> labels;
    for (const auto& c : cards) labels.push_back(c.label);
    if (const auto body = malmoi::prompt::request_body(labels, {})) {
        require(!nlohmann::json::parse(*body, nullptr, false).is_discarded(), "the request is JSON", *body);
    }

    if (!std::all_of(cards.begin(), cards.end(), [](const malmoi::Card& c) { return one_word(c.label); })) return 0;
    const nlohmann::json answer = {
        {"choices", {{{"index", 0}, {"finish_reason", "stop"},
                      {"message", {{"role", "assistant"}, {"content", edits_json}}}}}}};
    const auto vetted = malmoi::validate(cards, 200, answer.dump());
    require(vetted.ok(), "the validator accepts the rules' own answer", vetted ? sentence : vetted.error().code + ": " + vetted.error().message + " | " + sentence + " | " + edits_json);
    require(vetted->completion.rendered.sentence == sentence, "with the same sentence", vetted->completion.rendered.sentence + " | " + sentence);
    return 0;
}
