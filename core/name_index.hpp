// An index from a name to the table rows that carry it (a lexicon lemma, a stem table's dictionary
// form, a spelling), built in one pass with no sorting and no string copies: the engine builds its
// indexes on its first sentence, which a child waits for.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace malmoi {

class NameIndex {
  public:
    using Range = std::pair<const std::uint32_t*, const std::uint32_t*>;

    NameIndex() = default;
    /// Indexes rows 0 … names.size()-1 under names[i]. The views must outlive the index.
    explicit NameIndex(const std::vector<std::string_view>& names);
    /// Indexes `rows` under the name `name_of` gives each (a view that must outlive the index).
    template <class Rows, class NameOf>
    static NameIndex of(const Rows& rows, NameOf name_of) {
        std::vector<std::string_view> names;
        names.reserve(rows.size());
        for (const auto& row : rows) names.push_back(name_of(row));
        return NameIndex(names);
    }

    /// The rows named `name`, in row order; an empty range when there are none.
    Range find(std::string_view name) const;
    /// The first row named `name`, or -1.
    std::int64_t first(std::string_view name) const;
    /// Every row, grouped by name: the groups in the order their names first appear, rows in
    /// row order within a group.
    const std::vector<std::uint32_t>& grouped() const { return rows_; }

  private:
    struct Group {
        std::string_view name;
        std::uint32_t start = 0;
        std::uint32_t count = 0;
    };
    std::size_t slot_of(std::string_view name) const;  // the slot holding `name`, or its free slot
    std::vector<Group> groups_;
    std::vector<std::uint32_t> rows_;
    std::vector<std::int32_t> slots_;  // group number, or -1 for a free slot
    std::size_t mask_ = 0;
};

}  // namespace malmoi
