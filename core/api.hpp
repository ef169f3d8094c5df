// The JSON boundary of the core: named functions that take a UTF-8 JSON request and answer a JSON
// envelope, {"ok":true,"value":…} or {"ok":false,"error":{"code":…,"message":…}}.
// The wasm binding and the CLI's --json output both go through here, so they cannot disagree.
// Each function's request and value: docs/design.md, "The core's contracts".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace malmoi::api {

/// Runs `function` on `request_json`. A request that is a JSON array is a batch: the value is an
/// array holding one envelope per item. Never throws; unknown functions, malformed JSON and any
/// internal failure come back as error envelopes (codes: unknown_function, bad_json, bad_request,
/// internal).
std::string call(std::string_view function, std::string_view request_json);

/// The names `call` accepts.
std::vector<std::string> functions();

}  // namespace malmoi::api
