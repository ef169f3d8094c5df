// The core's data tables (core/data/*.tsv, *.json), compiled into the library by
// tools/embed/embed.cmake.
#pragma once

#include <cstddef>
#include <string_view>

namespace malmoi {

/// A file of core/data as the binary holds it. lexicon.tsv, readings.tsv and stems.tsv are held a
/// column at a time: column j holds the j-th field of every line that has one, in line order, each
/// field followed by a TAB when its line has another field and by a newline when it is the line's
/// last. A column of parts of speech, classes or flags repeats itself far more than a row does, so
/// gzip packs the module 2.4 KB smaller; tsv::Reader reads the rows from the columns in place. The
/// other files are held as their text. All of them are views into one array, the columns of Korean
/// words side by side, which gzip packs 2.5 KB smaller again (tools/embed/embed.cmake).
struct Embedded {
    std::string_view text;                      ///< the file's text, when it is held as text
    const std::string_view* columns = nullptr;  ///< else its columns
    std::size_t column_count = 0;
};

/// core/data/<name> ("stems.tsv"), without its comments; empty when there is no such file.
Embedded embedded_file(std::string_view name);

}  // namespace malmoi
