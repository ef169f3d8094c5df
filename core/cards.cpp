#include "cards.hpp"

#include <algorithm>
#include <cctype>

#include "conjugate.hpp"
#include "hangul.hpp"
#include "particle.hpp"
#include "tsv.hpp"

namespace malmoi {

namespace {

// The particles AAC boards offer as cards.
constexpr std::string_view kCardParticles[] = {
    "을",   "를", "이", "가", "은", "는", "에",   "에서", "로",   "으로", "랑", "이랑",
    "하고", "도", "만", "와", "과", "의", "한테", "에게", "까지", "부터", "께", "요"};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A lexicon verb's polite form and its dictionary form.
using PoliteForm = std::pair<std::string, std::string_view>;

// Every verb the lexicon knows (and adjective, with `adjectives`) in its polite present form with
// `options`, in lexicon order.
std::vector<PoliteForm> polite_forms(const conjugate::Options& options, bool adjectives) {
    std::vector<PoliteForm> t;
    for (const auto& e : lexicon::entries()) {
        if (e.pos != lexicon::Pos::verb && !(adjectives && e.pos == lexicon::Pos::adjective))
            continue;
        if (auto c = conjugate::conjugate(e.lemma, conjugate::Form::polite_present, options))
            t.emplace_back(std::move(c->text), e.lemma);
    }
    return t;
}

// The dictionary form of the first of `forms` that is `label`, or "".
std::string_view lemma_of(const std::vector<PoliteForm>& forms, std::string_view label) {
    for (const PoliteForm& f : forms) {
        if (f.first == label) return f.second;
    }
    return {};
}

// Many boards label verbs in their polite form (먹어요); map those back to the dictionary form
// of every verb and adjective the lexicon knows: the dictionary form of `label`, or "" (the
// first lexicon row wins where two verbs share a polite form). A table in lexicon order, built
// once and searched in turn: few labels end in 요, and sorting it for a binary search brought
// std::sort's instantiation into the wasm module (1.4 KB of code).
std::string_view dictionary_form_of(std::string_view label) {
    // Every polite form ends in 요: any other label is not one, and the table (every verb
    // conjugated, about 3 million instructions) is not built for it.
    if (!ends_with(label, "요")) return {};
    static const auto plain = polite_forms(conjugate::Options{}, true);
    if (const std::string_view lemma = lemma_of(plain, label); !lemma.empty()) return lemma;
    // A card written as a request or of an elder, with -(으)세요 (도와주세요, 앉으세요): its
    // verb. Built only when a label ending in 세요 is not a plain polite form.
    if (!ends_with(label, "세요")) return {};
    static const auto honoured = [] {
        conjugate::Options o;
        o.honorific = true;
        return polite_forms(o, false);
    }();
    return lemma_of(honoured, label);
}

// The grammar flags of lexicon.tsv and the kind of card each makes.
constexpr std::pair<Flag, Kind> kGrammarFlags[] = {
    {Flag::want, Kind::want},
    {Flag::give, Kind::give},
    {Flag::negative, Kind::negative},
    {Flag::cannot, Kind::cannot},
    {Flag::question, Kind::question},
    {Flag::past, Kind::past},
    {Flag::finished, Kind::finished},
    {Flag::choice, Kind::choice},
    {Flag::connective, Kind::connective},
    {Flag::plain, Kind::plain_speech},
    {Flag::det, Kind::determiner},
};

Kind grammar_kind(const lexicon::Entry* entry, std::string_view label) {
    if (entry) {
        for (auto [flag, kind] : kGrammarFlags) {
            if (entry->has(flag)) return kind;
        }
    }
    if (label == "?" || label == "？") return Kind::question;
    return Kind::adverb;  // an unknown grammar card stands as it is
}

// An adverb that is really a grammar card: 다 (finished), 아니면 (choice), 그리고 (connective),
// 무슨 and 두 (determiners).
Kind adverb_kind(const lexicon::Entry& e) {
    for (auto [flag, kind] : kGrammarFlags) {
        if (flag != Flag::past && e.has(flag)) return kind;
    }
    return e.has(Flag::number) ? Kind::determiner : Kind::adverb;
}

Kind predicate_kind(lexicon::Pos pos, const lexicon::Entry* entry) {
    if (entry && entry->has(Flag::copula)) return Kind::copula;
    return pos == lexicon::Pos::adjective ? Kind::adjective : Kind::verb;
}

Kind kind_of(const lexicon::Entry& e, const std::string& label) {
    switch (e.pos) {
        case lexicon::Pos::noun:
        case lexicon::Pos::pronoun:
            return Kind::noun;
        case lexicon::Pos::verb:
        case lexicon::Pos::adjective:
            return predicate_kind(e.pos, &e);
        case lexicon::Pos::particle:
            return Kind::particle;
        case lexicon::Pos::grammar:
            return grammar_kind(&e, label);
        case lexicon::Pos::adverb:
            return adverb_kind(e);
        case lexicon::Pos::interjection:
            return Kind::interjection;
    }
    return Kind::noun;
}

// A verb or adjective the lexicon does not list, recognised by its dictionary form (-다) or its
// polite form (-요) and the conjugation engine.
bool resolve_predicate(ResolvedCard& card) {
    std::string lemma = card.label;
    if (const std::string_view d = dictionary_form_of(card.label); !d.empty()) lemma = d;
    if (!ends_with(lemma, "다")) return false;
    if (!conjugate::conjugate(lemma, conjugate::Form::polite_present)) return false;
    card.lemma = lemma;
    card.entry = lexicon::find(lemma);
    if (card.entry) {
        card.kind = predicate_kind(card.entry->pos, card.entry);
        card.known = true;
    } else {
        card.kind = conjugate::is_adjective(lemma) ? Kind::adjective : Kind::verb;
        card.known = conjugate::known_class(lemma).has_value();
    }
    return true;
}

Result<ResolvedCard> resolve_annotated(ResolvedCard card, lexicon::Pos pos) {
    card.known = true;
    switch (pos) {
        case lexicon::Pos::noun:
        case lexicon::Pos::pronoun: {
            card.kind = Kind::noun;
            card.pronoun = pos == lexicon::Pos::pronoun;
            const lexicon::Entry* e = lexicon::find(card.label);
            if (e && (e->pos == lexicon::Pos::noun || e->pos == lexicon::Pos::pronoun)) {
                card.entry = e;
                if (card.classes.empty()) card.classes.assign(e->classes.begin(), e->classes.end());
            }
            return card;
        }
        case lexicon::Pos::verb:
        case lexicon::Pos::adjective: {
            std::string lemma = card.label;
            if (const std::string_view d = dictionary_form_of(lemma); !d.empty()) lemma = d;
            if (!ends_with(lemma, "다")) {
                return make_error("not_dictionary_form",
                                  "the % card '%' must be in dictionary form (-다), such as 먹다",
                                  {lexicon::to_string(pos), card.label});
            }
            card.lemma = lemma;
            card.entry = lexicon::find(lemma);
            card.kind = predicate_kind(pos, card.entry);
            return card;
        }
        case lexicon::Pos::particle:
            card.kind = Kind::particle;
            return card;
        case lexicon::Pos::grammar:
            card.kind = grammar_kind(lexicon::find(card.label), card.label);
            card.entry = lexicon::find(card.label);
            return card;
        case lexicon::Pos::adverb:
            card.entry = lexicon::find(card.label);
            card.kind = card.entry ? adverb_kind(*card.entry) : Kind::adverb;
            return card;
        case lexicon::Pos::interjection:
            card.kind = Kind::interjection;
            return card;
    }
    return card;
}

// 주다 right after a verb asks for the action (꺼 주세요), and 되다 asks leave (타도 돼요?);
// elsewhere they are the verbs "give" and "become".
void grammar_after_verb(ResolvedCard& card, bool after_predicate) {
    if (card.kind != Kind::verb || !after_predicate) return;
    if (card.has(Flag::give)) card.kind = Kind::give;
    if (card.has(Flag::permission)) card.kind = Kind::permission;
}

// 다 right before 같이 or 함께 is everyone, not done: 다 같이 놀다 → 다 같이 놀아요 (not 같이 다
// 놀았어요). Run once every card is read.
void all_together(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        if (cards[i].kind == Kind::finished && together_word(cards[i + 1].label))
            cards[i].kind = Kind::adverb;
    }
}

// The second word of a compound the lexicon knows, tapped right after the first, is what the
// compound is (닭 다리 → 닭다리, a food, not the leg one eats with; 축구 공 → 축구공, a toy), for
// arranging and for the roles alike (the card keeps the compound's row); a teacher's class on the
// card stays.
void compound_heads(std::vector<ResolvedCard>& cards, const std::vector<Card>& from) {
    for (std::size_t i = 1; i < cards.size(); ++i) {
        if (cards[i].kind != Kind::noun || cards[i - 1].kind != Kind::noun) continue;
        const lexicon::Entry* e = lexicon::compound(cards[i - 1].label, cards[i].label).entry;
        cards[i].compound = e;
        if (e && !e->classes.empty() && tsv::trim(from[i].noun_class).empty())
            cards[i].classes.assign(e->classes.begin(), e->classes.end());
    }
}

// 보다 right after a verb (flag tries) says one tries it: 신다 보다 → 신어 봐요; not after a
// grammar card (다 보다 → 다 봤어요), nor with a thing of its own after it that the verb before
// does not take (먹다 보다 텔레비전: eating, then watching). Run once every card is read.
void attempts_after_verbs(std::vector<ResolvedCard>& cards) {
    const auto object_names = [](const ResolvedCard& verb, const ResolvedCard& noun) {
        if (!verb.entry) return false;
        return std::any_of(verb.entry->frame.begin(), verb.entry->frame.end(),
                           [&](const auto& slot) {
                               return slot.role == Role::object &&
                                      std::any_of(slot.classes.begin(), slot.classes.end(),
                                                  [&](std::string_view k) { return noun.is_a(k); });
                           });
    };
    for (std::size_t i = 1; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        const ResolvedCard& before = cards[i - 1];
        if (c.kind != Kind::verb || !c.has(Flag::tries) || before.kind != Kind::verb) continue;
        bool own_thing = false;
        for (std::size_t j = i + 1; j < cards.size() && !own_thing; ++j) {
            const ResolvedCard& x = cards[j];
            if (!x.entry) continue;
            const lexicon::Pos pos = x.entry->pos;
            if (pos == lexicon::Pos::verb || pos == lexicon::Pos::adjective) {
                if (!x.has(Flag::give) && !x.has(Flag::permission)) break;  // (주다, 되다 go on)
                continue;
            }
            own_thing = pos == lexicon::Pos::noun && !x.classes.empty() && object_names(c, x) &&
                        !object_names(before, x);
        }
        if (!own_thing) c.kind = Kind::attempt;
    }
}

// A verb of how well (flag manner: 잘하다) right after or before another verb says how that one is
// done, as its adverb: 윷 던지다 잘하다 → 윷을 잘 던져요 (not 던지는 거 잘해요). Not next to a 하다
// verb, whose noun is what is done well (수영하다 잘하다 → 수영하는 거 잘해요).
void manner_next_to_verbs(std::vector<ResolvedCard>& cards) {
    const auto plain_verb = [&](std::size_t j) {
        return j < cards.size() && cards[j].kind == Kind::verb && !cards[j].has(Flag::manner) &&
               !ends_with(cards[j].lemma, "하다");
    };
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind == Kind::verb && c.has(Flag::manner) &&
            ((i > 0 && plain_verb(i - 1)) || plain_verb(i + 1)))
            c.kind = Kind::adverb;
    }
}

// 얼마 (flag price) with a verb or an adjective, and no particle card of its own, asks how much of
// it, as the adverb 얼마나 does: 얼마 기다리다 → 얼마나 기다려요? (얼마예요? asks a price, and 얼마
// 를 내다 keeps the child's particle.) The card says 얼마나 from then on, its lemma.
void degree_with_predicates(std::vector<ResolvedCard>& cards) {
    const bool predicate = std::any_of(cards.begin(), cards.end(), [](const ResolvedCard& c) {
        return c.kind == Kind::verb || c.kind == Kind::adjective;
    });
    const bool copula = std::any_of(cards.begin(), cards.end(),
                                    [](const ResolvedCard& c) { return c.kind == Kind::copula; });
    if (!predicate || copula) return;
    const lexicon::Entry* degree = nullptr;  // looked up for a card that is to say it, not before
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::noun || !c.pronoun || !c.has(Flag::price) ||
            (i + 1 < cards.size() && cards[i + 1].kind == Kind::particle))
            continue;
        if (!degree) degree = lexicon::find("얼마나");
        if (!degree) return;
        c.kind = Kind::adverb;
        c.entry = degree;
        c.lemma = std::string(degree->lemma);
        c.pronoun = false;
        c.classes.clear();
    }
}

// Nouns the lexicon does not know but whose shape says what they are: a number (3), a clock time
// or a date (4시, 10시 30분, 5월, 3일: times that take 에), minutes (30분: how long).
void resolve_shape(ResolvedCard& card) {
    const std::string& label = card.label;
    if (written_number(label)) {
        card.shape_flags.add(Flag::number);
        return;
    }
    for (std::string_view unit : {"시", "분", "월", "일"}) {
        if (label.size() > unit.size() && ends_with(label, unit) &&
            std::isdigit(static_cast<unsigned char>(label[label.size() - unit.size() - 1]))) {
            card.classes = {"time"};
            // Minutes alone are how long (30분 기다리다 → 30분 기다려요); with the hour they are
            // when (10시 30분에).
            if (unit != "분" || label.find("시") != std::string::npos)
                card.shape_flags.add(Flag::at);
            card.known = true;
            return;
        }
    }
}

// What every card gets whatever resolved it: its tap, its own verb, honorifics.
void finish(ResolvedCard& r, const Card& card, std::size_t tap) {
    r.tap = static_cast<int>(tap);
    r.verb = std::string(tsv::trim(card.verb));
    if (r.verb.empty() && r.entry) r.verb = r.entry->verb;
    r.elder = card.honorific || r.has(Flag::elder) || r.has(Flag::title);
}

}  // namespace

bool ResolvedCard::content() const {
    switch (kind) {
        case Kind::noun:
        case Kind::verb:
        case Kind::adjective:
        case Kind::copula:
        case Kind::determiner:
        case Kind::adverb:
        case Kind::interjection:
            return true;
        default:
            return false;
    }
}

bool slot_names(const lexicon::Slot& slot, const ResolvedCard& noun) {
    if (noun.is_a("time") && noun.is_a("food") && !slot.classes.empty() &&
        slot.classes.front() != "food" && slot.classes.front() != "time")
        return false;
    return std::any_of(slot.classes.begin(), slot.classes.end(),
                       [&](std::string_view c) { return noun.is_a(c); });
}

bool done_to_someone(const ResolvedCard& verb, const std::vector<ResolvedCard>& cards,
                     const std::vector<int>& nouns) {
    if (verb.kind != Kind::verb || !verb.entry || verb.has(Flag::give) || verb.has(Flag::request) ||
        verb.has(Flag::attitude))
        return false;
    // (someone is what it is done to first, not one thing among others: 그리다 obj:media,…,person;
    // and not when a thing tapped is what it is done to: 부르다 노래 친구 나 is singing with them)
    const auto thing_done_to = [&](const lexicon::Slot& slot) {
        return std::any_of(nouns.begin(), nouns.end(), [&](int i) {
            const ResolvedCard& noun = cards[static_cast<std::size_t>(i)];
            return !noun.is_a("person") && !noun.is_a("animal") && slot_names(slot, noun);
        });
    };
    return std::any_of(verb.entry->frame.begin(), verb.entry->frame.end(), [&](const auto& slot) {
        const auto& c = slot.classes;
        return (slot.role == Role::object && !c.empty() && c.front() == "person" &&
                !thing_done_to(slot)) ||
               (slot.role == Role::recipient && std::find(c.begin(), c.end(), "person") != c.end());
    });
}

std::string adverb_verb(const ResolvedCard& adverb) {
    if (adverb.kind != Kind::adverb || adverb.verb.empty()) return "";
    if (std::string joined = adverb.label + adverb.verb; conjugate::known_class(joined))
        return joined;
    return conjugate::known_class(adverb.verb) ? adverb.verb : "";
}

bool depicts(const ResolvedCard& a, const ResolvedCard& b) {
    // (not a time of day, a meal too: 아침 신문 읽다 → 아침에 신문을 읽어요)
    if (a.kind != Kind::noun || b.kind != Kind::noun || a.is_a("media") || a.is_a("tool") ||
        a.is_a("time"))
        return false;
    // (someone from a story: any clothes, 산타 모자, 해적 옷)
    // (and a baby before a doll, what the doll is: 아기 인형, flag young)
    if (a.is_a("person"))
        return (a.has(Flag::story) && (b.is_a("clothing") || b.is_a("media"))) ||
               (a.has(Flag::young) && b.has(Flag::depicts) && !b.is_a("media"));
    if (!(b.is_a("media") || b.has(Flag::depicts))) return false;
    for (const char* k : {"animal", "toy", "vehicle", "food", "nature"}) {
        if (a.is_a(k)) return true;
    }
    return false;
}

bool offers_choice(const ResolvedCard& c) {
    return c.kind == Kind::choice || (c.kind == Kind::connective && c.has(Flag::choice));
}

bool says_how_much(const ResolvedCard& adverb) {
    return adverb.kind == Kind::adverb && !adverb.verb.empty() &&
           conjugate::is_adjective(adverb.verb);
}

bool felt_on_body(const ResolvedCard& adjective) {
    if (!adjective.entry) return false;
    return std::any_of(adjective.entry->frame.begin(), adjective.entry->frame.end(),
                       [](const lexicon::Slot& slot) {
                           return slot.role == Role::subject &&
                                  std::find(slot.classes.begin(), slot.classes.end(), "body") !=
                                      slot.classes.end();
                       });
}

bool feels(const ResolvedCard& card) {
    return card.kind == Kind::adjective && (card.has(Flag::feeling) || felt_on_body(card));
}

bool changes_state(const ResolvedCard& verb) {
    if (verb.kind != Kind::verb || !verb.entry) return false;
    if (verb.has(Flag::result)) return true;
    if (!(verb.has(Flag::exp) || verb.has(Flag::report))) return false;
    const std::vector<lexicon::Slot>& frame = verb.entry->frame;
    if (frame.empty() || frame.front().role != Role::subject || frame.front().classes.empty())
        return false;
    const std::string_view first = frame.front().classes.front();
    return first != "person" && first != "animal" &&
           std::none_of(frame.begin(), frame.end(),
                        [](const lexicon::Slot& slot) { return slot.role == Role::object; });
}

Part part_around(const std::vector<ResolvedCard>& cards, std::size_t i) {
    Part p{i, i};
    while (p.first > 0 && cards[p.first - 1].kind != Kind::connective) --p.first;
    while (p.last < cards.size() && cards[p.last].kind != Kind::connective) ++p.last;
    return p;
}

std::string manner_form(std::string_view lemma) {
    return ends_with(lemma, "하다") ? std::string(lemma.substr(0, lemma.size() - 6))
                                    : std::string(lemma);
}

std::string_view determiner_form(std::string_view label) {
    if (label == "이거") return "이";
    if (label == "저거") return "저";
    if (label == "그거") return "그";
    if (label == "뭐") return "무슨";
    return {};
}

std::string joined_with_give(std::string_view lemma) {
    // Dictionary words, written as one: 도와주다 (help), 빌려주다 (lend).
    if (lemma == "돕다") return "도와주다";
    if (lemma == "빌리다") return "빌려주다";
    return "";
}

bool written_number(std::string_view s) {
    return !s.empty() && s.front() >= '0' && s.front() <= '9' &&
           s.find_first_not_of("0123456789,.") == std::string_view::npos;
}

bool says_give(std::string_view lemma) {
    return ends_with(lemma, "주다");
}

std::string implied_verb(const ResolvedCard& noun) {
    if (!noun.verb.empty()) return noun.verb;
    for (std::string_view c : noun.classes) {
        if (const lexicon::NounClass* nc = lexicon::find_class(c); nc && !nc->implies.empty())
            return nc->implies;
    }
    return {};
}

bool names_kind_of(const ResolvedCard& a, const ResolvedCard& b) {
    // (an animal names which young or stage of one: 장수풍뎅이 애벌레, 나비 번데기; an animal or a
    // tree which pose: 나비 자세, 나무 자세; what someone is, which game or election: 의사 놀이,
    // 반장 선거)
    if (a.kind != Kind::noun || b.kind != Kind::noun || !b.has(Flag::kinded) || a.pronoun ||
        a.has(Flag::kinded))
        return false;
    if (a.is_a("person")) return a.has(Flag::status) && b.is_a("activity");
    // (an instrument, a toy played as it is said, names a school: 피아노 학원)
    return a.is_a("activity") || a.has(Flag::lesson) || (a.is_a("animal") && b.is_a("animal")) ||
           (a.is_a("toy") && a.entry && !a.entry->verb.empty() && b.is_a("place")) ||
           ((a.is_a("animal") || a.is_a("nature")) && b.is_a("activity"));
}

std::string wanted_verb(const ResolvedCard& noun) {
    if (noun.entry && !noun.entry->wanted.empty() && noun.verb == noun.entry->verb)
        return std::string(noun.entry->wanted);
    return implied_verb(noun);
}

const lexicon::Entry* done_as_verb(const ResolvedCard& noun) {
    if (!noun.is_a("activity")) return nullptr;
    const lexicon::Entry* e = lexicon::find(noun.label + "하다");
    return e && e->pos == lexicon::Pos::verb ? e : nullptr;
}

bool wanted_for(const ResolvedCard& animal, const ResolvedCard& food) {
    return animal.kind == Kind::noun && animal.is_a("animal") && !animal.is_a("person") &&
           food.kind == Kind::noun &&
           (food.has(Flag::feed) || food.is_a("food") || food.is_a("drink"));
}

bool wanted_for_either(const ResolvedCard& a, const ResolvedCard& b) {
    return wanted_for(a, b) || wanted_for(b, a);
}

const char* to_string(Kind kind) {
    switch (kind) {
        case Kind::noun:
            return "noun";
        case Kind::verb:
            return "verb";
        case Kind::adjective:
            return "adjective";
        case Kind::copula:
            return "copula";
        case Kind::particle:
            return "particle";
        case Kind::want:
            return "want";
        case Kind::give:
            return "give";
        case Kind::attempt:
            return "attempt";
        case Kind::negative:
            return "negative";
        case Kind::cannot:
            return "cannot";
        case Kind::question:
            return "question";
        case Kind::past:
            return "past";
        case Kind::permission:
            return "permission";
        case Kind::finished:
            return "finished";
        case Kind::choice:
            return "choice";
        case Kind::connective:
            return "connective";
        case Kind::plain_speech:
            return "plain_speech";
        case Kind::determiner:
            return "determiner";
        case Kind::adverb:
            return "adverb";
        case Kind::interjection:
            return "interjection";
    }
    return "noun";
}

namespace {

// Whether a word's last syllable has no final consonant (의사, 엄마): its subject particle is 가.
bool ends_in_vowel(std::string_view word) {
    std::size_t end = word.size();
    const auto final = end ? hangul::final_of(hangul::previous(word, end)) : std::nullopt;
    return final && *final == hangul::Final::none;
}

// Whether `label` is a verb or an adjective whose object may be a body part (닦다, 보다), or, with
// `or_subject`, whose subject may be (아프다).
bool names_body(std::string_view label, bool or_subject) {
    const lexicon::Entry* e = lexicon::find(label);
    if (!e || (e->pos != lexicon::Pos::verb && e->pos != lexicon::Pos::adjective)) return false;
    for (const auto& slot : e->frame) {
        if (slot.role != Role::object && !(or_subject && slot.role == Role::subject)) continue;
        for (const auto& c : slot.classes) {
            if (c == "body") return true;
        }
    }
    return false;
}

}  // namespace

Result<std::vector<ResolvedCard>> resolve(const std::vector<Card>& cards) {
    if (cards.empty()) return make_error("no_cards", "there are no cards to make a sentence from");
    if (cards.size() > kMaxCards) {
        return make_error("too_many_cards", "a sentence may have at most % cards, not %",
                          {std::to_string(kMaxCards), std::to_string(cards.size())});
    }
    std::vector<ResolvedCard> out;
    out.reserve(cards.size());
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const Card& card = cards[i];
        const auto where = [i] { return "card " + std::to_string(i + 1); };  // for an error only
        if (!hangul::valid_utf8(card.label) || !hangul::valid_utf8(card.pos) ||
            !hangul::valid_utf8(card.noun_class) || !hangul::valid_utf8(card.verb)) {
            return make_error("invalid_utf8", "% is not valid UTF-8 text", {where()});
        }
        if (const std::string_view verb = tsv::trim(card.verb);
            !verb.empty() && !conjugate::conjugate(verb, conjugate::Form::connective)) {
            return make_error("not_dictionary_form",
                              "%: its verb '%' must be in dictionary form (-다), such as 타다",
                              {where(), verb});
        }
        // (made where it stays: `out` has room for every card, so the one before stays put too)
        ResolvedCard& r = out.emplace_back();
        const ResolvedCard* before = out.size() > 1 ? &out[out.size() - 2] : nullptr;
        r.label = std::string(tsv::trim(card.label));
        r.lemma = r.label;
        if (r.label.empty()) return make_error("empty_label", "% has an empty label", {where()});
        if (const std::string_view cls = tsv::trim(card.noun_class); !cls.empty()) {
            const lexicon::NounClass* known = lexicon::find_class(cls);
            if (!known) {
                return make_error("unknown_class", "%: '%' is not a noun class Malmoi knows",
                                  {where(), cls});
            }
            r.classes.push_back(known->name);  // the table's own text, not the card's
        }
        const bool after_noun = before && before->kind == Kind::noun;
        const bool after_predicate = before && (before->predicate() || before->kind == Kind::want ||
                                                before->kind == Kind::give);
        const std::string pos_name = std::string(tsv::trim(card.pos));
        if (!pos_name.empty()) {
            auto pos = lexicon::parse_pos(pos_name);
            if (!pos) return Error{pos.error().code, where() + ": " + pos.error().message};
            auto annotated = resolve_annotated(std::move(r), *pos);
            if (!annotated)
                return Error{annotated.error().code, where() + ": " + annotated.error().message};
            r = std::move(annotated).value();
            // A deck's 주다 annotated as a verb still asks for the action after a verb.
            grammar_after_verb(r, after_predicate);
            finish(r, card, i);
            continue;
        }
        const lexicon::Entry* e = lexicon::find(r.label);
        // After a noun, a particle card is a particle (이 is the particle, not the tooth), but a
        // word the lexicon knows stays itself unless it is one of the particles boards carry (보다
        // is the verb, 라면 the noodles). (The list is searched only for a known word after a
        // noun, the one card that asks: a search for every card cost about 170 instructions.)
        const auto card_particle = [&] {
            return std::find(std::begin(kCardParticles), std::end(kCardParticles), r.label) !=
                   std::end(kCardParticles);
        };
        // 나 이 닦다, 저 이 흔들리다: 이 after the speaker (who takes 가, never 이) and before a
        // verb done to or said of a body part is the tooth (나는 이를 닦아요, 저는 이가 흔들려요);
        // so is 이 after another noun that takes 가 and before a verb done to a body part (의사 이
        // 보다 주다 → 의사 선생님, 이를 봐 주세요; but 배 이 아프다 is 배가 아파요, the particle
        // tapped wrong).
        const bool speaker = after_noun && before->pronoun && before->entry &&
                             before->entry->has(lexicon::Flag::speaker);
        const bool tooth =
            after_noun && e && e->is_a("body") && i + 1 < cards.size() &&
            ((speaker && names_body(tsv::trim(cards[i + 1].label), true)) ||
             (ends_in_vowel(before->label) && names_body(tsv::trim(cards[i + 1].label), false)));
        // 안 between a noun and a particle card of where is the inside, not the negation: 상자 안
        // 에 공 넣다 → 상자 안에 공을 넣어요 (said as 속 is: a place said of the noun before it).
        if (after_noun && e && e->has(lexicon::Flag::negative) && i + 1 < cards.size()) {
            const std::string_view next = tsv::trim(cards[i + 1].label);
            if (next == "에" || next == "에서" || next == "으로" || next == "로") {
                if (const lexicon::Entry* inside = lexicon::find("속")) e = inside;
            }
        }
        // (A polite verb form is that verb, though it reads as particles too: 엄마 와요 is 오다,
        // not 와 and 요. Asked last, and not of the particle 요 or 이요 itself, so a card of those
        // builds no table of polite forms.)
        const auto polite_verb = [&] {
            return !e && ends_with(r.label, "요") && !particle::same_particle(r.label, "이요/요") &&
                   !dictionary_form_of(r.label).empty();
        };
        if (after_noun && (!e || card_particle()) && particle::is_particle(r.label) && !tooth &&
            !polite_verb()) {
            r.kind = Kind::particle;
            r.known = true;
        } else if (e) {
            r.entry = e;
            r.kind = kind_of(*e, r.label);
            r.known = true;
            r.pronoun = e->pos == lexicon::Pos::pronoun;
            if (r.classes.empty()) r.classes.assign(e->classes.begin(), e->classes.end());
            grammar_after_verb(r, after_predicate);
        } else if (r.label == "?" || r.label == "？") {
            r.kind = Kind::question;
            r.known = true;
        } else if (particle::is_particle(r.label) && !polite_verb()) {
            r.kind = Kind::particle;
            r.known = true;
        } else if (!resolve_predicate(r)) {
            r.kind = Kind::noun;  // a noun the lexicon does not know: its role comes from the verb
            resolve_shape(r);
        }
        finish(r, card, i);
    }
    attempts_after_verbs(out);
    compound_heads(out, cards);
    all_together(out);
    manner_next_to_verbs(out);
    degree_with_predicates(out);
    return out;
}

bool together_word(std::string_view label) {
    return label == "같이" || label == "함께";
}

}  // namespace malmoi
