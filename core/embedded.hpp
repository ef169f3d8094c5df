// The core's data tables (core/data/*.tsv, *.json), compiled into the library by tools/embed.cmake.
#pragma once

#include <string_view>

namespace malmoi {

/// The text of core/data/<name> ("stems.tsv"), or an empty view when there is no such file.
std::string_view embedded_file(std::string_view name);

}  // namespace malmoi
