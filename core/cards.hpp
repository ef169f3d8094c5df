// Cards as the core sees them: what each tapped card is (a noun, a verb, a particle the child
// tapped, a grammar card such as 싶다 or 안 …), from the teacher's annotation, the lexicon, or the
// label's shape. The rule engine, the renderer and the validator all read cards through here.
#pragma once

#include <string>
#include <vector>

#include "lexicon.hpp"
#include "result.hpp"

namespace malmoi {

using lexicon::Flag;

/// A card as the deck keeps it; only the label is required.
struct Card {
    Card() = default;
    explicit Card(std::string label_, std::string pos_ = {}, std::string noun_class_ = {})
        : label(std::move(label_)), pos(std::move(pos_)), noun_class(std::move(noun_class_)) {}

    std::string label;
    std::string pos;  ///< teacher's annotation: noun, pronoun, verb, adjective, …; "" if none
    std::string noun_class;  ///< teacher's annotation: food, place, …; "" if none
    std::string verb;  ///< teacher's annotation: the verb this noun implies with 싶다 (그네 →
                       ///< 타다); "" for the lexicon's or its class's
    bool honorific = false;  ///< teacher's annotation: a person spoken of with honorifics (원장님)
};

/// What a card does in the sentence.
enum class Kind {
    noun,       ///< nouns and pronouns: take a particle for their role
    verb,       ///< verbs: conjugated
    adjective,  ///< adjectives: conjugated; before a noun, its modifier (작은 컵)
    copula,     ///< 이다, 아니다
    particle,   ///< a particle the child tapped (를, 에서)
    want,  ///< 싶다 (먹고 싶어요; after a noun alone, the noun's verb: 사과 먹고 싶어요)
    give,        ///< 주다/주세요 after a verb (꺼 주세요), or after a noun (물 주세요)
    negative,    ///< 안
    cannot,      ///< 못
    question,    ///< ?
    past,        ///< a past-tense card (했어요)
    permission,  ///< 되다 after a verb: 타도 돼요?
    attempt,  ///< 보다 right after a verb: trying it (신다 보다 되다 → 신어 봐도 돼요?)
    finished,      ///< 다 before a verb: done (다 그렸어요)
    choice,        ///< 아니면, 말고 between two nouns (물 아니면 우유요?)
    connective,    ///< 그리고, 그래서, 그런데: stands between two clauses as it is
    plain_speech,  ///< a card that says this sentence is for a friend: 반말 (친구에게)
    determiner,    ///< 무슨, 어느, 몇, 두, 세: stands before its noun as it is
    adverb,        ///< 더, 빨리: stands as it is
    interjection,  ///< 안녕하세요: stands as it is
};

struct ResolvedCard {
    Kind kind = Kind::noun;
    std::string label;  ///< trimmed
    std::string lemma;  ///< the dictionary form of a verb (먹어요 → 먹다); else the label
    const lexicon::Entry* entry = nullptr;  ///< the lexicon row of the lemma, if any
    /// The compound it makes with the card tapped right before it (닭 다리 → 닭다리), if any.
    const lexicon::Entry* compound = nullptr;
    /// Noun classes (annotation first, else lexicon): views of the class names the tables keep,
    /// valid for the program's life, so a card copies no string for them.
    std::vector<std::string_view> classes;
    std::string verb;    ///< a noun's own implied verb (teacher's, else the lexicon's)
    bool known = false;  ///< the lexicon or the teacher said what this card is
    bool pronoun = false;
    bool elder = false;  ///< a person spoken of with honorifics (할머니, 선생님)
    int tap = -1;        ///< where the child tapped it (0 = first)
    bool stressed = false;  ///< an adjective tapped twice in a row (무겁다 무겁다): said of a thing

    lexicon::Flags shape_flags;  ///< flags its shape gives it (a digit is a number)

    /// A flag of its lexicon row (lexicon.tsv) or of its shape.
    bool has(Flag flag) const { return shape_flags.has(flag) || (entry && entry->has(flag)); }
    bool is_a(std::string_view noun_class) const { return lexicon::has_class(classes, noun_class); }
    bool predicate() const {
        return kind == Kind::verb || kind == Kind::adjective || kind == Kind::copula;
    }
    /// A card that carries meaning of its own (a noun, a predicate, an adverb …), as opposed to a
    /// grammar card that shapes another word.
    bool content() const;
};

/// The most cards one sentence may have.
constexpr std::size_t kMaxCards = 32;

/// Resolves every card. Errors: no_cards, too_many_cards, empty_label (names the card),
/// invalid_utf8, unknown_pos, unknown_class, not_dictionary_form.
Result<std::vector<ResolvedCard>> resolve(const std::vector<Card>& cards);

const char* to_string(Kind kind);

/// The part of the sentence card i is in, between connectives (그리고, 그래서): the cards [first,
/// last) around it.
struct Part {
    std::size_t first = 0;
    std::size_t last = 0;
};
Part part_around(const std::vector<ResolvedCard>& cards, std::size_t i);

/// Whether a frame's slot names the noun's class. A meal (아침, 점심: a time and a food) is named
/// only by a slot whose first class is food, what is eaten or made (아침을 먹어요); elsewhere it
/// says when (씻다 아침 → 아침에 씻어요, not washing it).
bool slot_names(const lexicon::Slot& slot, const ResolvedCard& noun);

/// Whether a verb is done to or towards someone other than its doer (던지다: to:person; 부르다:
/// obj:person first) and is not a request, a giving (주다, 도와주다) or an attitude (좋아하다:
/// flag attitude). With the speaker tapped after it and after someone else, that someone is who
/// does it (던지다 공 형 나 → 형이 나한테 공을 던져요), as the `agent` verbs' doer is. A verb done
/// to someone only as what it acts on is not, when one of `nouns` (indexes into `cards`) that is
/// not living is named as that (부르다 노래 친구 나: singing, not calling).
bool done_to_someone(const ResolvedCard& verb, const std::vector<ResolvedCard>& cards,
                     const std::vector<int>& nouns);

/// The verb an adverb alone stands for (its verb: flag): one word with it where the stem table
/// has that word (그만 → 그만하다), else the verb it goes with (다시 → 하다; 많이 → 많다); "" when
/// it has none the stem table knows.
std::string adverb_verb(const ResolvedCard& adverb);

/// Whether an adverb says how much (많이: verb:많다, an adjective): with no verb it says the
/// adjective of the nouns (숙제 많이 → 숙제가 많아요), or asks for a thing (밥 많이 주세요).
bool says_how_much(const ResolvedCard& adverb);

/// Whether a card offers a choice between what is around it: 말고, or a connective that does
/// (아니면: 물 아니면 우유요?).
bool offers_choice(const ResolvedCard& c);

/// Whether noun `a`, right before `b`, says what the book, film or picture `b` is about, or what a
/// thing made to look like something (flag depicts) looks like: 공룡 책, 곰 인형, 산타 모자 (flag
/// story). Anyone else owns it (엄마 책), and a tool draws it (크레파스로 그림).
bool depicts(const ResolvedCard& a, const ResolvedCard& b);

/// Whether an adjective says how a part of the body feels: its subject slot names the body (아프다,
/// 따갑다, 간지럽다). Such a feeling is never a thing's modifier, and an action before it says
/// when.
bool felt_on_body(const ResolvedCard& adjective);

/// Whether a card is an adjective of how the child feels (flag feeling) or of how the body feels
/// (felt_on_body): tapped first, with things alone after it, those are asked for, the feeling their
/// reason (춥다 담요 → 추우니까 담요 주세요). The arranging, the rules and the validator ask the
/// same.
bool feels(const ResolvedCard& card);

/// Whether a verb tells what became of a thing (flag result; or flag exp or report, no object, a
/// subject that is no one): 녹다, 식다, 젖다, 마르다, 깨지다, 굳다. Right before a noun a later
/// predicate takes, it says which one, in the past modifier: 젖다 양말 벗다 → 젖은 양말을 벗어요.
bool changes_state(const ResolvedCard& verb);

/// The determiner a pronoun is right before a noun: a pointing word (이거 → 이, 저거 → 저, 그거 →
/// 그: 이 책) or 뭐 asking which kind (뭐 → 무슨: 무슨 벌레), or "".
std::string_view determiner_form(std::string_view label);

/// A verb of how well (flag manner) said as its adverb next to another verb: 잘하다 → 잘.
std::string manner_form(std::string_view lemma);

/// The one word a verb makes with 주다 where Korean writes them together: 돕다 → 도와주다, 빌리다 →
/// 빌려주다 (도와주세요, not 도와 주세요). Empty for any other verb.
std::string joined_with_give(std::string_view lemma);

/// Whether a verb already says 주다, the favour, in its own word: 도와주다, 빌려주다, 읽어주다.
bool says_give(std::string_view lemma);

/// A number written with digits, with thousands commas or a decimal point (3, 1,000, 3.5); a
/// lone comma or point is none.
bool written_number(std::string_view s);

/// The verb a noun implies when the child taps it with 싶다 and no verb (사과 → 먹다, 그네 → 타다,
/// 학교 → 가다): the card's own, else its class's (core/data/classes.tsv); "" when none.
std::string implied_verb(const ResolvedCard& noun);
/// The verb 싶다 wants of a noun: the lexicon's wanted:X where the noun's own verb is what it does
/// by itself (냄새 verb:나다 wanted:맡다 → 냄새 맡고 싶어요), else implied_verb().
std::string wanted_verb(const ResolvedCard& noun);
/// Whether noun `a`, right before noun `b`, names which game, class or school `b` is (flag kinded):
/// 농구 게임, 목공 교실, 미술 학원 — one thing, its particle on `b`; so does an animal before a
/// young or a stage of one that is kinded (장수풍뎅이 애벌레), and an animal or a tree before a
/// pose (나비 자세, 나무 자세).
bool names_kind_of(const ResolvedCard& a, const ResolvedCard& b);

/// The 하다 verb an activity is done with, written as one word (세차 → 세차하다, 양치 → 양치하다),
/// where the lexicon has it; else nullptr.
const lexicon::Entry* done_as_verb(const ResolvedCard& noun);

/// Whether `food`, tapped right after `animal`, is wanted for it, to be given: its own food (flag
/// feed: 물고기 밥 싶다 → 물고기 밥 주고 싶어요) or any food or drink (햄스터 간식 싶다 →
/// 햄스터한테 간식을 주고 싶어요).
bool wanted_for(const ResolvedCard& animal, const ResolvedCard& food);

/// Whether two cards tapped side by side are an animal and food wanted for it, in either order
/// (물고기 밥 싶다, 건초 송아지 싶다 → 건초를 송아지한테 주고 싶어요): what 싶다 then wants is
/// 주다.
bool wanted_for_either(const ResolvedCard& a, const ResolvedCard& b);

/// 같이 or 함께: together with the noun before it, or with the listener.
bool together_word(std::string_view label);

}  // namespace malmoi
