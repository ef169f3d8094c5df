// What every libFuzzer target shares: the input as text, and invariants that abort with a message
// (an abort is a finding libFuzzer saves as a crash file). Beyond "no crash, no sanitizer report",
// each target checks what must hold for every input it gets.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

namespace malmoi::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Aborts with `what` unless `ok`.
inline void require(bool ok, const char* what, std::string_view detail = {}) {
    if (ok) return;
    std::fprintf(stderr, "invariant broken: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

/// Splits at the first TAB: ("사과", "을/를") from "사과\t을/를"; no TAB gives (input, "").
inline std::pair<std::string_view, std::string_view> split_tab(std::string_view input) {
    const auto tab = input.find('\t');
    if (tab == std::string_view::npos) return {input, {}};
    return {input.substr(0, tab), input.substr(tab + 1)};
}

}  // namespace malmoi::fuzz
