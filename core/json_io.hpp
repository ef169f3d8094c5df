// Core values as JSON: cards in, completions and Edits out. Shared by the api boundary and the CLI.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assemble.hpp"
#include "cards.hpp"
#include "edits.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi::json_io {

/// The deepest nesting of arrays and objects the core accepts in JSON it did not write. Deeper text
/// is refused before it is parsed, so no copy, dump or comparison of a parsed value (all recursive
/// in nlohmann_json) can go deeper than this.
constexpr int kMaxDepth = 64;

/// Whether `text` nests arrays and objects at most `max_depth` deep: one linear scan that skips
/// strings and uses no recursion. Exact for valid JSON; invalid JSON fails to parse anyway.
bool within_depth(std::string_view text, int max_depth = kMaxDepth);

/// Parses JSON the core did not write: a discarded value when `text` is not JSON or nests deeper
/// than kMaxDepth. Never throws.
nlohmann::json parse(std::string_view text);

/// The member `key` of `object`, or nullptr when `object` is not an object or has no such member.
/// One lookup, where contains() and then operator[] made two, and one instantiation of the
/// object's find for every key (nlohmann's templates make one per length of a string literal).
const nlohmann::json* member(const nlohmann::json& object, std::string_view key);

/// {"cards": ["사과", {"label":"먹다","pos":"verb"}]} → cards. Unknown card fields are ignored.
/// Error: bad_request.
Result<std::vector<Card>> cards_from(const nlohmann::json& request);
/// The cards of a JSON array, read as cards_from reads "cards" (anything but an array is its
/// bad_request).
Result<std::vector<Card>> cards_in(const nlohmann::json& list);
/// The cards of `count` JSON values from `items`, each a label or a card object. Error:
/// bad_request.
Result<std::vector<Card>> cards_of(const nlohmann::json* items, std::size_t count);

/// The request's "options" ({"register":"plain","firstPerson":"저","order":"tap",
/// "collapseRepeats":false}; each may be left out). Error: bad_request.
Result<SentenceOptions> options_from(const nlohmann::json& request);

/// The canonical Edits as a JSON value (see to_json in edits.hpp).
nlohmann::json edits(const Edits& edits);

/// A member of an object written as JSON text: its key and its value's JSON.
using Member = std::pair<std::string_view, std::string>;

/// {sentence, words, edits, tokens, confidence, warnings, roles, kinds, labels, order, repeats}, as
/// JSON text (json_text.hpp), with `more` members merged in key order (the validator adds its own).
/// `labels`, `kinds` and `words` follow the arranged cards, which `edits` index; `order` gives each
/// arranged card's tap; `tokens`, `roles` and `warnings` name cards by their tap.
std::string completion_text(const Completion& completion, std::vector<Member> more = {});

/// The same as a JSON value, for the tools.
nlohmann::json completion(const Completion& completion);

}  // namespace malmoi::json_io
