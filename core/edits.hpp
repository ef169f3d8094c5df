// Edits: the one value both producers of a sentence give — the rule engine and the model — in the
// fine-tuning data format:
//   {"insertWords":[{"index":1,"word":"를"}],"transformedWords":[{"index":2,"word":"먹어요"}]}
// Indices are 0-based positions in the final word array, after all insertions. For
// ["사과","먹다"] the final array is ["사과","를","먹어요"]. See docs/design.md, "Edits".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "json_text.hpp"
#include "result.hpp"

namespace malmoi {

struct EditWord {
    int index = 0;
    std::string word;
    bool operator==(const EditWord& o) const { return index == o.index && word == o.word; }
};

struct Edits {
    std::vector<EditWord> insert_words;       ///< words added between the cards (particles, ",")
    std::vector<EditWord> transformed_words;  ///< cards whose word changed (먹다 → 먹어요)
    bool operator==(const Edits& o) const {
        return insert_words == o.insert_words && transformed_words == o.transformed_words;
    }
};

/// One word of the final array and where it came from.
struct PlacedWord {
    std::string word;
    int card = -1;  ///< the card it stands for, or -1 for an inserted word
    bool transformed = false;
};

/// Places `cards` and `edits` into the final word array.
/// Errors: index_out_of_range (an index past the final array), index_repeated (two edits at one
/// index, or a transformation of an inserted word).
Result<std::vector<PlacedWord>> place(const std::vector<std::string_view>& card_words,
                                      const Edits& edits);

/// The canonical JSON of Edits: both keys always present, items in index order, Hangul unescaped.
/// This is byte for byte the assistant message of the fine-tuning data.
std::string to_json(const Edits& edits);
/// The same, written as the next value of `out` (a completion's "edits").
void write_json(json_text::Writer& out, const Edits& edits);

/// Parses and checks the shape of model output: a JSON object with exactly the two keys, each an
/// array of objects with exactly an integer "index" and a string "word".
/// Errors: not_json, schema.
Result<Edits> edits_from_json(std::string_view text);

}  // namespace malmoi
