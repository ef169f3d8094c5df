#include "json_io.hpp"

#include <algorithm>

#include "json_text.hpp"
#include "small_sort.hpp"

namespace malmoi::json_io {

using nlohmann::json;

bool within_depth(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
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
    // The DOM parser without a callback: json::parse() would also compile in the callback parser,
    // which nothing here uses (about 1 KB of the wasm).
    json value;
    nlohmann::detail::json_sax_dom_parser<json> dom(value, /*allow_exceptions_=*/false);
    if (!json::sax_parse(text, &dom)) return json(json::value_t::discarded);
    return value;
}

Result<std::vector<Card>> cards_from(const json& request) {
    if (!request.is_object() || !request.contains("cards") || !request["cards"].is_array()) {
        return make_error("bad_request",
                          "the request needs \"cards\": an array of labels or card objects");
    }
    std::vector<Card> cards;
    for (const json& item : request["cards"]) {
        if (item.is_string()) {
            cards.push_back(Card{item.get<std::string>()});
            continue;
        }
        if (!item.is_object() || !item.contains("label") || !item["label"].is_string()) {
            return make_error("bad_request",
                              "each card must be a label or an object with a string \"label\"");
        }
        Card card{item["label"].get<std::string>()};
        for (auto [key, field] :
             {std::pair{"pos", &card.pos}, {"class", &card.noun_class}, {"verb", &card.verb}}) {
            if (!item.contains(key) || item[key].is_null()) continue;
            if (!item[key].is_string())
                return make_error("bad_request", "a card's \"%\" must be a string", {key});
            *field = item[key].get<std::string>();
        }
        if (item.contains("honorific") && !item["honorific"].is_null()) {
            if (!item["honorific"].is_boolean())
                return make_error("bad_request", "a card's \"honorific\" must be true or false");
            card.honorific = item["honorific"].get<bool>();
        }
        cards.push_back(std::move(card));
    }
    return cards;
}

Result<SentenceOptions> options_from(const json& request) {
    SentenceOptions out;
    if (!request.is_object() || !request.contains("options") || request["options"].is_null())
        return out;
    const json& o = request["options"];
    if (!o.is_object()) return make_error("bad_request", "\"options\" must be an object");
    const auto text = [&](const char* key,
                          std::initializer_list<const char*> allowed) -> Result<std::string> {
        if (!o.contains(key) || o[key].is_null()) return std::string(*allowed.begin());
        std::string names;
        for (const char* a : allowed) {
            if (o[key].is_string() && o[key].get<std::string>() == a) return std::string(a);
            names += (names.empty() ? "" : ", ") + std::string("\"") + a + "\"";
        }
        return make_error("bad_request", "\"options.%\" must be one of %", {key, names});
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
        if (!o["collapseRepeats"].is_boolean())
            return make_error("bad_request", "\"options.collapseRepeats\" must be true or false");
        out.collapse_repeats = o["collapseRepeats"].get<bool>();
    }
    return out;
}

json edits(const Edits& e) {
    return parse(to_json(e));
}

std::string completion_text(const Completion& c, std::vector<Member> more) {
    // Inside the core a card is known by its place among the arranged cards; outside, by where the
    // child tapped it, so the app can draw each word's pictures from the cards it came from.
    const auto tap = [&](int arranged) {
        return arranged >= 0 && static_cast<std::size_t>(arranged) < c.cards.size()
                   ? c.cards[static_cast<std::size_t>(arranged)].tap
                   : -1;
    };
    using json_text::Writer;
    Writer words;
    words.begin_array();
    for (const auto& w : c.rendered.words) words.value(w.word);
    words.end_array();
    Writer tokens;
    tokens.begin_array();
    for (const auto& t : c.rendered.tokens) {
        tokens.begin_object().key("cards").begin_array();
        for (int i : t.cards) tokens.value(tap(i));
        tokens.end_array().key("text").value(t.text).end_object();
    }
    tokens.end_array();
    Writer warnings;
    warnings.begin_array();
    for (const auto& w : c.warnings) {
        warnings.begin_object();
        if (w.card >= 0) warnings.key("card").value(tap(w.card));
        warnings.key("code").value(w.code).key("message").value(w.message).end_object();
    }
    warnings.end_array();
    Writer roles;
    roles.begin_array();
    for (const auto& r : c.roles) {
        roles.begin_object()
            .key("card")
            .value(tap(r.card))
            .key("particle")
            .value(r.particle)
            .key("role")
            .value(to_string(r.role))
            .key("source")
            .value(to_string(r.source))
            .end_object();
    }
    roles.end_array();
    Writer kinds;
    Writer labels;
    Writer order;
    kinds.begin_array();
    labels.begin_array();
    order.begin_array();
    for (const auto& card : c.cards) {
        kinds.value(to_string(card.kind));
        labels.value(card.label);
        order.value(card.tap);
    }
    kinds.end_array();
    labels.end_array();
    order.end_array();
    Writer repeats;
    repeats.array(c.repeats);

    std::vector<Member> members = {{"confidence", json_text::quoted(to_string(c.confidence))},
                                   {"edits", to_json(c.edits)},
                                   {"kinds", kinds.take()},
                                   {"labels", labels.take()},
                                   {"order", order.take()},
                                   {"repeats", repeats.take()},
                                   {"roles", roles.take()},
                                   {"sentence", json_text::quoted(c.rendered.sentence)},
                                   {"tokens", tokens.take()},
                                   {"warnings", warnings.take()},
                                   {"words", words.take()}};
    for (auto& m : more) members.push_back(std::move(m));
    // Keys in byte order, as nlohmann's objects keep them (the answers are byte for byte as
    // before).
    small_sort(members, [](const Member& a, const Member& b) { return a.first < b.first; });
    Writer out;
    out.begin_object();
    for (const auto& [key, value] : members) out.key(key).raw(value);
    out.end_object();
    return out.take();
}

json completion(const Completion& c) {
    return parse(completion_text(c));
}

}  // namespace malmoi::json_io
