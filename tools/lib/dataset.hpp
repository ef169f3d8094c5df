// Fine-tuning data from the rule engine, and the checks a data file must pass.
//
// generate() writes examples in OpenAI's chat fine-tuning format: one {"messages": [system, user,
// assistant]} per line, the system and user text byte-identical to what the app sends (prompt.hpp),
// the assistant's answer the canonical Edits JSON of the rules. Examples are balanced across
// categories (roles, particle pairs, grammar cards, irregular classes, the child's own particles)
// and across the final sound of the key noun (none, ㄹ, other, digits, Latin); minimal pairs teach
// the role from the verb (바나나가 맛있어요 against 바나나를 먹어요). The validation split uses
// nouns and verbs that never appear in training. Only answers the rules are confident of are kept.
// The same seed gives the same bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cards.hpp"
#include "options.hpp"
#include "result.hpp"

namespace malmoi::dataset {

struct Example {
    std::string category;
    std::vector<Card> cards;  ///< as the model sees them: arranged (arrange.hpp), annotated where
                              ///< the lexicon does not know the word (바나나: food)
    std::string answer;       ///< the canonical Edits JSON
    std::string sentence;     ///< what the answer renders to, for reading the data
    SentenceOptions options;  ///< the board's options the instruction tells (반말, 저)
};

struct Options {
    int train = 1000;
    int val = 200;
    std::uint32_t seed = 1;
    /// Told as the examples come: the split ("train", "val"), examples kept of those asked, and the
    /// candidates dropped so far (the rules were not sure of them, or a duplicate). May be empty.
    std::function<void(const char* split, int kept, int wanted, int dropped)> on_progress = {};
};

struct Generated {
    std::vector<Example> train;
    std::vector<Example> val;
    std::vector<std::string> val_words;  ///< the nouns and verbs only the validation split uses
};

/// Generates both splits. Asks for at most 100000 examples each.
/// Errors: bad_request (counts out of range).
Result<Generated> generate(const Options& options);

/// One line of the JSONL file (no newline): {"messages":[{"role":"system",…},{"role":"user",…},
/// {"role":"assistant","content":"<Edits JSON>"}]}
std::string jsonl_line(const Example& example);

/// Counts per category, for the README and the command's summary.
std::map<std::string, int> counts_by_category(const std::vector<Example>& examples);
/// Counts of the particles the answers insert or correct, by pair ("을/를") or form ("에서").
std::map<std::string, int> counts_by_particle(const std::vector<Example>& examples);
/// Counts of examples by the final sound of their first noun: none, rieul, other, digits, latin.
std::map<std::string, int> counts_by_final_sound(const std::vector<Example>& examples);

struct CheckReport {
    bool ok = true;
    std::string text;  ///< the human-readable report
};

/// Checks a JSONL file: the format checks of OpenAI's data-preparation guidance (format errors by
/// kind, roles, missing content, unknown keys, example count, tokens per example and in total, the
/// default epochs and the billed tokens to expect) and Malmoi's own (the system and user text are
/// what the app sends; every answer passes the validator with no disagreement and is canonical; no
/// duplicates; with `other` given, no example and no noun or verb shared with the other split).
/// `on_progress` is told the lines checked of the file's lines and how many had an error so far.
CheckReport check(std::string_view file_text, std::string_view other_text = {},
                  const std::function<void(int done, int total, int failed)>& on_progress = {});

/// An estimate of the tokens of `text` in the o200k encoding of GPT-4o (no tokenizer is available
/// offline): calibrated on Malmoi's own data; see README.
int estimate_tokens(std::string_view text);

}  // namespace malmoi::dataset
