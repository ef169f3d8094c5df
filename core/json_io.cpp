#include "json_io.hpp"

namespace malmoi::json_io {

using nlohmann::json;

bool within_depth(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return false;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

json parse(std::string_view text) {
    if (!within_depth(text)) return json(json::value_t::discarded);
    return json::parse(text, nullptr, /*allow_exceptions=*/false);
}

Result<std::vector<Card>> cards_from(const json& request) {
    if (!request.is_object() || !request.contains("cards") || !request["cards"].is_array()) {
        return make_error("bad_request", "the request needs \"cards\": an array of labels or card objects");
    }
    std::vector<Card> cards;
    for (const json& item : request["cards"]) {
        if (item.is_string()) {
            cards.push_back(Card{item.get<std::string>(), "", ""});
            continue;
        }
        if (!item.is_object() || !item.contains("label") || !item["label"].is_string()) {
            return make_error("bad_request", "each card must be a label or an object with a string \"label\"");
        }
        Card card{item["label"].get<std::string>(), "", ""};
        for (auto [key, field] : {std::pair{"pos", &card.pos}, {"class", &card.noun_class}}) {
            if (!item.contains(key) || item[key].is_null()) continue;
            if (!item[key].is_string()) return make_error("bad_request", std::string("a card's \"") + key + "\" must be a string");
            *field = item[key].get<std::string>();
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

json edits(const Edits& e) { return json::parse(to_json(e)); }

json completion(const Completion& c) {
    json words = json::array();
    for (const auto& w : c.rendered.words) words.push_back(w.word);
    json tokens = json::array();
    for (const auto& t : c.rendered.tokens) tokens.push_back(json{{"text", t.text}, {"cards", t.cards}});
    json warnings = json::array();
    for (const auto& w : c.warnings) {
        json item = {{"code", w.code}, {"message", w.message}};
        if (w.card >= 0) item["card"] = w.card;
        warnings.push_back(std::move(item));
    }
    json roles = json::array();
    for (const auto& r : c.roles) {
        roles.push_back(json{{"card", r.card}, {"role", r.role}, {"particle", r.particle}, {"source", r.source}});
    }
    json kinds = json::array();
    for (const auto& card : c.cards) kinds.push_back(to_string(card.kind));
    return json{{"sentence", c.rendered.sentence},
                {"words", std::move(words)},
                {"edits", edits(c.edits)},
                {"tokens", std::move(tokens)},
                {"confidence", to_string(c.confidence)},
                {"warnings", std::move(warnings)},
                {"roles", std::move(roles)},
                {"kinds", std::move(kinds)}};
}

}  // namespace malmoi::json_io
