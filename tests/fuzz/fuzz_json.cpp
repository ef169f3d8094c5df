// json_io::parse against nlohmann_json's own parser, which it replaces in the core: for every input
// both refuse it, or both give a value with the same type at every node and the same value (floats
// within 1e-9, as the core's reader computes them approximately; tests/cpp/test_json_parse.cpp).
#include <nlohmann/json.hpp>

#include "../cpp/json_oracle.hpp"
#include "fuzz.hpp"
#include "json_io.hpp"

using nlohmann::json;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = malmoi::fuzz::text(data, size);
    const json got = malmoi::json_io::parse(text);
    const json expected = malmoi::json_oracle::oracle(text);
    if (!malmoi::json_oracle::same(got, expected)) {
        const std::string detail =
            std::string(text) + "\n got: " + got.dump() + "\n nlohmann: " + expected.dump();
        malmoi::fuzz::require(false, "json_io::parse reads the text as nlohmann does", detail);
    }
    return 0;
}
