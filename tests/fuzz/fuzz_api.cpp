// One libFuzzer target per API function (CMake builds this file once per name, with
// MALMOI_FUZZ_FUNCTION set), the core's and the tools' (score): the input is the request JSON, as
// web/core.js and `malmoi api` pass it. The answer must be a JSON envelope, and never the
// "internal" error a caught exception becomes.
#include <nlohmann/json.hpp>

#include "fuzz.hpp"
#include "tools_api.hpp"

#ifndef MALMOI_FUZZ_FUNCTION
#error "MALMOI_FUZZ_FUNCTION names the api function to fuzz"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using nlohmann::json;
    using malmoi::fuzz::require;
    const std::string answer = malmoi::tools_api::call(MALMOI_FUZZ_FUNCTION, malmoi::fuzz::text(data, size));
    const json envelope = json::parse(answer, nullptr, /*allow_exceptions=*/false);
    require(envelope.is_object() && envelope.contains("ok") && envelope["ok"].is_boolean(), "an envelope", answer);
    if (!envelope["ok"].get<bool>()) {
        const json& error = envelope["error"];
        require(error.is_object() && error["code"].is_string() && error["message"].is_string(), "an error value", answer);
        require(error["code"] != "internal", "no internal error", answer);
        return 0;
    }
    require(envelope.contains("value"), "a value", answer);
    if (!envelope["value"].is_array()) return 0;
    for (const json& item : envelope["value"]) {  // a batch: one envelope per request
        require(item.is_object() && item["ok"].is_boolean(), "a batch item envelope", answer);
        if (!item["ok"].get<bool>()) require(item["error"]["code"] != "internal", "no internal error in a batch", answer);
    }
    return 0;
}
