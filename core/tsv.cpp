#include "tsv.hpp"

namespace malmoi::tsv {

namespace {

bool space(char c) {
    return c == ' ' || c == '\r' || c == '\t' || c == '\n';
}

}  // namespace

std::string_view trim(std::string_view s) {
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> out;
    for_each_piece(text, separator, [&](std::string_view piece) { out.push_back(piece); });
    return out;
}

Reader::Reader(const Embedded& table) : text_(table.text) {
    if (table.columns && table.column_count <= Row::kMaxFields) {
        columns_ = table.columns;
        column_count_ = table.column_count;
    }
}

bool Reader::next_from_columns(Row& row) {
    while (column_count_ > 0 && column_at_[0] < columns_[0].size()) {
        ++line_;
        // One line: a field from each column in turn, up to the one that ends the line.
        row.count_ = 0;
        for (std::size_t j = 0; j < column_count_; ++j) {
            const char* const start = columns_[j].data() + column_at_[j];
            const char* const stop = columns_[j].data() + columns_[j].size();
            const char* end = start;
            while (end != stop && *end != '\t' && *end != '\n') ++end;
            row.fields_[row.count_++] =
                std::string_view(start, static_cast<std::size_t>(end - start));
            // Past the field's TAB or newline; at the column's end (not a table embed.cmake wrote)
            // the line ends there.
            column_at_[j] += static_cast<std::size_t>(end - start) + (end != stop ? 1 : 0);
            if (end == stop || *end == '\n') break;
        }
        // A comment or a blank line, as in the text: the first character that is not a space
        // decides. A field of spaces alone is a blank one; the next field starts after a TAB, a
        // space too.
        bool skip = true;
        for (std::size_t i = 0; i < row.count_; ++i) {
            const std::string_view field = row.fields_[i];
            std::size_t first = 0;
            while (first < field.size() && space(field[first])) ++first;
            if (first < field.size()) {
                skip = field[first] == '#';
                break;
            }
        }
        if (skip) continue;
        row.line = line_;
        for (std::size_t i = 0; i < row.count_; ++i) row.fields_[i] = trim(row.fields_[i]);
        return true;
    }
    return false;
}

bool Reader::next(Row& row) {
    if (columns_) return next_from_columns(row);
    while (at_ < text_.size()) {
        std::size_t end = text_.find('\n', at_);
        if (end == std::string_view::npos) end = text_.size();
        const std::string_view line = text_.substr(at_, end - at_);
        at_ = end + 1;
        ++line_;
        // A comment or a blank line: the first character that is not a space decides.
        std::size_t first = 0;
        while (first < line.size() && space(line[first])) ++first;
        if (first == line.size() || line[first] == '#') continue;
        row.line = line_;
        row.count_ = 0;
        std::size_t field_start = 0;
        while (true) {
            const std::size_t tab = line.find('\t', field_start);
            const std::size_t field_end = tab == std::string_view::npos ? line.size() : tab;
            if (row.count_ < Row::kMaxFields) {
                row.fields_[row.count_] = trim(line.substr(field_start, field_end - field_start));
            }
            ++row.count_;
            if (tab == std::string_view::npos) break;
            field_start = tab + 1;
        }
        return true;
    }
    return false;
}

namespace {

std::vector<Row> all_rows(Reader reader) {
    std::vector<Row> rows;
    Row row;
    while (reader.next(row)) rows.push_back(row);
    return rows;
}

}  // namespace

std::vector<Row> parse(std::string_view text) {
    return all_rows(Reader(text));
}

std::vector<Row> parse(const Embedded& table) {
    return all_rows(Reader(table));
}

}  // namespace malmoi::tsv
