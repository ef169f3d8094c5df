#include "edits.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "json_io.hpp"
#include "json_text.hpp"
#include "small_sort.hpp"

namespace malmoi {

namespace {

using nlohmann::json;

void write_words(json_text::Writer& out, const std::vector<EditWord>& words) {
    const auto by_index = [](const EditWord& a, const EditWord& b) { return a.index < b.index; };
    // (copied to be sorted only when out of order: the rules give them in order)
    if (!std::is_sorted(words.begin(), words.end(), by_index)) {
        std::vector<EditWord> sorted = words;
        small_sort(sorted, by_index);
        return write_words(out, sorted);
    }
    out.begin_array();
    for (const auto& w : words)
        out.begin_object().key("index").value(w.index).key("word").value(w.word).end_object();
    out.end_array();
}

Result<std::vector<EditWord>> words_from(const json& list, const char* key) {
    const std::string where = std::string("\"") + key + "\"";
    if (!list.is_array()) return make_error("schema", "% must be an array", {where});
    std::vector<EditWord> out;
    for (const json& item : list) {
        const json* index_at = json_io::member(item, "index");
        const json* word_at = json_io::member(item, "word");
        if (!index_at || !word_at || item.size() != 2) {
            return make_error(
                "schema", "each item of % must be an object with exactly \"index\" and \"word\"",
                {where});
        }
        const json& index = *index_at;
        const json& word = *word_at;
        if (!index.is_number_integer())
            return make_error("schema", "an \"index\" in % is not an integer", {where});
        if (!word.is_string())
            return make_error("schema", "a \"word\" in % is not a string", {where});
        // Range is checked by place(), once the whole shape is known to be right; -1 stands for
        // any index too large to be one.
        constexpr long long kLargest = 1 << 20;
        long long value = -1;
        if (index.is_number_unsigned()) {
            const auto u = index.get<unsigned long long>();
            if (u <= static_cast<unsigned long long>(kLargest)) value = static_cast<long long>(u);
        } else {
            value = index.get<long long>();
        }
        const int clamped = value < 0 || value > kLargest ? -1 : static_cast<int>(value);
        out.push_back(EditWord{clamped, word.get<std::string>()});
    }
    return out;
}

}  // namespace

Result<std::vector<PlacedWord>> place(const std::vector<std::string_view>& card_words,
                                      const Edits& edits) {
    const int total = static_cast<int>(card_words.size() + edits.insert_words.size());
    // What is at each index of the final array: the word inserted there, or the card's word
    // changed; checked before a word is placed, so each is written once.
    struct At {
        const EditWord* inserted = nullptr;
        const EditWord* transformed = nullptr;
    };
    std::vector<At> at(static_cast<std::size_t>(total));
    for (const EditWord& w : edits.insert_words) {
        if (w.index < 0 || w.index >= total) {
            return make_error("index_out_of_range",
                              "inserted word '%' is at index %, past the end of the sentence",
                              {w.word, std::to_string(w.index)});
        }
        if (at[w.index].inserted) {
            return make_error("index_repeated", "two words are inserted at index %",
                              {std::to_string(w.index)});
        }
        at[w.index].inserted = &w;
    }
    for (const EditWord& w : edits.transformed_words) {
        if (w.index < 0 || w.index >= total) {
            return make_error("index_out_of_range",
                              "transformed word '%' is at index %, past the end of the sentence",
                              {w.word, std::to_string(w.index)});
        }
        if (at[w.index].transformed || at[w.index].inserted) {
            return make_error("index_repeated", "index % is edited twice",
                              {std::to_string(w.index)});
        }
        at[w.index].transformed = &w;
    }
    std::vector<PlacedWord> out;
    out.reserve(total);
    int card = 0;
    for (const At& a : at) {
        if (a.inserted) {
            out.push_back(PlacedWord{a.inserted->word, -1, false});
        } else if (a.transformed) {
            out.push_back(PlacedWord{a.transformed->word, card++, true});
        } else {
            out.push_back(PlacedWord{std::string(card_words[card]), card, false});
            ++card;
        }
    }
    return out;
}

void write_json(json_text::Writer& out, const Edits& edits) {
    // nlohmann's object keeps keys sorted; insertWords < transformedWords, which is also the
    // order of the fine-tuning data.
    out.begin_object().key("insertWords");
    write_words(out, edits.insert_words);
    out.key("transformedWords");
    write_words(out, edits.transformed_words);
    out.end_object();
}

std::string to_json(const Edits& edits) {
    json_text::Writer out;
    write_json(out, edits);
    return out.take();
}

Result<Edits> edits_from_json(std::string_view text) {
    if (!json_io::within_depth(text))
        return make_error("schema", "the model's answer nests arrays and objects more than % deep",
                          {std::to_string(json_io::kMaxDepth)});
    const json j = json_io::parse(text);
    if (j.is_discarded()) return make_error("not_json", "the model's answer is not JSON");
    if (!j.is_object()) return make_error("schema", "the model's answer is not a JSON object");
    const json* insert_words = json_io::member(j, "insertWords");
    const json* transformed_words = json_io::member(j, "transformedWords");
    if (j.size() != 2 || !insert_words || !transformed_words) {
        return make_error("schema",
                          "the answer must have exactly \"insertWords\" and \"transformedWords\"");
    }
    auto inserted = words_from(*insert_words, "insertWords");
    if (!inserted) return inserted.error();
    auto transformed = words_from(*transformed_words, "transformedWords");
    if (!transformed) return transformed.error();
    return Edits{std::move(inserted).value(), std::move(transformed).value()};
}

}  // namespace malmoi
