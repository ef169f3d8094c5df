#include "api.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "arrange.hpp"
#include "assemble.hpp"
#include "conjugate.hpp"
#include "edits.hpp"
#include "json_io.hpp"
#include "particle.hpp"
#include "prompt.hpp"
#include "reading.hpp"
#include "suggest.hpp"
#include "validate.hpp"

namespace malmoi::api {

namespace {

using nlohmann::json;

Error bad_request(const std::string& message) { return make_error("bad_request", message); }

// The string field `key` of a request object, or an error naming it.
Result<std::string> string_field(const json& request, const char* key) {
    if (!request.is_object()) return bad_request("the request must be a JSON object");
    const auto it = request.find(key);
    if (it == request.end() || !it->is_string()) {
        return bad_request(std::string("the request needs a string field \"") + key + "\"");
    }
    return it->get<std::string>();
}

// Serialises an answer. Invalid UTF-8 can only come from a bug, and is replaced rather than thrown.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json envelope(const Result<json>& result) {
    if (result) return json{{"ok", true}, {"value", *result}};
    return json{{"ok", false},
                {"error", {{"code", result.error().code}, {"message", result.error().message}}}};
}

// {"word":"사과","particle":"을/를"} → {"text":"사과를", …}
Result<json> particle_handler(const json& request) {
    auto word = string_field(request, "word");
    if (!word) return word.error();
    auto name = string_field(request, "particle");
    if (!name) return name.error();
    auto a = particle::attach(*word, *name);
    if (!a) return a.error();
    return json{{"text", a->text},         {"stem", a->stem},   {"particle", a->particle},
                {"corrected", a->corrected}, {"fused", a->fused}, {"final", hangul::to_string(a->final)},
                {"readAs", a->read_as},      {"guessed", a->guessed}};
}

// {"word":"마시다","form":"polite_present"} → {"text":"마셔요","class":"regular",…}; optional
// "register" ("polite" | "plain") and "honorific" (true | false): {"word":"먹다",…,"honorific":true} → 드세요
Result<json> conjugate_handler(const json& request) {
    auto word = string_field(request, "word");
    if (!word) return word.error();
    auto form_name = string_field(request, "form");
    if (!form_name) return form_name.error();
    auto form = conjugate::parse_form(*form_name);
    if (!form) return form.error();
    conjugate::Options options;
    if (const auto it = request.find("register"); it != request.end()) {
        if (!it->is_string()) return bad_request("\"register\" must be \"polite\" or \"plain\"");
        auto level = conjugate::parse_register(it->get<std::string>());
        if (!level) return level.error();
        options.speech_level = *level;
    }
    if (const auto it = request.find("honorific"); it != request.end()) {
        if (!it->is_boolean()) return bad_request("\"honorific\" must be true or false");
        options.honorific = it->get<bool>();
    }
    auto c = conjugate::conjugate(*word, *form, options);
    if (!c) return c.error();
    return json{{"text", c->text},
                {"class", conjugate::to_string(c->stem_class)},
                {"adjective", c->adjective},
                {"guessed", c->guessed},
                {"sense", c->sense}};
}

}  // namespace

namespace {

// {"cards":["사과","먹다"]} → {"sentence":"사과를 먹어요", "edits":…, …}
Result<json> complete_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    auto options = json_io::options_from(request);
    if (!options) return options.error();
    auto completion = complete(*cards, *options);
    if (!completion) return completion.error();
    return json_io::completion(*completion);
}

// {"cards":["사과","먹다"],"model":"…","style":"openai","maxTokens":300} → {"body": the request text}
Result<json> prompt_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    auto sentence_options = json_io::options_from(request);
    if (!sentence_options) return sentence_options.error();
    auto arranged = arrange(*cards, *sentence_options);  // the model sees what the rules see
    if (!arranged) return arranged.error();
    std::vector<std::string> labels;
    for (const ResolvedCard& c : arranged->cards) labels.push_back(c.label);
    prompt::Options options;
    options.sentence = *sentence_options;
    if (request.contains("model")) {
        if (!request["model"].is_string()) return bad_request("\"model\" must be a string");
        options.model = request["model"].get<std::string>();
    }
    if (request.contains("style") && request["style"].is_string()) {
        auto style = prompt::parse_style(request["style"].get<std::string>());
        if (!style) return style.error();
        options.style = *style;
    }
    if (request.contains("maxTokens")) {
        if (!request["maxTokens"].is_number_integer() || request["maxTokens"].get<long long>() < 1 ||
            request["maxTokens"].get<long long>() > 4096) {
            return bad_request("\"maxTokens\" must be an integer from 1 to 4096");
        }
        options.max_tokens = request["maxTokens"].get<int>();
    }
    auto body = prompt::request_body(labels, options);
    if (!body) return body.error();
    return json{{"body", *body}};  // the exact bytes to send; key order kept
}

// {"cards":[…],"status":200,"body":"…"} → the vetted answer, or the error that rejected it
Result<json> validate_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    if (!request.contains("status") || !request["status"].is_number_integer()) {
        return bad_request("the request needs an integer \"status\"");
    }
    auto body = string_field(request, "body");
    if (!body) return body.error();
    auto options = json_io::options_from(request);
    if (!options) return options.error();
    auto v = validate(*cards, *options, request["status"].get<int>(), *body);
    if (!v) return v.error();
    json out = json_io::completion(v->completion);
    out["source"] = "model";
    json disagreements = json::array();
    for (const auto& d : v->disagreements) {
        const int tap = v->completion.cards[static_cast<std::size_t>(d.card)].tap;
        disagreements.push_back(json{{"card", tap}, {"kind", d.kind}, {"rules", d.rules}, {"model", d.model}});
    }
    out["disagreements"] = std::move(disagreements);
    out["rulesSentence"] = v->rules.rendered.sentence;
    out["rulesConfidence"] = to_string(v->rules.confidence);
    return out;
}

// {"after": card, "candidates": [cards]} → {"highlight": [indices]}: the next-card hints by meaning.
Result<json> hints_handler(const json& request) {
    if (!request.is_object() || !request.contains("after")) return bad_request("the request needs \"after\": a card");
    auto after = json_io::cards_from(json{{"cards", json::array({request["after"]})}});
    if (!after) return after.error();
    if (!request.contains("candidates")) return bad_request("the request needs \"candidates\": an array of cards");
    auto candidates = json_io::cards_from(json{{"cards", request["candidates"]}});
    if (!candidates && !(request["candidates"].is_array() && request["candidates"].empty())) return candidates.error();
    auto found = suggest::hints(after->front(), candidates ? *candidates : std::vector<Card>{});
    if (!found) return found.error();
    return json{{"highlight", *found}};
}

// {"typed": "바나", "limit": 8} → {"words": [{"label","pos","classes"}]}: words for the keyboard.
Result<json> words_handler(const json& request) {
    auto typed = string_field(request, "typed");
    if (!typed) return typed.error();
    std::size_t limit = 8;
    if (request.contains("limit")) {
        if (!request["limit"].is_number_integer() || request["limit"].get<long long>() < 1 || request["limit"].get<long long>() > 50) {
            return bad_request("\"limit\" must be an integer from 1 to 50");
        }
        limit = request["limit"].get<std::size_t>();
    }
    auto found = suggest::words(*typed, limit);
    if (!found) return found.error();
    json words = json::array();
    for (const auto& w : *found) words.push_back(json{{"label", w.label}, {"pos", w.pos}, {"classes", w.classes}});
    return json{{"words", std::move(words)}};
}

const std::map<std::string, Handler, std::less<>>& handlers() {
    static const std::map<std::string, Handler, std::less<>> table = {
        {"particle", particle_handler},
        {"conjugate", conjugate_handler},
        {"complete", complete_handler},
        {"prompt", prompt_handler},
        {"validate", validate_handler},
        {"hints", hints_handler},
        {"words", words_handler},
    };
    return table;
}

// The one guard. Handlers return errors as values and never throw on any input; where C++
// exceptions are compiled in (native builds), anything thrown all the same still becomes an
// "internal" error value rather than escaping the boundary.
template <class F>
json guarded(F&& f) {
#if defined(__cpp_exceptions)
    try {
        return f();
    } catch (const std::exception& e) {
        return envelope(make_error("internal", std::string("internal error: ") + e.what()));
    }
#else
    return f();
#endif
}

json run_one(const Handler& handler, const json& request) {
    return guarded([&] { return envelope(handler(request)); });
}

}  // namespace

std::string call(std::string_view function, std::string_view request_json, const Handlers& more) {
    return dump(guarded([&]() -> json {
        const auto& table = handlers();
        const Handler* found = nullptr;
        if (const auto m = more.find(function); m != more.end()) found = &m->second;
        else if (const auto t = table.find(function); t != table.end()) found = &t->second;
        if (!found) {
            return envelope(make_error("unknown_function", "no core function is named '" + std::string(function) + "'"));
        }
        const Handler& handler = *found;
        const json request = json::parse(request_json, nullptr, /*allow_exceptions=*/false);
        if (request.is_discarded()) return envelope(make_error("bad_json", "the request is not valid JSON"));
        if (!request.is_array()) return run_one(handler, request);
        json answers = json::array();
        for (const json& item : request) answers.push_back(run_one(handler, item));
        return envelope(Result<json>(std::move(answers)));
    }));
}

std::vector<std::string> functions(const Handlers& more) {
    std::vector<std::string> names;
    for (const auto& [name, handler] : handlers()) names.push_back(name);
    for (const auto& [name, handler] : more) {
        if (!handlers().count(name)) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace malmoi::api
