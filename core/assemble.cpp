#include "assemble.hpp"

#include <algorithm>
#include <array>

#include "arrange.hpp"
#include "conjugate.hpp"
#include "hangul.hpp"
#include "particle.hpp"
#include "predicate.hpp"
#include "reading.hpp"
#include "small_sort.hpp"

namespace malmoi {

namespace {

using conjugate::Form;
using lexicon::Slot;

// Frames for verbs and adjectives the lexicon does not know: a verb takes a person as its subject
// and anything else as its object; an adjective takes anything as its subject.
const std::vector<Slot>& default_frame(Kind kind) {
    static const std::vector<Slot> verb = {{Role::subject, {"person", "animal"}, false},
                                           {Role::object, {}, true}};
    static const std::vector<Slot> adjective = {{Role::subject, {}, true}};
    return kind == Kind::adjective ? adjective : verb;
}

// Particles that may stand for a subject or an object without being wrong: 사과도, 사과만, 사과는.
bool is_focus_particle(std::string_view p) {
    for (const char* focus : {"은/는", "도", "만", "까지", "부터", "조차", "마저", "요", "밖에",
                              "뿐", "이나/나", "이라도/라도"}) {
        if (particle::same_particle(p, focus)) return true;
    }
    return false;
}

bool any_of_particles(std::string_view p, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (particle::same_particle(p, name)) return true;
    }
    return false;
}

// Where a role stands in a plain Korean sentence: the subject first, the object last.
int canonical_rank(Role role) {
    switch (role) {
        case Role::subject:
            return 0;
        case Role::object:
            return 2;
        case Role::complement:
            return 3;
        default:
            return 1;
    }
}

// Whether the frame has a slot of `role`.
bool has_slot(const std::vector<Slot>& frame, Role role) {
    return std::any_of(frame.begin(), frame.end(),
                       [&](const Slot& slot) { return slot.role == role; });
}

// The index of the frame's first slot of `role`, or -1.
int slot_index(const std::vector<Slot>& frame, Role role) {
    const auto it = std::find_if(frame.begin(), frame.end(),
                                 [&](const Slot& slot) { return slot.role == role; });
    return it == frame.end() ? -1 : static_cast<int>(it - frame.begin());
}

// Whether the frame has a slot of `role` that names the noun's class.
bool role_names(const std::vector<Slot>& frame, Role role, const ResolvedCard& noun) {
    return std::any_of(frame.begin(), frame.end(), [&](const Slot& slot) {
        return slot.role == role && slot_names(slot, noun);
    });
}

// Whether any slot of the frame names the noun's class.
bool any_names(const std::vector<Slot>& frame, const ResolvedCard& noun) {
    return std::any_of(frame.begin(), frame.end(),
                       [&](const Slot& slot) { return slot_names(slot, noun); });
}

// Whether the frame has an object slot that names the noun's class.
bool object_names(const std::vector<Slot>& frame, const ResolvedCard& noun) {
    return role_names(frame, Role::object, noun);
}

// Whether the frame has an object slot for the noun: one that names its class, or an open one.
bool object_takes(const std::vector<Slot>& frame, const ResolvedCard& noun) {
    return std::any_of(frame.begin(), frame.end(), [&](const Slot& slot) {
        return slot.role == Role::object && (slot.open || slot_names(slot, noun));
    });
}

// Whether the frame has an open slot ('*') of role `role`.
bool open_slot(const std::vector<Slot>& frame, Role role) {
    return std::any_of(frame.begin(), frame.end(),
                       [&](const Slot& slot) { return slot.role == role && slot.open; });
}

// Whether a verb that makes things (flag makes) makes `noun`, whose own verb makes it too: 탑
// (쌓다) with 만들다 or 쌓다 is what is built, and a toy with it what it is built of (블록 탑
// 만들다 → 블록으로 탑을 만들어요).
bool made_by(const ResolvedCard& pred, const ResolvedCard& noun) {
    if (!pred.has(Flag::makes) || !noun.entry) return false;
    const lexicon::Entry* own = lexicon::find(implied_verb(noun));
    return own && own->has(Flag::makes);
}

// The role a noun took and why.
struct Choice {
    Role role = Role::none;
    std::string particle;  // a pair ("을/를"), a member the child tapped, or "" for none
    RoleSource source = RoleSource::fallback;
    int slot = -1;            // the frame slot it fills, or -1
    bool keep_child = false;  // the child's particle card stays (allomorph aside)
    bool decided = false;
};

Choice choice(Role role, RoleSource source, int slot = -1) {
    return Choice{role, particle_of(role), source, slot, false, true};
}

// The best placement of phrase heads into frame slots (roles stage). Each head takes a free slot
// naming one of its classes, or none. The best placement puts the most nouns in slots that name
// them, prefers leaving a time word free (아침 사과 먹다: 사과 is the object, 아침 a time), then
// follows the plain word order (친구 나 때리다: 친구 subject, 나 object); among equals the earlier
// noun takes the earlier slot (the frame lists slots in order of preference). Memoised over the
// slots in use, so the work is bounded by heads × 2^slots × slots whatever the number of cards.
class SlotSearch {
  public:
    /// Per head, what the child's cards say of it (marks).
    static constexpr char kTopic = 1;  // the child's 은/는 (or 도, 만 on someone) follows it
    static constexpr char kOwned = 2;  // a possessor stands before it (엄마 옆)

    /// A noun to place: its card, its marks, and (found here) whether the predicate is its verb.
    /// One list of them, so a search allocates once for its nouns.
    struct Head {
        const ResolvedCard* card = nullptr;
        char marks = 0;         // kTopic, kOwned
        bool own_verb = false;  // the predicate is the verb its class implies
    };

    struct Memo {
        int score = -1;
        int inversions = 0;
        int slot = -1;
        bool done = false;
    };

    /// `heads` and `memo` are the caller's, kept from one search to the next: the search marks in
    /// `heads` which predicate is whose own verb, and refills `memo`.
    SlotSearch(const std::vector<Slot>& frame, const std::vector<char>& taken,
               std::vector<Head>& heads, std::vector<Memo>& memo, const ResolvedCard& pred)
        : frame_(frame),
          taken_(taken),
          heads_(heads),
          memo_(memo),
          tends_(pred.has(Flag::tends)),
          motion_(pred.has(Flag::motion)),
          plays_(pred.has(Flag::plays)) {
        // (what a making verb may make, or make it of: the nouns that are no person, counted once)
        const auto things =
            pred.has(Flag::makes)
                ? std::count_if(heads_.begin(), heads_.end(),
                                [](const Head& h) { return !h.card->is_a("person"); })
                : 0;
        makes_ = things > 1;
        made_alone_ = things == 1;
        const std::string_view predicate = pred.lemma;
        // A noun whose own verb is this predicate is what it acts on: 텔레비전 (보다) is what is
        // watched, not what one watches with (텔레비전 아빠 보다 → 아빠가 텔레비전을 봐요).
        // (Not a person: 엄마 싶다 sees her, but 엄마 보다 is also who sees; nor what happens:
        // 바람이 불어요.) Looked up only where the frame has an object slot.
        const bool has_object = has_slot(frame_, Role::object);
        for (Head& head : heads_) {
            const ResolvedCard* h = head.card;
            head.own_verb = has_object && !predicate.empty() && !h->is_a("person") &&
                            !h->is_a("animal") && !h->has(Flag::event) &&
                            (implied_verb(*h) == predicate || made_by(pred, *h));
        }
        const std::size_t states = heads_.size() + 1;
        memo_.assign(states * (std::size_t{1} << std::min<std::size_t>(frame_.size(), kMaxSlots)),
                     Memo{});
    }

    /// For each head its slot, or -1.
    /// Writes into `out` (its earlier contents replaced).
    void run(std::vector<int>& out) {
        out.assign(heads_.size(), -1);
        if (frame_.size() > kMaxSlots) return;  // no lexicon frame is that long
        unsigned mask = 0;
        for (std::size_t h = 0; h < heads_.size(); ++h) {
            best(h, mask);
            const int s = memo_[index(h, mask)].slot;
            out[h] = s;
            if (s >= 0) mask |= 1u << s;
        }
    }

  private:
    static constexpr std::size_t kMaxSlots = 10;

    std::size_t index(std::size_t h, unsigned mask) const { return (h << frame_.size()) | mask; }

    const Memo& best(std::size_t h, unsigned mask) {
        Memo& m = memo_[index(h, mask)];
        if (m.done) return m;
        if (h == heads_.size()) {
            m = Memo{0, 0, -1, true};
            return m;
        }
        const auto better = [](const Memo& a, const Memo& b) {
            return a.score > b.score || (a.score == b.score && a.inversions < b.inversions);
        };
        Memo result;
        bool have = false;
        const ResolvedCard& noun = *heads_[h].card;
        const char marks = heads_[h].marks;
        const bool own_verb = heads_[h].own_verb;
        for (std::size_t s = 0; s < frame_.size(); ++s) {
            // (An open object slot too, for a noun whose own verb this is: 크레파스 쓰다 →
            // 크레파스를 써요, using them, not 크레파스로.)
            // (And for a part played, flag status, with a verb of playing one, flag plays: 할머니
            // 요리사 하다 → 할머니가 요리사를 하세요, not 할머니랑 요리사가.)
            const bool part = plays_ && noun.has(Flag::status) && !noun.has(Flag::wh) &&
                              frame_[s].role == Role::object && frame_[s].open;
            const bool own_object =
                (own_verb && frame_[s].role == Role::object && frame_[s].open) || part;
            if (taken_[s] || (mask >> s & 1u) || !(slot_names(frame_[s], noun) || own_object))
                continue;
            // A noun the child marked with 은/는 is who does it or what it is done to, never
            // whom to or where: 나 는 물 을 주다 → 나는 물을 줘요 (not 나한테).
            const Role r = frame_[s].role;
            if ((marks & kTopic) && r != Role::subject && r != Role::object &&
                r != Role::complement)
                continue;
            // Someone's side or front is where, not which way: 엄마 옆 걷다 → 엄마 옆에서 걸어요
            // (but 옆 걷다 → 옆으로 걸어요).
            if ((marks & kOwned) && r == Role::direction) continue;
            // What someone is (flag status) is a part played, never whom it is done with: 나 술래
            // 하다 → 내가 술래를 해요, not 술래랑 (but 선수한테 사인을 받아요).
            if (noun.has(Flag::status) && r == Role::companion) continue;
            // An animal one eats is what is done to, where it may be, never whom with: 닭 손 먹다
            // 되다 ? → 닭을 손으로 먹어도 돼요? (but 닭이랑 놀아요).
            if (r == Role::companion && noun.is_a("food") && object_takes(frame_, noun)) continue;
            // What someone is (flag status) is what they become, not who: 의사 되다 → 의사가 돼요.
            if (noun.has(Flag::status) && r != Role::complement &&
                has_slot(frame_, Role::complement))
                continue;
            const Memo& rest = best(h + 1, mask | 1u << s);
            // A question word asks for the slot its class names (화장실 어디 있다 → 어디 is where),
            // and 여기 or 저기 is where (책상 여기 놓다 → 책상을 여기에 놓아요).
            const bool asks = noun.has(Flag::wh) || (noun.pronoun && noun.is_a("place"));
            Memo candidate{rest.score + (noun.is_a("time") ? 1 : 2) + (asks ? 1 : 0) +
                               (own_object ? 1 : 0) +
                               // what is made is made of a material (클레이 뱀 만들다 → 클레이로
                               // 뱀을 만들어요), not what becomes one
                               (makes_ && r == Role::instrument && noun.is_a("material") ? 1 : 0) +
                               // and a thing pointed at, the only one, is what was made (이거 누구
                               // 만들다 → 이거 누가 만들었어요?), not what it is made with
                               (made_alone_ && r == Role::object && noun.pronoun &&
                                        noun.is_a("thing") && !noun.has(Flag::wh)
                                    ? 1
                                    : 0),
                           rest.inversions, static_cast<int>(s), true};
            for (std::size_t t = 0; t < frame_.size(); ++t) {
                if ((mask >> t & 1u) &&
                    canonical_rank(frame_[t].role) > canonical_rank(frame_[s].role))
                    ++candidate.inversions;
            }
            // Someone going or coming is who goes, where no one else is there to: a free subject
            // slot that names them comes first (교실 친구 오다 → 교실에 친구가 와요, not 교실에
            // 친구랑 와요; 누구 가다 still asks 누구랑).
            if (r == Role::companion && motion_ && !noun.has(Flag::wh)) {
                for (std::size_t t = 0; t < frame_.size(); ++t) {
                    if (frame_[t].role == Role::subject && !taken_[t] && !(mask >> t & 1u) &&
                        slot_names(frame_[t], noun))
                        candidate.inversions += 2;
                }
            }
            // A baby or a younger sibling is looked after rather than looking after, whatever
            // the order: 먹이다 우유 아기 엄마 → 엄마가 아기한테 우유를 먹여요.
            if (tends_ && r == Role::subject && looked_after(noun))
                candidate.inversions += static_cast<int>(heads_.size() * frame_.size());
            if (!have || better(candidate, result)) {
                result = candidate;
                have = true;
            }
        }
        const Memo& rest = best(h + 1, mask);
        const Memo skip{rest.score, rest.inversions, -1, true};
        if (!have || better(skip, result)) result = skip;
        m = result;
        return m;
    }

    const std::vector<Slot>& frame_;
    const std::vector<char>& taken_;
    std::vector<Head>& heads_;
    std::vector<Memo>& memo_;
    bool tends_;               // the predicate looks after someone (flag tends)
    bool motion_;              // the predicate is a verb of going or coming (flag motion)
    bool plays_;               // a part may be played (flag plays)
    bool makes_ = false;       // the predicate makes things (flag makes) of one noun and
                               // another
    bool made_alone_ = false;  // it makes things, and one noun is no person
};

// A verb the sentence implies, standing in for a predicate the child did not tap.
ResolvedCard implied_card(const std::string& lemma) {
    ResolvedCard c;
    c.label = lemma;
    c.lemma = lemma;
    c.entry = lexicon::find(lemma);
    c.kind = conjugate::is_adjective(lemma) ? Kind::adjective : Kind::verb;
    c.known = true;
    return c;
}

// What a sentence of nouns only becomes (Sentence::nominal_roles).
enum class Nominal {
    none,
    bare,
    list,
    copula,
    yo,
    yo_after_particle,
    where_is,
    has,
    is_at,
    stained,
    asked
};

// What each clause's predicate is for the later stages.
struct ClauseState {
    int card = -1;         // the predicate card (or the 주다 card asking for a thing), or -1
    bool implied = false;  // `pred` is a verb the nouns imply; its words go on `carrier`
    int carrier = -1;      // the grammar card that carries an implied verb (싶다, 안, 못)
    ResolvedCard pred;     // the predicate as the roles see it
    bool request = false;  // the clause asks the listener (꺼 주세요, 물 주세요, 도와주세요)
    bool feeds = false;  // food given to an animal, or water to a plant, said as what the child
                         // does (물을 줘요)
    bool speaker_oriented = false;  // its subject is the speaker or the listener, never said
    bool others_wish = false;  // 싶다 said of the person the child marked (동생도 가고 싶어 해요)
    bool main = false;       // it ends its part of the sentence (conjugated in full)
    bool honorific = false;  // its subject is spoken of with honorifics
    bool purpose = false;    // it says what the motion verb after it is for (타러 가요)
    bool doing = false;  // it is the object of the verb after it, as V-는 거 (그리는 거 좋아해요)
    std::string tried;  // with 보다 after it, the verb's -아/어 form it is said with (신어)
    int verb_noun =
        -1;  // an activity noun that becomes the implied verb (수영 싶다 → 수영하고 싶어요)
    bool reported = false;  // its part of the sentence tells what happened: the past
    int feeler = -1;  // someone else who feels it, alone after 그래서 (동생이 무서워해요)
    bool made_told = false;  // it tells who made a thing pointed at (이건 엄마가 만들었어요)
    int activity = -1;  // an activity noun said as what a verb of going is for (수영하러 가요)
    int ridden = -1;  // a thing ridden while it happened or to come (스키를 타다가 넘어졌어요)
    bool wants = false;  // a noun carries a wish with no 싶다 card (화장실 → 화장실에 가고 싶어요)
    bool asks_called =
        false;  // someone called is asked when (아빠 캠핑 언제 → 아빠, 캠핑 언제 해요?)
    int giver = -1;         // someone who gave the child something, or did something for them
    bool farewell = false;  // an adverb makes it said to someone (안녕히 가세요)
    Form joined = Form::polite_present;  // joined to the next part by 그래서 (-아서) or 그리고
                                         // (-고); polite_present when it is not
    bool because = false;  // joined by 그래서 to a request: -(으)니까 (더우니까 켜 주세요)
    bool nominal = false;            // no predicate at all: nouns only
    Nominal shape = Nominal::none;   // what a nominal clause becomes
    std::vector<int> nominal_heads;  // its nouns that are not inside a phrase
};

// What a Sentence keeps per card and per clause, refilled for each sentence rather than allocated
// anew (only one Sentence is read at a time).
// The lists roles() builds for each clause, kept from one clause and one sentence to the next so
// that they are allocated once, not for every clause (roles() is never re-entered, nor is a slot
// search begun inside another).
struct RoleLists {
    std::vector<int> untimed, open, living, rest, joined, final_heads, leftovers, slots;
    std::vector<char> taken;
    std::vector<SlotSearch::Head> searched;  // place()'s
    std::vector<SlotSearch::Memo> memo;
};

struct SentenceLists {
    RoleLists role;
    Structure structure;
    std::vector<ClauseState> states;
    std::vector<std::string> words;
    std::vector<std::vector<std::string>> inserts;
    std::vector<Choice> roles;
};
SentenceLists& sentence_lists() {
    static thread_local SentenceLists lists;
    return lists;
}

class Sentence {
  public:
    Sentence(std::vector<ResolvedCard> cards, const SentenceOptions& options)
        : cards_(std::move(cards)), options_(options) {
        // (each as a new one would be: the structure and the clauses empty until read_sentence()
        // reads the cards, a word per card, no word inserted, no role chosen)
        structure_.clauses.clear();
        structure_.clause_of.clear();
        structure_.modifier.clear();
        structure_.segment_of.clear();
        states_.clear();
        const std::size_t n = cards_.size();
        words_.resize(n);
        for (std::vector<std::string>& after : inserts_) after.clear();
        inserts_.resize(n);
        role_.clear();
        role_.resize(n);
        for (std::size_t i = 0; i < n; ++i) words_[i] = cards_[i].label;
    }

    Completion run() {
        numbers_and_counters();
        called();
        said_once();
        read_sentence();
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k)
            clause_predicate(static_cast<int>(k));
        mark_main_clauses();
        purposes();
        doings();
        activity_purposes();
        rides();
        warn_unknown_words();
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k) roles(static_cast<int>(k));
        later_doers_guessed();
        owners_put_together();
        skills_told();
        doers_alone();
        vehicles_going();
        things_there();
        warned();
        groups_counted();
        honorifics();
        titles();
        child_particles();
        topic_before_question();
        insert_particles();
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k)
            predicate_words(static_cast<int>(k));
        ridden_words();
        attempts();
        modifiers();
        grammar_left_over();
        sentence_breaks();
        question_mark();
        return finish();
    }

  private:
    // A thing tapped first, right before asking when, where, how or why, is what the question is
    // about, the topic: 김치 언제 먹다 → 김치는 언제 먹어요? (not 김치를), 이거 어떻게 하다 → 이건
    // 어떻게 해요? (One said bare stays bare: 체육 언제 → 체육 언제 해요?)
    void topic_before_question() {
        int first = 0;
        while (first < size() && !card(first).content()) ++first;
        if (first + 1 >= size() || !is_noun(first) || has_particle_card(first) ||
            role(first).role != Role::object || role(first).particle.empty() ||
            card(first).is_a("person") || card(first).is_a("animal"))
            return;
        const ResolvedCard& asks = card(first + 1);
        if (!asks.has(Flag::wh)) return;
        for (const char* wh : {"언제", "어디", "어떻게", "왜"}) {
            if (asks.label == wh) role(first).particle = "은/는";
        }
    }

    // (counted once: no rule adds or removes a card, and a card's size is no power of two, so
    // cards_.size() divides)
    int size() const { return size_; }
    const ResolvedCard& card(int i) const { return cards_[static_cast<std::size_t>(i)]; }
    bool is_noun(int i) const { return i >= 0 && i < size() && card(i).kind == Kind::noun; }
    Choice& role(int i) { return role_[static_cast<std::size_t>(i)]; }
    const Choice& role(int i) const { return role_[static_cast<std::size_t>(i)]; }
    std::string& word(int i) { return words_[static_cast<std::size_t>(i)]; }
    const Clause& clause(int k) const { return structure_.clauses[static_cast<std::size_t>(k)]; }
    ClauseState& state(int k) { return states_[static_cast<std::size_t>(k)]; }
    int clause_of(int i) const { return structure_.clause_of[static_cast<std::size_t>(i)]; }

    void warn(std::string code, std::string message, int card_index = -1) {
        warnings_.push_back(Warning{std::move(code), std::move(message), card_index});
    }
    // A warning whose message is `pattern` with each % replaced by the next of `parts` (one call
    // where a chain of + would be spelled out at every site).
    void warn_about(const char* code, std::string_view pattern,
                    std::initializer_list<std::string_view> parts, int card_index = -1) {
        warn(code, fill(pattern, parts), card_index);
    }
    void lower(Confidence c) {
        if (static_cast<int>(c) > static_cast<int>(confidence_)) confidence_ = c;
    }

    // Someone counted, whom the child does it with, takes 이랑 on the count: 친구 3 명 놀다 →
    // 친구 3명이랑 놀아요 (not 친구랑 3명). Animals counted, or a pair, alone in their part with a
    // verb they may do, are who does it: 햄스터 2 마리 싸우다 → 햄스터 2마리가 싸워요, 강아지
    // 고양이 싸우다 → 강아지랑 고양이가 싸워요 (not 햄스터랑 2마리; the child does not fight
    // hamsters).
    void groups_counted() {
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i) || is_number(i) || is_counter(i) || has_particle_card(i) ||
                role(i).role != Role::companion)
                continue;
            const bool counted = i + 2 < size() && is_number(i + 1) && is_counter(i + 2) &&
                                 !has_particle_card(i + 1) && !has_particle_card(i + 2);
            const bool pair = i > 0 && is_noun(i - 1) && role(i - 1).role == Role::coordinated;
            if (!counted && !pair) continue;
            const int k = clause_of(i);
            if (k < 0) continue;
            const ClauseState& s = state(k);
            const Clause& c = clause(k);
            const bool alone = std::none_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                return role(j).role == Role::subject || role(j).role == Role::topic;
            });
            const bool together = std::any_of(c.adverbs.begin(), c.adverbs.end(),
                                              [&](int a) { return together_word(card(a).label); });
            if (alone && !together && s.card >= 0 && !s.request && !card(i).has(Flag::speaker) &&
                (pair || !card(i).is_a("person")) &&
                role_names(frame_of(s.pred), Role::subject, card(i)))
                role(i) = choice(Role::subject, RoleSource::frame);
            if (counted) {
                role(i + 2).particle = role(i).particle;
                role(i).particle.clear();
            }
        }
    }

    // Someone read as the owner of the noun after them that the child did not tap side by side
    // with it (the arranging put them together: 칼 만지다 안 되다 동생 → 동생 칼, 흔들다 손
    // 할머니 → 할머니 손) may as well be who does it: a guess (on the development sets, most such
    // answers at `high` were wrong).
    void owners_put_together() {
        for (int i = 0; i + 1 < size(); ++i) {
            // The child as the owner of a thing in a favour or leave asked (엄마 나 이불 덮다
            // 주다: 제 이불을, or 저 … 덮어 주세요; 엄마 나 청소기 돌리다 되다: 제 청소기를, or
            // 제가 …): the child may as well be whom it is done for, or who does it (on the
            // development sets, 4 of 5 such answers at `high` were wrong).
            if (is_noun(i) && role(i).role == Role::possessor && card(i).has(Flag::speaker) &&
                is_noun(i + 1) && clause_of(i) >= 0) {
                const Clause& c = clause(clause_of(i));
                if (c.predicate >= 0 && c.negative < 0 && (c.give >= 0 || c.permission >= 0)) {
                    warn_about("possessive", "'%' was read as the owner of '%'",
                               {card(i).label, card(i + 1).label}, i);
                    lower(Confidence::medium);
                    continue;
                }
            }
            if (!is_noun(i) || role(i).role != Role::possessor || !is_noun(i + 1) ||
                tapped_together(i, i + 1) || card(i).pronoun || card(i + 1).has(Flag::relational))
                continue;  // (a word said of the noun before it is put after it on purpose: 화장실
                           // 불)
            warn_about("possessive", "'%' was read as the owner of '%'",
                       {card(i).label, card(i + 1).label}, i);
            lower(Confidence::medium);
        }
    }

    // Whether cards a and b were tapped one right after the other (a repeat left out between them
    // aside: 사과 사과 바나나).
    bool tapped_together(int a, int b) const {
        return card(b).tap > card(a).tap &&
               std::none_of(cards_.begin(), cards_.end(), [&](const ResolvedCard& x) {
                   return x.tap > card(a).tap && x.tap < card(b).tap;
               });
    }

    // Two nouns the rules joined with 이랑 where the child tapped no 랑 or 하고: on new children's
    // taps that was wrong more often than right (물 상추 주다: 상추에 물을; 태블릿 배터리: one
    // thing).
    void guessed_pair(int a, int b) {
        warn_about("coordinated", "'%' and '%' were joined as two things (이랑): a guess",
                   {card(a).label, card(b).label}, a);
        lower(Confidence::medium);
    }

    // A noun read as whose the next one is, where it may be who does something with it (엄마
    // 생일 케이크 만들다, 할아버지 손 흔들다): a guess.
    void guessed_owner(int owner, int owned) {
        warn_about("possessive", "'%' was read as whose '%' it is",
                   {card(owner).label, card(owned).label}, owner);
        lower(Confidence::medium);
    }

    // ---- the sentence as a whole ---------------------------------------------------------------
    // What is tried is said as two words, each on its own card, so each has its picture: 입어
    // (입다) 봐도 (보다) 돼요 (되다).
    void attempts() {
        for (std::size_t k = 0; k < states_.size(); ++k) {
            const int a = structure_.clauses[k].attempt;
            const int p = states_[k].card;
            const std::string& tried = states_[k].tried;
            if (a < 0 || p < 0 || tried.empty() || !word(a).empty()) continue;
            // (after the tried form, where the verb's word has it: 안 먹어 봐요 → 안 먹어 | 봐요)
            const std::size_t at = word(p).rfind(tried + " ");
            if (at == std::string::npos) continue;
            word(a) = word(p).substr(at + tried.size() + 1);
            word(p).resize(at + tried.size());
        }
    }

    // Someone tapped again and again at the start is called (arrange keeps every tap): 엄마 엄마
    // 전화 → 엄마, 전화요; 할머니 할머니 이거 보다 → 할머니, 이거 보세요. The first tap is the
    // call, the others are said with it.
    void called() {
        if (!options_.collapse_repeats) return;  // the teacher keeps repeats: 엄마랑 엄마
        int run = 1;
        while (run < size() && calls_again(cards_, static_cast<std::size_t>(run), card(run))) ++run;
        if (run < 2) return;
        // (Called with nothing to say, it is the one word: 엄마. Someone coming or going, or
        // doing it together, is said of: 엄마 엄마 오다 → 엄마가 와요, 친구 친구 같이 놀다 →
        // 친구랑 같이 놀아요; so is a younger one, whom no one calls by 동생 or 아기: 동생 동생
        // 울다 → 동생이 울어요.)
        // (But one the child lives with or looks up to, called before a wish or before doing
        // something together that is no going, is called: 엄마 엄마 집 가다 싶다 → 엄마, 집에 가고
        // 싶어요; 누나 누나 같이 심다 씨앗 → 누나, 같이 씨앗을 심어요.)
        bool more = false, wish = false, motion = false;
        for (int j = run; j < size(); ++j) {
            more = more || card(j).content();
            wish = wish || card(j).kind == Kind::want;
            motion = motion || (card(j).kind == Kind::verb && card(j).has(Flag::motion));
        }
        const bool together = run < size() && together_word(card(run).label);
        const bool said_of =
            addressed(card(0)) ? (motion && !wish) || (together && motion) : motion || together;
        if (more && !said_of && !card(0).has(Flag::younger)) called_ = 0;
        for (int j = 1; j < run; ++j) {
            cards_[static_cast<std::size_t>(j)].kind = Kind::interjection;  // in no clause
            word(j).clear();
            warn("repeated_card",
                 "card " + std::to_string(card(j).tap + 1) +
                     (called_ == 0 ? " calls '" + card(0).label + "' again, said once"
                                   : " repeats the card before it and counts once"),
                 j);
        }
    }

    // Whether card i is a hurry tapped again right before or after itself (빨리 빨리).
    bool hurried_twice(int i) const {
        const auto again = [&](int j) {
            return j < size() && hurries_again(cards_, static_cast<std::size_t>(j), card(j));
        };
        return card(i).has(Flag::urges) && (again(i) || again(i + 1));
    }

    // A hurry tapped twice is said once (arrange keeps both taps, as they tell someone to hurry):
    // 빨리 빨리 뛰다 형 → 형, 빨리 뛰어요.
    void said_once() {
        if (!options_.collapse_repeats) return;
        for (int i = 1; i < size(); ++i) {
            if (!hurries_again(cards_, static_cast<std::size_t>(i), card(i))) continue;
            word(i).clear();
            warn("repeated_card",
                 "card " + std::to_string(card(i).tap + 1) +
                     " repeats the card before it and counts once",
                 i);
        }
    }

    // A counter after a number counts (세 개: 개 is no dog here), and a native numeral takes its
    // short form before it (셋 개 → 세 개, 하나 → 한, 스물 → 스무).
    void numbers_and_counters() {
        for (int i = 0; i < size(); ++i) {
            // A time counter with no number is a noun like any other: 시간 없다 → 시간이 없어요.
            ResolvedCard& c = cards_[static_cast<std::size_t>(i)];
            if (c.kind == Kind::noun && c.has(Flag::counter) && !is_counter(i) && c.is_a("time") &&
                c.classes.size() == 1) {
                c.classes.clear();
            }
        }
        for (int i = 1; i < size(); ++i) {
            if (!is_counter(i)) continue;
            ResolvedCard& counter = cards_[static_cast<std::size_t>(i)];
            if (!counter.is_a("time"))
                counter.classes.clear();  // 개 counts, it is no dog; 시 stays a time
            if (card(i - 1).has(Flag::native))
                word(i - 1) = predicate::native_before_counter(card(i - 1).label);
        }
        // So does one before a time word it counts: 둘 밤 → 두 밤.
        for (int i = 1; i < size(); ++i) {
            if (is_noun(i) && card(i).is_a("time") && !card(i).has(Flag::counter) &&
                is_number(i - 1) && card(i - 1).has(Flag::native))
                word(i - 1) = predicate::native_before_counter(card(i - 1).label);
        }
    }

    // Whether 다 (card i) says something is done (다 그리다 → 다 그렸어요), not what is to be done
    // first when leave is asked, a wish said or a request made after it (다 먹다 놀다 되다 ? → 다
    // 먹고 놀아도 돼요?; 다 먹다 싶다 → 다 먹고 싶어요).
    // Nor when how one feels about it is said after it, which is now: 다 팔다 그래서 기쁘다 → 다
    // 팔아서 기뻐요, 다 먹다 그래서 배부르다 → 다 먹어서 배불러요.
    bool finishes_sentence(int i) const {
        for (int j = i + 1; j < size(); ++j) {
            const Kind k = card(j).kind;
            if (k == Kind::permission || k == Kind::want || k == Kind::give) return false;
            if (k == Kind::adjective &&
                (card(j).has(Flag::feeling) || card(j).has(Flag::reaction)) &&
                clause_of(j) != clause_of(i))
                return false;
        }
        return true;
    }

    void read_sentence() {
        analyse(cards_, structure_);
        states_.assign(structure_.clauses.size(), ClauseState{});
        level_ = options_.speech_level;
        for (int i = 0; i < size(); ++i) {
            const ResolvedCard& c = card(i);
            if (c.kind == Kind::question || c.has(Flag::wh)) question_ = true;
            if (c.kind == Kind::past || (c.kind == Kind::finished && finishes_sentence(i)) ||
                (c.kind == Kind::noun && c.has(Flag::past)))
                past_ = true;
            // (not how long, 5분 남다 → 5분 남았어요, 10 초, 몇 시간; but how long a verb whose
            // frame names a time takes: 2 시간 걸리다 → 2시간 걸려요)
            const bool how_long = !c.has(Flag::at) && (!c.entry || c.has(Flag::counter));
            if (c.kind == Kind::noun && c.is_a("time") && !c.has(Flag::past) &&
                (!how_long || std::any_of(cards_.begin(), cards_.end(), [&](const ResolvedCard& p) {
                    return p.predicate() && role_names(frame_of(p), Role::subject, c);
                })))
                present_time_ = true;
            if (c.kind == Kind::plain_speech) {
                level_ = SpeechLevel::plain;
                to_friend_ = true;
                word(i).clear();  // it says how to speak, not what
            }
            if (c.kind == Kind::past)
                word(i).clear();  // 했어요 puts the verb in the past and says nothing itself
        }
        // 몇 asks how many of what the counter card after it says (몇 개, 몇 명): with none, the
        // rules cannot say what is counted (개미 다리 몇 ? is 몇 개, 물고기 몇 ? 몇 마리).
        for (int i = 0; i < size(); ++i) {
            if (card(i).has(Flag::number) && card(i).has(Flag::wh) && !is_noun(i + 1)) {
                warn_about("count_without_counter",
                           "'%' asks how many, but no card after it says of what", {card(i).label},
                           i);
                lower(Confidence::low);
            }
        }
        // 다 says something is done: with no verb in its part nothing says what (밥 다 → 밥이요
        // 다).
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind != Kind::finished) continue;
            const int k = clause_of(i);
            if (k >= 0 && structure_.clauses[static_cast<std::size_t>(k)].predicate >= 0) continue;
            warn_about("grammar_without_verb", "'%' says something is done, but no verb says what",
                       {card(i).label}, i);
            lower(Confidence::low);
        }
        // Only the listener can say what they wish or how they feel: said of them it is asked
        // (너 배고프다 → 너는 배고파요?; 너 이거 먹다 싶다 → 너는 이걸 먹고 싶어요?). Alone
        // before a wish to see or meet someone, the listener is whom: 너 보다 싶다 → 너 보고
        // 싶어 (missing them).
        for (const Clause& c : structure_.clauses) {
            const bool inner =
                c.want >= 0 || (c.predicate >= 0 && card(c.predicate).kind == Kind::adjective &&
                                card(c.predicate).has(Flag::feeling));
            const bool missed = c.want >= 0 && c.nouns.size() == 1 && c.predicate >= 0 &&
                                card(c.predicate).kind == Kind::verb &&
                                object_names(frame_of(card(c.predicate)), card(c.nouns.front()));
            for (int i : c.nouns) {
                if (inner && !missed && card(i).has(Flag::listener) && !other_role_card(i))
                    question_ = true;
            }
        }
        // To a friend a greeting or a thanks is said in 반말 too: 친구에게 안녕하세요 → 안녕.
        for (int i = 0; i < size(); ++i) {
            if (level_ == SpeechLevel::plain && card(i).kind == Kind::interjection &&
                card(i).entry && !card(i).entry->plain.empty())
                word(i) = std::string(card(i).entry->plain);
        }
        // On a board whose first person is 저, polite speech says 저 for the 나 card (제가, 제
        // 가방).
        for (int i = 0; i < size(); ++i) {
            if (options_.first_person_jeo && level_ == SpeechLevel::polite && is_noun(i) &&
                card(i).label == "나")
                word(i) = "저";
        }
    }

    // The predicate of clause k: the tapped one, the 주다 of a request for a thing, or the verb its
    // nouns imply when the child tapped 싶다, 안 or 못 with nouns and no verb.
    void clause_predicate(int k) {
        const Clause& c = clause(k);
        ClauseState& s = state(k);
        if (c.predicate >= 0) {
            s.card = c.predicate;
            s.pred = card(c.predicate);
            // Someone else's feeling about a thing is said with -어하다 (무섭다 번개 사촌 → 사촌은
            // 번개를 무서워해요; 할머니 햄스터 무섭다 → 할머니가 햄스터를 무서워하세요); one the
            // child lives with is told it (엄마 청소기 무섭다 → 엄마, 청소기가 무서워요). So is it
            // of someone alone after 그래서, which says what it is felt about: 뜀틀 높다 그래서
            // 무섭다 동생 → 뜀틀이 높아서 동생이 무서워해요.
            if (s.pred.kind == Kind::adjective && s.pred.has(Flag::exp)) {
                const bool about_thing = c.nouns.size() == 2 && !card(c.nouns[1]).is_a("person") &&
                                         !has_particle_card(c.nouns[1]);
                const bool after_why =
                    c.nouns.size() == 1 && k > 0 &&
                    std::any_of(cards_.begin(), cards_.begin() + c.predicate, says_why);
                const int who = about_thing || after_why ? c.nouns[0] : -1;
                const ResolvedCard* feels = who >= 0 ? &card(who) : nullptr;
                if (feels && feels->is_a("person") && !feels->pronoun &&
                    (!feels->has(Flag::household) || feels->has(Flag::younger)) &&
                    !has_particle_card(who)) {
                    if (const std::string felt = predicate::felt_by_others(s.pred.lemma);
                        !felt.empty()) {
                        s.pred = implied_card(felt);
                        if (after_why) s.feeler = who;  // (its slot is set with the roles)
                    }
                }
            }
            // An adjective tapped first, before a thing a child may ask for and nothing else, is
            // said of it (맵다 짬뽕 → 짬뽕이 매워요), though the child may want the hot one: a
            // guess, said (one that tells things apart, flag sorts, is which: 작은 컵이요).
            if (s.pred.kind == Kind::adjective && c.nouns.size() == 1 && s.pred.tap == 0 &&
                card(c.nouns[0]).tap == 1 && requestable(card(c.nouns[0])) &&
                !s.pred.has(Flag::exp) && !s.pred.has(Flag::feeling) &&
                std::count_if(cards_.begin(), cards_.end(),
                              [](const ResolvedCard& x) { return x.content(); }) == 2) {
                warn_about("which_one",
                           "'%' before '%' was read as what it is like, not as which one is wanted",
                           {s.pred.label, card(c.nouns[0]).label}, c.predicate);
                lower(Confidence::medium);
            }
            // 보다 right after it tries it: the verb is said with it, 신어 봐요 (its frame stays
            // the verb's: 원피스를 입어 봐도 돼요?).
            if (c.attempt >= 0 && s.pred.kind == Kind::verb) {
                if (auto tried =
                        predicate::conjugate(s.pred.lemma, Form::infinitive,
                                             predicate::Manner{options_.speech_level, false})) {
                    s.tried = tried->text;
                    s.pred.lemma = tried->text + " 보다";
                }
            }
            // A noun that says what happens, tapped before its own verb, is part of it where the
            // lexicon lists the two as one verb: 로봇 고장 나다 → 로봇이 고장 났어요 (고장 나다 is
            // a report: the past), not 로봇 고장이 나요.
            const int noun = c.predicate - 1;
            if (noun >= 0 && is_noun(noun) && !has_particle_card(noun) &&
                says_what_happens(card(noun), s.pred)) {
                if (const lexicon::Entry* e =
                        lexicon::find(card(noun).label + " " + s.pred.lemma)) {
                    s.pred.entry = e;
                    s.verb_noun = noun;
                }
            }
            // So is a noun before 시키다 that the lexicon writes as one verb with it (목욕 시키다
            // → 목욕시켰어요; 피자 시키다 orders a pizza: 피자를 시켜요). Other verbs' nouns take
            // 을/를 (춤을 춰요, 공부를 해요).
            // (So is one before 하다 when a question word asks what: 뭐 주문 하다 → 뭐 주문해요?;
            // and in 반말 with 같이, where a friend is asked along and what is done is said bare:
            // 색칠 하다 같이 → 같이 색칠하자.)
            // (the lemma compared once, as a view: no strlen, no call)
            const std::string_view lemma = s.pred.lemma;
            const bool hada = lemma == "하다";
            const bool sikida = lemma == "시키다";
            const bool asks_what =
                hada && std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                    return i != noun && card(i).has(Flag::wh) && card(i).is_a("thing");
                });
            const bool along = hada && level_ == SpeechLevel::plain && asks_along(k);
            // (And one before 하다 whose verb is done to someone, when someone is tapped: 할아버지
            // 세배 하다 → 할아버지께 세배해요, 원장님 인사 하다 → 원장님께 인사해요.)
            // (looked up only for the verbs that may join their noun: 하다 and 시키다)
            const lexicon::Entry* one = noun >= 0 && (hada || sikida)
                                            ? lexicon::find(card(noun).label + s.pred.lemma)
                                            : nullptr;
            const bool to_someone =
                one && hada && has_slot(one->frame, Role::recipient) &&
                std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                    return i != noun && card(i).is_a("person") && !card(i).has(Flag::speaker);
                });
            // (And one before 하다 whose verb is done to the thing tapped right before it: 그림
            // 색칠 하다 → 그림을 색칠해요, 방 청소 하다 → 방을 청소해요; not 그림이랑 색칠을.)
            const bool done_to_thing =
                one && hada && noun >= 1 && is_noun(noun - 1) && !has_particle_card(noun - 1) &&
                !card(noun - 1).is_a("person") && !card(noun - 1).is_a("animal") &&
                object_names(one->frame, card(noun - 1)) &&
                !lexicon::find(card(noun - 1).label + "하다");  // (숙제 공부 하다: two things done)
            if (noun >= 0 && is_noun(noun) && !has_particle_card(noun) && s.verb_noun < 0 &&
                (sikida || asks_what || along || to_someone || done_to_thing)) {
                const lexicon::Entry* e = one;
                if (e && e->pos == lexicon::Pos::verb) {
                    s.pred.entry = e;
                    s.verb_noun = noun;
                }
            }
            return;
        }
        int carrier = c.want >= 0 ? c.want : c.negative;
        // 화장실 되다 ? → 화장실 가도 돼요?; 안 right before it forbids (장난 안 되다)
        if ((carrier < 0 || (c.want < 0 && c.permission == c.negative + 1)) && c.permission >= 0 &&
            !c.nouns.empty())
            carrier = c.permission;
        if (carrier < 0 && c.give >= 0) {
            s.card = c.give;  // 물 주세요: asking for the thing
            s.pred = card(c.give);
            s.pred.kind = Kind::verb;
            s.pred.lemma = "주다";
            s.pred.entry = lexicon::find("주다");
            return;
        }
        if (carrier < 0) {
            // An adverb carries the verb it stands for.
            const auto carried_by = [&](int a, const std::string& verb, const std::string& why) {
                s.implied = true;
                s.carrier = a;
                s.card = a;
                s.pred = implied_card(verb);
                warn_about("implied_verb", "no verb was tapped: '%' %", {card(a).label, why}, a);
                lower(Confidence::medium);
            };
            // 물 더, 더: asking for more is asking to be given (물 더 주세요, 더 주세요); 더
            // carries the 주다 that no card says. So does an adverb of how much with a thing a
            // child asks for (밥 많이 → 밥 많이 주세요).
            // (With a place tapped, how much is how much there is: 마당 배추 많이 → 마당에
            // 배추가 많아요.)
            // (So it is with a thing where the other is: 상자 뽁뽁이 많이 → 상자에 뽁뽁이가
            // 많아요.)
            const bool somewhere =
                where_of_two(c) >= 0 || std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                    return card(i).is_a("place") && !card(i).has(Flag::wh) && !card(i).pronoun;
                });
            const bool asked_for =
                !somewhere && std::any_of(c.nouns.begin(), c.nouns.end(),
                                          [&](int i) { return requestable(card(i)); });
            for (int a : c.adverbs) {
                if (card(a).has(Flag::more)) {
                    carried_by(a, "주다", "asks for more");
                    return;
                }
                if (asked_for && says_how_much(card(a))) {
                    carried_by(a, "주다", "asks for the thing");
                    return;
                }
            }
            // 그만 alone: the adverb stands for the verb it makes (그만하다 → 그만해요); 다시 alone
            // for the verb it goes with (다시 해요, 나중에 해요, 같이 하자). An adverb of an
            // adjective says it of the nouns too (숙제 많이 → 숙제가 많아요), not of a thing a
            // child asks for (밥 많이 → 밥 많이 주세요, above).
            // A noun that names something happening says it with its own verb (below); the last
            // such noun carries it, so a noun joined to it comes before (비 비: 비랑 비가 와요,
            // never 비랑 와요 비가). How much of it carries that verb too: 비 많이 → 비가 많이
            // 와요, 얼굴 땀 많이 → 얼굴에 땀이 많이 나요.
            const bool asks = asks_in(c);
            const auto happening = std::find_if(c.nouns.rbegin(), c.nouns.rend(), [&](int i) {
                return malmoi::happening(cards_, c.nouns, i) && !has_particle_card(i) &&
                       !is_counter(i + 1) && !(i > 0 && is_number(i - 1)) &&
                       !implied_verb(card(i)).empty();
            });
            const bool happens = !asks && happening != c.nouns.rend();
            for (int a : c.adverbs) {
                if (happens && says_how_much(card(a))) {
                    carried_by(a, implied_verb(card(*happening)), "says what happens");
                    return;
                }
            }
            for (int a : c.adverbs) {
                const std::string verb = adverb_verb(card(a));
                // (먼저 after who goes first says that they do it: 나 먼저 → 내가 먼저 해요, flag
                // doer)
                const bool who_first =
                    card(a).has(Flag::doer) && !c.nouns.empty() &&
                    std::all_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                        return card(i).is_a("person") && !has_particle_card(i) && i < a;
                    });
                if (verb.empty() || (!c.nouns.empty() && !who_first &&
                                     (!conjugate::is_adjective(verb) || asked_for)))
                    continue;
                carried_by(a, verb, "stands for '" + verb + "'");
                return;
            }
            // The noun that names something happening: 비 → 비가 와요, 동생 열 → 동생은 열이
            // 나요, 로봇 고장 → 로봇이 고장 났어요.
            if (happens) {
                carried_by_noun(k, *happening, implied_verb(card(*happening)), "says what happens");
                return;
            }
            if (asked_when(k)) return;
            if (noun_carries(k, asks)) return;
            s.nominal = true;
            return;
        }
        bool companion = false;  // 친구 같이 싶다: someone to be with, not to see
        for (int i : c.nouns) {
            if (before_together(i) && (card(i).is_a("person") || card(i).is_a("animal")))
                companion = true;
        }
        const int from = verb_source(cards_, c.nouns);
        // (what happens by itself is wanted as the lexicon says: 꽃 냄새 싶다 → 꽃 냄새 맡고
        // 싶어요, wanted:맡다)
        std::string verb = from >= 0 ? wanted_verb(card(from)) : std::string();
        // Food right after an animal is wanted to be given: 물고기 밥 싶다 → 물고기 밥 주고 싶어요;
        // so is food right before one: 건초 송아지 싶다 → 송아지한테 건초 주고 싶어요.
        // (not a compound's first part: 닭 다리 싶다 → 닭다리 먹고 싶어요)
        if (from > 0 && wanted_for_either(card(from - 1), card(from)) && !compound(from - 1, from))
            verb = "주다";
        // A toy said as which one (new, big, brown) is wanted to have: 큰 곰 인형 싶다 → 큰 곰 인형
        // 갖고 싶어요.
        if (verb == "가지고 놀다") {
            int j = from - 1;
            while (j >= 0 && is_noun(j) && !card(j).is_a("color")) --j;
            if (j >= 0 && (card(j).kind == Kind::adjective || card(j).is_a("color") ||
                           (card(j).kind == Kind::determiner && card(j).has(Flag::adnoun))))
                verb = "갖다";
        }
        if (verb.empty() && companion) verb = "놀다";  // 친구랑 같이 놀고 싶어요
        if (verb.empty() && !c.nouns.empty() &&
            std::all_of(c.nouns.begin(), c.nouns.end(),
                        [&](int i) { return card(i).has(Flag::speaker); }))
            verb = "하다";  // 나 싶다: 나는 하고 싶어요
        if (verb.empty() && !c.nouns.empty()) {
            s.nominal = true;
            return;
        }
        if (verb.empty()) verb = "하다";  // 싶다 alone: 하고 싶어요; 안 alone: 안 해요
        s.implied = true;
        s.carrier = carrier;
        s.card = carrier;
        // A noun that makes one verb with the verb it implies is written with it: 수영 싶다 →
        // 수영하고 싶어요, 춤 싶다 → 춤추고 싶어요; not across an adverb between them, which goes
        // before the verb (축구 또 싶다 → 축구 또 하고 싶어요, not 축구하고 또 싶어요).
        const auto adverb_between = [&] {
            for (int i = std::min(from, carrier) + 1; i < std::max(from, carrier); ++i)
                if (card(i).kind == Kind::adverb) return true;
            return false;
        };
        if (from >= 0 && !has_particle_card(from) &&
            conjugate::known_class(card(from).label + verb) && !adverb_between() &&
            // (nor a game an activity before it names: 농구 게임 하고 싶어요)
            !(card(from).has(Flag::kinded) && from > 0 && is_noun(from - 1))) {
            verb = card(from).label + verb;
            s.verb_noun = from;
            s.card = from;
        }
        s.pred = implied_card(verb);
        warn("implied_verb",
             "no verb was tapped: '" + verb + "' is the verb " +
                 (from >= 0 ? "'" + card(from).label + "' implies"
                            : "a grammar card alone stands for"),
             carrier);
        lower(Confidence::medium);
    }

    // Clause k's verb, which no card says, is carried by its noun i: the verb's word goes in the
    // noun's (비 → 비가 와요), or is one word with it where the lexicon writes them so (고장 나다,
    // 목욕하다).
    void carried_by_noun(int k, int i, std::string verb, const std::string& why) {
        ClauseState& s = state(k);
        s.implied = true;
        s.carrier = i;
        s.card = i;
        if (const std::string spaced = card(i).label + " " + verb; lexicon::find(spaced)) {
            verb = spaced;
            s.verb_noun = i;
        } else if (lexicon::find(card(i).label + verb)) {
            verb = card(i).label + verb;
            s.verb_noun = i;
        }
        s.pred = implied_card(verb);
        warn_about("implied_verb", "no verb was tapped: '%' % with '%'", {card(i).label, why, verb},
                   i);
        lower(Confidence::medium);
    }

    // 언제 with someone and no verb asks when they come (언제 엄마 → 엄마 언제 와요?), with an
    // activity when it is done (체육 언제 → 체육 언제 해요?); the question word carries the verb
    // (medium, with implied_verb). Someone the child lives with or looks up to, tapped first, is
    // asked (아빠 캠핑 언제 → 아빠, 캠핑 언제 해요?), not whose it is.
    bool asked_when(int k) {
        const Clause& c = clause(k);
        const bool called = c.nouns.size() == 3 && addressed(card(c.nouns.front())) &&
                            c.nouns.front() == 0 && !has_particle_card(c.nouns.front());
        if ((c.nouns.size() != 2 && !called) || c.want >= 0 || c.give >= 0 || c.negative >= 0 ||
            c.permission >= 0)
            return false;
        int when = -1, other = -1;
        for (int i : c.nouns) {
            if (called && i == c.nouns.front()) continue;
            if (has_particle_card(i)) return false;
            if (card(i).has(Flag::wh) && card(i).is_a("time"))
                when = i;
            else
                other = i;
        }
        if (called && (other < 0 || !card(other).is_a("activity") || card(other).is_a("person")))
            return false;
        if (when < 0 || other < 0 || card(other).has(Flag::wh)) return false;
        const ResolvedCard& x = card(other);
        const bool someone = x.is_a("person") && !x.pronoun && !x.has(Flag::speaker) &&
                             !x.has(Flag::listener) && !x.has(Flag::status);
        const std::string verb = someone ? "오다" : x.is_a("activity") ? implied_verb(x) : "";
        if (verb.empty()) return false;
        carried_by_noun(k, when, verb, someone ? "asks when they come" : "asks when it is done");
        state(k).asks_called = called;  // (only once the question carries its verb)
        return true;
    }

    // Nouns alone that say a whole sentence, with the verb their class implies (each medium, with
    // implied_verb): someone called and something to eat, drink or use asks for it (엄마 물 → 엄마,
    // 물 주세요; 선생님 가위 → 선생님, 가위 주세요; but 엄마 가방 → 엄마 가방이에요); a place a
    // child asks to go to (lexicon flag need) asks to go (화장실 → 화장실에 가고 싶어요; 선생님
    // 화장실 → 선생님, 화장실에 가고 싶어요); a time and a place, an activity, food, a drink, a
    // ride or a show says what happens then (오늘 수영장 → 오늘 수영장에 가요; 저녁 목욕 → 저녁에
    // 목욕해요; 오늘 피자 → 오늘 피자 먹어요).
    bool noun_carries(int k, bool asks) {
        const Clause& c = clause(k);
        // An adverb of how it is done stands for 하다 with an activity (같이 소꿉놀이 → 같이
        // 소꿉놀이해요, below).
        const bool how_done = std::any_of(c.adverbs.begin(), c.adverbs.end(),
                                          [&](int a) { return adverb_verb(card(a)) == "하다"; });
        const auto done_how = [&](int i) {
            return how_done && card(i).is_a("activity") && implied_verb(card(i)) == "하다";
        };
        // 누구 with an activity and an adverb of how it is done asks who does it: 누구 먼저 뜀틀
        // → 누가 먼저 뜀틀 해요?
        if (asks && c.nouns.size() == 2 && c.negative < 0 && c.permission < 0 &&
            card(c.nouns[0]).has(Flag::wh) && card(c.nouns[0]).is_a("person") &&
            !has_particle_card(c.nouns[0]) && !has_particle_card(c.nouns[1]) &&
            done_how(c.nouns[1])) {
            carried_by_noun(k, c.nouns[1], "하다", "is what is done");
            return true;
        }
        if (asks || c.nouns.empty() || c.negative >= 0 || c.permission >= 0) return false;
        // After how the child feels, things alone are what would help, asked for, the feeling
        // their reason: 춥다 담요 → 추우니까 담요 주세요, 배고프다 샌드위치 → 배고프니까 샌드위치
        // 주세요 (not 담요가 추워요).
        if (k > 0 && c.want < 0 && clause(k - 1).predicate >= 0 && !question_ &&
            feels(card(clause(k - 1).predicate)) &&
            segment_of(clause(k - 1).predicate) == segment_of(c.nouns.front()) &&
            std::all_of(c.nouns.begin(), c.nouns.end(),
                        [&](int i) { return requestable(card(i)) && !has_particle_card(i); })) {
            carried_by_noun(k, c.nouns.back(), "주다", "is asked for");
            return true;
        }
        // So are things alone after 그래서, the part before their reason: 짬뽕 맵다 그래서 물 →
        // 짬뽕이 매우니까 물 주세요 (not 그래서 물이요).
        const int link = c.nouns.front() - 1;
        if (k > 0 && c.want < 0 && link > 0 && says_why(card(link)) &&
            clause(k - 1).predicate >= 0 && !question_ &&
            card(clause(k - 1).predicate).predicate() &&
            std::all_of(c.nouns.begin(), c.nouns.end(),
                        [&](int i) { return requestable(card(i)) && !has_particle_card(i); })) {
            carried_by_noun(k, c.nouns.back(), "주다", "is asked for");
            return true;
        }
        // A thing to be given, counted: 물 둘 잔 → 물 두 잔 주세요, 과자 하나 → 과자 하나 주세요
        // (not 물 두 잔이요); a price or a weight is what it is (우유 2000 원 → 우유는
        // 2000원이에요, flag status).
        const int counted = c.nouns.front();
        if (!question_ && c.nouns.size() >= 2 && requestable(card(counted)) &&
            !card(counted).is_a("person") && !is_number(counted) && !has_particle_card(counted) &&
            std::all_of(c.nouns.begin() + 1, c.nouns.end(), [&](int i) {
                return (is_number(i) || (is_counter(i) && !card(i).has(Flag::status))) &&
                       !has_particle_card(i);
            })) {
            carried_by_noun(k, c.nouns.back(), "주다", "is asked for");
            return true;
        }
        if (std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                return has_particle_card(i) || is_number(i) || is_counter(i);
            }))
            return false;
        const int last = c.nouns.back();
        const ResolvedCard& head = card(last);
        const ResolvedCard& first = card(c.nouns.front());
        const bool called = c.nouns.size() >= 2 && addressed(first);
        // Who is called, then what they are asked for (not 엄마 물 ?, which asks whose).
        if (called && !question_ && std::all_of(c.nouns.begin() + 1, c.nouns.end(), [&](int i) {
                return asked_for(card(i));
            })) {
            carried_by_noun(k, last, "주다", "is asked for");
            return true;
        }
        // An animal and a food, nothing else: it eats it (달팽이 상추 → 달팽이가 상추를 먹어요);
        // its own meal or snack is asked for (강아지 밥, 햄스터 간식 → 햄스터 간식 주세요).
        if (c.nouns.size() == 2 && first.is_a("animal") && !first.is_a("person") &&
            !first.pronoun && (head.is_a("food") || head.is_a("drink")) && !head.is_a("animal") &&
            !head.has(Flag::feed) && !head.has(Flag::menu) && c.nouns.front() == last - 1 &&
            !question_ && c.adverbs.empty()) {
            const std::string verb = implied_verb(head);
            if (verb.empty()) return false;
            carried_by_noun(k, last, verb, "is what the animal eats");
            return true;
        }
        std::size_t times = 0;
        for (int i : c.nouns) times += i != last && card(i).is_a("time");
        const std::size_t others = c.nouns.size() - times;
        // (the child first, who needs it: 나 화장실 → 나는 화장실에 가고 싶어요)
        const bool speaker_first = others == 2 && card(c.nouns.front()).has(Flag::speaker) &&
                                   card(c.nouns.front()).has(Flag::topic);
        // (or someone called, then the child: 선생님 나 화장실 → 선생님, 나 화장실에 가고 싶어요)
        const bool called_then_speaker = called && others == 3 &&
                                         card(c.nouns[1]).has(Flag::speaker) &&
                                         card(c.nouns[1]).has(Flag::topic);
        if (head.has(Flag::need) &&
            others <= std::size_t{1} + (called || speaker_first ? 1 : 0) +
                          (called_then_speaker ? 1 : 0) &&
            (others == 1 || called || speaker_first)) {
            const std::string verb = implied_verb(head);
            if (verb.empty()) return false;
            carried_by_noun(k, last, verb, "is where the child asks to go");
            state(k).wants = true;
            return true;
        }
        // (What is done then with food, a drink, a ride or a show: 오늘 피자 → 오늘 피자 먹어요;
        // someone's home is a place: 주말 할머니 집 → 주말에 할머니 집에 가요.)
        const bool owner_before =
            others == 2 && head.has(Flag::home) && card(c.nouns[c.nouns.size() - 2]).is_a("person");
        // (A lesson or homework, with a time, is there then: 오늘 체육 → 오늘 체육이 있어요.)
        if (times >= 1 && others == 1 && head.has(Flag::lesson)) {
            carried_by_noun(k, last, "있다", "with a time says it is on then");
            return true;
        }
        // (After a clock time, a meal is eaten then: 12시 점심 → 12시에 점심을 먹어요.)
        if (times >= 1 && (others == 1 || owner_before) &&
            (!head.is_a("time") || (!first.entry && first.has(Flag::at))) &&
            (head.is_a("place") || head.is_a("activity") || head.is_a("food") ||
             head.is_a("drink") || head.is_a("vehicle") || head.is_a("media"))) {
            const std::string verb = implied_verb(head);
            if (verb.empty()) return false;
            carried_by_noun(k, last, verb, "with a time says what happens then");
            return true;
        }
        // (So is an activity at a place: 어제 바다 수영 → 어제 바다에서 수영했어요.)
        if (times >= 1 && others == 2 && head.is_a("activity") && !head.is_a("time") &&
            !head.has(Flag::lesson) && card(c.nouns[c.nouns.size() - 2]).is_a("place") &&
            !card(c.nouns[c.nouns.size() - 2]).is_a("person") &&
            !card(c.nouns[c.nouns.size() - 2]).pronoun) {
            const std::string verb = implied_verb(head);
            if (verb.empty()) return false;
            carried_by_noun(k, last, verb, "with a time and a place says what happens there");
            return true;
        }
        // (What comes from someone, with a time, comes then: 내일 택배 → 내일 택배가 와요.)
        if (times >= 1 && others == 1 && head.has(Flag::comes) && !head.is_a("time")) {
            carried_by_noun(k, last, "오다", "with a time says it comes then");
            return true;
        }
        // Something done (N하다), by the one person tapped with it or before more is said: 할아버지
        // 세차 → 할아버지가 세차하세요; 세차 그리고 밥 먹다 → 세차하고 밥을 먹어요.
        int done = -1;
        std::size_t people = 0;
        bool doer_after = false;    // (who does it is tapped before it)
        bool called_again = false;  // (someone called again and again is told)
        for (int i : c.nouns) {
            if (card(i).is_a("person")) {
                ++people;
                doer_after = doer_after || done >= 0;
                called_again = called_again || (i > 0 && card(i - 1).label == card(i).label) ||
                               (i + 1 < size() && card(i + 1).label == card(i).label);
            } else if (!card(i).is_a("time")) {
                done = done < 0 ? i : -2;
            }
        }
        bool more = false;
        for (std::size_t j = static_cast<std::size_t>(last) + 1; j < cards_.size(); ++j)
            more = more || cards_[j].kind == Kind::connective;
        // (So is an activity with an adverb of how it is done: 같이 소꿉놀이 → 같이 소꿉놀이해요.)
        if (done >= 0 && people <= 1 && !doer_after && !called_again &&
            (people || more || how_done) && (done_as_verb(card(done)) || done_how(done))) {
            carried_by_noun(k, done, "하다", "is what is done");
            return true;
        }
        return false;
    }

    // The last clause of each part of the sentence (between connectives) is said in full; the ones
    // before it join it (먹고, 가서, 가기).
    void mark_main_clauses() {
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k) {
            const int anchor = anchor_of(static_cast<int>(k));
            if (anchor < 0) continue;
            bool later = false;
            for (std::size_t j = k + 1; j < structure_.clauses.size(); ++j) {
                const int other = anchor_of(static_cast<int>(j));
                // A copula with no noun of its own is left out (copula_words), so it ends nothing.
                const bool bare_copula =
                    states_[j].pred.kind == Kind::copula && structure_.clauses[j].nouns.empty();
                later = later || (other >= 0 && !states_[j].nominal && !bare_copula &&
                                  structure_.segment_of[static_cast<std::size_t>(other)] ==
                                      structure_.segment_of[static_cast<std::size_t>(anchor)]);
            }
            states_[k].main = !later;
        }
        // An animal and no person anywhere in the sentence, for food given (below); the animal may
        // be in the part before: 햄스터 배고프다 그래서 밥 주다 → 햄스터가 배고파서 밥을 줘요.
        // So is a plant watered, with no one but the speaker: 나무 물 주다 → 나무에 물을 줘요.
        bool animal = false, person = false, plant = false, someone_else = false;
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            animal = animal || (card(i).is_a("animal") && !card(i).is_a("person"));
            // (누구 asks who does it: 누구 강아지 밥 주다 → 누가 강아지한테 밥을 줘요?)
            person = person || (card(i).is_a("person") && !card(i).has(Flag::wh));
            plant = plant || (card(i).is_a("nature") && !card(i).is_a("animal"));
            someone_else = someone_else || (card(i).is_a("person") && !card(i).has(Flag::speaker) &&
                                            !card(i).has(Flag::wh));
        }
        const bool fed_alone = (animal && !person) || (plant && !someone_else);
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k) {
            ClauseState& s = states_[k];
            if (s.card < 0) continue;
            const Clause& c = structure_.clauses[k];
            // 주다 and 도와주다 alone ask (우유 주세요), unless the speaker is the topic and gives
            // to someone else (나 동생 장난감 주다 → 나는 동생한테 장난감을 줘요).
            const int first = first_noun();
            const bool speaker_topic =
                first >= 0 && card(first).has(Flag::topic) && !card(first).has(Flag::wh);
            bool someone_else = false;
            for (int i : c.nouns)
                someone_else = someone_else || (i != first && card(i).is_a("person"));
            // 안녕히 (flag request) makes its verb a farewell said to someone: 안녕히 가세요; so
            // does 잘 (flag wish) with a verb of parting (잘 자요; 엄마 잘 자다 → 엄마, 잘 자요).
            // (Not of someone it is not said to: 동생 잘 자다 → 동생이 잘 자요.)
            const bool said_of_others = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                return (card(i).is_a("person") || card(i).is_a("animal")) && !addressed(card(i));
            });
            // (A verb that is itself a wish is one too: 할아버지, 힘내세요.)
            s.farewell = (s.pred.has(Flag::wish) && s.card == c.predicate && c.want < 0 &&
                          c.give < 0 && c.negative < 0 && !said_of_others) ||
                         std::any_of(c.adverbs.begin(), c.adverbs.end(), [&](int a) {
                             return card(a).has(Flag::request) ||
                                    (card(a).has(Flag::wish) && s.pred.has(Flag::parting) &&
                                     s.card == c.predicate && !said_of_others);
                         });
            const bool gives =
                s.pred.has(Flag::request) || s.farewell || (s.card == c.give && c.predicate < 0);
            // Someone else the child marked as who does it (형 이 도와주다) says what they do; so
            // does the speaker so marked with 주다 (나 가 물고기 밥 주다 → 내가 물고기 밥을 줘요),
            // or marked as the topic (나 는 물 을 주다 → 나는 물을 줘요).
            // (So does 누구 with 주다 after a verb, which asks who does it for the child: 누구 책
            // 읽다 주다 → 누가 책을 읽어 줘요?)
            bool marked_doer = false;
            for (int i : c.nouns) {
                if (c.give > c.predicate && c.predicate >= 0 && card(i).has(Flag::wh) &&
                    card(i).is_a("person") && !has_particle_card(i))
                    marked_doer = true;
                const bool self = card(i).has(Flag::speaker) &&
                                  (s.pred.has(Flag::give) || s.pred.has(Flag::request));
                // (and the speaker so marked with 주다 after a verb, who does it for someone: 나
                // 가 종이 나누다 주다 → 내가 종이를 나눠 줘요)
                marked_doer =
                    marked_doer || (card(i).has(Flag::speaker) && c.give >= 0 && subject_card(i)) ||
                    ((subject_card(i) || (self && topic_card(i))) &&
                     (self || (!card(i).has(Flag::speaker) && !card(i).has(Flag::listener))) &&
                     (card(i).is_a("person") || card(i).is_a("animal")));
            }
            // In the past, 주다 with someone else and no speaker tells what they gave or did for
            // the child (어제 할머니 주다 사탕 → 어제 할머니가 사탕을 주셨어요; 아빠 안다 주다 어제
            // → 어제 아빠가 안아 줬어요): no request is past, and children report what they got.
            // (So does a favour verb: 어제 친구 빌려주다 크레파스 → 어제 친구가 크레파스를
            // 빌려줬어요.)
            if (past_ && (c.give >= 0 || s.pred.has(Flag::give) || s.pred.has(Flag::request)) &&
                !question_)
                s.giver = giver_of(c);
            // So does 주다 with the speaker after someone the child does not call by that word
            // (경찰관 주다 스티커 나 → 경찰관이 나한테 스티커를 줘요; 할머니 is asked).
            if (!past_ && (c.give < 0 ? s.pred.has(Flag::give) : c.predicate < 0) && !question_ &&
                std::any_of(c.nouns.begin(), c.nouns.end(),
                            [&](int i) { return card(i).has(Flag::speaker); })) {
                const int g = giver_of(c);
                if (g >= 0 && card(g).is_a("person") && !addressed(card(g))) s.giver = g;
            }
            // Food given to an animal, with no one else tapped, is what the child does (햄스터
            // 물 주다 → 햄스터한테 물을 줘요); someone tapped with it is asked (엄마 햄스터 물 주다
            // → 엄마, 햄스터한테 물 줘), and an animal's things are asked for (강아지 목줄 주세요).
            const auto any = [&](auto&& test) {
                return std::any_of(c.nouns.begin(), c.nouns.end(), test);
            };
            s.feeds = s.pred.has(Flag::give) && c.give < 0 && c.want < 0 && c.negative < 0 &&
                      c.permission < 0 && fed_alone && any([&](int i) {
                          // (a plant one eats too, 콩나물, is not given as food)
                          return (card(i).is_a("food") || card(i).is_a("drink")) &&
                                 !card(i).is_a("nature");
                      });
            // (A favour verb asked is still asked of the listener: 가위 빌려주다 ? → 가위
            // 빌려줄래요?, favour_form below.)
            // (Someone the child marked as who does it, with 주다 after a verb, does it for the
            // child: 아빠 가 헬멧 을 사다 주다 → 아빠가 헬멧을 사 줘요, told, not asked.)
            s.request = (c.give >= 0 && s.giver < 0 && !marked_doer) ||
                        (gives && c.want < 0 && c.negative < 0 && c.permission < 0 && !past_ &&
                         s.giver < 0 && (!question_ || s.pred.has(Flag::request)) &&
                         !(speaker_topic && someone_else) && !marked_doer && !s.feeds);
            // A person the child marked as who it is about (동생 도 가다 싶다: 이/가, 은/는, 도,
            // 만) is who wants: 동생도 가고 싶어 해요.
            for (int i : c.nouns) {
                if (s.main && c.want >= 0 && s.pred.kind == Kind::verb && has_particle_card(i) &&
                    !other_role_card(i) && !card(i).has(Flag::speaker) &&
                    !card(i).has(Flag::topic) && (card(i).is_a("person") || card(i).is_a("animal")))
                    s.others_wish = true;
            }
            s.speaker_oriented = s.main && (s.request || (c.want >= 0 && !s.others_wish) ||
                                            c.permission >= 0 || s.wants);
        }
        // A request ends its sentence: what is tapped after it in the same part is said on its
        // own, never joined with -고 (물 주다 목마르다 → 물 주세요. 목말라요; 불 끄다 안 주다
        // 무섭다 → 불을 끄지 마세요. 무서워요).
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k) {
            ClauseState& s = states_[k];
            if (s.card < 0 || s.main || !s.request || s.purpose) continue;
            // (what is thanked for is a favour done: 도와주다 고맙다 → 도와줘서 고마워요)
            if (k + 1 < states_.size() && states_[k + 1].pred.has(Flag::favour)) continue;
            int last = -1;
            for (int i = 0; i < size(); ++i) {
                if (clause_of(i) == static_cast<int>(k)) last = i;
            }
            if (last < 0) continue;
            s.main = true;
            s.speaker_oriented = true;
            request_ends_.push_back(last);
        }
        join_parts();
        for (std::size_t k = 0; k < structure_.clauses.size(); ++k) {
            ClauseState& s = states_[k];
            if (s.card < 0) continue;
            const Clause& c = structure_.clauses[k];
            // A verb children use after the fact is past unless a time word says otherwise
            // (장난감 잃어버리다 → 장난감을 잃어버렸어요).
            // Only its own part of the sentence: 넘어지다 그래서 다리 아프다 → 넘어졌어요. 그래서
            // 다리가 아파요 (it still hurts).
            // So is any verb with an adverb that tells what went wrong: 옷 거꾸로 입다 → 옷을
            // 거꾸로 입었어요.
            const auto how = std::find_if(c.adverbs.begin(), c.adverbs.end(),
                                          [&](int a) { return card(a).has(Flag::report); });
            // So is asking where an animal went, which is gone: 어디 가다 매미 → 매미가 어디
            // 갔어요? (엄마 어디 가다 asks where she is going: 엄마는 어디 가요?)
            const bool gone = s.pred.has(Flag::parting) && s.pred.has(Flag::motion) &&
                              std::any_of(c.nouns.begin(), c.nouns.end(),
                                          [&](int i) { return card(i).label == "어디"; }) &&
                              std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                                  return card(i).is_a("animal") && !card(i).is_a("person");
                              });
            // So is what something became, which children tell when it has happened: 번데기 나비
            // 되다 → 번데기가 나비가 됐어요 (but 나 의사 되다 is what the child will be).
            const bool became = s.pred.kind == Kind::verb && c.nouns.size() >= 2 && !question_ &&
                                has_slot(frame_of(s.pred), Role::complement) &&
                                std::none_of(c.nouns.begin(), c.nouns.end(),
                                             [&](int i) { return card(i).has(Flag::status); });
            // So is asking who made or drew a thing pointed at, which is there, made: 누구 이거
            // 만들다 → 누가 이걸 만들었어요?, 그림 누구 그리다 이거 → 이 그림은 누가 그렸어요?
            const auto pointed = [&](int i) {
                return (card(i).kind == Kind::noun && card(i).pronoun && card(i).is_a("thing")) ||
                       card(i).kind == Kind::determiner;
            };
            // So is telling who made it (이거 나 만들다 → 나는 이걸 만들었어요), a guess: medium.
            bool made = false;
            if (s.pred.has(Flag::makes) && std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                    return card(i).is_a("person") && (card(i).has(Flag::wh) || !question_) &&
                           !has_particle_card(i);
                })) {
                for (int i = 0; i < size(); ++i)
                    made = made || (clause_of(i) == static_cast<int>(k) && pointed(i) &&
                                    !card(i).has(Flag::wh));
            }
            // So is what was not brought, forgotten: 숙제 안 가져오다 → 숙제를 안 가져왔어요.
            const bool forgot = s.pred.has(Flag::brings) && c.negative >= 0;
            // (Not a verb whose object is things, done to food, which is done on purpose: 계란 깨다
            // → 계란을 깨요, cracking it; 컵 깨다 → 컵을 깼어요.)
            // (Asked only of a verb children report.)
            const auto on_purpose = [&] {
                const std::vector<Slot>& frame = frame_of(s.pred);
                const auto object = std::find_if(frame.begin(), frame.end(), [](const Slot& x) {
                    return x.role == Role::object;
                });
                return object != frame.end() && !object->classes.empty() &&
                       std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                           return card(i).is_a("food") && !any_names(frame, card(i));
                       });
            };
            const int teller =
                (s.pred.has(Flag::report) && !on_purpose()) || gone || became || made || forgot
                    ? s.card
                : how != c.adverbs.end() ? *how
                                         : -1;
            if (s.main && teller >= 0 && !past_ && !s.reported && !present_time_ && c.want < 0 &&
                c.give < 0 && c.permission < 0) {
                const int segment = segment_of(anchor_of(static_cast<int>(k)));
                for (std::size_t j = 0; j < states_.size(); ++j) {
                    if (segment_of(anchor_of(static_cast<int>(j))) == segment)
                        states_[j].reported = true;
                }
                warn("assumed_past",
                     "'" + (teller == s.card ? s.pred.lemma : card(teller).label) +
                         "' tells what happened: the past was assumed",
                     teller);
                lower(Confidence::medium);
                s.made_told = made && !question_;
            }
        }
    }

    // Told who made a thing pointed at, the maker is who did it (내가 이걸 만들었어요, not 나는),
    // and the thing, said first, is what it is about: 이건 엄마가 만들었어요.
    void made_by_whom(const Clause& c) {
        for (int i : c.nouns) {
            if (has_particle_card(i)) continue;
            Choice& r = role(i);
            if (card(i).is_a("person") && (r.role == Role::topic || r.role == Role::subject))
                r = Choice{Role::subject, "이/가", RoleSource::frame, r.slot, false, true};
            else if (r.role == Role::object && card(i).pronoun && card(i).is_a("thing") &&
                     std::any_of(c.nouns.begin(), c.nouns.end(),
                                 [&](int j) { return j > i && card(j).is_a("person"); }))
                r = Choice{Role::topic, particle_of(Role::topic), RoleSource::topic, r.slot, false,
                           true};
        }
    }

    // The one person (or animal) other than the speaker and the listener among the clause's nouns,
    // with no particle card, when no card is the speaker or the listener; or -1.
    int giver_of(const Clause& c) const {
        int speaker = -1;
        for (int i = 0; i < size(); ++i) {
            if (card(i).has(Flag::listener)) return -1;
            if (card(i).has(Flag::speaker)) {
                if (speaker >= 0 || has_particle_card(i)) return -1;
                speaker = i;
            }
        }
        int found = -1;
        for (int i : c.nouns) {
            if (!card(i).is_a("person") && !card(i).is_a("animal")) continue;
            if (i == speaker) continue;
            if (found >= 0 || card(i).pronoun || has_particle_card(i)) return -1;
            found = i;
        }
        // (The speaker after them is whom it was done for: 선생님 안다 주다 나 어제 → 어제
        // 선생님이 나를 안아 주셨어요.)
        if (speaker >= 0 && (found < 0 || speaker < found)) return -1;
        return found;
    }

    // 그래서 and 그리고 between two parts that each say something join them into one sentence,
    // as a teacher models it: 늦다 그래서 미안하다 → 늦어서 미안해요; 손 씻다 그리고 밥 먹다 → 손
    // 씻고 밥 먹어요. The part before ends in -아서 (그래서) or -고 (그리고) and the connective
    // card is said by that ending. Two sentences stay where one would not be Korean: a reason
    // before a request or a proposal (-아서 cannot give one: 추워요. 그래서 문 닫아 주세요), and a
    // part that wants, asks or asks leave itself.
    void join_parts() {
        for (int i = 1; i < size(); ++i) {
            const ResolvedCard& link = card(i);
            if (link.kind != Kind::connective || link.has(Flag::choice)) continue;
            const bool reason = link.label == "그래서";
            if (!reason && link.label != "그리고") continue;
            int before = -1, after = -1;  // the main clauses of the two parts
            for (std::size_t k = 0; k < states_.size(); ++k) {
                const int anchor = anchor_of(static_cast<int>(k));
                if (anchor < 0 || !states_[k].main || states_[k].card < 0 || states_[k].nominal)
                    continue;
                if (segment_of(anchor) == segment_of(i) - 1) before = static_cast<int>(k);
                if (segment_of(anchor) == segment_of(i) && after < 0) after = static_cast<int>(k);
            }
            if (before < 0 || after < 0) continue;
            const Clause& a = clause(before);
            const ClauseState& sa = state(before);
            const ClauseState& sb = state(after);
            if (sa.request || sa.farewell || sa.wants || a.want >= 0 || a.give >= 0 ||
                a.permission >= 0 || sa.pred.kind == Kind::copula || sb.pred.kind == Kind::copula)
                continue;
            // (a reason before a request is said with -(으)니까 where the rules have it: how
            // something is, 덥다 그래서 에어컨 켜다 주다 → 더우니까 에어컨 켜 주세요; else two
            // sentences: 늦다. 그래서 …)
            const bool request_after =
                sb.request || sb.farewell || (level_ == SpeechLevel::plain && together_in(after));
            if (reason && request_after && sa.pred.kind != Kind::adjective) continue;
            ClauseState& joined = state(before);
            joined.because = reason && request_after;
            joined.main = false;
            joined.speaker_oriented = false;
            // (그리고 after a verb of going or sitting is 가서, 앉아서: 공원에 가서 그네를 타요;
            // not before going again, somewhere else: 빵집에 가고 편의점에 가요)
            joined.joined = reason || (sa.pred.has(Flag::seo) && !sb.pred.has(Flag::motion))
                                ? Form::sequential
                                : Form::connective;
            word(i).clear();
            joined_links_.push_back(i);
        }
    }

    // Whether what clause a made (flag makes) is what clause b, tapped with no 그리고, then does
    // something with, with no thing of its own: said with -아서 (그림 그리다 선물 하다 엄마 →
    // 그림을 그려서 엄마한테 선물해요; with 그리고 the child said -고: 그림을 그리고 말려요).
    bool carries_over(int a, int b) {
        if (a < 0 || b < 0) return false;
        const ClauseState& sa = state(a);
        const ClauseState& sb = state(b);
        const auto has_object = [&](int k) {
            return std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(),
                               [&](int i) { return role(i).role == Role::object; });
        };
        return sa.pred.kind == Kind::verb && sa.pred.has(Flag::makes) &&
               sb.pred.kind == Kind::verb && sb.pred.entry &&
               has_slot(sb.pred.entry->frame, Role::object) && has_object(a) && !has_object(b);
    }

    // The part of the sentence (between connectives) card i is in, or -1.
    int segment_of(int i) const {
        return i < 0 ? -1 : structure_.segment_of[static_cast<std::size_t>(i)];
    }

    int anchor_of(int k) const {
        const Clause& c = clause(k);
        if (c.predicate >= 0) return c.predicate;
        if (states_[static_cast<std::size_t>(k)].card >= 0)
            return states_[static_cast<std::size_t>(k)].card;
        return c.nouns.empty() ? -1 : c.nouns.front();
    }

    // What someone is, right before an elder it names (의사 선생님, 간호사 선생님): one person,
    // said as tapped, whose role is the elder's.
    bool title_before(int i) const {
        return is_noun(i) && card(i).has(Flag::status) && is_noun(i + 1) && card(i + 1).elder &&
               !has_particle_card(i);
    }

    // Whether a question word is among the clause's nouns (뭐, 어디, 누구).
    bool asks_in(const Clause& c) const {
        return std::any_of(c.nouns.begin(), c.nouns.end(),
                           [&](int i) { return card(i).has(Flag::wh); });
    }

    // Whether a stuff (flag stains) may get on `front`: a body part or clothes; a thing, a toy,
    // furniture or a ride when the stuff is no food or drink.
    static bool gets_on(const ResolvedCard& front, const ResolvedCard& stuff) {
        if (front.is_a("body") || front.is_a("clothing")) return true;
        return (front.is_a("thing") || front.is_a("toy") || front.is_a("furniture") ||
                front.is_a("vehicle")) &&
               !front.is_a("dish") && !front.is_a("food") && !front.is_a("drink") &&
               !stuff.is_a("food") && !stuff.is_a("drink");
    }

    // Whether `food` is given to the animal tapped right before it, as its own (flag feed: 물고기
    // 밥, 닭 모이).
    bool fed_animal(int animal, int food) const {
        return is_noun(animal) && card(animal).is_a("animal") && !card(animal).is_a("person") &&
               !has_particle_card(animal) && is_noun(food) && card(food).has(Flag::feed);
    }

    // Whether `animal` is the owner of `thing`, right after it, asked for with 주다 alone: a thing
    // of its own kind (a collar, a lead, clothes), not food, with no one else tapped and nothing
    // forbidden or asked leave for.
    bool animals_thing_asked(int animal, int thing, const ResolvedCard* pred) const {
        if (!pred || !pred->has(Flag::give) || !is_noun(animal) || !card(animal).is_a("animal") ||
            card(animal).is_a("person") || has_particle_card(animal) || !is_noun(thing) ||
            has_particle_card(thing) ||
            !(card(thing).is_a("thing") || card(thing).is_a("clothing")) ||
            card(thing).is_a("food") || card(thing).is_a("drink") || question_)
            return false;
        const Clause& c = clause(clause_of(animal));
        if (c.negative >= 0 || c.permission >= 0 || c.want >= 0) return false;
        return std::none_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
            return i != animal && (card(i).is_a("person") || card(i).is_a("animal"));
        });
    }

    // The first noun of the sentence that is not a time word, when only adverbs, interjections and
    // time words stand before it.
    int first_noun() const {
        for (int i = 0; i < size(); ++i) {
            if (title_before(i)) continue;  // 의사 선생님: the elder is first
            if (is_noun(i) && !card(i).is_a("time")) return i;
            if (is_noun(i)) continue;
            const Kind k = card(i).kind;
            if (k != Kind::adverb && k != Kind::interjection && k != Kind::plain_speech &&
                k != Kind::connective)
                return -1;
        }
        return -1;
    }

    // Whether noun i comes right after nouns the child marked with particle cards and nothing
    // else: 학교 에서 나 공부하다 → 학교에서 나는 공부해요 (나 is still the topic).
    bool first_after_marked(int i) const {
        bool marked = false;
        for (int j = 0; j < i; ++j) {
            if (card(j).kind == Kind::particle) continue;
            if (!is_noun(j) || !has_particle_card(j) || !other_role_card(j)) return false;
            marked = true;
        }
        return marked;
    }

    // A verb right before a verb of going says what for: 자전거 타다 가다 → 자전거 타러 가요; 공원
    // 놀다 가다 → 공원에 놀러 가요. The place goes with the going, and so does a person the first
    // verb does not act on (친구 놀다 오다 → 친구가 놀러 와요; 할머니 보다 가다 → 할머니를 보러
    // 가요).
    void purposes() {
        for (std::size_t k = 0; k + 1 < states_.size(); ++k) {
            ClauseState& s = states_[k];
            const ClauseState& next = states_[k + 1];
            // (a verb joined with -아서 says how one goes, not what for: 걸어서 가요, unless it
            // brings a thing, flag brings: 우유를 가져오러 가요; nor is what
            // happened to someone, which says why, and the place still goes with the going:
            // 다치다 병원 가다 → 다쳐서 병원에 가요)
            if (s.card < 0 || s.nominal || s.implied || s.pred.kind != Kind::verb ||
                s.pred.has(Flag::motion) || (s.pred.has(Flag::seo) && !s.pred.has(Flag::brings)))
                continue;
            const bool happened = s.pred.has(Flag::report);
            if (next.card < 0 || next.nominal || !next.pred.has(Flag::motion) ||
                next.pred.kind != Kind::verb)
                continue;
            if (structure_.segment_of[static_cast<std::size_t>(s.card)] !=
                structure_.segment_of[static_cast<std::size_t>(next.card)])
                continue;
            const Clause& c = structure_.clauses[k];
            if (c.want >= 0 || c.give >= 0 || c.permission >= 0 || c.negative >= 0) continue;
            // Riding a bus, a train or a taxi is how one goes, not what for: 버스 타다 학교 가다 →
            // 버스 타고 학교에 가요 (a bike or a kick scooter, also a toy, may be what for; 배 is
            // also a pear). (Flying one is what for: 종이 비행기 날리다 나가다 → 종이비행기를
            // 날리러 나가요; the verb must name vehicles, as 타다 does.)
            if (std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                    return card(i).is_a("vehicle") && !card(i).is_a("toy") &&
                           !card(i).is_a("food") && any_names(frame_of(s.pred), card(i));
                }))
                continue;
            // Putting on or taking off what one wears is done before going in or out, not what
            // for (flag passes): 신발 신다 들어가다 → 신발을 신고 들어가요; 신발 벗다 텐트 들어가다
            // → 신발을 벗고 텐트에 들어가요; but 수영복 갈아입다 탈의실 가다 → 수영복을 갈아입으러
            // 탈의실에 가요, and 옷 사다 나가다 → 옷을 사러 나가요. (The lexicon names the
            // causatives of verbs of dressing: 입다 verb:입히다.)
            // (Nor is putting on before going anywhere, which says what one goes in: 신발 신다
            // 가다 → 신발을 신고 가요, 우산 쓰다 가다 → 우산을 쓰고 가요; changing, flag changes,
            // is done where one goes.)
            if (dresses(k, s.pred) && (next.pred.has(Flag::passes) || !s.pred.has(Flag::changes)))
                continue;
            // (Nor is holding or carrying, flag holds: 가방 들다 학교 가다 → 가방을 들고 학교에
            // 가요, 동생 업다 가다 → 동생을 업고 가요.)
            if (s.pred.has(Flag::holds)) continue;
            s.purpose = !happened;
            // (A thing or an animal it is done to tapped with it leaves the person to go: 할머니
            // 학예회 보다 오다 → 할머니가 학예회를 보러 오세요, not 할머니랑; 친구 올챙이 보다 오다
            // → 친구가 올챙이를 보러 와요.)
            const bool thing_seen = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                return !card(i).is_a("person") && !card(i).pronoun && !card(i).is_a("place") &&
                       !card(i).is_a("time") && !has_particle_card(i) &&
                       object_names(frame_of(s.pred), card(i));
            });
            const bool acts_on_people =
                happened || (may_be_person(s.pred, Role::object) && !thing_seen);
            // (Of two people coming, the first comes and the other is whom it is done to: 삼촌
            // 할아버지 보다 병원 오다 → 삼촌이 할아버지를 보러 병원에 와요; going, both may be
            // whom one goes to see: 삼촌 할아버지 보다 가다 → 삼촌이랑 할아버지를 보러 가요.)
            std::vector<int> people;
            for (int i : c.nouns) {
                if (card(i).is_a("person") && !card(i).pronoun && !has_particle_card(i))
                    people.push_back(i);
            }
            const ResolvedCard* goer = !happened && people.size() == 2 &&
                                               next.pred.lemma == "오다" &&
                                               !card(people.back()).has(Flag::household)
                                           ? &card(people.front())
                                           : nullptr;
            // (A place that is what happened stays: 학교 끝나다 집 가다 → 학교가 끝나서 집에 가요.)
            to_next_clause(k, [&](const ResolvedCard& noun) {
                return ((noun.is_a("place") &&
                         !(happened && role_names(frame_of(s.pred), Role::subject, noun))) ||
                        noun.is_a("direction") || &noun == goer ||
                        (noun.is_a("person") && !acts_on_people && !noun.has(Flag::topic)));
            });
        }
    }

    // Whether clause k's verb puts on what one wears and so has a causative for doing it to
    // someone (its lexicon verb:, 입다 verb:입히다): a thing worn tapped in the clause says so
    // (모자 쓰다 주다 → 모자 씌워 주세요), as does a verb whose object is first of all worn
    // (신다 주다 → 신겨 주세요), but not a thing of another kind (편지 쓰다 주다 → 편지 써 주세요).
    bool dresses(std::size_t k, const ResolvedCard& pred) const {
        if (pred.verb.empty() || !conjugate::known_class(pred.verb)) return false;
        const Clause& c = structure_.clauses[k];
        const std::vector<Slot>& frame = frame_of(pred);
        bool other = false;
        for (int i : c.nouns) {
            if (card(i).is_a("clothing")) return true;
            other = other || (!card(i).is_a("person") && !card(i).pronoun &&
                              !card(i).is_a("body") && object_names(frame, card(i)));
        }
        const auto slot = std::find_if(frame.begin(), frame.end(),
                                       [](const Slot& x) { return x.role == Role::object; });
        return !other && slot != frame.end() && !slot->classes.empty() &&
               slot->classes.front() == "clothing";
    }

    // Whether a slot of `role` in the predicate's frame names people: an object that may be a
    // person (보다, 그리다: someone tapped with it may be what it is done to), or a subject.
    bool may_be_person(const ResolvedCard& pred, Role role) const {
        const std::vector<Slot>& frame = frame_of(pred);
        return std::any_of(frame.begin(), frame.end(), [&](const Slot& slot) {
            return slot.role == role && std::find(slot.classes.begin(), slot.classes.end(),
                                                  "person") != slot.classes.end();
        });
    }

    // Moves the nouns of clause k that `goes` picks, and that have no particle card, to clause k +
    // 1 (the place and who goes go with the going: 공원 놀다 가다 → 공원에 놀러 가요).
    template <typename Goes>
    void to_next_clause(std::size_t k, Goes goes) {
        std::vector<int>& mine = structure_.clauses[k].nouns;
        std::vector<int>& theirs = structure_.clauses[k + 1].nouns;
        for (auto it = mine.begin(); it != mine.end();) {
            if (goes(card(*it)) && !has_particle_card(*it)) {
                structure_.clause_of[static_cast<std::size_t>(*it)] = static_cast<int>(k + 1);
                insert_sorted(theirs, *it);
                it = mine.erase(it);
            } else {
                ++it;
            }
        }
    }

    // A verb right before a verb whose object may be an action (flag doing: 좋아하다, 도와주다) is
    // that object, said as V-는 거: 그림 그리다 좋아하다 → 그림 그리는 거 좋아해요. Who does the
    // whole goes with the verb after, as who goes does with a purpose (선생님 신발 신다 도와주다 →
    // 선생님, 신발 신는 거 도와주세요; 나 그림 그리다 좋아하다 → 나는 그림 그리는 거 좋아해요).
    void doings() {
        for (std::size_t k = 0; k + 1 < states_.size(); ++k) {
            ClauseState& s = states_[k];
            const ClauseState& next = states_[k + 1];
            if (s.card < 0 || s.nominal || s.implied || s.purpose || s.pred.kind != Kind::verb ||
                s.card != structure_.clauses[k].predicate)
                continue;
            if (next.card < 0 || next.nominal || next.implied || !next.pred.has(Flag::doing) ||
                next.pred.kind != Kind::verb || next.card < s.card)
                continue;
            if (structure_.segment_of[static_cast<std::size_t>(s.card)] !=
                structure_.segment_of[static_cast<std::size_t>(next.card)])
                continue;
            bool adjacent = true;
            for (int i = s.card + 1; i < next.card; ++i)
                adjacent = adjacent && card(i).kind != Kind::connective &&
                           (!card(i).content() || clause_of(i) == static_cast<int>(k + 1));
            const Clause& c = structure_.clauses[k];
            if (!adjacent || c.want >= 0 || c.give >= 0 || c.permission >= 0 || c.negative >= 0)
                continue;
            s.doing = true;
            // (someone the verb acts on stays, when nothing else is what it acts on: 동생 그리다
            // 좋아하다; 동생 그림 그리다 좋아하다 → 동생은 그림 그리는 거 좋아해요)
            const std::vector<int>& mine = structure_.clauses[k].nouns;
            const bool something_else = std::any_of(mine.begin(), mine.end(), [&](int i) {
                return !card(i).is_a("person") && !card(i).is_a("animal") && !card(i).is_a("time");
            });
            const bool acts_on_people = !something_else && may_be_person(s.pred, Role::object);
            to_next_clause(k, [&](const ResolvedCard& noun) {
                return (noun.is_a("person") || noun.is_a("animal")) && !acts_on_people;
            });
        }
    }

    // An activity tapped right before a verb of going that takes one is what one goes for, said as
    // its verb: 수영 가다 → 수영하러 가요 (not 수영을 가요), 학교 공부 가다 → 학교에 공부하러 가요.
    void activity_purposes() {
        for (std::size_t k = 0; k < states_.size(); ++k) {
            ClauseState& s = states_[k];
            const Clause& c = structure_.clauses[k];
            if (s.card < 0 || s.implied || s.card != c.predicate || !s.pred.has(Flag::motion) ||
                s.pred.kind != Kind::verb)
                continue;
            const int i = s.card - 1;
            if (!is_noun(i) || clause_of(i) != static_cast<int>(k) || has_particle_card(i) ||
                !card(i).is_a("activity") || card(i).has(Flag::event))
                continue;
            const std::string verb = card(i).label + implied_verb(card(i));
            if (implied_verb(card(i)).empty() || !lexicon::find(verb)) continue;
            // (Only a going that takes an activity, in its frame: 가다 obj:activity; 전화 오다 is a
            // call that comes.)
            if (!object_names(frame_of(s.pred), card(i))) continue;
            s.activity = i;
        }
    }

    // A thing ridden, tapped right before a verb of falling or getting hurt (flag report) or of
    // coming down or going up (flag motion) whose frame names no class of it, is ridden while it
    // happened, or to come: 자전거 넘어지다 → 자전거를 타다가 넘어졌어요, 스키 내려오다 → 스키를
    // 타고 내려와요. Its verb is the one it implies (lexicon verb:타다, or its class's); a guess.
    void rides() {
        for (std::size_t k = 0; k < states_.size(); ++k) {
            ClauseState& s = states_[k];
            const Clause& c = structure_.clauses[k];
            if (s.card < 0 || s.implied || s.card != c.predicate ||
                predicate::riding_before(s.pred).empty() || c.negative >= 0)
                continue;
            const int i = s.card - 1;
            if (!is_noun(i) || clause_of(i) != static_cast<int>(k) || has_particle_card(i) ||
                card(i).pronoun || card(i).is_a("person") || card(i).is_a("animal") ||
                card(i).is_a("place"))
                continue;
            const std::string verb = implied_verb(card(i));
            if (verb != "타다" || verb == s.pred.lemma) continue;
            // (자전거로 가요: 가다 takes a vehicle as the way; but a ride is no place one falls
            // in: 자전거에서 넘어졌어요 is not what a teacher models)
            const std::vector<Slot>& frame = frame_of(s.pred);
            if (std::any_of(frame.begin(), frame.end(), [&](const Slot& slot) {
                    return slot.role != Role::place && slot_names(slot, card(i));
                }))
                continue;
            s.ridden = i;
            warn_about("implied_verb", "no verb was tapped for '%': it was said as ridden (%)",
                       {card(i).label, verb}, i);
            lower(Confidence::medium);
        }
    }

    // The verb of a thing ridden goes before the verb it was tapped with: 타다가 넘어졌어요.
    void ridden_words() {
        for (const ClauseState& s : states_) {
            if (s.ridden >= 0 && !word(s.card).empty())
                word(s.card) = predicate::riding_before(s.pred) + " " + word(s.card);
        }
    }

    // A subject spoken of with honorifics (할머니, 선생님, a person the teacher marked) makes its
    // predicate honorific: 할머니가 오세요, 선생님이 가셨어요, 할아버지가 주무세요. 주다 to such a
    // person is 드리다, with 께: 할머니께 사과를 드려요.
    void honorifics() {
        int earlier = -1;  // the subject of the clause before, which a clause with none shares
        for (std::size_t k = 0; k < states_.size(); ++k) {
            ClauseState& s = states_[k];
            if (s.card < 0 || s.nominal || s.pred.kind == Kind::copula) {
                earlier = -1;
                continue;
            }
            const int shared =
                k > 0 && (!states_[k - 1].main || states_[k - 1].joined != Form::polite_present)
                    ? earlier
                    : -1;
            earlier = -1;
            int subject = -1;
            int topic = -1;
            for (int i : structure_.clauses[k].nouns) {
                if (role(i).role == Role::subject) subject = i;
                if (role(i).role == Role::topic) topic = i;
                if (role(i).role == Role::recipient && card(i).elder && s.pred.lemma == "주다" &&
                    !s.request) {
                    s.pred = implied_card("드리다");
                    role(i).particle = "께";
                }
                // (드리다 tapped itself gives to the elder with 께 too: 원장님께 우유를 드려요; so
                // does any verb done humbly, flag humble: 선생님께 인사해요)
                if (role(i).role == Role::recipient && card(i).elder && s.pred.has(Flag::humble) &&
                    !has_particle_card(i))
                    role(i).particle = "께";
            }
            if (subject < 0 && topic >= 0 && !s.pred.has(Flag::exp) && s.pred.kind == Kind::verb)
                subject = topic;
            if (subject < 0 && topic >= 0 && s.pred.kind == Kind::adjective && card(topic).elder)
                subject = topic;
            // Nothing else is there: the elder is who is somewhere (할아버지 어디 있다 →
            // 할아버지는 어디 계세요?), not one who has something.
            if (subject < 0 && topic >= 0 && s.pred.has(Flag::exp) && s.pred.kind == Kind::verb &&
                card(topic).elder)
                subject = topic;
            // The subject of 좋다, 싫다 or 무섭다 is what is liked or feared, not who feels it:
            // 선생님이 좋아요 honours no one (나는 할머니가 좋아요).
            const bool stimulus = s.pred.kind == Kind::adjective && s.pred.has(Flag::exp);
            // An elder's body part is honoured through its owner: 할아버지는 다리가 아프세요.
            if (subject >= 0 && topic >= 0 &&
                (card(subject).is_a("body") || card(subject).is_a("symptom") ||
                 (card(subject).has(Flag::wh) && subject_is_body(s.pred))) &&
                card(topic).elder)
                subject = topic;
            // A clause with no one of its own is about whom the clause joined to it was:
            // 할아버지가 아프셔서 병원에 가세요; but how the child feels about what happened is the
            // child's (할머니가 오셔서 행복해요, flag reaction).
            if (subject < 0 && topic < 0 && shared >= 0 && !s.pred.has(Flag::reaction))
                subject = shared;
            earlier = subject;
            s.honorific = subject >= 0 && card(subject).elder && !s.speaker_oriented && !stimulus;
            // An elder called and asked about themselves: 할머니, 어디가 아프세요?; and about what
            // they feel in the body: 할머니, 멀미가 나세요?, 선생님, 열이 나세요?
            if (question_ && subject >= 0 &&
                ((card(subject).has(Flag::wh) && subject_is_body(s.pred)) ||
                 (card(subject).is_a("symptom") && level_ == SpeechLevel::polite)) &&
                elder_called(structure_.clauses[k]))
                s.honorific = true;
            // An elder called again and again is asked to do it: 할머니, 이거 보세요 (but hears
            // what the child finished: 선생님 선생님 다 쓰다 → 선생님, 다 썼어요).
            if (subject < 0 && called_ >= 0 && clause_of(called_) == static_cast<int>(k) &&
                card(called_).elder && s.pred.kind == Kind::verb && !s.speaker_oriented &&
                structure_.clauses[k].finished < 0)
                s.honorific = true;
            // An elder told to take care is who takes it: 선생님, 미끄러우니까 조심하세요 (flag
            // warns; the call is in the clause before).
            if (subject < 0 && s.pred.has(Flag::warns) && level_ == SpeechLevel::polite &&
                is_noun(0) && role(0).role == Role::vocative && card(0).elder)
                s.honorific = true;
            // An elder asked whether they do it is who does it: 할아버지, 떡 드세요?; so is one
            // hurried: 할아버지, 빨리 오세요.
            const auto& adverbs = structure_.clauses[k].adverbs;
            const bool hurried = level_ == SpeechLevel::polite &&
                                 std::any_of(adverbs.begin(), adverbs.end(),
                                             [&](int a) { return card(a).has(Flag::urges); });
            if (subject < 0) {
                for (int i : structure_.clauses[k].nouns) {
                    if (role(i).role == Role::vocative && card(i).elder &&
                        (hurried || asked_yes_no(static_cast<int>(k), i)))
                        s.honorific = true;
                }
            }
            // A favour thanked for was done by the elder called: 할머니, 와 주셔서 고마워요.
            const int then = next_predicate(static_cast<int>(k));
            if (subject < 0 && then >= 0 && card(then).has(Flag::favour) &&
                elder_called(structure_.clauses[k]))
                s.honorific = true;
        }
    }

    // A word the lexicon does not know (a written number that counts with the card after it, 2 개,
    // is understood by its shape; one before 층 or 번 may say which, not how many).
    bool unknown(int i) const {
        return !card(i).known && !(is_number(i) && is_counter(i + 1) &&
                                   !card(i + 1).has(Flag::ordinal) && !card(i + 1).has(Flag::bare));
    }

    void warn_unknown_words() {
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            if (unknown(i)) {
                warn_about("unknown_word",
                           "'%' is not in the lexicon; its role comes from the verb",
                           {card(i).label}, i);
            }
            if (auto sound = reading::final_sound(card(i).label); sound && sound->guessed) {
                warn_about("guessed_reading", "the last sound of '%' was guessed from its spelling",
                           {card(i).label}, i);
                lower(Confidence::medium);
            }
        }
    }

    // ---- noun phrases and roles
    // -------------------------------------------------------------------
    // Whether an elder is called in clause c (할머니, …).
    bool elder_called(const Clause& c) const {
        return std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
            return role_[static_cast<std::size_t>(i)].role == Role::vocative && card(i).elder;
        });
    }

    const std::vector<Slot>& frame_of(const ResolvedCard& pred) const {
        return pred.entry && !pred.entry->frame.empty() ? pred.entry->frame
                                                        : default_frame(pred.kind);
    }

    bool has_particle_card(int i) const {
        return i + 1 < size() && card(i + 1).kind == Kind::particle;
    }

    // The child's particle card after noun i marks who does it (이/가: 형 이, 나 가).
    bool subject_card(int i) const {
        return has_particle_card(i) && particle::same_particle(card(i + 1).label, "이/가");
    }

    // The child's particle card after noun i marks it as the topic (은/는: 나 는, 할머니 는).
    bool topic_card(int i) const {
        return has_particle_card(i) && particle::same_particle(card(i + 1).label, "은/는");
    }

    // The child's particle card after noun i names another role than who speaks or is spoken of
    // (랑, 에, 한테, 을 …; not 이/가, 은/는, 도, 만).
    bool other_role_card(int i) const {
        if (!has_particle_card(i)) return false;
        const std::string& p = card(i + 1).label;
        for (const char* own : {"이", "가", "이/가", "은", "는", "은/는", "도", "만", "께서"}) {
            if (p == own) return false;
        }
        return true;
    }

    bool before_together(int i) const { return i + 1 < size() && together_word(card(i + 1).label); }

    // The noun right after noun i with nothing between but its determiners and modifiers, or -1.
    int next_noun(int i) const {
        if (has_particle_card(i)) return -1;
        for (int k = i + 1; k < size(); ++k) {
            if (is_noun(k)) return k;
            if (card(k).kind != Kind::determiner &&
                !structure_.modifier[static_cast<std::size_t>(k)])
                return -1;
        }
        return -1;
    }

    bool is_number(int i) const {
        if (i < 0 || i >= size()) return false;
        return card(i).has(Flag::number);  // 하나, 두, 세, 몇, 3
    }
    bool is_counter(int i) const { return is_noun(i) && counted_by(cards_, i); }

    // Time words and pronouns are never joined with 이랑: 아침 사과 먹다 is 아침에 사과를 먹어요,
    // and 친구 나 때리다 is 친구가 나를 때려요.
    static bool joinable(const ResolvedCard& c) { return !c.is_a("time") && !c.pronoun; }

    // Two adjacent nouns of one class name one argument together, joined by 이랑 (엄마 아빠 오다 →
    // 엄마랑 아빠가 와요; 김밥 라면 → 김밥이랑 라면을).
    static bool same_class(const ResolvedCard& a, const ResolvedCard& b) {
        for (const auto& c : a.classes) {
            if (b.is_a(c)) return true;
        }
        // (what is eaten and what is drunk are of a kind: 팝콘 콜라 → 팝콘이랑 콜라요)
        if ((a.is_a("food") && b.is_a("drink")) || (a.is_a("drink") && b.is_a("food"))) return true;
        return a.classes.empty() && b.classes.empty();
    }

    // Whether nature is the only class a and b share: plants, weather and the ground are of it.
    static bool only_nature_shared(const ResolvedCard& a, const ResolvedCard& b) {
        return a.is_a("nature") && b.is_a("nature") &&
               std::none_of(a.classes.begin(), a.classes.end(),
                            [&](std::string_view c) { return c != "nature" && b.is_a(c); });
    }

    // Whether card i's part of the sentence is one side of a choice between parts (큰 거요, 아니면
    // 작은 거요?): 아니면 opens it or the next part.
    bool one_of_a_choice(int i) const {
        const int part = segment_of(i);
        for (int j = 0; j < size(); ++j) {
            if (card(j).kind == Kind::connective && card(j).has(Flag::choice) &&
                (segment_of(j) == part || segment_of(j) == part + 1))
                return true;
        }
        return false;
    }

    // Someone tapped alone in a later part, after a part about someone else, before a verb that
    // may be done by or to them, is read as whom it is done to, the child doing it: 아기 울다
    // 그래서 엄마 부르다 → 엄마를 불러요; but they may be who does it (엄마가 안아요): a guess,
    // said.
    void later_doers_guessed() {
        for (std::size_t k = 1; k < structure_.clauses.size(); ++k) {
            const Clause& c = structure_.clauses[k];
            const ClauseState& s = states_[k];
            if (c.nouns.size() != 1 || s.nominal || s.implied || s.request ||
                s.pred.kind != Kind::verb || c.want >= 0 || c.give >= 0)
                continue;
            const int i = c.nouns.front();
            const ResolvedCard& x = card(i);
            if (!x.is_a("person") || x.pronoun || x.has(Flag::speaker) || has_particle_card(i) ||
                role(i).role != Role::object || !role_names(frame_of(s.pred), Role::subject, x))
                continue;
            const Clause& before = structure_.clauses[k - 1];
            if (std::none_of(before.nouns.begin(), before.nouns.end(), [&](int n) {
                    return role(n).role == Role::subject &&
                           (card(n).is_a("person") || card(n).is_a("animal")) &&
                           !card(n).has(Flag::speaker);
                }))
                continue;
            warn_about("guessed_agent", "'%' may be who does '%', not to whom it is done: a guess",
                       {x.label, s.pred.label}, i);
            lower(Confidence::medium);
        }
    }

    // What someone else is good or bad at (flag ability) is said of them, the topic: 형 뜀틀
    // 잘하다 → 형은 뜀틀을 잘해요, 누나 노래 잘하다 → 누나는 노래를 잘해 (not 형이, which
    // answers who). Only someone tapped first with no card of the child's on them, and not 누구.
    void skills_told() {
        for (int i = 0; i < size(); ++i) {
            const int k = clause_of(i);
            if (k < 0 || !is_noun(i) || role(i).role != Role::subject || has_particle_card(i) ||
                card(i).pronoun || card(i).has(Flag::wh) || !card(i).is_a("person"))
                continue;
            bool able = false;
            for (int j = 0; j < size(); ++j)
                able = able || (card(j).has(Flag::ability) && clause_of(j) == k);
            const bool first = std::none_of(cards_.begin(), cards_.begin() + i,
                                            [](const ResolvedCard& x) { return x.content(); });
            if (able && first) role(i) = choice(Role::topic, RoleSource::topic);
        }
    }

    // Someone with 먼저 or 혼자 (flag doer) is who does it, never whom it is done with: 누구 먼저
    // 축구 → 누가 먼저 축구해요? (not 누구랑), 누구 혼자 축구 → 누가 혼자 축구해요?
    void doers_alone() {
        for (int i = 0; i < size(); ++i) {
            const int k = clause_of(i);
            if (k < 0 || !is_noun(i) || role(i).role != Role::companion || has_particle_card(i) ||
                !card(i).is_a("person"))
                continue;
            const Clause& c = clause(k);
            const bool doer = std::any_of(c.adverbs.begin(), c.adverbs.end(), [&](int a) {
                return card(a).has(Flag::doer) && a == i + 1;
            });
            const bool other_doer = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                return role(j).role == Role::subject || role(j).role == Role::topic;
            });
            if (doer && !other_doer) role(i) = choice(Role::subject, RoleSource::frame);
        }
    }

    // A vehicle asked about or denied with a verb of going, and no one tapped to ride it nor a
    // place to go to, is what goes: 왜 기차 안 가다 → 왜 기차가 안 가요? (not 기차로: by train),
    // 건전지가 없어서 기차가 안 가요, 경찰차가 어디 가요? (A child telling how they go says it:
    // 버스 가다 → 버스로 가요, 나 지하철 가다 → 지하철로 가요.) So is one said to go fast or far
    // (flag pace): 가다 멀리 자동차 → 자동차가 멀리 가요.
    void vehicles_going() {
        for (int i = 0; i < size(); ++i) {
            const int k = clause_of(i);
            if (k < 0 || !is_noun(i) ||
                (role(i).role != Role::instrument && role(i).role != Role::destination) ||
                has_particle_card(i) || !card(i).is_a("vehicle") ||
                !state(k).pred.has(Flag::motion))
                continue;
            const Clause& c = clause(k);
            const bool asked_or_denied =
                c.negative >= 0 ||
                std::any_of(c.adverbs.begin(), c.adverbs.end(),
                            [&](int a) { return card(a).has(Flag::pace); }) ||
                asks_in(c) || std::any_of(c.adverbs.begin(), c.adverbs.end(), [&](int a) {
                    return card(a).has(Flag::wh);
                });
            const bool rider = std::any_of(cards_.begin(), cards_.end(), [](const ResolvedCard& x) {
                return x.kind == Kind::noun && (x.is_a("person") || x.is_a("animal"));
            });
            const bool place = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                return j != i && (card(j).pronoun || card(j).is_a("place")) &&
                       !card(j).has(Flag::wh);
            });
            if (asked_or_denied && !rider && !place)
                role(i) = choice(Role::subject, RoleSource::frame);
        }
    }

    // A piece of furniture, someone's place (flag someones: 자리) or a hole (flag flaw) with 있다
    // or 없다, and nothing else there but the speaker, is what is or is not there: 매트 없다 →
    // 매트가 없어요, 자리 없다 → 자리가 없어요, 구멍 있다 → 구멍이 있어요, 나 매트 없다 → 나는
    // 매트가 없어요 (not 매트에 없어요: not on the mat). A place is where: 나 집 없다 → 나는 집에
    // 없어요.
    void things_there() {
        for (int i = 0; i < size(); ++i) {
            const int k = clause_of(i);
            if (k < 0 || !is_noun(i) || role(i).role != Role::at || has_particle_card(i) ||
                !state(k).pred.has(Flag::exp) ||
                !(card(i).is_a("furniture") || card(i).has(Flag::flaw) ||
                  (card(i).has(Flag::someones) && !card(i).is_a("time"))))
                continue;
            const Clause& c = clause(k);
            const bool alone = std::all_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                return j == i || (card(j).has(Flag::speaker) && role(j).role == Role::topic);
            });
            if (alone) role(i) = choice(Role::subject, RoleSource::frame);
        }
        // A hole or a stain (flag flaw) right after a thing is what is there, the thing where:
        // 상자 구멍 있다 → 상자에 구멍이 있어요, 양말 구멍 나다 → 양말에 구멍이 나요.
        for (int i = 1; i < size(); ++i) {
            const int k = clause_of(i);
            if (k < 0 || !is_noun(i) || !card(i).has(Flag::flaw) || has_particle_card(i) ||
                !is_noun(i - 1) || clause_of(i - 1) != k || has_particle_card(i - 1) ||
                !state(k).pred.has(Flag::exp) || !has_slot(frame_of(state(k).pred), Role::at))
                continue;
            if (!may_have_flaw(card(i - 1)) || card(i - 1).has(Flag::flaw)) continue;
            role(i - 1) = choice(Role::at, RoleSource::frame);
            role(i) = choice(Role::subject, RoleSource::frame);
        }
    }

    // Someone tapped first, before how things are and a warning (flag warns), is told to take
    // care: 선생님 미끄럽다 조심하다 → 선생님, 미끄러우니까 조심하세요 (not 선생님이 미끄러우셔서);
    // so is someone before the warning itself: 할아버지 뜨겁다 물 조심하다 → 할아버지, 뜨거운 물을
    // 조심하세요.
    void warned() {
        if (size() < 2 || !is_noun(0) || has_particle_card(0) || card(0).pronoun ||
            !card(0).is_a("person") || role(0).role != Role::subject)
            return;
        const int k = clause_of(0);
        if (k >= 0 && state(k).pred.has(Flag::warns) && state(k).main && !question_ && !past_) {
            role(0) = choice(Role::vocative, RoleSource::vocative);
            return;
        }
        if (k < 0 || state(k).pred.kind != Kind::adjective || clause(k).nouns.size() != 1) return;
        const int next = next_predicate(k);
        if (next < 0 || !card(next).has(Flag::warns)) return;
        role(0) = choice(Role::vocative, RoleSource::vocative);
    }

    // Whether a card is 그래서, which says that the part before it is why.
    static bool says_why(const ResolvedCard& c) {
        return c.kind == Kind::connective && c.label == "그래서";
    }

    // Whether card i stands right before 그래서 with a predicate after it (a noun there is why).
    bool before_why(int i) const {
        return i + 1 < size() && says_why(card(i + 1)) &&
               std::any_of(cards_.begin() + i + 2, cards_.end(),
                           [](const ResolvedCard& x) { return x.predicate(); });
    }

    // Whether a stuff that gets on a body part or a thing went into it (flag inside: 눈에 모래가
    // 들어갔어요); a food on the mouth is around it (입에 짜장면이 묻었어요).
    static bool goes_in(const ResolvedCard& where, const ResolvedCard& stuff) {
        return where.has(Flag::inside) && !stuff.is_a("food");
    }

    // Whether the predicate's frame has a place of activity (에서) naming the noun.
    bool names_place(const ResolvedCard& pred, const ResolvedCard& noun) const {
        return role_names(frame_of(pred), Role::place, noun);
    }

    // The first slot of a frame that names the noun's class, or -1.
    static int first_naming(const std::vector<Slot>& frame, const ResolvedCard& noun) {
        for (std::size_t t = 0; t < frame.size(); ++t) {
            if (slot_names(frame[t], noun)) return static_cast<int>(t);
        }
        return -1;
    }

    // A noun left without a slot joins the noun before it when they can be one argument: things
    // with things (빵 우유 주다 → 빵이랑 우유 주세요), or a word the lexicon does not know with a
    // thing (사과 키위 먹다).
    // A known thing a hole or a stain (flag flaw) may be in or on: not someone, a place or a time
    // (상자 구멍, 양말 얼룩).
    static bool may_have_flaw(const ResolvedCard& x) {
        return x.known && !x.pronoun && !x.is_a("person") && !x.is_a("animal") &&
               !x.is_a("place") && !x.is_a("time");
    }

    static bool coordinable(const ResolvedCard& a, const ResolvedCard& b) {
        // (a hole or a stain is in a thing, never listed with it: 상자에 구멍이 있어요)
        if (a.has(Flag::flaw) != b.has(Flag::flaw)) return false;
        if (same_class(a, b)) return true;
        const auto thing = [](const ResolvedCard& c) {
            if (c.classes.empty()) return true;
            for (const char* k :
                 {"food", "drink", "toy", "thing", "tool", "clothing", "media", "furniture"}) {
                if (c.is_a(k)) return true;
            }
            return false;
        };
        return thing(a) && thing(b);
    }

    // A colour or a material first and foremost (빨간색, 플라스틱) narrows the noun after it,
    // whatever the frame says; a noun that is a material or an activity among other things (종이,
    // 축구) does only when it would otherwise have no slot (종이 가위 주다 is paper and scissors).
    static bool narrows(const ResolvedCard& a) {
        if (a.classes.empty()) return false;
        const lexicon::NounClass* nc = lexicon::find_class(a.classes.front());
        return nc && nc->narrows && a.classes.front() != "activity";
    }
    static bool may_narrow(const ResolvedCard& a) {
        for (const auto& c : a.classes) {
            const lexicon::NounClass* nc = lexicon::find_class(c);
            if (nc && nc->narrows) return true;
        }
        return false;
    }
    static bool owned(const ResolvedCard& b) {
        if (b.is_a("time")) return false;  // a meal that is a time of day too: 동생 밤 → at night
        for (const auto& c : b.classes) {
            const lexicon::NounClass* nc = lexicon::find_class(c);
            if (nc && nc->owned) return true;
        }
        return false;
    }
    static bool can_own(const ResolvedCard& a) {
        return (a.is_a("person") || a.is_a("animal")) && !a.has(Flag::wh);
    }

    // An adjective of what things are like (not a feeling, not what someone feels about
    // something) said of `next`, the noun right after `owner`: `next` is the owner's when it is
    // a thing (나 가방 무겁다) or an animal (친구 강아지 귀엽다); a place when the owner is named
    // (형 방 크다) or is 우리 or 저희 (우리 집 크다), who may own a person too (우리 엄마 예쁘다).
    // 나 before a place stays the topic: 나 학교 멀다 → 나는 학교가 멀어요, not 내 학교. A body
    // part is said of its owner instead (토끼 귀 길다 → 토끼는 귀가 길어요).
    bool describes_owned(const ResolvedCard& pred, const ResolvedCard& owner, int next) const {
        // (So is a thing of theirs something happens to, where no one does it: 나 연 날아가다 →
        // 내 연이 날아갔어요.)
        if (next >= 0 && pred.kind == Kind::verb && pred.has(Flag::report) && can_own(owner) &&
            owned(card(next)) && !card(next).is_a("body") &&
            !has_slot(frame_of(pred), Role::object) && !may_be_person(pred, Role::subject) &&
            role_names(frame_of(pred), Role::subject, card(next)))
            return true;
        // (So is one's pet or friend a feeling is said of, not the speaker: 나 강아지 아프다 → 내
        // 강아지가 아파요, 우리 강아지; an elder stays who it is said to: 나 할머니 아프다.)
        if (next >= 0 && pred.kind == Kind::adjective && pred.has(Flag::feeling) &&
            !pred.has(Flag::exp) && owner.pronoun && owner.has(Flag::speaker)) {
            const ResolvedCard& b = card(next);
            return (b.is_a("animal") || b.is_a("person")) && !b.pronoun && !b.elder &&
                   (!b.has(Flag::household) || (b.has(Flag::younger) && !b.has(Flag::young)));
        }
        if (next < 0 || pred.kind != Kind::adjective || pred.has(Flag::feeling) ||
            pred.has(Flag::exp) || !can_own(owner))
            return false;
        const ResolvedCard& b = card(next);
        if (b.is_a("body")) return false;
        if (owned(b) || b.is_a("animal")) return true;
        if (!owner.pronoun) return b.is_a("place");
        // (The speaker's friend or younger sibling: 나 짝꿍 친절하다 → 내 짝꿍이 친절해요, not 나는
        // 짝꿍이; a parent or an elder is 우리 엄마, not 내.)
        if (owner.has(Flag::speaker) && b.is_a("person") && !b.pronoun && !b.elder &&
            !b.has(Flag::elder) &&
            (!b.has(Flag::household) || (b.has(Flag::younger) && !b.has(Flag::young))))
            return true;
        return owner.has(Flag::household) && (b.is_a("person") || b.is_a("place"));
    }

    // 우리 (저희) right before home, a family member or teacher: whose (우리 집, 우리 엄마); before
    // a place too where no verb says it is who goes (우리 교실 어디 → 우리 교실이 어디예요?).
    bool ours(int i, int next, bool place_too = false) const {
        return card(i).has(Flag::household) && card(i).pronoun && next == i + 1 &&
               !has_particle_card(i) && !card(next).pronoun &&
               (card(next).has(Flag::home) || (place_too && card(next).is_a("place")) ||
                (card(next).has(Flag::someones) && !card(next).is_a("time")) ||
                (card(next).is_a("person") &&
                 (card(next).elder || card(next).has(Flag::household))));
    }

    // A verb whose first object is a body part, done by `doer` to their own (다치다, 씻다, 닦다).
    static bool own_body_verb(const ResolvedCard& pred, const ResolvedCard& doer) {
        if (pred.kind != Kind::verb || !pred.entry) return false;
        bool body = false;
        bool does = false;
        for (const Slot& slot : pred.entry->frame) {
            if (slot.role == Role::object)
                body = !slot.classes.empty() && slot.classes.front() == "body";
            if (slot.role == Role::subject) {
                for (const auto& c : slot.classes) does = does || doer.is_a(c);
            }
        }
        return body && does;
    }

    // Whether `box` is a thing other things go in (flag inside: 가방, 상자, 투표함) and `thing`
    // one of them.
    static bool contains(const ResolvedCard& box, const ResolvedCard& thing) {
        return box.has(Flag::inside) && box.is_a("thing") && !box.is_a("body") &&
               !box.is_a("person") && !box.is_a("place") && !box.pronoun && thing.known &&
               !thing.pronoun && !thing.has(Flag::inside) && !thing.has(Flag::wh) &&
               (thing.is_a("thing") || thing.is_a("toy") || thing.is_a("clothing") ||
                thing.is_a("food") || thing.is_a("media") || thing.is_a("tool"));
    }

    // A person right before a body part owns it (엄마 손), and before 집 too unless the child lives
    // with them (할머니 집 → 할머니 집에 가요; 엄마 집 → 엄마가 집에 가요).
    static bool always_owns(const ResolvedCard& a, const ResolvedCard& b) {
        if (!can_own(a) || a.pronoun) return false;
        return b.is_a("body") || b.is_a("symptom") ||
               (b.has(Flag::home) && a.is_a("person") && !a.has(Flag::household)) ||
               (b.has(Flag::someones) && !b.is_a("time") && a.is_a("person"));
    }

    // Whether the predicate's subject is a body part (아프다, 가렵다): 어디 with it asks which
    // part.
    bool subject_is_body(const ResolvedCard& pred) const {
        const std::vector<Slot>& frame = frame_of(pred);
        return std::any_of(frame.begin(), frame.end(), [](const Slot& slot) {
            return slot.role == Role::subject && std::find(slot.classes.begin(), slot.classes.end(),
                                                           "body") != slot.classes.end();
        });
    }

    // Whether the child marked person i with 만, 도 or 을/를 before a verb done to persons first
    // (안다, 재우다): the one it is done to, not one of those who do it.
    bool marked_done_to(int i, const std::vector<Slot>& frame) const {
        if (!card(i).is_a("person") || !has_particle_card(i)) return false;
        if (!any_of_particles(card(i + 1).label, {"만", "도", "을/를"})) return false;
        return std::any_of(frame.begin(), frame.end(), [](const Slot& slot) {
            return slot.role == Role::object && !slot.classes.empty() &&
                   slot.classes.front() == "person";
        });
    }

    // Whether noun i is what the book, film or picture `next` is about, or what a thing made to
    // look like something looks like (cards.hpp, depicts), with no particle card between them.
    bool depicted(int i, int next) const {
        return !has_particle_card(i) && depicts(card(i), card(next));
    }

    // The first of a clause's two nouns (times aside) when it may be where the second is: a
    // place, nature, a vehicle, furniture or a thing, before a thing that is not someone or a
    // place, neither marked by the child (하늘 별, 상자 뽁뽁이, 자동차 거품); or -1.
    int where_of_two(const Clause& c) const {
        std::vector<int> nouns;
        for (int i : c.nouns) {
            if (!card(i).is_a("time")) nouns.push_back(i);
        }
        if (nouns.size() != 2) return -1;
        const ResolvedCard& a = card(nouns[0]);
        const ResolvedCard& b = card(nouns[1]);
        if (has_particle_card(nouns[0]) || has_particle_card(nouns[1]) || a.pronoun || b.pronoun ||
            a.has(Flag::wh) || b.has(Flag::wh) || !a.known || !b.known)
            return -1;
        const bool holds = !a.is_a("person") && !a.is_a("animal") && !a.is_a("food") &&
                           !a.is_a("drink") && !a.is_a("body") &&
                           (a.is_a("place") || a.is_a("nature") || a.is_a("vehicle") ||
                            a.is_a("furniture") || a.is_a("thing"));
        // (a place in a place is held too: 천문대 계단 많이 → 천문대에 계단이 많아요)
        const bool held = !b.is_a("person") && (!b.is_a("place") || a.is_a("place")) &&
                          !b.is_a("time") && !b.is_a("body") && !b.is_a("activity");
        return holds && held ? nouns[0] : -1;
    }

    // Whether the predicate puts noun i into or onto noun `into`: it has an object slot for the
    // one and a slot of where it goes (at, dest) for the other (넣다, 붙이다).
    bool put_into(const ResolvedCard& pred, int i, int into) const {
        const std::vector<Slot>& frame = frame_of(pred);
        // (or, for a verb with no object, what sticks or goes in: 클립 자석 붙다 → 클립이 자석에
        // 붙어요)
        return (object_takes(frame, card(i)) ||
                (!has_slot(frame, Role::object) && role_names(frame, Role::subject, card(i)))) &&
               std::any_of(frame.begin(), frame.end(), [&](const Slot& s) {
                   return (s.role == Role::at || s.role == Role::destination) &&
                          slot_names(s, card(into));
               });
    }

    // Whether noun i comes before a word said of it (flag relational: 위, 옆, 소리, 문), which says
    // whose or what's, with no particle: 침대 위에, 나 옆 → 내 옆에, 김치 냄새가, 화장실 불을, 나
    // 거 → 내 거. Someone is only beside, before or behind (엄마 옆; not 엄마 문: 엄마, 문 열어
    // 주세요; not 강아지 밖: 강아지가 밖에 있어요), heard (강아지 소리) or owning (동생 거); a
    // place the verb happens in is where, not whose (도서관 소리 지르다 → 도서관에서 소리를
    // 지르면).
    bool said_of(int i, int next, const ResolvedCard* pred) const {
        if (!card(next).has(Flag::relational) || has_particle_card(i) ||
            card(next - 1).kind == Kind::determiner || card(i).is_a("time") ||
            card(i).has(Flag::wh) || card(i).kind != Kind::noun ||
            // (a food said of a noun is of a food: 어묵 국물, not 옷 국물 흘리다 → 옷에 국물을)
            (card(next).is_a("food") && !card(i).is_a("food")) ||
            // (one said of a noun itself is not, but for where: 상자 안에; 무슨 or 어느 before it
            // asks which: 우리 팀 무슨 색)
            (card(i).has(Flag::relational) && !card(next).is_a("direction") &&
             !card(next).is_a("place")) ||  // (창문 밖, 문 앞)
            // (with no verb, or one of getting on, a body part or clothes before a stuff that
            // gets on or into them is where it got: 손 가시 → 손에 가시가 박혔어요, not 손
            // 가시예요)
            (card(next).has(Flag::stains) && (card(i).is_a("body") || card(i).is_a("clothing")) &&
             (!pred || role_names(frame_of(*pred), Role::at, card(i)))))
            return false;
        if (can_own(card(i)))
            return card(next).is_a("direction") ||
                   (!card(next).is_a("thing") && !card(next).is_a("place"));
        return (!card(i).pronoun || card(i).has(Flag::speaker)) &&
               !(card(i).is_a("place") && !card(next).is_a("direction") && pred &&
                 names_place(*pred, card(i))) &&
               // (what the body has or does has no windows: 멀미 창문 열다)
               !(card(next).is_a("thing") &&
                 (card(i).is_a("symptom") || card(i).is_a("activity"))) &&
               // (a tool the verb is done with is not what the next is of: 지우개 글씨 지우다 →
               // 지우개로 글씨를 지워요)
               !(pred && card(i).is_a("tool") &&
                 role_names(frame_of(*pred), Role::instrument, card(i))) &&
               // (a thing the verb puts into or onto another is not the other's: 장난감 상자 넣다
               // → 장난감을 상자에 넣어요, but 택배 상자 뜯다)
               !(pred && card(next).is_a("thing") && put_into(*pred, i, next));
    }

    // A compound the lexicon knows as one word (축구 공 → 축구공, 종이 컵 → 종이컵, 만두 국 →
    // 만둣국): its entry.
    const lexicon::Entry* compound(int i, int next) const {
        if (next < 0 || next != i + 1 || card(next).tap != card(i).tap + 1) return nullptr;
        return card(next).compound;  // (found when the cards were read: resolve())
    }

    // Nouns the phrase stage settles whatever the frame says, and the heads that are left for it:
    // a compound (눈 사람 → 눈사람), the first of two time words (아침 7시에, 3시 30분에), a colour
    // or a material before a noun (빨간색 컵), a person before a body part or someone else's home
    // (엄마 손, 할머니 집), the first of two choices (인형 말고 공). With an adjective a person's
    // body part is said of the person (토끼 귀 길다 → 토끼는 귀가 길어요).
    std::vector<int> fixed_phrases(const std::vector<int>& nouns, const ResolvedCard* pred,
                                   int first, bool doer_free = false) {
        std::vector<int> heads;
        heads.reserve(nouns.size());
        for (std::size_t h = 0; h < nouns.size(); ++h) {
            const int i = nouns[h];
            if (role(i).decided && role(i).source == RoleSource::time)
                continue;  // the end of a time phrase
            const int next = next_noun(i);
            const bool next_here = h + 1 < nouns.size() && nouns[h + 1] == next;
            // Whose home or body part it is, when the child marked the part's role (할머니 집 에
            // 가다 → 할머니 집에 가요, not 할머니가).
            if (!next_here && next == i + 1 && has_particle_card(next) && !has_particle_card(i) &&
                always_owns(card(i), card(next))) {
                role(i) = choice(Role::possessor, RoleSource::possessive);
                continue;
            }
            // (So does a colour or a material before a marked thing: 빨간색 옷 을 입다, 나무 의자
            // 에 앉다.)
            if (!next_here && next == i + 1 && has_particle_card(next) && !has_particle_card(i) &&
                may_narrow(card(i)) && !may_narrow(card(next)) && !card(next).is_a("time") &&
                !card(next).is_a("person") && !card(next).pronoun && !card(i).is_a("person") &&
                !card(i).is_a("animal")) {
                role(i) = choice(Role::modifier, RoleSource::phrase);
                continue;
            }
            // (So does the noun a marked word is said of: 침대 위 에 놓다 → 침대 위에 놓아요.)
            if (!next_here && next == i + 1 && has_particle_card(next) && said_of(i, next, pred)) {
                role(i) = choice(Role::possessor, RoleSource::possessive);
                continue;
            }
            // (So does what a marked thing is about or looks like: 공룡 잠옷 을 입다.)
            if (!next_here && next == i + 1 && has_particle_card(next) && depicted(i, next)) {
                role(i) = choice(Role::modifier, RoleSource::phrase);
                continue;
            }
            // Someone's day before a thing says which (친구 생일 선물을 사요: whose birthday), and
            // a day before what the child marked as where says which (생일 파티 에 오다 → 생일
            // 파티에 와요); but what is had or done on a day is had then (생일에 케이크를 먹어요,
            // 주말에 축구를 해요).
            // (the next noun right after it, as a phrase head or as a noun the child marked)
            const bool head_after = next_here || (next == i + 1 && has_particle_card(next));
            if (head_after && card(i).is_a("time") && card(i).has(Flag::at) && card(i).entry &&
                card(i).classes.size() == 1 && !has_particle_card(i) && !card(next).is_a("time")) {
                const bool whose = h > 0 && nouns[h - 1] == i - 1 && card(i - 1).is_a("person") &&
                                   !has_particle_card(i - 1) && !heads.empty() &&
                                   heads.back() == i - 1 && !card(next).is_a("place");
                // (and one thanked for is which: 할머니, 생일 선물 고마워요)
                if (whose || (!next_here && card(next).is_a("activity")) ||
                    (next_here && pred && thanks(*pred))) {
                    if (whose) {
                        heads.pop_back();
                        role(i - 1) = choice(Role::possessor, RoleSource::possessive);
                        // (or who does it: 엄마 생일 케이크 만들다 may be 엄마가 생일 케이크를)
                        if (pred && pred->kind == Kind::verb) guessed_owner(i - 1, i);
                    }
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
            }
            // What someone is, right before a word for a person, says which person: 경찰관
            // 아저씨가 와요, 농부 아저씨 가 포도 를 따다 → 농부 아저씨가 포도를 따요 (not 농부랑
            // 아저씨).
            if (head_after && card(i).is_a("person") && card(i).has(Flag::status) &&
                !card(i).pronoun && !has_particle_card(i) && card(next).is_a("person") &&
                !card(next).pronoun && !card(next).has(Flag::status) && !card(next).has(Flag::wh) &&
                !card(next).has(Flag::speaker) && !(pred && pred->has(Flag::plays))) {
                role(i) = choice(Role::modifier, RoleSource::phrase);
                continue;
            }
            // An animal's food, given, is its own: 물고기 밥 주다 → 물고기 밥을 줘요 (flag feed).
            if (head_after && fed_animal(i, next) && pred && pred->has(Flag::give)) {
                role(i) = choice(Role::possessor, RoleSource::possessive);
                continue;
            }
            // So is an animal's thing asked for, where no one else is tapped: 강아지 목줄 주다 →
            // 강아지 목줄 주세요 (food is given to it: 강아지한테 간식을 줘요). A guess: medium.
            if (next_here && animals_thing_asked(i, next, pred)) {
                role(i) = choice(Role::possessor, RoleSource::possessive);
                guessed_owner(i, next);
                continue;
            }
            if (next_here) {
                if (compound(i, next)) {  // (its head has the compound's classes: resolve())
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                if (said_of(i, next, pred)) {
                    role(i) = choice(Role::possessor, RoleSource::possessive);
                    continue;
                }
                // Someone outside the family right before a family member says whose, or which
                // one: 친구 엄마가 와요, 사촌 언니가 좋아요 (not 친구랑 엄마); 엄마 아빠 stays a
                // pair, and an elder, a title or what someone is says no whose.
                const ResolvedCard& a = card(i);
                const ResolvedCard& b = card(next);
                if (a.is_a("person") && !a.pronoun && !a.has(Flag::household) && !a.elder &&
                    !a.has(Flag::elder) && !a.has(Flag::status) && !a.has(Flag::title) &&
                    !a.has(Flag::wh) && !has_particle_card(i) && b.is_a("person") && !b.pronoun &&
                    b.has(Flag::household) &&
                    // (not before a verb done to someone: 친구 형 때리다 → 친구가 형을 때려요)
                    !(pred && (pred->has(Flag::agent) || pred->has(Flag::tends)))) {
                    role(i) = choice(Role::possessor, RoleSource::possessive);
                    continue;
                }
                // So does what is taught, right before an elder outside the family: 음악 선생님께
                // 노래를 배워요, 태권도 관장님이 오세요; but an activity the verb takes, with
                // nothing else it could take, is done with them (축구 선생님 하다 → 선생님이랑
                // 축구해요).
                const auto taken_otherwise = [&]() {
                    if (!pred || pred->kind != Kind::verb) return false;
                    if (!object_names(frame_of(*pred), a)) return false;
                    return std::none_of(nouns.begin(), nouns.end(), [&](int j) {
                        return j != i && j != next && !card(j).is_a("person") &&
                               object_takes(frame_of(*pred), card(j));
                    });
                };
                if ((a.is_a("activity") || a.is_a("media") || a.has(Flag::lesson)) &&
                    !a.is_a("person") && !a.is_a("food") && !a.pronoun && !has_particle_card(i) &&
                    b.is_a("person") && b.has(Flag::elder) && !b.has(Flag::household) &&
                    !b.pronoun && !taken_otherwise()) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // An activity right before a game, a class or a school (flag kinded) names which:
                // 농구 게임을 해요, 목공 교실에서 만들어요 (not 농구랑 게임, 목공으로 교실에서).
                if (names_kind_of(a, b) && !has_particle_card(i)) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // A container and what is in it, either way round, name one thing where the
                // predicate has no place for the container: 포도 바구니를 쏟았어요, 수조 물이
                // 더러워요 (but 가방 책 넣다 → 가방에 책을 넣어요).
                const auto container = [&](const ResolvedCard& x) {
                    return x.has(Flag::inside) && x.is_a("thing") && !x.is_a("body") &&
                           !x.is_a("clothing") && !x.is_a("person") && !x.pronoun;
                };
                const auto content = [&](const ResolvedCard& x) {
                    return (x.is_a("food") || x.is_a("drink")) && !x.is_a("person") &&
                           !x.is_a("animal") && !x.pronoun && !x.has(Flag::inside);
                };
                const auto has_where = [&](const ResolvedCard& x) {
                    return pred && std::any_of(frame_of(*pred).begin(), frame_of(*pred).end(),
                                               [&](const Slot& slot) {
                                                   return is_where_role(slot.role) &&
                                                          slot_names(slot, x);
                                               });
                };
                // (nor where the predicate says a thing is there: 상자 과자 있다 → 상자에 과자가
                // 있어요)
                if (!has_particle_card(i) && pred && !pred->has(Flag::exp) &&
                    ((content(a) && container(b) && !has_where(b)) ||
                     (container(a) && content(b) && !has_where(a)))) {
                    role(i) = container(a) ? choice(Role::possessor, RoleSource::possessive)
                                           : choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // A place right before a thing an adjective describes says which one, where no
                // place is what the adjective takes: 빵집 빵 맛있다 → 빵집 빵이 맛있어요 (but
                // 놀이터 친구 많다 → 놀이터에 친구가 많아요).
                if (pred && pred->kind == Kind::adjective && a.is_a("place") && !a.pronoun &&
                    !a.is_a("time") && !a.is_a("person") && !has_particle_card(i) &&
                    !b.is_a("place") && !b.is_a("person") && !b.is_a("time") && !b.pronoun &&
                    !b.is_a("body") && !has_slot(frame_of(*pred), Role::at) &&
                    !has_slot(frame_of(*pred), Role::place)) {
                    role(i) = choice(Role::possessor, RoleSource::possessive);
                    continue;
                }
                // A number before a time word counts it, how long: 3 밤 자다 → 3 밤 자요.
                if (is_number(i) && card(next).is_a("time") && !card(next).has(Flag::counter) &&
                    !card(i).is_a("time")) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // (not an event held somewhere, flag venue, which is what the time is of: 돌잔치
                // 몇 시 끝나다 → 돌잔치가 몇 시에 끝나요?)
                if (pred && card(i).is_a("time") && card(next).classes.size() == 1 &&
                    card(next).is_a("time") && !card(i).has(Flag::wh) &&
                    !card(i).has(Flag::venue)) {
                    // One time said in two words: only the last takes 에, when either word is a
                    // clock time or a date (3시 30분에, 아침 7시에).
                    role(i) = Choice{Role::time, "", RoleSource::phrase, -1, false, true};
                    const bool at = card(i).has(Flag::at) || card(next).has(Flag::at) ||
                                    role(next).particle == "에";
                    role(next) =
                        Choice{Role::time, at ? "에" : "", RoleSource::time, -1, false, true};
                    continue;
                }
                // (so does what someone is before an elder, as a title: 의사 선생님, not 의사랑
                // 선생님)
                // (and a place before a vehicle it runs, whose bus it is: 학교 버스가 와요, 유치원
                // 버스를 타요; not one a child rides as a toy, 공원 자전거 타다 → 공원에서 자전거를
                // 타요, nor with a verb that goes somewhere by it: 학교 버스 가다 → 학교에 버스로
                // 가요; nor a place the verb passes, 지나가다 터널 기차 → 기차가 터널을 지나가요)
                const bool next_is_means =
                    pred && role_names(frame_of(*pred), Role::instrument, card(next));
                // (and a baby before an animal, its age: 아기 고양이, flag young)
                // (not a colour painted with, before what is painted: 칠하다 파란색 로봇 → 로봇을
                // 파란색으로 칠해요; but 빨간색 물감으로 칠해요)
                // (the instrument slot names the thing after it: next_is_means)
                const bool painted_with = coloured_with(pred, card(i)) && !next_is_means;
                if ((narrows(card(i)) && !card(next).is_a("time") && !painted_with) ||
                    (card(i).has(Flag::young) && card(next).is_a("animal") &&
                     !card(next).is_a("person") && !has_particle_card(i)) ||
                    (card(i).has(Flag::status) && card(next).elder && !has_particle_card(i)) ||
                    (card(i).is_a("place") && card(next).is_a("vehicle") &&
                     !card(next).is_a("toy") && !next_is_means && !has_particle_card(i) &&
                     !(pred && object_names(frame_of(*pred), card(i)))) ||
                    // (and a place before a place in it, which one: 호텔 수영장, 학교 운동장; not
                    // before a home, which is another place: 학교 집 가다 → 학교랑 집에 가요)
                    // (and a thing before a shop, what it sells: 신발 가게, flag shop)
                    (requestable(card(i)) && card(next).has(Flag::shop) && !card(i).pronoun &&
                     !has_particle_card(i)) ||
                    (card(i).is_a("place") && card(next).is_a("place") && !card(i).pronoun &&
                     !card(next).has(Flag::home) && !card(i).has(Flag::wh) &&
                     !card(next).has(Flag::wh) && !has_particle_card(i)) ||
                    // (and 저기 or 여기 right before what is watched points at it: 저기 구름
                    // 보다 → 저기 구름을 봐요, not 저기에서)
                    (card(i).pronoun && card(i).is_a("place") && !card(i).has(Flag::wh) && pred &&
                     pred->has(Flag::alongside) && !has_particle_card(i) &&
                     !card(next).is_a("place") && !card(next).is_a("time") &&
                     !card(next).is_a("person") && !card(next).pronoun)) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // Someone's home before an animal says which one: 우리 집 강아지가 귀여워요 (but
                // where the verb has a place for it, it is where: 우리 집 강아지 있다 → 우리 집에
                // 강아지가 있어요).
                if (card(i).has(Flag::home) && card(next).is_a("animal") &&
                    !card(next).is_a("person") && !has_particle_card(i) && is_noun(i - 1) &&
                    role(i - 1).role == Role::possessor && pred &&
                    !has_slot(frame_of(*pred), Role::place) &&
                    !has_slot(frame_of(*pred), Role::at) &&
                    !has_slot(frame_of(*pred), Role::destination)) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // An animal, a toy, a vehicle, a food or nature before a book, a film or a
                // picture is what it is about: 공룡 책, 자동차 영화; before a thing made to look
                // like one (flag depicts), what it looks like: 곰 인형 (a person owns one: 엄마 책;
                // a tool draws it: 크레파스로 그림; a bag holds it: 가방에 책을 넣어요; what is put
                // in it is not: 단풍잎 책 끼우다 → 단풍잎을 책에 끼워요).
                if (depicted(i, next) && !(pred && put_into(*pred, i, next))) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                // A meal before a food an adjective describes says which meal's (flag menu):
                // 어제 급식 고기 맛있다 → 어제 급식 고기가 맛있었어요 (with no verb it is what the
                // meal is: 오늘 급식은 카레예요).
                // Eaten, the food is what the meal is had as: 간식 떡 먹다 → 간식으로 떡을 먹어요
                // (not 간식이랑 떡을).
                const bool meal_food = pred && card(i).has(Flag::menu) && card(next).is_a("food") &&
                                       !card(next).has(Flag::menu) && !has_particle_card(i);
                if (meal_food && pred->kind == Kind::adjective) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    continue;
                }
                if (meal_food && pred->kind == Kind::verb &&
                    object_names(frame_of(*pred), card(next)) &&
                    object_names(frame_of(*pred), card(i))) {
                    role(i) =
                        Choice{Role::instrument, "(으)로", RoleSource::phrase, -1, false, true};
                    continue;
                }
                // A fruit or a taste before a food or drink that comes in flavours names its
                // kind: 수박 주스, 바나나 우유 (사과 우유 might be two things: a guess, said).
                if (card(i).has(Flag::flavour) && card(next).has(Flag::flavoured) &&
                    !has_particle_card(i)) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    warn_about("one_thing", "'%' was read as the kind of '%'",
                               {card(i).label, card(next).label}, i);
                    lower(Confidence::medium);
                    continue;
                }
                // 엄마 어디 아프다: 어디 asks which part of her (엄마는 어디가 아파요?); an elder
                // is asked it: 할머니, 어디가 아프세요?
                if (pred && i == first && !topic_taken() && can_own(card(i)) &&
                    card(next).has(Flag::wh) && card(next).is_a("place") &&
                    subject_is_body(*pred)) {
                    role(i) = card(i).elder && card(i).is_a("person") && !card(i).pronoun &&
                                      !has_particle_card(i)
                                  ? choice(Role::vocative, RoleSource::vocative)
                                  : choice(Role::topic, RoleSource::topic);
                    continue;
                }
                // With a verb done to one's own body, the person before the body part is who
                // does it: 동생 손가락 다치다 → 동생이 손가락을 다쳤어요, 동생 손 씻다 → 동생이
                // 손을 씻어요 (but 토끼 귀 만지다 싶다: the child touches it; and someone the child
                // may be telling keeps the older reading: 손 씻다 다 선생님).
                if (pred && doer_free && i == first && card(next).is_a("body") &&
                    own_body_verb(*pred, card(i))) {
                    if (!addressed(card(i))) {
                        heads.push_back(i);
                        continue;
                    }
                    // (someone the child may be telling: whose, a guess, as 할아버지가 손을
                    // 흔드세요 may be meant)
                    guessed_owner(i, next);
                }
                // Someone and a home with 있다 and nothing else: where they are (할머니 있다 집 →
                // 할머니는 집에 계세요), not whose home it is.
                if (pred && card(next).has(Flag::home) && nouns.size() == 2 && i == first &&
                    has_slot(frame_of(*pred), Role::at) && pred->has(Flag::exp)) {
                    heads.push_back(i);
                    continue;
                }
                // (so is an allergy to what is named before it: 동생 계란 알레르기 → 동생은 계란
                // 알레르기가 있어요)
                const int kind_of = next_noun(next);
                if (pred && i == first && !topic_taken() && can_own(card(i)) && kind_of >= 0 &&
                    kind_of == next + 1 && card(kind_of).is_a("symptom") &&
                    card(kind_of).has(Flag::depicts) && !has_particle_card(i)) {
                    role(i) = choice(Role::topic, RoleSource::topic);
                    continue;
                }
                // (so are they with when between: 동생 밤 열 → 동생은 밤에 열이 나요)
                const int after_time =
                    card(next).is_a("time") && !card(next).has(Flag::wh) ? next_noun(next) : -1;
                if (pred && i == first && !topic_taken() && after_time == next + 1 &&
                    always_owns(card(i), card(after_time)) && card(after_time).is_a("symptom") &&
                    !has_particle_card(i)) {
                    role(i) = choice(Role::topic, RoleSource::topic);
                    continue;
                }
                // (An animal by which something is done to a body part is no owner: 나 모기 다리
                // 물리다 → 나는 모기한테 다리를 물렸어요.)
                const bool by_animal = pred && card(i).is_a("animal") &&
                                       role_names(frame_of(*pred), Role::recipient, card(i));
                // (and what is always someone's, tapped as two words: 엄마 전화 번호 → 엄마
                // 전화번호)
                const lexicon::Entry* joined = compound(next, next_noun(next));
                const bool owns_joined = joined && joined->has(Flag::someones) &&
                                         card(i).is_a("person") && !card(i).pronoun;
                // (and an animal's home, where it cannot be who does it: 넣다 햄스터 집 톱밥 →
                // 햄스터 집에 톱밥을 넣어요; 강아지 집 가다 → 강아지가 집에 가요)
                // (nor what is done to: 잠자리 집 가져가다 → 잠자리를 집에 가져가요)
                const auto lists = [&](Role role, std::string_view noun_class) {
                    return std::any_of(
                        frame_of(*pred).begin(), frame_of(*pred).end(), [&](const Slot& slot) {
                            return slot.role == role &&
                                   std::find(slot.classes.begin(), slot.classes.end(),
                                             noun_class) != slot.classes.end();
                        });
                };
                const bool animal_home =
                    pred && card(i).is_a("animal") && !card(i).is_a("person") &&
                    card(next).has(Flag::home) && !lists(Role::subject, "animal") &&
                    (lists(Role::object, "place") ||
                     std::any_of(nouns.begin(), nouns.end(), [&](int x) {
                         return x > next && !card(x).is_a("person") && !card(x).is_a("animal");
                     }));
                // (not a word that is a body part and something else the verb takes: 아빠 배
                // 타다 → 아빠가 배를 타요, the boat; 엄마 배 아프다 → 엄마는 배가 아파요)
                const bool other_sense =
                    pred && card(next).is_a("body") && card(next).classes.size() > 1 &&
                    std::any_of(frame_of(*pred).begin(), frame_of(*pred).end(),
                                [&](const Slot& slot) {
                                    return slot.role == Role::object &&
                                           std::any_of(slot.classes.begin(), slot.classes.end(),
                                                       [&](std::string_view k) {
                                                           return k != "body" && card(next).is_a(k);
                                                       });
                                });
                // (nor an animal eaten, before the hand one eats it with: 닭 손 먹다 → 닭을 손으로
                // 먹어요)
                const bool eaten = pred && card(i).is_a("food") && !card(i).is_a("person") &&
                                   role_names(frame_of(*pred), Role::object, card(i)) &&
                                   role_names(frame_of(*pred), Role::instrument, card(next));
                if ((always_owns(card(i), card(next)) || owns_joined || animal_home) &&
                    !by_animal && !other_sense && !eaten) {
                    // A person's fever or cough is said of the person: 동생 열 나다 → 동생은 열이
                    // 나요; so is a nosebleed tapped as two words (동생 코 피 → 동생은 코피가
                    // 나요).
                    const bool symptom =
                        card(next).is_a("symptom") || (joined && joined->is_a("symptom"));
                    if (pred &&
                        ((pred->kind == Kind::adjective && card(next).is_a("body") && !joined) ||
                         symptom) &&
                        i == first && !topic_taken()) {
                        role(i) = choice(Role::topic, RoleSource::topic);
                        continue;
                    }
                    role(i) = choice(Role::possessor, RoleSource::possessive);
                    continue;
                }
            }
            if (i + 1 < size() && card(i + 1).kind == Kind::choice) {
                // Two choices are of a kind: after a thing, an animal is a thing too (이거 말고
                // 공룡 주세요: the toy, not to the dinosaur).
                const int other = i + 2 < size() && is_noun(i + 2) ? i + 2 : -1;
                if (other >= 0 && !card(i).is_a("person") && !card(i).is_a("animal") &&
                    card(other).is_a("animal") && !card(i).classes.empty())
                    cards_[static_cast<std::size_t>(other)].classes = card(i).classes;
                role(i) = Choice{Role::none, "",    RoleSource::phrase,
                                 -1,         false, true};  // 인형 말고, 물 아니면
                continue;
            }
            heads.push_back(i);
        }
        return heads;
    }

    void roles(int k) {
        RoleLists& lists = lists_.role;
        const Clause& c = clause(k);
        ClauseState& s = state(k);
        const int first = first_noun();

        // Numbers and counters: a number before its counter stands bare (세 개), and so does the
        // count after a noun that takes the role itself (사과를 세 개 먹어요). A clock time takes
        // 에 on its last word (4 시 → 4시에, 3시 30분에); a duration stands bare (5 분 기다려
        // 주세요).
        for (int i : c.nouns) {
            if (!is_counter(i)) continue;
            if (is_noun(i - 1)) role(i - 1) = choice(Role::quantity, RoleSource::quantity);
            if (s.nominal)
                continue;  // a count may be what the sentence says: 몇 시예요?, 다섯 살이에요
            role(i) = choice(Role::quantity, RoleSource::quantity);
            const bool counted = is_noun(i - 2) && clause_of(i - 2) == k && !is_number(i - 2) &&
                                 !has_particle_card(i - 2);
            if (card(i).is_a("time")) {
                const bool clock =
                    card(i).has(Flag::at) ||
                    (is_noun(i - 2) && card(i - 2).has(Flag::at) && card(i - 2).is_a("time"));
                const bool more = is_noun(i + 2) && is_counter(i + 2) && card(i + 2).is_a("time");
                role(i) = Choice{
                    Role::time, clock && !more ? "에" : "", RoleSource::time, -1, false, true};
                // (a time before the clock time says which: 아침 7시에; an event is what it is
                // of, 돌잔치가 몇 시에 끝나요?)
                if (counted && card(i - 2).is_a("time") && !card(i - 2).has(Flag::venue))
                    role(i - 2) = Choice{Role::time, "", RoleSource::phrase, -1, false, true};
            } else if (!counted) {
                role(i) = Choice{};  // the counter stands for the thing counted: 3 개 주세요
            } else if (card(i).has(Flag::ordinal) && card(i - 2).is_a("place") &&
                       !card(i - 2).pronoun) {
                // A place's floor is where: 미술관 2 층 가다 → 미술관 2층에 가요.
                role(i - 2) = choice(Role::possessor, RoleSource::phrase);
                role(i) = Choice{};
            }
        }
        // A thing that comes from someone (flag comes) with a verb of coming: what comes, and
        // whom from (할머니 편지 오다 → 할머니한테서 편지가 와요; not 할머니가 편지 오세요).
        // (a time said with it is when: 어제 할머니 전화 오다)
        std::vector<int>& untimed = lists.untimed;
        untimed.clear();
        for (int i : c.nouns) {
            if (!card(i).is_a("time")) untimed.push_back(i);
        }
        if (s.pred.kind == Kind::verb && s.pred.has(Flag::motion) &&
            has_slot(frame_of(s.pred), Role::source) && untimed.size() == 2) {
            const int a = untimed[0];
            const int b = untimed[1];
            const auto sender = [&](int i) {
                return card(i).is_a("person") && !card(i).pronoun && !has_particle_card(i);
            };
            const auto sent = [&](int i) {
                return card(i).has(Flag::comes) && !has_particle_card(i);
            };
            const int who = sender(a) && sent(b) ? a : sender(b) && sent(a) ? b : -1;
            if (who >= 0) {
                role(who) = Choice{Role::source, "한테서", RoleSource::frame, -1, false, true};
                role(who == a ? b : a) =
                    Choice{Role::subject, "이/가", RoleSource::frame, -1, false, true};
            }
        }
        // How much there is of one thing in or on another (many, with no verb): where, then what
        // (하늘 별 많이 → 하늘에 별이 많아요, not 하늘이랑 별이). So with a verb of being there,
        // before a thing that holds things (flag inside) or anything not a thing: 저금통 돈 있다
        // → 저금통에 돈이 있어요 (but 연필 지우개 있다 → 연필이랑 지우개가 있어요).
        const bool there = !s.implied && s.pred.has(Flag::exp);
        if (((s.implied && s.pred.kind == Kind::adjective) || there) &&
            has_slot(frame_of(s.pred), Role::at)) {
            const int where = where_of_two(c);
            // (not a choice between them: 나무 아니면 플라스틱 붙다)
            const bool choice_between = std::any_of(cards_.begin(), cards_.end(), offers_choice);
            if (where >= 0 && !choice_between &&
                (!there || card(where).has(Flag::inside) || !card(where).is_a("thing"))) {
                role(where) = Choice{Role::at, "에", RoleSource::frame, -1, false, true};
                role(untimed[1]) =
                    Choice{Role::subject, "이/가", RoleSource::frame, -1, false, true};
            }
        }
        std::vector<int>& open = lists.open;
        open.clear();
        if (s.verb_noun >= 0)
            role(s.verb_noun) = Choice{Role::none, "", RoleSource::implied, -1, false, true};
        for (int i : c.nouns) {
            if (title_before(i))
                role(i) = Choice{Role::modifier, "", RoleSource::phrase, -1, false, true};
            if (role(i).decided) continue;
            if (is_number(i) && i + 1 < size() && is_counter(i + 1)) continue;
            open.push_back(i);
        }

        if (s.nominal) {
            nominal_roles(k, open, first);
            return;
        }
        const ResolvedCard& pred = s.pred;
        const std::vector<Slot>& frame = frame_of(pred);
        std::vector<char>& taken = lists.taken;
        taken.assign(frame.size(), false);
        const auto take_role = [&](Role r) {
            for (std::size_t t = 0; t < frame.size(); ++t) {
                if (frame[t].role == r) taken[t] = true;
            }
        };
        // Who wants or asks is the speaker or the listener, never said: the subject is taken. So is
        // the subject of a purpose, which is who goes (할머니 보다 가다 → 할머니를 보러 가요).
        // (In a request, someone the child marked with 이/가 is who is asked, said as marked:
        // 선생님 이 그림 그리다 주다 → 선생님이 그림을 그려 주세요.)
        const bool asked_marked =
            s.request && std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(), [&](int i) {
                return subject_card(i) && card(i).is_a("person") && !card(i).has(Flag::speaker);
            });
        // (Forbidding, a person or an animal tapped first, before a thing the verb is done to,
        // is who must not: 동생 과자 먹다 안 되다 → 동생이 과자를 먹으면 안 돼요, not 동생이랑;
        // alone, a person is whom it is done to: 친구 놀리다 안 되다 → 친구를 놀리면 안 돼요; so
        // is one the verb may be done to with the thing: 모래 던지다 안 되다 친구 → 친구한테
        // 모래를 던지면 안 돼요.)
        const bool forbids_someone = [&] {
            const Clause& fc = clause(k);
            if (fc.permission < 0 || fc.negative < s.card || s.card < 0 ||
                pred.kind != Kind::verb || fc.nouns.size() < 2)
                return false;
            const int f = fc.nouns.front();
            return (card(f).is_a("person") || card(f).is_a("animal")) && !card(f).pronoun &&
                   !has_particle_card(f) && role_names(frame, Role::subject, card(f)) &&
                   !role_names(frame, Role::recipient, card(f)) &&
                   std::any_of(fc.nouns.begin() + 1, fc.nouns.end(), [&](int n) {
                       return !card(n).is_a("person") && !card(n).is_a("animal") &&
                              !card(n).is_a("place") && !card(n).is_a("time") &&
                              object_takes(frame, card(n));
                   });
        }();
        // (what something with no object does is said of it: 버스 오다 기다리다 → 버스가 오는 거
        // 기다려요)
        if ((s.speaker_oriented || s.purpose || (s.doing && has_slot(frame, Role::object))) &&
            pred.kind == Kind::verb && !asked_marked && !forbids_someone)
            take_role(Role::subject);
        // What the verb before says is this one's object (그리는 거 좋아해요).
        if (k > 0 && state(k - 1).doing) take_role(Role::object);
        // A thing said before, in an earlier part, whose own verb this is (its lexicon verb:), is
        // what it is done to, and a thing here is where: 스티커 사다 그리고 필통 붙이다 → 스티커를
        // 사서 필통에 붙여요, not 필통을 붙여요.
        if (pred.kind == Kind::verb && has_slot(frame, Role::at) &&
            std::none_of(clause(k).nouns.begin(), clause(k).nouns.end(),
                         [&](int i) { return card(i).verb == pred.lemma; }) &&
            std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(),
                        [&](int i) { return role_names(frame, Role::at, card(i)); })) {
            for (int i = 0; i < size(); ++i) {
                if (is_noun(i) && clause_of(i) >= 0 && clause_of(i) < static_cast<int>(k) &&
                    card(i).verb == pred.lemma) {
                    take_role(Role::object);
                    break;
                }
            }
        }
        // A noun asked for is what is given, never whom to (형 게 → 형, 게 주세요: the crab is
        // food here, not a receiver).
        if (s.implied && s.carrier >= 0 && is_noun(s.carrier) && pred.has(Flag::give))
            take_role(Role::recipient);

        // An action done to a person (꼬집다, 밀다, 때리다): one person tapped alone is who does it
        // (동생 꼬집다 → 동생이 꼬집어요), a guess the confidence says; so is a person tapped
        // before the speaker when the speaker is tapped after it (형 때리다 나, 밀다 친구 나 →
        // 친구가 나를 밀어요). Any verb done to someone takes the latter guess (던지다 공 형 나 →
        // 형이 나한테 공을 던져요), not when wanted (보다 싶다 할머니 나).
        std::vector<int>& living = lists.living;
        living.clear();
        for (int i : open) {
            if (card(i).is_a("person") || card(i).is_a("animal")) living.push_back(i);
        }
        int agent = s.giver;
        const bool towards = done_to_someone(pred, cards_, open) && clause(k).want < 0;
        if ((pred.has(Flag::agent) || towards) && !s.speaker_oriented && s.card >= 0) {
            const int at = card(s.card).tap;
            if (living.size() == 1 && pred.has(Flag::agent)) {
                agent = living.front();
            } else if (living.size() == 2) {
                for (std::size_t a = 0; a < 2; ++a) {
                    const ResolvedCard& doer = card(living[a]);
                    const ResolvedCard& done_to = card(living[1 - a]);
                    // (밀다 친구 나: the speaker tapped after the verb and after the other)
                    if (!doer.has(Flag::speaker) && doer.tap < done_to.tap &&
                        done_to.has(Flag::speaker) && done_to.tap > at)
                        agent = living[a];
                }
            }
        }

        std::vector<int>& rest = lists.rest;
        rest.clear();
        bool thanked_for_bare = false;
        for (int i : open) {
            const ResolvedCard& noun = card(i);
            Choice& r = role(i);
            if (i == s.activity) {
                r = Choice{Role::none, "", RoleSource::implied, -1, false, true};  // 수영하러
                continue;
            }
            if (i == s.ridden) {
                r = Choice{Role::object, "을/를", RoleSource::implied, -1, false, true};  // 스키를
                continue;
            }
            if (i == called_) {
                r = choice(Role::vocative, RoleSource::vocative);  // 할머니,
                continue;
            }
            if (noun.has(Flag::bare)) {
                r = choice(Role::none, RoleSource::frame);  // 오늘, 어제, 뭐
                // A bare question word still asks for its slot, which no other noun takes: 선생님
                // 뭐 좋아하다 → 선생님은 뭐 좋아하세요? (not 선생님을).
                // 뭐 asks first for what it is done to: 상자 뭐 넣다 → 상자에 뭐 넣어요?
                if (noun.has(Flag::wh) && !noun.is_a("time") && pred.kind != Kind::copula) {
                    const int t = claim_slot(noun, frame, taken,
                                             noun.is_a("thing") ? Role::object : Role::none);
                    // (what is asked for as who or what does it takes 가: 뭐가 나와요?, 뭐가
                    // 무서워요?, 자석에 뭐가 붙어요?)
                    if (t >= 0 && frame[static_cast<std::size_t>(t)].role == Role::subject &&
                        noun.is_a("thing"))
                        r = choice(Role::subject, RoleSource::frame, t);
                }
                continue;
            }
            if (pred.kind == Kind::copula) {
                r = copula_role(k, i, first);
                continue;
            }
            // A thing counted right after it is what the verb acts on, when it can be: 동전 5 개
            // 넣다 → 동전을 5개 넣어요 (not 동전에, where to put five more).
            if (!has_particle_card(i) && pred.kind == Kind::verb && is_number(i + 1) &&
                is_counter(i + 2) && !card(i + 2).is_a("time") && clause_of(i + 2) == k &&
                !has_particle_card(i + 2) && !noun.is_a("person") && !noun.is_a("animal") &&
                !noun.is_a("time") && !noun.pronoun) {
                int free = -1;
                for (std::size_t t = 0; t < frame.size() && free < 0; ++t) {
                    if (!taken[t] && frame[t].role == Role::object &&
                        (frame[t].open || slot_names(frame[t], noun)))
                        free = static_cast<int>(t);
                }
                if (free >= 0) {
                    taken[static_cast<std::size_t>(free)] = true;
                    r = slot_choice(k, frame, free, RoleSource::frame);
                    continue;
                }
            }
            // A pronoun that is not the speaker is what an adjective of feeling is about: 너 좋다 →
            // 네가 좋아요 (but 너 착하다 → 너는 착해요).
            const bool describes =
                pred.kind == Kind::adjective && pred.has(Flag::exp) && !noun.has(Flag::speaker);
            const int next = next_noun(i);
            // 나 장난감 만지다 안 주다: asking someone to do something to a belonging of the
            // speaker's, or not to, the speaker tapped right before it owns it (내 장난감 만지지
            // 마세요, 제 가방 찾아 주세요; but 나 공 던지다 주다 → 나한테, a verb with a
            // receiver; 나 책 읽다 주다 → 나한테, not a belonging).
            // So does the speaker after someone who does something to it, a book, a game or a
            // body part too: 형 나 과자 먹다 → 형이 내 과자를 먹어요; 형 나 게임 끄다 → 형이 내
            // 게임을 꺼요; 친구 나 발 밟다 → 친구가 내 발을 밟아요.
            const bool done_by_another = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                return j < i && j != told_first_ &&
                       (card(j).is_a("person") || card(j).is_a("animal")) &&
                       !card(j).has(Flag::speaker) && !has_particle_card(j);
            });
            if (noun.has(Flag::speaker) && (s.request || done_by_another) && next == i + 1 &&
                (c.negative >= 0
                     ? owned(card(next))
                     : (belonging(card(next)) || (!s.request && card(next).is_a("media")) ||
                        (done_by_another && card(next).is_a("body"))) &&
                           (!card(next).is_a("food") || !s.request)) &&
                !has_particle_card(i) && has_slot(frame, Role::object) &&
                !has_slot(frame, Role::recipient) && !card(next).pronoun) {
                r = choice(Role::possessor, RoleSource::possessive);
                // (tapped last, after the verb and the thing: a guess, said — 동생 가방 숨기다 나)
                if (s.card >= 0 && noun.tap > card(s.card).tap && noun.tap > card(next).tap) {
                    warn_about("possessive", "'%' tapped last was read as whose '%' is",
                               {noun.label, card(next).label}, i);
                    lower(Confidence::medium);
                }
                continue;
            }
            // 우리 right before home, a family member or teacher, or what is always someone's, is
            // whose, as Korean says it, wherever it was tapped: 우리 집에 가요, 우리 선생님이
            // 좋아요 (not 우리는 집에), 어제 야구 우리 팀 이기다 → 우리 팀이 이겼어요,
            // 할머니 우리 집 오다 → 할머니가 우리 집에 오세요 (not 우리랑).
            if (ours(i, next)) {
                r = choice(Role::possessor, RoleSource::possessive);
                continue;
            }
            // Asked to do something, the speaker is whom it is done for: 공 던지다 나 주다 → 나한테
            // 공 던져 주세요 (not 나랑, nor 나는); but 나 돕다 주다 → 나를 도와주세요, a person is
            // what the verb is done to.
            if (c.give >= 0 && s.card != c.give && pred.kind == Kind::verb &&
                noun.has(Flag::speaker) && !has_particle_card(i) && c.negative < 0 &&
                !object_names(frame, noun)) {
                // (Right before a thing it is done on, the speaker is whose: 나 스케치북 이름
                // 쓰다 주다 → 내 스케치북에 이름을 써 주세요.)
                // (So is the speaker right before a part of the body the verb is done to: 나 머리
                // 묶다 주다 → 내 머리를 묶어 주세요.)
                const bool whose_surface =
                    next == i + 1 && !has_particle_card(next) &&
                    ((card(next).is_a("thing") && role_names(frame, Role::at, card(next)) &&
                      std::any_of(c.nouns.begin(), c.nouns.end(),
                                  [&](int n) {
                                      return n != i && n != next && object_names(frame, card(n));
                                  })) ||
                     ((card(next).is_a("body") || card(next).has(Flag::someones)) &&
                      object_takes(frame, card(next))));
                r = whose_surface
                        ? choice(Role::possessor, RoleSource::possessive)
                        : Choice{Role::recipient, "한테", RoleSource::frame, -1, false, true};
                continue;
            }
            // (Not when the child's particle card says another role: 너 랑 안 놀다 → 너랑 안
            // 놀아요.)
            // (So is the speaker who feels, first in a later part: 친구가 울어서 나는 속상해요.)
            const bool feeler = noun.has(Flag::speaker) && !clause(k).nouns.empty() &&
                                clause(k).nouns.front() == i && pred.kind == Kind::adjective &&
                                (pred.has(Flag::feeling) || pred.has(Flag::reaction));
            // (And the speaker first in a later part, alone there, after a part about someone
            // else: 아기 자다 나 조용히 놀다 → 아기가 자고 나는 조용히 놀아요, not 나랑.)
            const bool next_doer =
                noun.has(Flag::speaker) && k > 0 && clause(k).nouns.front() == i &&
                pred.kind == Kind::verb && !pred.has(Flag::exp) &&
                std::none_of(c.nouns.begin(), c.nouns.end(),
                             [&](int n) {
                                 return n != i &&
                                        (card(n).is_a("person") || card(n).is_a("animal"));
                             }) &&
                std::any_of(clause(k - 1).nouns.begin(), clause(k - 1).nouns.end(), [&](int n) {
                    return (card(n).is_a("person") || card(n).is_a("animal")) &&
                           !card(n).has(Flag::speaker) && !has_particle_card(n) && n != called_;
                });
            // (Nor when the child marked someone else as who does it: 나 친구 가 지우개
            // 빌려주다 → 친구가 나한테 지우개를 빌려줘요.)
            const bool other_doer =
                pred.kind == Kind::verb && !pred.has(Flag::exp) &&
                std::any_of(c.nouns.begin(), c.nouns.end(), [&](int n) {
                    return n != i && has_particle_card(n) &&
                           any_of_particles(card(n + 1).label, {"이/가", "께서"});
                });
            // (Nor the first of a choice: 나 말고 동생 과자 먹다 → 나 말고 동생이 과자를 먹어요.)
            const bool chosen_against = i + 1 < size() && card(i + 1).kind == Kind::choice;
            if ((i == first || first_after_marked(i) || feeler || next_doer) &&
                noun.has(Flag::topic) && !s.request && !describes && !noun.has(Flag::wh) &&
                !other_role_card(i) && !other_doer && !chosen_against) {
                // 나 가방 무겁다, 우리 강아지 귀엽다: what the adjective describes is the
                // speaker's (내 가방이 무거워요, 우리 강아지가 귀여워요); so is what a word said
                // of the speaker names (나 거 작다 → 내 게 작아요), but not a part of a thing the
                // speaker acts on (나 문 열다 → 나는 문을 열어요).
                // So is what is always someone's (나 이름 쓰다 → 내 이름을 써요; 우리 팀).
                if ((describes_owned(pred, noun, next) ||
                     (next == i + 1 && card(next).has(Flag::relational) &&
                      !card(next).is_a("direction") && !card(next).is_a("thing") &&
                      !card(next).is_a("food")) ||
                     (next == i + 1 && card(next).has(Flag::someones) && !card(next).is_a("time") &&
                      !card(next).is_a("place"))) &&
                    !has_particle_card(i)) {
                    r = choice(Role::possessor, RoleSource::possessive);
                    continue;
                }
                // 나는, 저는: the first-card pronoun is the topic; for a verb it is also the
                // subject. 우리 before 같이 is said bare: 우리 같이 가요.
                r = choice(Role::topic, RoleSource::topic);
                if (noun.has(Flag::household) && before_together(i) && !has_particle_card(i))
                    r.particle.clear();
                // 먼저 says who, not what about: 나 먼저 하다 → 내가 먼저 해요 (flag focus).
                if (pred.kind == Kind::verb && !pred.has(Flag::exp) && !has_particle_card(i) &&
                    std::any_of(c.adverbs.begin(), c.adverbs.end(),
                                [&](int a) { return card(a).has(Flag::focus); }))
                    r = choice(Role::subject, RoleSource::topic);
                if (pred.kind == Kind::verb && !pred.has(Flag::exp)) take_role(Role::subject);
                continue;
            }
            // After someone called, the speaker who asks is said bare: 선생님, 저 화장실에 가도
            // 돼요?; so is one who says how they feel (선생님, 저 배고파요). One whose body part
            // feels it is the topic, as without the call: 선생님, 저는 배가 아파요; so is one who
            // says what they are afraid of or lack (선생님, 저는 물이 무서워요).
            const bool adjective = pred.kind == Kind::adjective;
            if (noun.has(Flag::speaker) &&
                (c.permission >= 0 || adjective || told_first_ == first || s.wants ||
                 c.want >= 0) &&
                i != first && first >= 0 && role(first).role == Role::vocative &&
                !has_particle_card(i)) {
                const bool of_something =
                    adjective && std::any_of(c.nouns.begin(), c.nouns.end(), [&](int n) {
                        return n != i && n != first &&
                               (!pred.has(Flag::feeling) || card(n).is_a("body"));
                    });
                // (On the 저 board the bare speaker right before a noun reads as 'that': 선생님,
                // 저는 달팽이한테 물을 줘도 돼요?, 선생님, 저는 거북이를 키워요; not 저
                // 달팽이한테.)
                const bool read_as_that = options_.first_person_jeo && next_noun(i) == i + 1;
                r = of_something || read_as_that
                        ? choice(Role::topic, RoleSource::topic)
                        : Choice{Role::topic, "", RoleSource::topic, -1, false, true};
                continue;
            }
            // Asking leave, a person tapped first is who is asked: 선생님 화장실 가다 되다 ? →
            // 선생님, 화장실에 가도 돼요? (not 선생님이랑).
            // In 반말 a family member tapped first before how the child feels is who hears it:
            // 엄마 배고프다 → 엄마, 배고파 (politely it is said of them: 아빠가 피곤해요).
            // In any speech, one tapped before the speaker who says how they feel is who hears it
            // (선생님 나 목 아프다 → 선생님, 나 목이 아파요; 엄마 나 배고프다 → 엄마, 나 배고파요).
            const int after = next_noun(i);
            // So is one tapped with a need the child feels, before it or after (flag need: 배고프다
            // 엄마 → 엄마, 배고파요; 마렵다 쉬 선생님 → 선생님, 쉬가 마려워요; every set's writer
            // models it so).
            // (And so with any adjective the speaker says of themselves: 선생님 나 물 무섭다 →
            // 선생님, 저는 물이 무서워요; 선생님 나 킥판 없다.)
            // (So is one tapped right before the speaker who says what they want: 엄마 나 우유
            // 먹다 싶다 → 엄마, 나 우유를 먹고 싶어요, not 엄마랑 나랑.)
            const bool told_what_i_want = c.want >= 0 && addressed(noun) && after == i + 1 &&
                                          card(after).has(Flag::speaker) && !has_particle_card(i) &&
                                          !has_particle_card(after);
            const bool told_how_i_feel =
                told_what_i_want ||
                (pred.kind == Kind::adjective && addressed(noun) &&
                 ((pred.has(Flag::feeling) && level_ == SpeechLevel::plain &&
                   c.nouns.size() == 1) ||
                  (after == i + 1 && card(after).has(Flag::speaker) && !has_particle_card(i)) ||
                  (pred.has(Flag::need) && !has_particle_card(i))));
            // On a 반말 board (not a 친구에게 card, which says a friend listens), a family member
            // tapped first is whom the child talks to when the sentence asks them, asks them along,
            // says what the child wants, or is about them alone: 언니 이거 먹다 ? → 언니, 이거
            // 먹어?; 누나 같이 가다 → 누나, 같이 가자; 아빠 나가다 싶다 → 아빠, 나가고 싶어; 엄마
            // 사랑하다 → 엄마, 사랑해.
            // So is one hurried (아빠 빨리 오다 → 아빠, 빨리 와; flag urges), in polite speech too
            // when the child taps the hurry twice (빨리 빨리 뛰다 형 → 형, 빨리 뛰어요; 형 빨리
            // 뛰다 says how he runs), unless it is told after the fact.
            const bool hurried =
                !past_ && std::any_of(c.adverbs.begin(), c.adverbs.end(), [&](int a) {
                    return card(a).has(Flag::urges) &&
                           (hurried_twice(a) || options_.speech_level == SpeechLevel::plain);
                });
            // (In 반말 to the family, someone the child lives with tapped first is whom the child
            // talks to, when the predicate is not said of people or a thing tapped may be what it
            // is said of: 엄마 한약 쓰다 → 엄마, 한약이 써; 엄마 단추 떨어지다 → 엄마, 단추가
            // 떨어졌어; but 엄마 회사 가다 → 엄마가 회사에 가.)
            // (Not with the child's particle cards: 엄마 아기 만 안다 → 엄마가 아기만 안아.)
            // (Nor told what they are good at: 누나 노래 잘하다 → 누나는 노래를 잘해.)
            const bool family_first =
                i == 0 && noun.has(Flag::household) && !to_friend_ && !pred.has(Flag::ability) &&
                (!may_be_person(pred, Role::subject) ||
                 std::any_of(c.nouns.begin(), c.nouns.end(),
                             [&](int j) {
                                 return j != i && !card(j).is_a("person") &&
                                        !has_particle_card(j) &&
                                        role_names(frame, Role::subject, card(j));
                             })) &&
                std::none_of(cards_.begin(), cards_.end(),
                             [](const ResolvedCard& x) { return x.kind == Kind::particle; });
            const bool called_in_plain =
                i == first && addressed(noun) && !has_particle_card(i) &&
                (hurried || (options_.speech_level == SpeechLevel::plain &&
                             (question_ || c.want >= 0 || together_in(k) || family_first ||
                              (c.nouns.size() == 1 && object_names(frame, noun)))));
            // So is someone the child asks to go where children ask to go (flag need): 선생님
            // 화장실 가다 싶다 → 선생님, 화장실에 가고 싶어요 (as 선생님 화장실 does), not
            // 선생님이랑.
            const bool asked_to_go =
                i == first && addressed(noun) && !has_particle_card(i) && c.want >= 0 &&
                !together_in(k) && std::any_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
                    return j != i && card(j).has(Flag::need) && !has_particle_card(j);
                });
            // Someone greeted is called (안녕 친구 내일 보다 → 안녕, 친구, 내일 봐요).
            // (Not after an exclamation: 쉿 아기 자다 → 쉿, 아기가 자요.)
            const bool greeted = i > 0 && card(i - 1).kind == Kind::interjection &&
                                 !card(i - 1).has(Flag::exclaims) && noun.is_a("person") &&
                                 !noun.pronoun && !has_particle_card(i);
            if (called_in_plain || asked_to_go || greeted) {
                r = choice(Role::vocative, RoleSource::vocative);
                continue;
            }
            // A teacher or another elder the child does not live with, tapped first right before
            // the speaker, hears what the child did (선생님 나 퍼즐 다 하다 → 선생님, 저 퍼즐을 다
            // 했어요), unless the verb is one done to someone (형 나 때리다), or one that may be
            // and has nothing else to be done to before 다 (선생님 나 그림 다 그리다 → 선생님, 나
            // 그림을 다 그렸어요).
            const bool done_to_other =
                c.finished >= 0 && std::any_of(c.nouns.begin(), c.nouns.end(), [&](int n) {
                    return n != i && n != after && object_names(frame, card(n));
                });
            const bool told_teacher =
                i == first && after == i + 1 && card(after).has(Flag::speaker) &&
                card(after).has(Flag::topic) && !card(after).has(Flag::household) &&
                !has_particle_card(i) && !has_particle_card(after) &&
                (noun.has(Flag::title) || (noun.has(Flag::elder) && !noun.has(Flag::household))) &&
                pred.kind == Kind::verb && !pred.has(Flag::agent) && !pred.has(Flag::attitude) &&
                !pred.has(Flag::tends) && !pred.has(Flag::give) && !pred.has(Flag::humble) &&
                (!object_names(frame, noun) || done_to_other);
            if (told_teacher) told_first_ = i;
            // Someone the child lives with, tapped first before a thing and a verb said to draw
            // their eyes (flag shows: 보다), is called to look: 엄마 경찰차 보다 → 엄마, 경찰차를
            // 봐요. It may also tell what they look at: a guess, said. (Not what is watched, 아빠
            // 텔레비전 보다, nor someone looked after, 엄마 동생 보다, nor with 같이; an elder
            // outside the home is told of: 원장님이 벚꽃을 보세요.)
            if (i == first && addressed(noun) && noun.has(Flag::household) &&
                !has_particle_card(i) && pred.has(Flag::shows) && !together_in(k) &&
                s.card == c.predicate && structure_.clauses.size() == 1 && c.want < 0 &&
                c.give < 0 && c.negative < 0 && c.permission < 0 && c.finished < 0 && !question_ &&
                c.nouns.size() == 2 && c.nouns.back() != i) {
                const int seen = c.nouns.back();
                const ResolvedCard& x = card(seen);
                if (x.known && !x.is_a("person") && !x.is_a("media") && !x.is_a("activity") &&
                    x.verb != pred.label && !x.is_a("time") && !x.has(Flag::speaker) &&
                    !has_particle_card(seen)) {
                    r = choice(Role::vocative, RoleSource::vocative);
                    if (called_ < 0) called_ = i;  // (an elder is asked: 할머니, 꽃을 보세요)
                    warn_about("called_to_look",
                               "'%' was read as called to look at '%', not as who looks",
                               {noun.label, x.label}, i);
                    lower(Confidence::medium);
                    continue;
                }
            }
            if (i == first &&
                (s.request || s.wants || s.asks_called || told_how_i_feel || told_teacher ||
                 (c.permission >= 0 && addressed(noun)) || asked_yes_no(k, i)) &&
                noun.is_a("person") && !noun.pronoun && !has_particle_card(i) &&
                !before_together(i) && !(i + 1 < size() && card(i + 1).kind == Kind::choice) &&
                // (nor before a home that is theirs: 할머니 집 자다 되다 ? → 할머니 집에서 자도
                // 돼요?)
                !(is_noun(i + 1) && card(i + 1).has(Flag::home) && !noun.has(Flag::household)) &&
                // (a younger one is not asked in polite speech: 아기 깨우다 안 주다 → 아기를
                // 깨우지 마세요)
                // (nor with the 친구에게 card, which says a friend listens: 친구에게 안 아기
                // 깨우다 주다 → 아기를 깨우지 마)
                !(noun.has(Flag::younger) && (level_ == SpeechLevel::polite || to_friend_))) {
                r = choice(Role::vocative, RoleSource::vocative);  // 엄마, 도와주세요
                continue;
            }
            // Thanks or sorry to an elder or a family member tapped first is said to them: 할머니
            // 고맙다 → 할머니, 고마워요 (not 할머니한테, as if told to someone else); what for is
            // said bare (선생님 선물 고맙다 → 선생님, 선물 고마워요).
            const int then = s.main ? -1 : next_predicate(k);
            // (Anyone congratulated is called: 이모 결혼 축하하다 → 이모, 결혼 축하해요.)
            if (i == first && (thanks(pred) || (then >= 0 && thanks(card(then)))) &&
                (addressed(noun) || (pred.has(Flag::greets) && noun.is_a("person") &&
                                     !noun.pronoun && !noun.has(Flag::speaker))) &&
                !has_particle_card(i)) {
                r = choice(Role::vocative, RoleSource::vocative);
                take_role(Role::recipient);
                thanked_for_bare = true;
                continue;
            }
            if (has_particle_card(i) && claim_by_particle(i, frame, taken)) continue;
            // (not an animal the verb is done to and not done with: 말 같이 보다 가다 → 말을 같이
            // 보러 가자)
            if (before_together(i) && !seen_not_joined(frame, noun) &&
                (noun.is_a("person") || noun.is_a("animal") || !noun.known)) {
                r = choice(Role::companion, RoleSource::frame);
                for (std::size_t t = 0; t < frame.size(); ++t) {
                    if (frame[t].role == Role::companion && !taken[t]) {
                        taken[t] = true;
                        r.slot = static_cast<int>(t);
                        break;
                    }
                }
                continue;
            }
            // A clock time is when, never what the verb is about: 4시 끝나다 → 4시에 끝나요 (not
            // 4시가, as 방학이 끝나요).
            if (!noun.entry && noun.is_a("time") && noun.shape_flags.has(Flag::at) &&
                pred.kind == Kind::verb && !has_particle_card(i) &&
                !(is_noun(i - 1) && card(i - 1).is_a("time")) &&
                !(is_noun(i + 1) && card(i + 1).is_a("time"))) {
                r = Choice{Role::time, "에", RoleSource::time, -1, false, true};
                continue;
            }
            if (i == agent) {
                for (std::size_t t = 0; t < frame.size(); ++t) {
                    if (frame[t].role == Role::subject && !taken[t]) {
                        taken[t] = true;
                        r = choice(Role::subject, RoleSource::frame, static_cast<int>(t));
                        warn_about("guessed_agent", "'%' was taken for who does '%'",
                                   {noun.label, pred.lemma}, i);
                        lower(Confidence::medium);
                        break;
                    }
                }
                if (r.decided) continue;
            }
            rest.push_back(i);
        }

        std::vector<int> heads =
            fixed_phrases(rest, &pred, first, !s.speaker_oriented && !s.purpose && c.give < 0);
        // Runs of adjacent nouns of one class name one argument together: only the last takes a
        // slot.
        std::vector<int>& joined = lists.joined;
        joined.clear();
        for (std::size_t h = 0; h < heads.size(); ++h) {
            const int i = heads[h];
            // (The noun that carries the verb no card says is never joined to the next: its
            // word holds the verb, 비가 와요.)
            const bool joins_next =
                h + 1 < heads.size() && heads[h + 1] == next_noun(i) && i != s.carrier &&
                joinable(card(i)) && joinable(card(heads[h + 1])) &&
                same_class(card(i), card(heads[h + 1])) &&
                // (not when the frame tells them apart: 행주 컵 닦다 →
                // 행주로 컵을 닦아요, what it is done with and to)
                first_naming(frame, card(i)) == first_naming(frame, card(heads[h + 1])) &&
                // (what someone is or becomes: 엄마 의사 되다; what a thing becomes: 번데기 나비
                // 되다 → 번데기가 나비가 돼요)
                !card(heads[h + 1]).has(Flag::status) && !has_slot(frame, Role::complement) &&
                // (nor what is given and what for, before a verb of exchange, whose open slots are
                // both: 티켓 선물 바꾸다 → 티켓을 선물로 바꿔요)
                !(open_slot(frame, Role::object) && open_slot(frame, Role::direction)) &&
                !made_by(pred, card(heads[h + 1])) &&
                // (nor a material before what is made of it: 클레이 공 만들다 → 클레이로 공을)
                !(pred.has(Flag::makes) && card(i).is_a("material")) &&
                // (nor before a noun the child marked as where, with what or whom: 상자 가위 로
                // 열다 → 상자를 가위로 열어요; 사과 바나나 를 stays a pair)
                !(has_particle_card(heads[h + 1]) &&
                  !any_of_particles(card(heads[h + 1] + 1).label,
                                    {"을/를", "이/가", "은/는", "도", "만"})) &&
                // (nor a thing and the thing it is put on: 테이프 상자 붙이다 → 테이프를 상자에)
                !(card(heads[h + 1]).is_a("thing") && put_into(pred, i, heads[h + 1])) &&
                // (nor someone, then someone the child marked as only or also the one it is done
                // to: 엄마 아기 만 안다 → 엄마가 아기만 안아요)
                !(card(i).is_a("person") && !has_particle_card(i) &&
                  marked_done_to(heads[h + 1], frame)) &&
                // (nor two people before a verb done to someone, who does it and to whom: 엄마 아기
                // 우유 먹이다 → 엄마가 아기한테 우유를 먹여요, 형 동생 밀다 → 형이 동생을 밀어요)
                !(card(i).is_a("person") && card(heads[h + 1]).is_a("person") &&
                  !has_particle_card(i) && !s.implied && !pred.has(Flag::request) &&
                  (pred.has(Flag::tends) || pred.has(Flag::agent)));
            if (joins_next) {
                role(i) = choice(Role::coordinated, RoleSource::coordination);
                // Two of a kind are two things (사과 바나나 먹다); with more said around them, one
                // may be what the other is of or in (칠판 글씨, 엄마 아기 우유 먹이다).
                // (So are two the child did not tap side by side, which the arranging put
                // together: 물 주다 많이 안 되다 상추 is not 물이랑 상추.)
                // (So are two people before a verb with more than one slot for someone: 소개하다
                // 친구 선생님 is who introduces whom, not 친구랑 선생님을.)
                const auto person_slots = [&] {
                    return std::count_if(frame.begin(), frame.end(), [&](const Slot& slot) {
                        return slot_names(slot, card(i));
                    });
                };
                // (So are two of nature, a kind too wide to tell: 콩나물 햇빛 보다 is not
                // 콩나물이랑 햇빛을.)
                if (heads.size() > 2 || !tapped_together(i, heads[h + 1]) ||
                    only_nature_shared(card(i), card(heads[h + 1])) ||
                    (card(i).is_a("person") && card(heads[h + 1]).is_a("person") &&
                     person_slots() > 2))
                    guessed_pair(i, heads[h + 1]);
            } else {
                joined.push_back(i);
            }
        }
        // A person or an animal before a thing it may own, or an activity before a thing (축구 공),
        // names one thing when the first would otherwise have no slot that names it: 할아버지 안경
        // 없다 → 할아버지 안경이 없어요, but 엄마 사과 먹다 → 엄마가 사과를 먹어요.
        std::vector<int>& slots = lists.slots;
        place(pred, frame, taken, joined, slots);
        std::vector<int>& final_heads = lists.final_heads;
        final_heads.clear();
        bool merged = false;
        for (std::size_t h = 0; h < joined.size(); ++h) {
            const int i = joined[h];
            const bool next_head = h + 1 < joined.size() && joined[h + 1] == next_noun(i);
            // With an adjective of what things are like, an animal or a place may be owned as
            // well, and the owner may be the one that took the slot: 친구 강아지 귀엽다 → 친구
            // 강아지가 귀여워요.
            const bool described = next_head && describes_owned(pred, card(i), joined[h + 1]);
            if (next_head && (slots[h] < 0 || (described && slots[h + 1] < 0)) &&
                !card(i).has(Flag::topic)) {
                const ResolvedCard& a = card(i);
                const ResolvedCard& b = card(joined[h + 1]);
                // (A material is what is made with, not whose: 뱀 클레이 만들다 → 뱀을 클레이로;
                // nor is what an animal is put into: 게 양동이 넣다 → 게를 양동이에 넣어요)
                if (can_own(a) && (owned(b) || described) &&
                    !(pred.has(Flag::makes) && b.is_a("material")) &&
                    !(!a.is_a("person") && put_into(pred, i, joined[h + 1]))) {
                    // (In 반말, someone the child lives with, tapped first before how a thing is,
                    // is called: 누나 엿 달다 → 누나, 엿이 달아, not 누나 엿이.)
                    if (level_ == SpeechLevel::plain && i == 0 && a.has(Flag::household) &&
                        pred.kind == Kind::adjective) {
                        role(i) = choice(Role::vocative, RoleSource::vocative);
                    } else {
                        role(i) = choice(Role::possessor, RoleSource::possessive);
                        warn_about("possessive", "'%' was read as the owner of '%'",
                                   {a.label, b.label}, i);
                    }
                    merged = true;
                    continue;
                }
                if (may_narrow(a) && !coordinable(a, b) && !b.is_a("person") && !b.is_a("place") &&
                    !b.is_a("time") && !b.is_a("food")) {
                    role(i) = choice(Role::modifier, RoleSource::phrase);
                    merged = true;
                    continue;
                }
            }
            final_heads.push_back(i);
        }
        if (merged) place(pred, frame, taken, final_heads, slots);
        std::vector<int>& leftovers = lists.leftovers;
        leftovers.clear();
        for (std::size_t h = 0; h < final_heads.size(); ++h) {
            if (slots[h] >= 0) {
                taken[static_cast<std::size_t>(slots[h])] = true;
                role(final_heads[h]) = slot_choice(
                    k, frame, slots[h], s.implied ? RoleSource::implied : RoleSource::frame);
            } else {
                leftovers.push_back(final_heads[h]);
            }
        }
        for (int i : leftovers) leftover_role(k, i, frame, taken);
        // Two of the same thing, one after the other, are two of a list with the later one's
        // role: 빨간색 물감 파란색 물감 섞다 → 빨간색 물감이랑 파란색 물감을 섞어요 (not 물감으로).
        for (std::size_t h = 1; h < final_heads.size(); ++h) {
            const int a = final_heads[h - 1], b = final_heads[h];
            // (each with its own word before it, not a card tapped twice, nor one that carries
            // the verb: 동생 열 열)
            if (card(a).label != card(b).label || b == a + 1 || has_particle_card(a) ||
                has_particle_card(b) || role(a).role == Role::coordinated || a == s.carrier ||
                b == s.carrier || a == s.verb_noun || b == s.verb_noun)
                continue;
            if (role(b).role == Role::none) role(b) = role(a);  // (빨간색 컵 파란색 컵 있다)
            if (role(b).role != Role::none)
                role(a) = choice(Role::coordinated, RoleSource::coordination);
        }
        if (pred.has(Flag::puts)) put_where(k, frame);
        // A class one goes to is said bare, as one attends it: 4시에 태권도 가요 (not 태권도를
        // 가요); an outing, which says 가다 of itself, keeps 을: 소풍을 가요.
        if (pred.has(Flag::motion)) {
            for (int i : c.nouns) {
                if (role(i).role == Role::object && role(i).source == RoleSource::frame &&
                    card(i).is_a("activity") && card(i).verb != pred.lemma && !has_particle_card(i))
                    role(i).particle.clear();
            }
        }
        // (who feels it, with nothing felt about tapped in its part, is who: 동생이 무서워해요)
        if (const int who = slot_index(frame, Role::subject);
            s.feeler >= 0 && who >= 0 && role(s.feeler).role != Role::subject)
            role(s.feeler) = slot_choice(k, frame, who, RoleSource::frame);
        // Who feeds or waters is asked with 누구, never to whom (누구 나무 물 주다 → 누가 나무에
        // 물을 줘요?): the animal or the plant is given to.
        if (s.feeds) {
            for (int i : c.nouns) {
                if (card(i).has(Flag::wh) && card(i).is_a("person") && !has_particle_card(i) &&
                    role(i).role == Role::recipient)
                    role(i) = choice(Role::subject, RoleSource::frame);
            }
        }
        // A plant is given something (꽃 물 주다 → 꽃에 물을 줘요); alone, it is what is given
        // (꽃 주다 → 꽃 주세요). A place with nothing else made or drawn is what is (레고 집 만들다
        // → 레고로 집을 만들어요; 집 쿠키 만들다 → 집에서 쿠키를 만들어요), unless 뭐 asks what
        // (뭐 만들다 놀이터 → 놀이터에서 뭐 만들어요?).
        const Role in_place_of_object = pred.has(Flag::give)    ? Role::at
                                        : pred.has(Flag::makes) ? Role::place
                                                                : Role::none;
        const int object_slot = slot_index(frame, Role::object);
        if (in_place_of_object != Role::none && object_slot >= 0 &&
            std::none_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                return role(i).role == Role::object ||
                       (card(i).has(Flag::wh) && card(i).is_a("thing"));
            })) {
            const auto one = std::find_if(c.nouns.begin(), c.nouns.end(), [&](int i) {
                return role(i).role == in_place_of_object && !has_particle_card(i);
            });  // one thing (집 학교 그리다: the first)
            if (one != c.nouns.end())
                role(*one) = slot_choice(k, frame, object_slot, RoleSource::frame);
        }
        for (int i : c.nouns) {
            // (so is what someone is congratulated on, whoever is called: 생일 축하해요)
            // (and what a thing one thanks for is, said bare too: 선물 고마워요)
            const bool thing_thanked = pred.has(Flag::favour) && !card(i).is_a("person") &&
                                       !card(i).is_a("animal") && !card(i).pronoun;
            if ((((thanked_for_bare || thing_thanked) && role(i).role == Role::subject) ||
                 (pred.has(Flag::greets) && role(i).role == Role::object)) &&
                !has_particle_card(i))
                role(i).particle.clear();
            // Asking after someone's part or illness, it is the topic: 다리는 괜찮아요? (flag
            // checks)
            if (role(i).role == Role::subject && pred.has(Flag::checks) && question_ &&
                !has_particle_card(i) && !card(i).pronoun)
                role(i) = choice(Role::topic, RoleSource::frame);
            // Here and there, gone to, are said bare (여기 와요, 거기 가요), as a teacher models
            // it; where one is, sits or does something keeps its particle (여기에 앉아요, 여기서
            // 놀아요), and so does 어디 (어디에 가요?).
            if (role(i).role == Role::destination && pred.has(Flag::motion) && card(i).pronoun &&
                card(i).is_a("place") && !card(i).has(Flag::wh) && !has_particle_card(i))
                role(i).particle.clear();
        }
        question_topic(k);
        if (s.made_told) made_by_whom(c);
        if (!pred.entry && !final_heads.empty()) {
            warn_about(
                "no_frame",
                "'%' has no case frame in the lexicon: its nouns took the roles most verbs give",
                {pred.lemma}, s.card);
            lower(Confidence::medium);
        }
        // (물고기 밥 주다 may ask for it too: 물고기 밥 주세요.)
        if (s.feeds && !s.request && s.main) {
            warn_about("request_or_giving", "'%' may be asked, or given to", {pred.lemma}, s.card);
            lower(Confidence::medium);
        }
        // 할머니 주다 사과: asking (할머니, 사과 주세요) or giving (할머니께 사과를 드려요)?
        if (s.request && pred.has(Flag::give) && c.nouns.size() >= 2) {
            for (int i : c.nouns) {
                if (role(i).role == Role::vocative) {
                    warn_about("request_or_giving", "'%' may be asked, or given to",
                               {card(i).label}, i);
                    lower(Confidence::medium);
                }
            }
        }
    }

    // In a question about someone, the one it is about is the topic: 아빠 언제 오다 →
    // 아빠는 언제 와요?, 엄마 뭐 먹다 → 엄마는 뭐 먹어요? (the question word is not the subject).
    void question_topic(int k) {
        const Clause& c = clause(k);
        // What is done to, said before 누가, is what the question is about: 이 그림은 누가
        // 그렸어요? (not 이 그림을).
        for (int i : c.nouns) {
            Choice& r = role(i);
            if (r.role != Role::object || has_particle_card(i) || card(i).is_a("person") ||
                card(i).is_a("animal") || card(i).has(Flag::wh))
                continue;
            for (int j : c.nouns) {
                if (j > i && card(j).has(Flag::wh) && role(j).role == Role::subject) {
                    r = Choice{
                        Role::topic, particle_of(Role::topic), RoleSource::topic, r.slot, false,
                        true};
                    break;
                }
            }
        }
        bool wh_other = false;
        for (int i : c.nouns)
            wh_other = wh_other || (card(i).has(Flag::wh) && role(i).role != Role::subject);
        for (int i : c.adverbs) wh_other = wh_other || card(i).has(Flag::wh);
        if (!wh_other) return;
        for (int i : c.nouns) {
            Choice& r = role(i);
            // (A thing asked about stays the subject: 버스가 왜 안 와요?, 공이 어디 있어요?)
            if (r.role == Role::subject && !card(i).has(Flag::wh) && !has_particle_card(i) &&
                r.source != RoleSource::particle_card &&
                (card(i).is_a("person") || card(i).is_a("animal"))) {
                r = Choice{Role::topic, particle_of(Role::topic), RoleSource::topic, r.slot, false,
                           true};
            }
        }
    }

    // How much a noun is like where a thing is put or taken from (flag puts), for put_where(): a
    // place, furniture
    // or a part things get into, then anything else the verb's 에 slot names, the earlier its class
    // there the more (붙이다 at:body,…,thing: 다리 before 밴드; 넣다 at:thing,…,body: 상자 before
    // 손), then a food that takes fillings (flag filled); 0 for none.
    static int put_rank(const std::vector<Slot>& frame, Role where, const ResolvedCard& noun) {
        for (const Slot& slot : frame) {
            if (slot.role != where) continue;
            for (std::size_t c = 0; c < slot.classes.size(); ++c) {
                if (!noun.is_a(slot.classes[c])) continue;
                if (noun.is_a("place") || noun.is_a("furniture") || noun.has(Flag::inside))
                    return 100;
                // (a food that takes fillings before another the slot names: 상추 고기 싸다 →
                // 상추에 고기를 싸요)
                if (noun.has(Flag::filled)) return 99;
                return 50 - static_cast<int>(c);
            }
        }
        return noun.has(Flag::filled) ? 1 : 0;
    }

    // Of two things put one into or onto the other, with no particle card on either, the one more
    // like a place is where, and the later one where they are alike: 넣다 오이 샌드위치 →
    // 샌드위치에 오이를 넣어요, 돈 입 넣다 → 돈을 입에 넣어요, 테이프 상자 붙이다 → 상자에 테이프를
    // 붙여요 (a guess, said), but 사과 바나나 넣다 stays two things put.
    void put_where(int k, const std::vector<Slot>& frame) {
        // (where it is taken from, for a verb of taking out: 빼다 피클 햄버거 → 햄버거에서 피클을)
        const Role where_role = has_slot(frame, Role::at) ? Role::at : Role::source;
        const int at = slot_index(frame, where_role), object = slot_index(frame, Role::object);
        if (at < 0 || object < 0) return;
        int first = -1, second = -1;
        for (int i : clause(k).nouns) {
            const Role r = role(i).role;
            if (r != Role::object && r != where_role && r != Role::coordinated) continue;
            if (has_particle_card(i) || card(i).is_a("person") || card(i).has(Flag::wh) ||
                (card(i).pronoun && card(i).is_a("place")) || second >= 0)
                return;
            (first < 0 ? first : second) = i;
        }
        // One thing alone, no more like a place than any thing (not a place, furniture, a part
        // things get into or a food that takes fillings), is what is put: 넣다 건전지 아빠 주다 →
        // 아빠, 건전지를 넣어 주세요 (not 건전지에).
        if (second < 0) {
            // (the only thing in the sentence so far: 뭐 넣다 상자 asks what goes in, and 스티커
            // 사다 그리고 필통 붙이다 puts the sticker on; a thing of a later part is its own,
            // 동전 넣다 그리고 버튼 누르다 → 동전을 넣고)
            bool only = first >= 0;
            for (int i = 0; i < size() && only; ++i) {
                const ResolvedCard& x = card(i);
                if (x.kind == Kind::noun && i != first && !x.is_a("person") && !x.is_a("time") &&
                    clause_of(i) <= static_cast<int>(k))
                    only = false;
            }
            if (only && role(first).role == where_role &&
                put_rank(frame, where_role, card(first)) < 100 && !card(first).has(Flag::filled) &&
                !card(first).pronoun) {
                role(first) = slot_choice(k, frame, object, RoleSource::frame);
                warn_about("put_where", "'%' was read as what is put, not where: a guess",
                           {card(first).label}, first);
                lower(Confidence::medium);
            } else if (only && role(first).role == where_role && card(first).is_a("furniture") &&
                       !card(first).is_a("place") && !card(first).has(Flag::inside)) {
                // (Furniture alone stays where, but may be what is put or lifted: 의자 올리다 may
                // be 의자를 올려요, chairs put up on the desks. A guess, said.)
                warn_about("put_where", "'%' was read as where things are put: a guess",
                           {card(first).label}, first);
                lower(Confidence::medium);
            }
            return;
        }
        const int a = put_rank(frame, where_role, card(first)),
                  b = put_rank(frame, where_role, card(second));
        if (std::max(a, b) == 0) return;
        const int where = a > b ? first : second;
        const int what = where == first ? second : first;
        if (role(where).role == where_role && role(what).role == Role::object) return;
        role(where) = slot_choice(k, frame, at, RoleSource::frame);
        role(what) = slot_choice(k, frame, object, RoleSource::frame);
        if (a == b) {
            warn_about("put_where", "'%' was read as where '%' is put: a guess",
                       {card(where).label, card(what).label}, where);
            lower(Confidence::medium);
        }
    }

    // Each head's slot, or -1, written into `slots`.
    void place(const ResolvedCard& pred, const std::vector<Slot>& frame,
               const std::vector<char>& taken, const std::vector<int>& heads,
               std::vector<int>& slots) const {
        std::vector<SlotSearch::Head>& nouns = lists_.role.searched;
        nouns.clear();
        // (Given, the speaker is who gives only when someone else is there to be given to: 나 도
        // 친구 과자 주다 → 나도 친구한테 과자를 줘요, but 나 도 가위 주다 → 나도 가위 주세요.)
        const bool someone_given = std::count_if(heads.begin(), heads.end(), [&](int i) {
                                       return card(i).is_a("person") || card(i).is_a("animal");
                                   }) > 1;
        for (int i : heads) {
            // (and someone the child marked with 도 or 만, who does it too or alone: 친구 도 놀다
            // → 친구도 놀아요, not 친구랑)
            const bool someone_also =
                has_particle_card(i) && (card(i).is_a("person") || card(i).is_a("animal")) &&
                any_of_particles(card(i + 1).label, {"도", "만"}) &&
                (!pred.has(Flag::give) || (card(i).has(Flag::speaker) && someone_given));
            const bool owned =
                i > 0 && role_[static_cast<std::size_t>(i - 1)].role == Role::possessor;
            nouns.push_back(SlotSearch::Head{
                &card(i),
                static_cast<char>((topic_card(i) || someone_also ? SlotSearch::kTopic : 0) |
                                  (owned ? SlotSearch::kOwned : 0)),
                false});
        }
        SlotSearch(frame, taken, nouns, lists_.role.memo, pred).run(slots);
    }

    // Marks taken the first free slot that names the noun's class, or else the first free open one;
    // a free open slot of role `first` before either.
    // Takes the slot a noun said bare stands for (`first`'s open slot, else one naming it, else
    // an open one) and returns its index, or -1.
    static int claim_slot(const ResolvedCard& noun, const std::vector<Slot>& frame,
                          std::vector<char>& taken, Role first = Role::none) {
        for (std::size_t t = 0; t < frame.size(); ++t) {
            if (!taken[t] && frame[t].role == first && frame[t].open) {
                taken[t] = true;
                return static_cast<int>(t);
            }
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t t = 0; t < frame.size(); ++t) {
                if (taken[t] || !(pass == 0 ? slot_names(frame[t], noun) : frame[t].open)) continue;
                taken[t] = true;
                return static_cast<int>(t);
            }
        }
        return -1;
    }

    bool topic_taken() const {
        return std::any_of(role_.begin(), role_.end(),
                           [](const Choice& c) { return c.decided && c.role == Role::topic; });
    }

    Choice slot_choice(int k, const std::vector<Slot>& frame, int s, RoleSource source) const {
        const Slot& slot = frame[static_cast<std::size_t>(s)];
        Choice c = choice(slot.role, source, s);
        // The object of a verb the child did not tap stays bare, as said: 사과 싶다 → 사과 먹고
        // 싶어요.
        if (source == RoleSource::implied && slot.role == Role::object) c.particle.clear();
        // Asking for a thing names it bare: 우유 주세요 (not asking to whom: 사탕을 누구한테
        // 줄래요?).
        if (states_[static_cast<std::size_t>(k)].request && slot.role == Role::object &&
            states_[static_cast<std::size_t>(k)].pred.has(Flag::give) &&
            !asks_in(structure_.clauses[static_cast<std::size_t>(k)])) {
            c.particle.clear();
        }
        return c;
    }

    void leftover_role(int k, int i, const std::vector<Slot>& frame, std::vector<char>& taken) {
        const ResolvedCard& noun = card(i);
        const ClauseState& s = state(k);
        // (A time that is also a thing, counted after it, is the thing: 밤 5 개 줍다 → 밤을 5개
        // 주워요, chestnuts.)
        const bool counted_thing =
            noun.classes.size() > 1 && is_counter(i + 2) && !card(i + 2).is_a("time");
        // An event that is also a place (졸업식, 결혼식) is where what is done at it happens:
        // 졸업식에서 울어요 (going to it is a destination: 졸업식에 가요).
        // (What one goes to do there is done where one goes: 아기 보러 돌잔치에 가요.)
        if (noun.is_a("time") && noun.has(Flag::venue) && s.pred.kind == Kind::verb &&
            !s.pred.has(Flag::motion) && !s.pred.has(Flag::exp) && !s.purpose && !counted_thing) {
            role(i) =
                Choice{Role::place, particle_of(Role::place), RoleSource::time, -1, false, true};
            return;
        }
        if (noun.is_a("time") && !counted_thing) {
            // (counted, a time says how long, with no 에: 몇 밤 자요?, 두 밤 자요)
            const bool counted = is_number(i - 1) && !noun.has(Flag::counter);
            role(i) = Choice{
                Role::time, noun.has(Flag::at) && !counted ? "에" : "", RoleSource::time, -1, false,
                true};  // 4시에, 오늘
            return;
        }
        // 어디 asks where something is done, never what: 어디 줍다 → 어디에서 주워요? (not
        // 어디를; with how one is, it asks which part: 어디가 아프세요?)
        if (noun.is_a("place") && noun.has(Flag::wh) && noun.pronoun && s.pred.kind == Kind::verb) {
            role(i) = adjunct(k, noun, frame, taken);
            return;
        }
        int slot = -1;
        for (std::size_t t = 0; t < frame.size() && slot < 0; ++t) {
            if (!taken[t] && frame[t].open) slot = static_cast<int>(t);
        }
        if (slot >= 0) {
            taken[static_cast<std::size_t>(slot)] = true;
            role(i) = slot_choice(k, frame, slot, RoleSource::open);
            // A word the lexicon does not know takes the open slot: that is what it is for. A known
            // word of a class the slot does not name (책 before 먹다) is less sure.
            if (unknown(i) || !frame[static_cast<std::size_t>(slot)].classes.empty()) {
                if (!unknown(i))  // (an unknown word is named by unknown_word)
                    warn_about("open_slot", "'%' took a role '%' gives no word of its kind",
                               {noun.label, s.pred.lemma}, i);
                lower(Confidence::medium);
            }
            return;
        }
        // A thing no slot names, where someone took the open object slot and the subject is
        // free: who does it, to that thing (형 마이크 잡다 → 형이 마이크를 잡아요, not 형을
        // 마이크로).
        if (open_object_to_thing(k, i, frame, taken)) return;
        // No slot left: join the noun before it when the two can be one argument.
        const int before = i - 1;
        if (is_noun(before) && clause_of(before) == k && role(before).slot >= 0 &&
            before != state(k).carrier && !has_particle_card(before) && joinable(card(before)) &&
            joinable(noun) && coordinable(card(before), noun)) {
            role(i) = role(before);
            role(i).source = RoleSource::coordination;
            role(before) = choice(Role::coordinated, RoleSource::coordination);
            // (two things to eat or drink are two: 빵 우유 사다 → 빵이랑 우유를 사요)
            const auto edible = [](const ResolvedCard& c) {
                return c.is_a("food") || c.is_a("drink");
            };
            if (!edible(card(before)) || !edible(noun) || !tapped_together(before, i))
                guessed_pair(before, i);
            return;
        }
        // A thing left over, in a question about what, where the verb has a free slot of where
        // (at): it is where, a guess (양념 뭐 넣다 → 양념에 뭐 넣어요?, 트럭 뭐 있다 → 트럭에 뭐
        // 있어요?).
        const Clause& c = clause(k);
        const bool asks_what = std::any_of(c.nouns.begin(), c.nouns.end(), [&](int j) {
            return card(j).has(Flag::wh) && !card(j).is_a("place") && !card(j).is_a("time") &&
                   !card(j).is_a("person");
        });
        if (asks_what && !noun.is_a("person") && !noun.is_a("animal") && !noun.is_a("time") &&
            !noun.pronoun && noun.known && !has_particle_card(i) && !is_number(i) &&
            !is_counter(i)) {
            for (std::size_t t = 0; t < frame.size(); ++t) {
                if (taken[t] || frame[t].role != Role::at) continue;
                taken[t] = true;
                role(i) = slot_choice(k, frame, static_cast<int>(t), RoleSource::open);
                warn_about("open_slot", "'%' took a role '%' gives no word of its kind",
                           {noun.label, s.pred.lemma}, i);
                lower(Confidence::medium);
                return;
            }
        }
        // A noun the child marked with 은/는 that no slot takes is what the sentence is about, its
        // topic: 형 은 키 가 크다 → 형은 키가 커요, 토끼 는 귀 가 길다 → 토끼는 귀가 길어요.
        if (has_particle_card(i) && any_of_particles(card(i + 1).label, {"은/는"})) {
            role(i) =
                Choice{Role::topic, card(i + 1).label, RoleSource::particle_card, -1, true, true};
            return;
        }
        // Someone left over right before a thing the child marked as what is done to it owns
        // it: 할머니 가 아기 옷 을 사다 → 할머니가 아기 옷을 사세요 (not 아기랑).
        if (can_own(noun) && !noun.pronoun && !has_particle_card(i) && is_noun(i + 1) &&
            has_particle_card(i + 1) && any_of_particles(card(i + 2).label, {"을/를"}) &&
            owned(card(i + 1)) && !card(i + 1).is_a("person") && !card(i + 1).is_a("animal")) {
            role(i) = choice(Role::possessor, RoleSource::possessive);
            return;
        }
        // Nothing in the frame: an adjunct any verb can take, by the noun's class — a place is
        // where it happens (병원에서), a direction where it goes (오른쪽으로), a tool what it is
        // done with (아이패드로), a vehicle how one goes (버스로) or else where (버스에서); a
        // person is the subject if that is free. Anything else stands bare: no particle is less
        // wrong than a wrong one.
        role(i) = adjunct(k, noun, frame, taken);
        warn_about("no_role", "the rules found no sure role for '%' with '%'",
                   {noun.label, s.pred.lemma}, i);
        lower(Confidence::low);
    }

    bool open_object_to_thing(int k, int i, const std::vector<Slot>& frame,
                              std::vector<char>& taken) {
        const ResolvedCard& noun = card(i);
        if (!noun.known || noun.pronoun || noun.is_a("person") || noun.is_a("animal") ||
            noun.is_a("time") || noun.is_a("place") || noun.has(Flag::wh) || has_particle_card(i) ||
            any_names(frame, noun))
            return false;
        int object = -1, subject = -1;
        for (std::size_t t = 0; t < frame.size(); ++t) {
            if (frame[t].role == Role::object && frame[t].open) object = static_cast<int>(t);
            if (frame[t].role == Role::subject && !taken[t]) subject = static_cast<int>(t);
        }
        if (object < 0 || subject < 0) return false;
        for (int j : clause(k).nouns) {
            if (role(j).role != Role::object || role(j).slot != object || has_particle_card(j) ||
                !(card(j).is_a("person") || card(j).is_a("animal")) ||
                !slot_names(frame[static_cast<std::size_t>(subject)], card(j)))
                continue;
            taken[static_cast<std::size_t>(subject)] = true;
            role(j) = slot_choice(k, frame, subject, RoleSource::frame);
            role(i) = slot_choice(k, frame, object, RoleSource::open);
            warn_about("open_slot", "'%' took a role '%' gives no word of its kind",
                       {noun.label, state(k).pred.lemma}, i);
            lower(Confidence::medium);
            return true;
        }
        return false;
    }

    Choice adjunct(int k, const ResolvedCard& noun, const std::vector<Slot>& frame,
                   std::vector<char>& taken) const {
        const ResolvedCard& pred = states_[static_cast<std::size_t>(k)].pred;
        const bool action = pred.kind == Kind::verb && !pred.has(Flag::exp);
        if (noun.is_a("direction") && action) return choice(Role::direction, RoleSource::fallback);
        if (noun.is_a("place") || noun.is_a("direction")) {
            return action ? choice(Role::place, RoleSource::fallback)
                          : choice(Role::at, RoleSource::fallback);
        }
        // (a vehicle is how one goes, and where anything else is done: 버스에서 노래를 불러요)
        if (noun.is_a("vehicle") && action && !pred.has(Flag::motion))
            return choice(Role::place, RoleSource::fallback);
        if ((noun.is_a("tool") || noun.is_a("vehicle")) && action)
            return choice(Role::instrument, RoleSource::fallback);
        if (noun.is_a("person") || noun.is_a("animal")) {
            for (std::size_t t = 0; t < frame.size(); ++t) {
                if (!taken[t] && frame[t].role == Role::subject && !topic_in(k) &&
                    !states_[static_cast<std::size_t>(k)].speaker_oriented) {
                    taken[t] = true;
                    return choice(Role::subject, RoleSource::fallback, static_cast<int>(t));
                }
            }
            if (action) return choice(Role::companion, RoleSource::fallback);
        }
        return Choice{Role::none, "", RoleSource::fallback, -1, false, true};
    }

    bool topic_in(int k) const {
        for (int i : clause(k).nouns) {
            if (role_[static_cast<std::size_t>(i)].decided &&
                role_[static_cast<std::size_t>(i)].role == Role::topic)
                return true;
        }
        return false;
    }

    Choice copula_role(int k, int i, int first) {
        const Clause& c = clause(k);
        int complement = -1;
        for (int n : c.nouns) {
            if (n < c.predicate) complement = n;
        }
        if (i == complement) {
            const bool negative = state(k).pred.lemma == "아니다" || c.negative >= 0;
            return Choice{
                Role::complement, negative ? "이/가" : "", RoleSource::copula, -1, false, true};
        }
        if (i == first) return choice(Role::topic, RoleSource::topic);
        // Someone right before the thing it is (not) is whose it is: 이거 나 베개 아니다 → 이거 내
        // 베개가 아니에요.
        if (complement >= 0 && next_noun(i) == complement && can_own(card(i)) &&
            owned(card(complement)) && !has_particle_card(i)) {
            warn_about("possessive", "'%' was read as the owner of '%'",
                       {card(i).label, card(complement).label}, i);
            return choice(Role::possessor, RoleSource::possessive);
        }
        return Choice{Role::subject, "이/가", RoleSource::copula, -1, false, true};
    }

    // A sentence of nouns only: a question word or a noun after a pointing word takes the copula
    // (저거 뭐 → 저거 뭐예요?; 이거 사과 → 이거 사과예요), a question word alone takes 요
    // (어디요?); otherwise the nouns stand as they are, one-word requests or lists (물; 사과랑
    // 바나나). A sentence of nouns only (docs/design.md, "Sentences without a verb"). The phrase
    // rules hold as in any sentence (내 가방, 빨간색 컵, 사과랑 바나나); then what the nouns say
    // decides:
    //   a question word last takes the copula (저거 뭐예요?, 이름이 뭐예요?, 오늘 무슨
    //   요일이에요?),
    //     어디 asks where someone is (엄마는 어디 있어요?), and alone a question word takes 요
    //     (어디요?) or the copula (뭐예요?, 얼마예요?);
    //   a pointing word, or someone before what they are (의사, 학생), or a day before a day, makes
    //   a
    //     copula sentence (이거 사과예요, 아빠는 의사예요, 오늘 생일이에요), and so does an age or
    //     a count about someone (나는 5살이에요) and an owned thing (내 차례예요);
    //   a choice, a thing alone and a count of things take 요 (물 아니면 우유요?, 물이요, 사과
    //   3개요); anything else stays as the child said it, and the confidence says so.
    void nominal_roles(int k, const std::vector<int>& open, int first) {
        ClauseState& s = state(k);
        // How something is done, with no verb to say what: 엄마 빨리, 동생 신발 거꾸로 (not a
        // question word, 왜요?, nor 다 asking about all of it, 이거 다 얼마예요?).
        const Clause& c = clause(k);
        const bool asks = asks_in(c);
        for (int a : c.adverbs) {
            if (asks || card(a).has(Flag::wh)) continue;
            warn_about("adverb_without_verb",
                       "'%' says how something is done, but no verb says what", {card(a).label}, a);
            lower(Confidence::low);
        }
        for (int i : open) role(i) = Choice{Role::none, "", RoleSource::fallback, -1, false, true};
        // Someone called, then a question word alone, asks them: 엄마 왜 → 엄마, 왜요?
        if (open.size() == 1 && c.nouns.size() == 1 && addressed(card(open[0])) &&
            !has_particle_card(open[0]) &&
            std::any_of(c.adverbs.begin(), c.adverbs.end(),
                        [&](int a) { return card(a).has(Flag::wh); })) {
            role(open[0]) = choice(Role::vocative, RoleSource::vocative);
            s.nominal_heads.clear();
            return;
        }
        // (someone called, 엄마 엄마 전화: 엄마, 전화요; what is said to them is said alone)
        if (called_ >= 0 && std::find(open.begin(), open.end(), called_) != open.end()) {
            role(called_) = choice(Role::vocative, RoleSource::vocative);
            std::vector<int> others;
            for (int i : open)
                if (i != called_) others.push_back(i);
            if (others.empty()) return;
            nominal_roles(k, others, first == called_ ? -1 : first);
            if (s.shape == Nominal::bare || s.shape == Nominal::copula) s.shape = Nominal::yo;
            return;
        }
        std::vector<int> heads = fixed_phrases(open, nullptr, first);
        // Someone, a thing and how many of it, with no verb: what they have (나 충치 둘 → 나는
        // 충치가 둘 있어요; 형 메달 2 개 → 형은 메달이 2개 있어요), not 내 충치는 둘이에요. (An age
        // is what someone is: 나 5 살 → 나는 5살이에요.)
        if (heads.size() == 3 && !asks) {
            const int who = heads[0];
            const int what = heads[1];
            const int many = heads[2];
            const bool how_many =
                (is_counter(many) && !card(many).has(Flag::status) && !card(many).is_a("time")) ||
                (is_number(many) && card(many).classes.empty());
            if (how_many && what == who + 1 && can_own(card(who)) && !card(who).has(Flag::wh) &&
                !card(what).is_a("person") && !card(what).is_a("time") &&
                !card(what).is_a("place") && card(what).known && !card(what).pronoun &&
                // (not a test and its score: 나 받아쓰기 100 점 is not 받아쓰기가 100점 있어요)
                !card(what).is_a("activity") && card(many).verb.empty() &&
                !has_particle_card(who) && !has_particle_card(what) && !has_particle_card(many)) {
                role(who) = choice(Role::topic, RoleSource::topic);
                role(what) = Choice{Role::subject, "이/가", RoleSource::copula, -1, false, true};
                role(many) = Choice{Role::none, "", RoleSource::copula, -1, false, true};
                s.shape = Nominal::has;
                s.nominal_heads = heads;
                return;
            }
        }
        // So does someone's body part and how many of it: 개구리 다리 4 개 → 개구리는 다리가
        // 4개 있어요 (not 개구리 다리 4개요: no one asks for a frog's legs).
        if (heads.size() == 2 && !asks && heads[0] > 0 && card(heads[0]).is_a("body") &&
            role(heads[0] - 1).role == Role::possessor && can_own(card(heads[0] - 1)) &&
            !card(heads[0] - 1).pronoun && is_counter(heads[1]) &&
            !card(heads[1]).has(Flag::status) && !card(heads[1]).is_a("time") &&
            !has_particle_card(heads[0]) && !has_particle_card(heads[1])) {
            const int who = heads[0] - 1;
            role(who) = choice(Role::topic, RoleSource::topic);
            role(heads[0]) = Choice{Role::subject, "이/가", RoleSource::copula, -1, false, true};
            role(heads[1]) = Choice{Role::none, "", RoleSource::copula, -1, false, true};
            s.shape = Nominal::has;
            s.nominal_heads = {who, heads[0], heads[1]};
            return;
        }
        // Animals and how many, with no verb: how many there are (고양이 마리 둘 → 고양이가 두
        // 마리 있어요), not a fragment; no one asks for an animal by its number.
        if (heads.size() == 2 && !asks && card(heads[0]).is_a("animal") &&
            card(heads[0]).kind == Kind::noun && !is_number(heads[0]) && !is_counter(heads[0]) &&
            is_counter(heads[1]) && heads[1] > heads[0] && !card(heads[1] - 1).has(Flag::wh) &&
            !card(heads[1]).has(Flag::status) && !card(heads[1]).is_a("time") &&
            !has_particle_card(heads[0]) && !has_particle_card(heads[1])) {
            role(heads[0]) = Choice{Role::subject, "이/가", RoleSource::copula, -1, false, true};
            role(heads[1]) = Choice{Role::none, "", RoleSource::copula, -1, false, true};
            s.shape = Nominal::has;
            s.nominal_heads = heads;
            warn_about("implied_verb", "no verb was tapped: '%' was counted as there (있다)",
                       {card(heads[0]).label}, heads[0]);
            lower(Confidence::medium);
            return;
        }
        std::vector<int> rest;
        for (std::size_t h = 0; h < heads.size(); ++h) {
            const int i = heads[h];
            const int next =
                h + 1 < heads.size() && heads[h + 1] == next_noun(i) ? heads[h + 1] : -1;
            const bool whose = card(i).has(Flag::wh) && card(i).is_a("person");  // 누구 인형
            // (Someone's day too: 친구 생일 → 친구 생일이에요.)
            const bool day = next >= 0 && card(next).is_a("time") && card(next).entry &&
                             !card(next).has(Flag::bare);
            // (and someone's room or home, with no verb: 나 방 어디 → 내 방은 어디예요?)
            if (next >= 0 && !has_particle_card(i) && (can_own(card(i)) || whose) &&
                (((owned(card(next)) || day || card(next).has(Flag::home) ||
                   card(next).has(Flag::someones)) &&
                  !card(next).has(Flag::status)) ||
                 ours(i, next, true))) {
                role(i) = choice(Role::possessor, RoleSource::possessive);  // 내 가방, 엄마 가방
                continue;
            }
            // (Joined by the child's own 하고 or 랑, any two things are: 딸기 하고 우유.)
            const bool joined = has_particle_card(i) && h + 1 < heads.size() &&
                                heads[h + 1] == i + 2 &&
                                any_of_particles(card(i + 1).label, {"와/과", "하고", "이랑/랑"});
            const int with = joined ? i + 2 : next;
            // (not a body part and what got on it: 눈 모래 → 눈에 모래가 들어갔어요; nor a thing
            // and a hole in it, flag flaw: 상자에 구멍이 있어요)
            if (with >= 0 && joinable(card(i)) && joinable(card(with)) &&
                ((same_class(card(i), card(with)) &&
                  card(i).has(Flag::flaw) == card(with).has(Flag::flaw)) ||
                 joined) &&
                !card(with).has(Flag::status) &&
                !(card(with).has(Flag::stains) && card(i).is_a("body")) &&
                // (nor a meal and the food it is: 오늘 급식 카레 → 오늘 급식은 카레예요)
                !(card(i).has(Flag::menu) && card(with).is_a("food")) &&
                // (nor a container and a thing in it: 투표함 종이, below)
                (joined || !contains(card(i), card(with)))) {
                role(i) = choice(Role::coordinated, RoleSource::coordination);
                if (!joined && only_nature_shared(card(i), card(with))) guessed_pair(i, with);
                continue;
            }
            rest.push_back(i);
        }
        s.nominal_heads = rest;
        const auto possessed = [&](int i) {
            return i > 0 && is_noun(i - 1) && role(i - 1).role == Role::possessor;
        };
        if (rest.empty()) return;
        // 왜 or 어떻게 asks of something happening, and no verb says what: 왜 선인장 가시 may be
        // 선인장은 왜 가시가 있어요?, which no rule can know.
        for (int a : clause(k).adverbs) {
            if (card(a).has(Flag::wh)) {
                warn_about("no_verb", "'%' asks why or how, and no verb says of what",
                           {card(a).label}, a);
                lower(Confidence::low);
            }
        }
        const int last = rest.back();
        const ResolvedCard& tail = card(last);
        const int front = rest.front();
        const bool choice_made =
            std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(),
                        [&](int i) { return i + 1 < size() && card(i + 1).kind == Kind::choice; });
        const bool count = is_counter(last) || (is_number(last) && rest.size() == 1);
        // A count of things (사과 3 개) against an age or a count about someone (나 5 살).
        const bool counted = count && is_noun(last - 2) && !is_number(last - 2) &&
                             clause_of(last - 2) == k && !card(last - 2).is_a("person") &&
                             !card(last - 2).has(Flag::topic);
        const auto topic_or_bare = [&](int i) {
            // (an event held somewhere is what is told of: 졸업식은 2시예요)
            if ((card(i).is_a("time") && !card(i).has(Flag::venue)) ||
                (card(i).pronoun && !card(i).has(Flag::topic))) {
                role(i) = Choice{Role::none, "", RoleSource::topic, -1, false, true};  // 오늘, 이거
            } else {
                role(i) = choice(Role::topic, RoleSource::topic);
            }
        };
        // Where and what is there or got there, with no verb (사촌 집에 강아지가 있어요, 손에
        // 클레이가 묻었어요): the front is where, the last what; the verb comes with `shape`.
        const auto said_where = [&](Nominal shape, std::string_view warning) {
            s.shape = shape;
            role(front) = choice(Role::at, RoleSource::copula);
            // (the subject's particle is said inside its word, before the verb)
            role(last) = Choice{Role::subject, "", RoleSource::copula, -1, false, true};
            warn_about("implied_verb", warning, {tail.label, card(front).label}, last);
            lower(Confidence::medium);
        };
        if (has_particle_card(last)) {
            s.shape = Nominal::yo_after_particle;  // 나 도 → 나도요
        } else if (rest.size() >= 2 && std::any_of(rest.begin(), rest.end() - 1, [&](int i) {
                       // What a noun the child marked as the topic is: a day for a day, who a
                       // person is (not 나 는 사과, which asks for one).
                       const bool is_what = (card(i).is_a("time") && tail.is_a("time")) ||
                                            (card(i).is_a("person") && tail.is_a("person"));
                       return has_particle_card(i) && is_what &&
                              any_of_particles(card(i + 1).label, {"은/는"});
                   })) {
            s.shape = Nominal::copula;  // 내일 은 토요일 → 내일은 토요일이에요
        } else if (choice_made) {
            // (A choice asked about a thing named before it says what that is: 산타 선물 로봇
            // 아니면 인형 → 산타 선물 로봇 아니면 인형이에요?; about someone, what they are: 너
            // 청팀 아니면 백팀 → 너 청팀 아니면 백팀이에요?, but 너 피자 아니면 치킨? asks which.)
            const bool about =
                rest.size() >= 2 && !card(front).has(Flag::wh) && !card(front).is_a("time") &&
                std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(), [&](int i) {
                    return i - 2 > front && card(i - 1).label == "아니면" &&
                           (!card(front).is_a("person") || card(i).has(Flag::status));
                });
            s.shape = about ? Nominal::copula : Nominal::yo;
            if (about) role(front) = Choice{Role::none, "", RoleSource::topic, -1, false, true};
            for (int i : clause(k).nouns) {
                if (i + 1 < size() && card(i + 1).label == "아니면")
                    question_ = true;  // 물 아니면 우유요?
            }
        } else if (tail.has(Flag::wh) || (last > 0 && card(last - 1).kind == Kind::determiner &&
                                          card(last - 1).has(Flag::wh))) {
            question_ = true;
            // (A place asked where it is: 여기 어디 → 여기 어디예요?, the copula below.)
            if (tail.label == "어디" && rest.size() >= 2 &&
                !card(rest[rest.size() - 2]).is_a("place")) {
                s.shape = Nominal::where_is;  // 엄마 어디 → 엄마는 어디 있어요?
                const int subject = rest[rest.size() - 2];
                if (card(subject).is_a("person") || card(subject).is_a("animal") ||
                    card(subject).pronoun || card(subject).is_a("time")) {
                    topic_or_bare(subject);
                } else {
                    role(subject) = Choice{Role::subject, "이/가", RoleSource::copula, -1,
                                           false,         true};  // 공이 어디 있어요?
                }
            } else if (tail.label == "뭐" && rest.size() == 2 && card(front).has(Flag::inside) &&
                       !card(front).is_a("body") && !card(front).is_a("person") &&
                       !card(front).is_a("place") && !card(front).pronoun &&
                       !has_particle_card(front)) {
                // What is in a container is asked, not what it is: 상자 뭐 → 상자에 뭐가
                // 있어요? (flag inside; a guess, said).
                said_where(Nominal::is_at, "no verb was tapped: '%' was asked to be in '%' (있다)");
            } else if (rest.size() >= 2) {
                s.shape = Nominal::copula;
                const int subject = rest[rest.size() - 2];
                // (a day asked when is the topic, below: 생일은 언제예요?)
                if ((card(subject).is_a("time") &&
                     !(tail.is_a("time") && !card(subject).has(Flag::bare))) ||
                    (card(subject).pronoun && !card(subject).has(Flag::topic))) {
                    role(subject) = Choice{Role::none, "",    RoleSource::copula,
                                           -1,         false, true};  // 저거 뭐예요?
                } else if ((card(subject).is_a("person") || card(subject).is_a("animal")) &&
                           !card(subject).has(Flag::wh) &&
                           (card(subject).pronoun || !is_counter(last) || tail.has(Flag::status))) {
                    // 너는 몇 살이에요? (not 네가), 엄마는 누구예요?, 동생은 몇 살이에요? (an age
                    // is what they are, flag status); but a count may be of them: 친구가 몇
                    // 명이에요?
                    topic_or_bare(subject);
                } else if (tail.has(Flag::price) || tail.is_a("time")) {
                    // What a price is asked of is the topic: 이 운동화는 얼마예요? (flag price);
                    // so is what is asked when: 발레 몇 시 → 발레는 몇 시예요?, 영화는 몇 시예요?
                    role(subject) = choice(Role::topic, RoleSource::copula);
                } else {
                    role(subject) = Choice{Role::subject, "이/가", RoleSource::copula, -1,
                                           false,         true};  // 이름이 뭐예요?
                }
            } else {
                s.shape = tail.is_a("place") || tail.is_a("time")
                              ? Nominal::yo
                              : Nominal::copula;  // 어디요? 뭐예요?
            }
        } else if (rest.size() >= 2 && card(front).pronoun && !card(front).has(Flag::topic) &&
                   !card(front).has(Flag::wh) && tail.known) {
            s.shape = Nominal::copula;  // 이거 사과예요
        } else if (rest.size() >= 2 && possessed(last) && !tail.is_a("body") &&
                   !tail.is_a("place") &&
                   (card(last - 1).pronoun || card(last - 1).has(Flag::wh)) &&
                   std::all_of(rest.begin(), rest.end() - 1, [&](int i) {
                       return card(i).is_a("time") && card(i).classes.size() == 1 &&
                              !has_particle_card(i);
                   })) {
            // (a time said with 에 before a verb is the topic: 다음은 내 차례예요; 오늘 stays bare)
            s.shape = Nominal::copula;  // 오늘 내 차례예요, 다음은 누구 차례예요?
            for (std::size_t h = 0; h + 1 < rest.size(); ++h) {
                const int i = rest[h];
                if (card(i).has(Flag::at) && card(i).entry)
                    role(i) = choice(Role::topic, RoleSource::topic);
                else
                    topic_or_bare(i);
            }
        } else if (rest.size() == 2 && gets_on(card(front), tail) && !card(front).pronoun &&
                   !card(front).is_a("person") && tail.has(Flag::stains) &&
                   !has_particle_card(front) && !has_particle_card(last) && !count) {
            // A body part or clothes and a stuff that gets on them, with no verb: 손 클레이 → 손에
            // 클레이가 묻었어요, told after the fact; into them, where it goes in (flag inside: 눈
            // 모래 → 눈에 모래가 들어갔어요). So do a thing and dirt (바퀴 흙 → 바퀴에 흙이
            // 묻었어요), but not a dish and a food or a drink, which may be asked for (컵 물).
            said_where(Nominal::stained,
                       goes_in(card(front), tail)
                           ? "no verb was tapped: '%' was said to have got into '%' (들어가다)"
                           : "no verb was tapped: '%' was said to have got on '%' (묻다)");
        } else if (rest.size() == 2 &&
                   ((tail.has(Flag::flaw) && may_have_flaw(card(front))) ||
                    contains(card(front), tail)) &&
                   !has_particle_card(front) && !has_particle_card(last) && !count) {
            // A thing and a hole or a stain in it (flag flaw), with no verb: 상자 구멍 → 상자에
            // 구멍이 있어요, not 상자랑 구멍이요. So does a container and a thing (투표함 종이 →
            // 투표함에 종이가 있어요), a guess as the other (said).
            said_where(Nominal::is_at, "no verb was tapped: '%' was said to be in '%' (있다)");
        } else if (rest.size() == 2 &&
                   (card(front).is_a("place") ||
                    // (or a thing an animal sits on: 창문 벌 → 창문에 벌이 있어요, 꽃 나비)
                    ((card(front).is_a("thing") || card(front).is_a("nature") ||
                      card(front).is_a("furniture")) &&
                     !card(front).is_a("body") && !card(front).is_a("animal") &&
                     !card(front).is_a("food") && tail.is_a("animal")) ||
                    // (or a vehicle up in the sky: 하늘 드론 → 하늘에 드론이 있어요)
                    (card(front).is_a("nature") && !card(front).is_a("body") &&
                     !card(front).is_a("food") && tail.is_a("vehicle"))) &&
                   !card(front).pronoun && !card(front).is_a("time") &&
                   !card(front).is_a("person") && tail.known && !has_particle_card(front) &&
                   !has_particle_card(last) && !count && !tail.is_a("place") &&
                   !tail.is_a("time") && !tail.is_a("body") && !tail.pronoun && !tail.elder &&
                   !tail.has(Flag::title)) {
            // A place and who or what is there, with no verb: 사촌 집 강아지 → 사촌 집에 강아지가
            // 있어요 (a place is not what an animal is).
            said_where(Nominal::is_at, "no verb was tapped: '%' was said to be at '%' (있다)");
        } else if (rest.size() == 2 && tail.is_a("color") && !card(front).is_a("color") &&
                   !possessed(front) && !card(front).is_a("person") && !card(front).is_a("time") &&
                   !card(front).pronoun && card(front).known && !has_particle_card(front) &&
                   !has_particle_card(last) && !count && !question_) {
            // A thing and a colour after it, with no verb, says what colour it is: 단풍잎 빨간색 →
            // 단풍잎은 빨간색이에요 (a colour before a thing says which one: 빨간색 컵 주세요). One
            // asked for may be meant (크레파스 빨간색: 빨간색 크레파스 주세요): a guess, said.
            s.shape = Nominal::copula;
            topic_or_bare(front);
            warn_about("implied_verb", "no verb was tapped: '%' was said to be '%' (이다)",
                       {card(front).label, tail.label}, front);
            lower(Confidence::medium);
        } else if (rest.size() >= 2 &&
                   ((tail.has(Flag::status) && !card(front).is_a("place")) ||
                    (card(front).is_a("time") && tail.is_a("time")) ||
                    // (a meal and its food: 오늘 급식은 카레예요)
                    (card(rest[rest.size() - 2]).has(Flag::menu) && tail.is_a("food") &&
                     !tail.has(Flag::menu)) ||
                    // (a body part is no thing, though it has a colour, and no thing is one:
                    // 할아버지 팔 주사 is not 팔은 주사예요, 선생님 밴드 손가락 not 밴드는
                    // 손가락이에요; 토끼 귀가 하얀색이에요)
                    // (a count of a thing's part is asked for: 버스 표 2 장 → 버스 표 2장이요)
                    (possessed(front) && (!card(front).is_a("body") || tail.is_a("color")) &&
                     !tail.is_a("body") &&
                     !(count && !card(front - 1).is_a("person") && !card(front - 1).pronoun)) ||
                    (count && !counted &&
                     (card(front).is_a("person") || card(front).has(Flag::topic))))) {
            s.shape = Nominal::copula;  // 아빠는 의사예요, 오늘 생일이에요, 내 이름은 민수예요,
                                        // 나는 5살이에요
            // (one topic: a second noun is what is said of it, 우리 집 강아지 2 마리 → 우리 집은
            // 강아지가 2마리예요, not 강아지는)
            bool topic = false;
            for (std::size_t h = 0; h + 1 < rest.size(); ++h) {
                topic_or_bare(rest[h]);
                if (role(rest[h]).role == Role::topic && topic)
                    role(rest[h]) = choice(Role::subject, RoleSource::copula);
                topic = topic || role(rest[h]).role == Role::topic;
            }
            // (누구 before what someone is asks who is it: 누구 술래 → 누가 술래예요?)
            // (with a time first too: 오늘 누구 당번 → 오늘 누가 당번이에요?)
            const int asker = rest[rest.size() - 2];
            if (rest.size() >= 2 && tail.has(Flag::status) && card(asker).has(Flag::wh) &&
                card(asker).is_a("person") && !has_particle_card(asker) &&
                std::all_of(rest.begin(), rest.end() - 2,
                            [&](int i) { return card(i).is_a("time"); }))
                role(asker) = choice(Role::subject, RoleSource::copula);
            // (Someone's thing said to be another thing, not its colour, is a guess: 엄마 가방
            // 볶음밥 is not surely 엄마 가방은 볶음밥이에요; 내 이름은, 내 거는 say what it is.)
            const ResolvedCard& named = card(rest[rest.size() - 2]);
            if (possessed(front) && !tail.is_a("color") && !tail.has(Flag::status) &&
                !named.has(Flag::someones) && !named.classes.empty() && !named.is_a("time") &&
                !count && !(named.has(Flag::menu) && tail.is_a("food"))) {
                warn_about("implied_verb", "no verb was tapped: '%' was said to be '%' (이다)",
                           {named.label, tail.label}, rest[rest.size() - 2]);
                lower(Confidence::medium);
            }
        } else if (rest.size() == 1 &&
                   (possessed(last) || (count && !counted && !is_number(last)))) {
            s.shape = Nominal::copula;  // 내 차례예요, 다섯 살이에요
            // (Whose a thing a child asks for is, with nothing else said, mostly asks for it: 나
            // 양동이 → 내 양동이 주세요, 햄스터 물통 → 햄스터 물통 주세요; eight rows of five sets'
            // writers, against one that says whose it is: 엄마 가방이에요.)
            // (Not a place or a place's, 게 구멍, 목장 냄새, nor with an adverb that says what
            // happened: 동생 신발 거꾸로.)
            // (Its owner may be named by its own: 우리 팀 지도 → 우리 팀 지도 주세요.)
            const std::vector<int>& nouns = clause(k).nouns;
            bool owners_only = nouns.size() >= 2 && nouns.back() == last;
            for (std::size_t m = 0; owners_only && m + 1 < nouns.size(); ++m) {
                owners_only = nouns[m] == last - static_cast<int>(nouns.size() - 1 - m) &&
                              role(nouns[m]).role == Role::possessor;  // side by side
            }
            if (possessed(last) && owners_only && requestable(tail) && !tail.has(Flag::someones) &&
                !question_) {
                const bool asked = !tail.is_a("place") && !card(last - 1).is_a("place") &&
                                   clause(k).adverbs.empty();
                if (asked) s.shape = Nominal::asked;
                warn_about("possessive",
                           asked ? "'%' was read as the owner of '%', asked for"
                                 : "'%' was read as the owner of '%'",
                           {card(last - 1).label, tail.label}, last - 1);
                lower(Confidence::medium);
            }
        } else if ((rest.size() == 1 && (counted || requestable(tail) || one_of_a_choice(last)) &&
                    !before_why(last)) ||
                   (rest.size() == 2 && counted && rest.front() == last - 2)) {
            s.shape = Nominal::yo;  // 물이요, 사과 3개요, 과자 세 개요; 큰 거요, 아니면 …
            // (an adjective tapped first says which one is wanted: 부드러운 수건이요, though it
            // may say what the thing is like: 수건이 부드러워요)
            // (so does a colour tapped after the thing and put before it: 리본 빨간색 → 빨간색
            // 리본이요, though it may say what colour the ribbon is)
            if (last > 0 && ((structure_.modifier[static_cast<std::size_t>(last) - 1] &&
                              card(last - 1).kind == Kind::adjective) ||
                             (is_noun(last - 1) && card(last - 1).is_a("color") &&
                              card(last - 1).tap > tail.tap))) {
                warn_about("which_one",
                           "'%' before '%' was read as which one is wanted, not as what it is like",
                           {card(last - 1).label, tail.label}, last - 1);
                lower(Confidence::medium);
            }
        } else if (rest.size() == 1 && tail.entry &&
                   ((tail.is_a("time") && tail.has(Flag::at)) ||
                    (tail.kind == Kind::noun && !tail.is_a("person") && !tail.is_a("animal") &&
                     !tail.is_a("time") && !tail.pronoun && !tail.has(Flag::event))) &&
                   !has_particle_card(last) && before_why(last)) {
            // A day before 그래서 is why: 어버이날 그래서 카네이션 만들다 → 어버이날이라서
            // 카네이션을 만들어요 (the 그래서 card said by 이라서); so is a thing alone, what it
            // is: 초록불 그래서 건너다 → 초록불이라서 건너요.
            s.shape = Nominal::bare;
            role(last) =
                Choice{Role::complement, "이라서/라서", RoleSource::copula, -1, false, true};
            word(last + 1).clear();
            joined_links_.push_back(last + 1);
            if (!tail.is_a("time")) {  // (a thing alone is why by a guess: said)
                warn_about("implied_verb", "no verb was tapped: '%' was said to be why (이라서)",
                           {tail.label}, last);
                lower(Confidence::medium);
            }
        } else if (rest.size() == 2 && clause(k).nouns.size() == 2 && front == last - 1 &&
                   requestable(tail) && !tail.pronoun && !card(front).pronoun &&
                   (card(front).is_a("toy") ||
                    ((card(front).is_a("furniture") || card(front).is_a("food")) &&
                     (tail.is_a("tool") || tail.is_a("dish")))) &&
                   !card(front).is_a("person") && !card(front).is_a("animal") &&
                   !card(front).is_a("body") && !card(front).is_a("time") &&
                   !card(front).is_a("dish") && !same_class(card(front), tail) &&
                   card(front).known && tail.known && !has_particle_card(front) && !count &&
                   !question_ && clause(k).adverbs.empty()) {
            // A toy before another kind of thing asked for, or furniture or a food before a tool,
            // says which one: 칠판 지우개 → 칠판 지우개요, 장난감 돈 → 장난감 돈이요, 과일 포크 →
            // 과일 포크요 (two of a kind stay two: 공책 지우개, 빵 우유; a dish before a food is
            // where it is).
            s.shape = Nominal::yo;
            role(front) = choice(Role::modifier, RoleSource::phrase);
            warn_about("one_thing", "'%' was read as the kind of '%'",
                       {card(front).label, tail.label}, front);
            lower(Confidence::medium);
        } else if (rest.size() == 1 && tail.kind == Kind::noun) {
            // 엄마, 수영장: a one-word call or request stays as it is; an animal with its colour
            // is said to be that (노란색 햄스터 → 노란색 햄스터예요), not asked for
            const bool coloured = tail.is_a("animal") && last > 0 && card(last - 1).is_a("color");
            s.shape = coloured ? Nominal::copula : Nominal::bare;
            if (!tail.is_a("person") && !coloured) {
                warn_about("one_word",
                           "'%' alone may stand for a whole request (수영장 가고 싶어요)",
                           {tail.label}, last);
                lower(Confidence::medium);
            }
        } else {
            s.shape = Nominal::list;
        }
        if (s.shape == Nominal::copula)
            role(last) = Choice{Role::complement, "", RoleSource::copula, -1, false, true};
    }

    // A particle the child tapped after a noun names its role when the verb has a free slot with
    // that particle that takes the noun (엄마 이랑 가다 → 엄마랑 가요); otherwise the rules decide
    // and the card is corrected or replaced (사과 가 먹다 → 사과를 먹어요).
    bool claim_by_particle(int i, const std::vector<Slot>& frame, std::vector<char>& taken) {
        const std::string& child = card(i + 1).label;
        Choice& c = role(i);
        int after = -1;
        for (int k = i + 2; k < size() && after < 0; ++k) {
            const Kind kind = card(k).kind;
            if (kind != Kind::particle && kind != Kind::negative && kind != Kind::cannot) after = k;
        }
        // (Someone before a thing is who it is done with: 나 랑 씨름 하다 → 나랑 씨름해요.)
        const auto alive = [&](int k) { return card(k).is_a("person") || card(k).is_a("animal"); };
        if (after >= 0 && is_noun(after) && any_of_particles(child, {"와/과", "하고", "이랑/랑"}) &&
            (!alive(i) || alive(after))) {
            c = Choice{Role::coordinated,
                       child,
                       RoleSource::particle_card,
                       -1,
                       true,
                       true};  // 빵 하고 우유
            return true;
        }
        // 사과도, 할머니는: a particle that marks no role leaves the role to the frame, after the
        // nouns whose cards name theirs (할머니 는 국수 를 좋아하다: 국수 is what is liked).
        if (is_focus_particle(child)) {
            c.keep_child = true;
            return false;
        }
        // 에 after someone is 한테, the child's card a slip: 아기 에 선물 주다 → 아기한테 선물을
        // 줘요, 선생님 에 가다 → 선생님한테 가요 (replaced, and said).
        if ((card(i).is_a("person") || card(i).is_a("animal")) && !card(i).is_a("place") &&
            particle::same_particle(child, "에")) {
            for (std::size_t s = 0; s < frame.size(); ++s) {
                if (taken[s] || frame[s].role != Role::recipient || !slot_names(frame[s], card(i)))
                    continue;
                taken[s] = true;
                c = Choice{Role::recipient,
                           particle_of(Role::recipient),
                           RoleSource::particle_card,
                           static_cast<int>(s),
                           false,
                           true};
                return true;
            }
            const int k = clause_of(i);
            if (k >= 0 && state(k).pred.has(Flag::motion)) {
                c = Choice{Role::recipient,
                           particle_of(Role::recipient),
                           RoleSource::particle_card,
                           -1,
                           false,
                           true};
                return true;
            }
        }
        // 주말 에: a time marked with 에 says when, and takes no place the verb has (주말 에 산
        // 에 가다 → 주말에 산에 가요).
        if (card(i).is_a("time") && particle::same_particle(child, "에")) {
            c = Choice{Role::time, child, RoleSource::particle_card, -1, true, true};
            return true;
        }
        // A slot of the role the card names: first one that takes the noun's class, then, for a
        // particle other than 이/가 and 을/를 (which children mix up), any slot of that role: the
        // child said where or with what (물 에서 놀다 → 물에서 놀아요).
        // (Someone marked with 이/가 is who does it, whatever living things the frame names: 고양이
        // 가 밖 보다 → 고양이가 …, though 보다 names people.)
        // (Not food or a drink the verb's object names: 수육 에서 먹다 → 수육을 먹어요, the card
        // a slip, not 수육에서; but 자동차 에서 기다리다 is where.)
        const bool oblique = !any_of_particles(child, {"이/가", "을/를"});
        // (So is a vehicle marked so with a verb of going: 경찰차 가 빨리 가다 → 경찰차가 빨리
        // 가요, not 경찰차로.)
        const int clause_k = clause_of(i);
        const bool living =
            card(i).is_a("person") || card(i).is_a("animal") ||
            (card(i).is_a("vehicle") && clause_k >= 0 && state(clause_k).pred.has(Flag::motion));
        const bool eaten = (card(i).is_a("food") || card(i).is_a("drink")) &&
                           !card(i).is_a("place") && !card(i).is_a("time");
        bool done_to = false;
        for (std::size_t s = 0; s < frame.size(); ++s) {
            done_to = done_to || (!taken[s] && frame[s].role == Role::object && eaten &&
                                  slot_names(frame[s], card(i)));
        }
        for (int pass = 0; pass < (oblique && !done_to ? 2 : 1); ++pass) {
            for (std::size_t s = 0; s < frame.size(); ++s) {
                if (taken[s]) continue;
                const NounRole as_slot{i, frame[s].role, particle_of(frame[s].role),
                                       RoleSource::frame};
                if (!particle_fits(child, as_slot) || particle_of(frame[s].role)[0] == '\0')
                    continue;
                if (pass == 0 && !(slot_names(frame[s], card(i)) || frame[s].open ||
                                   (frame[s].role == Role::subject && living)))
                    continue;
                taken[s] = true;
                c = Choice{frame[s].role,       child, RoleSource::particle_card,
                           static_cast<int>(s), true,  true};
                return true;
            }
        }
        // A thing the child marked with (으)로, or with 에, where no slot of the verb names it, is
        // what it is done with or where, whatever the verb: the child said more than the frame
        // lists (자석 로 철가루 모으다 → 자석으로 철가루를 모아요; 계란 그릇 에 깨다 → 계란을
        // 그릇에 깨요), and the card is kept (학교 에 놀다 still becomes 학교에서: 놀다 names a
        // place).
        if (oblique && !card(i).is_a("person") && !card(i).is_a("animal") &&
            !card(i).is_a("time") && !any_names(frame, card(i))) {
            const bool with = particle::same_particle(child, "(으)로");
            if (with || particle::same_particle(child, "에")) {
                c = Choice{with ? Role::instrument : Role::at,
                           child,
                           RoleSource::particle_card,
                           -1,
                           true,
                           true};
                return true;
            }
        }
        // A thing the child marked with 에서 is where it happens, whatever the verb and whatever
        // else its frame would make it: 그릇 깨지다 가마 에서 → 가마에서 그릇이 깨졌어요 (not
        // 가마가). (Not with a verb that has a slot for where, which the child's card is then
        // corrected to, 학교 에서 가다 → 학교에 가요, nor on what the verb is done to: 수육 에서
        // 먹다; but a place is where one throws from as well as onto: 공원 에서 물풍선 을
        // 던지다 → 공원에서 물풍선을 던져요.)
        const bool has_where = std::any_of(frame.begin(), frame.end(), [&](const Slot& slot) {
            return is_where_role(slot.role) && !(slot.role == Role::at && card(i).is_a("place") &&
                                                 has_slot(frame, Role::object));
        });
        if (oblique && particle::same_particle(child, "에서") && !has_where &&
            !role_names(frame, Role::object, card(i)) && !card(i).is_a("person") &&
            !card(i).is_a("animal") && !card(i).is_a("time") && !card(i).pronoun) {
            c = Choice{Role::place, child, RoleSource::particle_card, -1, true, true};
            return true;
        }
        // Someone to do it with, whatever the verb: 친구 랑 같이 그림 을 그리다 → 친구랑 같이
        // 그림을 그려요.
        if (any_of_particles(child, {"와/과", "하고", "이랑/랑"}) &&
            (card(i).is_a("person") || card(i).is_a("animal"))) {
            c = Choice{Role::companion, child, RoleSource::particle_card, -1, true, true};
            return true;
        }
        return false;
    }

    // ---- particles
    // ---------------------------------------------------------------------------------
    void child_particles() {
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind != Kind::particle) continue;
            const int host = i - 1;
            if (host >= 0 && card(host).kind == Kind::particle && !word(host).empty()) {
                // A second particle (학교 에 는): right form after the particle before it; 요
                // after a particle is 요 whatever its sound (사과를요, 학교에서요).
                if (any_of_particles(card(i).label, {"이요/요"}))
                    word(i) = "요";
                else if (auto a = particle::attach(word(host), card(i).label))
                    word(i) = a->particle;
                continue;
            }
            if (!is_noun(host)) {
                word(i).clear();
                warn_about("stray_particle", "the particle '%' has no noun before it",
                           {card(i).label}, i);
                lower(Confidence::low);
                continue;
            }
            Choice& r = role(host);
            std::string chosen = card(i).label;
            // (What is wanted may take 이/가: 빵 이 먹다 싶다 → 빵이 먹고 싶어요.)
            const bool wanted = r.role == Role::object && clause_of(host) >= 0 &&
                                clause(clause_of(host)).want >= 0 &&
                                particle::same_particle(chosen, "이/가");
            // (A role the open slot guessed is no reason to change the child's card: 공책 에
            // 그리다 → 공책에 그려요, not 공책을.)
            // (An elder who does it may take the honorific 께서: 할머니 께서 오다 → 할머니께서
            // 오세요.)
            const bool honoured = (r.role == Role::subject || r.role == Role::topic) &&
                                  card(host).elder && chosen == "께서";
            // (The speaker asking to be given too says it as 나도: 저도 하나 주세요.)
            const bool me_too = r.role == Role::recipient && card(host).has(Flag::speaker) &&
                                any_of_particles(chosen, {"도", "만"});
            const bool fits = r.keep_child || wanted || honoured || me_too ||
                              r.source == RoleSource::open ||
                              (r.source == RoleSource::fallback && r.role == Role::none) ||
                              particle_fits(chosen, NounRole{host, r.role, r.particle, r.source});
            if (!fits) {
                if (r.particle.empty()) {
                    word(i).clear();
                    warn_about("particle_replaced", "'%' takes no particle here",
                               {card(host).label}, i);
                    lower(Confidence::medium);  // the child's card said something else
                    continue;
                }
                // 도 and 만 go after a particle that says where, to whom or with whom, as one
                // word: 동생 도 과자 주다 → 동생한테도 과자 주세요; 학교 만 가다 → 학교에만 가요.
                if (any_of_particles(chosen, {"도", "만"}) && r.role != Role::coordinated &&
                    r.role != Role::companion &&
                    !any_of_particles(r.particle, {"이/가", "을/를", "은/는"})) {
                    if (auto a = particle::attach(word(host), r.particle)) {
                        word(i) = a->particle + card(i).label;
                        continue;
                    }
                }
                warn_about("particle_replaced", "'%' after '%' became '%' (%)",
                           {chosen, word(host), r.particle, to_string(r.role)}, i);
                lower(Confidence::medium);
                chosen = r.particle;
            }
            auto a = particle::attach(word(host), chosen);
            if (!a) continue;  // an unreadable word: the child's card stays as it is
            // (a particle the noun took in is the child's card said: 이거 는 → 이건)
            if (fits && a->particle != card(i).label && !(a->fused && a->particle.empty())) {
                warn_about("particle_corrected", "'%' after '%' is '%'",
                           {card(i).label, word(host), a->particle}, i);
            }
            word(i) = a->particle;  // "" when the noun took it in: 이거 가 → 이게
            if (a->fused) word(host) = a->stem;
            r.particle = chosen;
            if (fits) r.source = RoleSource::particle_card;
        }
    }

    // Someone called by their work is 의사 선생님 when spoken to or of (flag title), not as what
    // someone is (아빠는 의사예요, 의사가 되고 싶어요), nor before a title of its own (의사
    // 선생님). Before any particle is chosen: the particle follows 선생님 (의사 선생님과, not 와).
    void titles() {
        for (int i = 0; i < size(); ++i) {
            const Role r = role(i).role;
            // (nor as a part played: 나 의사 하다 → 나는 의사를 해요, flag plays)
            const int k = clause_of(i);
            if (r == Role::object && k >= 0 && state(k).pred.has(Flag::plays)) continue;
            if (is_noun(i) && card(i).has(Flag::title) && r != Role::complement &&
                r != Role::modifier && r != Role::none && !(is_noun(i + 1) && card(i + 1).elder))
                word(i) += " 선생님";
        }
    }

    void insert_particles() {
        // 이거 pointing at the thing after it is said 이 (이 책을 읽고 싶어요), and 뭐 asking which
        // kind 무슨 (무슨 벌레예요?).
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind == Kind::adverb && card(i).has(Flag::manner))
                word(i) = manner_form(card(i).lemma);  // 잘하다 → 잘 (던져요)
            else if (card(i).kind == Kind::adverb && card(i).lemma != card(i).label)
                word(i) = card(i).lemma;  // 얼마 → 얼마나 (기다려요?)
            if (card(i).kind != Kind::determiner) continue;
            if (const std::string_view d = determiner_form(card(i).label); !d.empty())
                word(i) = std::string(d);
        }
        // 그리고 between two nouns is said as 랑 on the first (사과랑 바나나): its own word.
        for (int i = 1; i < size(); ++i) {
            if (card(i).kind == Kind::choice && card(i).has(Flag::joins) && is_noun(i - 1)) {
                if (auto a = particle::attach(word(i - 1), "이랑/랑")) word(i) = a->particle;
            }
        }
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            if (has_particle_card(i)) continue;  // the child's own
            const Choice& r = role(i);
            if (r.role == Role::vocative) {
                inserts_[static_cast<std::size_t>(i)].push_back(",");
                continue;
            }
            if (r.role == Role::possessor && card(i).pronoun && !card(i).has(Flag::wh)) {
                // 나 가방 → 내 가방, 저 → 제, 너 → 네 (but 누구 인형: 누가 is not a possessive)
                if (auto a = particle::attach(word(i), "이/가"); a && a->fused) word(i) = a->stem;
                continue;
            }
            if (r.particle.empty()) continue;
            // How many, as what is done to, is said bare: 몇 권 빌리다 → 몇 권 빌려요?, 두 잔
            // 마셔요.
            if (r.role == Role::object && is_counter(i) && !has_particle_card(i)) continue;
            // 어디 asks where without 에, as Korean says it: 어디 가요?, 화장실이 어디 있어요?
            // (어디에서 놀아요? keeps 에서).
            if (card(i).has(Flag::wh) && card(i).is_a("place") && r.particle == "에") continue;
            // The friend asked along is said bare: 너 같이 놀다 → 너 같이 놀자 (not 너는); so is
            // what they are asked to do it with, as friends say it (같이 도시락 먹자, 색연필 같이
            // 쓰자).
            if ((((card(i).has(Flag::listener) || we(card(i))) &&
                  (r.role == Role::topic || r.role == Role::subject)) ||
                 (r.role == Role::object && !has_particle_card(i) &&
                  // (but an activity right before 하다, not one word with it, keeps 를: 같이
                  // 널뛰기를 하자; 줄넘기 같이 하자 stays bare)
                  !(card(i).is_a("activity") && clause_of(i) >= 0 &&
                    clause(clause_of(i)).predicate == i + 1 &&
                    state(clause_of(i)).pred.lemma == "하다"))) &&
                clause_of(i) >= 0 && invites(clause_of(i)))
                continue;
            // Friends say 너 as the topic bare: 너 뭐 해?, 너 배고파? (너는 is for a contrast, and
            // for whose part something is said of: 너는 춤이 멋있어).
            // So is 이거 as the subject: 이거 어려워, 이거 맛있어? (이게 is for a contrast).
            if (card(i).pronoun && card(i).is_a("thing") && !card(i).has(Flag::wh) &&
                r.role == Role::subject && level_ != SpeechLevel::polite)
                continue;
            if (card(i).has(Flag::listener) && r.role == Role::topic &&
                level_ != SpeechLevel::polite && !has_particle_card(i) &&
                std::none_of(role_.begin(), role_.end(),
                             [](const Choice& x) { return x.role == Role::subject; }))
                continue;
            auto a = particle::attach(word(i), r.particle);
            if (!a) {
                warn("unreadable_word", a.error().message, i);
                lower(Confidence::low);
                continue;
            }
            if (!a->particle.empty()) inserts_[static_cast<std::size_t>(i)].push_back(a->particle);
            if (a->fused) word(i) = a->stem;
        }
    }

    // ---- predicates
    // ----------------------------------------------------------------------------------
    std::string conjugated(const ResolvedCard& c, Form form, int card_index,
                           bool honorific = false) {
        auto r = predicate::conjugate(c, form, predicate::Manner{level_, honorific});
        if (!r) {
            warn("unreadable_word", r.error().message, card_index);
            lower(Confidence::low);
            return c.label;
        }
        if (r->guessed &&
            std::find(guessed_.begin(), guessed_.end(), card_index) == guessed_.end()) {
            guessed_.push_back(card_index);
            warn_about("guessed_conjugation",
                       "'%' is not in the conjugation table; its class was guessed", {c.lemma},
                       card_index);
            lower(Confidence::medium);
        }
        return r->text;
    }

    // Puts a negation that stands before the verb (안 먹어요) on the 안 card when it is right
    // before the verb's word, and in the verb's own word otherwise (공부 안 해요, 몰라요).
    void place_negation(int k, int target, const std::string& negated) {
        const Clause& c = clause(k);
        const std::string marker = c.cannot ? "못 " : "안 ";
        if (c.negative == target - 1 && negated.rfind(marker, 0) == 0) {
            word(c.negative) = marker.substr(0, marker.size() - 1);
            word(target) = negated.substr(marker.size());
        } else {
            if (c.negative != target) word(c.negative).clear();
            word(target) = negated;
        }
    }

    void predicate_words(int k) {
        const Clause& c = clause(k);
        ClauseState& s = state(k);
        if (s.nominal) {
            nominal_words(k);
            return;
        }
        if (s.card < 0) return;
        if (!s.tried.empty()) word(c.attempt).clear();  // said with the verb it tries: 신어 봐요
        if (s.activity >= 0) {
            const int a = s.activity;
            word(a) =
                conjugated(implied_card(card(a).label + implied_verb(card(a))), Form::purpose, a);
        }
        const ResolvedCard& v = s.pred;
        const int p = s.card;  // the card whose word the predicate's form goes on
        const bool past = (past_ || s.reported) && s.main;
        if (v.kind == Kind::copula) {
            copula_words(k);
            return;
        }
        if (v.kind == Kind::adjective && (c.want >= 0 || c.give >= 0)) {
            for (int g : {c.want, c.give}) {
                if (g < 0) continue;
                word(g).clear();
                warn_about("grammar_without_verb", "'%' goes with a verb, not '%'",
                           {card(g).label, v.lemma}, g);
                lower(Confidence::low);
            }
        }
        const bool hon = s.honorific;
        // (an elder tries with a word of their own: 드셔 보세요; otherwise the honour is on 보다
        // alone: 가 보세요)
        if (!s.tried.empty() && hon && own_honorific(card(p).lemma)) {
            if (auto h = predicate::conjugate(card(p).lemma, Form::infinitive,
                                              predicate::Manner{level_, true})) {
                s.tried = h->text;
                s.pred.lemma = h->text + " 보다";
            }
        }
        if (s.implied && card(p).kind == Kind::adverb && s.pred.lemma == "주다") {
            // 더 주세요: the word more, then the request it stands for.
            word(p) = card(p).label + " " +
                      conjugated(
                          v, s.main ? (past ? Form::polite_past : Form::request) : Form::connective,
                          p, hon);
            return;
        }
        const Form clause_form = s.main ? (past ? Form::polite_past : Form::polite_present)
                                 : s.joined != Form::polite_present ? s.joined
                                                                    : Form::connective;
        if (s.implied && s.carrier == p && card(p).kind == Kind::adverb &&
            s.pred.lemma != card(p).label + card(p).verb && s.pred.kind != Kind::adjective) {
            // 다시 → 다시 해요: the adverb, then the verb it goes with (반말, together: 같이 하자).
            const bool together =
                level_ == SpeechLevel::plain && s.main && !past && together_word(card(p).label);
            word(p) =
                card(p).label + " " +
                (together ? predicate::stem(v.lemma) + "자" : conjugated(v, clause_form, p, hon));
            return;
        }
        if (s.implied && s.carrier == p && is_noun(p) && s.verb_noun < 0 && c.want < 0 &&
            c.permission < 0) {
            // 비 → 비가 와요: the verb the noun says is in its word, after its particle.
            std::string& said = word(p);
            for (const std::string& w : inserts_[static_cast<std::size_t>(p)]) said += w;
            inserts_[static_cast<std::size_t>(p)].clear();
            const Form form = !s.main     ? clause_form
                              : s.wants   ? (past ? Form::want_past : Form::want)
                              : s.request ? Form::request
                                          : clause_form;
            said += " " + conjugated(v, form, p, hon);
            return;
        }
        // A choice between two things with 아니면 asks which, unless it is a request (공원
        // 아니면 바다 가다 → 공원 아니면 바다에 가요?; 물 아니면 우유 주세요 asks for either, and
        // 싶다 says what the child wants).
        // So does one between two times or ways (지금 아니면 나중에 전화하다 → 지금 아니면 나중에
        // 전화해요?).
        // Offered to the listener, it asks which they will (햄스터 아니면 강아지 키우다 → 햄스터
        // 아니면 강아지를 키울래요?), but not of someone else (엄마 아니면 아빠가 와요?).
        bool offered = false;
        if (s.main && !s.request && c.give < 0 && c.want < 0) {
            const auto choice_after = [&](int i) {
                return i + 2 < size() && card(i + 1).label == "아니면" &&
                       (is_noun(i + 2) || card(i + 2).kind == Kind::adverb);
            };
            if (std::any_of(c.nouns.begin(), c.nouns.end(), choice_after) ||
                std::any_of(c.adverbs.begin(), c.adverbs.end(), choice_after)) {
                question_ = true;
                offered = v.kind == Kind::verb && !v.has(Flag::attitude) && !v.has(Flag::exp) &&
                          !past_ && c.negative < 0 &&
                          std::none_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
                              const Role r = role(i).role;
                              return (r == Role::subject || r == Role::topic) &&
                                     !card(i).has(Flag::speaker) && !card(i).has(Flag::listener);
                          });
            }
        }
        const auto plain_form = [&] {
            return s.main ? conjugated(v, clause_form, p, hon) : joining_form(k, p);
        };
        if (c.permission >= 0 && s.implied && s.carrier == c.permission) {
            // 화장실 되다 ? → 화장실 가도 돼요?: the 되다 card carries the verb the noun implies.
            const std::string allowed = conjugated(implied_card("되다"), clause_form, c.permission);
            if (c.negative >= 0 && c.negative + 1 == c.permission) {
                // 가위 장난 안 되다 → 가위로 장난하면 안 돼요: forbidden.
                const std::string when = predicate::conditional(v.lemma);
                if (s.verb_noun >= 0) {
                    word(s.verb_noun) = when;  // 장난하면 (안 돼요)
                    word(c.negative) = "안";
                } else {
                    word(c.negative) = when + " 안";  // 사탕 먹으면 안 (돼요)
                }
                word(c.permission) = allowed;
                return;
            }
            question_ = true;
            const std::string leave = conjugated(v, Form::infinitive, p, hon) + "도";
            if (s.verb_noun >= 0) {
                word(s.verb_noun) = leave;  // 수영해도 (돼요?)
                word(c.permission) = allowed;
            } else {
                word(c.permission) = leave + " " + allowed;
            }
            return;
        }
        if (c.permission >= 0 && !s.implied) {
            const std::string allowed = conjugated(implied_card("되다"), clause_form, c.permission);
            if (c.negative > p) {
                // 만지다 안 되다 → 만지면 안 돼요: 안 tapped after the verb forbids; how things
                // must not be made, an adjective not of a feeling said of nothing, with -게 하다:
                // 시끄럽다 안 되다 → 시끄럽게 하면 안 돼요.
                word(p) = v.kind == Kind::adjective && !v.has(Flag::feeling) &&
                                  std::none_of(c.nouns.begin(), c.nouns.end(),
                                               [&](int i) { return role(i).role == Role::subject; })
                              ? predicate::stem(v.lemma) + "게 하면"
                              : predicate::conditional(v.lemma);
                word(c.negative) = c.cannot ? "못" : "안";
                word(c.permission) = allowed;
                return;
            }
            // 타다 되다 → 타도 돼요?; 안 가다 되다 → 안 가도 돼요? A child asks leave.
            question_ = true;
            word(p) = conjugated(v, Form::infinitive, p, hon) + "도";
            word(c.permission) = allowed;
            if (c.negative >= 0) place_negation(k, p, (c.cannot ? "못 " : "안 ") + word(p));
            return;
        }
        if (c.give >= 0 && c.negative >= 0 && c.negative < p && v.kind == Kind::verb &&
            c.predicate >= 0) {
            // 안 꼬집다 주다 → 꼬집지 마세요: asking not to.
            word(p) = predicate::prohibited_stem(v.lemma) + "지";  // 화내지 마세요
            word(c.negative).clear();
            word(c.give) = level_ == SpeechLevel::plain ? "마" : "마세요";
            return;
        }
        if (c.want >= 0 && v.kind == Kind::verb) {
            std::string verb_word = conjugated(v, Form::connective, p);
            // A wish before how someone feels about it is why: 엄마 보다 싶다 슬프다 → 엄마가
            // 보고 싶어서 슬퍼요; so it is before what one does (엄마 보다 싶다 울다 → 보고 싶어서
            // 울어요), where only another wish is listed with it (놀고 싶고 자고 싶어요).
            const int next = s.main ? -1 : next_predicate(k);
            const bool wish_after =
                next >= 0 && clause_of(next) >= 0 && clause(clause_of(next)).want >= 0;
            const Form wish_form = next >= 0 && (card(next).has(Flag::reaction) ||
                                                 (card(next).kind == Kind::verb && !wish_after &&
                                                  clause_form == Form::connective))
                                       ? Form::sequential
                                       : clause_form;
            const std::string want_word =
                s.others_wish ? "싶어 " + conjugated(implied_card("하다"), wish_form, c.want, hon)
                              : conjugated(implied_card("싶다"), wish_form, c.want, hon);
            if (s.implied && s.verb_noun >= 0) {
                word(s.verb_noun) = verb_word;  // 수영하고 (싶어요)
                word(c.want) = want_word;
                // (negated between the noun and 하다, as 공부 안 해요: 수영 안 하고 싶어요)
                const std::string& noun = card(s.verb_noun).label;
                if (c.negative >= 0 && verb_word.rfind(noun, 0) == 0)
                    place_negation(
                        k, s.verb_noun,
                        noun + (c.cannot ? " 못 " : " 안 ") + verb_word.substr(noun.size()));
                return;
            }
            if (s.implied) {
                // 사과 싶다 → 사과 먹고 싶어요: the 싶다 card says both.
                word(c.want) = verb_word + " " + want_word;
                if (c.negative >= 0)
                    place_negation(k, c.want, (c.cannot ? "못 " : "안 ") + word(c.want));
                return;
            }
            word(p) = verb_word;
            word(c.want) = want_word;
            if (c.negative >= 0) place_negation(k, p, (c.cannot ? "못 " : "안 ") + word(p));
            return;
        }
        if (const std::string joined = joined_with_give(v.lemma);
            c.give >= 0 && !joined.empty() && c.predicate >= 0) {
            // 도와주다 is one word: 돕다 주다 → 도와주세요, the 주다 card joins it.
            word(p) = conjugated(implied_card(joined),
                                 !s.main ? give_joining(k)
                                 : past  ? Form::polite_past
                                         : favour_form(),
                                 p);
            word(c.give).clear();
            return;
        }
        if (c.give >= 0 && c.predicate >= 0 && v.kind == Kind::verb) {
            // Asked to be done to the child, a verb says so (its lexicon verb:): 신발 신다 주다 →
            // 신발 신겨 주세요, 옷 입다 주다 → 옷 입혀 주세요.
            const bool done_to = s.request && c.negative < 0 && dresses(k, v);
            word(p) = conjugated(done_to ? implied_card(v.verb) : v, Form::infinitive, p);
            // (told, not asked, when someone the child marked does it: 아빠가 헬멧을 사 줘요)
            const Form give_form = !s.main     ? give_joining(k)
                                   : past      ? Form::polite_past
                                   : s.request ? favour_form()
                                               : Form::polite_present;
            word(c.give) = conjugated(implied_card("주다"), give_form, c.give, hon);
            if (c.negative >= 0) place_negation(k, p, (c.cannot ? "못 " : "안 ") + word(p));
            return;
        }
        if (s.main && s.request && s.farewell) {
            // 안녕히 가세요, 안녕히 계세요: the honorific imperative (in 반말 the plain present);
            // 잘 wishes it with honour only to an elder (할아버지, 잘 주무세요; 엄마, 잘 자요).
            const bool formal = std::any_of(c.adverbs.begin(), c.adverbs.end(),
                                            [&](int a) { return card(a).has(Flag::request); }) ||
                                elder_called(c);
            word(p) = level_ == SpeechLevel::plain ? conjugated(v, Form::polite_present, p)
                      : formal                     ? conjugated(v, Form::request, p, true)
                                                   : conjugated(v, Form::polite_present, p);
            return;
        }
        if (s.main && s.request && v.has(Flag::request) && !question_ && gives_listener(k)) {
            word(p) = conjugated(v, Form::promise, p);  // 너 사탕 주다 → 너 사탕 줄게
            return;
        }
        if (s.main && s.request && v.has(Flag::request)) {
            word(p) = conjugated(v, favour_form(), p);  // 주세요, 도와주세요; 빌려줄래?
            return;
        }
        if (c.negative >= 0) {
            std::string negated;
            // (what is tried is denied whole: 안 먹어 봐요, not 먹어 안 봐요)
            if (!s.main || c.attempt >= 0) {
                negated = (c.cannot ? "못 " : "안 ") + plain_form();
            } else if (c.cannot) {
                // 못 먹어요, 공부 못 해요; a word with no 못 form (알다, an adjective) is denied
                // with 안.
                auto r = predicate::conjugate(v.lemma, past ? Form::cannot_past : Form::cannot,
                                              {level_, hon});
                negated = r ? r->text
                            : conjugated(v, past ? Form::negative_past : Form::negative, p, hon);
            } else {
                negated = conjugated(v, past ? Form::negative_past : Form::negative, p, hon);
            }
            place_negation(k, p, negated);
            return;
        }
        if (invites(k)) {
            // 같이 놀자; asked, the friend is invited: 같이 놀래?
            word(p) = question_ ? conjugated(v, Form::intent, p) : predicate::stem(v.lemma) + "자";
            return;
        }
        word(p) = offered ? conjugated(v, Form::intent, p) : plain_form();
    }

    // A 반말 sentence that asks a friend to do something together: the verb takes -자 (같이 놀자,
    // 블록 같이 만들자, 너도 같이 가자), or -ㄹ래 asked (같이 놀래?). Only now, with 같이 or 함께,
    // no one but the speaker or the listener as its subject and no one else to be together with
    // (친구랑 같이 놀아 says what the child does).
    bool invites(int k) {
        const Clause& c = clause(k);
        const ClauseState& s = state(k);
        // (an activity that says its own verb is asked too: 같이 소꿉놀이 → 같이 소꿉놀이하자)
        const bool own_verb = s.implied && s.verb_noun >= 0 && s.card == s.verb_noun;
        if (level_ != SpeechLevel::plain || !s.main || past_ || s.reported ||
            (s.implied && !own_verb) || s.pred.kind != Kind::verb ||
            (s.card != c.predicate && !own_verb) || c.want >= 0 || c.give >= 0)
            return false;
        if (!asks_along(k)) return false;
        return std::none_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
            const Role r = role(i).role;
            return ((r == Role::subject || r == Role::topic) && !card(i).has(Flag::speaker) &&
                    !card(i).has(Flag::listener)) ||
                   // 친구랑 같이 놀아: together with the friend (나랑 같이 놀자 asks along)
                   (r == Role::companion && !card(i).has(Flag::speaker));
        });
    }

    // Whether clause k gives to the listener (너, 너희) and names no one else who gives: the child
    // gives, and promises it (너 사탕 주다 → 너한테 사탕 줄게), not asks for it.
    bool gives_listener(int k) {
        const Clause& c = clause(k);
        bool listener = false;
        for (int i : c.nouns) {
            const Role r = role(i).role;
            if (r == Role::recipient && card(i).has(Flag::listener)) listener = true;
            if ((r == Role::subject || r == Role::topic || r == Role::vocative) &&
                !card(i).has(Flag::speaker))
                return false;
        }
        return listener;
    }

    // A favour asked for: 도와주세요, 열어 주세요; asked as a question, whether they will: 가위
    // 빌려주다 ? → 가위 빌려줄래요? (반말 빌려줄래?), not 빌려줘요?, which offers.
    Form favour_form() const { return question_ ? Form::intent : Form::request; }

    // Whether clause k asks someone along: with 같이 or 함께, or with 우리 unmarked (우리 화해하다
    // → 우리 화해하자, 우리 축구할래?).
    bool asks_along(int k) const {
        // (with 같이 in what the going is for: 같이 다람쥐 보다 가다 → 같이 다람쥐를 보러 가자)
        if (together_in(k) ||
            (k > 0 && states_[static_cast<std::size_t>(k) - 1].purpose && together_in(k - 1)))
            return true;
        const Clause& c = clause(k);
        // (so does a verb done with someone by its nature, flag shared, with neither the speaker
        // nor alone said: 내일 또 놀자, but 나 놀다 → 나는 놀아, 혼자 놀아)
        if (states_[static_cast<std::size_t>(k)].pred.has(Flag::shared) &&
            std::none_of(c.nouns.begin(), c.nouns.end(),
                         [&](int i) { return card(i).has(Flag::speaker) && !we(card(i)); }) &&
            std::none_of(c.adverbs.begin(), c.adverbs.end(),
                         [&](int a) { return card(a).has(Flag::doer); }))
            return true;
        // (and so does the speaker as who it is done with: 씨름 하다 나 랑 ? → 나랑 씨름할래?)
        return std::any_of(c.nouns.begin(), c.nouns.end(), [&](int i) {
            return (we(card(i)) && !has_particle_card(i)) ||
                   (card(i).has(Flag::speaker) && role(i).role == Role::companion);
        });
    }
    static bool we(const ResolvedCard& noun) {
        return noun.pronoun && noun.has(Flag::speaker) && noun.has(Flag::household);
    }

    // Whether clause k has 같이 or 함께. 같이 after a noun belongs to that noun's clause, so every
    // card is looked at.
    bool together_in(int k) const {
        for (int i = 0; i < size(); ++i) {
            if (clause_of(i) == k && together_word(card(i).label)) return true;
        }
        return false;
    }

    // The predicate card of the first clause after clause k that has one, or -1.
    int next_predicate(int k) const {
        for (std::size_t j = static_cast<std::size_t>(k) + 1; j < states_.size(); ++j) {
            if (states_[j].card >= 0 && !states_[j].nominal) return states_[j].card;
        }
        return -1;
    }

    // Whether a family member or a teacher tapped first is asked the question (? 엄마 밥 먹다 →
    // 엄마, 밥 먹어요?): a yes-no question with ? (no question word, which asks about them: 엄마는
    // 뭐 먹어요?), about no one else, with a verb the listener may do.
    bool asked_yes_no(int k, int i) const {
        const Clause& c = clause(k);
        // (asking leave, wanting or asking for something, the speaker is who does it)
        if (!question_ || !addressed(card(i)) || c.permission >= 0 || c.want >= 0 || c.give >= 0 ||
            states_[static_cast<std::size_t>(k)].pred.kind != Kind::verb)
            return false;
        bool question_card = false;
        for (int j = 0; j < size(); ++j) {
            question_card = question_card || card(j).kind == Kind::question;
            if (card(j).has(Flag::wh)) return false;
        }
        // (and something the verb is done to: 엄마 오다 ? asks whether she comes, 엄마가 와요?)
        bool thing = false;
        for (int j : c.nouns) {
            if (j == i) continue;
            if (card(j).is_a("person") || card(j).is_a("animal")) return false;
            thing = thing || !card(j).is_a("time");
        }
        return question_card && thing;
    }

    // Whether a verb honours its subject with a word of its own (먹다 → 드시다, 자다 → 주무시다,
    // 있다 → 계시다), not only with -(으)시- (놀다 → 노세요): the honorific form starts with
    // another syllable, its final consonant aside.
    static bool own_honorific(const std::string& lemma) {
        auto h = predicate::conjugate(lemma, Form::polite_present,
                                      predicate::Manner{SpeechLevel::polite, true});
        if (!h || h->text.empty() || lemma.empty()) return false;
        std::size_t a = 0, b = 0;
        const char32_t x = hangul::next(h->text, a);
        const char32_t y = hangul::next(lemma, b);
        const auto onset_vowel = [](char32_t c) {
            return c >= 0xAC00 && c <= 0xD7A3 ? static_cast<int>((c - 0xAC00) / 28) : -1;
        };
        return onset_vowel(x) != onset_vowel(y);
    }

    // How 주다 after a verb joins the next predicate: the reason for thanks with -아서 (빌려줘서
    // 고마워요), anything else with -고.
    Form give_joining(int k) const {
        const int next = next_predicate(k);
        return next >= 0 && thanks(card(next)) ? Form::sequential : Form::connective;
    }

    // How a predicate before another one joins it: a verb before an adjective of liking or ease
    // takes -기 (가다 싫다 → 가기 싫어요), an adjective gives a reason with -아서 (배부르다 먹다 →
    // 배불러서 먹어요), a verb of going or sitting is followed in time with -아서 (가서 놀아요),
    // and any other verb joins with -고 (먹고 자요).
    // Whether only particles, 안 or 못 and nouns (who feels it: 친구 울다 나 속상하다) stand
    // between cards a and b.
    bool only_nouns_between(int a, int b) const {
        for (int i = a + 1; i < b; ++i) {
            const Kind k = card(i).kind;
            if (k != Kind::noun && k != Kind::particle && k != Kind::negative && k != Kind::cannot)
                return false;
        }
        return true;
    }

    std::string joining_form(int k, int p) {
        // (a verb no card says is the one the clause implies: 다 안 그래서 먹다 → 다 안 해서; one
        // tried is said with 보다: 입다 보다 도와주다 → 입어 보는 거 도와주세요)
        const ResolvedCard& v =
            state(k).implied || !state(k).tried.empty() ? state(k).pred : card(p);
        const int next = next_predicate(k);
        bool adjacent = next >= 0;
        for (int i = p + 1; i < next && adjacent; ++i) {
            adjacent = card(i).kind == Kind::particle || card(i).kind == Kind::negative ||
                       card(i).kind == Kind::cannot || clause_of(i) == k;
        }
        const bool hon = state(k).honorific;
        if (state(k).doing) return conjugated(v, Form::modifier, p) + " 거";  // 그리는 거
        // A time word said of the verb, right after it: 자다 전 → 자기 전에, 먹다 다음 → 먹은
        // 다음에 (flags prior and later).
        if (v.kind == Kind::verb && p + 1 < size() && is_noun(p + 1) && clause_of(p + 1) == k) {
            if (card(p + 1).has(Flag::prior)) return conjugated(v, Form::nominal, p);
            if (card(p + 1).has(Flag::later)) return conjugated(v, Form::modifier_past, p);
        }
        if (state(k).because && !hon) {
            if (std::string reason = predicate::because(v.lemma); !reason.empty()) return reason;
        }
        if (state(k).joined != Form::polite_present) return conjugated(v, state(k).joined, p, hon);
        // Watching (flag alongside) before what leave is asked for or what is forbidden is done
        // at the same time: 텔레비전을 보면서 밥을 먹어도 돼요?, 휴대폰을 보면서 건너면 안 돼요.
        if (v.kind == Kind::verb && v.has(Flag::alongside) && !hon && next >= 0 &&
            card(next).kind == Kind::verb && !card(next).has(Flag::motion) &&
            clause_of(next) >= 0 && clause(clause_of(next)).permission >= 0)
            return predicate::conditional(v.lemma) + "서";
        // What happens or how things are before taking care (flag warns) is why, with -(으)니까:
        // 자동차가 오니까 조심해요, 미끄러우니까 조심해요.
        if ((v.kind == Kind::verb || v.kind == Kind::adjective) && !hon && next >= 0 &&
            card(next).has(Flag::warns)) {
            if (std::string reason = predicate::because(v.lemma); !reason.empty()) return reason;
        }
        // (who goes is honoured in what for too where the verb has a word of its own for it:
        // 할머니가 점심을 드시러 오세요; but 할머니가 놀러 오세요)
        if (state(k).purpose) {
            const bool goer = next >= 0 && clause_of(next) >= 0 && state(clause_of(next)).honorific;
            return conjugated(v, Form::purpose, p, hon || (goer && own_honorific(v.lemma)));
        }
        // (what happened is not what one is afraid to do: 풍선 터지다 무섭다 → 풍선이 터져서
        // 무서워요, below; nor is how a food is, the verb read as a state: 약 쓰다 싫다 → 약이
        // 써서 싫어요, 빵 타다 싫다 → 빵이 타서 싫어요; nor what someone else does: 동생 울다
        // 싫다 → 동생이 울어서 싫어요, not 울기 싫어요, which only the one who feels it may say of
        // themselves; nor what happens with no one doing it: 비 오다 무섭다 → 비가 와서
        // 무서워요, 흔들리다 무섭다 → 흔들려서 무서워요)
        const bool not_own_doing =
            v.kind == Kind::verb &&
            (v.has(Flag::exp) ||
             std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(), [&](int i) {
                 return role(i).role == Role::subject && !card(i).pronoun &&
                        !card(i).has(Flag::speaker);
             }));
        // (nor what one cannot do, which has no -기 form: 수학 못 하다 싫다 → 수학을 못 해서
        // 싫어요, not 못 하기 싫어요)
        if ((not_own_doing || clause(k).cannot) && next >= 0 && adjacent &&
            card(next).has(Flag::gi))
            return conjugated(v, Form::sequential, p);
        if (v.kind == Kind::verb && next >= 0 && adjacent && card(next).has(Flag::gi) &&
            !v.has(Flag::report))
            return conjugated(v, Form::nominal, p);
        // An action before how the body hurts says when it does: 우유 마시다 배 아프다 → 우유를
        // 마시면 배가 아파요, 머리 빗다 아프다 → 머리를 빗으면 아파요 (what happened says why:
        // 넘어져서 아파요, below).
        if (v.kind == Kind::verb && next >= 0 && card(next).kind == Kind::adjective &&
            !v.has(Flag::report) && !v.has(Flag::motion) && !v.has(Flag::seo) &&
            felt_on_body(card(next)) && only_nouns_between(p, next) && !hon)
            return predicate::conditional(v.lemma);
        // Thanks for what someone did: the verb is a favour done, with 주다 (기다리다 고맙다 →
        // 기다려 줘서 고마워요; 도와주다 and 빌려주다 already say it).
        if (v.kind == Kind::verb && next >= 0 && card(next).has(Flag::favour) && adjacent &&
            !says_give(v.lemma)) {
            // (빌리다 thanked for is 빌려주다, one word: 빌려줘서 고마워요)
            if (const std::string lent = joined_with_give(v.lemma); !lent.empty())
                return conjugated(implied_card(lent), Form::sequential, p, hon);
            return conjugated(v, Form::infinitive, p) + " " +
                   conjugated(implied_card("주다"), Form::sequential, p, hon);
        }
        // What one thanks or says sorry for is its reason (때려서 미안해요, 도와줘서 고마워요), and
        // what happened before how someone is, is why (넘어지다 아프다 → 넘어져서 아파요).
        // (so is what happened before how someone feels about it: 친구가 놀려서 속상해요)
        // Before a request, how something is gives its reason with -(으)니까, as -아서 cannot
        // (배고프니까 밥 주세요).
        // So does what happens to a thing, with no one doing it (기침 나다 물 주다 → 기침이
        // 나니까 물 주세요; 비 오다 우산 주다 → 비가 오니까 우산 주세요).
        // (And what happened, told after the fact: 다리 다치다 업다 주다 → 다리를 다쳤으니까 업어
        // 주세요, as -아서 cannot go before a request.)
        const bool happens =
            v.kind == Kind::verb &&
            (v.has(Flag::report) ||
             std::any_of(clause(k).nouns.begin(), clause(k).nouns.end(), [&](int i) {
                 return role(i).role == Role::subject && !card(i).is_a("person") &&
                        !card(i).is_a("animal") && !card(i).pronoun;
             }));
        if ((v.kind == Kind::adjective || happens) && !hon && next >= 0 && clause_of(next) >= 0 &&
            state(clause_of(next)).request) {
            // (what happened, told after the fact: 로봇이 고장 났으니까 고쳐 주세요)
            if (v.has(Flag::report) && !present_time_) {
                if (std::string reason = predicate::because_past(v.lemma); !reason.empty())
                    return reason;
            }
            if (std::string reason = predicate::because(v.lemma); !reason.empty()) return reason;
        }
        // So does how things are or what someone else does before what is forbidden: 바닥이
        // 미끄러우니까 뛰면 안 돼요, 아기가 자니까 시끄러우면 안 돼요.
        const bool forbidden_next =
            next >= 0 && clause_of(next) >= 0 && forbids(clause(clause_of(next)));
        // (with what it is said of named; a bare 뜨겁다 stays 뜨거워서 만지면 안 돼요)
        const bool said_of_other = std::any_of(
            clause(k).nouns.begin(), clause(k).nouns.end(),
            [&](int i) { return role(i).role == Role::subject && !card(i).has(Flag::speaker); });
        if ((v.kind == Kind::adjective || v.kind == Kind::verb) && said_of_other && !hon &&
            forbidden_next) {
            if (std::string reason = predicate::because(v.lemma); !reason.empty()) return reason;
        }
        // One honoured doer of both verbs is honoured once, on the last: 할아버지가 기차를 타고
        // 오세요, 할머니가 시장에 가서 생선을 사세요 (but 할머니가 오셔서 행복해요: the child is
        // happy).
        const bool once = hon && next >= 0 && clause_of(next) >= 0 &&
                          state(clause_of(next)).honorific && card(next).kind == Kind::verb &&
                          v.kind == Kind::verb;
        // (two ways one feels are listed: 배고프다 졸리다 → 배고프고 졸려요)
        const bool two_feelings = v.kind == Kind::adjective && v.has(Flag::feeling) && next >= 0 &&
                                  card(next).kind == Kind::adjective &&
                                  card(next).has(Flag::feeling);
        // (and so are two things said of one thing, the second with no noun of its own: 양말이
        // 작다 귀엽다 → 작고 귀여워요)
        const auto describes = [&](const ResolvedCard& a) {
            return a.kind == Kind::adjective && !a.has(Flag::feeling) && !a.has(Flag::exp) &&
                   !a.has(Flag::reaction) && !a.has(Flag::attitude) && !a.has(Flag::gi) &&
                   !thanks(a);
        };
        const bool two_descriptions = describes(v) && next >= 0 && describes(card(next)) &&
                                      clause_of(next) >= 0 && clause(clause_of(next)).nouns.empty();
        // (effort, before how one feels, is why: 많이 걸어서 피곤해요; flag tiring)
        const bool tiring = v.has(Flag::tiring) && next >= 0 &&
                            card(next).kind == Kind::adjective && card(next).has(Flag::feeling);
        const bool carried = next >= 0 && carries_over(clause_of(p), clause_of(next));
        const bool sequential =
            (v.kind == Kind::adjective && !two_feelings && !two_descriptions) || v.has(Flag::seo) ||
            carried || tiring || (next >= 0 && thanks(card(next))) ||
            (v.has(Flag::report) && next >= 0) ||  // 넘어져서 다쳤어요, 넘어져서 울어요
            (next >= 0 && card(next).has(Flag::reaction) && only_nouns_between(p, next));
        // How something is, after what was done or how something else is, with no 그래서 or
        // 그리고 tapped: which one is the reason is a guess (동생 울다 배고프다 may be 배고파서
        // 울어요; 강아지 병원 가다 아프다, 아파서 병원에 가요).
        if (next >= 0 && card(next).kind == Kind::adjective && !thanks(card(next)) &&
            !card(next).has(Flag::reaction) && !v.has(Flag::report) && !two_descriptions &&
            !tiring) {
            warn_about("guessed_link",
                       "'%' and '%' were tapped with no 그래서 or 그리고: which one is the reason "
                       "is a guess",
                       {v.label, card(next).label}, p);
            lower(Confidence::medium);
        }
        // So is an action, then what an animal or a thing does of itself after it (고삐 당기다 말
        // 멈추다: 당기면, 당겨서 or 당기고 말이 멈춰요).
        if (next >= 0 && v.kind == Kind::verb && card(next).kind == Kind::verb && !sequential &&
            !v.has(Flag::report) && clause_of(next) >= 0 && !state(clause_of(next)).request &&
            clause(clause_of(next)).want < 0 && clause(clause_of(next)).permission < 0 &&
            std::any_of(clause(clause_of(next)).nouns.begin(), clause(clause_of(next)).nouns.end(),
                        [&](int i) {
                            return role(i).role == Role::subject && !card(i).is_a("person") &&
                                   !card(i).pronoun && i > p;
                        }) &&
            only_nouns_between(p, next)) {
            warn_about("guessed_link",
                       "'%' and '%' were tapped with no 그래서 or 그리고: how they join is a guess",
                       {v.label, card(next).label}, p);
            lower(Confidence::medium);
        }
        // A posture tapped after what it was moved before is how that is done, a guess: 읽다 책
        // 앉다 바닥 → 바닥에 앉아서 책을 읽어요 (it may have come after: 읽고 앉아요).
        if (next >= 0 && posture(v) && v.tap > card(next).tap) {
            warn_about("guessed_link",
                       "'%' was tapped after '%' and read as how it is done: a guess",
                       {v.label, card(next).label}, p);
            lower(Confidence::medium);
        }
        return conjugated(v, sequential ? Form::sequential : Form::connective, p, hon && !once);
    }

    void copula_words(int k) {
        const Clause& c = clause(k);
        const ClauseState& s = state(k);
        const int p = s.card;
        const bool past = (past_ || s.reported) && s.main;
        const bool negative = s.pred.lemma == "아니다" || c.negative >= 0;
        if (c.negative >= 0) word(c.negative).clear();  // 안 + 이다 is 아니에요
        if (negative) {
            word(p) = predicate::negative_copula(past, level_);
            return;
        }
        // 이에요/예요 after the complement, chosen by its sound like a particle.
        int complement = -1;
        for (int i = p - 1; i >= 0; --i) {
            if (is_noun(i)) {
                complement = i;
                break;
            }
            if (card(i).kind != Kind::particle) break;
        }
        if (complement < 0) {
            // No noun for it to follow: beside another predicate (사과 먹다 이다) it says nothing
            // and is absorbed, named by a warning; alone it is the copula by itself.
            if (predicate::has_other_predicate(cards_, p)) {
                word(p).clear();
                warn_about("copula_without_noun", "'%' has no noun before it and was left out",
                           {card(p).label}, p);
                lower(Confidence::medium);
                return;
            }
            // Alone, it glues to whatever word is before it, so it follows that word's sound.
            for (int i = p - 1; i >= 0; --i) {
                if (word(i).empty()) continue;
                if (auto e = predicate::copula_ending(word(i), past, level_)) {
                    word(p) = *e;
                    return;
                }
                break;
            }
            word(p) = predicate::copula_alone(past, level_);
            return;
        }
        // The word the ending follows: the child's particle when it stays (사과가 아니에요 …), else
        // the noun itself (사과 가 이다 → 사과예요: the particle card was absorbed).
        const int last = has_particle_card(complement) && !word(complement + 1).empty()
                             ? complement + 1
                             : complement;
        auto ending = predicate::copula_ending(word(last), past, level_);
        word(p) = ending ? *ending : predicate::copula_alone(past, level_);
    }

    // The words of a sentence of nouns only, as nominal_roles planned them.
    void nominal_words(int k) {
        const Clause& c = clause(k);
        const ClauseState& s = state(k);
        const bool polite = level_ == SpeechLevel::polite;
        const auto yo_after = [&](int i) {  // 요 after card i's word: 물이요, 나도요, 어디요
            if (!polite) return;
            // (not again where the child tapped 요: 물 요, 사과 를 요)
            for (int j = card(i).kind == Kind::particle ? i : i + 1;
                 j < size() && card(j).kind == Kind::particle; ++j) {
                if (any_of_particles(card(j).label, {"이요/요"})) return;
            }
            // After a particle it is always 요, whatever the particle ends in: 사과를요, 책을요,
            // 학교에서요 (이요 is for a noun: 책이요); after the last of the child's particle
            // cards (나 만 은 → 나만은요).
            if (card(i).kind == Kind::particle) {
                while (i + 1 < size() && card(i + 1).kind == Kind::particle && !word(i + 1).empty())
                    ++i;
            }
            if (card(i).kind == Kind::particle || !inserts_[static_cast<std::size_t>(i)].empty()) {
                inserts_[static_cast<std::size_t>(i)].push_back("요");
                return;
            }
            if (auto a = particle::attach(word(i), "이요/요"))
                inserts_[static_cast<std::size_t>(i)].push_back(a->particle);
        };
        if (s.nominal_heads.empty()) {
            // No noun: a question word alone takes 요 (왜요?, 어떻게요?).
            if (!c.adverbs.empty() && card(c.adverbs.back()).has(Flag::wh)) {
                question_ = true;
                yo_after(c.adverbs.back());
            }
            return;
        }
        const int last = s.nominal_heads.back();
        switch (s.shape) {
            case Nominal::copula: {
                // A thing asked 누구 asks whose it is: 이거 누구 → 이거 누구 거예요?
                const int subject =
                    s.nominal_heads.size() >= 2 ? s.nominal_heads[s.nominal_heads.size() - 2] : -1;
                if (card(last).label == "누구" && subject >= 0 && card(subject).pronoun &&
                    card(subject).is_a("thing"))
                    word(last) += " 거";
                // (said of an elder, honoured: 선생님은 몇 살이세요?, 할머니는 의사세요)
                const bool honoured = subject >= 0 && card(subject).elder &&
                                      card(subject).is_a("person") &&
                                      !card(subject).has(Flag::speaker);
                if (auto e = predicate::copula_ending(word(last), past_, level_, honoured))
                    word(last) += *e;
                break;
            }
            case Nominal::yo:
                yo_after(last);
                break;
            case Nominal::yo_after_particle:
                yo_after(last + 1);
                break;
            case Nominal::where_is: {
                const int subject =
                    s.nominal_heads.size() >= 2 ? s.nominal_heads[s.nominal_heads.size() - 2] : -1;
                const bool elder = subject >= 0 && card(subject).elder;
                const auto there =
                    conjugated(implied_card("있다"),
                               past_ ? Form::polite_past : Form::polite_present, last, elder);
                word(last) += " " + there;  // 엄마는 어디 있어요?
                break;
            }
            case Nominal::has:  // 나는 충치가 둘 있어요
                word(last) +=
                    " " + conjugated(implied_card("있다"),
                                     past_ ? Form::polite_past : Form::polite_present, last);
                break;
            case Nominal::is_at:  // 사촌 집에 강아지가 있어요
                if (auto a = particle::attach(word(last), "이/가"))
                    word(last) = a->text + " " +
                                 conjugated(implied_card("있다"),
                                            past_ ? Form::polite_past : Form::polite_present, last);
                break;
            case Nominal::stained:  // 손에 클레이가 묻었어요, 눈에 모래가 들어갔어요
                if (auto a = particle::attach(word(last), "이/가")) {
                    const bool in = s.nominal_heads.size() == 2 &&
                                    goes_in(card(s.nominal_heads.front()), card(last));
                    // (a stuff with a verb of its own of what happened says it: 손 가시 → 손에
                    // 가시가 박혔어요; 똥 verb:누다 is what one does)
                    const lexicon::Entry* own_entry = lexicon::find(card(last).verb);
                    const std::string own =
                        own_entry && own_entry->has(Flag::report) ? card(last).verb : std::string();
                    auto got_on =
                        in ? predicate::conjugate("들어가다", Form::polite_past,
                                                  predicate::Manner{level_, false})
                        : !own.empty() && conjugate::known_class(own)
                            ? predicate::conjugate(own, Form::polite_past,
                                                   predicate::Manner{level_, false})
                            : predicate::conjugate("묻다", Form::polite_past,
                                                   predicate::Manner{level_, false}, "stick");
                    if (got_on) word(last) = a->text + " " + got_on->text;
                }
                break;
            case Nominal::asked:  // 내 양동이 주세요
                word(last) += " " + conjugated(implied_card("주다"), Form::request, last);
                break;
            case Nominal::list:
                no_verb();
                break;
            case Nominal::bare:
            case Nominal::none:
                break;
        }
    }

    void no_verb() {
        if (no_verb_warned_) return;
        no_verb_warned_ = true;
        warn("no_verb", "there is no verb; the words are shown as they are");
        lower(Confidence::low);
    }

    // An adjective right before the noun it describes takes the modifier form: 작다 컵 → 작은 컵;
    // what became of a thing, the past one: 젖다 양말 → 젖은 양말.
    // What was done to it, too, as a guess: 찾다 사탕 먹다 → 찾은 사탕.
    void modifiers() {
        for (int i = 0; i < size(); ++i) {
            const char m = structure_.modifier[static_cast<std::size_t>(i)];
            if (!m) continue;
            const bool done_to = m == kDoneTo;
            word(i) = conjugated(
                card(i), done_to || changes_state(card(i)) ? Form::modifier_past : Form::modifier,
                i);
            if (done_to) {
                warn_about("which_one",
                           "'%' before '%' was read as what was done to it, not as a step before",
                           {card(i).label, card(i + 1).label}, i);
                lower(Confidence::medium);
            }
        }
    }

    // Grammar cards no clause used: 싶다 after nouns that imply no verb, 안 with nothing to deny.
    void grammar_left_over() {
        for (int i = 0; i < size(); ++i) {
            const Kind kd = card(i).kind;
            if (kd != Kind::want && kd != Kind::negative && kd != Kind::cannot &&
                kd != Kind::give && kd != Kind::permission)
                continue;
            const int k = clause_of(i);
            if (k >= 0 && !state(k).nominal) continue;
            if (kd == Kind::give) {
                word(i) = level_ == SpeechLevel::plain ? "줘" : "주세요";
                continue;
            }
            word(i).clear();
            warn_about("grammar_without_verb",
                       "'%' needs a verb, and none of the cards implies one", {card(i).label}, i);
            lower(Confidence::low);
        }
    }

    // A connective starts a new sentence: 배가 아파요. 그래서 병원에 가요. 아니면 asks which of
    // two: 놀아요, 아니면 자요?
    void sentence_breaks() {
        for (int i : request_ends_) inserts_[static_cast<std::size_t>(i)].push_back(".");
        for (int i = 1; i < size(); ++i) {
            if (card(i).kind != Kind::connective) continue;
            if (std::find(joined_links_.begin(), joined_links_.end(), i) != joined_links_.end())
                continue;  // said by the ending before it (늦어서 미안해요)
            const bool choice = card(i).label == "아니면";
            // (nothing said before it, nothing to end: a stray 요 left out, 요 그리고 → 그리고)
            bool said = false;
            for (int j = 0; j < i && !said; ++j) said = !word(j).empty();
            if (!said) continue;
            inserts_[static_cast<std::size_t>(i) - 1].push_back(choice ? "," : ".");
            if (choice) question_ = true;
        }
        // An interjection before the rest of the sentence is set off: 네, 좋아요; 아니요, 안
        // 먹어요; 우와, 커요.
        for (int i = 0; i + 1 < size(); ++i) {
            if (card(i).kind != Kind::interjection || word(i).empty() ||
                !inserts_[static_cast<std::size_t>(i)].empty())
                continue;
            int next = i + 1;
            while (next < size() && word(next).empty()) ++next;
            if (next < size() && card(next).kind != Kind::interjection &&
                card(next).kind != Kind::question)
                inserts_[static_cast<std::size_t>(i)].push_back(",");
        }
    }

    // ---- the question mark
    // ---------------------------------------------------------------------------
    void question_mark() {
        if (!question_) return;
        // "?" stands as the last word; a "?" tapped earlier moves to the end of the sentence.
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind == Kind::question && i != size() - 1) word(i).clear();
        }
        if (card(size() - 1).kind == Kind::question) {
            word(size() - 1) = "?";
            return;
        }
        inserts_[static_cast<std::size_t>(size()) - 1].push_back("?");
    }

    // ---- Edits, rendering, confidence
    // ------------------------------------------------------------
    Completion finish() {
        Completion out;
        std::size_t changed = 0, inserted = 0, nouns = 0;
        for (int i = 0; i < size(); ++i) {
            changed += words_[static_cast<std::size_t>(i)] != card(i).label;
            inserted += inserts_[static_cast<std::size_t>(i)].size();
            nouns += is_noun(i);
        }
        out.edits.transformed_words.reserve(changed);
        out.edits.insert_words.reserve(inserted);
        out.roles.reserve(nouns);
        int index = 0;
        for (int i = 0; i < size(); ++i) {
            if (words_[static_cast<std::size_t>(i)] != card(i).label) {
                out.edits.transformed_words.push_back(
                    EditWord{index, words_[static_cast<std::size_t>(i)]});
            }
            ++index;
            for (const std::string& w : inserts_[static_cast<std::size_t>(i)])
                out.edits.insert_words.push_back(EditWord{index++, w});
        }
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            const Choice& c = role_[static_cast<std::size_t>(i)];
            out.roles.push_back(NounRole{i, c.role, c.particle, c.source});
        }
        if (auto rendered = render(cards_, out.edits))
            out.rendered = std::move(rendered).value();  // the rules' own edits always place
        if (std::none_of(cards_.begin(), cards_.end(),
                         [](const ResolvedCard& c) { return c.content(); }) &&
            std::none_of(states_.begin(), states_.end(),
                         [](const ClauseState& s) { return s.implied || s.card >= 0; })) {
            warn("no_verb", "only grammar cards were tapped");  // ? alone
            lower(Confidence::low);
        }
        if (out.rendered.sentence.empty() && !cards_.empty()) {
            // Every card was absorbed (a stray particle alone): show the labels rather than
            // nothing.
            warn("no_verb", "no card could make a sentence; the cards are shown as they are");
            lower(Confidence::low);
            out.edits = Edits{};
            // Each particle still takes the form the word before it asks for (은 를 → 은을), as
            // the validator would repair it; 요 after a particle is 요 (랑 요 → 랑요, found by
            // fuzz_cards).
            for (int i = 1; i < size(); ++i) {
                if (card(i).kind != Kind::particle) continue;
                if (card(i - 1).kind == Kind::particle &&
                    any_of_particles(card(i).label, {"이요/요"})) {
                    if (card(i).label != "요")
                        out.edits.transformed_words.push_back(EditWord{i, "요"});
                    continue;
                }
                const auto a = particle::attach(card(i - 1).label, card(i).label);
                if (a && a->particle != card(i).label)
                    out.edits.transformed_words.push_back(EditWord{i, a->particle});
            }
            if (auto rendered = render(cards_, out.edits))
                out.rendered = std::move(rendered).value();
        }
        for (int i = 0; i < size(); ++i) {
            if ((card(i).predicate() || card(i).kind == Kind::noun) && unknown(i))
                lower(Confidence::medium);
        }
        out.cards = std::move(cards_);
        out.confidence = confidence_;
        out.warnings = std::move(warnings_);
        return out;
    }

    std::vector<ResolvedCard> cards_;
    int size_ = static_cast<int>(cards_.size());
    SentenceOptions options_;
    SentenceLists& lists_ = sentence_lists();
    Structure& structure_ = lists_.structure;
    std::vector<ClauseState>& states_ = lists_.states;
    std::vector<std::string>& words_ = lists_.words;  // each card's final word ("" when absorbed)
    // words inserted after each card: 를, ",", "?"
    std::vector<std::vector<std::string>>& inserts_ = lists_.inserts;
    std::vector<Choice>& role_ = lists_.roles;
    std::vector<int> guessed_;
    std::vector<Warning> warnings_;
    std::vector<int> joined_links_;  // 그래서 and 그리고 cards said by the ending before them
    std::vector<int> request_ends_;  // the last card of a request something follows: a "." after
    Confidence confidence_ = Confidence::high;
    SpeechLevel level_ = SpeechLevel::polite;
    bool question_ = false;
    int called_ = -1;      // a person called by tapping them again and again at the start
    int told_first_ = -1;  // an elder called first who hears what the speaker did
    bool past_ = false;
    bool present_time_ = false;
    bool to_friend_ = false;  // the 친구에게 card: a friend listens
    bool no_verb_warned_ = false;
};

}  // namespace

bool particle_fits(std::string_view child, const NounRole& noun) {
    const Role role = noun.role;
    const std::string& engine = noun.particle;
    if (!engine.empty() && particle::same_particle(child, engine)) return true;
    if (role == Role::subject || role == Role::object || role == Role::topic ||
        role == Role::complement || role == Role::none || role == Role::time) {
        if (is_focus_particle(child)) return true;
    }
    if (role == Role::topic || role == Role::vocative)
        return any_of_particles(child, {"이/가", "은/는"});
    if (role == Role::companion || role == Role::coordinated)
        return any_of_particles(child, {"와/과", "하고", "이랑/랑"});
    if (role == Role::recipient) return any_of_particles(child, {"한테", "에게", "께"});
    if (role == Role::destination) return any_of_particles(child, {"에", "(으)로", "한테", "에게"});
    if (role == Role::at) return any_of_particles(child, {"에"});
    if (role == Role::possessor) return any_of_particles(child, {"의"});
    return false;
}

const char* to_string(Confidence c) {
    switch (c) {
        case Confidence::high:
            return "high";
        case Confidence::medium:
            return "medium";
        case Confidence::low:
            return "low";
    }
    return "low";
}

Completion complete_arranged(std::vector<ResolvedCard> cards, const SentenceOptions& options) {
    return Sentence(std::move(cards), options).run();
}

Result<Completion> complete(const std::vector<Card>& cards, const SentenceOptions& options) {
    auto arrangement = arrange(cards, options);
    if (!arrangement) return arrangement.error();
    Arrangement arranged = std::move(arrangement).value();
    const auto nouns = std::count_if(arranged.cards.begin(), arranged.cards.end(),
                                     [](const ResolvedCard& c) { return c.kind == Kind::noun; });
    const bool moved = arranged.moved;
    Completion out = complete_arranged(std::move(arranged.cards), options);
    // Taps put in Korean order with three or more nouns among them: which noun is which is read
    // from the nouns alone, and on new children's taps that was wrong about half the time (넣다
    // 안약 엄마 눈: who puts what, and where).
    if (moved && nouns >= 3) {
        out.warnings.push_back(Warning{"rearranged",
                                       "the cards were put in Korean order and " +
                                           std::to_string(nouns) +
                                           " nouns took their roles from that order: a guess",
                                       -1});
        if (out.confidence == Confidence::high) out.confidence = Confidence::medium;
    }
    for (int tap : arranged.repeats) {
        // (안 again right before 되다 may forbid, not repeat: 헬멧 안 쓰다 안 되다 may mean 안 쓰면
        // 안 돼요, which the rules cannot say yet; the sentence is a guess)
        const auto at = [&](int t) -> const lexicon::Entry* {
            return t >= 0 && t < static_cast<int>(cards.size())
                       ? lexicon::find(cards[static_cast<std::size_t>(t)].label)
                       : nullptr;
        };
        const lexicon::Entry* left = at(tap);
        const lexicon::Entry* then = at(tap + 1);
        const bool may_forbid =
            left && left->has(Flag::negative) && then && then->has(Flag::permission);
        out.warnings.push_back(Warning{
            "repeated_card",
            "card " + std::to_string(tap + 1) + " repeats the card before it and counts once" +
                (may_forbid ? std::string("; before '") + std::string(then->lemma) +
                                  "' it may forbid (안 … 안 되다)"
                            : std::string()),
            -1});
        if (may_forbid && out.confidence == Confidence::high) out.confidence = Confidence::medium;
    }
    out.repeats = std::move(arranged.repeats);
    return out;
}

}  // namespace malmoi
