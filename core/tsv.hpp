// The data tables' source format: UTF-8 text, one row per line, fields separated by a TAB.
// Blank lines and lines starting with '#' are comments.
//
// The engine reads its tables on its first sentence, which a child waits for, so reading a row
// allocates nothing: a Row holds views into the table text, and Reader walks the text once.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "embedded.hpp"

namespace malmoi::tsv {

class Row {
  public:
    /// The most fields a row keeps; a row with more still counts them in size(), and field(i)
    /// past this is empty. No table has more than five.
    static constexpr std::size_t kMaxFields = 8;
    int line = 0;  ///< 1-based line number, for error messages
    /// How many fields the line has.
    std::size_t size() const { return count_; }
    /// Field `i` (a view into the table text), empty past the last.
    std::string_view field(std::size_t i) const {
        return i < count_ && i < kMaxFields ? fields_[i] : std::string_view{};
    }

  private:
    friend class Reader;
    std::array<std::string_view, kMaxFields> fields_{};
    std::size_t count_ = 0;
};

/// Walks a table's rows in order, skipping comments and blank lines. Trailing '\r' and
/// surrounding spaces of each field are removed.
class Reader {
  public:
    explicit Reader(std::string_view text) : text_(text) {}
    /// An embedded table: its text, or its rows read from its columns in place (embedded.hpp),
    /// the same rows with the same line numbers as from the text.
    explicit Reader(const Embedded& table);
    /// The next row into `row`; false at the end of the text.
    bool next(Row& row);

  private:
    bool next_from_columns(Row& row);
    std::string_view text_;
    std::size_t at_ = 0;
    int line_ = 0;
    const std::string_view* columns_ = nullptr;
    std::size_t column_count_ = 0;  // at most Row::kMaxFields (tools/embed/embed.cmake)
    std::array<std::size_t, Row::kMaxFields> column_at_{};  // where each column's next field starts
};

/// Every row of `text` (for the tests and the tools; the engine's loaders use Reader).
std::vector<Row> parse(std::string_view text);
/// Every row of an embedded table.
std::vector<Row> parse(const Embedded& table);

/// `text` without the ASCII white space (space, tab, CR, LF) around it.
std::string_view trim(std::string_view text);

/// Splits `text` at every `separator`, trimming spaces; empty pieces are dropped.
std::vector<std::string_view> split(std::string_view text, char separator);

/// Calls `fn` with each piece of `text` split at `separator`, trimmed, empty pieces dropped, as
/// split() does, without building a vector.
template <class Fn>
void for_each_piece(std::string_view text, char separator, Fn&& fn) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view piece = trim(text.substr(start, end - start));
        if (!piece.empty()) fn(piece);
        start = end + 1;
    }
}

}  // namespace malmoi::tsv
