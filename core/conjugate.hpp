// Conjugation: a verb or adjective in its dictionary form (-다) to polite spoken Korean (해요체).
//   먹다 → 먹어요, 마시다 → 마셔요, 돕다 → 도와요, 듣다 → 들어요,
//   모르다 → 몰라요, 빨갛다 → 빨개요, 친구이다 → 친구예요,
//   공부하다 → 공부 안 해요, 맛있다 → 맛없어요 (negative).
//
// How a form is made, in order:
//   1. the stem: the last word less 다 (earlier words of a phrase such as
//      "손 씻다" stay as they are);
//   2. its class (StemClass): a row of core/data/stems.tsv, else the class of the
//      longest row the word ends in (뛰어가다 ends in 가다, 알아듣다 in 듣다),
//      else a guess from its shape;
//   3. the stem-final alternation the class prescribes before the ending's first
//      sound (아/어, 으, or a consonant): 돕 → 도우/도오, 듣 → 들, 짓 → 지,
//      빨갛 → 빨가, 모르 → 몰ㄹ;
//   4. the ending, attached by the condition of the stem's end (after a vowel,
//      after ㄹ, after another consonant), and vowel contraction:
//      마시 + 어 → 마셔, 오 + 아 → 와, 되 + 어 → 돼.
//
// Guessing, for a word that is not a row (Conjugation::guessed = true):
//   - a word that ends in a row is a compound of it and conjugates like it:
//     뛰어가다 like 가다, X하다 like 하다, X있다 like 있다, and X이다 like 이다
//     (the copula: 고양이이다 → 고양이예요). An unlisted 이-passive or causative
//     (늘이다) is therefore taken for the copula: list them in the table.
//   - else by the shape of the last stem syllable:
//       하 → hada; final ㄹ → l_stem; final ㄷ → d_regular; final ㅅ → s_regular;
//       final ㅂ → b_irregular with two or more syllables (아름답다, -롭다, -스럽다),
//                  b_regular with one (잡다);
//       final ㅎ after ㅏ ㅑ ㅓ ㅕ with two or more syllables → h_irregular (colour and
//                  shape adjectives: 발갛다 → 발개요), other ㅎ ㄶ ㅀ → h_regular;
//       르 after an open syllable → reu (바르다 → 발라요); other ㅡ → eu (쓰다 → 써요);
//       anything else → regular.
//     The guess calls a word an adjective when it is b_irregular, h_irregular or a
//     ㅡ stem in 쁘/프 (예쁘다, 슬프다), and a verb otherwise.
//
// The verb-only forms (want, want_past, request, intent, promise) are produced for
// adjectives too, mechanically (예쁘고 싶어요, 예쁠게요): the sentence engine asks
// them only of verbs (is_adjective). For the copula (ida, anida) all_forms leaves
// them out, as no one says 친구여 주세요.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace malmoi::conjugate {

/// What the child's sentence needs of a verb or adjective.
enum class Form {
    /// 먹어요, 가요, 해요; 친구이다 → 친구예요, 학생이다 → 학생이에요
    polite_present,
    /// 먹었어요, 갔어요, 했어요; 친구였어요, 학생이었어요
    polite_past,
    /// 먹고 싶어요 (the -고 form + 싶어요)
    want,
    /// 먹고 싶었어요
    want_past,
    /// 먹어 주세요, 꺼 주세요 (끄다), 해 주세요. The giving verbs take -세요
    /// themselves: 주다 → 주세요, 도와주다 → 도와주세요, 드리다 → 드리세요.
    request,
    /// 안 먹어요; split rows put 안 after the noun: 공부하다 → 공부 안 해요;
    /// 알다 → 몰라요; 있다 → 없어요, 맛있다 → 맛없어요;
    /// 친구이다 → 친구가 아니에요, 학생이다 → 학생이 아니에요;
    /// no short negation for 없다, 모르다, 아니다, 못하다: 없지 않아요.
    negative,
    /// 안 먹었어요, 공부 안 했어요, 몰랐어요, 없었어요, 친구가 아니었어요
    negative_past,
    /// the present asked: 먹어요?
    question,
    /// -(으)ㄹ래요: 먹을래요, 갈래요, 놀래요 (ㄹ stem), 도울래요, 들을래요, 지을래요
    intent,
    /// -(으)ㄹ게요: 먹을게요, 갈게요, 놀게요, 만들게요, 도울게요
    promise,
    /// -고: 먹고, 돕고, 듣고 (what 싶다 and serial verbs attach to: 먹고 자요)
    connective,
    /// the 아/어 form: 먹어, 가, 마셔, 꺼, 도와, 몰라, 해 (what 주세요 and the past
    /// build on)
    infinitive,
    /// -기: 먹기, 가기, 듣기 (what 싫다, 좋다, 어렵다 take: 가기 싫어요)
    nominal,
    /// -아서/어서: 가서, 앉아서, 배불러서 (then, or because: 가서 놀아요)
    sequential,
};

/// How a stem changes before endings. Each class is a row of the rule table in
/// conjugate.cpp and has a shape that the table's rows must fit (checked on load).
enum class StemClass {
    /// no change, vowels contract: 먹다 → 먹어요, 가다 → 가요, 마시다 → 마셔요,
    /// 되다 → 돼요, 쉬다 → 쉬어요 (ㅟ and ㅢ never contract)
    regular,
    /// ㅡ drops before 아/어: 쓰다 → 써요, 아프다 → 아파요, 따르다 → 따라요 (regular 르)
    eu,
    /// 르 irregular, 르 → ㄹㄹ: 모르다 → 몰라요, 부르다 → 불러요
    reu,
    /// 러 irregular, 어 → 러: 푸르다 → 푸르러요, 이르다 'reach' → 이르러요
    reo,
    /// ㅂ → 우 (오 in one-syllable ㅗ stems): 춥다 → 추워요, 돕다 → 도와요, 도울래요
    b_irregular,
    /// ㅂ kept: 입다 → 입어요, 좁다 → 좁아요
    b_regular,
    /// ㄷ → ㄹ before a vowel: 듣다 → 들어요, 들을래요; 걷다 → 걸어요
    d_irregular,
    /// ㄷ kept: 닫다 → 닫아요, 받다 → 받아요
    d_regular,
    /// ㅅ drops and nothing contracts: 낫다 → 나아요, 짓다 → 지어요, 지을래요
    s_irregular,
    /// ㅅ kept: 씻다 → 씻어요, 웃다 → 웃어요
    s_regular,
    /// ㅎ drops and 아/어 fuse: 빨갛다 → 빨개요, 하얗다 → 하얘요, 누렇다 → 누레요;
    /// the 그러하다 family (flag ae) fuses to ㅐ: 그렇다 → 그래요, 어떻다 → 어때요
    h_irregular,
    /// ㅎ ㄶ ㅀ kept: 좋다 → 좋아요, 놓다 → 놓아요, 많다 → 많아요
    h_regular,
    /// ㅜ drops before 어: 푸다 → 퍼요 (the only one)
    u_irregular,
    /// ㄹ kept before 아/어 and 고, merges with -(으)ㄹ: 놀다 → 놀아요, 놀래요
    l_stem,
    /// 하 + 여 → 해: 하다 → 해요, 공부하다 → 공부해요, 깨끗하다 → 깨끗해요
    hada,
    /// the copula after a noun: 친구이다 → 친구예요, 학생이다 → 학생이에요
    ida,
    /// 아니다 → 아니에요, 아니었어요 (never contracted)
    anida,
    /// 있다 and X있다, negated by 없다: 맛있다 → 맛있어요, 맛없어요
    itda,
    /// 없다 and X없다, negated long: 없다 → 없어요, 없지 않아요
    eopda,
};

/// One conjugated form.
struct Conjugation {
    /// The form: "먹어요", "안 먹어요", "먹고 싶어요".
    std::string text;
    StemClass stem_class = StemClass::regular;
    /// From the table when known; from the compound's head or the shape when guessed.
    bool adjective = false;
    /// The word is not a row of the table: its class was guessed from the row it ends in
    /// or from its shape.
    bool guessed = false;
    /// The homograph sense used ("ask" for 묻다); empty for a word with one sense.
    std::string sense;
};

/// The fourteen forms, in declaration order.
const std::vector<Form>& forms();

/// Conjugates `dictionary_form` ("먹다", "공부하다", "손 씻다"; surrounding spaces
/// ignored) into `form`.
/// - In a phrase only the last word changes and 안 goes before it: 손 안 씻어요;
///   "친구 이다" is read as 친구이다.
/// - A homograph takes its default sense, the first row of the table: 묻다 'ask'
///   (물어요), 걷다 'walk', 굽다 'bake', 곱다 'pretty', 누르다 'press', 이르다 'tell',
///   달다 'sweet', 낫다 'heal', 있다 'exist', 적다 'write'.
/// - A short form takes the vowel endings of its full form: 갖다 → 갖고 싶어요 but
///   가져요, 가질래요; 머물다 → 머물러요.
/// Errors: invalid_utf8; empty_input (empty or only spaces); not_dictionary_form (does
/// not end in 다, is just 다, or the stem is not made of Hangul syllables).
Result<Conjugation> conjugate(std::string_view dictionary_form, Form form);

/// The same for one sense of a homograph, named by the English gloss senses() lists:
/// conjugate("묻다", polite_present, "bury") → 묻어요. An empty sense is the default.
/// Errors: those above, and unknown_sense (the word has no such sense).
Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, std::string_view sense);

/// The sense glosses of a homograph, default first ({"ask", "bury", "stick"} for 묻다); empty for a
/// word with one row or none.
std::vector<std::string> senses(std::string_view dictionary_form);

/// "polite_present" … "infinitive" → the Form. Error: unknown_form.
Result<Form> parse_form(std::string_view name);

/// The snake_case names used by parse_form and the table: "polite_present", "b_irregular".
const char* to_string(Form form);
const char* to_string(StemClass stem_class);

/// The class of `dictionary_form` when it is a row of the table (its default sense); no guessing.
std::optional<StemClass> known_class(std::string_view dictionary_form);

/// True when the table says `dictionary_form` (its default sense) is an adjective (descriptive
/// verb), the copula included. False for a word the table does not hold.
bool is_adjective(std::string_view dictionary_form);

/// The number of rows in the table (a homograph has one per sense), and how many per class.
std::size_t table_size();
std::map<StemClass, std::size_t> counts_by_class();

/// What is wrong with the table, one message per problem ("stems.tsv line 12: 'X' has class
/// b_irregular but does not end in ㅂ"); empty when it is sound. A row with a problem is left out
/// of the table, so the tests require this to be empty.
std::vector<std::string> table_problems();

/// Every form this engine derives from `dictionary_form`: each Form of each sense, in Form order,
/// without duplicates (the copula leaves out want, want_past, request, intent and promise). The
/// validator's closed set: a model may only show a child a form this engine can derive.
/// Errors: those of conjugate.
Result<std::vector<std::string>> all_forms(std::string_view dictionary_form);

}  // namespace malmoi::conjugate
