// Conjugation: a verb or adjective in its dictionary form (-다) to spoken Korean, polite 해요체 by
// default, plain 해체 (반말) on request, with or without the subject honorific -(으)시-.
//   먹다 → 먹어요 / 먹어 / 드세요, 마시다 → 마셔요, 돕다 → 도와요 / 도우세요, 듣다 → 들어요,
//   모르다 → 몰라요, 빨갛다 → 빨개요 / 빨간, 친구이다 → 친구예요 / 친구야,
//   공부하다 → 공부 안 해요 / 공부 못 해요, 맛있다 → 맛없어요 (negative).
//
// How a form is made, in order:
//   1. the stem: the last word less 다 (earlier words of a phrase such as
//      "손 씻다" stay as they are); more than 256 bytes or a stem of more than 64
//      syllables is refused (input_too_long), so the work is bounded;
//   2. its class (StemClass): a row of core/data/stems.tsv, else the class of the
//      longest row the word ends in (뛰어가다 ends in 가다, 알아듣다 in 듣다),
//      else a guess from its shape;
//   3. the form must exist for the word: an adjective or the copula has no request,
//      intent, promise, want, purpose, prohibition, cannot or past modifier
//      (form_not_available);
//   4. the honorific, when asked: the table's suppletive verb (먹다 → 드시다,
//      자다 → 주무시다, 있다 → 계시다) or the stem with -(으)시- (가시, 읽으시, 도우시,
//      만드시); the 시 stem takes 세요 for 시어요 (드세요) and 셔 for 시어 (드셨어요);
//   5. the stem-final alternation the class prescribes before the ending's first
//      sound (아/어, 으, or a consonant): 돕 → 도우/도오, 듣 → 들, 짓 → 지,
//      빨갛 → 빨가, 모르 → 몰ㄹ; ㄹ drops before ㄴ and ㅅ (노는, 만드시);
//   6. the ending, attached by the condition of the stem's end (after a vowel,
//      after ㄹ, after another consonant), and vowel contraction:
//      마시 + 어 → 마셔, 오 + 아 → 와, 되 + 어 → 돼. The vowel 아/어 follows the
//      compound's last element alone: 손쓰다 → 손써요 (쓰 → 써), not 손싸요.
//
// Guessing, for a word that is not a row (Conjugation::guessed = true):
//   - a word that ends in a row is a compound of it and conjugates like it:
//     뛰어가다 like 가다, X하다 like 하다, X있다 like 있다, and X이다 like 이다
//     (the copula: 고양이이다 → 고양이예요). An unlisted 이-passive or causative
//     (늘이다) is therefore taken for the copula: list them in the table. A compound
//     of a homograph takes its default sense; all_forms holds every sense's forms.
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
    /// The present (the name is historical: plain speech gives 먹어, 친구야).
    /// 먹어요, 가요, 해요; 친구이다 → 친구예요, 학생이다 → 학생이에요; honorific 드세요, 오세요
    polite_present,
    /// 먹었어요, 갔어요, 했어요; 친구였어요, 학생이었어요
    polite_past,
    /// 먹고 싶어요 (the -고 form + 싶어요), verbs only (춥고 싶어요 is not said); honorific on
    /// 싶다:
    /// 가고 싶으세요, with a suppletive verb as it is: 드시고 싶으세요
    want,
    /// 먹고 싶었어요
    want_past,
    /// 먹어 주세요, 꺼 주세요 (끄다), 해 주세요, verbs only. The giving verbs take -세요
    /// themselves: 주다 → 주세요, 도와주다 → 도와주세요, 드리다 → 드리세요. Plain: 먹어 줘, 줘,
    /// 도와줘. Honorific: the honorific imperative 드세요, 앉으세요 (none in plain speech).
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
    /// -(으)ㄹ래요, verbs only: 먹을래요, 갈래요, 놀래요 (ㄹ stem), 도울래요, 들을래요, 지을래요;
    /// plain 먹을래; honorific 드실래요
    intent,
    /// -(으)ㄹ게요, verbs only: 먹을게요, 갈게요, 놀게요, 만들게요, 도울게요; plain 먹을게; no
    /// honorific (the promise is the speaker's own)
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
    /// What stands before a noun, in the present. Adjectives -(으)ㄴ: 작은, 큰, 긴 (길다),
    /// 빨간, 추운, 예쁜, 좋은; 있다/없다 and their compounds -는: 맛있는, 재미없는; the copula
    /// 친구인, 아닌; verbs -는: 먹는, 노는 (놀다), 만드는, 듣는. Honorific: 드시는, 예쁘신.
    modifier,
    /// The past before a noun, verbs only: -(으)ㄴ: 먹은, 간, 만든, 들은, 도운, 지은; 드신.
    modifier_past,
    /// -(으)러, verbs only, what 가다/오다 follow: 타러, 먹으러, 놀러, 들으러, 도우러, 지으러.
    purpose,
    /// -아도/어도 돼요: 타도 돼요, 먹어도 돼요, 해도 돼요, 들어도 돼요; plain 타도 돼.
    permission,
    /// -지 마세요, verbs only: 꼬집지 마세요, 놀지 마세요; plain 꼬집지 마.
    prohibition,
    /// 못 + the present, verbs only: 못 먹어요, 공부 못 해요. Not for a word negated by another
    /// word (알다: 몰라요) or without a short negation (모르다, 없다, 싶다): form_not_available.
    cannot,
    /// 못 + the past: 못 먹었어요, 공부 못 했어요.
    cannot_past,
};

/// The speech level, orthogonal to Form. It changes the sentence-final forms (present, past,
/// want, request, negative, question, intent, promise, permission, prohibition, cannot); the
/// connecting forms (connective, infinitive, nominal, sequential, modifier, purpose) have none.
enum class Register {
    /// 해요체, the default: 먹어요, 먹어 주세요, 친구예요, 아니에요, 먹지 마세요
    polite,
    /// 해체 (반말), to a friend or a younger child: 먹어, 먹어 줘, 친구야, 학생이야,
    /// 아니야, 먹을래, 먹을게, 먹어도 돼, 먹지 마
    plain,
};

/// How to conjugate, beyond the form.
struct Options {
    Register speech_level = Register::polite;
    /// The subject honorific -(으)시- for an elder or a stranger as subject: 오세요, 가셨어요,
    /// 읽으세요, 도우세요, 만드세요, 추우세요, 안 오세요, 가고 싶으세요 (on 싶다), 드세요 (먹다,
    /// 마시다), 주무세요 (자다), 계세요 (있다), 말씀하세요 (말하다), 돌아가셨어요 (죽다).
    /// A request or a prohibition is then the honorific imperative (드세요, 드시지 마세요).
    /// Not available: a promise (the speaker's own: *오실게요), and a plain request or
    /// prohibition (반말 cannot honour its listener).
    bool honorific = false;
    /// A homograph's sense (an English gloss from senses()); empty for the default.
    std::string sense;
};

/// Inputs beyond these are refused with input_too_long, so that no input costs more than a
/// bounded amount of work.
constexpr std::size_t kMaxInputBytes = 256;
constexpr std::size_t kMaxStemSyllables = 64;

/// How a stem changes before endings. Each class is a row of the rule table in
/// conjugate.cpp and has a shape that the table's rows must fit (table_problems() checks it).
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

/// The twenty-one forms, in declaration order.
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
/// not end in 다, is just 다, or the stem is not made of Hangul syllables); input_too_long
/// (more than kMaxInputBytes bytes or a stem of more than kMaxStemSyllables syllables);
/// form_not_available (the word cannot have the form: 예쁘다 promise, 알다 cannot).
Result<Conjugation> conjugate(std::string_view dictionary_form, Form form);

/// The same for one sense of a homograph, named by the English gloss senses() lists:
/// conjugate("묻다", polite_present, "bury") → 묻어요. An empty sense is the default.
/// Errors: those above, and unknown_sense (the word has no such sense).
Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, std::string_view sense);

/// The same with a speech level, the honorific and a sense:
///   conjugate("먹다", Form::polite_present, {Register::plain}) → 먹어
///   conjugate("먹다", Form::polite_present, {Register::polite, true}) → 드세요
///   conjugate("가다", Form::want, {Register::polite, true}) → 가고 싶으세요
/// A homograph with no sense named takes its default sense, or, for a form the default
/// sense cannot have, the first sense that can: 있다 intent → 'stay' → 있을래요.
/// Errors: those above, unknown_sense, and form_not_available.
Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, const Options& options);

/// The sense glosses of a homograph, default first ({"ask", "bury", "stick"} for 묻다); empty for a
/// word with one row or none.
std::vector<std::string> senses(std::string_view dictionary_form);

/// "polite_present" … "cannot_past" → the Form. Error: unknown_form.
Result<Form> parse_form(std::string_view name);

/// "polite" or "plain" → the Register. Error: unknown_register.
Result<Register> parse_register(std::string_view name);

/// A comma-separated list of "polite", "plain" and "honorific" ("plain,honorific"; empty for
/// the defaults) → Options. Error: unknown_option.
Result<Options> parse_options(std::string_view list);

/// The snake_case names used by parse_form and the table: "polite_present", "b_irregular".
const char* to_string(Form form);
const char* to_string(StemClass stem_class);
const char* to_string(Register speech_level);

/// The class of `dictionary_form` when it is a row of the table (its default sense); no guessing.
std::optional<StemClass> known_class(std::string_view dictionary_form);

/// True when the table says `dictionary_form` (its default sense) is an adjective (descriptive
/// verb), the copula included. False for a word the table does not hold.
bool is_adjective(std::string_view dictionary_form);

/// The number of rows in the table (a homograph has one per sense), and how many per class.
std::size_t table_size();
std::map<StemClass, std::size_t> counts_by_class();

/// What is wrong with the table, one message per problem ("stems.tsv line 12: 'X' has class
/// b_irregular but does not end in ㅂ"); empty when it is sound. The engine reads the table
/// trusting it (a row with a problem may be read wrongly or left out) and the checks run only
/// when this is asked for, so the tests require it to be empty.
std::vector<std::string> table_problems();

/// Every form this engine derives from `dictionary_form`: each available Form of each sense, in
/// each speech level, without and with the honorific (that order: sense, honorific, register,
/// Form), without duplicates. A form a word cannot have is not listed (no 예쁠게요, no
/// 친구여 주세요). The validator's closed set: a model may only show a child a form this engine
/// can derive. A word that is not a row takes every sense of the row it ends in.
/// Errors: those of conjugate, but never form_not_available.
Result<std::vector<std::string>> all_forms(std::string_view dictionary_form);

}  // namespace malmoi::conjugate
