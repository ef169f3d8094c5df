#include "prompt.hpp"

#include <nlohmann/json.hpp>

#include "cards.hpp"
#include "embedded.hpp"
#include "hangul.hpp"
#include "json_io.hpp"
#include "json_text.hpp"

namespace malmoi::prompt {

namespace {

// The instruction before the cards, as in the fine-tuning data. A board that speaks 반말 asks for
// it in the instruction, and a board whose first person is 저 says so at its end (docs/design.md).
constexpr const char* kUserStart = "다음 단어 배열을 자연스러운 ";
constexpr const char* kPlain = "반말 ";
constexpr const char* kUserMiddle =
    "구어체 문장으로 완성하고, 필요한 조사나 접속어는 insertWords로, 어미나 구어체 변형은 "
    "transformedWords로 "
    "명시해주세요";
constexpr const char* kJeo = ". '나'는 '저'로 말해주세요";
constexpr const char* kUserEnd = ":\n\n";

std::string instruction(const SentenceOptions& options) {
    std::string out = kUserStart;
    if (options.speech_level == SpeechLevel::plain) out += kPlain;
    out += kUserMiddle;
    if (options.first_person_jeo && options.speech_level == SpeechLevel::polite) out += kJeo;
    return out + kUserEnd;
}

// A JSON string literal, Hangul unescaped (as Python's json.dumps with ensure_ascii=False).
std::string quoted(const std::string& text) {
    return json_text::quoted(text);
}

// JSON text without the whitespace between tokens, keys kept in their order. The body is written by
// hand for the same reason: its bytes must be exactly those of the fine-tuning data.
std::string minified(std::string_view text) {
    std::string out;
    bool in_string = false;
    bool escaped = false;
    for (char c : text) {
        if (in_string) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

}  // namespace

const std::string& system_text() {
    static const std::string text =
        "당신은 단어 배열을 자연스러운 문장으로 보완하는 AI입니다. 사용자가 선택한 단어 사이에 "
        "필요한 "
        "조사, 접속어, 어미만 삽입하거나 문맥상 동사를 구어체로 바꿔주세요.";
    return text;
}

std::string user_text(const std::vector<std::string>& labels, const SentenceOptions& options) {
    // Python's json.dumps(labels, ensure_ascii=False): ", " between items, Hangul as is.
    std::string array = "[";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i) array += ", ";
        array += quoted(labels[i]);
    }
    array += "]";
    return instruction(options) + array;
}

std::optional<UserText> parse_user_text(std::string_view text) {
    for (SpeechLevel level : {SpeechLevel::polite, SpeechLevel::plain}) {
        for (bool jeo : {false, true}) {
            SentenceOptions options;
            options.speech_level = level;
            options.first_person_jeo = jeo;
            if (jeo && level == SpeechLevel::plain) continue;
            const std::string head = instruction(options);
            if (text.substr(0, head.size()) != head) continue;
            const auto array = json_io::parse(text.substr(head.size()));
            if (array.is_discarded() || !array.is_array()) return std::nullopt;
            UserText out{{}, options};
            for (const auto& c : array) {
                if (!c.is_string()) return std::nullopt;
                out.labels.push_back(c.get<std::string>());
            }
            if (user_text(out.labels, options) != text)
                return std::nullopt;  // only what user_text writes
            return out;
        }
    }
    return std::nullopt;
}

const std::string& response_format() {
    static const std::string text = minified(embedded_file("response_format.json").text);
    return text;
}

Result<Style> parse_style(std::string_view name) {
    if (name == "openai") return Style::openai;
    if (name == "compatible") return Style::compatible;
    return make_error("unknown_style", "'%' is not an API style (openai, compatible)", {name});
}

Result<std::string> request_body(const std::vector<std::string>& labels, const Options& options) {
    if (labels.empty()) return make_error("no_cards", "there are no cards to make a sentence from");
    if (labels.size() > kMaxCards) {
        return make_error("too_many_cards", "a sentence may have at most % cards",
                          {std::to_string(kMaxCards)});
    }
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!hangul::valid_utf8(labels[i])) {
            return make_error("invalid_utf8", "card % is not valid UTF-8 text",
                              {std::to_string(i + 1)});
        }
        if (labels[i].find_first_not_of(" \t\r\n") == std::string::npos) {
            return make_error("empty_label", "card % has an empty label", {std::to_string(i + 1)});
        }
    }
    const char* cap = options.style == Style::openai ? "max_completion_tokens" : "max_tokens";
    return "{\"model\":" + quoted(options.model) +                                              //
           ",\"messages\":[{\"role\":\"system\",\"content\":" + quoted(system_text()) +         //
           "},{\"role\":\"user\",\"content\":" + quoted(user_text(labels, options.sentence)) +  //
           "}],\"temperature\":0,\"" + cap + "\":" + std::to_string(options.max_tokens) +       //
           ",\"response_format\":" + response_format() + "}";
}

}  // namespace malmoi::prompt
