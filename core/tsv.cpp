#include "tsv.hpp"

#include <algorithm>

namespace malmoi::tsv {

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\r' || c == '\t' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view piece = trim(text.substr(start, end - start));
        if (!piece.empty()) out.push_back(piece);
        start = end + 1;
    }
    return out;
}

std::vector<Row> parse(std::string_view text) {
    // Every table is read once, on the engine's first sentence: allocate once per row, not per
    // field.
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    int line_number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        const std::string_view content = trim(line);
        if (content.empty() || content.front() == '#') continue;
        Row row;
        row.line = line_number;
        row.fields.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) +
                           1);
        std::size_t field_start = 0;
        while (true) {
            const std::size_t tab = line.find('\t', field_start);
            const std::size_t field_end = tab == std::string_view::npos ? line.size() : tab;
            row.fields.push_back(trim(line.substr(field_start, field_end - field_start)));
            if (tab == std::string_view::npos) break;
            field_start = tab + 1;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace malmoi::tsv
