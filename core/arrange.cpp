#include "arrange.hpp"

#include <algorithm>
#include <cstdint>

#include "particle.hpp"
#include "small_sort.hpp"

namespace malmoi {

namespace {

bool is_noun(const std::vector<ResolvedCard>& cards, int i) {
    return i >= 0 && i < static_cast<int>(cards.size()) &&
           cards[static_cast<std::size_t>(i)].kind == Kind::noun;
}

// Minutes alone say how long (30분 기다리다), said right before the verb, after what it is done
// to: 텔레비전을 30분 봐요 (with the hour before, 10시 30분, they say when).
bool duration(const std::vector<ResolvedCard>& cards, int i) {
    const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
    if (c.kind != Kind::noun || c.entry || !c.is_a("time") || c.has(Flag::at) ||
        c.label.size() < 4 || c.label.compare(c.label.size() - 3, 3, "분") != 0)
        return false;
    return !(i > 0 && cards[static_cast<std::size_t>(i) - 1].is_a("time"));
}

// Whether card i is a time word said of the verb right before it (flags prior and later: 자다 전
// → 자기 전에, 먹다 다음 → 먹은 다음에), which stays right after that verb. When that verb is the
// only predicate, it is when the sentence is, said first: 누구 부르다 다음 → 다음에 누구를
// 불러요? (but 동화책 읽다 자다 전 → 자기 전에 동화책을 읽어요).
bool after_its_verb(const std::vector<ResolvedCard>& cards, int i) {
    const auto at = static_cast<std::size_t>(i);
    return i > 0 && at < cards.size() && cards[at].kind == Kind::noun &&
           (cards[at].has(Flag::prior) || cards[at].has(Flag::later)) &&
           cards[at - 1].kind == Kind::verb &&
           std::count_if(cards.begin(), cards.end(),
                         [](const ResolvedCard& c) { return c.predicate(); }) > 1;
}

// A time word that is a time and nothing else here (어제, 4시, 월요일; 아침 is also a meal, 졸업식
// also where, and a noun with a particle card keeps its place; minutes alone are how long).
bool pure_time(const std::vector<ResolvedCard>& cards, int i) {
    const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
    if (c.kind != Kind::noun || c.classes.size() != 1 || c.classes.front() != "time" ||
        c.has(Flag::wh) || c.has(Flag::venue) || duration(cards, i))
        return false;
    const auto kind_at = [&](int k) {
        return k >= 0 && k < static_cast<int>(cards.size())
                   ? cards[static_cast<std::size_t>(k)].kind
                   : Kind::interjection;
    };
    // A noun with a particle card other than 에 (주말 에 is when), a counter after its number
    // (몇 시), a choice (오늘 말고 내일) and one said of the verb before it (자다 전) keep their
    // place.
    if ((kind_at(i + 1) == Kind::particle &&
         cards[static_cast<std::size_t>(i) + 1].label != "에") ||
        kind_at(i + 1) == Kind::choice || kind_at(i - 1) == Kind::choice ||
        after_its_verb(cards, i) ||
        (c.has(Flag::relational) && kind_at(i - 1) == Kind::noun))  // (계산 전)
        return false;
    // (A number before it counts it only when it is a counter: 열 시, but 열 오늘 is a fever
    // today.)
    return !(i > 0 && cards[static_cast<std::size_t>(i) - 1].has(Flag::number) &&
             c.has(Flag::counter));
}

bool together(const ResolvedCard& c) {
    return c.kind == Kind::adverb && together_word(c.label);
}

// 같이 right after someone it may mean (엄마 같이 가다), which goes with that noun; after a thing
// (만두 같이 만들다) it is the clause's, and goes with whoever is with the child.
bool together_with_noun(const std::vector<ResolvedCard>& cards, int i) {
    if (!together(cards[static_cast<std::size_t>(i)]) || i == 0 || !is_noun(cards, i - 1))
        return false;
    const ResolvedCard& x = cards[static_cast<std::size_t>(i) - 1];
    // (not an animal the next verb is done to and not done with: 말 같이 보다 가다)
    for (std::size_t k = static_cast<std::size_t>(i) + 1; k < cards.size(); ++k) {
        if (cards[k].kind != Kind::verb) continue;
        if (cards[k].entry && seen_not_joined(cards[k].entry->frame, x)) return false;
        break;
    }
    return x.is_a("person") || x.is_a("animal") || x.pronoun || !x.known;
}

// The nouns `first` picks, then the others, each in their order (a stable partition small enough
// for the wasm module: a clause has a few nouns).
// Which nouns are picked is asked of each in turn before any moves (some ask where the others
// are), as bits: a clause has at most kMaxCards nouns. Then they move in place, with no copy made.
static_assert(kMaxCards <= 64, "to_front keeps a bit per noun");
void move_to_front(std::vector<int>& nouns, std::uint64_t picked) {
    std::size_t put = 0;
    for (std::size_t j = 0; j < nouns.size() && j < 64; ++j) {
        if (((picked >> j) & 1U) == 0) continue;
        const int noun = nouns[j];
        for (std::size_t m = j; m > put; --m) nouns[m] = nouns[m - 1];
        nouns[put++] = noun;
    }
}

template <class First>
void to_front(std::vector<int>& nouns, First first) {
    std::uint64_t picked = 0;
    for (std::size_t j = 0; j < nouns.size() && j < 64; ++j) {
        if (first(nouns[j])) picked |= std::uint64_t{1} << j;
    }
    move_to_front(nouns, picked);
}

}  // namespace

int verb_source(const std::vector<ResolvedCard>& cards, const std::vector<int>& nouns) {
    // (A meal that is also a time, 저녁, says the verb only when no other thing does: 떡볶이 싶다
    // 저녁 → 저녁에 떡볶이 먹고 싶어요.)
    // (A place says where, when a thing there says what: 야구장 치킨 싶다 → 야구장에서 치킨 먹고
    // 싶어요; 냇가 올챙이 싶다 → 냇가에서 올챙이 보고 싶어요.)
    const auto rank = [&](int n) {
        const ResolvedCard& c = cards[static_cast<std::size_t>(n)];
        return c.is_a("activity")                  ? 3
               : c.is_a("person")                  ? 0
               : c.is_a("time") || c.is_a("place") ? 1
                                                   : 2;
    };
    int from = -1;
    for (int i : nouns) {
        const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
        const bool with = static_cast<std::size_t>(i) + 1 < cards.size() &&
                          together_word(cards[static_cast<std::size_t>(i) + 1].label) &&
                          (c.is_a("person") || c.is_a("animal"));
        // (what a shop sells says which shop, not what to do: 신발 가게 싶다 → 가다; so does
        // what names a school: 피아노 학원 싶다 → 가다)
        const bool sold = static_cast<std::size_t>(i) + 1 < cards.size() &&
                          (cards[static_cast<std::size_t>(i) + 1].has(Flag::shop) ||
                           names_kind_of(c, cards[static_cast<std::size_t>(i) + 1]));
        if (with || sold || c.has(Flag::wh) || c.has(Flag::speaker) || implied_verb(c).empty())
            continue;
        if (from < 0 || rank(i) >= rank(from)) from = i;
    }
    return from;
}

bool seen_not_joined(const std::vector<lexicon::Slot>& frame, const ResolvedCard& noun) {
    if (!noun.is_a("animal") || noun.is_a("person")) return false;
    const auto names = [&](Role role) {
        return std::any_of(frame.begin(), frame.end(), [&](const lexicon::Slot& slot) {
            return slot.role == role && slot_names(slot, noun);
        });
    };
    return names(Role::object) && !names(Role::companion);
}

bool addressed(const ResolvedCard& person) {
    return person.kind == Kind::noun && person.is_a("person") && !person.pronoun &&
           (person.has(Flag::elder) || person.has(Flag::title) || person.has(Flag::household)) &&
           !person.has(Flag::younger);
}

bool happening(const std::vector<ResolvedCard>& cards, const std::vector<int>& nouns, int i) {
    const ResolvedCard& noun = cards[static_cast<std::size_t>(i)];
    if (!noun.has(Flag::event)) return false;
    return !noun.is_a("body") || std::all_of(nouns.begin(), nouns.end(), [&](int j) {
        const ResolvedCard& x = cards[static_cast<std::size_t>(j)];
        return j == i || x.is_a("time") || (x.is_a("place") && !x.is_a("body"));
    });
}

bool says_what_happens(const ResolvedCard& noun, const ResolvedCard& predicate) {
    return noun.has(Flag::event) && noun.entry && noun.entry->verb == predicate.lemma;
}

bool belonging(const ResolvedCard& noun) {
    return noun.kind == Kind::noun &&
           (noun.is_a("thing") || noun.is_a("tool") || noun.is_a("toy") || noun.is_a("clothing") ||
            noun.is_a("food"));
}

bool looked_after(const ResolvedCard& person) {
    return person.is_a("person") && (person.has(Flag::young) || person.has(Flag::younger));
}

bool counted_by(const std::vector<ResolvedCard>& cards, int i) {
    return i > 0 && cards[static_cast<std::size_t>(i)].has(Flag::counter) &&
           cards[static_cast<std::size_t>(i) - 1].has(Flag::number);
}

bool asked_for(const ResolvedCard& noun) {
    return noun.is_a("food") || noun.is_a("drink") || noun.is_a("tool");
}

bool calls_again(const std::vector<ResolvedCard>& cards, std::size_t count, const ResolvedCard& c) {
    // (not what someone is, a part played: 술래 술래 누나 says who it is)
    return count > 0 && c.kind == Kind::noun && c.is_a("person") && !c.pronoun &&
           !c.has(Flag::status) &&
           std::all_of(cards.begin(), cards.begin() + static_cast<std::ptrdiff_t>(count),
                       [&](const ResolvedCard& b) { return b.label == c.label; });
}

bool hurries_again(const std::vector<ResolvedCard>& cards, std::size_t count,
                   const ResolvedCard& c) {
    return count > 0 && c.has(Flag::urges) && cards[count - 1].label == c.label;
}

namespace {
// How many cards at the start call someone again and again (엄마 엄마 …), or 0.
int called_run(const std::vector<ResolvedCard>& cards) {
    std::size_t run = cards.empty() ? 0 : 1;
    while (run < cards.size() && calls_again(cards, run, cards[run])) ++run;
    return run >= 2 && calls_again(cards, 1, cards[1]) ? static_cast<int>(run) : 0;
}
}  // namespace

bool requestable(const ResolvedCard& noun) {
    static constexpr std::string_view kinds[] = {"food", "drink",    "toy",  "thing",
                                                 "tool", "clothing", "media"};
    for (std::string_view k : kinds) {
        if (noun.is_a(k)) return true;
    }
    return false;
}

namespace {

// Whether the predicate's frame has a slot of `role` at all.
bool frame_has(const ResolvedCard& predicate, Role role) {
    return predicate.entry &&
           std::any_of(predicate.entry->frame.begin(), predicate.entry->frame.end(),
                       [&](const lexicon::Slot& slot) { return slot.role == role; });
}

// The slot of `role` in the predicate's frame whose list names the class `name` outright, or null.
const lexicon::Slot* slot_listing(const ResolvedCard& predicate, Role role, std::string_view name) {
    if (!predicate.entry) return nullptr;
    for (const lexicon::Slot& slot : predicate.entry->frame) {
        if (slot.role == role &&
            std::find(slot.classes.begin(), slot.classes.end(), name) != slot.classes.end())
            return &slot;
    }
    return nullptr;
}

}  // namespace

bool posture(const ResolvedCard& verb) {
    return verb.kind == Kind::verb && verb.has(Flag::seo) &&
           slot_listing(verb, Role::at, "furniture") && !frame_has(verb, Role::object);
}

bool coloured_with(const ResolvedCard* predicate, const ResolvedCard& colour) {
    return predicate && colour.is_a("color") && slot_listing(*predicate, Role::instrument, "color");
}

bool thanks(const ResolvedCard& predicate) {
    if (predicate.has(Flag::greets)) return true;
    return predicate.kind == Kind::adjective && frame_has(predicate, Role::recipient);
}

namespace {

// Whether a slot of `role` in the predicate's frame names a class of the noun.
bool frame_names(const ResolvedCard& predicate, const ResolvedCard& noun, Role role) {
    if (!predicate.entry) return false;
    for (const auto& slot : predicate.entry->frame) {
        if (slot.role == role && slot_names(slot, noun)) return true;
    }
    return false;
}

// Whether a slot that says where (is_where_role) in the predicate's frame names a class of the
// noun.
bool frame_names_where(const ResolvedCard& predicate, const ResolvedCard& noun) {
    if (!predicate.entry) return false;
    for (const auto& slot : predicate.entry->frame) {
        if (is_where_role(slot.role) && slot_names(slot, noun)) return true;
    }
    return false;
}

// Whether the predicate's frame has a slot of `role` for the noun: one naming its class, or open.
bool takes(const ResolvedCard& predicate, const ResolvedCard& noun, Role role = Role::object) {
    if (!predicate.entry) return false;
    for (const auto& slot : predicate.entry->frame) {
        if (slot.role == role && (slot.open || slot_names(slot, noun))) return true;
    }
    return false;
}

// Whether a slot other than the object names a class of the noun (so an open object slot does
// not take it).
bool named_beside_object(const ResolvedCard& predicate, const ResolvedCard& noun) {
    if (!predicate.entry) return false;
    return std::any_of(predicate.entry->frame.begin(), predicate.entry->frame.end(),
                       [&](const lexicon::Slot& slot) {
                           return slot.role != Role::object && slot_names(slot, noun);
                       });
}

// Whether the first slot of the predicate's frame that names the noun as who does it or with
// whom is the companion's (놀다 with:person … subj:person).
bool companion_first(const ResolvedCard& predicate, const ResolvedCard& noun) {
    if (!predicate.entry) return false;
    for (const auto& slot : predicate.entry->frame) {
        if ((slot.role == Role::companion || slot.role == Role::subject) && slot_names(slot, noun))
            return slot.role == Role::companion;
    }
    return false;
}

// Whether the cards tell of the past (어제, the past card).
bool told(const std::vector<ResolvedCard>& cards) {
    return std::any_of(cards.begin(), cards.end(), [](const ResolvedCard& c) {
        return c.kind == Kind::past || c.has(Flag::past);
    });
}

// An action done to a person (때리다, 놀리다): who does it, or -1. A person or animal tapped before
// it that is not the speaker does it, and the speaker tapped after the verb is who it is done to
// (형 때리다 나 → 형이 나를 때렸어요); so does one tapped after it with the speaker after them, as
// children report what was done to them (밀다 친구 나 → 친구가 나를 밀었어요). The latter also
// for any verb done to someone (done_to_someone: 던지다 공 형 나 → 형이 나한테 공을 던져요).
int agent_before(const std::vector<ResolvedCard>& cards, const std::vector<int>& nouns,
                 int predicate) {
    if (predicate < 0) return -1;
    const ResolvedCard& p = cards[static_cast<std::size_t>(predicate)];
    // (Never a verb done humbly to an elder, flag humble: 선생님 드리다 편지 나 → 나는 선생님께
    // 편지를 드려요.)
    if (p.has(Flag::humble)) return -1;
    // (a verb done to someone, not flagged: only with the speaker after it, and not wanted: 보다
    // 싶다 할머니 나 → 나는 할머니 보고 싶어요)
    const bool agent = p.has(Flag::agent);
    // (So does giving or a favour told after the fact, to the speaker tapped after it: 친구 편지
    // 주다 나 어제 → 어제 친구가 나한테 편지를 줬어요.)
    // (And giving now, from someone tapped first whom the child does not ask, not called: 아저씨
    // 포도 주다 나 → 아저씨가 나한테 포도를 줘요; 엄마 우유 주다 나 asks her.)
    const ResolvedCard* first =
        nouns.empty() ? nullptr : &cards[static_cast<std::size_t>(nouns.front())];
    const bool from_other = p.has(Flag::give) && first && nouns.front() < predicate &&
                            first->is_a("person") && !first->pronoun &&
                            !first->has(Flag::speaker) && !addressed(*first);
    const bool given = (told(cards) || from_other) && (p.has(Flag::give) || p.has(Flag::request));
    if (!agent && !given &&
        (!done_to_someone(p, cards, nouns) ||
         std::any_of(cards.begin(), cards.end(),
                     [](const ResolvedCard& c) { return c.kind == Kind::want; })))
        return -1;
    const auto other = [&](int i) {
        const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
        return !x.has(Flag::speaker) && (x.is_a("person") || x.is_a("animal"));
    };
    for (int i : nouns) {
        if (agent && i < predicate && other(i)) return i;
    }
    for (int i : nouns) {
        // (an animal does it only with a verb of what animals do to people, flag agent: 물고기
        // 잡다 나 is the child catching the fish)
        if (!other(i) || (!agent && !cards[static_cast<std::size_t>(i)].is_a("person"))) continue;
        // (with a verb of what is done to people tapped first, whichever comes first: 넘어뜨리다
        // 나 친구 → 친구가 나를 넘어뜨렸어요)
        for (int j : nouns) {
            if ((j > i || (agent && i > predicate)) && j > predicate &&
                cards[static_cast<std::size_t>(j)].has(Flag::speaker))
                return i;
        }
    }
    return -1;
}

// Where a noun stands before its predicate in the order a teacher models: the time, who does it,
// the person with, to or from whom, the place, the instrument, what it is done to.
int modelled_rank(const std::vector<ResolvedCard>& cards, int i, int predicate, int agent,
                  bool thing_too, bool person_there) {
    const ResolvedCard& noun = cards[static_cast<std::size_t>(i)];
    const ResolvedCard& pred = cards[static_cast<std::size_t>(predicate)];
    if (duration(cards, i)) return 6;
    // Someone thanked, tapped after, is spoken to first, before when (생일 선물 고맙다 할머니 →
    // 할머니 생일 선물 고맙다: 할머니, 생일 선물 고마워요).
    if (thanks(pred) && (addressed(noun) || pred.has(Flag::greets)) && noun.is_a("person") &&
        !noun.pronoun && !noun.has(Flag::speaker) && i > predicate)
        return -1;
    // (a clock time after who does it, then: 11시 자다 아빠 → 아빠 11시 자다, 아빠는 11시에 자요;
    // so does a part of the day, not when it is what is eaten, and a clock time stays after it: 밤
    // 10시 자다 아빠 → 아빠는 밤 10시에 자요; but not with the child's particle cards, which keep
    // the order tapped, 9시 자다 사촌 집 에서, nor apart from another time before it, 내일 10시)
    const bool day_part =
        noun.is_a("time") && noun.is_a("food") && !frame_names(pred, noun, Role::object);
    if (pure_time(cards, i) || day_part)
        return (day_part || !noun.entry) && noun.has(Flag::at) &&
                       !(i > 0 && cards[static_cast<std::size_t>(i) - 1].is_a("time") &&
                         !cards[static_cast<std::size_t>(i) - 1].is_a("food")) &&
                       std::none_of(cards.begin(), cards.end(),
                                    [](const ResolvedCard& x) { return x.kind == Kind::particle; })
                   ? 2
                   : 0;
    // A noun the child marked as where (트램펄린 에서) is a place, whatever else it may be: 사촌
    // 밀다 나 트램펄린 에서 → 사촌 트램펄린 에서 나 밀다.
    if (static_cast<std::size_t>(i) + 1 < cards.size() &&
        cards[static_cast<std::size_t>(i) + 1].kind == Kind::particle &&
        (cards[static_cast<std::size_t>(i) + 1].label == "에서" ||
         cards[static_cast<std::size_t>(i) + 1].label == "에"))
        return 3;
    // A noun that says what happens stays with its own verb (열 나다 동생 → 동생 열 나다).
    if (says_what_happens(noun, pred)) return 6;
    // What one becomes (되다) stays right before it, and the one tapped after the verb is who
    // becomes it: 개구리 되다 올챙이 → 올챙이 개구리 되다 (올챙이가 개구리가 돼요).
    if (frame_has(pred, Role::complement))
        return i > predicate && !noun.has(Flag::status) ? 1 : 4;  // (의사 is what one becomes)
    const bool living = noun.is_a("person") || noun.is_a("animal");
    // Where something is comes before it (크다 곰 있다 산 → 산에 큰 곰이 있어요), but someone is
    // said where they are (할머니 있다 집 → 할머니가 집에 계세요).
    if (pred.has(Flag::exp) && pred.kind == Kind::verb && frame_names(pred, noun, Role::at) &&
        !living && !person_there)
        return 0;
    // (the one it is done to, as what it is done to; or towards: 형이 나한테 공을 던져요)
    // (the speaker right after a body part or a belonging owns it, and goes before it: 벌 쏘다 손
    // 나 → 벌 나 손 쏘다, 벌이 내 손을 쏴요, as arranging it again would; so does one with who
    // does it between: 부르다 이름 선생님 나 → 선생님 나 이름 부르다, 선생님이 내 이름을 부르세요)
    // (so does anyone right after a body part: 오리 물다 손가락 동생 → 오리가 동생 손가락을)
    const int owned = i > 1 && i - 1 == agent ? i - 2 : i - 1;
    if (agent >= 0 && living && i != agent && owned >= 0 && is_noun(cards, owned)) {
        const ResolvedCard& part = cards[static_cast<std::size_t>(owned)];
        if (part.is_a("body") ||
            (noun.has(Flag::speaker) && (part.has(Flag::someones) || belonging(part))))
            return 4;
    }
    if (agent >= 0 && living) return i == agent ? 1 : frame_names(pred, noun, Role::object) ? 5 : 2;
    // (a baby or a younger sibling looked after is whom, after who looks after them: 먹이다 우유
    // 아기 엄마 → 엄마 아기 우유 먹이다)
    if (living && pred.has(Flag::tends) && std::any_of(cards.begin(), cards.end(), looked_after))
        return looked_after(noun) ? 2 : 1;
    // A person with an animal or a thing the verb may act on: the person does it (보다 고양이 동생
    // → 동생 고양이 보다; 그리다 그림 선생님 → 선생님 그림 그리다).
    if (thing_too && noun.is_a("person") && frame_names(pred, noun, Role::subject)) return 1;
    // So does an animal with a thing (타다 쳇바퀴 햄스터 → 햄스터 쳇바퀴 타다), and one no person
    // does it with is what the person does it to (사다 햄스터 아빠 → 아빠 햄스터 사다).
    const bool animal = living && !noun.is_a("person");
    const bool subject = frame_names(pred, noun, Role::subject);
    if (animal && subject && !person_there &&
        std::any_of(cards.begin(), cards.end(), [&](const ResolvedCard& x) {
            return x.kind == Kind::noun && !x.is_a("person") && !x.is_a("animal") &&
                   frame_names(pred, x, Role::object);
        }))
        return 1;
    // (an animal given to, after the person who gives: 먹이다 약 강아지 엄마 → 엄마 강아지 약
    // 먹이다, 엄마가 강아지한테 약을 먹여요)
    if (animal && !subject && person_there) return frame_names(pred, noun, Role::recipient) ? 2 : 5;
    if (frame_names(pred, noun, Role::object)) return 5;
    // A vehicle that goes by itself is who does it, before where: 출발하다 기차 역 → 기차 역
    // 출발하다 (기차가 역에서 출발해요), 오다 버스 유치원 → 버스가 유치원에 와요.
    if (noun.is_a("vehicle") && subject && !frame_names(pred, noun, Role::instrument)) return 1;
    // So is a place that ends or begins, with no one there: 2시 끝나다 학교 → 학교 2시 끝나다
    // (학교가 2시에 끝나요).
    if (noun.is_a("place") && subject && !person_there && !frame_names_where(pred, noun)) return 1;
    // (아침 when it is not what is eaten; 졸업식 is also where, after who: 누나 졸업식 울다)
    if (noun.is_a("time") && !noun.has(Flag::venue)) return 0;
    if (living) {
        const bool other =
            frame_names(pred, noun, Role::companion) || frame_names(pred, noun, Role::recipient);
        return other && !frame_names(pred, noun, Role::subject) ? 2 : 1;
    }
    // (a place made of a toy or a material tapped with it is what is made: 만들다 블록 집 → 블록 집
    // 만들다, 블록으로 집을 만들어요)
    if (pred.has(Flag::makes) && noun.is_a("place") &&
        std::any_of(cards.begin(), cards.end(), [&](const ResolvedCard& x) {
            return &x != &noun && x.kind == Kind::noun && (x.is_a("toy") || x.is_a("material"));
        }))
        return 5;
    // (how one goes comes before where to: 가다 미술관 지하철 → 지하철 미술관 가다, 지하철로
    // 미술관에 가요)
    if (pred.has(Flag::motion) && noun.is_a("vehicle") && frame_names(pred, noun, Role::instrument))
        return 2;
    if (frame_names_where(pred, noun)) return 3;
    if (frame_names(pred, noun, Role::instrument)) return 4;
    // (a place any verb happens at: 날리다 연 공원 → 공원 연 날리다, 공원에서 연을 날려요; so is an
    // event held somewhere, flag venue: 부르다 노래 졸업식 → 졸업식에서 노래를 불러요)
    return noun.is_a("place") || noun.has(Flag::venue) ? 3 : 5;
}

}  // namespace

int frame_fit(const ResolvedCard& predicate, const ResolvedCard& noun) {
    if (!predicate.entry) return predicate.kind == Kind::copula ? 0 : 1;
    int best = 0;
    for (const auto& slot : predicate.entry->frame) {
        for (const auto& c : slot.classes) {
            if (noun.is_a(c)) return 2;
        }
        if (slot.open) best = 1;
    }
    return best;
}

namespace {

// Whether a card is a word that points at a thing (이거, 저거, 그거), said as its determiner (이,
// 저, 그) right before the thing (not 뭐, whose determiner 무슨 asks).
bool pointing_word(const ResolvedCard& c) {
    return c.kind == Kind::noun && c.pronoun && c.is_a("thing") && !c.has(Flag::wh) &&
           !determiner_form(c.label).empty();
}

// Whether card i is 우리 right before what it owns: home, the family, an elder or one of the
// household, what is always someone's (우리 집, 우리 가족, 우리 엄마, 우리 반). The two go together
// wherever the arranging puts them (가다 스키장 우리 가족 주말 → 우리 가족 주말 스키장 가다).
bool ours(const std::vector<ResolvedCard>& cards, int i) {
    const auto at = static_cast<std::size_t>(i);
    if (i < 0 || at + 1 >= cards.size() || cards[at].kind != Kind::noun || !cards[at].pronoun ||
        !cards[at].has(Flag::household) || cards[at + 1].kind != Kind::noun ||
        cards[at + 1].pronoun)
        return false;
    const ResolvedCard& b = cards[at + 1];
    return b.has(Flag::home) || (b.has(Flag::someones) && !b.is_a("time")) ||
           (b.is_a("person") && (b.has(Flag::elder) || b.has(Flag::household)));
}

// Whether card i is a thing right before a shop, which says what it sells (신발 가게): the two
// go together wherever the shop goes.
bool sold_at(const std::vector<ResolvedCard>& cards, int i) {
    const auto at = static_cast<std::size_t>(i);
    // (the shop asked of first: most nouns are before none, and requestable() asks seven classes)
    return i >= 0 && at + 1 < cards.size() && cards[at].kind == Kind::noun && !cards[at].pronoun &&
           cards[at + 1].kind == Kind::noun && cards[at + 1].has(Flag::shop) &&
           requestable(cards[at]);
}

// Whether verb i, tapped first in its part (after nothing but when or how), right before a thing it
// acts on, says which thing, where the next verb acts on that thing too: 찾다 사탕 먹다 → 찾은
// 사탕을 먹어요, 어제 사다 책 다 읽다 → 어제 산 책을 다 읽었어요. The cards are in the order of
// the phrase they make, and what was done to the thing is its past modifier
// (kDoneTo). It may be two steps (병을 씻어서 버려요), so it is a guess.
// (A verb done to things at large, its object slot naming thing, is done to anything: 찾다, 사다;
// not 먹다, which is done to food: 먹다 텔레비전 보다 is no 먹은 텔레비전.)
bool done_to_any_thing(const ResolvedCard& verb) {
    const lexicon::Slot* object = slot_listing(verb, Role::object, "thing");
    return object && object->open;
}

bool done_to_before(const std::vector<ResolvedCard>& cards, const Structure& s, int i) {
    const auto n = static_cast<int>(cards.size());
    const auto at = [&](int x) -> const ResolvedCard& {
        return cards[static_cast<std::size_t>(x)];
    };
    const auto same_part = [&](int x) {
        return x >= 0 && x < n &&
               s.segment_of[static_cast<std::size_t>(x)] ==
                   s.segment_of[static_cast<std::size_t>(i)];
    };
    const ResolvedCard& verb = at(i);
    if (verb.kind != Kind::verb || s.modifier[static_cast<std::size_t>(i)] ||
        verb.has(Flag::describes) || verb.has(Flag::doing) || changes_state(verb) ||
        !is_noun(cards, i + 1) || at(i + 1).pronoun || at(i + 1).is_a("activity") ||
        !(frame_names(verb, at(i + 1), Role::object) || done_to_any_thing(verb)))
        return false;
    for (int x = i - 1; same_part(x); --x) {
        if (at(x).kind != Kind::adverb && !(at(x).kind == Kind::noun && at(x).is_a("time")))
            return false;
    }
    int j = i + 2;
    while (same_part(j) && (at(j).kind == Kind::adverb || at(j).kind == Kind::finished ||
                            at(j).kind == Kind::negative))
        ++j;
    // (not going or coming, which is what for: 보다 불꽃놀이 가다 → 불꽃놀이를 보러 가요; nor
    // helping, which is with what: 도와주다 가방 닫다 → 가방을 닫는 거 도와주세요)
    return same_part(j) && at(j).kind == Kind::verb && at(j).label != verb.label &&
           !at(j).has(Flag::motion) && frame_names(at(j), at(i + 1), Role::object);
}

}  // namespace

namespace {

// Lists analyse() and arrange() refill for each sentence, kept from one to the next.
struct Kept {
    std::vector<int> predicates;  // analyse()'s
    Structure structure;          // arrange()'s, and the lists below
    std::vector<int> order, lead, nouns, rank;
    std::vector<char> placed;
};

Kept& kept() {
    static thread_local Kept lists;
    return lists;
}

}  // namespace

bool forbids(const Clause& c) {
    return c.permission >= 0 && c.predicate >= 0 && c.negative > c.predicate;
}

Structure analyse(const std::vector<ResolvedCard>& cards) {
    Structure out;
    analyse(cards, out);
    return out;
}

void analyse(const std::vector<ResolvedCard>& cards, Structure& out) {
    const int n = static_cast<int>(cards.size());
    out.clauses.clear();
    out.clause_of.assign(cards.size(), -1);
    out.modifier.assign(cards.size(), false);
    out.segment_of.assign(cards.size(), 0);
    const auto card = [&](int i) -> const ResolvedCard& {
        return cards[static_cast<std::size_t>(i)];
    };

    int segment = 0;
    for (int i = 0; i < n; ++i) {
        if (card(i).kind == Kind::connective) ++segment;
        out.segment_of[static_cast<std::size_t>(i)] = segment;
    }

    // An adjective right before a noun (or a determiner and a noun) modifies it when something
    // after that noun is the clause's predicate or its request: 작다 컵 주다 → 작은 컵 주세요.
    // Without one, the adjective is the predicate (예쁘다 꽃 → 꽃이 예뻐요); 춥다 and other
    // feelings are not things' qualities (춥다 옷 입다 → 추워서 옷을 입어요).
    // So does a verb that describes (신나다 노래 듣다 → 신나는 노래를 들어요) or tells what became
    // of a thing (젖다 양말 벗다 → 젖은 양말을 벗어요).
    for (int i = 0; i + 1 < n; ++i) {
        const bool describes = card(i).kind == Kind::adjective ||
                               (card(i).kind == Kind::verb &&
                                (card(i).has(Flag::describes) || changes_state(card(i))));
        // (A feeling does describe an animal it is said of, where a verb after says what the
        // animal does: 아프다 고양이 병원 오다 → 아픈 고양이가 병원에 와요.)
        const bool feeling_animal =
            card(i).kind == Kind::adjective && card(i).has(Flag::feeling) &&
            is_noun(cards, i + 1) && card(i + 1).is_a("animal") && !card(i + 1).is_a("person") &&
            std::any_of(cards.begin() + i + 2, cards.end(),
                        [](const ResolvedCard& c) { return c.kind == Kind::verb; });
        if (!describes || (card(i).has(Flag::feeling) && !feeling_animal) ||
            (card(i).kind == Kind::adjective && felt_on_body(card(i)) && !feeling_animal) ||
            thanks(card(i)))
            continue;  // 고맙다 선물 주다 thanks for the present, not 고마운 선물; 간지럽다 면봉
                       // is no tickly cotton swab
        int k = i + 1;
        while (k < n && card(k).kind == Kind::determiner) ++k;
        if (!is_noun(cards, k) || card(k).pronoun) continue;  // 싫다 나 가다: not 싫은 나
        // (Nor a body part the adjective is never said of, by its frame's subject classes: 시끄럽다
        // 귀 막다 → 시끄러워서 귀를 막아요, no noisy ears.)
        if (card(i).kind == Kind::adjective && card(k).is_a("body") && card(i).entry &&
            !card(i).has(Flag::reaction) &&  // (행복한 얼굴)
            std::any_of(card(i).entry->frame.begin(), card(i).entry->frame.end(),
                        [](const lexicon::Slot& slot) {
                            return slot.role == Role::subject && !slot.classes.empty();
                        }) &&
            !frame_names(card(i), card(k), Role::subject))
            continue;
        // (What became of a thing says which one only of a thing it can become of, its frame's
        // subject by class, and only with no such thing tapped right before it: 깨지다 컵, but
        // not 학교 끝나다 집 가다, 학교가 끝나서 집에 가요.)
        const auto became_of = [&](int x) {
            return x >= 0 && is_noun(cards, x) && frame_names(card(i), card(x), Role::subject);
        };
        // (Nor of a place, which nothing ends or breaks: 끝나다 놀이터 가다 is no 끝난 놀이터.)
        if (card(i).kind == Kind::verb && !card(i).has(Flag::describes) &&
            (!became_of(k) || became_of(i - 1) || card(k).is_a("place")))
            continue;
        bool later = false;
        for (int j = k + 1; j < n && out.segment_of[static_cast<std::size_t>(j)] ==
                                         out.segment_of[static_cast<std::size_t>(i)];
             ++j) {
            later = later || card(j).predicate() || card(j).kind == Kind::give ||
                    card(j).kind == Kind::want;
        }
        // (So it does when the two are one of a choice: 크다 거 아니면 작다 거 → 큰 거 아니면 작은
        // 거요?)
        const auto choice_at = [&](int j) { return j >= 0 && j < n && offers_choice(card(j)); };
        later = later || choice_at(k + 1) || choice_at(i - 1);
        // (So it does when the verb was tapped first and the noun ends its part: 먹다 시원하다 수박
        // → 시원한 수박을 먹어요, 주다 무겁다 이불 → 무거운 이불을 주세요; not a time, which says
        // when: 선물 받다 기쁘다 오늘 → 오늘 선물을 받아서 기뻐요.)
        const auto same_part = [&](int j) {
            return j >= 0 && j < n &&
                   out.segment_of[static_cast<std::size_t>(j)] ==
                       out.segment_of[static_cast<std::size_t>(i)];
        };
        if (!later && card(i).kind == Kind::adjective &&
            !(card(k).is_a("time") && !card(k).is_a("food"))) {
            bool ends = true;
            for (int j = k + 1; same_part(j); ++j) ends = ends && !card(j).content();
            bool verb_before = false;
            for (int j = i - 1; ends && same_part(j) && card(j).kind != Kind::adjective; --j)
                verb_before =
                    verb_before || card(j).kind == Kind::verb || card(j).kind == Kind::give;
            later = ends && verb_before;
        }
        // (So it does when it is tapped first, before a thing a child asks for and nothing else,
        // and tells one thing from another of its kind (flag sorts): 부드럽다 수건 → 부드러운
        // 수건이요, which one is wanted; but 무섭다 곰 → 곰이 무서워요, 맵다 짬뽕 → 짬뽕이
        // 매워요.)
        // (Tapped twice, it is said of the thing, stressed: 무겁다 무겁다 상자 → 상자가 무거워요.)
        // (Any such adjective does before a thing counted, which is asked for: 따뜻하다 보리차
        // 하나 → 따뜻한 보리차 하나요, not 보리차가 하나 따뜻해요.)
        if (!later && card(i).kind == Kind::adjective && !card(i).has(Flag::exp) &&
            !card(i).has(Flag::reaction) && !card(i).has(Flag::attitude) && !card(i).stressed &&
            std::none_of(cards.begin(), cards.begin() + i,
                         [](const ResolvedCard& c) { return c.content(); }) &&
            card(k).known && requestable(card(k)) && !card(k).is_a("person") &&
            !card(k).is_a("animal") && !card(k).is_a("body")) {
            bool alone = true, counted = false;
            for (int j = k + 1; j < n && alone; ++j) {
                // (a counter only after its number: 블록 상자 is a box)
                const bool count =
                    card(j).has(Flag::number) || (card(j).has(Flag::counter) && counted);
                counted = counted || count;
                alone = (!card(j).content() || count) && card(j).kind != Kind::particle;
            }
            later = alone && (card(i).has(Flag::sorts) || counted);
        }
        // (Nor one said of a thing tapped right before it, which is why: 벚꽃 예쁘다 사진 찍다
        // 싶다 → 벚꽃이 예뻐서 사진을 찍고 싶어요; not of a person or an animal, who may want
        // it: 엄마 예쁘다 옷 사다 → 엄마가 예쁜 옷을 사요; nor of a place, where: 산 크다 곰 있다 →
        // 산에 큰 곰이 있어요.)
        if (later && card(i).kind == Kind::adjective && i > 0 && is_noun(cards, i - 1) &&
            !card(i - 1).pronoun && !card(i - 1).is_a("person") && !card(i - 1).is_a("animal") &&
            !card(i - 1).is_a("time") && !card(i - 1).is_a("place") &&
            takes(card(i), card(i - 1), Role::subject))
            later = false;
        // (Not something that is or is not there, after its own noun, before what cannot be done
        // for it: 바람 없다 연 안 날다 → 바람이 없어서 연이 안 날아요, not 바람 없는 연.)
        if (later && card(i).has(Flag::exp) && i > 0 && is_noun(cards, i - 1)) {
            for (int j = k + 1; same_part(j); ++j)
                later = later && card(j).kind != Kind::negative && card(j).kind != Kind::cannot;
        }
        // (Nor one that says of the verb right before it that it is not wanted or hard (flag gi):
        // 가다 싫다 집 있다 → 가기 싫어요, not 싫은 집.)
        if (later && card(i).has(Flag::gi) && i > 0 && card(i - 1).kind == Kind::verb)
            later = false;
        out.modifier[static_cast<std::size_t>(i)] = later;
    }
    for (int i = 0; i + 2 < n; ++i) {
        if (done_to_before(cards, out, i)) out.modifier[static_cast<std::size_t>(i)] = kDoneTo;
    }

    // (The predicates are kept from one call to the next: analyse() is never re-entered. Each
    // clause's lists are allocated once, for at most the cards left, not grown one at a time.)
    std::vector<int>& predicates = kept().predicates;
    predicates.clear();
    for (int i = 0; i < n; ++i) {
        if (card(i).predicate() && !out.modifier[static_cast<std::size_t>(i)])
            predicates.push_back(i);
    }
    out.clauses.reserve(predicates.size() + 2);  // (and a wanted and a nominal clause)
    for (int p : predicates) {
        Clause c;
        c.predicate = p;
        out.clauses.push_back(c);
    }
    const auto clause_index = [&](int p) {
        for (std::size_t k = 0; k < predicates.size(); ++k) {
            if (predicates[k] == p) return static_cast<int>(k);
        }
        return -1;
    };
    // The predicates before and after card i in its own segment.
    const auto previous = [&](int i) {
        for (int k = static_cast<int>(predicates.size()) - 1; k >= 0; --k) {
            const int p = predicates[static_cast<std::size_t>(k)];
            if (p < i && out.segment_of[static_cast<std::size_t>(p)] ==
                             out.segment_of[static_cast<std::size_t>(i)])
                return p;
        }
        return -1;
    };
    const auto next = [&](int i) {
        for (int p : predicates) {
            if (p > i && out.segment_of[static_cast<std::size_t>(p)] ==
                             out.segment_of[static_cast<std::size_t>(i)])
                return p;
        }
        return -1;
    };
    int nominal = -1;  // the clause of a segment with no predicate, made when needed
    int nominal_segment = -1;
    // How the child feels, then what they want with no verb: the feeling is why (목마르다 물 싶다
    // → 목말라서 물 마시고 싶어요). The nouns after it and the 싶다 card are a clause of their own,
    // whose verb the nouns imply.
    int feeling = -1;
    int wanted = -1;  // that clause
    for (int i = 0; i < n && feeling < 0; ++i) {
        if (!feels(card(i)) || out.modifier[static_cast<std::size_t>(i)]) continue;
        bool nouns = false, grammar = false, predicate = false;
        // (With nothing but things after it, what would help is asked for: 춥다 담요 → 추우니까
        // 담요 주세요; the feeling first, or after the speaker.)
        bool things_only = std::all_of(cards.begin(), cards.begin() + i, [](const ResolvedCard& c) {
            return !c.content() || c.has(Flag::speaker);
        });
        for (int j = i + 1; j < n && out.segment_of[static_cast<std::size_t>(j)] ==
                                         out.segment_of[static_cast<std::size_t>(i)];
             ++j) {
            predicate = predicate || card(j).predicate();
            grammar = grammar || card(j).kind == Kind::want;  // (-아서 asks nothing: not 주다)
            nouns = nouns || (is_noun(cards, j) && !card(j).pronoun &&
                              !implied_verb(card(j)).empty() && !card(j).is_a("person"));
            const ResolvedCard& x = card(j);
            things_only = things_only && x.kind != Kind::particle && is_noun(cards, j) &&
                          !x.pronoun && requestable(x) && !x.is_a("person") && !x.is_a("animal") &&
                          !x.is_a("body") && !x.is_a("place") && !x.is_a("time") &&
                          !x.has(Flag::wh);
        }
        // (how the body feels too: 가렵다 연고 → 가려우니까 연고 주세요)
        if (nouns && !predicate &&
            ((grammar && card(i).has(Flag::feeling)) || (things_only && !card(i).has(Flag::exp)))) {
            feeling = i;
            out.clauses.push_back(Clause{});
            wanted = static_cast<int>(out.clauses.size()) - 1;
        }
    }
    const auto in_wanted = [&](int i) {
        return feeling >= 0 && i > feeling &&
               out.segment_of[static_cast<std::size_t>(i)] ==
                   out.segment_of[static_cast<std::size_t>(feeling)];
    };
    const auto owner = [&](int i, bool prefer_previous) {
        const int before = previous(i);
        const int after = next(i);
        int p = prefer_previous ? (before >= 0 ? before : after) : (after >= 0 ? after : before);
        if (p >= 0) return clause_index(p);
        if (nominal < 0 || nominal_segment != out.segment_of[static_cast<std::size_t>(i)]) {
            out.clauses.push_back(Clause{});
            nominal = static_cast<int>(out.clauses.size()) - 1;
            nominal_segment = out.segment_of[static_cast<std::size_t>(i)];
        }
        return nominal;
    };

    for (int i = 0; i < n; ++i) {
        const ResolvedCard& c = card(i);
        int& mine = out.clause_of[static_cast<std::size_t>(i)];
        switch (c.kind) {
            case Kind::verb:
            case Kind::adjective:
            case Kind::copula:
                if (!out.modifier[static_cast<std::size_t>(i)]) {
                    mine = clause_index(i);
                    break;
                }
                [[fallthrough]];  // a modifier goes where its noun goes
            case Kind::determiner:
            case Kind::particle:
            case Kind::choice:
                mine = -2;  // decided with the noun it belongs to (below)
                break;
            case Kind::noun: {
                if (in_wanted(i)) {
                    mine = wanted;
                    break;
                }
                if (ours(cards, i) || sold_at(cards, i)) {
                    mine = -2;  // 우리 집, 신발 가게: with its home, its shop
                    break;
                }
                // A noun right after a predicate that has no noun before it is that predicate's
                // when its frame takes the noun better than the next predicate's does (마시다 우유
                // 자다: the milk is drunk); otherwise nouns belong to the predicate after them.
                const int before = previous(i);
                const int after = next(i);
                // (A time word said of the verb right before it is that verb's: 자다 전 → 자기
                // 전에, flags prior and later.)
                if (after_its_verb(cards, i)) {
                    mine = clause_index(before);
                    break;
                }
                bool verb_first = false;
                if (before >= 0 && after >= 0) {
                    bool right_after = true;
                    for (int k = before + 1; k < i; ++k)
                        right_after = right_after && !card(k).content();
                    bool nouns_before = false, things_before = false;
                    for (int k = 0; k < before; ++k) {
                        const bool here =
                            is_noun(cards, k) &&
                            out.clause_of[static_cast<std::size_t>(k)] == clause_index(before);
                        nouns_before = nouns_before || here;
                        // (someone the verb may be done to is no one who goes: 할머니 보다
                        // 가다 버스 → 할머니를 보러 버스로 가요)
                        things_before =
                            things_before ||
                            (here && ((!card(k).is_a("person") && !card(k).is_a("animal")) ||
                                      frame_names(card(before), card(k), Role::object)));
                    }
                    // On a tie, the verb whose object it is: 타다 버스 학교 가다 (가다 takes a
                    // vehicle too, as the way).
                    const int fit_before = frame_fit(card(before), c);
                    const int fit_after = frame_fit(card(after), c);
                    // What is thanked for is done to it (빌리다 연필 고맙다 → 연필 빌리다 고맙다:
                    // 연필 빌려줘서 고마워요).
                    // Before a verb of going, a thing the verb before acts on is what one goes
                    // to do to it (배우다 태권도 가다 → 태권도 배우러 가요; 사다 물감 가다 → 물감
                    // 사러 가요), though 가다 takes an activity too (태권도 가요).
                    const bool going_to_do =
                        card(after).has(Flag::motion) && !card(before).has(Flag::motion) &&
                        takes(card(before), c) && !c.is_a("place") && !c.is_a("direction") &&
                        !c.is_a("person") && !c.is_a("animal") && !c.is_a("time");
                    // A place right after a verb of going is where one goes, though the next verb
                    // happens there too (가다 마트 과자 사다 → 마트에 가서 과자를 사요).
                    const bool gone_to = card(before).has(Flag::motion) && c.is_a("place") &&
                                         frame_names(card(before), c, Role::destination);
                    // (Who goes, tapped first, leaves what is gone to do with its verb: 아빠
                    // 사다 우유 가다 → 아빠 우유 사다 가다, 아빠가 우유를 사러 가요.)
                    verb_first =
                        right_after && (!nouns_before || (going_to_do && !things_before)) &&
                        (fit_before > fit_after || going_to_do || gone_to ||
                         (fit_before == 2 && fit_after == 2 &&
                          frame_names(card(before), c, Role::object) &&
                          !frame_names(card(after), c, Role::object)) ||
                         // (or the place of a posture taken: 앉다 의자 먹다 밥 → 의자에
                         // 앉아서 밥을 먹어요, though 먹다 happens there too)
                         (fit_before == 2 && posture(card(before)) &&
                          frame_names(card(before), c, Role::at) && !posture(card(after))) ||
                         (thanks(card(after)) && takes(card(before), c) && !c.is_a("person") &&
                          !c.is_a("animal")));
                }
                // A noun tapped after a verb of going that the verb before it acts on is that
                // verb's: 사다 마트 가다 빵 → 빵 사러 마트에 가요 (a place stays with the going).
                if (!verb_first && before >= 0 && after < 0 && card(before).has(Flag::motion) &&
                    !c.is_a("place") && !c.is_a("direction")) {
                    const int earlier = previous(before);
                    // (an activity the verb before names is learnt there, not gone to: 배우다 가다
                    // 태권도 → 태권도 배우러 가요; a vehicle is how one goes unless that verb
                    // rides it: 할머니 보다 가다 버스 → 할머니를 보러 버스로 가요, but 타다 가다
                    // 자전거 → 자전거를 타러 가요)
                    verb_first =
                        earlier >= 0 && !card(earlier).has(Flag::motion) &&
                        takes(card(earlier), c) &&
                        (!c.is_a("vehicle") || frame_names(card(earlier), c, Role::object)) &&
                        (!frame_names(card(before), c, Role::object) ||
                         frame_names(card(earlier), c, Role::object));
                    if (verb_first) {
                        mine = clause_index(earlier);
                        break;
                    }
                }
                mine = verb_first ? clause_index(before) : owner(i, false);
                break;
            }
            case Kind::want:
                mine = in_wanted(i) ? wanted : owner(i, true);
                break;
            case Kind::permission: {
                // (Tapped before every verb of its part, it asks leave for all of them: 되다 ?
                // 눕다 보다 별자리 → 누워서 별자리를 봐도 돼요?, not 누워도 되고.)
                int last = -1;
                for (int p = next(i); p >= 0; p = next(p)) last = p;
                mine = previous(i) < 0 && last >= 0 ? clause_index(last) : owner(i, true);
                break;
            }
            case Kind::give:
            case Kind::attempt:
                mine = owner(i, true);
                break;
            case Kind::negative:
            case Kind::cannot:
                // (안 between a verb and 주다 asks not to: 끄다 안 주다 무섭다 → 불 끄지 마세요,
                // not 안 무서워요)
                // (and between a verb and 되다 it forbids that verb, whatever follows as why:
                // 뛰다 안 되다 바닥 미끄럽다 → 뛰면 안 돼요, not 안 미끄러워도)
                if (i + 1 < n &&
                    (card(i + 1).kind == Kind::give || card(i + 1).kind == Kind::permission) &&
                    previous(i) >= 0) {
                    mine = owner(i, true);
                    break;
                }
                // (못 right after a verb, before an adjective, is the verb's: no one "cannot" a
                // state (노래 부르다 못 목 아프다 → 노래를 못 불러요, not 목이 안 아파요))
                if (card(i).kind == Kind::cannot && previous(i) >= 0 && next(i) >= 0 &&
                    previous(i) == i - 1 && card(i - 1).kind == Kind::verb &&
                    card(next(i)).kind == Kind::adjective) {
                    mine = clause_index(i - 1);
                    break;
                }
                mine = owner(i, false);
                break;
            case Kind::finished:
            case Kind::adverb:
                mine = together_with_noun(cards, i) ? -2 : owner(i, false);
                break;
            default:
                break;  // interjections, ?, past, connectives and 반말 cards belong to no clause
        }
    }
    // Cards that go with a noun take its clause: determiners and modifiers before it, particles and
    // 같이 after it, 아니면/말고 between two nouns (the later one's).
    for (int i = n - 1; i >= 0; --i) {
        int& mine = out.clause_of[static_cast<std::size_t>(i)];
        if (mine != -2) continue;
        const Kind k = card(i).kind;
        const bool looks_back = k == Kind::particle || together(card(i));
        int host = -1;
        if (looks_back) {
            for (int j = i - 1; j >= 0 && host < 0; --j) {
                if (is_noun(cards, j))
                    host = j;
                else if (card(j).kind != Kind::particle)
                    break;
            }
        } else {
            // (a choice between two adverbs or a time word and an adverb goes with the adverb
            // after it: 지금 아니면 나중에)
            if (k == Kind::choice && i + 1 < n && card(i + 1).kind == Kind::adverb) host = i + 1;
            for (int j = i + 1; j < n && host < 0; ++j) {
                if (is_noun(cards, j))
                    host = j;
                else if (card(j).kind != Kind::determiner && card(j).kind != Kind::choice &&
                         !out.modifier[static_cast<std::size_t>(j)])
                    break;
            }
        }
        mine = host >= 0 ? out.clause_of[static_cast<std::size_t>(host)] : owner(i, false);
    }
    for (int i = 0; i < n; ++i) {
        const int k = out.clause_of[static_cast<std::size_t>(i)];
        if (k < 0) continue;
        Clause& clause = out.clauses[static_cast<std::size_t>(k)];
        switch (card(i).kind) {
            case Kind::noun:
                if (clause.nouns.empty()) clause.nouns.reserve(static_cast<std::size_t>(n - i));
                clause.nouns.push_back(i);
                break;
            case Kind::adverb:
                if (together_with_noun(cards, i)) break;
                if (clause.adverbs.empty()) clause.adverbs.reserve(static_cast<std::size_t>(n - i));
                clause.adverbs.push_back(i);
                break;
            case Kind::want:
                if (clause.want < 0) clause.want = i;
                break;
            case Kind::give:
                if (clause.give < 0) clause.give = i;
                break;
            case Kind::permission:
                if (clause.permission < 0) clause.permission = i;
                break;
            case Kind::attempt:
                if (clause.attempt < 0) clause.attempt = i;
                break;
            case Kind::finished:
                if (clause.finished < 0) clause.finished = i;
                break;
            case Kind::negative:
            case Kind::cannot:
                if (clause.negative < 0) {
                    clause.negative = i;
                    clause.cannot = card(i).kind == Kind::cannot;
                }
                break;
            default:
                break;
        }
    }
}

namespace {

// Whether a grammar card repeats one tapped before its predicate: 싶다 놀다 싶다, 안 사과 먹다 안 —
// the same grammar card on both sides of one predicate, the first with no predicate of its own
// before it (먹다 싶다 자다 싶다 wants two things).
// `kept` is the first `count` cards.
bool around_its_predicate(const std::vector<ResolvedCard>& kept, std::size_t count,
                          const ResolvedCard& c) {
    int predicates = 0;
    for (std::size_t j = count; j-- > 0;) {
        const ResolvedCard& k = kept[j];
        if (k.kind == Kind::connective) return false;
        if (k.predicate() && ++predicates > 1) return false;
        if (k.label != c.label || k.content()) continue;
        if (predicates != 1) return false;
        for (std::size_t b = j; b-- > 0;) {
            if (kept[b].kind == Kind::connective) break;
            if (kept[b].predicate()) return false;
        }
        return true;
    }
    return false;
}

// Whether a content card repeats the one two before it around one card of the other side of the
// clause: a noun around its verb (그네 타다 그네), or a verb around its noun at the start of a
// clause (도와주다 선생님 도와주다) — not 사과 먹다 바나나 먹다, two things eaten.
bool around_one_card(const std::vector<ResolvedCard>& kept, std::size_t count,
                     const ResolvedCard& c) {
    if (count < 2) return false;
    const ResolvedCard& before = kept[count - 2];
    const ResolvedCard& between = kept[count - 1];
    if (before.label != c.label || !before.content() || !between.content()) return false;
    if ((c.kind == Kind::noun) == (between.kind == Kind::noun)) return false;
    if (c.kind == Kind::noun) return true;
    for (std::size_t j = count - 2; j-- > 0;) {
        if (kept[j].kind == Kind::connective) break;
        if (kept[j].kind == Kind::noun) return false;
    }
    return true;
}

// Leaves out repeats: a grammar card right after the same grammar card (싶다 싶다), or on both
// sides of its predicate (싶다 놀다 싶다), and, when asked, a content card right after the same
// content card (사과 사과) or around one card (그네 타다 그네). The cards kept close up in place:
// with no repeat, none moves.
void without_repeats(std::vector<ResolvedCard>& cards, bool content_too,
                     std::vector<int>& left_out) {
    std::size_t kept = 0;  // cards[0, kept) are kept
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        // A card repeats the card of the same label before it with only grammar cards between
        // (싶다 싶다, 주다 주다, 놀다 싶다 놀다). Grammar repeats always count once; content
        // repeats unless the teacher keeps them.
        bool repeat = false;
        for (std::size_t j = kept; j-- > 0;) {
            const ResolvedCard& before = cards[j];
            // (The same label read two ways is no repeat: 동생 이 이 닦다, the particle and the
            // tooth.)
            if (before.label == c.label) {
                repeat = (before.kind == Kind::particle) == (c.kind == Kind::particle) &&
                         (c.content() && before.content() ? content_too : true);
                break;
            }
            if (before.content() || before.kind == Kind::connective)
                break;  // only grammar cards are looked past
        }
        // (A particle card belongs to the noun before it, not to a predicate: 고양이 가 자다 가
        // keeps both.)
        if (!repeat && !c.content() && c.kind != Kind::connective && c.kind != Kind::particle)
            repeat = around_its_predicate(cards, kept, c);
        if (!repeat && content_too && c.content()) repeat = around_one_card(cards, kept, c);
        // (Someone tapped again and again at the start is called, and every tap stays, so the
        // cards read back alike: 엄마 엄마 전화 → 엄마, 전화요; so does a hurry tapped twice, 빨리
        // 빨리, which tells someone to hurry.)
        if (repeat && (calls_again(cards, kept, c) || hurries_again(cards, kept, c)))
            repeat = false;
        // 안 again right before 되다 is no repeat: the rule is not to leave it undone (헬멧 안 쓰다
        // 안 되다 → 헬멧 안 쓰면 안 돼요).
        // The first 안 then says only what is not done, as any adverb before its verb would.
        if (repeat && c.has(Flag::negative) && i + 1 < cards.size() &&
            cards[i + 1].has(Flag::permission) && (kept == 0 || cards[kept - 1].label != c.label)) {
            for (std::size_t j = kept; j-- > 0;) {
                if (cards[j].label == c.label && cards[j].kind == c.kind) {
                    cards[j].kind = Kind::adverb;
                    break;
                }
            }
            repeat = false;
        }
        if (repeat) {
            left_out.push_back(c.tap);
            // (an adjective said again right after itself is stressed: 무겁다 무겁다 상자)
            if (kept > 0 && cards[kept - 1].label == c.label && c.kind == Kind::adjective)
                cards[kept - 1].stressed = true;
        } else {
            if (kept != i) cards[kept] = std::move(c);
            ++kept;
        }
    }
    cards.erase(cards.begin() + static_cast<std::ptrdiff_t>(kept), cards.end());
}

// 네 is "yes", and before a counter "four" (강아지 네 마리), as 세 is "three" — once repeats are
// left out (네 네 마리).
void four_before_counter(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        if (cards[i].kind == Kind::interjection && cards[i].has(Flag::number) &&
            cards[i + 1].has(Flag::counter))
            cards[i].kind = Kind::determiner;
    }
}

// A noun that says which one (flag adnoun: 새 a bird, 옛날 long ago) right before a thing, a place,
// clothes or someone outside the household is its determiner: 새 집, 새 옷, 새 친구 (new), 옛날
// 집; before food, a body part, a sound, an animal or someone the child lives with (who may be
// called to look) it is the noun (새 모이, 새 소리, 새 엄마 보다 → 엄마, 새 봐요, 옛날 공룡), but
// not before an animal a toy looks like (새 곰 인형: a new teddy bear).
void determiner_before_thing(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        const ResolvedCard& next = cards[i + 1];
        if (cards[i].kind == Kind::noun && cards[i].has(Flag::adnoun) && next.kind == Kind::noun &&
            next.known && !next.pronoun && !next.is_a("food") && !next.is_a("body") &&
            (!next.is_a("animal") || (i + 2 < cards.size() && depicts(next, cards[i + 2]))) &&
            !(next.is_a("person") && next.has(Flag::household)) && !next.is_a("time") &&
            !next.has(Flag::relational) && !next.has(Flag::wh))
            cards[i].kind = Kind::determiner;
    }
}

// A clock time or a date (7시, 3월: no lexicon row, its shape says it), said after the part of the
// day it is in: 아침 7시에.
bool clock_time(const ResolvedCard& c) {
    return c.kind == Kind::noun && c.is_a("time") && !c.entry && c.has(Flag::at);
}

// A clock time right before the day or the part of the day goes after it, wherever the child
// tapped them: 7시 아침 일어나다 → 아침 7시 일어나다 (아침 7시에 일어나요; 오늘 3시에 가요).
// But a meal eaten at that time is what is eaten: 12시 점심 먹다 → 12시에 점심을 먹어요; with no
// verb, so is a meal then (12시 점심 → 12시에 점심을 먹어요). Whether it moved one.
bool clock_after_day_part(std::vector<ResolvedCard>& cards) {
    bool moved = false;
    const bool verbless = std::none_of(cards.begin(), cards.end(),
                                       [](const ResolvedCard& p) { return p.predicate(); });
    const auto eaten = [&](const ResolvedCard& meal) {
        return (verbless && meal.is_a("food")) ||
               std::any_of(cards.begin(), cards.end(), [&](const ResolvedCard& p) {
                   return p.predicate() && frame_names(p, meal, Role::object);
               });
    };
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        if (clock_time(cards[i]) && cards[i + 1].kind == Kind::noun && cards[i + 1].entry &&
            cards[i + 1].is_a("time") && !cards[i + 1].has(Flag::wh) && !eaten(cards[i + 1])) {
            std::swap(cards[i], cards[i + 1]);
            moved = true;
        }
    }
    return moved;
}

// A time tapped between a thing or a place and its verb says when first: 급식 12시 먹다 → 12시
// 급식 먹다 (12시에 급식을 먹어요). After someone it stays (할머니 내일 오다 → 할머니가 내일
// 오세요), and so does a word that would read as the time's particle after it (이 어제 빠지다:
// 어제 이 would be 어제 with 이).
void time_before_thing(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 1; i + 1 < cards.size(); ++i) {
        // (before a thing and its count, the whole of it: 밤 5 개 어제 줍다 → 어제 밤 5 개 줍다)
        if (i >= 3 && counted_by(cards, static_cast<int>(i) - 1) &&
            pure_time(cards, static_cast<int>(i)) && cards[i - 3].kind == Kind::noun &&
            !cards[i - 3].has(Flag::number) && !cards[i - 3].pronoun &&
            !cards[i - 3].is_a("person") && !cards[i - 3].is_a("animal") &&
            (!cards[i - 3].is_a("time") || cards[i - 3].classes.size() > 1) &&
            cards[i + 1].predicate()) {
            std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(i) - 3,
                        cards.begin() + static_cast<std::ptrdiff_t>(i),
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            continue;
        }
        // (What happens then stays before it: 수영 4시 끝나다 → 수영이 4시에 끝나요.)
        const ResolvedCard& before = cards[i - 1];
        if (!pure_time(cards, static_cast<int>(i)) || before.kind != Kind::noun || before.pronoun ||
            before.is_a("person") || before.is_a("animal") || before.is_a("time") ||
            before.has(Flag::number) || before.has(Flag::counter) ||
            particle::is_particle(before.label) || !cards[i + 1].predicate() ||
            (frame_names(cards[i + 1], before, Role::subject) &&
             !frame_names(cards[i + 1], before, Role::object)))
            continue;
        std::swap(cards[i - 1], cards[i]);
    }
}

// A counter tapped right before its number goes after it, as Korean says it: 번 다섯 공 던지다 →
// 다섯 번 (공을 다섯 번 던져요), 살 셋 → 세 살. A counter that is also a thing (개: a dog) only
// after a thing it counts (사과 개 셋 → 사과 세 개; but 개 둘: two dogs); none after a number of
// its own.
void number_before_counter(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        const ResolvedCard& counter = cards[i];
        const bool after_thing = i > 0 && cards[i - 1].kind == Kind::noun &&
                                 !cards[i - 1].has(Flag::number) && !cards[i - 1].is_a("person") &&
                                 !cards[i - 1].is_a("animal");
        if (counter.kind != Kind::noun || !counter.has(Flag::counter) ||
            (!counter.classes.empty() && !after_thing) || !cards[i + 1].has(Flag::number) ||
            (i > 0 && cards[i - 1].has(Flag::number)))
            continue;
        std::swap(cards[i], cards[i + 1]);
        ++i;
    }
}

// A count tapped before what it counts goes after it, as Korean says it: 세 개 사과 → 사과 세 개
// (사과 세 개 주세요), 몇 개 사과 → 사과 몇 개.
void count_after_noun(std::vector<ResolvedCard>& cards) {
    // (not a time after a thing and its count: 사과 3 개 오늘 먹다 counts the apples)
    const auto counted = [](const ResolvedCard& c) {
        return c.kind == Kind::noun && !c.has(Flag::counter) && !c.has(Flag::number) &&
               !(c.is_a("time") && c.classes.size() == 1);
    };
    for (std::size_t i = 0; i + 2 < cards.size(); ++i) {
        // (Not a count of someone before it, with a place or a time after: 선생님 둘 명 교실
        // stays.)
        if (i > 0 && counted(cards[i - 1]) &&
            (cards[i - 1].is_a("person") || cards[i - 1].is_a("animal")) &&
            (cards[i + 2].is_a("place") || cards[i + 2].is_a("time")))
            continue;
        // A count split around its noun closes up after it: 몇 블록 개 → 블록 몇 개.
        if (cards[i].has(Flag::number) && counted(cards[i + 1]) &&
            !cards[i + 1].has(Flag::number) && cards[i + 2].has(Flag::counter) &&
            !cards[i + 2].has(Flag::ordinal)) {
            std::swap(cards[i], cards[i + 1]);
            i += 2;
            continue;
        }
        // (A floor says which, not how many, and stays: 4 층 호텔 방, flag ordinal.)
        if (cards[i].has(Flag::number) && cards[i + 1].kind == Kind::noun &&
            cards[i + 1].has(Flag::counter) && !cards[i + 1].has(Flag::ordinal) &&
            counted(cards[i + 2])) {
            std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(i),
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 2,
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 3);
            i += 2;
            continue;
        }
        // A native numeral with no counter goes after the thing too: 하나 돈가스 주다 → 돈가스 하나
        // 주다 (돈가스 하나 주세요).
        if (cards[i].has(Flag::number) && cards[i].has(Flag::native) && cards[i].classes.empty() &&
            counted(cards[i + 1]) && !cards[i + 1].pronoun && !cards[i + 1].is_a("time") &&
            !cards[i + 1].is_a("place") && !cards[i + 2].has(Flag::counter) &&
            !cards[i + 2].has(Flag::number)) {
            std::swap(cards[i], cards[i + 1]);
            ++i;
            continue;
        }
        // So does what is counted tapped after the verb, when nothing else is: 3 권 읽다 책 → 책 3
        // 권 읽다 (책을 세 권 읽어요).
        if (i + 3 < cards.size() && cards[i].has(Flag::number) && cards[i + 1].kind == Kind::noun &&
            cards[i + 1].has(Flag::counter) && !cards[i + 1].is_a("time") &&
            !cards[i + 1].has(Flag::ordinal) && cards[i + 2].kind == Kind::verb &&
            counted(cards[i + 3]) && !cards[i + 3].is_a("person") && !cards[i + 3].is_a("place") &&
            !cards[i + 3].is_a("time") &&
            (i + 4 == cards.size() || cards[i + 4].kind != Kind::noun)) {
            std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(i),
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 3,
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 4);
            i += 3;
        }
    }
}

// 이거, 저거 or 그거 right before or after a thing a verb of its part is done to points at it: it
// is the determiner 이, 저, 그 before it (읽다 싶다 이거 책 → 이 책 읽고 싶어요; 다 읽다 책 이거 →
// 이 책을 다 읽었어요). Not with a copula or no verb (이거 사과 → 이거 사과예요), nor before a
// thing the verb takes in another way (이거 가방 넣다 → 이거 가방에 넣어요), nor before a place
// the verb takes as where, which it is taken to (이거 집 가져가다 → 이거 집에 가져가요).
void this_before_thing(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& d = cards[i];
        if (!pointing_word(d) || !d.entry ||
            (i + 1 < cards.size() && cards[i + 1].kind == Kind::particle))
            continue;
        const auto [begin, end] = part_around(cards, i);
        const auto in_part = cards.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto part_end = cards.begin() + static_cast<std::ptrdiff_t>(end);
        if (std::any_of(in_part, part_end,
                        [](const ResolvedCard& c) { return c.kind == Kind::copula; }))
            continue;
        // (with no verb card, 싶다 or 주다 asks for the thing with the verb its class implies: 이거
        // 장난감 싶다 → 이 장난감 가지고 놀고 싶어요, 이거 빵 주다 → 이 빵 주세요)
        const auto found = std::find_if(in_part, part_end,
                                        [](const ResolvedCard& c) { return c.kind == Kind::verb; });
        // (and with a predicate that has no object for it to be, before a thing or a place the
        // predicate takes: 이거 자리 앉다 → 이 자리에 앉다, 이거 그림 예쁘다 → 이 그림이 예뻐요)
        const auto objectless = std::find_if(in_part, part_end, [](const ResolvedCard& c) {
            return (c.kind == Kind::verb || c.kind == Kind::adjective) && c.entry &&
                   !frame_has(c, Role::object);
        });
        // (so does a price asked: 얼마 이거 운동화 → 이 운동화는 얼마예요?, flag price)
        const bool asks = std::any_of(in_part, part_end, [](const ResolvedCard& c) {
            return c.kind == Kind::want || c.kind == Kind::give || c.has(Flag::price);
        });
        if (found == part_end && !asks && objectless == part_end) continue;
        const ResolvedCard* verb = found == part_end ? nullptr : &*found;
        const auto points_at = [&](std::size_t n) {
            const ResolvedCard& x = cards[n];
            return x.kind == Kind::noun && !x.pronoun && !x.is_a("person") && !x.is_a("animal") &&
                   !x.is_a("time") &&
                   (verb && !verb->has(Flag::give)
                        ? takes(*verb, x) && !(x.is_a("place") && named_beside_object(*verb, x))
                        : !x.is_a("place"));
        };
        const auto points_at_objectless = [&](std::size_t n) {
            const ResolvedCard& x = cards[n];
            return objectless != part_end && !asks && x.kind == Kind::noun && !x.pronoun &&
                   !x.is_a("person") && !x.is_a("animal") && !x.is_a("time") &&
                   frame_fit(*objectless, x) >= 1;
        };
        const bool verb_or_asked = found != part_end || asks;
        if (i + 1 < end && ((verb_or_asked && points_at(i + 1)) || points_at_objectless(i + 1))) {
            d.kind = Kind::determiner;
        } else if (!verb_or_asked) {
            // (right after the thing too, with an adjective of how one feels about it: 좋다 노래
            // 이거 → 이 노래 좋다, 이 노래가 좋아요; but one that says what the thing is like may
            // make it what 이거 is: 재미있다 그림 이거 → 이거 재미있는 그림이에요)
            if (i > begin && points_at_objectless(i - 1) && cards[i - 1].kind == Kind::noun &&
                objectless->has(Flag::exp)) {
                d.kind = Kind::determiner;
                std::swap(cards[i - 1], cards[i]);
            }
            continue;
        } else if (i > begin && points_at(i - 1) && cards[i - 1].kind == Kind::noun) {
            d.kind = Kind::determiner;
            std::swap(cards[i - 1], cards[i]);
        } else if (verb &&
                   std::none_of(cards.begin() + static_cast<std::ptrdiff_t>(i) + 1, part_end,
                                [](const ResolvedCard& c) { return c.content(); })) {
            // (tapped last, after the verb and its grammar cards, it points at the one thing
            // the verb is done to: 인형 만지다 되다 ? 이거 → 이 인형 만지다 되다 ?)
            std::size_t thing = end;
            int things = 0;
            for (std::size_t n = begin; n < i; ++n) {
                const ResolvedCard& x = cards[n];
                if (x.kind != Kind::noun) continue;
                if (!x.pronoun && !x.is_a("person") && !x.is_a("animal") && !x.is_a("time") &&
                    !x.is_a("place") && !verb->has(Flag::give) && takes(*verb, x)) {
                    thing = n;
                    ++things;
                } else if (!x.is_a("person") && !x.is_a("time")) {
                    things = 2;  // another thing it may point at
                }
            }
            if (things != 1 || (thing > begin && cards[thing - 1].kind == Kind::determiner))
                continue;
            d.kind = Kind::determiner;
            std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(thing),
                        cards.begin() + static_cast<std::ptrdiff_t>(i),
                        cards.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
}

// 뭐 right before a thing asks which kind it is: the determiner 무슨 (이거 뭐 벌레 → 이거 무슨
// 벌레예요?; 뭐 과자 먹다 → 무슨 과자 먹어요?). Not before someone, a place or a time (뭐 엄마 먹다
// asks what she eats), nor marked by a particle card of its own, nor an activity done with the verb
// after it (뭐 주문 하다 → 뭐 주문해요?).
void which_kind(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        ResolvedCard& d = cards[i];
        const ResolvedCard& x = cards[i + 1];
        if (d.kind != Kind::noun || !d.pronoun || !d.has(Flag::wh) || !d.is_a("thing") ||
            determiner_form(d.label).empty() || x.kind != Kind::noun || x.pronoun ||
            x.has(Flag::wh) || !x.known || x.is_a("person") || x.is_a("place") || x.is_a("time") ||
            x.has(Flag::number) || x.has(Flag::counter))
            continue;
        // (nor before an activity that makes one verb with the verb after it: 뭐 주문 하다 asks
        // what is ordered, 뭐 주문해요?)
        if (i + 2 < cards.size() && x.is_a("activity") && cards[i + 2].predicate() &&
            lexicon::find(x.label + cards[i + 2].lemma))
            continue;
        // (nor before an animal that does what the verb after it says: 뭐 애벌레 먹다 asks what
        // the caterpillar eats, 애벌레는 뭐 먹어요?)
        if (i + 2 < cards.size() && x.is_a("animal") && cards[i + 2].kind == Kind::verb &&
            frame_names(cards[i + 2], x, Role::subject))
            continue;
        d.kind = Kind::determiner;
    }
}

// 다 asking how much or what, with no verb, says all of it, not done, and goes right before the
// question word (이거 얼마 다 → 이거 다 얼마: 이거 다 얼마예요?; not 얼마였어요, as if something
// was finished). With no question it still says done (밥 다 먹다 → 밥을 다 먹었어요).
void all_before_question(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].kind != Kind::finished) continue;
        const auto [begin, end] = part_around(cards, i);
        const auto in_part = cards.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto part_end = cards.begin() + static_cast<std::ptrdiff_t>(end);
        if (std::any_of(in_part, part_end, [](const ResolvedCard& c) {
                return c.kind == Kind::verb || c.kind == Kind::adjective || c.kind == Kind::want ||
                       c.kind == Kind::give || c.kind == Kind::permission ||
                       c.kind == Kind::negative || c.kind == Kind::cannot;
            }))
            continue;
        const auto asked = std::find_if(in_part, part_end, [](const ResolvedCard& c) {
            return c.kind == Kind::noun && c.has(Flag::wh);
        });
        if (asked == part_end) continue;
        // (the question word last of the nouns, as a nominal sentence's predicate goes: 얼마
        // 이거 다 → 이거 다 얼마)
        ResolvedCard all = cards[i];
        all.kind = Kind::adverb;
        const std::size_t wh = static_cast<std::size_t>(asked - cards.begin());
        cards.erase(cards.begin() + static_cast<std::ptrdiff_t>(i));
        std::size_t q = wh > i ? wh - 1 : wh;
        std::size_t last = q;
        for (std::size_t k = q + 1; k + 1 < end; ++k) {
            if (cards[k].kind == Kind::noun) last = k;
        }
        std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(q),
                    cards.begin() + static_cast<std::ptrdiff_t>(q) + 1,
                    cards.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        cards.insert(cards.begin() + static_cast<std::ptrdiff_t>(last), all);
        return;
    }
}

// Whether card i is a colour or a material right before the noun it narrows (빨간색 컵).
bool narrows_next(const std::vector<ResolvedCard>& cards, int i) {
    const auto at = static_cast<std::size_t>(i);
    if (i < 0 || at + 1 >= cards.size() || cards[at].kind != Kind::noun ||
        cards[at + 1].kind != Kind::noun || cards[at].classes.empty())
        return false;
    const lexicon::NounClass* nc = lexicon::find_class(cards[at].classes.front());
    return nc && nc->narrows && cards[at].classes.front() != "activity" &&
           !cards[at + 1].is_a("time") && !cards[at + 1].is_a("color");
}

// 우리 tapped right after home is whose home it is, as Korean says it: 친구 집 우리 오다 → 친구가
// 우리 집에 와요 (not 우리랑); the possessor goes before it.
void ours_before_home(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 1; i < cards.size(); ++i) {
        const ResolvedCard& home = cards[i - 1];
        const ResolvedCard& we = cards[i];
        const bool next_is_particle = i + 1 < cards.size() && cards[i + 1].kind == Kind::particle;
        if (home.kind == Kind::noun && home.has(Flag::home) && we.kind == Kind::noun &&
            we.pronoun && we.has(Flag::household) && !next_is_particle)
            std::swap(cards[i - 1], cards[i]);
    }
}

// An adjective of what things are like tapped after what the child wants or asks for, with no verb
// or before the verb that acts on it, describes it and goes before it: 음악 싶다 조용하다 →
// 조용하다 음악 싶다 (조용한 음악 듣고 싶어요); 핫초코 뜨겁다 주다 → 뜨겁다 핫초코 주다.
void adjective_before_wanted(std::vector<ResolvedCard>& cards) {
    for (std::size_t a = 1; a < cards.size(); ++a) {
        const ResolvedCard& adj = cards[a];
        if (adj.kind != Kind::adjective || adj.has(Flag::feeling) || adj.has(Flag::exp) ||
            adj.has(Flag::gi))
            continue;
        const auto [begin, end] = part_around(cards, a);
        std::size_t wants = end;  // the 싶다 or 주다 card
        int others = 0;           // other predicates of its part
        const ResolvedCard* verb = nullptr;
        for (std::size_t k = begin; k < end; ++k) {
            if (cards[k].kind == Kind::want || cards[k].kind == Kind::give) wants = k;
            // (주다 tapped first asks for it too: 주다 클레이 노랗다 → 노란 클레이 주세요)
            if (k < a && k == begin && cards[k].kind == Kind::verb && cards[k].has(Flag::give)) {
                wants = k;
                continue;
            }
            if (k == a || !cards[k].predicate()) continue;
            ++others;
            if (k > a && cards[k].kind == Kind::verb) verb = &cards[k];
        }
        if (wants == end || others > 1 || (others == 1 && !verb)) continue;
        // the noun right before it, or before the 싶다 or 주다 card right before it
        std::size_t n = a - 1;
        if ((cards[n].kind == Kind::want || cards[n].kind == Kind::give) && n > 0) --n;
        const ResolvedCard& noun = cards[n];
        if (noun.kind != Kind::noun || noun.pronoun || noun.is_a("person") || noun.is_a("animal") ||
            implied_verb(noun).empty())
            continue;
        // (with the verb tapped after it, the thing is what the verb acts on: 핫초코 따뜻하다
        // 마시다 싶다 → 따뜻하다 핫초코 마시다 싶다, 따뜻한 핫초코를 마시고 싶어요)
        // (not how it feels on the body: 옷 따갑다 벗다 싶다 → 옷이 따가워서 벗고 싶어요)
        // (nor with another thing after it for the verb, the adjective saying why: 벚꽃 예쁘다
        // 사진 찍다 싶다 → 벚꽃이 예뻐서 사진을 찍고 싶어요, or an adverb of the verb: 마술
        // 신기하다 또 보다 싶다 → 마술이 신기해서 또 보고 싶어요)
        if (verb && (n + 1 != a || felt_on_body(adj) || !frame_names(*verb, noun, Role::object) ||
                     (a + 1 < cards.size() &&
                      (cards[a + 1].kind == Kind::noun || cards[a + 1].kind == Kind::adverb))))
            continue;
        std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(n),
                    cards.begin() + static_cast<std::ptrdiff_t>(a),
                    cards.begin() + static_cast<std::ptrdiff_t>(a) + 1);
        // (싶다 tapped first goes after what is wanted: 싶다 나 핫초코 뜨겁다 → 나 뜨겁다 핫초코
        // 싶다)
        if (wants < n)
            std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(wants),
                        cards.begin() + static_cast<std::ptrdiff_t>(wants) + 1,
                        cards.begin() + static_cast<std::ptrdiff_t>(a) + 1);
    }
}

// Whether card i is the first word that means something in its part of the sentence (only grammar
// cards and the like before it since the last connective).
bool leads_part(const std::vector<ResolvedCard>& cards, std::size_t i) {
    for (std::size_t k = part_around(cards, i).first; k < i; ++k) {
        if (cards[k].content()) return false;
    }
    return true;
}

// How someone feels about what happened, tapped first, goes after it: 속상하다 친구 놀리다 → 친구
// 놀리다 속상하다 (친구가 놀려서 속상해요). Only before someone who does something, or a verb
// that tells what happened (속상하다 그림 찢어지다), or a thing no feeling describes (기쁘다 선물
// 받다 → 선물을 받아서 기뻐요); 슬프다 영화 보다, 슬프다 노래 부르다 and 행복하다 얼굴 그리다
// stay: a sad film, a sad song, a happy face. How someone is (a feeling adjective) is a cause too:
// 슬프다 강아지 아프다 → 강아지가 아파서 슬퍼요. Not wanting to (flag averse) goes after what one
// would do: 싫다 머리 감다 → 머리 감다 싫다 (머리를 감기 싫어요).
void reaction_after_cause(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        const bool averse = cards[i].has(Flag::averse);
        // (How one feels before a verb of effort is what it did: 피곤하다 많이 걷다 → 많이 걸어서
        // 피곤해요; flag tiring.)
        const bool tired = cards[i].kind == Kind::adjective && cards[i].has(Flag::feeling) && [&] {
            for (std::size_t k = i + 1; k < cards.size(); ++k) {
                // (피곤하다 안 걷다: why one does not)
                if (cards[k].kind == Kind::negative || cards[k].kind == Kind::cannot) return false;
                if (cards[k].predicate() || cards[k].kind == Kind::connective)
                    return cards[k].kind == Kind::verb && cards[k].has(Flag::tiring);
            }
            return false;
        }();
        // (So does a feeling about something, tapped before a thing and what the thing is like:
        // 무섭다 사이렌 크다 → 사이렌 크다 무섭다, 사이렌이 커서 무서워요; 좋다 날씨 따뜻하다 →
        // 날씨가 따뜻해서 좋아요.)
        const bool about = cards[i].kind == Kind::adjective && cards[i].has(Flag::exp);
        // (with nothing else that makes it a reaction, only a quality is why, not a verb: 무섭다
        // 공룡 그리다 is a scary dinosaur drawn)
        // (And how one feels, before the weather that does it: 춥다 비 오다 → 비 오다 춥다, 비가
        // 와서 추워요; 신나다 눈 오다 → 눈이 와서 신나요; 춥다 옷 입다 stays, 추워서 옷을 입어요.)
        const bool feels =
            i + 2 < cards.size() &&
            ((cards[i].kind == Kind::adjective &&
              (cards[i].has(Flag::feeling) || about || cards[i].has(Flag::reaction))) ||
             cards[i].has(Flag::describes)) &&
            cards[i + 1].kind == Kind::noun;
        const bool weather = feels && cards[i + 1].is_a("nature") &&
                             cards[i + 2].kind == Kind::verb &&
                             frame_names(cards[i + 2], cards[i + 1], Role::subject);
        // (or before a day, which no feeling describes: 신나다 내일 여행 가다 → 내일 여행을 가서
        // 신나요, not 신나는 내일)
        const bool timed = feels && cards[i + 1].is_a("time") && cards[i + 1].has(Flag::bare);
        const bool about_only =
            about && !cards[i].has(Flag::reaction) && !averse && !weather && !timed;
        if ((!cards[i].has(Flag::reaction) && !averse && !tired && !about && !weather && !timed) ||
            !cards[i].predicate() || (i + 2 >= cards.size() && !tired))
            continue;
        const std::size_t end = part_around(cards, i).last;
        const bool first = leads_part(cards, i);
        const ResolvedCard* verb = nullptr;
        const ResolvedCard* noun = nullptr;
        bool asks = false;
        for (std::size_t k = i + 1; k < end; ++k) {
            const ResolvedCard& c = cards[k];
            const bool state = c.kind == Kind::adjective && c.has(Flag::feeling) && noun;
            // (what a thing is like, for a feeling about it)
            const bool quality = c.kind == Kind::adjective && !c.has(Flag::exp) &&
                                 !c.has(Flag::reaction) && !c.has(Flag::feeling) && noun &&
                                 (about || cards[i].has(Flag::reaction));
            const bool cause = (c.kind == Kind::verb && !about_only) || state || quality;
            if (cause && !verb) verb = &c;
            if (c.kind == Kind::noun && !noun && !verb) noun = &c;
            // (싫다 안 가다 says why one does not: 싫어서 안 가요)
            asks = asks || c.kind == Kind::want || c.kind == Kind::give ||
                   (averse && (c.kind == Kind::negative || c.kind == Kind::cannot)) ||
                   c.kind == Kind::permission || (c.predicate() && !cause) ||
                   (cause && c.has(Flag::reaction));
        }
        if (!first || !verb || asks) continue;
        const bool someone = noun && (noun->is_a("person") || noun->is_a("animal"));
        // (a thing no feeling describes is what it is about: 기쁘다 선물 받다 → 선물을 받아서
        // 기뻐요; but a sad film or a sad dream)
        const bool thing = noun && noun->known && !noun->is_a("media") && !noun->is_a("activity") &&
                           !noun->is_a("time") && !noun->is_a("body") && !noun->pronoun;
        if (!someone && !thing && !verb->has(Flag::report) && !averse && !tired && !weather &&
            !timed)
            continue;
        std::size_t to = end;
        while (to > i + 1 && cards[to - 1].kind == Kind::question) --to;
        const auto at = [&](std::size_t k) {
            return cards.begin() + static_cast<std::ptrdiff_t>(k);
        };
        std::rotate(at(i), at(i) + 1, at(to));
        // (How much or how the effort was done, tapped after its verb, stays its: 피곤하다 삽 파다
        // 많이 → 삽 많이 파다 피곤하다, 삽으로 많이 파서 피곤해요.)
        if (tired) {
            std::size_t v = i;
            while (v < to && cards[v].kind != Kind::verb) ++v;  // (the effort, one to the left)
            std::size_t a = v + 1;
            while (a + 1 < to && cards[a].kind == Kind::adverb) ++a;
            if (v < to && a > v + 1) std::rotate(at(v), at(v + 1), at(a));
        }
        return;
    }
}

// How something is, tapped after leave asked or refused, is why, and goes first: 옷 벗다 되다 ?
// 덥다 → 덥다 옷 벗다 되다 ? (더워서 옷을 벗어도 돼요?); 만지다 안 되다 뜨겁다 → 뜨거워서 만지면
// 안 돼요. So is how the child feels, tapped after a wish: 자다 싶다 졸리다 → 졸려서 자고 싶어요.
void reason_before_leave(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 1; i < cards.size(); ++i) {
        if (cards[i].kind != Kind::adjective) continue;
        const auto [begin, end] = part_around(cards, i);
        const auto at = [&](std::size_t k) {
            return cards.begin() + static_cast<std::ptrdiff_t>(k);
        };
        const bool feeling = cards[i].has(Flag::feeling);
        const auto leave = std::find_if(at(begin), at(i), [&](const ResolvedCard& c) {
            return c.kind == Kind::permission || (feeling && c.kind == Kind::want);
        });
        // (nothing meaningful after the leave or wish but the adjective: 되다 ? 덥다, 안 되다
        // 뜨겁다, 싶다 춥다)
        if (leave == at(i) || std::any_of(leave + 1, at(end), [&](const ResolvedCard& c) {
                return &c != &cards[i] && c.content();
            }))
            continue;
        std::rotate(at(begin), at(i), at(i) + 1);
        return;
    }
}

// How someone is, tapped before them and what they do, is why they do it, and they come first:
// 배고프다 동생 울다 → 동생 배고프다 울다 (동생이 배고파서 울어요; not 배고파서 동생이 울어요).
// Only where the verb's frame takes them as its subject first, as the roles will (춥다 엄마
// 부르다: the speaker is cold, 추워서 엄마를 불러요; 심심하다 친구 놀다 → 친구랑 놀아요).
void someone_before_state(std::vector<ResolvedCard>& cards) {
    // Whether the first slot of p's frame naming who's class is p's subject (an open subject
    // for an adjective: 아프다 takes a body part or anyone).
    const auto subject_is = [](const ResolvedCard& p, const ResolvedCard& who) {
        if (!p.entry) return false;
        for (const auto& slot : p.entry->frame) {
            if (slot_names(slot, who) ||
                (slot.open && slot.role == Role::subject && p.kind == Kind::adjective))
                return slot.role == Role::subject;
        }
        return false;
    };
    for (std::size_t i = 0; i + 2 < cards.size(); ++i) {
        const ResolvedCard& state = cards[i];
        const ResolvedCard& who = cards[i + 1];
        if (state.kind != Kind::adjective || !state.has(Flag::feeling) || who.kind != Kind::noun ||
            !who.is_a("person") || !subject_is(state, who))
            continue;
        if (!leads_part(cards, i)) continue;
        const std::size_t end = part_around(cards, i).last;
        const auto at = [&](std::size_t k) {
            return cards.begin() + static_cast<std::ptrdiff_t>(k);
        };
        const auto found = std::find_if(at(i + 2), at(end), [](const ResolvedCard& c) {
            return c.predicate() || c.kind == Kind::particle;
        });
        if (found == at(end) || found->kind != Kind::verb || !subject_is(*found, who)) continue;
        std::swap(cards[i], cards[i + 1]);
        return;
    }
}

// Someone the child marked as who does it (이/가, 께서), tapped right after a pronoun for a person
// with no particle at the start of the sentence, goes first, as a teacher says it: 나 친구 가
// 지우개 주다 → 친구 가 나 지우개 주다 (친구가 나한테 지우개를 줘요); 나 동생 이 때리다 → 동생이
// 나를 때려요. Only before a verb done to or for someone (not 나 엄마 가 오다, who come together).
void marked_doer_first(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 3 < cards.size(); ++i) {
        const ResolvedCard& other = cards[i];
        const ResolvedCard& doer = cards[i + 1];
        const auto person = [](const ResolvedCard& c) {
            return c.kind == Kind::noun && (c.is_a("person") || c.is_a("animal"));
        };
        // (the other a pronoun, which names no one's kind: not 의사 선생님 이, 우리 팀 이)
        if (!person(other) || !other.pronoun || ours(cards, static_cast<int>(i)) || !person(doer) ||
            cards[i + 2].kind != Kind::particle ||
            !(particle::same_particle(cards[i + 2].label, "이/가") ||
              particle::same_particle(cards[i + 2].label, "께서")))
            continue;
        if (!leads_part(cards, i)) return;
        const std::size_t end = part_around(cards, i).last;
        const auto at = [&](std::size_t k) {
            return cards.begin() + static_cast<std::ptrdiff_t>(k);
        };
        const auto verb =
            std::find_if(at(i + 3), at(end), [](const ResolvedCard& c) { return c.predicate(); });
        if (verb == at(end) || verb->kind != Kind::verb || verb->has(Flag::exp) ||
            !(frame_names(*verb, other, Role::object) ||
              frame_names(*verb, other, Role::recipient)))
            return;
        std::rotate(at(i), at(i + 1), at(i + 3));
        return;
    }
}

// 더 tapped before what there should be more of goes after it, as Korean says it: 더 우유 주다 →
// 우유 더 주세요 (not 더 우유); before a verb or an adjective it stays (더 놀다, 더 크다).
void more_after_noun(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        if (!cards[i].has(Flag::more) || cards[i + 1].kind != Kind::noun) continue;
        std::size_t end = i + 1;
        while (end < cards.size() &&
               (cards[end].kind == Kind::noun || cards[end].kind == Kind::particle))
            ++end;  // with the noun's particle card: 더 우유 를 → 우유 를 더
        // (and with a little said right before it: 조금 더 물 → 물 조금 더, flag little)
        const std::size_t from = i > 0 && cards[i - 1].has(Flag::little) ? i - 1 : i;
        std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(from),
                    cards.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                    cards.begin() + static_cast<std::ptrdiff_t>(end));
        i = end - 1;
    }
}

// A little (flag little) right after 더 goes right before it, as said: 밥 더 조금 → 밥 조금 더 (밥
// 조금 더 주세요).
void little_before_more(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        if (cards[i].has(Flag::more) && cards[i].kind == Kind::adverb &&
            cards[i + 1].has(Flag::little))
            std::swap(cards[i], cards[i + 1]);
    }
}

// 아니면 or 말고 tapped before both choices or after them goes between the first two (말고 우유 물
// → 우유 말고 물; 감자 고구마 아니면 → 감자 아니면 고구마), when nothing else of its part of the
// sentence stands between them; 말고 right after the second says which one not (below).
void choice_between(std::vector<ResolvedCard>& cards) {
    const int n = static_cast<int>(cards.size());
    for (int c = 0; c < n; ++c) {
        if (cards[static_cast<std::size_t>(c)].kind != Kind::choice) continue;
        const Part part = part_around(cards, static_cast<std::size_t>(c));
        const int begin = static_cast<int>(part.first);
        const int end = static_cast<int>(part.last);
        std::vector<int> nouns;
        bool other_choice = false;
        for (int k = begin; k < end; ++k) {
            const Kind kind = cards[static_cast<std::size_t>(k)].kind;
            if (kind == Kind::noun) nouns.push_back(k);
            other_choice = other_choice || (kind == Kind::choice && k != c);
        }
        if (nouns.size() != 2 || other_choice || (c > nouns[0] && c < nouns[1])) continue;
        const auto at = cards.begin();
        // 말고 right after the second of two things says which one not, and goes before the first
        // with it: 농구 하다 축구 말고 → 축구 말고 농구 하다 (축구 말고 농구해요).
        if (c == nouns[1] + 1 && cards[static_cast<std::size_t>(c)].label == "말고") {
            std::rotate(at + nouns[0], at + nouns[1], at + c + 1);
            return;
        }
        if (nouns[1] != nouns[0] + 1 + (c == nouns[0] + 1 ? 1 : 0)) continue;
        // Between them: right after the first noun.
        if (c < nouns[0]) {
            std::rotate(at + c, at + c + 1, at + nouns[0] + 1);
        } else {
            std::rotate(at + nouns[0] + 1, at + c, at + c + 1);
        }
        return;
    }
}

// Someone tapped right after a choice of two nouns, with no predicate, is whom it is asked of, and
// goes first: 청팀 아니면 백팀 너 → 너 청팀 아니면 백팀 (너 청팀 아니면 백팀?).
void who_before_choice(std::vector<ResolvedCard>& cards) {
    for (std::size_t c = 1; c + 2 < cards.size(); ++c) {
        const ResolvedCard& who = cards[c + 2];
        if (cards[c].kind != Kind::choice || cards[c - 1].kind != Kind::noun ||
            cards[c + 1].kind != Kind::noun || who.kind != Kind::noun || !who.is_a("person"))
            continue;
        const auto [begin, end] = part_around(cards, c);
        bool alone = true;  // nothing else that means something in its part
        for (std::size_t k = begin; k < end; ++k)
            alone = alone && ((k + 1 >= c && k <= c + 2) || !cards[k].content());
        if (!alone) continue;
        std::rotate(cards.begin() + static_cast<std::ptrdiff_t>(c) - 1,
                    cards.begin() + static_cast<std::ptrdiff_t>(c) + 2,
                    cards.begin() + static_cast<std::ptrdiff_t>(c) + 3);
        return;
    }
}

// A thing tapped last, after two verbs offered as a choice that both act on it, is said once,
// first: 찌다 아니면 굽다 만두 → 만두 찌다 아니면 굽다 (만두를 쪄요, 아니면 구워요?).
void object_before_choice(std::vector<ResolvedCard>& cards) {
    for (std::size_t c = 1; c + 2 < cards.size(); ++c) {
        if (cards[c].kind != Kind::connective || cards[c].label != "아니면") continue;
        const Part first = part_around(cards, c - 1);
        const Part second = part_around(cards, c + 1);
        std::vector<std::size_t> one, two;  // what means something on each side
        for (std::size_t k = first.first; k < first.last; ++k)
            if (cards[k].content()) one.push_back(k);
        for (std::size_t k = second.first; k < second.last; ++k)
            if (cards[k].content()) two.push_back(k);
        if (one.size() != 1 || two.size() != 2) continue;
        const ResolvedCard& verb = cards[one[0]];
        const ResolvedCard& other = cards[two[0]];
        const std::size_t thing = two[1];
        const ResolvedCard& noun = cards[thing];
        if (verb.kind != Kind::verb || other.kind != Kind::verb || noun.kind != Kind::noun ||
            noun.is_a("person") || noun.is_a("time") || noun.has(Flag::wh) ||
            (thing + 1 < cards.size() && cards[thing + 1].kind == Kind::particle) ||
            !takes(verb, noun) || !takes(other, noun))
            continue;
        const auto at = cards.begin();
        std::rotate(at + static_cast<std::ptrdiff_t>(first.first),
                    at + static_cast<std::ptrdiff_t>(thing),
                    at + static_cast<std::ptrdiff_t>(thing) + 1);
        return;
    }
}

// A thing tapped before a choice of two colours is the thing both are of, and goes after them:
// 헬멧 빨간색 말고 파란색 → 빨간색 말고 파란색 헬멧 (빨간색 말고 파란색 헬멧이요).
void thing_after_colours(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 3 < cards.size(); ++i) {
        const ResolvedCard& thing = cards[i];
        if (thing.kind != Kind::noun || thing.pronoun || thing.is_a("color") ||
            thing.is_a("person") || thing.is_a("time") || thing.has(Flag::wh) || !thing.known ||
            cards[i + 1].kind != Kind::noun || !cards[i + 1].is_a("color") ||
            cards[i + 2].kind != Kind::choice || cards[i + 3].kind != Kind::noun ||
            !cards[i + 3].is_a("color"))
            continue;
        const auto at = cards.begin() + static_cast<std::ptrdiff_t>(i);
        std::rotate(at, at + 1, at + 4);
        return;
    }
}

// Whether card i is the first card that means something (a verb tapped first).
bool first_content(const std::vector<ResolvedCard>& cards, std::size_t i) {
    for (std::size_t k = 0; k < i; ++k) {
        if (cards[k].content()) return false;
    }
    return true;
}

// Something done, an activity with a 하다 verb of its own (양치, 세수, 숙제), tapped right before a
// verb that takes no activity is done first, as that verb: 양치 자다 → 양치하고 자요, 숙제 놀다 →
// 숙제하고 놀아요. A verb that does take one keeps it as what is done (숙제 돕다 → 숙제를 도와요,
// 수영 좋아하다, 수영 가다).
void done_before_verb(std::vector<ResolvedCard>& cards) {
    for (std::size_t i = 0; i + 1 < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        const ResolvedCard& next = cards[i + 1];
        // (nor what happens or comes, 전화 오다, nor one verb with the next, 칭찬 받다, 목욕
        // 시키다)
        if (c.kind != Kind::noun || c.has(Flag::event) || c.has(Flag::comes) ||
            next.kind != Kind::verb || !next.entry || takes(next, c) ||
            takes(next, c, Role::subject) ||
            std::any_of(next.entry->frame.begin(), next.entry->frame.end(),
                        [&](const lexicon::Slot& slot) { return slot_names(slot, c); }) ||
            lexicon::find(c.label + next.lemma))
            continue;
        const lexicon::Entry* e = done_as_verb(c);
        if (!e) continue;
        c.kind = Kind::verb;
        c.lemma = std::string(e->lemma);
        c.entry = e;
    }
}

// 주다 and 되다 after a verb are grammar cards (읽어 주세요, 타도 돼요?), also when the child
// tapped the verb's object between them (읽다 책 주다): nouns the earlier verb takes better than
// 주다 does.
void settle_grammar_verbs(std::vector<ResolvedCard>& cards) {
    // 하다 right after 안 or 못 that follows another verb does nothing of its own: the child
    // tapped "can't do" after what cannot be done (신발 신다 못 하다 → 신발을 못 신어요). The
    // negation goes before that verb, and 하다 is read as the copula is beside another predicate,
    // left out and named by a warning.
    // (Read again, the negation stands before the verb: 못 신다 하다.)
    const auto negation = [&](std::size_t j) {
        return cards[j].kind == Kind::negative || cards[j].kind == Kind::cannot;
    };
    const auto other_verb = [&](std::size_t j) {
        return cards[j].kind == Kind::verb && cards[j].lemma != "하다";
    };
    for (std::size_t i = 2; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        // (ending its part of the sentence: 먹다 안 하다 싶다 wants, 안 먹고 싶어요)
        if (c.kind != Kind::verb || c.lemma != "하다" ||
            (i + 1 < cards.size() && cards[i + 1].kind != Kind::question &&
             cards[i + 1].kind != Kind::connective))
            continue;
        if (negation(i - 1) && other_verb(i - 2)) {
            c.kind = Kind::copula;
            std::swap(cards[i - 2], cards[i - 1]);  // 못 신다: the negation goes with its verb
        } else if (other_verb(i - 1) && negation(i - 2)) {
            c.kind = Kind::copula;
        }
    }
    // 아니면 between two verbs joins two sentences, as 그리고 does: 놀다 아니면 자다 → 놀아요,
    // 아니면 자요?; 밥 먹다 아니면 빵 먹다 → 밥을 먹어요, 아니면 빵을 먹어요?
    for (std::size_t i = 1; i + 1 < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::choice || c.label != "아니면") continue;
        bool before = false;
        for (std::size_t k = i; k-- > 0 && cards[k].kind != Kind::connective;)
            before = before || cards[k].predicate();
        bool after = false;
        for (std::size_t k = i + 1; k < cards.size() && cards[k].kind != Kind::connective; ++k)
            after = after || cards[k].predicate();
        if (before && after) c.kind = Kind::connective;
    }
    // 그리고 between two nouns with no verb before it in its part of the sentence joins them (사과
    // 그리고 바나나 먹다 → 사과랑 바나나를 먹어요): it is said as 랑, in the place of a choice
    // card.
    for (std::size_t i = 1; i + 1 < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::connective || !c.has(Flag::joins) || cards[i - 1].kind != Kind::noun ||
            cards[i + 1].kind != Kind::noun)
            continue;
        // (Not after something done, with a thing after: 세차 그리고 밥 먹다 → 세차하고 밥을
        // 먹어요; 축구 그리고 수영 하다 → 축구랑 수영을 해요.)
        bool before = done_as_verb(cards[i - 1]) && !cards[i + 1].is_a("activity");
        for (std::size_t k = i; k-- > 0 && cards[k].kind != Kind::connective;)
            before = before || cards[k].predicate();
        if (!before) c.kind = Kind::choice;
    }
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::verb || !(c.has(Flag::give) || c.has(Flag::permission))) continue;
        std::size_t p = i;
        while (p-- > 0 && !cards[p].predicate() && cards[p].kind != Kind::connective) {
        }
        if (p >= i || !cards[p].predicate())
            continue;  // no verb before it in its part of the sentence
        // (A verb that has its object right before it takes no other: 손 씻다 밥 주다 asks for
        // the rice, 손을 씻고 밥 주세요.)
        const bool has_object = p > 0 && cards[p - 1].kind == Kind::noun &&
                                !cards[p - 1].is_a("person") &&
                                frame_names(cards[p], cards[p - 1], Role::object);
        bool between_is_its = true;
        for (std::size_t k = p + 1; k < i && between_is_its; ++k) {
            const ResolvedCard& b = cards[k];
            // (an activity naming the class after it goes with it: 뛰다 목공 교실 안 되다 →
            // 목공 교실에서 뛰면 안 돼요)
            if (k + 1 < i && names_kind_of(b, cards[k + 1])) continue;
            if (b.kind == Kind::noun) {
                // 되다 asks leave for what the verb names (만지다 강아지 되다 → 강아지 만져도
                // 돼요?): the noun is the verb's when its frame names it, even if 되다's does too.
                // The speaker between them is whom it is done for (공 던지다 나 주다 → 나한테
                // 공 던져 줘).
                const int mine = frame_fit(cards[p], b);
                // So is someone who may be asked, or what the verb is done to, tapped after a
                // verb first: 읽다 책 아빠 주다 → 아빠, 책 읽어 주세요; 줍다 연필 주다 → 연필 주워
                // 주세요 (먹다 사과 주다 asks for the apple: eating is what it is for).
                between_is_its =
                    (mine > frame_fit(c, b) && !has_object) ||
                    (c.has(Flag::permission) && takes(cards[p], b)) ||
                    (c.has(Flag::give) && b.has(Flag::speaker)) ||
                    (c.has(Flag::give) && addressed(b) && b.is_a("person") && !b.pronoun) ||
                    (c.has(Flag::give) && first_content(cards, p) && takes(cards[p], b) &&
                     implied_verb(b) != cards[p].lemma) ||
                    // (and after 안 before the verb, asking not to: 아빠 안 넣다 양파 주다 → 아빠,
                    // 양파를 넣지 마세요, not 안 넣고 양파 주세요)
                    (c.has(Flag::give) && p > 0 && cards[p - 1].kind == Kind::negative &&
                     takes(cards[p], b) && !b.is_a("person"));
            } else {
                between_is_its = b.kind == Kind::particle || b.kind == Kind::adverb ||
                                 b.kind == Kind::determiner || b.kind == Kind::negative ||
                                 b.kind == Kind::cannot;
            }
        }
        if (between_is_its) c.kind = c.has(Flag::give) ? Kind::give : Kind::permission;
    }
    // 되다 or 주다 tapped first, before the verb it goes with, with nothing of its own: 되다 타다 ?
    // → 타도 돼요?; 주다 열다 문 → 문을 열어 주세요. (A question word before it asks about it: 왜
    // 안 되다 놀다 → 왜 놀면 안 돼요?)
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::verb || !(c.has(Flag::permission) || c.has(Flag::give))) continue;
        // (Someone tapped before it is who may or may not: 동생 안 되다 가위 만지다 → 동생은
        // 가위를 만지면 안 돼요.)
        const bool first =
            std::all_of(cards.begin(), cards.begin() + static_cast<std::ptrdiff_t>(i),
                        [&](const ResolvedCard& b) {
                            return !b.content() || (b.kind == Kind::adverb && b.has(Flag::wh)) ||
                                   (c.has(Flag::permission) && b.kind == Kind::noun &&
                                    (b.is_a("person") || b.is_a("animal")));
                        });
        std::size_t next = i + 1;
        while (next < cards.size() &&
               (cards[next].kind == Kind::noun || cards[next].kind == Kind::particle ||
                cards[next].kind == Kind::adverb || cards[next].kind == Kind::negative ||
                cards[next].kind == Kind::question)) {  // (되다 ? 휴대폰 보다: ? anywhere)
            ++next;
        }
        if (first && next < cards.size() && cards[next].kind == Kind::verb)
            c.kind = c.has(Flag::permission) ? Kind::permission : Kind::give;
    }
    // 주다 between a thing and the verb that thing is for asks for that verb: 선풍기 주다 켜다 →
    // 선풍기를 켜 주세요 (not 선풍기 주세요. 켜요; 사과 주다 먹다 still asks for the apple), and
    // 보다 there is watching, not trying (텔레비전 주다 보다 → 텔레비전을 봐 주세요).
    for (std::size_t i = 1; i + 1 < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        const ResolvedCard& thing = cards[i - 1];
        ResolvedCard& verb = cards[i + 1];
        if (c.kind == Kind::verb && c.has(Flag::give) && thing.kind == Kind::noun &&
            (verb.kind == Kind::verb || verb.kind == Kind::attempt) && !thing.is_a("food") &&
            !thing.is_a("drink") && implied_verb(thing) == verb.lemma &&
            std::none_of(cards.begin(), cards.begin() + static_cast<std::ptrdiff_t>(i),
                         [](const ResolvedCard& x) { return x.predicate(); })) {
            c.kind = Kind::give;
            verb.kind = Kind::verb;
        }
    }
    // 되다 after a thing, a place or an activity and no verb asks leave to do what the noun
    // implies: 화장실 되다 ? → 화장실 가도 돼요?, 사탕 되다 → 사탕 먹어도 돼요? (의사 되다 stays
    // 'become').
    for (std::size_t i = 0; i < cards.size(); ++i) {
        ResolvedCard& c = cards[i];
        if (c.kind != Kind::verb || !c.has(Flag::permission)) continue;
        // (what is asked for may have its count or 더 after it: 아이스크림 하나 더 되다 ?; 되다
        // tapped first goes with the noun after it: 되다 우유 ? 선생님)
        std::size_t b = i > 0 ? i - 1 : 0;
        // (forbidden, 안 between: 가위 장난 안 되다 → 가위로 장난하면 안 돼요)
        const bool forbids = i > 1 && cards[b].kind == Kind::negative;
        if (forbids) --b;
        const bool first = first_content(cards, i);
        if (first) {
            b = i + 1;
            while (b < cards.size() && cards[b].kind == Kind::question) ++b;
            if (b >= cards.size()) continue;
        }
        while (b > 0 && (cards[b].has(Flag::more) || cards[b].has(Flag::number) ||
                         counted_by(cards, static_cast<int>(b))))
            --b;
        const ResolvedCard& before = cards[b];
        const bool verb_elsewhere =
            std::any_of(cards.begin(), cards.end(),
                        [&](const ResolvedCard& x) { return &x != &c && x.predicate(); });
        // (물 얼음 되다: one thing becomes another; someone called, wherever tapped, is not one of
        // them, nor the speaker who asks: 선생님 화장실 되다 ? → 선생님, 화장실에 가도 돼요?; 물
        // 되다 ? 선생님 → 선생님, 물 마셔도 돼요?; 나 물 되다 ? → 나는 물 마셔도 돼요?)
        const auto nouns = std::count_if(cards.begin(), cards.end(), [&](const ResolvedCard& x) {
            // (nor a time, a number or a counter: 지금 화장실 되다 ?)
            return x.kind == Kind::noun && !addressed(x) && !x.has(Flag::speaker) &&
                   !x.is_a("time") && !x.has(Flag::number) && !x.has(Flag::counter);
        });
        // (an activity forbidden may be said with what it is done with or where: 칠판 낙서 안
        // 되다 → 칠판에 낙서하면 안 돼요)
        if (!verb_elsewhere && (nouns == 1 || (forbids && before.is_a("activity"))) &&
            before.kind == Kind::noun && !before.is_a("person") && !before.is_a("animal") &&
            !before.has(Flag::status) && !implied_verb(before).empty())
            c.kind = Kind::permission;
    }
}

}  // namespace

namespace {

// A person or animal tapped last, after the predicate of the part after 그래서 or 그리고, when the
// part before names no one and its predicate can be said of them: who both parts are about, so it
// comes first (넘어지다 그래서 울다 동생 → 동생이 넘어져서 울어요; 이 닦다 그리고 자다 나 → 나는
// 이를 닦고 자요). -1 when there is none.
int shared_subject(const std::vector<ResolvedCard>& cards, const Structure& s) {
    int last = static_cast<int>(cards.size()) - 1;
    while (last >= 0 && cards[static_cast<std::size_t>(last)].kind == Kind::question) --last;
    if (last < 1 || !is_noun(cards, last)) return -1;
    const ResolvedCard& noun = cards[static_cast<std::size_t>(last)];
    const int segment = s.segment_of[static_cast<std::size_t>(last)];
    const int k = s.clause_of[static_cast<std::size_t>(last)];
    if (k < 0 || (!noun.is_a("person") && !noun.is_a("animal"))) return -1;
    const int p = s.clauses[static_cast<std::size_t>(k)].predicate;
    if (p < 0 || p > last) return -1;
    if (segment < 1) {
        // Two verbs in one part, the first of going, sitting or the like (flag seo: 가서, 앉아서),
        // with someone tapped after the second and no one before: who does both, first (시장
        // 가다 생선 사다 할머니 → 할머니가 시장에 가서 생선을 사세요).
        int first = -1;
        for (int i = 0; i < p; ++i) {
            const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
            if (is_noun(cards, i) && (c.is_a("person") || c.is_a("animal"))) return -1;
            if (c.predicate() && first < 0) first = i;
        }
        const ResolvedCard& after = cards[static_cast<std::size_t>(p)];
        const Clause& c = s.clauses[static_cast<std::size_t>(k)];
        if (first < 0 || !cards[static_cast<std::size_t>(first)].has(Flag::seo) ||
            cards[static_cast<std::size_t>(first)].kind != Kind::verb || c.want >= 0 ||
            c.give >= 0 || c.permission >= 0 || after.kind != Kind::verb ||
            after.has(Flag::motion) || !frame_names(after, noun, Role::subject) ||
            frame_names(after, noun, Role::object) || frame_names(after, noun, Role::recipient) ||
            (frame_names(after, noun, Role::companion) && !noun.has(Flag::speaker)) ||
            particle::is_particle(cards[0].label))
            return -1;
        return frame_names(cards[static_cast<std::size_t>(first)], noun, Role::subject) ? last : -1;
    }
    const ResolvedCard& after = cards[static_cast<std::size_t>(p)];
    if (!frame_names(after, noun, Role::subject) || after.has(Flag::agent) ||
        frame_names(after, noun, Role::object) || frame_names(after, noun, Role::recipient))
        return -1;
    // Someone one does it with first of all (놀다 친구: 친구랑 놀아요; its frame names the
    // companion before who) is who it is about only when the part before tells how they are or what
    // happened to them (아프다, 넘어지다); with a verb one does with someone only at times, they
    // are who (신발 벗다 그리고 들어오다 손님 → 손님이 신발을 벗고 들어와요).
    const bool with = companion_first(after, noun) && !noun.has(Flag::speaker);
    const ResolvedCard* before = nullptr;
    for (int i = 0; i < last; ++i) {
        const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
        if (c.kind == Kind::connective && s.segment_of[static_cast<std::size_t>(i)] == segment &&
            (c.has(Flag::choice) || (c.label != "그래서" && c.label != "그리고")))
            return -1;
        if (i < p && is_noun(cards, i) && i != last && (c.is_a("person") || c.is_a("animal")) &&
            s.segment_of[static_cast<std::size_t>(i)] < segment)
            return -1;
        if (c.predicate() && s.segment_of[static_cast<std::size_t>(i)] == segment - 1) before = &c;
    }
    if (!before) return -1;
    // (nor when something before is what the part before is about: 탑 무너지다 그래서 울다 동생 →
    // 탑이 무너져서 동생이 울어요)
    for (int i = 0; i < p; ++i) {
        const ResolvedCard& c = cards[static_cast<std::size_t>(i)];
        if (is_noun(cards, i) && s.segment_of[static_cast<std::size_t>(i)] == segment - 1 &&
            frame_names(*before, c, Role::subject) && !frame_names(*before, c, Role::object))
            return -1;
    }
    // Not before a first card that would then read as its particle (이 빠지다 … 동생: 동생 이 →
    // 동생이), unless it is the tooth, which the speaker's card before it and a verb done to a body
    // part after it keep (이 닦다 그리고 자다 나 → 나는 이를 닦고 자요; see resolve()).
    const bool tooth = noun.has(Flag::speaker) && cards[0].is_a("body") && cards.size() > 1 &&
                       (frame_names(cards[1], cards[0], Role::object) ||
                        frame_names(cards[1], cards[0], Role::subject));
    if (particle::is_particle(cards[0].label) && !tooth) return -1;
    const bool state = before->has(Flag::feeling) || before->has(Flag::report);
    if (with && !state) return -1;
    return frame_names(*before, noun, Role::subject) || state ? last : -1;
}

}  // namespace

Arrangement arrange(std::vector<ResolvedCard> tapped, const SentenceOptions& options) {
    Arrangement out;
    std::vector<ResolvedCard> cards = std::move(tapped);
    without_repeats(cards, options.collapse_repeats, out.repeats);
    number_before_counter(cards);
    four_before_counter(cards);
    determiner_before_thing(cards);
    settle_grammar_verbs(cards);
    if (options.keep_tap_order) {
        done_before_verb(cards);
        out.cards = std::move(cards);
        return out;
    }
    count_after_noun(cards);
    time_before_thing(cards);
    more_after_noun(cards);
    little_before_more(cards);
    ours_before_home(cards);
    this_before_thing(cards);
    which_kind(cards);
    all_before_question(cards);
    adjective_before_wanted(cards);
    reaction_after_cause(cards);
    someone_before_state(cards);
    marked_doer_first(cards);
    reason_before_leave(cards);
    choice_between(cards);
    thing_after_colours(cards);
    who_before_choice(cards);
    object_before_choice(cards);
    // (The structure and the lists below are kept from one sentence arranged to the next and
    // refilled: arrange() is never re-entered.)
    Kept& lists = kept();
    Structure& s = lists.structure;
    analyse(cards, s);
    const int n = static_cast<int>(cards.size());
    // Whether the child tapped a particle card right after card i (a noun so marked keeps its
    // place).
    const auto marked = [&](int i) {
        return i + 1 < n && cards[static_cast<std::size_t>(i) + 1].kind == Kind::particle;
    };
    std::vector<int>& order = lists.order;
    order.clear();
    std::vector<char>& placed = lists.placed;
    placed.assign(cards.size(), false);
    const auto put = [&](int i) {
        if (i < 0 || placed[static_cast<std::size_t>(i)]) return;
        // 아니면 or 말고 right before an adverb goes before it (지금 아니면 나중에 전화하다), and
        // so does 다 before 같이 (부르다 노래 다 같이 → 다 같이 노래 부르다).
        const ResolvedCard& b = cards[static_cast<std::size_t>(i > 0 ? i - 1 : i)];
        if (i > 0 && cards[static_cast<std::size_t>(i)].kind == Kind::adverb &&
            (b.kind == Kind::choice ||
             (b.has(Flag::finished) && together(cards[static_cast<std::size_t>(i)]))) &&
            !placed[static_cast<std::size_t>(i) - 1]) {
            placed[static_cast<std::size_t>(i) - 1] = true;
            order.push_back(i - 1);
        }
        placed[static_cast<std::size_t>(i)] = true;
        order.push_back(i);
    };
    // A noun with what belongs to it: determiners and modifiers before it, particle cards and 같이
    // after it, and 아니면/말고 before it.
    const auto put_noun = [&](int i) {
        int first = i;
        while (first > 0) {
            const ResolvedCard& b = cards[static_cast<std::size_t>(first) - 1];
            if (b.kind == Kind::determiner || b.kind == Kind::choice ||
                s.modifier[static_cast<std::size_t>(first) - 1] || ours(cards, first - 1) ||
                sold_at(cards, first - 1) ||
                names_kind_of(b, cards[static_cast<std::size_t>(first)]))
                --first;
            else
                break;
        }
        for (int k = first; k <= i; ++k) put(k);
        for (int k = i + 1; k < n; ++k) {
            const ResolvedCard& a = cards[static_cast<std::size_t>(k)];
            if (a.kind != Kind::particle && !together_with_noun(cards, k)) break;
            put(k);
        }
    };
    int last_segment = s.segment_of.empty() ? 0 : s.segment_of.back();
    const int shared = shared_subject(cards, s);
    for (int segment = 0; segment <= last_segment; ++segment) {
        const auto in_segment = [&](int i) {
            return s.segment_of[static_cast<std::size_t>(i)] == segment;
        };
        // The connective that opens the segment stays first.
        for (int i = 0; i < n; ++i) {
            if (in_segment(i) && cards[static_cast<std::size_t>(i)].kind == Kind::connective)
                put(i);
        }
        for (int i = 0; i < n; ++i) {
            const Kind k = cards[static_cast<std::size_t>(i)].kind;
            if (!in_segment(i) || (k != Kind::interjection && k != Kind::plain_speech)) continue;
            // A person and then a greeting, and nothing else: the person is called first (선생님
            // 안녕하세요 stays as it is).
            bool alone = i > 0 && in_segment(i - 1) && (i < 2 || !in_segment(i - 2));
            for (int j = i + 1; j < n && alone; ++j)
                alone = !in_segment(j) || cards[static_cast<std::size_t>(j)].kind == Kind::question;
            if (k == Kind::interjection && alone && is_noun(cards, i - 1) &&
                cards[static_cast<std::size_t>(i) - 1].is_a("person") &&
                !cards[static_cast<std::size_t>(i) - 1].pronoun)
                put(i - 1);
            put(i);
        }
        if (segment == 0 && shared >= 0) put_noun(shared);
        // A time word tapped after its predicate comes first, after a leading topic pronoun
        // (놀다 오늘 → 오늘 놀다; 나 놀다 내일 → 나 내일 놀다); one tapped before it keeps its
        // place.
        // One with a time word tapped before the predicate goes after that word instead (밤 자다
        // 9시 → 밤 9시 자다), as the clause's nouns are ordered below.
        // (So does a meal its verb does not eat or make, or eats with something else eaten:
        // 일어나다 씻다 아침 → 아침 일어나다 씻다; 계란 먹다 아침 → 아침 계란 먹다.)
        const auto late_time = [&](int i) {
            const int k = s.clause_of[static_cast<std::size_t>(i)];
            const int p = k >= 0 ? s.clauses[static_cast<std::size_t>(k)].predicate : -1;
            if (!in_segment(i) || p < 0 || p >= i) return false;
            const ResolvedCard& t = cards[static_cast<std::size_t>(i)];
            const ResolvedCard& pred = cards[static_cast<std::size_t>(p)];
            const auto& nouns = s.clauses[static_cast<std::size_t>(k)].nouns;
            const bool other_eaten = std::any_of(nouns.begin(), nouns.end(), [&](int j) {
                const ResolvedCard& x = cards[static_cast<std::size_t>(j)];
                return j != i && !x.is_a("time") && x.is_a("food") &&
                       frame_names(pred, x, Role::object);
            });
            // (A part of the day goes after who does it, like a clock time: 개다 이불 아빠 아침
            // → 아빠 아침 이불 개다.)
            const bool doer = std::any_of(nouns.begin(), nouns.end(), [&](int j) {
                return cards[static_cast<std::size_t>(j)].is_a("person") && !marked(j);
            });
            const bool meal = t.kind == Kind::noun && t.is_a("time") && t.is_a("food") &&
                              !marked(i) && !doer &&
                              (!frame_names(pred, t, Role::object) || other_eaten);
            if (!pure_time(cards, i) && !meal) return false;
            return std::none_of(nouns.begin(), nouns.end(), [&](int t) {
                return t < p && cards[static_cast<std::size_t>(t)].is_a("time");
            });
        };
        bool time_later = false;
        for (int i = 0; i < n; ++i) time_later = time_later || late_time(i);
        // So does a first noun that reads as a particle after another noun: 이 빠지다 어제 → 이
        // 어제 빠지다 (이가 어제 빠졌어요; after 어제, 이 would be its particle).
        if (time_later && n > 0 && in_segment(0) && is_noun(cards, 0) && !marked(0) &&
            (cards[0].has(Flag::topic) || particle::is_particle(cards[0].label))) {
            put(0);
        }
        // (and so does the speaker or the listener tapped after the predicate, who comes first
        // anyway: 뭐 만들다 우리 오늘 → 우리 오늘 뭐 만들다; 뭐 하다 너 지금 → 너 지금 뭐 하다)
        // (Not after someone else who does it to the speaker: 친구 공 던지다 나 어제 → 어제 친구
        // 공 던지다 나, 친구가 나한테 공을 던졌어요.)
        const auto someone_before = [&](int k, int p) {
            for (int j = 0; j < p; ++j) {
                const ResolvedCard& x = cards[static_cast<std::size_t>(j)];
                if (s.clause_of[static_cast<std::size_t>(j)] == k && is_noun(cards, j) &&
                    !x.pronoun && (x.is_a("person") || x.is_a("animal")) && !marked(j))
                    return true;
            }
            return false;
        };
        for (int i = 0; i < n && time_later; ++i) {
            const int k = s.clause_of[static_cast<std::size_t>(i)];
            const int p = k >= 0 ? s.clauses[static_cast<std::size_t>(k)].predicate : -1;
            if (in_segment(i) && is_noun(cards, i) && p >= 0 && i > p &&
                cards[static_cast<std::size_t>(i)].pronoun &&
                cards[static_cast<std::size_t>(i)].has(Flag::topic) && !marked(i) &&
                !cards[static_cast<std::size_t>(p)].has(Flag::agent) && !someone_before(k, p)) {
                // (with what is ours: 우리 가족; but 우리 집 is a place, which keeps its place:
                // 놀다 오다 사촌 우리 집 내일 → 내일 사촌이 우리 집에 놀러 와요)
                if (!ours(cards, i))
                    put(i);
                else if (!cards[static_cast<std::size_t>(i) + 1].is_a("place"))
                    put_noun(i + 1);
                break;
            }
        }
        for (int i = 0; i < n; ++i) {
            if (late_time(i)) put(i);
        }
        // What one thanks or says sorry for comes first: 미안하다 때리다 → 때리다 미안하다 (때려서
        // 미안해요); so does what one likes, fears or finds hard doing, when the adjective has no
        // noun of its own: 싫다 나 가다 → 나 가다 싫다 (나는 가기 싫어요; but 싫다 안 가다 → 싫어서
        // 안 가요).
        // (Not one that has its verb right before it already: 자다 싫다 놀다 → 자기 싫어요, then
        // 놀다.)
        const auto comes_after = [&](const Clause& adjective) {
            const ResolvedCard& a = cards[static_cast<std::size_t>(adjective.predicate)];
            const bool has_its_verb =
                adjective.predicate > 0 &&
                cards[static_cast<std::size_t>(adjective.predicate) - 1].kind == Kind::verb;
            return thanks(a) || (a.kind == Kind::adjective && a.has(Flag::gi) &&
                                 !a.has(Flag::feeling) && adjective.nouns.empty() && !has_its_verb);
        };
        std::vector<std::size_t> clause_order(s.clauses.size());
        for (std::size_t k = 0; k < s.clauses.size(); ++k) clause_order[k] = k;
        // Swaps, in the order so far, each two neighbouring parts with predicates in one segment
        // of the sentence that `turned(a, b)` says go the other way round; a part swapped is not
        // looked at again in the same pass.
        const auto swap_pairs = [&](auto&& turned) {
            for (std::size_t o = 0; o + 1 < clause_order.size(); ++o) {
                const Clause& a = s.clauses[clause_order[o]];
                const Clause& b = s.clauses[clause_order[o + 1]];
                if (a.predicate < 0 || b.predicate < 0 ||
                    s.segment_of[static_cast<std::size_t>(a.predicate)] !=
                        s.segment_of[static_cast<std::size_t>(b.predicate)] ||
                    !turned(a, b))
                    continue;
                std::swap(clause_order[o], clause_order[o + 1]);
                ++o;
            }
        };
        // (a clause with a predicate and none of 싶다, 주다, 되다 or 안 shaping it)
        const auto plain = [](const Clause& c) {
            return c.predicate >= 0 && c.want < 0 && c.give < 0 && c.permission < 0 &&
                   c.negative < 0;
        };
        // (not before what one wants to do, which the feeling is why: 무섭다 내려오다 싶다 →
        // 무서워서 내려오고 싶어요)
        // (nor before help asked for, which it is why: 어렵다 도와주다 → 어려우니까 도와주세요)
        swap_pairs([&](const Clause& a, const Clause& b) {
            const ResolvedCard& verb = cards[static_cast<std::size_t>(b.predicate)];
            const bool thanked = thanks(cards[static_cast<std::size_t>(a.predicate)]);
            return comes_after(a) && (thanked || (b.negative < 0 && b.want < 0)) &&
                   verb.kind == Kind::verb && (thanked || !verb.has(Flag::request));
        });
        // How things are, tapped after what cannot be done, is why it cannot and comes first: 노래
        // 못 부르다 목 아프다 → 목 아프다 노래 못 부르다 (목이 아파서 노래를 못 불러요); 못 자다
        // 시끄럽다 → 시끄러워서 못 자요. (Not a bare adjective after nouns it would then be said
        // of: 숙제 못 하다 어렵다.)
        swap_pairs([&](const Clause& a, const Clause& b) {
            return a.cannot && a.want < 0 && a.give < 0 && a.permission < 0 && plain(b) &&
                   b.predicate > a.predicate &&
                   cards[static_cast<std::size_t>(a.predicate)].kind == Kind::verb &&
                   cards[static_cast<std::size_t>(b.predicate)].kind == Kind::adjective &&
                   !comes_after(b) && (!b.nouns.empty() || a.nouns.empty());
        });
        // How things are or what happens, with a noun of its own, tapped after what is forbidden,
        // is why it is, and comes first: 뛰다 안 되다 바닥 미끄럽다 → 바닥 미끄럽다 뛰다 안 되다
        // (바닥이 미끄러우니까 뛰면 안 돼요).
        swap_pairs([&](const Clause& a, const Clause& b) {
            return forbids(a) && a.want < 0 && a.give < 0 && plain(b) &&
                   b.predicate > a.permission && !b.nouns.empty() && b.nouns.front() > a.permission;
        });
        // A posture taken somewhere, tapped with its place after something done to a thing, is
        // how that is done, and comes first: 읽다 책 앉다 바닥 → 앉다 바닥 읽다 책 (바닥에 앉아서
        // 책을 읽어요). Not after going (가다 앉다: 가서 앉아요). The rules say it is a guess.
        swap_pairs([&](const Clause& a, const Clause& b) {
            const ResolvedCard& done = cards[static_cast<std::size_t>(a.predicate)];
            return plain(a) && plain(b) && b.predicate > a.predicate && !b.nouns.empty() &&
                   posture(cards[static_cast<std::size_t>(b.predicate)]) && !posture(done) &&
                   done.kind == Kind::verb && !done.has(Flag::motion) &&
                   std::any_of(a.nouns.begin(), a.nouns.end(), [&](int i) {
                       return frame_names(done, cards[static_cast<std::size_t>(i)], Role::object);
                   });
        });
        // A part with a time word said of its verb, tapped after another part, comes first: 동화책
        // 읽다 자다 전 → 자다 전 동화책 읽다 (자기 전에 동화책을 읽어요).
        const auto said_before_or_after = [&](const Clause& c) {
            return c.predicate >= 0 && std::any_of(c.nouns.begin(), c.nouns.end(),
                                                   [&](int i) { return after_its_verb(cards, i); });
        };
        swap_pairs([&](const Clause& a, const Clause& b) {
            return !said_before_or_after(a) && said_before_or_after(b);
        });
        // Someone thanked or apologised to goes first, before what for: 도와주다 고맙다 선생님 →
        // 선생님 도와주다 고맙다 (선생님, 도와줘서 고마워요); 선생님 미안하다 늦다 → 선생님 늦다
        // 미안하다.
        std::vector<int>& lead = lists.lead;
        lead.assign(s.clauses.size(), -1);
        for (std::size_t o = 0; o + 1 < clause_order.size(); ++o) {
            const Clause& reason = s.clauses[clause_order[o]];
            const Clause& thanked = s.clauses[clause_order[o + 1]];
            if (reason.predicate < 0 || thanked.predicate < 0 ||
                !thanks(cards[static_cast<std::size_t>(thanked.predicate)]) ||
                s.segment_of[static_cast<std::size_t>(reason.predicate)] !=
                    s.segment_of[static_cast<std::size_t>(thanked.predicate)])
                continue;
            for (int j : thanked.nouns) {
                if (addressed(cards[static_cast<std::size_t>(j)]) && !marked(j))
                    lead[clause_order[o]] = j;
            }
        }
        // A verb whose object may be an action (flag doing), tapped first with nothing of its
        // own, comes after the action: 도와주다 가방 닫다 → 가방 닫다 도와주다 (가방 닫는 거
        // 도와주세요).
        swap_pairs([&](const Clause& a, const Clause& b) {
            // (someone asked may be tapped with it: 도와주다 선생님 가방 닫다)
            const bool own_things = std::any_of(a.nouns.begin(), a.nouns.end(), [&](int j) {
                return !cards[static_cast<std::size_t>(j)].is_a("person") || marked(j);
            });
            if (!plain(a) || !plain(b) || own_things || b.predicate < a.predicate) return false;
            const ResolvedCard& p = cards[static_cast<std::size_t>(a.predicate)];
            const ResolvedCard& q = cards[static_cast<std::size_t>(b.predicate)];
            return p.has(Flag::doing) && p.kind == Kind::verb && q.kind == Kind::verb &&
                   !q.has(Flag::doing) && !q.has(Flag::motion);
        });
        // A verb of going tapped first, then what for with the place after it: the place is where
        // one goes, and the going comes last (가다 책 빌리다 도서관 → 책 빌리다 도서관 가다: 책
        // 빌리러 도서관에 가요). Without a place after, 가다 책 빌리다 stays 가서 책을 빌려요.
        for (std::size_t o = 0; o + 1 < clause_order.size(); ++o) {
            Clause& a = s.clauses[clause_order[o]];
            Clause& b = s.clauses[clause_order[o + 1]];
            if (!plain(a) || !plain(b) || !a.nouns.empty() || b.predicate < a.predicate ||
                !cards[static_cast<std::size_t>(a.predicate)].has(Flag::motion) ||
                cards[static_cast<std::size_t>(b.predicate)].kind != Kind::verb ||
                cards[static_cast<std::size_t>(b.predicate)].has(Flag::motion) ||
                s.segment_of[static_cast<std::size_t>(a.predicate)] !=
                    s.segment_of[static_cast<std::size_t>(b.predicate)])
                continue;
            const auto place = std::find_if(b.nouns.begin(), b.nouns.end(), [&](int j) {
                return j > b.predicate && cards[static_cast<std::size_t>(j)].is_a("place") &&
                       !marked(j);
            });
            if (place == b.nouns.end()) continue;
            // With nothing else for what for, the place comes first (가다 놀다 공원 → 공원 놀다
            // 가다: 공원에 놀러 가요; the purpose stage gives it to the going).
            if (b.nouns.size() > 1) {
                a.nouns.push_back(*place);
                s.clause_of[static_cast<std::size_t>(*place)] = static_cast<int>(clause_order[o]);
                b.nouns.erase(place);
            }
            std::swap(clause_order[o], clause_order[o + 1]);
            ++o;
        }
        // 오다 tapped before what for, with no word between: coming to do it (친구 오다 올챙이
        // 보다 → 친구 올챙이 보다 오다: 친구가 올챙이를 보러 와요; 삼촌 병원 오다 할아버지 보다 →
        // 삼촌이 할아버지를 보러 병원에 와요). Who comes goes first. (가다 stays: 도서관 가다 책
        // 읽다 → 도서관에 가서 책을 읽어요, as children mean it as often as what for.)
        for (std::size_t o = 0; o + 1 < clause_order.size(); ++o) {
            Clause& a = s.clauses[clause_order[o]];
            Clause& b = s.clauses[clause_order[o + 1]];
            if (!plain(a) || !plain(b) || a.finished >= 0 || b.finished >= 0 ||
                b.predicate < a.predicate ||
                cards[static_cast<std::size_t>(a.predicate)].lemma != "오다" ||
                cards[static_cast<std::size_t>(b.predicate)].kind != Kind::verb ||
                cards[static_cast<std::size_t>(b.predicate)].has(Flag::motion) ||
                cards[static_cast<std::size_t>(b.predicate)].has(Flag::report) ||
                // (nor a verb whose object is the coming: 엄마 오다 기다리다 → 엄마가 오는 거
                // 기다려요, not 엄마를 기다리러 와요)
                cards[static_cast<std::size_t>(b.predicate)].has(Flag::doing) ||
                s.segment_of[static_cast<std::size_t>(a.predicate)] !=
                    s.segment_of[static_cast<std::size_t>(b.predicate)] ||
                !std::all_of(a.nouns.begin(), a.nouns.end(), [&](int j) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(j)];
                    return !marked(j) && x.kind == Kind::noun && !x.pronoun &&
                           (x.is_a("person") || x.is_a("place")) && !x.is_a("time");
                }))
                continue;
            std::vector<int> who;
            for (int j : a.nouns) {
                if (cards[static_cast<std::size_t>(j)].is_a("person")) who.push_back(j);
            }
            for (int j : who) {
                a.nouns.erase(std::find(a.nouns.begin(), a.nouns.end(), j));
                s.clause_of[static_cast<std::size_t>(j)] = static_cast<int>(clause_order[o + 1]);
            }
            for (int j : b.nouns) who.push_back(j);  // who comes first, then b's own nouns
            b.nouns = std::move(who);
            std::swap(clause_order[o], clause_order[o + 1]);
            ++o;
        }
        const int called = called_run(cards);  // someone called again and again at the start
        for (std::size_t k : clause_order) {
            const Clause& c = s.clauses[k];
            int member = -1;
            for (int i = 0; i < n && member < 0; ++i) {
                if (s.clause_of[static_cast<std::size_t>(i)] == static_cast<int>(k)) member = i;
            }
            if (member < 0 || !in_segment(member)) continue;
            if (lead[k] >= 0) put_noun(lead[k]);
            // Who goes, tapped after a verb of going that says what for, goes first: 놀다 오다
            // 친구 → 친구 놀다 오다 (친구가 놀러 와요); so does who goes tapped between the two
            // verbs: 밥 먹다 나 가다 → 나 밥 먹다 가다 (나는 밥 먹으러 가요). (What happened
            // says why, not what for, and keeps its place: 다치다 병원 가다 → 다쳐서 병원에 가요.)
            if (k + 1 < s.clauses.size() && c.predicate >= 0 && c.want < 0 && c.give < 0 &&
                c.permission < 0 && c.negative < 0 &&
                !cards[static_cast<std::size_t>(c.predicate)].has(Flag::motion) &&
                !cards[static_cast<std::size_t>(c.predicate)].has(Flag::seo) &&
                !cards[static_cast<std::size_t>(c.predicate)].has(Flag::report)) {
                const Clause& going = s.clauses[k + 1];
                const auto who = [&](int j) {
                    return j >= 0 && j < n && cards[static_cast<std::size_t>(j)].is_a("person") &&
                           is_noun(cards, j);
                };
                // So does where one goes, when what for has no noun of its own: 놀다 밖 가다 → 밖
                // 놀다 가다 (밖에 놀러 가요).
                const auto where = [&](int j) {
                    return c.nouns.empty() && is_noun(cards, j) &&
                           cards[static_cast<std::size_t>(j)].is_a("place");
                };
                bool only_who_between = going.predicate > c.predicate;
                for (int j = c.predicate + 1; j < going.predicate && only_who_between; ++j)
                    only_who_between = who(j) || where(j);
                // (Who is asked to help with it, or likes it, too: 바지 입다 도와주다 선생님 →
                // 선생님 바지 입다 도와주다: 선생님, 바지 입는 거 도와주세요.)
                const auto going_or_doing = [&]() {
                    const ResolvedCard& then = cards[static_cast<std::size_t>(going.predicate)];
                    return (then.has(Flag::motion) || then.has(Flag::doing)) &&
                           then.kind == Kind::verb;
                };
                if (only_who_between && going_or_doing()) {
                    for (int j : going.nouns) {
                        const ResolvedCard& x = cards[static_cast<std::size_t>(j)];
                        if ((j > going.predicate && x.is_a("person") && !x.has(Flag::speaker)) ||
                            (j > c.predicate && j < going.predicate))
                            put_noun(j);
                    }
                    // (and where, tapped after the going: 놀다 가다 놀이터 → 놀이터 놀다 가다)
                    for (int j : going.nouns) {
                        if (j > going.predicate && where(j)) put_noun(j);
                    }
                }
            }
            // A question word that is a nominal sentence's predicate goes last (뭐 저거 → 저거 뭐),
            // and the person a question is about goes before the question word (언제 아빠 오다 →
            // 아빠 언제 오다).
            std::vector<int>& nouns = lists.nouns;
            nouns = c.nouns;
            // (a time word said of the verb goes right after it, with the clause's rest below)
            nouns.erase(std::remove_if(nouns.begin(), nouns.end(),
                                       [&](int i) { return after_its_verb(cards, i); }),
                        nouns.end());
            // A colour tapped after the thing it colours, in a clause that does or asks something,
            // goes before it (모자 쓰다 노란색 → 노란색 모자 쓰다; 주다 크레파스 빨간색 → 빨간색
            // 크레파스 주다). With no verb, 단풍잎 빨간색 may say what colour the leaf is, and
            // stays; a thing one asks for is asked for in that colour (리본 빨간색 → 빨간색 리본:
            // seven of eight writers modelled it so).
            const auto asked_in_colour = [&] {
                if (c.predicate >= 0 || nouns.size() != 2) return false;
                const ResolvedCard& thing = cards[static_cast<std::size_t>(nouns[0])];
                return requestable(thing) && !thing.is_a("food") && !thing.is_a("drink");
            };
            const bool acts = (c.predicate >= 0 &&
                               cards[static_cast<std::size_t>(c.predicate)].kind != Kind::copula) ||
                              c.give >= 0 || asked_in_colour();
            for (std::size_t h = 1; acts && h < nouns.size(); ++h) {
                const int x = nouns[h];
                const ResolvedCard& colour = cards[static_cast<std::size_t>(x)];
                if (!colour.is_a("color") || colour.classes.size() != 1 || is_noun(cards, x + 1))
                    continue;
                const int y = nouns[h - 1];
                const ResolvedCard& thing = cards[static_cast<std::size_t>(y)];
                // (not a colour painted with: 로봇 파란색 칠하다 → 로봇을 파란색으로 칠해요)
                if (thing.is_a("color") || thing.is_a("person") || thing.is_a("animal") ||
                    thing.is_a("place") || thing.is_a("time") || !thing.known || marked(y) ||
                    (c.predicate >= 0 &&
                     coloured_with(&cards[static_cast<std::size_t>(c.predicate)], colour)))
                    continue;
                nouns[h - 1] = x;
                nouns[h] = y;
            }
            const auto wh =
                [&](int i) {  // 뭐, or a noun a question word determines (무슨 요일, 몇 시)
                    return cards[static_cast<std::size_t>(i)].has(Flag::wh) ||
                           (i > 0 &&
                            cards[static_cast<std::size_t>(i) - 1].kind == Kind::determiner &&
                            cards[static_cast<std::size_t>(i) - 1].has(Flag::wh));
                };
            if (c.predicate < 0) {
                // (a day of someone's with someone tapped right after it: 생일 나, whose
                // birthday; flag someones)
                const auto whose_day = [&](int i) {
                    const ResolvedCard& d = cards[static_cast<std::size_t>(i)];
                    if (!is_noun(cards, i + 1) || !d.has(Flag::someones) || marked(i)) return false;
                    const ResolvedCard& who = cards[static_cast<std::size_t>(i) + 1];
                    return (who.is_a("person") || who.is_a("animal")) && !who.has(Flag::wh) &&
                           !marked(i + 1);
                };
                // 누구 right before a thing asks whose it is, and stays there (누구 인형 → 누구
                // 인형이에요?).
                const auto whose = [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return x.has(Flag::wh) && x.is_a("person") && i + 1 < n &&
                           is_noun(cards, i + 1) &&
                           !cards[static_cast<std::size_t>(i) + 1].has(Flag::wh);
                };
                // (누구 with 같이 right after it asks with whom, and stays first: 누구 같이 축구 →
                // 누구랑 같이 축구해요?; so does 누구 with 먼저 or 혼자, flag doer, asking who does
                // it: 누구 먼저 뜀틀 → 누가 먼저 뜀틀 해요?)
                to_front(nouns, [&](int i) {
                    return !wh(i) || whose(i) ||
                           (i + 1 < n && (together_with_noun(cards, i + 1) ||
                                          cards[static_cast<std::size_t>(i) + 1].has(Flag::doer)));
                });
                // Nouns alone, with no grammar card that carries a verb (the rules may give them
                // one: 화장실 → 화장실에 가고 싶어요, 피 → 피가 나요).
                const bool alone = c.want < 0 && c.give < 0 && c.negative < 0 && c.permission < 0;
                // What a question about a thing points at goes first: 누구 가방 이거 → 이거 누구
                // 가방 (이거 누구 가방이에요?); so does a thing pointed at last, which the nouns
                // before it say what it is: 아빠 휴대폰 이거 → 이거 아빠 휴대폰 (이거 아빠
                // 휴대폰이에요, not 아빠 휴대폰은 이거예요).
                // (the pointing word, or -1)
                const int pointer = [&] {
                    const int last = nouns.empty() ? -1 : nouns.back();
                    if (!alone || nouns.size() < 2 || last < 1 || marked(last) ||
                        !is_noun(cards, last - 1) ||
                        cards[static_cast<std::size_t>(last) - 1].is_a("person") ||
                        cards[static_cast<std::size_t>(last) - 1].is_a("animal") ||
                        !pointing_word(cards[static_cast<std::size_t>(last)]) ||
                        std::any_of(nouns.begin(), nouns.end(), wh))
                        return -1;
                    return last;
                }();
                if (std::any_of(nouns.begin(), nouns.end(), whose))
                    to_front(nouns, [&](int i) {
                        const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                        return x.pronoun && x.is_a("thing") && !x.has(Flag::wh);
                    });
                // Asking where a thing of the speaker's is, the speaker tapped after it goes before
                // it: 가방 어디 나 → 나 가방 어디 (내 가방이 어디 있어요?); 어디 교실 우리 → 우리
                // 교실 어디. So does the speaker after a thing alone: 이름표 나 → 나 이름표 (내
                // 이름표 주세요).
                const bool asks_where = std::any_of(nouns.begin(), nouns.end(), wh);
                if (alone && (nouns.size() == 2 || asks_where))
                    for (std::size_t h = 1; h < nouns.size(); ++h) {
                        const ResolvedCard& x = cards[static_cast<std::size_t>(nouns[h])];
                        const ResolvedCard& y = cards[static_cast<std::size_t>(nouns[h - 1])];
                        if (x.has(Flag::speaker) && !marked(nouns[h]) && !wh(nouns[h - 1]) &&
                            !marked(nouns[h - 1]) && !y.pronoun &&
                            ((belonging(y) && !y.is_a("food")) ||
                             (asks_where && x.has(Flag::household) && y.is_a("place"))))
                            std::swap(nouns[h], nouns[h - 1]);
                    }
                // Someone called after what they are asked for goes first (화장실 선생님 → 선생님
                // 화장실: 선생님, 화장실에 가고 싶어요; 물 엄마 → 엄마 물). Not with a thing
                // pointed at, which says whose it is (이거 아빠 휴대폰 → 이거 아빠 휴대폰이에요).
                const bool pointing = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return pointing_word(cards[static_cast<std::size_t>(i)]);
                });
                if (alone && !pointing && std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                        const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                        return x.has(Flag::need) || asked_for(x);
                    }))
                    to_front(nouns, [&](int i) {
                        return addressed(cards[static_cast<std::size_t>(i)]) && !marked(i);
                    });
                // So does someone tapped last, after a question about something else, who is asked
                // it (이거 뭐 선생님 → 선생님 이거 뭐: 선생님, 이거 뭐예요?).
                if (alone && nouns.size() >= 3 && std::any_of(nouns.begin(), nouns.end(), wh)) {
                    const int last = *std::max_element(nouns.begin(), nouns.end());
                    const ResolvedCard& x = cards[static_cast<std::size_t>(last)];
                    if (addressed(x) && x.is_a("person") && !marked(last) && !wh(last))
                        to_front(nouns, [&](int i) { return i == last; });
                }
                // A time word tapped after the other nouns goes first (화장실 지금 → 지금 화장실;
                // 생일 오늘 → 오늘 생일), but not a day of someone's (친구 생일 stays), nor what
                // a noun the child marked as the topic is (내일 은 토요일: 내일은 토요일이에요).
                const bool topic_marked = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return marked(i) && particle::same_particle(
                                            cards[static_cast<std::size_t>(i) + 1].label, "은/는");
                });
                // (Asking who, the time still goes first: 누구 당번 오늘 → 오늘 누구 당번, 누구
                // 생일 오늘 → 오늘 누구 생일.)
                const bool asks_what = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return wh(i) && !cards[static_cast<std::size_t>(i)].is_a("person");
                });
                // (오늘, 내일 and the like first of all, before the day they are: 광복절 내일 →
                // 내일 광복절, 내일 광복절이에요)
                for (const bool bare : {false, true}) {
                    if (asks_what || topic_marked) break;
                    to_front(nouns, [&](int i) {
                        const bool owned =
                            (i > 0 && is_noun(cards, i - 1) &&
                             (cards[static_cast<std::size_t>(i) - 1].is_a("person") ||
                              cards[static_cast<std::size_t>(i) - 1].is_a("animal"))) ||
                            whose_day(i);
                        return pure_time(cards, i) && !owned &&
                               (!bare || cards[static_cast<std::size_t>(i)].has(Flag::bare));
                    });
                }
                // Someone tapped right after a day is whose day it is, and goes before it: 내일
                // 생일 나 → 내일 나 생일 (내일 내 생일이에요); 언제 생일 너 → 너 생일 언제.
                // So does the speaker tapped right after what they are (flag status), who it is:
                // 당번 나 → 나 당번 (나는 당번이에요), 내일 당번 나 → 내일 나 당번.
                const auto what_i_am = [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return x.has(Flag::status) && !marked(i) && is_noun(cards, i + 1) &&
                           cards[static_cast<std::size_t>(i) + 1].has(Flag::speaker) &&
                           cards[static_cast<std::size_t>(i) + 1].pronoun && !marked(i + 1);
                };
                for (std::size_t h = 1; alone && h < nouns.size(); ++h) {
                    if ((whose_day(nouns[h - 1]) || what_i_am(nouns[h - 1])) &&
                        nouns[h] == nouns[h - 1] + 1)
                        std::swap(nouns[h - 1], nouns[h]);
                }
                // A noun that says what happens goes last, where its verb is said (피 손 → 손
                // 피: 손에 피가 나요).
                if (alone && std::none_of(nouns.begin(), nouns.end(), wh))
                    to_front(nouns, [&](int i) {  // (열 개 counts: ten)
                        return !happening(cards, nouns, i) ||
                               (i + 1 < n &&
                                cards[static_cast<std::size_t>(i) + 1].has(Flag::counter));
                    });
                if (pointer >= 0) to_front(nouns, [&](int i) { return i == pointer; });
            } else if (std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                           return wh(i) && !cards[static_cast<std::size_t>(i)].is_a("person");
                       })) {
                // So does what is asked about when it was tapped after the verb (어디 있다 화장실
                // → 화장실 어디 있다; 언제 끝나다 체육 → 체육 언제 끝나다).
                // (not one right before a home, whose it is: 어떻게 가다 할머니 집 → 할머니 집
                // 어떻게 가다, 할머니 집에 어떻게 가요?)
                const auto someone = [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return !wh(i) && (x.is_a("person") || x.is_a("animal")) && !marked(i) &&
                           !(i + 1 < n && cards[static_cast<std::size_t>(i) + 1].has(Flag::home));
                };
                // (Asking when, what the verb is done to stays after 언제: 언제 먹다 케이크 → 언제
                // 케이크 먹다.)
                const bool when = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return wh(i) && cards[static_cast<std::size_t>(i)].is_a("time");
                });
                const auto done_to = [&](int i) {
                    if (!when || c.predicate < 0) return false;
                    const ResolvedCard& p = cards[static_cast<std::size_t>(c.predicate)];
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return frame_names(p, x, Role::object) && !frame_names(p, x, Role::subject);
                };
                // (Asking where, what is there or is put there goes first: 어디 가방 넣다 → 가방
                // 어디 넣다, 가방을 어디에 넣어요?)
                const bool where = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return wh(i) && cards[static_cast<std::size_t>(i)].is_a("place");
                });
                to_front(nouns, [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return someone(i) || (!wh(i) && i > c.predicate && !done_to(i)) ||
                           (where && !wh(i) && !marked(i) && !x.is_a("place") && !x.is_a("time"));
                });
                // The one asked about before where or with what (뭐 사다 마트 엄마 → 엄마 마트 뭐
                // 사다).
                to_front(nouns, someone);
            }
            // Nouns tapped after their predicate (받다 선생님, 만나다 친구 공원): the child's order
            // is not Korean, so the clause's nouns take the order a teacher models (선생님 사탕
            // 받다, 공원 친구 만나다). Not with a question word, a number or a counter, whose
            // places the rules above and count_after_noun keep.
            const int agent = agent_before(cards, nouns, c.predicate);
            // So do nouns when someone who does it was tapped after a thing it is done to (맛있다
            // 떡 할머니 만들다 → 할머니 맛있다 떡 만들다: 할머니가 맛있는 떡을 만드세요).
            const auto doer_after_thing = [&] {
                if (c.predicate < 0) return false;
                const ResolvedCard& p = cards[static_cast<std::size_t>(c.predicate)];
                for (std::size_t a = 0; a < nouns.size(); ++a) {
                    const ResolvedCard& thing = cards[static_cast<std::size_t>(nouns[a])];
                    if (thing.is_a("person") || thing.is_a("animal") || thing.pronoun ||
                        marked(nouns[a]) || !frame_names(p, thing, Role::object))
                        continue;
                    for (std::size_t b = a + 1; b < nouns.size(); ++b) {
                        const ResolvedCard& doer = cards[static_cast<std::size_t>(nouns[b])];
                        // (not one said of the noun after it, nor one of a choice: 산타 옷
                        // 아니면 해적 옷 입다 keeps its order)
                        const int d = nouns[b];
                        if (is_noun(cards, d + 1) ||
                            (d > 0 && cards[static_cast<std::size_t>(d) - 1].kind == Kind::choice))
                            continue;
                        if (doer.is_a("person") && !doer.pronoun && !marked(nouns[b]) &&
                            frame_names(p, doer, Role::subject) &&
                            !frame_names(p, doer, Role::object))
                            return true;
                    }
                }
                return false;
            };
            // Minutes tapped before what is done say how long, right before the verb (10분
            // 트램펄린 타다 → 트램펄린 10분 타다: 트램펄린을 10분 타요).
            const auto how_long_first = [&] {
                for (std::size_t a = 0; a + 1 < nouns.size(); ++a) {
                    if (duration(cards, nouns[a]) && !marked(nouns[a])) return true;
                }
                return false;
            };
            // A baby or a younger sibling tapped before the one who looks after them (아기 엄마
            // 안다 → 엄마 아기 안다: 엄마가 아기를 안아요).
            const auto cared_for_first = [&] {
                if (c.predicate < 0 ||
                    !cards[static_cast<std::size_t>(c.predicate)].has(Flag::tends))
                    return false;
                for (std::size_t a = 0; a + 1 < nouns.size(); ++a) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(nouns[a])];
                    const ResolvedCard& y = cards[static_cast<std::size_t>(nouns[a + 1])];
                    if (looked_after(x) && !marked(nouns[a]) && y.is_a("person") &&
                        !looked_after(y))
                        return true;
                }
                return false;
            };
            // (A count right after what it counts goes where that goes: 고양이 2 마리 있다 할머니
            // 집 → 할머니 집 고양이 2 마리 있다.)
            const auto count_of = [&](int i) {
                const int j = counted_by(cards, i)                                   ? i - 2
                              : cards[static_cast<std::size_t>(i)].has(Flag::number) ? i - 1
                                                                                     : -1;
                return j >= 0 && is_noun(cards, j) &&
                               !cards[static_cast<std::size_t>(j)].has(Flag::number) &&
                               !cards[static_cast<std::size_t>(j)].has(Flag::counter) &&
                               !cards[static_cast<std::size_t>(j)].is_a("time") &&
                               std::find(nouns.begin(), nouns.end(), j) != nouns.end()
                           ? j
                           : -1;
            };
            if (c.predicate >= 0 &&
                (std::any_of(nouns.begin(), nouns.end(), [&](int i) { return i > c.predicate; }) ||
                 doer_after_thing() || cared_for_first() || how_long_first()) &&
                std::none_of(nouns.begin(), nouns.end(), [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    const bool counts =  // 열 is ten, or a fever with 나다
                        x.has(Flag::number) &&
                        !says_what_happens(x, cards[static_cast<std::size_t>(c.predicate)]);
                    // (컵 and 병 count only after a number: 깨다 컵 동생 is sorted)
                    return wh(i) || ((counts || counted_by(cards, i)) && count_of(i) < 0);
                })) {
                // Sorted by rank, stably (small_sort: a clause has a few nouns); each noun's rank
                // by its card.
                std::vector<int>& rank = lists.rank;
                rank.assign(static_cast<std::size_t>(n), 0);
                // (or one its open object slot takes, that no other slot names: 잡다 마이크 형 →
                // 형 마이크 잡다, 형이 마이크를 잡아요, not 마이크로 형을)
                const bool thing_too = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    const ResolvedCard& p = cards[static_cast<std::size_t>(c.predicate)];
                    return !x.is_a("person") &&
                           (frame_names(p, x, Role::object) ||
                            (!x.is_a("animal") && !x.is_a("time") && !x.is_a("place") &&
                             takes(p, x) && !named_beside_object(p, x)));
                });
                // (someone right before the place where something is, is whose place it is: 있다
                // 친구 집 → 친구 집에 … 있어요)
                const ResolvedCard& pred = cards[static_cast<std::size_t>(c.predicate)];
                const auto owns_place = [&](int i) {
                    return cards[static_cast<std::size_t>(i)].is_a("person") && i + 1 < n &&
                           is_noun(cards, i + 1) && pred.has(Flag::exp) &&
                           frame_names(pred, cards[static_cast<std::size_t>(i) + 1], Role::at) &&
                           std::find(nouns.begin(), nouns.end(), i + 1) != nouns.end();
                };
                const bool person_there = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    return cards[static_cast<std::size_t>(i)].is_a("person") && !owns_place(i);
                });
                for (int i : nouns) {
                    // 우리 집 stays together, whose home it is first; so does a colour or a
                    // material with what it narrows (검은색 강아지), whose place it is, and
                    // what a thing looks like (산타 모자).
                    const bool looks = i + 1 < n && depicts(cards[static_cast<std::size_t>(i)],
                                                            cards[static_cast<std::size_t>(i) + 1]);
                    const int of =
                        ours(cards, i) || narrows_next(cards, i) || owns_place(i) || looks ? i + 1
                                                                                           : i;
                    rank[static_cast<std::size_t>(i)] =
                        modelled_rank(cards, of, c.predicate, agent, thing_too, person_there);
                }
                // A count goes with what it counts (count_of), and a word said of the noun before
                // it stays with it (자전거 뒤: behind the bike).
                for (int i : nouns) {
                    const int j = count_of(i);
                    if (j >= 0)
                        rank[static_cast<std::size_t>(i)] = rank[static_cast<std::size_t>(j)];
                    if (i > 0 && cards[static_cast<std::size_t>(i)].has(Flag::relational) &&
                        std::find(nouns.begin(), nouns.end(), i - 1) != nouns.end() &&
                        !marked(i - 1))
                        rank[static_cast<std::size_t>(i)] = rank[static_cast<std::size_t>(i) - 1];
                }
                small_sort(nouns, [&](int a, int b) {
                    return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)];
                });
            }
            // With a count, which keeps the nouns in their order, someone tapped last after the
            // verb still does it, or is asked, first: 빵 3 개 사다 엄마 → 엄마 빵 3 개 사다
            // (엄마가 빵을 3개 사요); 사과 3 개 주다 엄마 → 엄마, 사과 3개 주세요.
            if (c.predicate >= 0 && !nouns.empty() && nouns.back() > c.predicate) {
                const int who = nouns.back();
                const ResolvedCard& x = cards[static_cast<std::size_t>(who)];
                const ResolvedCard& p = cards[static_cast<std::size_t>(c.predicate)];
                const bool counted = std::any_of(nouns.begin(), nouns.end() - 1, [&](int i) {
                    return counted_by(cards, i) ||
                           cards[static_cast<std::size_t>(i)].has(Flag::number);
                });
                // (and with a verb done to people too, when no one else is there: 게 2 마리 잡다
                // 형 → 형 게 2 마리 잡다, 형이 게를 2마리 잡아요)
                const bool no_one_else = std::none_of(nouns.begin(), nouns.end() - 1, [&](int i) {
                    return cards[static_cast<std::size_t>(i)].is_a("person");
                });
                if (counted && x.is_a("person") && !x.pronoun && !marked(who) &&
                    p.kind == Kind::verb && frame_names(p, x, Role::subject) &&
                    (!frame_names(p, x, Role::object) || no_one_else))
                    to_front(nouns, [&](int i) { return i == who; });
            }
            // Asking someone to do something to a thing, the one asked, tapped after it, is called
            // first (숙제 도와주다 아빠 → 아빠 숙제 도와주다: 아빠, 숙제 도와주세요).
            // (Not with 주다 itself, nor with the speaker there: 나 엄마 꽃 주다 gives.)
            const ResolvedCard* asking =
                c.predicate >= 0 ? &cards[static_cast<std::size_t>(c.predicate)] : nullptr;
            if (asking && asking->kind == Kind::verb && !asking->has(Flag::give) && c.want < 0 &&
                c.negative < 0 && c.permission < 0 && (c.give >= 0 || asking->has(Flag::request)) &&
                std::none_of(nouns.begin(), nouns.end(), [&](int i) {
                    return cards[static_cast<std::size_t>(i)].has(Flag::speaker);
                })) {
                const auto asked = [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return addressed(x) && x.is_a("person") && !x.pronoun && !marked(i);
                };
                const bool thing = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    return !x.is_a("person") && !x.is_a("animal") && !x.is_a("time");
                });
                if (thing && std::count_if(nouns.begin(), nouns.end(), asked) == 1)
                    to_front(nouns, asked);
            }
            // With no verb tapped, nouns tapped after the grammar card that carries one take the
            // same order: the time first, then the speaker (바다 싶다 주말 → 주말 바다 싶다;
            // 미끄럼틀 싶다 나 → 나 미끄럼틀 싶다); and the noun whose verb is said goes last,
            // where its verb is (숨바꼭질 친구 싶다 → 친구 숨바꼭질 싶다: 친구랑 숨바꼭질하고
            // 싶어요).
            const int carrier = c.want >= 0   ? c.want
                                : c.give >= 0 ? c.give
                                              : std::max(c.negative, c.permission);
            // (a counter counts after a number only: 색칠 상자 싶다 is a box to colour, 상자를
            // 색칠하고 싶어요)
            const bool counts = std::any_of(nouns.begin(), nouns.end(), [&](int i) {
                const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                return wh(i) || x.has(Flag::number) ||
                       (x.has(Flag::counter) && i > 0 &&
                        cards[static_cast<std::size_t>(i) - 1].has(Flag::number));
            });
            const int source = c.predicate < 0 && carrier >= 0 && carrier != c.give
                                   ? verb_source(cards, nouns)
                                   : -1;
            const bool after_carrier =
                std::any_of(nouns.begin(), nouns.end(), [&](int i) { return i > carrier; });
            if (c.predicate < 0 && carrier >= 0 && !counts && (after_carrier || source >= 0)) {
                const auto rank = [&](int i) {
                    if (i == source) return 3;
                    if (!after_carrier) return 2;  // only the source moves
                    return pure_time(cards, i)                                     ? 0
                           : cards[static_cast<std::size_t>(i)].has(Flag::speaker) ? 1
                                                                                   : 2;
                };
                small_sort(nouns, [&](int a, int b) { return rank(a) < rank(b); });
            }
            // The speaker, tapped after the verb, still speaks first: 좋아하다 강아지 나 → 나
            // 강아지 좋아하다 (but not when another does the action to the speaker); so does one
            // tapped right before the verb after places and things only (화장실 나 가다 → 나
            // 화장실 가다; 엄마 나 주다 keeps its order).
            if (c.predicate >= 0 && agent < 0) {
                const auto speaks_first = [&](int i) {
                    const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                    // (one the child marked keeps its role's place: 친구 안 놀다 나 랑 → 친구가
                    // 나랑 안 놀아요)
                    if (!x.has(Flag::speaker) || ours(cards, i) || marked(i)) return false;
                    // (Tapped after 주다, when someone called first asks for a thing tapped right
                    // before it, the speaker is whom to: 선생님 씨앗 주다 나 → 선생님, 나 씨앗
                    // 주세요; 사과 할머니 주다 나 gives to her.)
                    const ResolvedCard& verb = cards[static_cast<std::size_t>(c.predicate)];
                    // (Wherever it was tapped, with a verb done humbly to an elder: 선생님 나
                    // 편지 드리다 → 나 선생님 편지 드리다, 나는 선생님께 편지를 드려요.)
                    if (verb.has(Flag::humble)) return true;
                    if (i > c.predicate && verb.has(Flag::give) && c.predicate > 0 &&
                        is_noun(cards, c.predicate - 1) &&
                        !cards[static_cast<std::size_t>(c.predicate) - 1].is_a("person") &&
                        !cards[static_cast<std::size_t>(c.predicate) - 1].is_a("animal") &&
                        !nouns.empty() && nouns.front() < c.predicate &&
                        addressed(cards[static_cast<std::size_t>(nouns.front())]) && !told(cards))
                        return false;
                    // (Right before a belonging of theirs, after someone else, the speaker owns
                    // it: 동생 만지다 나 로봇 → 동생 나 로봇 만지다, 동생이 내 로봇을 만져요.)
                    // (or a body part: 아기 당기다 나 머리 → 아기가 내 머리를 당겨요)
                    if (i > c.predicate && i + 1 < n && is_noun(cards, i + 1) &&
                        (belonging(cards[static_cast<std::size_t>(i) + 1]) ||
                         cards[static_cast<std::size_t>(i) + 1].is_a("body")) &&
                        std::any_of(nouns.begin(), nouns.end(), [&](int j) {
                            const ResolvedCard& y = cards[static_cast<std::size_t>(j)];
                            return j != i && (y.is_a("person") || y.is_a("animal"));
                        }))
                        return false;
                    // (Tapped after someone who did something to a belonging or a body part, it
                    // is the speaker's: 동생 가방 숨기다 나 → 동생 나 가방 숨기다, 동생이 내
                    // 가방을 숨겨요; 뺏다 딱지 형 나 → 형이 내 딱지를 뺏어요; 아기 잡다 손가락
                    // 나 → 아기가 내 손가락을 잡아요; not with a verb that has a receiver or says
                    // how one feels.)
                    // (a counter after its number is a count, not an animal: 배추 10 개, not
                    // a dog)
                    const auto before_speaker = [&](auto&& what) {
                        return std::any_of(nouns.begin(), nouns.end(), [&](int j) {
                            return j < i && !marked(j) && !counted_by(cards, j) &&
                                   what(cards[static_cast<std::size_t>(j)], j);
                        });
                    };
                    if (i > c.predicate && verb.kind == Kind::verb && !verb.has(Flag::attitude) &&
                        !verb.has(Flag::give) && !verb.has(Flag::request) && c.want < 0 &&
                        c.give < 0 && takes(verb, cards[static_cast<std::size_t>(i)]) &&
                        verb.entry && !frame_has(verb, Role::recipient) &&
                        before_speaker([](const ResolvedCard& y, int) {
                            return !y.has(Flag::speaker) && (y.is_a("person") || y.is_a("animal"));
                        }) &&
                        // (a song after the verb is sung with them: 부르다 노래 친구 나)
                        before_speaker([&](const ResolvedCard& y, int j) {
                            return belonging(y) || y.is_a("body") ||
                                   (y.is_a("media") && j < c.predicate);
                        }))
                        return false;
                    if (i > c.predicate) return true;
                    if (i + 1 != c.predicate ||
                        cards[static_cast<std::size_t>(i) + 1].kind == Kind::particle)
                        return false;
                    return std::none_of(nouns.begin(), nouns.end(), [&](int j) {
                        const ResolvedCard& y = cards[static_cast<std::size_t>(j)];
                        return j < i && (y.is_a("person") || y.is_a("animal") || !y.known);
                    });
                };
                to_front(nouns, speaks_first);
                // (but someone called again and again at the start stays before the speaker:
                // 선생님 선생님 엑스레이 보다 나 → 선생님, 나는 엑스레이를 봐요)
                to_front(nouns, [&](int i) { return i < called; });
                // Someone called to ask leave or a favour stays first, before the speaker: 선생님
                // 화장실 가다 되다 ? 나 → 선생님 나 화장실 가다 되다 ? (선생님, 저 화장실에 가도
                // 돼요?).
                // So does one tapped last, after the leave asked (사탕 하나 먹다 되다 ? 엄마 → 엄마
                // 사탕 하나 먹다 되다 ?: 엄마, 사탕을 하나 먹어도 돼요?), or after the speaker says
                // how they feel (나 목 아프다 선생님 → 선생님 나 목 아프다: 선생님, 저 목이
                // 아파요).
                const ResolvedCard& p = cards[static_cast<std::size_t>(c.predicate)];
                const bool feels = p.kind == Kind::adjective && p.has(Flag::feeling) &&
                                   std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                                       return cards[static_cast<std::size_t>(i)].has(Flag::speaker);
                                   });
                if (!c.nouns.empty() && (c.permission >= 0 || c.give >= 0 || feels)) {
                    const int last = c.nouns.back();
                    const int caller = (c.permission >= 0 || feels) &&
                                               last > std::max(c.permission, c.predicate) &&
                                               addressed(cards[static_cast<std::size_t>(last)])
                                           ? last
                                           : c.nouns.front();
                    const ResolvedCard& x = cards[static_cast<std::size_t>(caller)];
                    if (addressed(x) && !marked(caller))
                        to_front(nouns, [&](int i) { return i == caller; });
                }
            }
            // Adverbs tapped before the predicate keep their place among the nouns (빨리 학교
            // 가다); those tapped after it come right before it (먹다 빨리 → 빨리 먹다), and so
            // does a question word (왜 울다 동생 → 동생 왜 울다).
            // With no predicate, 더 follows what there should be more of (더 치킨 → 치킨 더: 치킨
            // 더 주세요), and so does how much (밥 많이 엄마 → 엄마 밥 많이).
            const auto late_adverb = [&](int a) {
                const ResolvedCard& x = cards[static_cast<std::size_t>(a)];
                return (c.predicate >= 0 && a > c.predicate) || x.has(Flag::wh) ||
                       (c.predicate < 0 && (x.has(Flag::more) || says_how_much(x)));
            };
            // A noun tapped after the predicate goes before the adverbs (안녕히 자다 할아버지 →
            // 할아버지 안녕히 자다; 왜 자꾸 울다 아기 → 아기 왜 자꾸 울다), which then keep the
            // order they were tapped in.
            const auto after_predicate = [&](int i) { return c.predicate >= 0 && i > c.predicate; };
            // But a place tapped after it, with no one's before it, goes after an adverb that
            // hurries, as where one hurries to (빨리 가다 스키장 → 빨리 스키장 가다: 빨리 스키장에
            // 가요; 많이 걷다 미술관 → 미술관 많이 걷다).
            const auto place_after = [&](int i) {
                const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                return after_predicate(i) && x.is_a("place") && !x.is_a("person") && !x.pronoun &&
                       !is_noun(cards, i - 1);
            };
            const auto hurries = [&](int a) {
                return cards[static_cast<std::size_t>(a)].has(Flag::urges) && a < c.predicate;
            };
            std::size_t a = 0;
            for (int i : nouns) {
                while (a < c.adverbs.size() && ((!after_predicate(i) && c.adverbs[a] < i) ||
                                                (place_after(i) && hurries(c.adverbs[a])))) {
                    if (!late_adverb(c.adverbs[a])) put(c.adverbs[a]);
                    ++a;
                }
                // A thing that will be said as the verb it implies takes 같이 before it: 숨바꼭질
                // 같이 싶다 → 같이 숨바꼭질 싶다 (같이 숨바꼭질하고 싶어요).
                const ResolvedCard& x = cards[static_cast<std::size_t>(i)];
                if (c.predicate < 0 && c.want >= 0 && i + 1 < n &&
                    together(cards[static_cast<std::size_t>(i) + 1]) && !x.is_a("person") &&
                    !x.is_a("animal") && !implied_verb(x).empty())
                    put(i + 1);
                // 왜 and 어떻게 ask after who and what is pointed at, before the rest: 문 왜 닫다 →
                // 왜 문 닫다 (왜 문을 닫아요?), 동생 왜 안 먹다 밥 → 동생 왜 밥 안 먹다 (but 왜
                // 울다 동생 → 동생 왜 울다; 이거 어떻게 하다 and 왜 안 오다 버스 → 버스 왜 안 오다
                // stay: what the question is about comes first).
                // So does 같이 tapped after the verb, after who is with whom (신나다 노래 부르다
                // 같이 → 같이 신나는 노래를 불러요; 가다 우리 같이 놀이터 → 우리 같이 놀이터에
                // 가자).
                // (A thing before an adjective is what it describes, asked about first: 달 왜
                // 동그랗다 → 달이 왜 동그래요?)
                // (Not between someone and their home: 어떻게 가다 할머니 집 → 할머니 집 어떻게
                // 가다.)
                if (c.predicate >= 0 && !x.is_a("person") && !x.is_a("animal") && !x.is_a("time") &&
                    !x.pronoun && !marked(i) &&
                    !(x.has(Flag::home) && i > 0 &&
                      cards[static_cast<std::size_t>(i) - 1].is_a("person") &&
                      !cards[static_cast<std::size_t>(i) - 1].pronoun) &&
                    cards[static_cast<std::size_t>(c.predicate)].kind != Kind::adjective &&
                    !frame_names(cards[static_cast<std::size_t>(c.predicate)], x, Role::subject)) {
                    for (int adverb : c.adverbs) {
                        const ResolvedCard& d = cards[static_cast<std::size_t>(adverb)];
                        // (얼마나 asks how much of the predicate: it stays right before it)
                        // (nor does 혼자 or 먼저, said of the one who does it: 던지다 윷 나 먼저
                        // → 나 먼저 윷 던지다, 내가 먼저 윷을 던져요)
                        if ((d.has(Flag::wh) && !d.has(Flag::degree)) ||
                            (together(d) && adverb > c.predicate) ||
                            (d.has(Flag::doer) && (adverb > c.predicate || after_predicate(i))))
                            put(adverb);
                    }
                }
                put_noun(i);
                // Someone tapped after the verb of a clause with 같이 is whom the child does it
                // with: 만두 같이 만들다 할머니 → 할머니 같이 만두 만들다 (할머니랑 같이 만두를
                // 만들어요); not someone asked (화장실 같이 가다 주다 선생님 → 선생님, 화장실에
                // 같이 가 주세요).
                // So is the one person tapped before a place, a game or a thing that 같이 follows:
                // 선생님 미술관 같이 가다 → 선생님 같이 미술관 가다 (선생님이랑 같이 미술관에 가요;
                // but 할머니 집), 선생님 피구 같이 하다 → 선생님이랑 같이 피구를 해요.
                const auto before_place = [&] {
                    if (i + 1 >= n || !is_noun(cards, i + 1)) return false;
                    const ResolvedCard& p = cards[static_cast<std::size_t>(i) + 1];
                    return x.is_a("person") && !p.has(Flag::home) && !p.is_a("person") &&
                           !p.is_a("animal") && !p.pronoun && !p.is_a("time") &&
                           !p.has(Flag::number) && !p.has(Flag::counter) && p.known &&
                           std::count_if(nouns.begin(), nouns.end(), [&](int k) {
                               return cards[static_cast<std::size_t>(k)].is_a("person") ||
                                      cards[static_cast<std::size_t>(k)].is_a("animal");
                           }) == 1;
                };
                if ((after_predicate(i) || before_place()) && c.give < 0 && c.permission < 0 &&
                    (x.is_a("person") || x.is_a("animal")) && !x.has(Flag::speaker) && !x.pronoun &&
                    !marked(i)) {
                    for (int adverb : c.adverbs) {
                        if (together(cards[static_cast<std::size_t>(adverb)]) &&
                            (after_predicate(i) || adverb > i))
                            put(adverb);
                    }
                }
            }
            for (int adverb : c.adverbs) {
                if (!after_predicate(adverb) && !(c.predicate < 0 && late_adverb(adverb)))
                    put(adverb);
            }
            for (int adverb : c.adverbs) put(adverb);
            put(c.finished);
            // 안 tapped between a verb and 되다 forbids (만지다 안 되다 → 만지면 안 돼요): it stays
            // there.
            // So does 안 되다 tapped as a pair before the verb (안 되다 만지다 가위 → 가위 만지다
            // 안 되다: 가위를 만지면 안 돼요).
            const bool forbids = c.permission >= 0 && c.predicate >= 0 && c.negative >= 0 &&
                                 ((c.negative > c.predicate && c.negative < c.permission) ||
                                  (c.negative + 1 == c.permission && c.permission < c.predicate));
            if (!forbids) put(c.negative);
            put(c.predicate);
            put(c.attempt);
            put(c.want);
            put(c.give);
            put(c.negative);
            put(c.permission);
            // Anything else of the clause (a second 싶다 kept when repeats are not collapsed …).
            for (int i = 0; i < n; ++i) {
                if (s.clause_of[static_cast<std::size_t>(i)] == static_cast<int>(k)) put(i);
            }
        }
        for (int i = 0; i < n; ++i) {
            const Kind k = cards[static_cast<std::size_t>(i)].kind;
            if (in_segment(i) && k != Kind::question) put(i);
        }
    }
    for (int i = 0; i < n; ++i) put(i);  // ? last
    for (std::size_t k = 0; k < order.size(); ++k)
        out.moved = out.moved || order[k] != static_cast<int>(k);
    if (!out.moved) {
        out.cards = std::move(cards);
    } else {
        out.cards.reserve(cards.size());
        for (int i : order) out.cards.push_back(std::move(cards[static_cast<std::size_t>(i)]));
    }
    if (clock_after_day_part(out.cards)) out.moved = true;
    // (the steps before the clauses are ordered move cards too: 밤 5 개 어제 줍다 → 어제 밤 5 개
    // 줍다)
    for (std::size_t k = 1; k < out.cards.size() && !out.moved; ++k)
        out.moved = out.cards[k].tap < out.cards[k - 1].tap;
    done_before_verb(out.cards);  // (in the order said: 자다 양치 → 양치하고 자요)
    return out;
}

Result<Arrangement> arrange(const std::vector<Card>& cards, const SentenceOptions& options) {
    auto resolved = resolve(cards);
    if (!resolved) return resolved.error();
    Arrangement out = arrange(std::move(resolved).value(), options);
    // The model is shown the arranged cards, so they must arrange to themselves: read as tapped
    // in that order, they are arranged again until nothing moves (a time word put first, then a
    // person put before it: 할머니 만들다 주다 떡 어제 → 어제 할머니 떡 만들다 주다 → 할머니
    // 어제 떡 만들다 주다). Each card keeps its first tap.
    for (int round = 0; out.moved && round < 3; ++round) {
        std::vector<Card> again;
        again.reserve(out.cards.size());
        for (const ResolvedCard& c : out.cards)
            again.push_back(cards[static_cast<std::size_t>(c.tap)]);
        auto reread = resolve(again);
        if (!reread) break;
        Arrangement next = arrange(std::move(reread).value(), options);
        if (!next.repeats.empty()) break;  // (a card left out now would be lost)
        // (Not moved, the order is settled, and its cards are read as that order reads them: 이거
        // tapped apart from a thing and put right before it points at it, as tapped there would:
        // 이거 나 만들다 샌드위치 → 나 이거 샌드위치 만들다, 나는 이 샌드위치를 만들어요.)
        for (ResolvedCard& c : next.cards) c.tap = out.cards[static_cast<std::size_t>(c.tap)].tap;
        out.cards = std::move(next.cards);
        if (!next.moved) break;
    }
    return out;
}

}  // namespace malmoi
