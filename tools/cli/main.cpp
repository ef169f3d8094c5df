// build/malmoi: the native command-line tool. Each subcommand reads standard input line by line.
#include <cstring>
#include <iostream>
#include <string>

#include "api.hpp"
#include "lines.hpp"
#include "particle.hpp"

namespace {

using malmoi::Result;

constexpr const char* kUsage = R"(usage: malmoi <command>

Commands (each reads standard input, one request per line, and prints one line per request):
  particle          word<TAB>particle        → the word with the particle attached (사과	을/를 → 사과를)
  api <function>    one JSON request a line  → the core's JSON envelope (the wasm module's answers)

A bad line prints "error: CODE message" in its place; the exit status is 1 if any line failed.
)";

int particle_command() {
    return malmoi::cli::for_each_line(std::cin, std::cout, [](const std::string& line) -> Result<std::string> {
        auto fields = malmoi::cli::split_tab(line, "a word and a particle");
        if (!fields) return fields.error();
        auto attached = malmoi::particle::attach(fields->first, fields->second);
        if (!attached) return attached.error();
        return attached->text;
    });
}

int api_command(const std::string& function) {
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::cout << malmoi::api::call(function, line) << '\n';
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
    if (command == "api" && argc == 3) return api_command(argv[2]);
    std::cerr << "malmoi: unknown command '" << command << "'\n" << kUsage;
    return 2;
}
