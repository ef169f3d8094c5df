// The offline rule engine: a sequence of tapped cards becomes a natural polite sentence, as Edits
// in the fine-tuning format. ["나", "학교", "가다"] → 나는 학교에 가요.
//
// How: every card is resolved (cards.hpp); grammar cards attach to the verb they modify (싶다, 주다
// after it; 안, 못 before it); each noun takes the role its verb's case frame leaves for its class
// (lexicon.tsv), or the frame's open slot when the lexicon does not know it; the particle of that
// role follows the noun's sound (particle.hpp); verbs are conjugated (conjugate.hpp); the one
// renderer (render.hpp) turns cards + Edits into the sentence.
#pragma once

#include <string>
#include <vector>

#include "cards.hpp"
#include "edits.hpp"
#include "render.hpp"
#include "result.hpp"

namespace malmoi {

struct Warning {
    std::string code;  ///< stable: unknown_word, guessed_reading, guessed_conjugation, no_verb,
                       ///< no_role, particle_corrected, particle_replaced, stray_particle,
                       ///< grammar_without_verb, word_after_verb
    std::string message;
    int card = -1;     ///< the card it is about, or -1
};

/// high: every word and every role is known. medium: a word the lexicon does not know took the role
/// its verb's frame leaves open, or a reading or conjugation was guessed. low: some word has no
/// role the rules are sure of.
enum class Confidence { high, medium, low };
const char* to_string(Confidence c);

/// The role the rules gave a noun card, for explanations and for comparing with a model's answer.
struct NounRole {
    int card = -1;
    std::string role;      ///< a frame role (subj, obj, dest, at, loc, from, instr, dir, with, to,
                           ///< comp) or topic, time, vocative, coord, none
    std::string particle;  ///< the particle as a pair ("을/를"); empty when it takes none
    std::string source;    ///< frame, open, topic, time, copula, vocative, coordination,
                           ///< particle_card, fallback
};

struct Completion {
    std::vector<ResolvedCard> cards;
    Edits edits;
    Rendered rendered;
    Confidence confidence = Confidence::high;
    std::vector<Warning> warnings;
    std::vector<NounRole> roles;
};

/// True when `particle` is right for the role the rules gave a noun. Korean allows more than one
/// particle for most roles (친구랑/친구하고/친구와, 학교에/학교로) and a focus particle for a subject
/// or an object (사과도 먹어요); allomorphs aside (을 for 를).
bool particle_fits(std::string_view particle, const NounRole& role);

/// Completes the cards into a sentence.
/// Errors: those of resolve() (no_cards, too_many_cards, empty_label, invalid_utf8, unknown_pos,
/// unknown_class, not_dictionary_form).
Result<Completion> complete(const std::vector<Card>& cards);

}  // namespace malmoi
