// The wasm module's exports: plain C functions over UTF-8 bytes in the module's memory, no binding
// library. web/core.js writes "name + JSON request" into the input buffer, calls malmoi_call, and
// reads the core's JSON envelope ({"ok":true,"value":…} or {"ok":false,"error":{…}}) from the
// answer's bytes. Nothing but bytes crosses the boundary. The one guard is malmoi::api::call, which
// never throws.
#include <emscripten/em_macros.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "api.hpp"
#include "json_text.hpp"

namespace {

std::string input;   // what web/core.js writes; kept between calls, grown when a request needs more
std::string answer;  // the last answer; its bytes stay valid until the next call

}  // namespace

extern "C" {

/// Room for `size` bytes of input (the function's name, then the request), valid until the next
/// call.
EMSCRIPTEN_KEEPALIVE char* malmoi_input(std::size_t size) {
    if (input.size() < size) input.resize(size);
    return input.data();
}

/// Runs the function named by the input's first `name_size` bytes on the JSON request that follows
/// (`request_size` bytes). Returns the answer's bytes; malmoi_size() says how many.
EMSCRIPTEN_KEEPALIVE const char* malmoi_call(std::size_t name_size, std::size_t request_size) {
    const std::string_view bytes(input.data(), name_size + request_size);
    answer = malmoi::api::call(bytes.substr(0, name_size), bytes.substr(name_size));
    return answer.data();
}

/// The size in bytes of the last answer.
EMSCRIPTEN_KEEPALIVE std::size_t malmoi_size() {
    return answer.size();
}

/// The names of the core's functions as a JSON array of strings; malmoi_size() says how many bytes.
EMSCRIPTEN_KEEPALIVE const char* malmoi_functions() {
    answer = malmoi::json_text::Writer().array(malmoi::api::functions()).take();
    return answer.data();
}

}  // extern "C"
