// Core values as JSON: cards in, completions and Edits out. Shared by the api boundary and the CLI.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "assemble.hpp"
#include "cards.hpp"
#include "edits.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi::json_io {

/// {"cards": ["사과", {"label":"먹다","pos":"verb"}]} → cards. Unknown card fields are ignored.
/// Error: bad_request.
Result<std::vector<Card>> cards_from(const nlohmann::json& request);

/// The request's "options" ({"register":"plain","firstPerson":"저","order":"tap",
/// "collapseRepeats":false}; each may be left out). Error: bad_request.
Result<SentenceOptions> options_from(const nlohmann::json& request);

/// The canonical Edits as a JSON value (see to_json in edits.hpp).
nlohmann::json edits(const Edits& edits);

/// {sentence, words, edits, tokens, confidence, warnings, roles, kinds, labels, order, repeats}.
/// `labels`, `kinds` and `words` follow the arranged cards, which `edits` index; `order` gives each
/// arranged card's tap; `tokens`, `roles` and `warnings` name cards by their tap.
nlohmann::json completion(const Completion& completion);

}  // namespace malmoi::json_io
