#include "tools_api.hpp"

#include <nlohmann/json.hpp>

#include "arrange.hpp"
#include "cards.hpp"
#include "edits.hpp"
#include "json_io.hpp"
#include "render.hpp"
#include "score.hpp"

namespace malmoi::tools_api {

namespace {

using nlohmann::json;

Error bad_request(const std::string& message) {
    return make_error("bad_request", message);
}

// {"cards":[…],"options":{…},"edits":{…},"expected":"사과를 먹어요 | …"} → {exact, particles,
// conjugations, closest}. The edits index the cards as the engine arranged them for those options.
Result<std::string> score_handler(const json& request) {
    auto cards = json_io::cards_from(request);
    if (!cards) return cards.error();
    if (!request.contains("expected") || !request["expected"].is_string()) {
        return bad_request("the request needs a string field \"expected\"");
    }
    const std::string expected = request["expected"].get<std::string>();
    if (!request.contains("edits") || !request["edits"].is_object())
        return bad_request("the request needs \"edits\"");
    auto edits = edits_from_json(request["edits"].dump());
    if (!edits) return edits.error();
    auto options = json_io::options_from(request);
    if (!options) return options.error();
    auto arranged = arrange(*cards, *options);  // the edits index the arranged cards
    if (!arranged) return arranged.error();
    auto rendered = render(arranged->cards, *edits);
    if (!rendered) return rendered.error();
    const Score s = score(arranged->cards, *rendered, alternatives(expected));
    return json{
        {"exact", s.exact},
        {"sentence", rendered->sentence},
        {"closest", s.closest},
        {"particles", {{"right", s.particles_right}, {"total", s.particles_total}}},
        {"conjugations", {{"right", s.conjugations_right}, {"total", s.conjugations_total}}}}
        .dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

const api::Handlers& functions() {
    static const api::Handlers table = {{"score", score_handler}};
    return table;
}

std::string call(std::string_view function, std::string_view request_json) {
    return api::call(function, request_json, functions());
}

std::vector<std::string> names() {
    return api::functions(functions());
}

}  // namespace malmoi::tools_api
