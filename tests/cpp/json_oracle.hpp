// What the JSON tests share: nlohmann_json's own parser as the oracle json_io::parse is checked
// against (tests/cpp/test_json_parse.cpp, tests/fuzz/fuzz_json.cpp), the comparison of two parsed
// values, and deeply nested JSON text (tests/cpp/test_hardening.cpp too).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "json_io.hpp"

namespace malmoi::json_oracle {

using nlohmann::json;

/// What json_io::parse gave before it had its own reader: the depth check, then nlohmann's parser.
inline json oracle(std::string_view text) {
    if (!json_io::within_depth(text)) return json(json::value_t::discarded);
    return json::parse(text, nullptr, false);
}

/// Floats as the reader computes them: relative for normal numbers; absolute far below them, where
/// strtod and the reader may round a subnormal to neighbouring values.
inline bool close(double a, double b) {
    if (a == b) return true;
    const double difference = std::fabs(a - b);
    return difference <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) || difference < 1e-300;
}

/// The same type at every node, and the same value (floats: close).
inline bool same(const json& a, const json& b) {
    if (a.type() != b.type()) return false;
    switch (a.type()) {
        case json::value_t::number_float:
            return close(a.get<double>(), b.get<double>());
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

/// `depth` arrays, one inside the other, around `inside`: [[[ ]]].
inline std::string nested(int depth, const std::string& inside = "") {
    return std::string(static_cast<std::size_t>(depth), '[') + inside +
           std::string(static_cast<std::size_t>(depth), ']');
}

/// `depth` objects, one inside the other: {"a":{"a":0}}.
inline std::string nested_objects(int depth) {
    std::string out;
    for (int i = 0; i < depth; ++i) out += "{\"a\":";
    out += "0";
    out += std::string(static_cast<std::size_t>(depth), '}');
    return out;
}

}  // namespace malmoi::json_oracle
