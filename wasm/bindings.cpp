// The wasm module's exports: each takes a JSON request string and returns the core's JSON envelope
// ({"ok":true,"value":…} or {"ok":false,"error":{…}}). Nothing but strings crosses the boundary.
// The one guard is malmoi::api::call, which never throws.
#include <emscripten/bind.h>

#include <string>

#include "api.hpp"

namespace {

template <const char* Name>
std::string exported(const std::string& request) {
    return malmoi::api::call(Name, request);
}

constexpr char kParticle[] = "particle";
constexpr char kConjugate[] = "conjugate";
constexpr char kComplete[] = "complete";
constexpr char kPrompt[] = "prompt";
constexpr char kValidate[] = "validate";
constexpr char kHints[] = "hints";
constexpr char kWords[] = "words";

std::string functions() {
    std::string out = "[";
    for (const auto& name : malmoi::api::functions()) {
        if (out.size() > 1) out += ",";
        out += "\"" + name + "\"";
    }
    return out + "]";
}

}  // namespace

EMSCRIPTEN_BINDINGS(malmoi) {
    emscripten::function("particle", &exported<kParticle>);
    emscripten::function("conjugate", &exported<kConjugate>);
    emscripten::function("complete", &exported<kComplete>);
    emscripten::function("prompt", &exported<kPrompt>);
    emscripten::function("validate", &exported<kValidate>);
    emscripten::function("hints", &exported<kHints>);
    emscripten::function("words", &exported<kWords>);
    emscripten::function("functions", &functions);
}
