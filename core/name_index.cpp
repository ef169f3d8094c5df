#include "name_index.hpp"

namespace malmoi {

namespace {

std::uint32_t hash(std::string_view name) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

}  // namespace

NameIndex::NameIndex(const std::vector<std::string_view>& names) {
    std::size_t size = 16;
    while (size < names.size() * 2) size *= 2;
    slots_.assign(size, -1);
    mask_ = size - 1;
    std::vector<std::uint32_t> group_of(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::size_t slot = slot_of(names[i]);
        if (slots_[slot] < 0) {
            slots_[slot] = static_cast<std::int32_t>(groups_.size());
            groups_.push_back(Group{names[i], 0, 0});
        }
        group_of[i] = static_cast<std::uint32_t>(slots_[slot]);
        ++groups_[group_of[i]].count;
    }
    std::uint32_t start = 0;
    for (Group& g : groups_) {
        g.start = start;
        start += g.count;
        g.count = 0;
    }
    rows_.resize(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        Group& g = groups_[group_of[i]];
        rows_[g.start + g.count++] = static_cast<std::uint32_t>(i);
    }
}

std::size_t NameIndex::slot_of(std::string_view name) const {
    std::size_t slot = hash(name) & mask_;
    while (slots_[slot] >= 0 && groups_[static_cast<std::size_t>(slots_[slot])].name != name) {
        slot = (slot + 1) & mask_;
    }
    return slot;
}

NameIndex::Range NameIndex::find(std::string_view name) const {
    if (slots_.empty()) return {nullptr, nullptr};
    const std::int32_t group = slots_[slot_of(name)];
    if (group < 0) return {nullptr, nullptr};
    const Group& g = groups_[static_cast<std::size_t>(group)];
    return {rows_.data() + g.start, rows_.data() + g.start + g.count};
}

std::int64_t NameIndex::first(std::string_view name) const {
    const Range r = find(name);
    if (r.first == r.second) return -1;
    return static_cast<std::int64_t>(*r.first);
}

}  // namespace malmoi
