// json_io::parse against nlohmann_json's own parser, which it replaces in the core: for every input
// both refuse it, or both give a value with the same type at every node and the same value (floats
// within 1e-9, as the core's reader computes them approximately; tests/cpp/test_json_parse.cpp).
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "fuzz.hpp"
#include "json_io.hpp"

namespace {

using nlohmann::json;

bool same(const json& a, const json& b) {
    if (a.type() != b.type()) return false;
    switch (a.type()) {
        case json::value_t::number_float: {
            const double x = a.get<double>();
            const double y = b.get<double>();
            const double difference = std::fabs(x - y);
            return x == y || difference <= 1e-9 * std::max(std::fabs(x), std::fabs(y)) ||
                   difference < 1e-300;
        }
        case json::value_t::array:
            if (a.size() != b.size()) return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!same(a[i], b[i])) return false;
            return true;
        case json::value_t::object: {
            if (a.size() != b.size()) return false;
            for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
                if (i.key() != j.key() || !same(*i, *j)) return false;
            return true;
        }
        case json::value_t::discarded:
            return true;  // (two discarded values compare unequal)
        default:
            return a == b;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = malmoi::fuzz::text(data, size);
    const json got = malmoi::json_io::parse(text);
    // What json_io::parse was before it had its own reader: the depth check, then nlohmann's.
    const json expected = malmoi::json_io::within_depth(text) ? json::parse(text, nullptr, false)
                                                              : json(json::value_t::discarded);
    if (!same(got, expected)) {
        const std::string detail =
            std::string(text) + "\n got: " + got.dump() + "\n nlohmann: " + expected.dump();
        malmoi::fuzz::require(false, "json_io::parse reads the text as nlohmann does", detail);
    }
    return 0;
}
