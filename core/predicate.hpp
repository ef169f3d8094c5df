// Predicates: the form of a verb, an adjective or the copula that the grammar cards, the speech
// level and honorifics ask for, built in one place for the rule engine and the validator alike
// (so a model may show a child exactly the forms the rules could have made).
//   먹다 + 싶다 → 먹고 싶어요 · 끄다 + 주다 → 꺼 주세요 · 안 + 꼬집다 + 주다 → 꼬집지 마세요 ·
//   타다 + 되다 → 타도 돼요 · 안 먹다 → 안 먹어요 · 못 + 공부하다 → 공부 못 해요 ·
//   의사 + 이다 → 의사예요 · 할머니 + 오다 → 오세요 · 반말: 먹어, 의사야
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cards.hpp"
#include "conjugate.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi::predicate {

/// How a predicate is said beyond its Form: the speech level and a subject spoken of with
/// honorifics (-(으)시-).
struct Manner {
    SpeechLevel level = SpeechLevel::polite;
    bool honorific = false;
};

/// `lemma` in `form`, said in `manner`, in the sense its lexicon row names if it names one (묻다
/// sense:stick → 묻었어요). Errors: those of conjugate::conjugate.
Result<conjugate::Conjugation> conjugate(std::string_view lemma, conjugate::Form form,
                                         Manner manner);

/// The same for a card's lemma: the lexicon row the card was resolved to is its sense's when it
/// is the lemma's row, so the rules, which conjugate the cards they read, look nothing up again.
Result<conjugate::Conjugation> conjugate(const ResolvedCard& card, conjugate::Form form,
                                         Manner manner);

/// The same for one sense of a homograph (묻다 "stick": 묻었어요, not 물었어요).
Result<conjugate::Conjugation> conjugate(std::string_view lemma, conjugate::Form form,
                                         Manner manner, std::string_view sense);

/// The speech level a sentence is said in: the board's, or 반말 when a card asks for it (친구에게).
SpeechLevel speech_level(const std::vector<ResolvedCard>& cards, const SentenceOptions& options);

/// The copula's ending after `word`, chosen by its last sound: 의사 → 예요, 학생 → 이에요; past
/// 였어요 / 이었어요; plain 야 / 이야, 였어 / 이었어. Said of an honoured subject in polite speech,
/// with -(으)시-: 의사세요, 몇 살이세요, 의사셨어요 (`honorific`). Errors: those of
/// particle::attach (unreadable_word …).
Result<std::string> copula_ending(std::string_view word, bool past, SpeechLevel level,
                                  bool honorific = false);

/// The copula said alone, with no noun before it: 이에요, 이었어요, 이야, 이었어.
std::string copula_alone(bool past, SpeechLevel level);

/// 아니다 in the present or past at a speech level: 아니에요, 아니었어요, 아니야, 아니었어.
std::string negative_copula(bool past, SpeechLevel level);

/// The stem of a dictionary form, 다 dropped (꼬집다 → 꼬집, 고장 나다 → 고장 나): what -지 and the
/// other consonant endings that never change the stem attach to (꼬집지 마세요).
std::string stem(std::string_view lemma);

/// What -지 마세요 asks not to do: a feeling that comes over someone (-나다) is asked of as what
/// they do (-내다): 화나다 → 화내지 마세요, 짜증나다 → 짜증내지 마세요. Any other verb's own stem.
std::string prohibited_stem(std::string_view lemma);

/// The -아도/-어도 form that asks leave (타도, 먹어도, 수영해도: what 돼요? follows), or "" for a
/// word that has none.
std::string asking_leave(std::string_view lemma);

/// The -(으)면 form of a verb (만지면, 먹으면, 놀면, 들으면, 도우면): what 안 돼요 follows to
/// forbid.
std::string conditional(std::string_view lemma);

/// The -(으)니까 form that gives a reason before a request, where -아서 cannot (배고프니까 밥
///주세요, 더우니까, 기니까): the stem -(으)면 takes, an ㄹ stem without its ㄹ.
std::string because(std::string_view lemma);

/// The same reason told after the fact, -았/었으니까 (고장 났으니까 고쳐 주세요): the past stem
/// with 으니까; "" for a word with no past.
std::string because_past(std::string_view lemma);

/// What a thing ridden says before `verb`, tapped right after it: 타다가 before a verb of falling
/// or getting hurt (flag report: 자전거를 타다가 넘어졌어요), 타고 before a verb of moving (flag
/// motion: 스키를 타고 내려와요); "" before any other.
std::string riding_before(const ResolvedCard& verb);

/// The verb that says someone else's feeling, for an adjective of feeling, where the lexicon has
/// it (무섭다 → 무서워하다, 좋다 → 좋아하다: 할머니가 햄스터를 무서워하세요); else "".
std::string felt_by_others(std::string_view adjective);

/// A native numeral's form before a counter: 하나 → 한, 둘 → 두, 셋 → 세, 넷 → 네, 스물 → 스무;
/// the others stay (다섯 개).
std::string native_before_counter(std::string_view numeral);

/// Whether a card other than `index` is a predicate (a verb, an adjective or the copula): a copula
/// with no noun before it is left out beside one (사과 먹다 이다 → 사과를 먹어요).
bool has_other_predicate(const std::vector<ResolvedCard>& cards, int index);

/// Every word the core accepts for card `index` of the arranged `cards` in a model's answer: its
/// label, its conjugations in every form, speech level and honorific, the noun with its copula, a
/// fused pronoun (내), "" for a grammar card absorbed into its predicate, and for 싶다, 안 and 못
/// the forms of the verbs the sentence's nouns imply (사과 싶다 → 먹고 싶어요); 저 and 제 for 나 on
/// a board whose first person is 저.
std::vector<std::string> words_for(const std::vector<ResolvedCard>& cards, int index,
                                   const SentenceOptions& options);

}  // namespace malmoi::predicate
