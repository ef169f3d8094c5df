#include "dataset.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <sstream>

#include "assemble.hpp"
#include "conjugate.hpp"
#include "hangul.hpp"
#include "lexicon.hpp"
#include "particle.hpp"
#include "prompt.hpp"
#include "reading.hpp"
#include "validate.hpp"

namespace malmoi::dataset {

namespace {

using lexicon::Role;
using ordered = nlohmann::ordered_json;

// A content word the generator may use: a lexicon noun or predicate, or a noun the lexicon does
// not hold (fruit it never heard of, digits, Latin), annotated with its class for the rules.
struct Word {
    std::string label;
    std::vector<std::string> classes;  // nouns
    const lexicon::Entry* entry = nullptr;
    bool noun = true;
    bool annotated = false;  // the card carries pos and class: the lexicon does not know it
};

// Nouns outside the lexicon: the words a fine-tuned model got wrong (바나나가 먹어요), and words
// whose particle follows how digits and Latin letters are read.
struct Extra {
    const char* label;
    const char* noun_class;
};
constexpr Extra kExtraNouns[] = {
    {"바나나", "food"},      {"키위", "food"},    {"망고", "food"},        {"블루베리", "food"},
    {"체리", "food"},        {"레몬", "food"},    {"자두", "food"},        {"멜론", "food"},
    {"파인애플", "food"},    {"두리안", "food"},  {"호떡", "food"},        {"붕어빵", "food"},
    {"팝콘", "food"},        {"샐러드", "food"},  {"수프", "food"},        {"식혜", "drink"},
    {"레모네이드", "drink"}, {"보리차", "drink"}, {"탄산수", "drink"},     {"우유팩", "thing"},
    {"킥보드", "toy"},       {"슬라임", "toy"},   {"팽이", "toy"},         {"딱지", "toy"},
    {"줄넘기", "toy"},       {"트럭", "vehicle"}, {"오토바이", "vehicle"}, {"헬리콥터", "vehicle"},
    {"놀이공원", "place"},   {"미술관", "place"}, {"TV", "media"},         {"PC", "media"},
    {"DVD", "media"},        {"CD", "media"},     {"QR", "thing"},         {"USB", "thing"},
    {"URL", "media"},        {"MP3", "media"},    {"iPad", "media"},       {"YouTube", "media"},
    {"Zoom", "media"},       {"Google", "media"}, {"LEGO", "toy"},         {"KTX", "vehicle"},
    {"SRT", "vehicle"},      {"3", "thing"},      {"7", "thing"},          {"10", "thing"},
    {"1", "thing"},          {"100", "thing"},    {"2", "thing"},          {"6", "thing"},
    {"8", "thing"},          {"1000", "thing"},   {"5", "thing"},
};

// The final-sound groups the key noun is balanced across.
enum class SoundGroup { none, rieul, other, digits, latin };
constexpr int kSoundGroups = 5;

SoundGroup group_of(const std::string& label) {
    const std::u32string cps = hangul::decode(label);
    if (!cps.empty() && cps.back() >= U'0' && cps.back() <= U'9') return SoundGroup::digits;
    if (!cps.empty() && ((cps.back() >= U'A' && cps.back() <= U'Z') ||
                         (cps.back() >= U'a' && cps.back() <= U'z'))) {
        return SoundGroup::latin;
    }
    const auto sound = reading::final_sound(label);
    if (!sound) return SoundGroup::other;
    switch (sound->final) {
        case hangul::Final::none:
            return SoundGroup::none;
        case hangul::Final::rieul:
            return SoundGroup::rieul;
        default:
            return SoundGroup::other;
    }
}

class Generator {
  public:
    Generator(std::vector<Word> nouns, std::vector<Word> predicates, std::uint32_t seed, int offset)
        : nouns_(std::move(nouns)), predicates_(std::move(predicates)), rng_(seed), turn_(offset) {}

    // `progress` (may be empty) is told the examples kept and the candidates dropped so far.
    std::vector<Example> run(int count, std::set<std::string>& seen,
                             const std::function<void(int, int)>& progress) {
        std::vector<Example> out;
        const auto& makers = categories();
        const int attempts = count * 60 + 200;
        int dropped = 0;
        for (int attempt = 0; attempt < attempts && static_cast<int>(out.size()) < count;
             ++attempt) {
            const auto& [name, make] = makers[static_cast<std::size_t>(turn_++) % makers.size()];
            std::vector<Candidate> made = make(*this);
            for (auto& cards : made) {
                if (static_cast<int>(out.size()) >= count) break;
                auto example = accept(name, cards.cards, seen, cards.options, cards.allowed);
                if (example)
                    out.push_back(std::move(*example));
                else
                    ++dropped;
            }
            if (progress) progress(static_cast<int>(out.size()), dropped);
        }
        return out;
    }

  private:
    // A tap sequence to try, with the board options it is made under and the warnings that may
    // stand in its answer.
    struct Candidate {
        Candidate(std::vector<Card> c)
            : cards(std::move(c)) {}  // NOLINT: most makers give bare cards
        Candidate(std::vector<Card> c, SentenceOptions o, std::vector<std::string> a = {})
            : cards(std::move(c)), options(o), allowed(std::move(a)) {}
        std::vector<Card> cards;
        SentenceOptions options;
        std::vector<std::string> allowed;
    };
    using Maker = std::function<std::vector<Candidate>(Generator&)>;

    std::uint32_t pick(std::size_t n) { return n ? static_cast<std::uint32_t>(rng_() % n) : 0; }

    static Card card_of(const Word& w) {
        if (!w.annotated) return Card{w.label, "", ""};
        return Card{w.label, "noun", w.classes.empty() ? "" : w.classes.front()};
    }
    static Card plain(const char* label) { return Card{label, "", ""}; }

    template <class Classes>  // the lexicon's views, or a list of names
    static bool has_class(const Word& w, const Classes& classes) {
        for (const auto& c : classes) {
            if (std::find(w.classes.begin(), w.classes.end(), c) != w.classes.end()) return true;
        }
        return false;
    }

    // A noun of one of `classes`, its final sound taking turns among the five groups.
    template <class Classes = std::vector<std::string>>
    const Word* noun_of(const Classes& classes) {
        std::vector<const Word*> groups[kSoundGroups];
        for (const Word& w : nouns_) {
            if (has_class(w, classes) && !w.classes.empty() && w.classes.front() != "time") {
                groups[static_cast<int>(group_of(w.label))].push_back(&w);
            }
        }
        const int start = sound_turn_++ % kSoundGroups;
        for (int k = 0; k < kSoundGroups; ++k) {
            auto& g = groups[(start + k) % kSoundGroups];
            if (!g.empty()) return g[pick(g.size())];
        }
        return nullptr;
    }

    // A predicate with a slot of `role` that names a class, and a noun for it.
    struct Pair {
        const Word* noun = nullptr;
        const Word* predicate = nullptr;
    };
    std::optional<Pair> pair_for(Role role, bool verbs_only = false, bool adjectives_only = false) {
        std::vector<std::pair<const Word*, const lexicon::Slot*>> candidates;
        for (const Word& p : predicates_) {
            if (verbs_only && p.entry->pos != lexicon::Pos::verb) continue;
            if (adjectives_only && p.entry->pos != lexicon::Pos::adjective) continue;
            for (const auto& slot : p.entry->frame) {
                if (slot.role == role && !slot.classes.empty()) candidates.emplace_back(&p, &slot);
            }
        }
        if (candidates.empty()) return std::nullopt;
        const auto& [predicate, slot] = candidates[pick(candidates.size())];
        const Word* noun = noun_of(slot->classes);
        if (!noun) return std::nullopt;
        return Pair{noun, predicate};
    }

    std::vector<Card> basic(const Pair& p) { return {card_of(*p.noun), card_of(*p.predicate)}; }

    static const std::vector<std::pair<std::string, Maker>>& categories() {
        static const std::vector<std::pair<std::string, Maker>> list = {
            {"object", [](Generator& g) { return g.simple(Role::object, true); }},
            {"subject", [](Generator& g) { return g.simple(Role::subject, false, true); }},
            {"destination", [](Generator& g) { return g.simple(Role::destination); }},
            {"location", [](Generator& g) { return g.simple(Role::place); }},
            {"at", [](Generator& g) { return g.simple(Role::at); }},
            {"instrument", [](Generator& g) { return g.simple(Role::instrument); }},
            {"companion", [](Generator& g) { return g.simple(Role::companion); }},
            {"topic", [](Generator& g) { return g.with_topic(); }},
            {"time_past", [](Generator& g) { return g.with_time(true); }},
            {"time_bare", [](Generator& g) { return g.with_time(false); }},
            {"want", [](Generator& g) { return g.with_suffix("싶다"); }},
            {"request", [](Generator& g) { return g.with_suffix("주다"); }},
            {"request_noun", [](Generator& g) { return g.noun_request(); }},
            {"negation", [](Generator& g) { return g.negation(); }},
            {"question", [](Generator& g) { return g.question(); }},
            {"copula", [](Generator& g) { return g.copula(); }},
            {"particle_kept", [](Generator& g) { return g.particle_card(0); }},
            {"particle_corrected", [](Generator& g) { return g.particle_card(1); }},
            {"particle_replaced", [](Generator& g) { return g.particle_card(2); }},
            {"coordination", [](Generator& g) { return g.coordination(); }},
            {"minimal_pair", [](Generator& g) { return g.minimal_pair(); }},
            {"irregular", [](Generator& g) { return g.irregular(); }},
            // The second generation's shapes (issue 10): what children really tap.
            {"want_implied", [](Generator& g) { return g.want_implied(); }},
            {"question_word", [](Generator& g) { return g.question_word(); }},
            {"no_verb", [](Generator& g) { return g.no_verb(); }},
            {"honorific", [](Generator& g) { return g.honorific(); }},
            {"permission",
             [](Generator& g) {
                 return g.with_grammar({"되다", "?"});
             }},
            {"prohibition", [](Generator& g) { return g.prohibition(); }},
            {"purpose", [](Generator& g) { return g.purpose(); }},
            {"modifier", [](Generator& g) { return g.modifier(); }},
            {"counter", [](Generator& g) { return g.counter(); }},
            {"plain", [](Generator& g) { return g.with_options(true, false); }},
            {"first_person", [](Generator& g) { return g.with_options(false, true); }},
        };
        return list;
    }

    std::vector<Candidate> simple(Role role, bool verbs_only = false,
                                  bool adjectives_only = false) {
        auto p = pair_for(role, verbs_only, adjectives_only);
        if (!p) return {};
        return {basic(*p)};
    }

    std::vector<Candidate> with_topic() {
        auto p = pair_for(rng_() % 2 ? Role::object : Role::destination, true);
        if (!p) return {};
        auto cards = basic(*p);
        cards.insert(cards.begin(), plain(rng_() % 2 ? "나" : "저"));
        return {cards};
    }

    std::vector<Candidate> with_time(bool past) {
        static const char* kPast[] = {"어제", "아까"};
        static const char* kBare[] = {"오늘", "내일", "지금"};
        auto p = pair_for(rng_() % 2 ? Role::object : Role::destination, true);
        if (!p) return {};
        auto cards = basic(*p);
        cards.insert(cards.begin(), plain(past ? kPast[pick(2)] : kBare[pick(3)]));
        return {cards};
    }

    std::vector<Candidate> with_suffix(const char* grammar) {
        auto p = pair_for(Role::object, true);
        if (!p || p->predicate->entry->has(Flag::request)) return {};
        auto cards = basic(*p);
        cards.push_back(plain(grammar));
        return {cards};
    }

    std::vector<Candidate> noun_request() {
        const Word* n = noun_of({"food", "drink", "toy", "thing", "tool", "clothing"});
        if (!n) return {};
        return {Candidate(std::vector<Card>{card_of(*n), plain(rng_() % 2 ? "주다" : "주세요")})};
    }

    // A noun and 싶다 with no verb: the verb its class implies (사과 싶다 → 사과 먹고 싶어요).
    std::vector<Candidate> want_implied() {
        const Word* n = noun_of({"food", "drink", "place", "vehicle", "media", "activity"});
        if (!n) return {};
        return {Candidate({card_of(*n), plain("싶다")}, {}, {"implied_verb"})};
    }

    // 뭐, 어디 and 누구 with a verb whose frame has the slot: 뭐 먹어요?, 어디에 가요?, 누가 와요?
    std::vector<Candidate> question_word() {
        static const std::pair<const char*, Role> kAsks[] = {{"뭐", Role::object},
                                                             {"어디", Role::destination},
                                                             {"어디", Role::place},
                                                             {"누구", Role::subject}};
        const auto& [wh, role] = kAsks[pick(4)];
        auto p = pair_for(role, true);
        if (!p) return {};
        return {Candidate(std::vector<Card>{plain(wh), card_of(*p->predicate)})};
    }

    // Nouns with no verb: 이거 사과예요, 이거 뭐예요?, 물이요.
    std::vector<Candidate> no_verb() {
        static const char* kThis[] = {"이거", "그거", "저거"};
        const Word* n = noun_of({"food", "drink", "toy", "thing", "animal", "clothing", "media"});
        if (!n) return {};
        switch (pick(3)) {
            case 0:
                return {Candidate(std::vector<Card>{plain(kThis[pick(3)]), card_of(*n)})};
            case 1:
                return {Candidate(std::vector<Card>{card_of(*n), plain("뭐")})};
            default:
                return {Candidate(std::vector<Card>{card_of(*n)})};
        }
    }

    // An elder of this split as the subject: 할머니가 오세요, 선생님이 책을 읽으세요.
    std::vector<Candidate> honorific() {
        std::vector<const Word*> elders;
        for (const Word& w : nouns_) {
            if (w.entry && w.entry->has(Flag::elder)) elders.push_back(&w);
        }
        auto p = pair_for(rng_() % 2 ? Role::object : Role::destination, true);
        if (elders.empty()) return {};
        if (!p) return {};
        bool person_subject = false;
        for (const auto& slot : p->predicate->entry->frame) {
            if (slot.role == Role::subject && std::find(slot.classes.begin(), slot.classes.end(),
                                                        "person") != slot.classes.end()) {
                person_subject = true;
            }
        }
        if (!person_subject) return {};
        return {Candidate(std::vector<Card>{card_of(*elders[pick(elders.size())]),
                                            card_of(*p->noun), card_of(*p->predicate)})};
    }

    std::vector<Candidate> with_grammar(std::initializer_list<const char*> grammar) {
        auto p = pair_for(Role::object, true);
        if (!p || p->predicate->entry->has(Flag::request)) return {};
        auto cards = basic(*p);
        for (const char* g : grammar) cards.push_back(plain(g));
        return {Candidate(cards)};
    }

    // 안 + a verb + 주다 asks not to: 공을 던지지 마세요.
    std::vector<Candidate> prohibition() {
        auto p = pair_for(Role::object, true);
        if (!p || p->predicate->entry->has(Flag::request)) return {};
        return {Candidate(std::vector<Card>{card_of(*p->noun), plain("안"), card_of(*p->predicate),
                                            plain("주다")})};
    }

    // A verb before a verb of going (of this split) says what for: 책을 사러 가요.
    std::vector<Candidate> purpose() {
        std::vector<const Word*> going;
        for (const Word& w : predicates_) {
            if (w.entry->has(Flag::motion)) going.push_back(&w);
        }
        auto p = pair_for(Role::object, true);
        if (going.empty() || !p || p->predicate->entry->has(Flag::motion) ||
            p->predicate->entry->has(Flag::request))
            return {};
        return {Candidate(std::vector<Card>{card_of(*p->noun), card_of(*p->predicate),
                                            card_of(*going[pick(going.size())])})};
    }

    // An adjective before the noun a request names describes it: 작은 컵 주세요.
    std::vector<Candidate> modifier() {
        std::vector<const Word*> adjectives;
        for (const Word& a : predicates_) {
            if (a.entry->pos == lexicon::Pos::adjective && !a.entry->has(Flag::feeling) &&
                !a.entry->has(Flag::exp))
                adjectives.push_back(&a);
        }
        const Word* n = noun_of({"food", "drink", "toy", "thing", "clothing", "tool"});
        if (adjectives.empty() || !n) return {};
        return {Candidate(std::vector<Card>{card_of(*adjectives[pick(adjectives.size())]),
                                            card_of(*n), plain("주다")})};
    }

    // A count: 사과 세 개 주세요.
    std::vector<Candidate> counter() {
        static const char* kNumbers[] = {"한", "두", "세"};
        const Word* n = noun_of({"food", "toy", "thing"});
        if (!n) return {};
        return {Candidate(
            std::vector<Card>{card_of(*n), plain(kNumbers[pick(3)]), plain("개"), plain("주다")})};
    }

    // A board that speaks 반말 (먹어, 먹고 싶어), or whose first person is 저 (저는 학교에 가요).
    std::vector<Candidate> with_options(bool plain_speech, bool jeo) {
        auto p = pair_for(rng_() % 2 ? Role::object : Role::destination, true);
        if (!p) return {};
        SentenceOptions o;
        o.speech_level = plain_speech ? SpeechLevel::plain : SpeechLevel::polite;
        o.first_person_jeo = jeo;
        auto cards = basic(*p);
        if (jeo || rng_() % 2) cards.insert(cards.begin(), plain("나"));
        if (plain_speech && rng_() % 2) cards.push_back(plain("싶다"));
        return {Candidate(cards, o)};
    }

    std::vector<Candidate> negation() {
        auto p = pair_for(Role::object, true);
        if (!p) return {};
        return {
            Candidate(std::vector<Card>{card_of(*p->noun), plain("안"), card_of(*p->predicate)})};
    }

    std::vector<Candidate> question() {
        auto p = pair_for(rng_() % 2 ? Role::object : Role::subject, false, false);
        if (!p) return {};
        auto cards = basic(*p);
        cards.push_back(plain("?"));
        return {cards};
    }

    std::vector<Candidate> copula() {
        static const char* kThis[] = {"이거", "그거", "저거"};
        const Word* n = noun_of({"food", "drink", "toy", "thing", "animal", "clothing", "media"});
        if (!n) return {};
        return {Candidate(std::vector<Card>{plain(kThis[pick(3)]), card_of(*n),
                                            plain(rng_() % 3 ? "이다" : "아니다")})};
    }

    // kind 0: the right particle; 1: the other member of its pair; 2: a particle of another role.
    std::vector<Candidate> particle_card(int kind) {
        static const Role kRoles[] = {Role::object, Role::destination, Role::place,
                                      Role::instrument, Role::subject};
        auto p = pair_for(kRoles[pick(5)]);
        if (!p) return {};
        auto base = complete(basic(*p));
        if (!base || base->rendered.words.size() != 3 || base->rendered.words[1].card >= 0)
            return {};
        const std::string right = base->rendered.words[1].word;
        std::string tapped = right;
        if (kind == 1) {
            bool swapped = false;
            for (const auto& pair : particle::pairs()) {
                if (right == pair.after_consonant)
                    tapped = std::string(pair.after_vowel), swapped = true;
                else if (right == pair.after_vowel)
                    tapped = std::string(pair.after_consonant), swapped = true;
                if (swapped) break;
            }
            if (!swapped || tapped == right) return {};
        } else if (kind == 2) {
            static const char* kOthers[] = {"가", "를", "에", "에서", "로", "이", "을"};
            tapped = kOthers[pick(7)];
            if (particle::same_particle(tapped, right)) return {};
        }
        std::vector<Card> cards{card_of(*p->noun), Card{tapped, "", ""}, card_of(*p->predicate)};
        // (only where the card reads as a particle: 이 between 엄마 and 닦다 is the tooth)
        const auto resolved = resolve(cards);
        if (!resolved || (*resolved)[1].kind != Kind::particle) return {};
        return {Candidate(std::move(cards))};
    }

    std::vector<Candidate> coordination() {
        auto p = pair_for(Role::object, true);
        if (!p || p->predicate->entry->has(Flag::request)) return {};
        const Word* other = noun_of(p->noun->classes);
        if (!other || other->label == p->noun->label) return {};
        return {Candidate(
            std::vector<Card>{card_of(*p->noun), card_of(*other), card_of(*p->predicate)})};
    }

    // The same noun with a verb that wants an object and an adjective that wants a subject.
    std::vector<Candidate> minimal_pair() {
        auto verb = pair_for(Role::object, true);
        if (!verb) return {};
        for (const Word& a : predicates_) {
            if (a.entry->pos != lexicon::Pos::adjective) continue;
            for (const auto& slot : a.entry->frame) {
                if (slot.role == Role::subject && has_class(*verb->noun, slot.classes)) {
                    return {Candidate(basic(*verb)),
                            Candidate(std::vector<Card>{card_of(*verb->noun), card_of(a)})};
                }
            }
        }
        return {};
    }

    // Predicates taking turns among the conjugation classes, so every irregular class is seen.
    std::vector<Candidate> irregular() {
        std::map<conjugate::StemClass, std::vector<const Word*>> by_class;
        for (const Word& p : predicates_) {
            if (auto c = conjugate::known_class(p.label)) by_class[*c].push_back(&p);
        }
        if (by_class.empty()) return {};
        auto it = by_class.begin();
        std::advance(it, static_cast<long>(class_turn_++ % by_class.size()));
        const Word* p = it->second[pick(it->second.size())];
        std::vector<Card> cards;
        for (const auto& slot : p->entry->frame) {
            if (slot.classes.empty() || slot.role == Role::complement) continue;
            if (const Word* n = noun_of(slot.classes)) cards.push_back(card_of(*n));
            break;
        }
        cards.push_back(card_of(*p));
        if (rng_() % 3 == 0) cards.insert(cards.begin(), plain("어제"));
        return {cards};
    }

    // Keeps an example only when the rules are sure of it, with and without the annotations the
    // model will never see. The model sees the cards as the engine arranges them, so the example
    // keeps them in that order. `allowed` names the warnings that may stand (an implied verb is a
    // medium answer the rules make the same way every time).
    std::optional<Example> accept(const std::string& category, const std::vector<Card>& cards,
                                  std::set<std::string>& seen, const SentenceOptions& options,
                                  const std::vector<std::string>& allowed) {
        auto annotated = complete(cards, options);
        if (!annotated || annotated->confidence == Confidence::low) return std::nullopt;
        bool medium_allowed = false;
        for (const auto& w : annotated->warnings) {
            if (w.code == "particle_corrected" || w.code == "particle_replaced") continue;
            const bool ok = std::find(allowed.begin(), allowed.end(), w.code) != allowed.end();
            if (!ok) return std::nullopt;
            medium_allowed = true;
        }
        if (annotated->confidence == Confidence::medium && !medium_allowed) return std::nullopt;
        std::vector<Card> arranged;
        std::vector<std::string> labels;
        for (const ResolvedCard& c : annotated->cards) {
            arranged.push_back(cards[static_cast<std::size_t>(c.tap)]);
            labels.push_back(c.label);
        }
        const std::string key = prompt::user_text(labels, options);
        if (seen.count(key)) return std::nullopt;
        std::vector<Card> bare;
        for (const auto& l : labels) bare.push_back(Card{l, "", ""});
        auto unannotated = complete(bare, options);
        if (!unannotated || !(unannotated->edits == annotated->edits)) return std::nullopt;
        seen.insert(key);
        return Example{category, arranged, to_json(annotated->edits), annotated->rendered.sentence,
                       options};
    }

    std::vector<Word> nouns_;
    std::vector<Word> predicates_;
    std::mt19937 rng_;
    int turn_ = 0;
    int sound_turn_ = 0;
    int class_turn_ = 0;
};

// Content words are split into training and validation vocabularies by a seeded shuffle; pronouns,
// time words, grammar cards and the copula are shared.
struct Vocabulary {
    std::vector<Word> nouns[2];
    std::vector<Word> predicates[2];
    std::vector<std::string> val_words;
};

Vocabulary split_vocabulary(std::uint32_t seed) {
    std::vector<Word> nouns;
    std::vector<Word> predicates;
    for (const auto& e : lexicon::entries()) {
        if (e.pos == lexicon::Pos::noun && !e.classes.empty() && !e.is_a("time") &&
            !e.has(Flag::bare)) {
            nouns.push_back(
                Word{std::string(e.lemma), {e.classes.begin(), e.classes.end()}, &e, true, false});
        } else if ((e.pos == lexicon::Pos::verb || e.pos == lexicon::Pos::adjective) &&
                   !e.has(Flag::copula) && !e.frame.empty()) {
            predicates.push_back(Word{std::string(e.lemma), {}, &e, false, false});
        }
    }
    for (const Extra& x : kExtraNouns) {
        if (!lexicon::find(x.label))
            nouns.push_back(Word{x.label, {x.noun_class}, nullptr, true, true});
    }
    std::mt19937 rng(seed ^ 0x9E3779B9u);
    const auto shuffle = [&](std::vector<Word>& words) {
        for (std::size_t i = words.size(); i > 1; --i) std::swap(words[i - 1], words[rng() % i]);
    };
    shuffle(nouns);
    shuffle(predicates);
    Vocabulary v;
    // A fifth of the words go to validation only, a fifth of each final-sound group for nouns, so
    // that digits and Latin words are in both splits.
    int seen_in_group[kSoundGroups] = {};
    for (const Word& w : nouns) {
        const int g = static_cast<int>(group_of(w.label));
        v.nouns[seen_in_group[g]++ % 5 == 0 ? 1 : 0].push_back(w);
    }
    for (std::size_t i = 0; i < predicates.size(); ++i)
        v.predicates[i % 5 == 0 ? 1 : 0].push_back(predicates[i]);
    for (const auto& w : v.nouns[1]) v.val_words.push_back(w.label);
    for (const auto& w : v.predicates[1]) v.val_words.push_back(w.label);
    std::sort(v.val_words.begin(), v.val_words.end());
    return v;
}

// ---- checks ----------------------------------------------------------------------------------

struct Stats {
    std::vector<int> messages;
    std::vector<int> tokens;
    std::vector<int> assistant_tokens;
};

std::string distribution(const char* name, std::vector<int> values) {
    std::ostringstream out;
    out << "  " << name << ": ";
    if (values.empty()) return out.str() + "none\n";
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[static_cast<std::size_t>(q * (values.size() - 1) + 0.5)];
    };
    double sum = 0;
    for (int v : values) sum += v;
    out << "min " << values.front() << ", max " << values.back() << ", mean "
        << std::round(sum / values.size() * 10) / 10 << ", median " << at(0.5) << ", p5 "
        << at(0.05) << ", p95 " << at(0.95) << "\n";
    return out.str();
}

// The cards of a user message written by prompt::user_text, or empty when it is not one.
std::optional<std::vector<std::string>> cards_of_user_text(const std::string& text) {
    auto parsed = prompt::parse_user_text(text);
    if (!parsed) return std::nullopt;
    return parsed->labels;
}

// The nouns and verbs an example's cards use (what must not leak between the splits).
std::vector<std::string> content_words(const std::vector<std::string>& labels) {
    std::vector<Card> cards;
    for (const auto& l : labels) cards.push_back(Card{l, "", ""});
    std::vector<std::string> out;
    auto resolved = resolve(cards);
    if (!resolved) return out;
    for (const auto& c : *resolved) {
        const bool function_word = c.pronoun || c.is_a("time") || c.has(Flag::bare) ||
                                   c.has(Flag::copula) || c.has(Flag::give) || c.has(Flag::counter);
        if (!function_word &&
            (c.kind == Kind::noun || c.kind == Kind::verb || c.kind == Kind::adjective)) {
            out.push_back(c.lemma);
        }
    }
    return out;
}

struct Parsed {
    std::vector<std::string> user_texts;
    std::set<std::string> words;
};

}  // namespace

Result<Generated> generate(const Options& options) {
    if (options.train < 0 || options.val < 0 || options.train > 100000 || options.val > 100000) {
        return make_error("bad_request", "--train and --val must be from 0 to 100000");
    }
    Vocabulary v = split_vocabulary(options.seed);
    std::set<std::string> seen;
    Generated out;
    const auto told = [&](const char* split, int wanted) -> std::function<void(int, int)> {
        if (!options.on_progress) return {};
        return [&options, split, wanted](int kept, int dropped) {
            options.on_progress(split, kept, wanted, dropped);
        };
    };
    out.train = Generator(v.nouns[0], v.predicates[0], options.seed, 0)
                    .run(options.train, seen, told("train", options.train));
    out.val = Generator(v.nouns[1], v.predicates[1], options.seed + 1, 0)
                  .run(options.val, seen, told("val", options.val));
    out.val_words = v.val_words;
    return out;
}

std::string jsonl_line(const Example& example) {
    std::vector<std::string> labels;
    for (const Card& c : example.cards) labels.push_back(c.label);
    ordered line;
    line["messages"] = ordered::array(
        {ordered{{"role", "system"}, {"content", prompt::system_text()}},
         ordered{{"role", "user"}, {"content", prompt::user_text(labels, example.options)}},
         ordered{{"role", "assistant"}, {"content", example.answer}}});
    return line.dump(-1, ' ', false, ordered::error_handler_t::replace);
}

std::map<std::string, int> counts_by_category(const std::vector<Example>& examples) {
    std::map<std::string, int> counts;
    for (const auto& e : examples) ++counts[e.category];
    return counts;
}

std::map<std::string, int> counts_by_particle(const std::vector<Example>& examples) {
    std::map<std::string, int> counts;
    for (const auto& e : examples) {
        auto edits = edits_from_json(e.answer);
        if (!edits) continue;
        // Inserted particles, and the child's particle cards as the answer leaves them.
        std::vector<std::string> forms;
        for (const auto& w : edits->insert_words) forms.push_back(w.word);
        auto resolved = resolve(e.cards);
        if (!resolved) continue;
        if (auto rendered = render(*resolved, *edits)) {
            for (const auto& w : rendered->words) {
                if (w.card >= 0 &&
                    (*resolved)[static_cast<std::size_t>(w.card)].kind == Kind::particle) {
                    forms.push_back(w.word);
                }
            }
        }
        for (const auto& form : forms) {
            if (!particle::is_particle(form)) continue;
            std::string name = form;
            for (const auto& pair : particle::pairs()) {
                if (form == pair.after_consonant || form == pair.after_vowel) {
                    name = std::string(pair.after_consonant) + "/" + std::string(pair.after_vowel);
                    break;
                }
            }
            ++counts[name];
        }
    }
    return counts;
}

std::map<std::string, int> counts_by_final_sound(const std::vector<Example>& examples) {
    static const char* kNames[] = {"none", "rieul", "other", "digits", "latin"};
    std::map<std::string, int> counts;
    for (const auto& e : examples) {
        std::vector<Card> cards = e.cards;
        auto resolved = resolve(cards);
        if (!resolved) continue;
        for (const auto& c : *resolved) {
            if (c.kind == Kind::noun && !c.pronoun && !c.is_a("time") && !c.has(Flag::bare)) {
                ++counts[kNames[static_cast<int>(group_of(c.label))]];
                break;
            }
        }
    }
    return counts;
}

int estimate_tokens(std::string_view text) {
    // Fitted to o200k as js-tiktoken counts it on Malmoi's prompts and answers
    // (tools/dataset/count-tokens.mjs): 0.70 tokens per Hangul syllable, 0.33 per ASCII character.
    double hangul = 0;
    double ascii = 0;
    double other = 0;
    for (char32_t c : hangul::decode(text)) {
        if (hangul::is_syllable(c))
            hangul += 1;
        else if (c < 0x80)
            ascii += 1;
        else
            other += 1;
    }
    return static_cast<int>(std::ceil(hangul * 0.70 + ascii * 0.33 + other));
}

CheckReport check(std::string_view file_text, std::string_view other_text,
                  const std::function<void(int done, int total, int failed)>& on_progress) {
    std::map<std::string, int> format_errors;
    std::map<std::string, int> malmoi_errors;
    std::vector<std::string> examples_of_errors;
    Stats stats;
    int examples = 0;
    int missing_system = 0;
    int missing_user = 0;
    std::set<std::string> user_texts;
    std::set<std::string> words;
    const auto note = [&](std::map<std::string, int>& counts, const std::string& kind, int line) {
        if (++counts[kind] <= 3)
            examples_of_errors.push_back("line " + std::to_string(line) + ": " + kind);
    };

    std::istringstream in{std::string(file_text)};
    std::string line;
    int line_number = 0;
    const int lines = static_cast<int>(std::count(file_text.begin(), file_text.end(), '\n')) +
                      (!file_text.empty() && file_text.back() != '\n' ? 1 : 0);
    const auto failed = [&] {
        int n = 0;
        for (const auto* counts : {&format_errors, &malmoi_errors}) {
            for (const auto& [kind, count] : *counts) n += count;
        }
        return n;
    };
    while (std::getline(in, line)) {
        if (on_progress && line_number % 64 == 0) on_progress(line_number, lines, failed());
        ++line_number;
        if (line.empty()) continue;
        ++examples;
        const auto ex = nlohmann::json::parse(line, nullptr, false);
        if (ex.is_discarded() || !ex.is_object()) {
            note(format_errors, "data_type", line_number);
            continue;
        }
        if (!ex.contains("messages") || !ex["messages"].is_array() || ex["messages"].empty()) {
            note(format_errors, "missing_messages_list", line_number);
            continue;
        }
        for (const auto& [key, value] : ex.items()) {
            if (key != "messages") note(format_errors, "example_unrecognized_key", line_number);
        }
        const auto& messages = ex["messages"];
        bool has_assistant = false;
        bool has_system = false;
        bool has_user = false;
        bool well_formed = true;
        int tokens = 3;
        int assistant_tokens = 0;
        for (const auto& m : messages) {
            if (!m.is_object() || !m.contains("role") || !m.contains("content")) {
                note(format_errors, "message_missing_key", line_number);
                well_formed = false;
                continue;
            }
            for (const auto& [key, value] : m.items()) {
                if (key != "role" && key != "content" && key != "name" && key != "weight") {
                    note(format_errors, "message_unrecognized_key", line_number);
                }
            }
            const std::string role = m["role"].is_string() ? m["role"].get<std::string>() : "";
            if (role != "system" && role != "user" && role != "assistant") {
                note(format_errors, "unrecognized_role", line_number);
                well_formed = false;
            }
            if (!m["content"].is_string() || m["content"].get<std::string>().empty()) {
                note(format_errors, "missing_content", line_number);
                well_formed = false;
                continue;
            }
            const std::string content = m["content"].get<std::string>();
            const int t = estimate_tokens(content);
            tokens += 3 + t;
            has_assistant = has_assistant || role == "assistant";
            has_system = has_system || role == "system";
            has_user = has_user || role == "user";
            if (role == "assistant") assistant_tokens += t;
        }
        if (!has_assistant) note(format_errors, "example_missing_assistant_message", line_number);
        missing_system += has_system ? 0 : 1;
        missing_user += has_user ? 0 : 1;
        stats.messages.push_back(static_cast<int>(messages.size()));
        stats.tokens.push_back(tokens);
        stats.assistant_tokens.push_back(assistant_tokens);
        if (!well_formed) continue;

        // Malmoi's own checks: exactly what the app sends, and an answer the validator accepts.
        if (messages.size() != 3 || messages[0]["role"] != "system" ||
            messages[1]["role"] != "user" || messages[2]["role"] != "assistant") {
            note(malmoi_errors, "not_system_user_assistant", line_number);
            continue;
        }
        if (messages[0]["content"].get<std::string>() != prompt::system_text()) {
            note(malmoi_errors, "system_text_differs", line_number);
        }
        const std::string user = messages[1]["content"].get<std::string>();
        const auto parsed = prompt::parse_user_text(user);
        if (!parsed) {
            note(malmoi_errors, "user_text_differs", line_number);
            continue;
        }
        const std::vector<std::string>* cards = &parsed->labels;
        if (!user_texts.insert(user).second) note(malmoi_errors, "duplicate_example", line_number);
        for (const auto& w : content_words(*cards)) words.insert(w);
        const std::string answer = messages[2]["content"].get<std::string>();
        const ordered body = {
            {"choices",
             ordered::array({ordered{
                 {"index", 0},
                 {"message", {{"role", "assistant"}, {"content", answer}, {"refusal", nullptr}}},
                 {"finish_reason", "stop"}}})}};
        std::vector<Card> card_values;
        for (const auto& c : *cards) card_values.push_back(Card{c, "", ""});
        const auto v = validate(card_values, parsed->options, 200, body.dump());
        if (!v) {
            note(malmoi_errors, "answer_rejected_" + v.error().code, line_number);
            continue;
        }
        if (!v->disagreements.empty())
            note(malmoi_errors, "answer_disagrees_with_rules", line_number);
        if (!v->completion.warnings.empty())
            note(malmoi_errors, "answer_needs_repair", line_number);
        if (auto e = edits_from_json(answer); e && to_json(*e) != answer)
            note(malmoi_errors, "answer_not_canonical", line_number);
    }

    if (on_progress) on_progress(line_number, std::max(lines, line_number), failed());

    // Leaks between the splits: the same example, or a noun or verb in both.
    int shared_examples = 0;
    std::vector<std::string> shared_words;
    if (!other_text.empty()) {
        std::istringstream other{std::string(other_text)};
        std::set<std::string> other_words;
        while (std::getline(other, line)) {
            const auto ex = nlohmann::json::parse(line, nullptr, false);
            if (ex.is_discarded() || !ex.contains("messages") || !ex["messages"].is_array())
                continue;
            for (const auto& m : ex["messages"]) {
                if (!m.is_object() || m.value("role", "") != "user" || !m["content"].is_string())
                    continue;
                const std::string user = m["content"].get<std::string>();
                if (user_texts.count(user)) ++shared_examples;
                if (auto cards = cards_of_user_text(user)) {
                    for (const auto& w : content_words(*cards)) other_words.insert(w);
                }
            }
        }
        std::set_intersection(words.begin(), words.end(), other_words.begin(), other_words.end(),
                              std::back_inserter(shared_words));
        if (shared_examples) malmoi_errors["split_leak_examples"] = shared_examples;
        if (!shared_words.empty())
            malmoi_errors["split_leak_words"] = static_cast<int>(shared_words.size());
    }

    // Epochs and billing as OpenAI's guidance estimates them.
    constexpr int kMaxTokensPerExample = 65536;
    constexpr int kTargetEpochs = 3;
    constexpr int kMinTargetExamples = 100;
    constexpr int kMaxTargetExamples = 25000;
    int epochs = kTargetEpochs;
    if (examples > 0 && examples * kTargetEpochs < kMinTargetExamples) {
        epochs = std::min(25, kMinTargetExamples / examples);
    } else if (examples * kTargetEpochs > kMaxTargetExamples) {
        epochs = std::max(1, kMaxTargetExamples / std::max(1, examples));
    }
    long long billing = 0;
    int too_long = 0;
    for (int t : stats.tokens) {
        billing += std::min(kMaxTokensPerExample, t);
        too_long += t > kMaxTokensPerExample ? 1 : 0;
    }

    CheckReport report;
    std::ostringstream out;
    out << "Examples: " << examples << "\n";
    out << "Format errors (OpenAI's checks): ";
    if (format_errors.empty()) out << "none\n";
    for (const auto& [kind, count] : format_errors) out << "\n  " << kind << ": " << count;
    if (!format_errors.empty()) out << "\n";
    out << "Missing system message: " << missing_system
        << "; missing user message: " << missing_user << "\n";
    out << "Distributions (tokens are estimates of the o200k encoding):\n";
    out << distribution("messages per example", stats.messages);
    out << distribution("tokens per example", stats.tokens);
    out << distribution("assistant tokens per example", stats.assistant_tokens);
    out << "Examples over " << kMaxTokensPerExample << " tokens: " << too_long << "\n";
    out << "Tokens billed per epoch: ~" << billing << "; default epochs: " << epochs
        << "; billed in all: ~" << billing * epochs << "\n";
    if (examples < 10) out << "Warning: OpenAI requires at least 10 examples\n";
    out << "Malmoi checks (prompt text, validator, duplicates"
        << (other_text.empty() ? "" : ", split leaks") << "): ";
    if (malmoi_errors.empty()) out << "all passed\n";
    for (const auto& [kind, count] : malmoi_errors) out << "\n  " << kind << ": " << count;
    if (!malmoi_errors.empty()) out << "\n";
    for (std::size_t i = 0; i < shared_words.size() && i < 10; ++i)
        out << "  shared word: " << shared_words[i] << "\n";
    for (const auto& e : examples_of_errors) out << "  " << e << "\n";
    report.ok = format_errors.empty() && malmoi_errors.empty() && examples > 0 &&
                missing_system == 0 && missing_user == 0;
    out << (report.ok ? "OK\n" : "FAILED\n");
    report.text = out.str();
    return report;
}

}  // namespace malmoi::dataset
