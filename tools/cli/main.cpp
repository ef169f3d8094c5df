// build/malmoi: the native command-line tool. Each subcommand reads standard input line by line.
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "assemble.hpp"
#include "cards.hpp"
#include "conjugate.hpp"
#include "dataset.hpp"
#include "json_io.hpp"
#include "lexicon.hpp"
#include "lines.hpp"
#include "particle.hpp"
#include "progress.hpp"
#include "tools_api.hpp"

namespace {

using malmoi::Result;

constexpr const char* kUsage = R"(usage: malmoi <command>

Commands (each reads standard input, one request per line, and prints one line per request):
  particle          word<TAB>particle        → the word with the particle attached (사과	을/를 → 사과를)
  conjugate         dictionary<TAB>form[<TAB>options] → the form (마시다	polite_present → 마셔요);
                    forms: polite_present polite_past want want_past request negative
                    negative_past question intent promise connective infinitive nominal
                    sequential modifier modifier_past purpose permission prohibition cannot
                    cannot_past; options: plain (반말), honorific (-(으)시-), plain,honorific
  complete [--json] a JSON array of cards, or {"cards":[…],"options":{…}}
                                             → the sentence (["사과", "먹다"] → 사과를 먹어요);
                    --json prints the whole result: edits, tokens, confidence, warnings, roles
  prompt [--model M] [--style openai|compatible] [--max-tokens N]
                    a JSON array of cards    → the chat-completions request body (one line)
  validate          {"cards":[…],"status":200,"body":"…"} → the vetted result JSON, or an error
  dataset --train N --val M --seed S --out DIR
                    writes DIR/train.jsonl and DIR/val.jsonl, OpenAI's chat fine-tuning format
                    (progress on standard error when it takes more than two seconds)
  check-dataset FILE [--against OTHER]
                    OpenAI's format checks, token estimates, epochs and billing, and Malmoi's own
                    checks; exit status 1 if any fails
  stats             the sizes of the built-in tables (lexicon by class, stems by conjugation class)
  facts             the facts the web app and the server take from the core, as JSON: the parts of
                    speech, the noun classes and the most cards a sentence may have (docs/design.md)
  api <function>    one JSON request a line  → the core's JSON envelope (the wasm module's answers,
                    and the tools' own: score {"cards","edits","expected"} → exact, particles, …)

A bad line prints "error: CODE message" in its place; the exit status is 1 if any line failed.
)";

int particle_command() {
    return malmoi::cli::for_each_line(
        std::cin, std::cout, [](const std::string& line) -> Result<std::string> {
            auto fields = malmoi::cli::split_tab(line, "a word and a particle");
            if (!fields) return fields.error();
            auto attached = malmoi::particle::attach(fields->first, fields->second);
            if (!attached) return attached.error();
            return attached->text;
        });
}

int conjugate_command() {
    return malmoi::cli::for_each_line(
        std::cin, std::cout, [](const std::string& line) -> Result<std::string> {
            auto fields = malmoi::cli::split_tab(line, "a dictionary form and a form name");
            if (!fields) return fields.error();
            // An optional third column: plain, honorific, plain,honorific.
            const auto tab = fields->second.find('\t');
            auto options = malmoi::conjugate::parse_options(
                tab == std::string::npos ? "" : fields->second.substr(tab + 1));
            if (!options) return options.error();
            auto form = malmoi::conjugate::parse_form(fields->second.substr(0, tab));
            if (!form) return form.error();
            auto c = malmoi::conjugate::conjugate(fields->first, *form, *options);
            if (!c) return c.error();
            return c->text;
        });
}

int complete_command(bool as_json) {
    return malmoi::cli::for_each_line(
        std::cin, std::cout, [as_json](const std::string& line) -> Result<std::string> {
            auto cards_json = malmoi::json_io::parse(line);  // depth-capped: a line is untrusted
            if (cards_json.is_discarded()) {
                return malmoi::make_error(
                    "bad_json", "the line is not a JSON array of cards (or nests too deep)");
            }
            // A line is the cards, or a request with the board's options:
            // {"cards":[…],"options":{…}}.
            nlohmann::json request = nlohmann::json::object();
            if (cards_json.is_object())
                request = std::move(cards_json);  // moved, never copied
            else
                request["cards"] = std::move(cards_json);
            auto cards = malmoi::json_io::cards_from(request);
            if (!cards) return cards.error();
            auto options = malmoi::json_io::options_from(request);
            if (!options) return options.error();
            auto completion = malmoi::complete(*cards, *options);
            if (!completion) return completion.error();
            if (!as_json) return completion->rendered.sentence;
            return malmoi::json_io::completion(*completion)
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        });
}

// Each line is turned into a request object for an api function; the answer's value is printed, or
// only its string field `field` when one is named.
int json_lines_command(const char* function,
                       const std::function<Result<nlohmann::json>(nlohmann::json)>& request_of,
                       const char* field = nullptr) {
    return malmoi::cli::for_each_line(
        std::cin, std::cout, [&](const std::string& line) -> Result<std::string> {
            auto parsed =
                malmoi::json_io::parse(line);  // depth-capped, so the dump below is bounded
            if (parsed.is_discarded())
                return malmoi::make_error("bad_json",
                                          "the line is not valid JSON (or nests too deep)");
            auto request = request_of(std::move(parsed));
            if (!request) return request.error();
            const auto answer = nlohmann::json::parse(malmoi::api::call(function, request->dump()));
            if (!answer["ok"].get<bool>()) {
                return malmoi::make_error(answer["error"]["code"].get<std::string>(),
                                          answer["error"]["message"].get<std::string>());
            }
            const auto& value = answer["value"];
            if (field) return value[field].get<std::string>();
            return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        });
}

int prompt_command(int argc, char** argv) {
    nlohmann::json options = nlohmann::json::object();
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--model")
            options["model"] = argv[i + 1];
        else if (flag == "--style")
            options["style"] = argv[i + 1];
        else if (flag == "--max-tokens")
            options["maxTokens"] = std::atoi(argv[i + 1]);
        else {
            std::cerr << "malmoi prompt: unknown option " << flag << "\n";
            return 2;
        }
    }
    if (argc % 2 == 1) {
        std::cerr << "malmoi prompt: " << argv[argc - 1] << " needs a value\n";
        return 2;
    }
    return json_lines_command(
        "prompt",
        [&](nlohmann::json cards) -> Result<nlohmann::json> {
            if (!cards.is_array())
                return malmoi::make_error("bad_request", "the line must be a JSON array of cards");
            nlohmann::json request = options;
            request["cards"] = std::move(cards);
            return request;
        },
        "body");
}

int validate_command() {
    return json_lines_command(
        "validate", [](nlohmann::json request) -> Result<nlohmann::json> { return request; });
}

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

int dataset_command(int argc, char** argv) {
    malmoi::dataset::Options options;
    std::string dir;
    for (int i = 2; i < argc; ++i) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) {
            std::cerr << "malmoi dataset: " << flag << " needs a value\n";
            return 2;
        }
        const std::string value = argv[++i];
        if (flag == "--train")
            options.train = std::atoi(value.c_str());
        else if (flag == "--val")
            options.val = std::atoi(value.c_str());
        else if (flag == "--seed")
            options.seed = static_cast<std::uint32_t>(std::strtoul(value.c_str(), nullptr, 10));
        else if (flag == "--out")
            dir = value;
        else {
            std::cerr << "malmoi dataset: unknown option " << flag << "\n";
            return 2;
        }
    }
    if (dir.empty()) {
        std::cerr << "malmoi dataset: --out DIR is required\n";
        return 2;
    }
    // Progress on standard error, one run per split (large sizes take a while).
    std::unique_ptr<malmoi::tools::Progress> progress;
    std::string split_shown;
    options.on_progress = [&](const char* split, int kept, int wanted, int dropped) {
        if (split_shown != split) {
            if (progress) progress->finish();
            split_shown = split;
            progress = std::make_unique<malmoi::tools::Progress>(
                malmoi::tools::Progress::Options{std::string("dataset ") + split, wanted,
                                                 "examples", "dropped",
                                                 malmoi::tools::stderr_is_terminal()},
                std::cerr);
        }
        progress->update(kept, dropped);
    };
    auto generated = malmoi::dataset::generate(options);
    if (progress) progress->finish();
    if (!generated) {
        std::cerr << "error: " << generated.error().code << ' ' << generated.error().message
                  << '\n';
        return 1;
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    for (const auto& [name, examples] :
         {std::pair{"train", &generated->train}, {"val", &generated->val}}) {
        std::ofstream out(dir + "/" + name + ".jsonl", std::ios::binary);
        if (!out) {
            std::cerr << "malmoi dataset: cannot write " << dir << "/" << name << ".jsonl\n";
            return 1;
        }
        for (const auto& e : *examples) out << malmoi::dataset::jsonl_line(e) << '\n';
        std::cout << name << ".jsonl: " << examples->size() << " examples";
        if (static_cast<int>(examples->size()) <
            (std::string(name) == "train" ? options.train : options.val)) {
            std::cout
                << " (fewer than asked: the vocabulary gives no more distinct confident examples)";
        }
        std::cout << '\n';
        const auto print = [](const char* title, const std::map<std::string, int>& counts) {
            std::cout << "  " << title << ":";
            for (const auto& [name, count] : counts) std::cout << ' ' << name << ' ' << count;
            std::cout << '\n';
        };
        print("categories", malmoi::dataset::counts_by_category(*examples));
        print("particles", malmoi::dataset::counts_by_particle(*examples));
        print("first noun's final sound", malmoi::dataset::counts_by_final_sound(*examples));
    }
    std::cout << "validation-only nouns and verbs: " << generated->val_words.size() << '\n';
    return 0;
}

int check_dataset_command(int argc, char** argv) {
    if (argc != 3 && !(argc == 5 && std::strcmp(argv[3], "--against") == 0)) {
        std::cerr << "usage: malmoi check-dataset FILE [--against OTHER]\n";
        return 2;
    }
    std::string text;
    std::string other;
    if (!read_file(argv[2], text) || (argc == 5 && !read_file(argv[4], other))) {
        std::cerr << "malmoi check-dataset: cannot read " << (text.empty() ? argv[2] : argv[4])
                  << '\n';
        return 2;
    }
    std::unique_ptr<malmoi::tools::Progress> progress;
    const auto report = malmoi::dataset::check(text, other, [&](int done, int total, int failed) {
        if (!progress) {
            progress = std::make_unique<malmoi::tools::Progress>(
                malmoi::tools::Progress::Options{"check-dataset", total, "lines", "errors",
                                                 malmoi::tools::stderr_is_terminal()},
                std::cerr);
        }
        progress->update(done, failed);
    });
    if (progress) progress->finish();
    std::cout << report.text;
    return report.ok ? 0 : 1;
}

int stats_command() {
    std::cout << "lexicon: " << malmoi::lexicon::entries().size() << " entries\n";
    for (const auto& [name, count] : malmoi::lexicon::counts())
        std::cout << "  " << name << ' ' << count << '\n';
    std::cout << "conjugation table: " << malmoi::conjugate::table_size() << " stems\n";
    for (const auto& [stem_class, count] : malmoi::conjugate::counts_by_class()) {
        std::cout << "  " << malmoi::conjugate::to_string(stem_class) << ' ' << count << '\n';
    }
    return 0;
}

// The core's own lists and limits, printed for tools/facts.mjs, which writes them into
// web/gen/facts.json at build time: the web and the server keep no copy of their own.
int facts_command() {
    nlohmann::json parts = nlohmann::json::array();
    for (const auto pos : malmoi::lexicon::parts_of_speech())
        parts.push_back(malmoi::lexicon::to_string(pos));
    const nlohmann::json facts = {{"maxCards", malmoi::kMaxCards},
                                  {"nounClasses", malmoi::lexicon::noun_classes()},
                                  {"partsOfSpeech", parts}};
    std::cout << facts.dump(2, ' ', false) << '\n';
    return 0;
}

int api_command(const std::string& function) {
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::cout << malmoi::tools_api::call(function, line) << '\n';
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        std::cout << kUsage;
        return argc < 2 ? 2 : 0;
    }
    const std::string command = argv[1];
    if (command == "particle") return particle_command();
    if (command == "conjugate") return conjugate_command();
    if (command == "complete" && argc == 2) return complete_command(false);
    if (command == "complete" && argc == 3 && std::strcmp(argv[2], "--json") == 0)
        return complete_command(true);
    if (command == "prompt") return prompt_command(argc, argv);
    if (command == "validate" && argc == 2) return validate_command();
    if (command == "dataset") return dataset_command(argc, argv);
    if (command == "stats") return stats_command();
    if (command == "facts" && argc == 2) return facts_command();
    if (command == "check-dataset") return check_dataset_command(argc, argv);
    if (command == "api" && argc == 3) return api_command(argv[2]);
    std::cerr << "malmoi: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
