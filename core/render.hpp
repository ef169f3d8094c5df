// The one renderer: cards + Edits → the sentence a child sees and hears. The rule engine's answer
// and the model's validated answer both come out through here (docs/design.md, "Rendering").
#pragma once

#include <string>
#include <vector>

#include "cards.hpp"
#include "edits.hpp"
#include "result.hpp"

namespace malmoi {

/// A space-separated word of the sentence and the cards it came from (사과를 ← card 0), so the app
/// can show each word's symbol beside it.
struct Token {
    std::string text;
    std::vector<int> cards;
};

struct Rendered {
    std::vector<PlacedWord> words;  ///< the final word array (absorbed grammar cards are "")
    std::string sentence;           ///< 사과를 먹어요
    std::vector<Token> tokens;
};

/// True for the punctuation an answer may insert or a card may be: , ? ! .
bool is_punctuation(std::string_view word);

/// Renders. Particles, punctuation and the copula ending (예요) attach to the word before them
/// with no space; everything else stands alone; an empty word (a grammar card absorbed into its
/// verb) is skipped. Errors: index_out_of_range, index_repeated (from place()).
Result<Rendered> render(const std::vector<ResolvedCard>& cards, const Edits& edits);

}  // namespace malmoi
