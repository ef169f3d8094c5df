#include "api.hpp"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "particle.hpp"
#include "reading.hpp"

namespace malmoi::api {

namespace {

using nlohmann::json;
using Handler = std::function<Result<json>(const json&)>;

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

const std::map<std::string, Handler, std::less<>>& handlers() {
    static const std::map<std::string, Handler, std::less<>> table = {
        {"particle", particle_handler},
    };
    return table;
}

json run_one(const Handler& handler, const json& request) {
    try {
        return envelope(handler(request));
    } catch (const std::exception& e) {
        return envelope(make_error("internal", std::string("internal error: ") + e.what()));
    }
}

}  // namespace

std::string call(std::string_view function, std::string_view request_json) {
    try {
        const auto& table = handlers();
        const auto it = table.find(function);
        if (it == table.end()) {
            return dump(envelope(make_error(
                "unknown_function", "no core function is named '" + std::string(function) + "'")));
        }
        const json request = json::parse(request_json, nullptr, /*allow_exceptions=*/false);
        if (request.is_discarded()) {
            return dump(envelope(make_error("bad_json", "the request is not valid JSON")));
        }
        if (!request.is_array()) return dump(run_one(it->second, request));
        json answers = json::array();
        for (const json& item : request) answers.push_back(run_one(it->second, item));
        return dump(envelope(Result<json>(std::move(answers))));
    } catch (const std::exception& e) {
        return dump(envelope(make_error("internal", std::string("internal error: ") + e.what())));
    }
}

std::vector<std::string> functions() {
    std::vector<std::string> names;
    for (const auto& [name, handler] : handlers()) names.push_back(name);
    return names;
}

}  // namespace malmoi::api
