// The data tables' source format: UTF-8 text, one row per line, fields separated by a TAB.
// Blank lines and lines starting with '#' are comments.
#pragma once

#include <string_view>
#include <vector>

namespace malmoi::tsv {

struct Row {
    int line = 0;                          ///< 1-based line number, for error messages
    std::vector<std::string_view> fields;  ///< views into the table text
    std::string_view field(std::size_t i) const {
        return i < fields.size() ? fields[i] : std::string_view{};
    }
};

/// Splits `text` into rows. Trailing '\r' and surrounding spaces of each field are removed.
std::vector<Row> parse(std::string_view text);

/// `text` without the ASCII white space (space, tab, CR, LF) around it.
std::string_view trim(std::string_view text);

/// Splits `text` at every `separator`, trimming spaces; empty pieces are dropped.
std::vector<std::string_view> split(std::string_view text, char separator);

}  // namespace malmoi::tsv
