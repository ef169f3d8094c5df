// How the engine reads its tables: the row reader (tsv.hpp) and the name index (name_index.hpp).
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "name_index.hpp"
#include "tsv.hpp"

using malmoi::NameIndex;
namespace tsv = malmoi::tsv;

namespace {

std::vector<std::string> fields_of(const tsv::Row& row) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < row.size(); ++i) out.emplace_back(row.field(i));
    return out;
}

std::vector<std::uint32_t> rows_of(const NameIndex& index, std::string_view name) {
    const auto [first, last] = index.find(name);
    return {first, last};
}

}  // namespace

TEST_CASE("tables: the reader skips comments and blank lines and trims each field") {
    struct Case {
        const char* text;
        std::vector<std::vector<std::string>> rows;
        std::vector<int> lines;
    };
    const Case cases[] = {
        {"", {}, {}},
        {"# a comment\n\n   \n", {}, {}},
        {"사과\tnoun", {{"사과", "noun"}}, {1}},
        {"사과\tnoun\n", {{"사과", "noun"}}, {1}},
        {"# head\n사과\tnoun\r\n\n먹다\tverb\t-\n",
         {{"사과", "noun"}, {"먹다", "verb", "-"}},
         {2, 4}},
        {"  # an indented comment\n a \t b \n", {{"a", "b"}}, {2}},
        {"a\t\tc\n", {{"a", "", "c"}}, {1}},
        {"a\t", {{"a", ""}}, {1}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        tsv::Reader reader(c.text);
        tsv::Row row;
        std::vector<std::vector<std::string>> rows;
        std::vector<int> lines;
        while (reader.next(row)) {
            rows.push_back(fields_of(row));
            lines.push_back(row.line);
        }
        CHECK(rows == c.rows);
        CHECK(lines == c.lines);
        CHECK(tsv::parse(c.text).size() == c.rows.size());
    }
}

TEST_CASE("tables: a row with more fields than the reader keeps counts them all") {
    tsv::Reader reader("1\t2\t3\t4\t5\t6\t7\t8\t9\t10");
    tsv::Row row;
    REQUIRE(reader.next(row));
    CHECK(row.size() == 10);
    CHECK(row.field(7) == "8");
    CHECK(row.field(8).empty());  // past kMaxFields
    CHECK(row.field(10).empty());
    CHECK_FALSE(reader.next(row));
}

TEST_CASE("tables: for_each_piece splits as split does") {
    const char* cases[] = {"", ",", "a", "a,b", " a , b ,", ",,a,,b,,", "food,drink"};
    for (const char* text : cases) {
        CAPTURE(text);
        std::vector<std::string_view> pieces;
        tsv::for_each_piece(text, ',', [&](std::string_view p) { pieces.push_back(p); });
        CHECK(pieces == tsv::split(text, ','));
    }
}

TEST_CASE("tables: the name index finds every row of a name, in row order") {
    const std::vector<std::string_view> names = {"사다", "타다", "사다", "a", "", "타다", "사다"};
    const NameIndex index(names);
    CHECK(rows_of(index, "사다") == std::vector<std::uint32_t>{0, 2, 6});
    CHECK(rows_of(index, "타다") == std::vector<std::uint32_t>{1, 5});
    CHECK(rows_of(index, "a") == std::vector<std::uint32_t>{3});
    CHECK(rows_of(index, "") == std::vector<std::uint32_t>{4});
    CHECK(index.first("타다") == 1);
    // A name with no row: -1, not a huge number read as a row.
    for (const char* missing : {"가", "사", "다", "A", "사다 "}) {
        CAPTURE(missing);
        CHECK(rows_of(index, missing).empty());
        CHECK(index.first(missing) == -1);
    }
    CHECK(index.grouped() == std::vector<std::uint32_t>{0, 2, 6, 1, 5, 3, 4});
}

TEST_CASE("tables: an empty index and a large one") {
    const NameIndex none;
    CHECK(none.first("사과") == -1);
    CHECK(NameIndex(std::vector<std::string_view>{}).first("사과") == -1);
    std::vector<std::string> storage;
    for (int i = 0; i < 5000; ++i) storage.push_back("w" + std::to_string(i));
    const std::vector<std::string_view> names(storage.begin(), storage.end());
    const NameIndex index(names);
    for (int i = 0; i < 5000; i += 7) {
        CAPTURE(i);
        CHECK(index.first(storage[static_cast<std::size_t>(i)]) == i);
    }
    CHECK(index.first("w5000") == -1);
}
