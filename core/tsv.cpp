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

bool Reader::next(Row& row) {
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

std::vector<Row> parse(std::string_view text) {
    std::vector<Row> rows;
    Reader reader(text);
    Row row;
    while (reader.next(row)) rows.push_back(row);
    return rows;
}

}  // namespace malmoi::tsv
