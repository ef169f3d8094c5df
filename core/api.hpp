// The JSON boundary of the core: named functions that take a UTF-8 JSON request and answer a JSON
// envelope, {"ok":true,"value":…} or {"ok":false,"error":{"code":…,"message":…}}.
// The wasm binding and the CLI's --json output both go through here, so they cannot disagree.
// Each function's request and value: docs/design.md, "The core's contracts".
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace malmoi::api {

/// The largest request `call` accepts, in bytes: far above any real request (a model's answer is a
/// few hundred bytes), and low enough that no request can grow the wasm heap by more than a few MB.
constexpr std::size_t kMaxRequestBytes = 256 * 1024;

/// The most requests one batch may hold.
constexpr std::size_t kMaxBatch = 1000;

/// One function of the boundary: the parsed request → its value as JSON text, or an error value.
/// (Text, not a document: the module then links no JSON serialiser, see json_text.hpp.)
using Handler = std::function<Result<std::string>(const nlohmann::json&)>;

/// Functions answered besides the core's own, by name: the tools add theirs
/// (tools/lib/tools_api.hpp) without putting them in the app's wasm.
using Handlers = std::map<std::string, Handler, std::less<>>;

/// Runs `function` on `request_json`. A request that is a JSON array is a batch: the value is an
/// array holding one envelope per item. Never throws; unknown functions, malformed JSON and any
/// internal failure come back as error envelopes (codes: unknown_function, bad_json (also for
/// nesting deeper than json_io::kMaxDepth), request_too_large (over kMaxRequestBytes),
/// batch_too_large (over kMaxBatch items), bad_request, internal). The core's functions alone:
/// what the app's wasm module calls, which then links no map of further functions.
std::string call(std::string_view function, std::string_view request_json);
/// The same, with `more` naming further functions to answer.
std::string call(std::string_view function, std::string_view request_json, const Handlers& more);

/// The names `call` accepts: the core's functions, and with `more` theirs too.
std::vector<std::string> functions();
std::vector<std::string> functions(const Handlers& more);

}  // namespace malmoi::api
