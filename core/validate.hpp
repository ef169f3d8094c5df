// The only door through which model output reaches a child. A raw chat-completions answer (HTTP
// status and body) becomes a vetted Completion, rendered by the same renderer as the rules, or an
// error with a stable code, checked in this order:
//   1. the HTTP error envelope        unauthorized, rate_limited, insufficient_quota,
//                                     model_not_configured, server_error, http_error, bad_response
//   2. finish_reason other than stop  truncated (length), content_filter, unfinished
//   3. a refusal                      refusal
//   4. content that is not JSON       not_json
//   5. the schema                     schema
//   6. indices                        index_out_of_range, index_repeated
//   7. inserted words                 word_not_allowed (outside the closed set of particles and
//                                     punctuation, or a particle with no word before it)
//   8. transformed words              word_not_derivable (not a form the core derives from the
//   card)
// A particle with the wrong allomorph (사과을) is repaired, with a warning. Where the rules are
// confident and the model chose another role or form (바나나가 먹어요 against 바나나를 먹어요), the
// result lists the disagreement; the app's policy decides what the child sees.
// The contract: docs/design.md, "Validation".
#pragma once

#include <string>
#include <vector>

#include "assemble.hpp"
#include "cards.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi {

struct Disagreement {
    int card = -1;
    std::string kind;   ///< "role" (a noun's particle) or "form" (a verb's form)
    std::string rules;  ///< what the rules say: 를, 먹어요
    std::string model;  ///< what the model said: 가, 먹었어요
};

struct Validated {
    Completion completion;  ///< the model's answer, repaired and rendered
    std::vector<Disagreement> disagreements;
    Completion rules;  ///< the rules' answer for the same cards
};

/// Vets `body` (the raw HTTP response text) answered with `status` for `cards`, which the model saw
/// arranged as `options` arrange them (arrange.hpp): the answer's indices are into those.
Result<Validated> validate(const std::vector<Card>& cards, const SentenceOptions& options,
                           int status, std::string_view body);
Result<Validated> validate(const std::vector<Card>& cards, int status, std::string_view body);

/// True when the core accepts `word` for card `index` of the arranged `cards` in a model's answer
/// (predicate::words_for, and any particle for a particle card). Exposed for tests.
bool derivable(const std::vector<ResolvedCard>& cards, int index, const std::string& word,
               const SentenceOptions& options = {});

}  // namespace malmoi
