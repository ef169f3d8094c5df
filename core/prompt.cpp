#include "prompt.hpp"

#include <nlohmann/json.hpp>

#include "cards.hpp"
#include "embedded.hpp"
#include "hangul.hpp"

namespace malmoi::prompt {

namespace {

using ordered = nlohmann::ordered_json;

// The instruction before the cards, as in the fine-tuning data.
constexpr const char* kUserPrefix =
    "다음 단어 배열을 자연스러운 구어체 문장으로 완성하고, 필요한 조사나 접속어는 insertWords로, "
    "어미나 구어체 변형은 transformedWords로 명시해주세요:\n\n";

std::string dump(const ordered& j) { return j.dump(-1, ' ', false, ordered::error_handler_t::replace); }

}  // namespace

const std::string& system_text() {
    static const std::string text =
        "당신은 단어 배열을 자연스러운 문장으로 보완하는 AI입니다. 사용자가 선택한 단어 사이에 필요한 "
        "조사, 접속어, 어미만 삽입하거나 문맥상 동사를 구어체로 바꿔주세요.";
    return text;
}

std::string user_text(const std::vector<std::string>& labels) {
    // Python's json.dumps(labels, ensure_ascii=False): ", " between items, Hangul as is.
    std::string array = "[";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) array += ", ";
        array += dump(ordered(labels[i]));
    }
    array += "]";
    return kUserPrefix + array;
}

const std::string& response_format() {
    static const std::string text = dump(ordered::parse(embedded_file("response_format.json")));
    return text;
}

Result<Style> parse_style(std::string_view name) {
    if (name == "openai") return Style::openai;
    if (name == "compatible") return Style::compatible;
    return make_error("unknown_style", "'" + std::string(name) + "' is not an API style (openai, compatible)");
}

Result<std::string> request_body(const std::vector<std::string>& labels, const Options& options) {
    if (labels.empty()) return make_error("no_cards", "there are no cards to make a sentence from");
    if (labels.size() > kMaxCards) {
        return make_error("too_many_cards", "a sentence may have at most " + std::to_string(kMaxCards) + " cards");
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!hangul::valid_utf8(labels[i])) {
            return make_error("invalid_utf8", "card " + std::to_string(i + 1) + " is not valid UTF-8 text");
        }
        if (labels[i].find_first_not_of(" \t\r\n") == std::string::npos) {
            return make_error("empty_label", "card " + std::to_string(i + 1) + " has an empty label");
        }
    }
    ordered body;
    body["model"] = options.model;
    body["messages"] = ordered::array({ordered{{"role", "system"}, {"content", system_text()}},
                                       ordered{{"role", "user"}, {"content", user_text(labels)}}});
    body["temperature"] = 0;
    body[options.style == Style::openai ? "max_completion_tokens" : "max_tokens"] = options.max_tokens;
    body["response_format"] = ordered::parse(response_format());
    return dump(body);
}

}  // namespace malmoi::prompt
