#include "json_io.hpp"

namespace malmoi::json_io {

using nlohmann::json;

Result<std::vector<Card>> cards_from(const json& request) {
    if (!request.is_object() || !request.contains("cards") || !request["cards"].is_array()) {
        return make_error("bad_request", "the request needs \"cards\": an array of labels or card objects");
    }
    std::vector<Card> cards;
    for (const json& item : request["cards"]) {
        if (item.is_string()) {
            cards.push_back(Card{item.get<std::string>()});
            continue;
        }
        if (!item.is_object() || !item.contains("label") || !item["label"].is_string()) {
            return make_error("bad_request", "each card must be a label or an object with a string \"label\"");
        }
        Card card{item["label"].get<std::string>()};
        for (auto [key, field] : {std::pair{"pos", &card.pos}, {"class", &card.noun_class}, {"verb", &card.verb}}) {
            if (!item.contains(key) || item[key].is_null()) continue;
            if (!item[key].is_string()) return make_error("bad_request", std::string("a card's \"") + key + "\" must be a string");
            *field = item[key].get<std::string>();
        }
        if (item.contains("honorific") && !item["honorific"].is_null()) {
            if (!item["honorific"].is_boolean()) return make_error("bad_request", "a card's \"honorific\" must be true or false");
            card.honorific = item["honorific"].get<bool>();
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

Result<SentenceOptions> options_from(const json& request) {
    SentenceOptions out;
    if (!request.is_object() || !request.contains("options") || request["options"].is_null()) return out;
    const json& o = request["options"];
    if (!o.is_object()) return make_error("bad_request", "\"options\" must be an object");
    const auto text = [&](const char* key, std::initializer_list<const char*> allowed) -> Result<std::string> {
        if (!o.contains(key) || o[key].is_null()) return std::string(*allowed.begin());
        std::string names;
        for (const char* a : allowed) {
            if (o[key].is_string() && o[key].get<std::string>() == a) return std::string(a);
            names += (names.empty() ? "" : ", ") + std::string("\"") + a + "\"";
        }
        return make_error("bad_request", std::string("\"options.") + key + "\" must be one of " + names);
    };
    auto level = text("register", {"polite", "plain"});
    if (!level) return level.error();
    auto person = text("firstPerson", {"나", "저"});
    if (!person) return person.error();
    auto order = text("order", {"arrange", "tap"});
    if (!order) return order.error();
    out.speech_level = *level == "plain" ? SpeechLevel::plain : SpeechLevel::polite;
    out.first_person_jeo = *person == "저";
    out.keep_tap_order = *order == "tap";
    if (o.contains("collapseRepeats") && !o["collapseRepeats"].is_null()) {
        if (!o["collapseRepeats"].is_boolean()) return make_error("bad_request", "\"options.collapseRepeats\" must be true or false");
        out.collapse_repeats = o["collapseRepeats"].get<bool>();
    }
    return out;
}

json edits(const Edits& e) { return json::parse(to_json(e)); }

json completion(const Completion& c) {
    // Inside the core a card is known by its place among the arranged cards; outside, by where the
    // child tapped it, so the app can draw each word's pictures from the cards it came from.
    const auto tap = [&](int arranged) {
        return arranged >= 0 && static_cast<std::size_t>(arranged) < c.cards.size() ? c.cards[static_cast<std::size_t>(arranged)].tap : -1;
    };
    json words = json::array();
    for (const auto& w : c.rendered.words) words.push_back(w.word);
    json tokens = json::array();
    for (const auto& t : c.rendered.tokens) {
        json cards = json::array();
        for (int i : t.cards) cards.push_back(tap(i));
        tokens.push_back(json{{"text", t.text}, {"cards", std::move(cards)}});
    }
    json warnings = json::array();
    for (const auto& w : c.warnings) {
        json item = {{"code", w.code}, {"message", w.message}};
        if (w.card >= 0) item["card"] = tap(w.card);
        warnings.push_back(std::move(item));
    }
    json roles = json::array();
    for (const auto& r : c.roles) {
        roles.push_back(json{{"card", tap(r.card)}, {"role", to_string(r.role)}, {"particle", r.particle}, {"source", to_string(r.source)}});
    }
    json kinds = json::array();
    json labels = json::array();
    json order = json::array();
    for (const auto& card : c.cards) {
        kinds.push_back(to_string(card.kind));
        labels.push_back(card.label);
        order.push_back(card.tap);
    }
    return json{{"sentence", c.rendered.sentence},
                {"words", std::move(words)},
                {"edits", edits(c.edits)},
                {"tokens", std::move(tokens)},
                {"confidence", to_string(c.confidence)},
                {"warnings", std::move(warnings)},
                {"roles", std::move(roles)},
                {"kinds", std::move(kinds)},
                {"labels", std::move(labels)},
                {"order", std::move(order)},
                {"repeats", c.repeats}};
}

}  // namespace malmoi::json_io
