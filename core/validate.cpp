#include "validate.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "arrange.hpp"
#include "edits.hpp"
#include "json_io.hpp"
#include "particle.hpp"
#include "predicate.hpp"
#include "render.hpp"

namespace malmoi {

namespace {

using nlohmann::json;

// Words a model may insert besides particles and punctuation: connectives that cannot mislead.
constexpr const char* kConnectives[] = {"그리고", "그래서", "그런데", "같이"};

std::string string_at(const json& object, const char* key) {
    const json* value = json_io::member(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string{};
}

// Step 1: the HTTP status and OpenAI's error envelope. Messages name the status and the code only:
// nothing the server wrote is passed on.
std::optional<Error> http_error(int status, const json& body) {
    const json* error = json_io::member(body, "error");
    if (error && !error->is_object()) error = nullptr;
    if (status >= 200 && status < 300 && !error) return std::nullopt;
    std::string code = error ? string_at(*error, "code") : "";
    if (code.empty() && error) code = string_at(*error, "type");
    const std::string what = "the model server answered HTTP " + std::to_string(status) +
                             (code.empty() ? "" : " (" + code + ")");
    if (status == 401 || status == 403 || code == "invalid_api_key")
        return Error{"unauthorized", what};
    if (code == "insufficient_quota") return Error{"insufficient_quota", what};
    if (status == 429) return Error{"rate_limited", what};
    if (code == "model_not_configured") return Error{"model_not_configured", what};
    if (status == 408 || code == "upstream_timeout") return Error{"timeout", what};
    if (status >= 500) return Error{"server_error", what};
    return Error{"http_error", what};
}

bool is_connective(const std::string& word) {
    return std::any_of(std::begin(kConnectives), std::end(kConnectives),
                       [&](const char* c) { return word == c; });
}

// The final word before position `i` that is not empty, or -1.
int previous_word(const std::vector<PlacedWord>& words, int i) {
    for (int k = i - 1; k >= 0; --k) {
        if (!words[static_cast<std::size_t>(k)].word.empty()) return k;
    }
    return -1;
}

Edits edits_of(const std::vector<PlacedWord>& words, const std::vector<ResolvedCard>& cards) {
    Edits e;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const PlacedWord& w = words[i];
        const int index = static_cast<int>(i);
        if (w.card < 0) {
            e.insert_words.push_back(EditWord{index, w.word});
        } else if (w.word != cards[static_cast<std::size_t>(w.card)].label) {
            e.transformed_words.push_back(EditWord{index, w.word});
        }
    }
    return e;
}

bool is_particle_slot(const PlacedWord& w, const std::vector<ResolvedCard>& cards) {
    if (w.word.empty() || is_punctuation(w.word)) return false;
    if (w.card < 0) return particle::is_particle(w.word);
    const Kind k = cards[static_cast<std::size_t>(w.card)].kind;
    return (k == Kind::particle || k == Kind::copula) && particle::is_particle(w.word);
}

// The particle a noun card took in `words` (inserted after it, or the child's particle card), or
// "".
std::string particle_after(const std::vector<PlacedWord>& words,
                           const std::vector<ResolvedCard>& cards, int card) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].card != card) continue;
        for (std::size_t k = i + 1; k < words.size(); ++k) {
            const PlacedWord& next = words[k];
            if (next.word.empty()) continue;
            const bool inserted_particle = next.card < 0 && particle::is_particle(next.word);
            const bool particle_card =
                next.card >= 0 && cards[static_cast<std::size_t>(next.card)].kind == Kind::particle;
            return inserted_particle || particle_card ? next.word : std::string{};
        }
        return {};
    }
    return {};
}

std::string word_of(const std::vector<PlacedWord>& words, int card) {
    for (const auto& w : words) {
        if (w.card == card) return w.word;
    }
    return {};
}

}  // namespace

bool derivable(const std::vector<ResolvedCard>& cards, int index, const std::string& word,
               const SentenceOptions& options) {
    const ResolvedCard& c = cards[static_cast<std::size_t>(index)];
    std::string bare = word;
    if (bare.size() > 1 && bare.back() == '?') bare.pop_back();  // 먹어요? — a question on any word
    if (c.kind == Kind::particle) return bare.empty() || particle::is_particle(bare);
    const auto forms = predicate::words_for(cards, index, options);
    return std::find(forms.begin(), forms.end(), bare) != forms.end();
}

Result<Validated> validate(const std::vector<Card>& cards, int status, std::string_view body_text) {
    return validate(cards, SentenceOptions{}, status, body_text);
}

Result<Validated> validate(const std::vector<Card>& cards, const SentenceOptions& options,
                           int status, std::string_view body_text) {
    // Depth-capped, and never copied: the body is whatever the network sent.
    const json body = json_io::parse(body_text);
    static const json kNoBody;
    if (auto error = http_error(status, body.is_discarded() ? kNoBody : body)) return *error;
    const json* choices = json_io::member(body, "choices");  // none in a discarded body
    if (!choices || !choices->is_array() || choices->empty() || !(*choices)[0].is_object()) {
        return make_error("bad_response", "the model server's answer is not a chat completion");
    }
    const json& choice = (*choices)[0];
    const std::string finish = string_at(choice, "finish_reason");
    if (finish == "length")
        return make_error("truncated", "the model's answer was cut off (finish_reason length)");
    if (finish == "content_filter")
        return make_error("content_filter", "the model's answer was filtered");
    if (finish != "stop")
        return make_error("unfinished", "the model did not finish its answer (finish_reason '%')",
                          {finish});
    const json* found = json_io::member(choice, "message");
    const json& message = found ? *found : kNoBody;
    if (!string_at(message, "refusal").empty())
        return make_error("refusal", "the model refused to answer");
    const std::string content = string_at(message, "content");
    if (content.empty()) return make_error("not_json", "the model's answer has no content");
    auto edits = edits_from_json(content);
    if (!edits) return edits.error();

    auto arranged = arrange(cards, options);
    if (!arranged) return arranged.error();
    const std::vector<ResolvedCard>& rc = arranged->cards;
    std::vector<std::string_view> labels;
    for (const auto& c : rc) labels.push_back(c.label);
    auto placed = place(labels, *edits);
    if (!placed) return placed.error();
    std::vector<PlacedWord> words = std::move(placed).value();

    // 7. Inserted words: particles, punctuation and a few connectives; a particle needs a word.
    for (std::size_t i = 0; i < words.size(); ++i) {
        const PlacedWord& w = words[i];
        if (w.card >= 0) continue;
        const bool allowed =
            particle::is_particle(w.word) || is_punctuation(w.word) || is_connective(w.word);
        if (!allowed)
            return make_error("word_not_allowed", "the inserted word '%' is not a particle",
                              {w.word});
        if ((particle::is_particle(w.word) || is_punctuation(w.word)) &&
            previous_word(words, static_cast<int>(i)) < 0) {
            return make_error("word_not_allowed", "the inserted '%' has no word before it",
                              {w.word});
        }
    }
    // 8. Transformed words: forms the core derives from their card.
    for (const auto& t : edits->transformed_words) {
        const PlacedWord& w = words[static_cast<std::size_t>(t.index)];
        if (!derivable(rc, w.card, w.word, options)) {
            return make_error("word_not_derivable", "'%' is not a form of the card '%'",
                              {w.word, rc[static_cast<std::size_t>(w.card)].label});
        }
    }

    Validated out;
    // Repair allomorphs: each particle follows the sound of the word before it (사과을 → 사과를,
    // 나가 → 내가).
    std::vector<Warning> repairs;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!is_particle_slot(words[i], rc)) continue;
        const int before = previous_word(words, static_cast<int>(i));
        if (before < 0) continue;
        PlacedWord& host = words[static_cast<std::size_t>(before)];
        std::string host_word = host.word;
        if (!host_word.empty() && host_word.back() == '?') continue;
        // 요 after a particle is always 요 (사과를요, 학교에서요); 이요 is for a noun (책이요). So
        // is 요 after a particle fused into the word before (이거 은 → 이건요: the 은 card is said
        // by 이건).
        const auto fused_particle = [&] {
            for (int j = before + 1; j < static_cast<int>(i); ++j) {
                const PlacedWord& between = words[static_cast<std::size_t>(j)];
                if (between.word.empty() && between.card >= 0 &&
                    rc[static_cast<std::size_t>(between.card)].kind == Kind::particle)
                    return true;
            }
            return false;
        };
        if ((words[i].word == "요" || words[i].word == "이요") &&
            (is_particle_slot(host, rc) || fused_particle())) {
            if (words[i].word != "요") {
                repairs.push_back(
                    Warning{"allomorph_repaired",
                            "'" + host_word + words[i].word + "' became '" + host_word + "요'",
                            words[i].card});
                words[i].word = "요";
            }
            continue;
        }
        auto a = particle::attach(host_word, words[i].word);
        if (!a) continue;
        if (a->particle != words[i].word) {
            repairs.push_back(Warning{
                "allomorph_repaired",
                "'" + host_word + words[i].word + "' became '" + host_word + a->particle + "'",
                words[i].card});
            words[i].word = a->particle;
        }
        if (a->fused && host.card >= 0 &&
            host.word == rc[static_cast<std::size_t>(host.card)].label) {
            repairs.push_back(
                Warning{"allomorph_repaired",
                        "'" + host.word + words[i].word + "' became '" + a->text + "'", host.card});
            host.word = a->stem;
        }
    }
    const Edits repaired = edits_of(words, rc);
    auto rendered = render(rc, repaired);
    if (!rendered) return rendered.error();

    Completion rules = complete_arranged(rc, options);
    rules.repeats = arranged->repeats;

    Completion& model = out.completion;
    model.cards = rc;
    model.edits = repaired;
    model.rendered = std::move(rendered).value();
    model.warnings = std::move(repairs);
    model.confidence = rules.confidence;
    model.repeats = arranged->repeats;

    // Where the rules are sure, say where the model differs from them (the same sentence with 안
    // written into another card's word is no difference).
    if (rules.confidence != Confidence::low && rules.rendered.sentence != model.rendered.sentence) {
        const auto& rule_words = rules.rendered.words;
        for (const NounRole& role : rules.roles) {
            const std::string model_particle = particle_after(model.rendered.words, rc, role.card);
            const std::string rule_particle = particle_after(rule_words, rc, role.card);
            const bool agree = model_particle.empty() ? rule_particle.empty()
                                                      : particle_fits(model_particle, role);
            if (!agree)
                out.disagreements.push_back(
                    Disagreement{role.card, "role", rule_particle, model_particle});
        }
        for (std::size_t i = 0; i < rc.size(); ++i) {
            if (!rc[i].predicate()) continue;
            const int card = static_cast<int>(i);
            const std::string m = word_of(model.rendered.words, card);
            const std::string r = word_of(rule_words, card);
            if (m != r) out.disagreements.push_back(Disagreement{card, "form", r, m});
        }
    }
    out.rules = std::move(rules);
    return out;
}

}  // namespace malmoi
