// The first stages of the sentence engine, before either producer (the rules or the model) sees
// the cards (docs/design.md, "Arrange and options"):
//
//   1. repeats: a grammar card tapped twice in a row counts once; the same content card twice in a
//      row too, unless the teacher turned that off (사과 사과 먹다 → 사과 먹다);
//   2. structure: which clause each card belongs to — each predicate (verb, adjective,
//      copula) heads one, with the nouns, adverbs and grammar cards that go with it; an adjective
//      right before a noun that a later predicate takes modifies that noun (작다 컵 주다: 작은 컵);
//   3. arrangement: the cards in the order a teacher models — interjections first, then time words,
//      then each clause: its nouns in tap order (a question word that is the predicate last), its
//      adverbs, 다, 안/못, the predicate, and its 싶다/주다/되다; ? last.
//      마시다 우유 → 우유 마시다; 안 먹다 당근 → 당근 안 먹다; 가다 싶다 학교 → 학교 가다 싶다.
//
// Arranging is idempotent: arranging arranged cards changes nothing.
#pragma once

#include <string_view>
#include <vector>

#include "cards.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi {

/// One predicate and what goes with it. A sentence with no predicate has one clause whose
/// predicate is -1.
struct Clause {
    int predicate = -1;
    std::vector<int> nouns;    ///< noun cards, in order
    std::vector<int> adverbs;  ///< adverbs (같이 after a noun belongs to that noun, not here)
    int want = -1;             ///< 싶다
    int give = -1;             ///< 주다 after a verb, or after nouns alone
    int permission = -1;       ///< 되다 after a verb
    int attempt = -1;          ///< 보다 right after the verb: trying it (신어 봐요)
    int negative = -1;         ///< 안 or 못
    bool cannot = false;       ///< the negative card is 못
    int finished = -1;         ///< 다
};

/// Whether the clause forbids its verb: 안 after it, with 되다 (만지다 안 되다 → 만지면 안 돼요).
bool forbids(const Clause& c);

/// Which clause each card of a sentence belongs to.
struct Structure {
    std::vector<Clause> clauses;  ///< in the order of their predicates
    std::vector<int> clause_of;  ///< per card: its clause, or -1 (interjections, ?, connectives …)
    std::vector<char> modifier;   ///< per card: an adjective that modifies the noun after it (or
                                  ///< kDoneTo: a verb that says what was done to it)
    std::vector<int> segment_of;  ///< per card: the part of the sentence between connectives
};

/// Structure::modifier of a verb that says what was done to the thing after it: 찾은 사탕.
constexpr char kDoneTo = 2;

/// Reads the structure of cards in the order given.
Structure analyse(const std::vector<ResolvedCard>& cards);
/// The same into `out`, whose lists are refilled where they are (no allocation once they are long
/// enough, for a caller that reads one sentence after another).
void analyse(const std::vector<ResolvedCard>& cards, Structure& out);

struct Arrangement {
    std::vector<ResolvedCard> cards;  ///< in the order the producers see them; each keeps its .tap
    std::vector<int> repeats;         ///< taps left out as repeats, in tap order
    bool moved = false;               ///< some card stands elsewhere than where it was tapped
};

/// Leaves out repeats and, unless the teacher keeps tap order, arranges the cards.
Arrangement arrange(std::vector<ResolvedCard> tapped, const SentenceOptions& options);

/// Resolves and arranges cards as both producers see them: the rules, and the prompt and the
/// validator of the model path. Cards that moved are read again in their new order and arranged
/// until nothing moves, so the result arranges to itself. Errors: those of resolve().
Result<Arrangement> arrange(const std::vector<Card>& cards, const SentenceOptions& options);

/// How well a predicate's frame takes a noun: 2 a slot names its class, 1 an open slot, 0 none.
int frame_fit(const ResolvedCard& predicate, const ResolvedCard& noun);

/// Whether `noun` is an animal (not a person) a predicate with `frame` is done to and not done with
/// (말 with 보다: the horse is seen), so that 같이 after it is not with it: 말 같이 보다 가다 →
/// 말을 같이 보러 가자, but 강아지 같이 놀다 → 강아지랑 같이 놀아요.
bool seen_not_joined(const std::vector<lexicon::Slot>& frame, const ResolvedCard& noun);

/// A person a child calls by name to ask, thank or tell (엄마, 선생님, 할머니; not a younger
/// sibling, flag younger, nor a pronoun).
bool addressed(const ResolvedCard& person);

/// Of `nouns` (card indices), the one whose verb a clause with no verb card says (사과 싶다 →
/// 먹다), or -1: not the speaker, a question word or someone to be with (친구 같이); an activity
/// before a thing, a thing before a person (숨바꼭질 친구 싶다 → 숨바꼭질하다; 엄마 사과 싶다 →
/// 먹다), the last of a kind.
int verb_source(const std::vector<ResolvedCard>& cards, const std::vector<int>& nouns);

/// A noun that says what happens with this very verb (열 with 나다, 비 with 오다, 고장 with 나다).
bool says_what_happens(const ResolvedCard& noun, const ResolvedCard& predicate);

/// Whether noun i of a clause's nouns, with no verb, names something happening (flag event). One
/// that is also a body part (눈: snow, or an eye) does only with nothing but times and places
/// beside it: 밖 눈 → 밖에 눈이 와요, but 눈 모래 → 눈에 모래가 들어갔어요.
bool happening(const std::vector<ResolvedCard>& cards, const std::vector<int>& nouns, int i);

/// A thing someone has that is theirs: a thing, a toy, clothes or food (내 가방, 내 과자).
bool belonging(const ResolvedCard& noun);

/// What someone called is asked for when no verb is tapped: food, a drink, a tool (엄마 물 → 엄마,
/// 물 주세요; 선생님 가위 → 선생님, 가위 주세요), not a belonging (엄마 가방 → 엄마 가방이에요).
bool asked_for(const ResolvedCard& noun);

/// Whether card c, after cards[0, count), calls again the person tapped at the very start, every
/// card before it that person (엄마 엄마 전화: the second 엄마). Arranging keeps such taps; the
/// rules say the call once.
bool calls_again(const std::vector<ResolvedCard>& cards, std::size_t count, const ResolvedCard& c);

/// Whether card c, after cards[0, count), is a hurry (flag urges) tapped again right after itself
/// (빨리 빨리). Arranging keeps both taps, as they tell someone to hurry; the rules say it once.
bool hurries_again(const std::vector<ResolvedCard>& cards, std::size_t count,
                   const ResolvedCard& c);

/// Whether card i is a counter right after its number: 10 개 counts (not a dog), 3 층 says which.
bool counted_by(const std::vector<ResolvedCard>& cards, int i);

/// Whether a person is a baby or a younger sibling: the one a verb of looking after (flag tends) is
/// done to, whatever the tap order (먹이다 우유 아기 엄마 → 엄마가 아기한테 우유를 먹여요).
bool looked_after(const ResolvedCard& person);

/// A thing a child asks for by naming it: food, a drink, a toy, a thing, a tool, clothes, media (물
/// alone is 물이요, a request).
bool requestable(const ResolvedCard& noun);

/// An adjective of thanks or apology (고맙다, 미안하다: its frame names whom): a verb with it says
/// what for (도와주다 고맙다 → 도와줘서 고마워요).
bool thanks(const ResolvedCard& predicate);

/// A posture taken somewhere (앉다, 눕다, 엎드리다): a verb said with -아서 (flag seo) whose
/// frame has a piece of furniture to be at and nothing done to.
bool posture(const ResolvedCard& verb);

/// Whether a colour is what the predicate does things with, its frame's instrument naming colours
/// (칠하다: 로봇을 파란색으로 칠해요), and so not which thing, as 파란색 로봇 would be.
bool coloured_with(const ResolvedCard* predicate, const ResolvedCard& colour);

}  // namespace malmoi
