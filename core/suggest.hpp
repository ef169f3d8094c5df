// Suggestions for the board, from the same lexicon the rule engine reads:
//   - next-card hints by meaning: after a noun, the verbs whose case frames name its class (사과 →
//     먹다, 사다, 씻다 …); after a verb, the nouns its frame names (먹다 → 사과, 밥, 숟가락 …);
//   - words for the Hangul keyboard: lexicon entries that begin with what the child has typed so
//   far,
//     matched jamo by jamo, so that 삭 already finds 사과 (the ㄱ of 삭 is the ㄱ of 과, still
//     being typed).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cards.hpp"
#include "result.hpp"

namespace malmoi::suggest {

/// How strongly a candidate card follows `after`: 2 when a case frame names it (사과 → 먹다: 먹다
/// takes food as its object), 1 when only an open slot takes it, 0 not at all. Grammar cards,
/// adverbs and cards of the same part of speech score 0.
int fit(const ResolvedCard& after, const ResolvedCard& candidate);

/// The indices of `candidates` to highlight after `after` (those that fit with 2), in order.
/// Errors: those of resolve() for the cards.
Result<std::vector<int>> hints(const Card& after, const std::vector<Card>& candidates);

struct Word {
    std::string label;
    std::string pos;
    std::vector<std::string> classes;
};

/// Lexicon entries whose label begins with `typed`, jamo by jamo (삭 → 사과, 사다; 바나 → 바나나),
/// the shortest first, at most `limit`. Errors: invalid_utf8, input_too_long (over 64 bytes).
Result<std::vector<Word>> words(std::string_view typed, std::size_t limit);

}  // namespace malmoi::suggest
