// A sort for the few items of one answer (the edits of a sentence, the members of one JSON object,
// the names of the functions): an insertion sort, stable, whose code is a small part of
// std::sort's in the wasm module. Not for long lists. And its step, for a list kept in order.
#pragma once

#include <utility>
#include <vector>

namespace malmoi {

template <class T, class Less>
void small_sort(std::vector<T>& items, Less less) {
    for (std::size_t i = 1; i < items.size(); ++i) {
        for (std::size_t j = i; j > 0 && less(items[j], items[j - 1]); --j)
            std::swap(items[j], items[j - 1]);
    }
}

/// Puts `item` into `items`, which are in order, after every item not greater than it: what
/// inserting it at std::upper_bound does, with push_back alone (vector::insert's instantiation
/// is 0.6 KB of code in the wasm module).
template <class T>
void insert_sorted(std::vector<T>& items, T item) {
    items.push_back(std::move(item));
    for (std::size_t j = items.size() - 1; j > 0 && items[j] < items[j - 1]; --j)
        std::swap(items[j], items[j - 1]);
}

}  // namespace malmoi
