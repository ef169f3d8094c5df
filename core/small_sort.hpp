// A sort for the few items of one answer (the edits of a sentence, the members of one JSON object,
// the names of the functions): an insertion sort, stable, whose code is a small part of
// std::sort's in the wasm module. Not for long lists.
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

}  // namespace malmoi
