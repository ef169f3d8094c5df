// Cards as the core sees them: what each tapped card is (a noun, a verb, a particle the child
// tapped, a grammar card such as 싶다 or 안 …), from the teacher's annotation, the lexicon, or the
// label's shape. The rule engine, the renderer and the validator all read cards through here.
#pragma once

#include <string>
#include <vector>

#include "lexicon.hpp"
#include "result.hpp"

namespace malmoi {

/// A card as the deck keeps it; only the label is required.
struct Card {
    std::string label;
    std::string pos;         ///< teacher's annotation: noun, pronoun, verb, adjective, …; "" if none
    std::string noun_class;  ///< teacher's annotation: food, place, …; "" if none
};

/// What a card does in the sentence.
enum class Kind {
    noun,          ///< nouns and pronouns: take a particle for their role
    verb,          ///< verbs: conjugated
    adjective,     ///< adjectives: conjugated; their topic is not their subject
    copula,        ///< 이다, 아니다
    particle,      ///< a particle the child tapped (를, 에서)
    want,          ///< 싶다 after a verb
    give,          ///< 주다/주세요 after a verb (꺼 주세요), or 주세요 after a noun (물 주세요)
    negative,      ///< 안
    cannot,        ///< 못
    question,      ///< ?
    past,          ///< a past-tense card (했어요)
    adverb,        ///< 더, 빨리: stands as it is
    interjection,  ///< 안녕하세요: stands as it is
};

struct ResolvedCard {
    Kind kind = Kind::noun;
    std::string label;               ///< trimmed
    std::string lemma;               ///< the dictionary form of a verb (먹어요 → 먹다); else the label
    const lexicon::Entry* entry = nullptr;  ///< the lexicon row of the lemma, if any
    std::vector<std::string> classes;       ///< noun classes (annotation first, else lexicon)
    bool known = false;              ///< the lexicon or the teacher said what this card is
    bool pronoun = false;

    bool has(std::string_view flag) const { return entry && entry->has(flag); }
    bool is_a(std::string_view noun_class) const;
    bool predicate() const { return kind == Kind::verb || kind == Kind::adjective || kind == Kind::copula; }
};

/// The most cards one sentence may have.
constexpr std::size_t kMaxCards = 32;

/// Resolves every card. Errors: no_cards, too_many_cards, empty_label (names the card),
/// invalid_utf8, unknown_pos, unknown_class.
Result<std::vector<ResolvedCard>> resolve(const std::vector<Card>& cards);

const char* to_string(Kind kind);

/// The one word a verb makes with 주다 where Korean writes them together: 돕다 → 도와주다
/// (도와주세요, not 도와 주세요). Empty for any other verb.
std::string joined_with_give(std::string_view lemma);

}  // namespace malmoi
