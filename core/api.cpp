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
#include "json_text.hpp"
#include "particle.hpp"
#include "prompt.hpp"
#include "reading.hpp"
#include "small_sort.hpp"
#include "suggest.hpp"
#include "validate.hpp"

namespace malmoi::api {

namespace {

using json_text::Writer;
using nlohmann::json;

/// A core function: the parsed request → its value as JSON text, or an error value.
using TextHandler = Result<std::string> (*)(const json&);

Error bad_request(const std::string& message) {
    return make_error("bad_request", message);
}

// The string field `key` of a request object, or an error naming it.
Result<std::string> string_field(const json& request, const char* key) {
    if (!request.is_object()) return bad_request("the request must be a JSON object");
    const json* value = json_io::member(request, key);
    if (!value || !value->is_string()) {
        return bad_request(std::string("the request needs a string field \"") + key + "\"");
    }
    return value->get<std::string>();
}

// The envelope, written as text: {"ok":true,"value":…} or
// {"error":{"code":…,"message":…},"ok":false} (keys in nlohmann's order, so the answers are byte
// for byte what they were).
std::string envelope(const Result<std::string>& result) {
    if (result) {
        // (sized once: "{…" + value + "}" would copy the value twice, growing the first copy)
        static constexpr std::string_view kOk = "{\"ok\":true,\"value\":";
        std::string out;
        out.reserve(kOk.size() + result->size() + 1);
        out.append(kOk).append(*result) += '}';
        return out;
    }
    Writer out;
    out.begin_object()
        .key("error")
        .begin_object()
        .key("code")
        .value(result.error().code)
        .key("message")
        .value(result.error().message)
        .end_object()
        .key("ok")
        .value(false)
        .end_object();
    return out.take();
}

// {"word":"사과","particle":"을/를"} → {"text":"사과를", …}
Result<std::string> particle_handler(const json& request) {
    auto word = string_field(request, "word");
    if (!word) return word.error();
    auto name = string_field(request, "particle");
    if (!name) return name.error();
    auto a = particle::attach(*word, *name);
    if (!a) return a.error();
    Writer out;
    out.begin_object()
        .key("corrected")
        .value(a->corrected)
        .key("final")
        .value(hangul::to_string(a->final))
        .key("fused")
        .value(a->fused)
        .key("guessed")
        .value(a->guessed)
        .key("particle")
        .value(a->particle)
        .key("readAs")
        .value(a->read_as)
        .key("stem")
        .value(a->stem)
        .key("text")
        .value(a->text)
        .end_object();
    return out.take();
}

// {"word":"마시다","form":"polite_present"} → {"text":"마셔요","class":"regular",…}; optional
// "register" ("polite" | "plain") and "honorific" (true | false):
// {"word":"먹다",…,"honorific":true} → 드세요
Result<std::string> conjugate_handler(const json& request) {
    auto word = string_field(request, "word");
    if (!word) return word.error();
    auto form_name = string_field(request, "form");
    if (!form_name) return form_name.error();
    auto form = conjugate::parse_form(*form_name);
    if (!form) return form.error();
    conjugate::Options options;
    if (const json* it = json_io::member(request, "register")) {
        if (!it->is_string()) return bad_request("\"register\" must be \"polite\" or \"plain\"");
        auto level = conjugate::parse_register(it->get<std::string>());
        if (!level) return level.error();
        options.speech_level = *level;
    }
    if (const json* it = json_io::member(request, "honorific")) {
        if (!it->is_boolean()) return bad_request("\"honorific\" must be true or false");
        options.honorific = it->get<bool>();
    }
    auto c = conjugate::conjugate(*word, *form, options);
    if (!c) return c.error();
    Writer out;
    out.begin_object()
        .key("adjective")
        .value(c->adjective)
        .key("class")
        .value(conjugate::to_string(c->stem_class))
        .key("guessed")
        .value(c->guessed)
        .key("sense")
        .value(c->sense)
        .key("text")
        .value(c->text)
        .end_object();
    return out.take();
}

}  // namespace

namespace {

// {"cards":["사과","먹다"]} → {"sentence":"사과를 먹어요", "edits":…, …}
Result<std::string> complete_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    auto options = json_io::options_from(request);
    if (!options) return options.error();
    auto completion = complete(*cards, *options);
    if (!completion) return completion.error();
    return json_io::completion_text(*completion);
}

// The model, API style and token cap a request names; prompt's defaults for those it leaves out.
Result<prompt::Options> model_options(const json& request) {
    prompt::Options options;
    if (const json* model = json_io::member(request, "model")) {
        if (!model->is_string()) return bad_request("\"model\" must be a string");
        options.model = model->get<std::string>();
    }
    if (const json* style = json_io::member(request, "style"); style && style->is_string()) {
        auto parsed = prompt::parse_style(style->get<std::string>());
        if (!parsed) return parsed.error();
        options.style = *parsed;
    }
    if (const json* cap = json_io::member(request, "maxTokens")) {
        if (!cap->is_number_integer() || cap->get<long long>() < 1 ||
            cap->get<long long>() > 4096) {
            return bad_request("\"maxTokens\" must be an integer from 1 to 4096");
        }
        options.max_tokens = cap->get<int>();
    }
    return options;
}

// {"cards":["사과","먹다"],"model":"…","style":"openai","maxTokens":300} → {"body": the request
// text}
Result<std::string> prompt_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    auto sentence_options = json_io::options_from(request);
    if (!sentence_options) return sentence_options.error();
    auto arranged = arrange(*cards, *sentence_options);  // the model sees what the rules see
    if (!arranged) return arranged.error();
    std::vector<std::string> labels;
    for (const ResolvedCard& c : arranged->cards) labels.push_back(c.label);
    auto named = model_options(request);
    if (!named) return named.error();
    prompt::Options options = *named;
    options.sentence = *sentence_options;
    auto body = prompt::request_body(labels, options);
    if (!body) return body.error();
    Writer out;
    out.begin_object()
        .key("body")
        .value(*body)
        .end_object();  // the exact bytes to send; key order kept
    return out.take();
}

// {"body":"<a request prompt wrote>","model":"…","style":"…","maxTokens":N} → {"body": the same
// request written again for this model, style and cap}. The model proxy's check and rewrite: a body
// that is not byte for byte what `prompt` writes, for some model, style and cap, is
// not_core_request, so a key behind the proxy is spent on Malmoi's request and nothing else.
Result<std::string> forward_handler(const json& request) {
    auto text = string_field(request, "body");
    if (!text) return text.error();
    auto named = model_options(request);
    if (!named) return named.error();
    prompt::Options target = *named;
    const Error refused =
        make_error("not_core_request", "the body is not a request Malmoi's core wrote");
    const json given = json_io::parse(*text);
    if (!given.is_object()) return refused;
    const json* model = json_io::member(given, "model");
    const json* messages = json_io::member(given, "messages");
    if (!model || !model->is_string() || !messages || !messages->is_array() ||
        messages->size() != 2 || !(*messages)[1].is_object()) {
        return refused;
    }
    const json* content = json_io::member((*messages)[1], "content");
    if (!content || !content->is_string()) return refused;
    const auto user = prompt::parse_user_text(content->get_ref<const std::string&>());
    if (!user || user->labels.empty() || user->labels.size() > kMaxCards) return refused;
    // Written again as the client asked for it, it must be the very same bytes.
    prompt::Options as_sent;
    as_sent.model = model->get<std::string>();
    as_sent.sentence = user->options;
    const bool openai = json_io::member(given, "max_completion_tokens") != nullptr;
    as_sent.style = openai ? prompt::Style::openai : prompt::Style::compatible;
    const json* cap = json_io::member(given, openai ? "max_completion_tokens" : "max_tokens");
    if (!cap || !cap->is_number_integer() || cap->get<long long>() < 1 ||
        cap->get<long long>() > 4096) {
        return refused;
    }
    as_sent.max_tokens = cap->get<int>();
    const auto again = prompt::request_body(user->labels, as_sent);
    if (!again || *again != *text) return refused;
    target.sentence = user->options;
    auto body = prompt::request_body(user->labels, target);
    if (!body) return body.error();
    Writer out;
    out.begin_object().key("body").value(*body).end_object();
    return out.take();
}

// {"cards":[…],"status":200,"body":"…"} → the vetted answer, or the error that rejected it
Result<std::string> validate_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    const json* status = json_io::member(request, "status");
    if (!status || !status->is_number_integer()) {
        return bad_request("the request needs an integer \"status\"");
    }
    auto body = string_field(request, "body");
    if (!body) return body.error();
    auto options = json_io::options_from(request);
    if (!options) return options.error();
    auto v = validate(*cards, *options, status->get<int>(), *body);
    if (!v) return v.error();
    Writer disagreements;
    disagreements.begin_array();
    for (const auto& d : v->disagreements) {
        const int tap = v->completion.cards[static_cast<std::size_t>(d.card)].tap;
        disagreements.begin_object()
            .key("card")
            .value(tap)
            .key("kind")
            .value(d.kind)
            .key("model")
            .value(d.model)
            .key("rules")
            .value(d.rules)
            .end_object();
    }
    disagreements.end_array();
    return json_io::completion_text(
        v->completion, {{"disagreements", disagreements.take()},
                        {"rulesConfidence", json_text::quoted(to_string(v->rules.confidence))},
                        {"rulesSentence", json_text::quoted(v->rules.rendered.sentence)},
                        {"source", json_text::quoted("model")}});
}

// {"after": card, "candidates": [cards]} → {"highlight": [indices]}: the next-card hints by
// meaning.
Result<std::string> hints_handler(const json& request) {
    const json* after_card = json_io::member(request, "after");
    if (!after_card) return bad_request("the request needs \"after\": a card");
    // The cards are read where they are, not copied into a {"cards": […]} to read: the same
    // cards and errors, and no document built in the wasm module for it.
    auto after = json_io::cards_of(after_card, 1);
    if (!after) return after.error();
    const json* list = json_io::member(request, "candidates");
    if (!list) return bad_request("the request needs \"candidates\": an array of cards");
    auto candidates = json_io::cards_in(*list);
    if (!candidates && !(list->is_array() && list->empty())) return candidates.error();
    auto found = suggest::hints(after->front(), candidates ? *candidates : std::vector<Card>{});
    if (!found) return found.error();
    Writer out;
    out.begin_object().key("highlight").array(*found).end_object();
    return out.take();
}

// {"typed": "바나", "limit": 8} → {"words": [{"label","pos","classes"}]}: words for the keyboard.
Result<std::string> words_handler(const json& request) {
    auto typed = string_field(request, "typed");
    if (!typed) return typed.error();
    std::size_t limit = 8;
    if (const json* given = json_io::member(request, "limit")) {
        if (!given->is_number_integer() || given->get<long long>() < 1 ||
            given->get<long long>() > 50) {
            return bad_request("\"limit\" must be an integer from 1 to 50");
        }
        limit = given->get<std::size_t>();
    }
    auto found = suggest::words(*typed, limit);
    if (!found) return found.error();
    Writer out;
    out.begin_object().key("words").begin_array();
    for (const auto& w : *found) {
        out.begin_object()
            .key("classes")
            .array(w.classes)
            .key("label")
            .value(w.label)
            .key("pos")
            .value(w.pos)
            .end_object();
    }
    out.end_array().end_object();
    return out.take();
}

// {} → the bounds the core works within, for callers that check before they call (web/core.js)
// and for the server, which learns the token cap here rather than keeping its own copy.
Result<std::string> limits_handler(const json&) {
    Writer out;
    out.begin_object()
        .key("maxBatch")
        .value(static_cast<long long>(kMaxBatch))
        .key("maxCards")
        .value(static_cast<long long>(kMaxCards))
        .key("maxDepth")
        .value(static_cast<long long>(json_io::kMaxDepth))
        .key("maxRequestBytes")
        .value(static_cast<long long>(kMaxRequestBytes))
        .key("maxTokens")
        .value(static_cast<long long>(prompt::Options{}.max_tokens))
        .end_object();
    return out.take();
}

// The core's functions by name, in order. A list searched in turn, not a std::map: the wasm module
// then carries no tree for it.
struct NamedHandler {
    std::string_view name;
    TextHandler handler;
};
constexpr NamedHandler kHandlers[] = {
    {"complete", complete_handler}, {"conjugate", conjugate_handler},
    {"forward", forward_handler},   {"hints", hints_handler},
    {"limits", limits_handler},     {"particle", particle_handler},
    {"prompt", prompt_handler},     {"validate", validate_handler},
    {"words", words_handler},
};

// The core function named `name`, or nullptr.
TextHandler core_handler(std::string_view name) {
    for (const NamedHandler& h : kHandlers) {
        if (h.name == name) return h.handler;
    }
    return nullptr;
}

// The one guard. Handlers return errors as values and never throw on any input; where C++
// exceptions are compiled in (native builds), anything thrown all the same still becomes an
// "internal" error value rather than escaping the boundary.
template <class F>
std::string guarded(F&& f) {
#if defined(__cpp_exceptions)
    try {
        return f();
    } catch (const std::exception& e) {
        return envelope(make_error("internal", "internal error: %", {e.what()}));
    }
#else
    return f();
#endif
}

// One request's envelope, from a core function or a tool's.
std::string run_one(TextHandler core, const Handler* tool, const json& request) {
    return guarded([&] { return envelope(core ? core(request) : (*tool)(request)); });
}

// call(), with `tool_named(name)` the further function of that name, or nullptr: one body for the
// core's functions alone (the wasm module's) and for those with the tools' map (the CLI's).
template <class ToolNamed>
std::string call_with(std::string_view function, std::string_view request_json,
                      ToolNamed tool_named) {
    return guarded([&]() -> std::string {
        const Handler* tool = tool_named(function);
        const TextHandler core = tool ? nullptr : core_handler(function);
        if (!tool && !core) {
            return envelope(
                make_error("unknown_function", "no core function is named '%'", {function}));
        }
        if (request_json.size() > kMaxRequestBytes) {
            return envelope(make_error("request_too_large", "the request is larger than % bytes",
                                       {std::to_string(kMaxRequestBytes)}));
        }
        if (!json_io::within_depth(request_json)) {
            return envelope(make_error("bad_json",
                                       "the request nests arrays and objects more than % deep",
                                       {std::to_string(json_io::kMaxDepth)}));
        }
        const json request = json_io::parse(request_json);
        if (request.is_discarded())
            return envelope(make_error("bad_json", "the request is not valid JSON"));
        if (!request.is_array()) return run_one(core, tool, request);
        if (request.size() > kMaxBatch) {
            return envelope(make_error("batch_too_large", "a batch may hold at most % requests",
                                       {std::to_string(kMaxBatch)}));
        }
        std::string answers = "{\"ok\":true,\"value\":[";
        bool first = true;
        for (const json& item : request) {
            if (!first) answers += ',';
            first = false;
            answers += run_one(core, tool, item);
        }
        return answers + "]}";
    });
}

}  // namespace

std::string call(std::string_view function, std::string_view request_json) {
    return call_with(function, request_json,
                     [](std::string_view) -> const Handler* { return nullptr; });
}

std::string call(std::string_view function, std::string_view request_json, const Handlers& more) {
    return call_with(function, request_json, [&](std::string_view name) -> const Handler* {
        const auto m = more.find(name);
        return m != more.end() ? &m->second : nullptr;
    });
}

std::vector<std::string> functions() {
    std::vector<std::string> names;
    for (const NamedHandler& h : kHandlers) names.emplace_back(h.name);
    small_sort(names, [](const std::string& a, const std::string& b) { return a < b; });
    return names;
}

std::vector<std::string> functions(const Handlers& more) {
    std::vector<std::string> names = functions();
    for (const auto& [name, handler] : more) {
        if (!core_handler(name)) names.push_back(name);
    }
    small_sort(names, [](const std::string& a, const std::string& b) { return a < b; });
    return names;
}

}  // namespace malmoi::api
