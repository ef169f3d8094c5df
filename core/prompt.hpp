// The chat-completions request for the fine-tuned model, byte-identical to the fine-tuning data:
// the same system text, the same user text (the card labels as a JSON array), a strict json_schema
// response format, temperature 0. The contract: docs/design.md, "The prompt".
#pragma once

#include <string>
#include <vector>

#include <optional>
#include <string_view>

#include "options.hpp"
#include "result.hpp"

namespace malmoi::prompt {

/// The system message of the fine-tuning data, exactly.
const std::string& system_text();

/// The user message: the instruction, a blank line, then the labels as a JSON array with ", "
/// between items and Hangul unescaped: ["사과", "먹다"]. The labels are the cards as arranged
/// (arrange.hpp). With the default options the instruction is the fine-tuning data's original one;
/// a 반말 board asks for "반말 구어체", and a board whose first person is 저 ends the instruction
/// with ". '나'는 '저'로 말해주세요".
std::string user_text(const std::vector<std::string>& labels, const SentenceOptions& options = {});

/// A user message as user_text wrote it, read back: its labels and the options it asks for.
struct UserText {
    std::vector<std::string> labels;
    SentenceOptions options;
};
std::optional<UserText> parse_user_text(std::string_view text);

/// How the server wants the token cap: OpenAI takes max_completion_tokens; llama-server, Ollama and
/// vLLM take max_tokens (and no n).
enum class Style { openai, compatible };

struct Options {
    std::string model;  ///< "ft:gpt-4o-2024-08-06:org:aac-ko:id", or a local model's name
    Style style = Style::openai;
    int max_tokens = 300;
    SentenceOptions sentence = {};  ///< the board's options that the instruction tells the model
};

/// The request body as a JSON string, keys in a fixed order: model, messages, temperature,
/// the token cap, response_format.
/// Errors: no_cards, too_many_cards, empty_label, invalid_utf8.
Result<std::string> request_body(const std::vector<std::string>& labels, const Options& options);

/// The response_format value (core/data/response_format.json), as compact JSON.
const std::string& response_format();

/// "openai" / "compatible" → Style. Error: unknown_style.
Result<Style> parse_style(std::string_view name);

}  // namespace malmoi::prompt
