// The offline rule engine: a sequence of tapped cards becomes the sentence a teacher would model,
// as Edits in the fine-tuning format. ["나", "학교", "가다"] → 나는 학교에 가요;
// ["마시다", "우유"] → 우유를 마셔요; ["사과", "싶다"] → 사과 먹고 싶어요.
//
// Named stages with typed values (docs/design.md):
//   resolve (cards.hpp)   each card: a noun of some classes, a verb, a grammar card …
//   arrange (arrange.hpp) repeats out, Korean word order; both producers see the arranged cards
//   structure             the clauses: each predicate with its nouns, adverbs and grammar cards
//   noun phrases          which adjacent nouns name one thing (할아버지 안경, 빨간색 컵, 사과 세
//   개)
//                         or several (사과랑 바나나)
//   roles                 each phrase head takes the slot its predicate's frame names for its class
//   predicate             (predicate.hpp) the verb's form from the grammar cards, honorifics and
//   the
//                         speech level; a verb the nouns imply when there is none
//   edits                 the words become Edits; the one renderer (render.hpp) makes the sentence
#pragma once

#include <string>
#include <vector>

#include "cards.hpp"
#include "edits.hpp"
#include "options.hpp"
#include "render.hpp"
#include "result.hpp"
#include "role.hpp"

namespace malmoi {

struct Warning {
    std::string code;  ///< stable: unknown_word, guessed_reading, guessed_conjugation, no_verb,
                       ///< no_role, particle_corrected, particle_replaced, stray_particle,
                       ///< grammar_without_verb, repeated_card, implied_verb, assumed_past,
                       ///< guessed_agent, possessive, guessed_link, adverb_without_verb,
                       ///< unreadable_word
    std::string message;
    int card = -1;  ///< the card it is about (its index among the arranged cards), or -1
};

/// high: every word and every role is known. medium: a word the lexicon does not know took the role
/// its verb's frame leaves open, a reading or conjugation was guessed, or the rules supplied a verb
/// or a reading the child did not tap (each named by a warning). low: some word has no role the
/// rules are sure of.
enum class Confidence { high, medium, low };
const char* to_string(Confidence c);

/// The role the rules gave a noun card, for explanations and for comparing with a model's answer.
struct NounRole {
    int card = -1;  ///< its index among the arranged cards
    Role role = Role::none;
    std::string particle;  ///< the particle as a pair ("을/를"); empty when it takes none
    RoleSource source = RoleSource::fallback;
};

struct Completion {
    std::vector<ResolvedCard>
        cards;    ///< arranged: the order the sentence is in; each keeps its .tap
    Edits edits;  ///< indices into the arranged cards' final word array
    Rendered rendered;
    Confidence confidence = Confidence::high;
    std::vector<Warning> warnings;
    std::vector<NounRole> roles;
    std::vector<int> repeats;  ///< taps left out as repeats (사과 사과 → one 사과)
};

/// True when `particle` is right for the role the rules gave a noun. Korean allows more than one
/// particle for most roles (친구랑/친구하고/친구와, 학교에/학교로) and a focus particle for a
/// subject or an object (사과도 먹어요); allomorphs aside (을 for 를).
bool particle_fits(std::string_view particle, const NounRole& role);

/// Completes the cards into a sentence.
/// Errors: those of resolve() (no_cards, too_many_cards, empty_label, invalid_utf8, unknown_pos,
/// unknown_class, not_dictionary_form).
Result<Completion> complete(const std::vector<Card>& cards, const SentenceOptions& options = {});

/// The same for cards already resolved and arranged (what the validator compares a model with).
Completion complete_arranged(std::vector<ResolvedCard> cards, const SentenceOptions& options);

}  // namespace malmoi
