// How the engine reads its tables: the embedded text (embedded.hpp) and its packed form
// (text_pack.hpp), the row reader (tsv.hpp) and the name index (name_index.hpp).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "embedded.hpp"
#include "name_index.hpp"
#include "text_pack.hpp"
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

// core/data/<name> as tools/embed/embed.cmake embeds it: comment lines emptied, a note after a
// row's last field ("\t# ride") left out.
std::string source_table(const std::string& name) {
    std::ifstream in(std::string(MALMOI_SOURCE_DIR) + "/core/data/" + name, std::ios::binary);
    std::stringstream whole;
    whole << in.rdbuf();
    const std::string text = whole.str();
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(at, end - at);
        if (!line.empty() && line[0] == '#') line.clear();
        if (const auto note = line.find("\t#"); note != std::string::npos) line.erase(note);
        out += line;
        if (end < text.size()) out += '\n';
        at = end + 1;
    }
    return out;
}

// An embedded table's text: as held, or its rows put back together from its columns.
std::string text_of(const malmoi::Embedded& table) {
    if (!table.columns) return std::string(table.text);
    std::vector<std::size_t> at(table.column_count, 0);
    std::string text;
    while (at[0] < table.columns[0].size()) {
        for (std::size_t j = 0; j < table.column_count; ++j) {
            const std::string_view column = table.columns[j];
            const std::size_t end = column.find_first_of("\t\n", at[j]);
            REQUIRE(end != std::string_view::npos);
            text += column.substr(at[j], end + 1 - at[j]);
            at[j] = end + 1;
            if (column[end] == '\n') break;
        }
    }
    for (std::size_t j = 0; j < table.column_count; ++j) CHECK(at[j] == table.columns[j].size());
    return text;
}

void check_same_rows(const std::vector<tsv::Row>& got, const std::vector<tsv::Row>& expected) {
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(expected[i].line);
        CHECK(got[i].line == expected[i].line);
        CHECK(fields_of(got[i]) == fields_of(expected[i]));
    }
}

}  // namespace

TEST_CASE("tables: each embedded table is its file's text without comments, byte for byte") {
    // lexicon, readings and stems are held a column at a time, and read from the columns give the
    // rows (fields and line numbers) the text gives; classes.tsv and the JSON are held as text.
    for (const char* name : {"lexicon.tsv", "readings.tsv", "stems.tsv"}) {
        CAPTURE(name);
        const malmoi::Embedded table = malmoi::embedded_file(name);
        CHECK(table.columns != nullptr);
        CHECK(table.column_count <= tsv::Row::kMaxFields);
        const std::string expected = source_table(name);
        CHECK(!expected.empty());
        CHECK(text_of(table) == expected);
        check_same_rows(tsv::parse(table), tsv::parse(expected));
    }
    for (const char* name : {"classes.tsv", "response_format.json"}) {
        CAPTURE(name);
        const malmoi::Embedded table = malmoi::embedded_file(name);
        CHECK(table.columns == nullptr);
        CHECK(!table.text.empty());
        CHECK(table.text == source_table(name));
    }
    CHECK(malmoi::embedded_file("none.tsv").text.empty());
    CHECK(malmoi::embedded_file("none.tsv").columns == nullptr);
}

TEST_CASE("tables: packed text unpacks to the text, byte for byte") {
    namespace pack = malmoi::text_pack;
    std::string every_syllable;  // 가 … 힣, 11,172 syllables: more than one byte's worth of leads
    for (char32_t c = 0xAC00; c <= 0xD7A3; ++c) {
        every_syllable += static_cast<char>(0xE0 | c >> 12);
        every_syllable += static_cast<char>(0x80 | (c >> 6 & 0x3F));
        every_syllable += static_cast<char>(0x80 | (c & 0x3F));
    }
    std::string all_bytes;
    for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
    const struct {
        const char* what;
        std::string text;
    } rows[] = {
        {"nothing", ""},
        {"ASCII only", "subj:person obj:food,drink\t-\n"},
        {"Hangul and ASCII", "사과\tnoun\tfood\n먹다\tverb\n사과\n"},
        {"one syllable", "가"},
        {"the last syllable", "힣"},
        {"jamo and arrows are not syllables", "ㅂ → ㅜ, ㄹ"},
        {"a syllable cut short", std::string("사과").substr(0, 5)},
        {"a lone lead byte", "\xEA"},
        {"every byte", all_bytes},
        {"every syllable", every_syllable},
        {"every syllable, twice", every_syllable + "\n" + every_syllable},
        {"a NUL inside", std::string("a\0b가", 6)},
    };
    for (const auto& row : rows) {
        CAPTURE(row.what);
        CHECK(pack::unpack(pack::pack(row.text)) == row.text);
    }
    // Korean text packs smaller: the tables as embedded, 3 bytes a syllable in UTF-8.
    const std::string tables = source_table("lexicon.tsv") + source_table("stems.tsv");
    CHECK(pack::pack(tables).size() < tables.size() * 9 / 10);
    const std::string twice = every_syllable + every_syllable;  // the table of syllables paid once
    CHECK(pack::pack(twice).size() < twice.size() * 6 / 7);
}

TEST_CASE("tables: unpacking bytes that pack() never made reads nothing past their end") {
    // A count of syllables with no gaps after it, a gap escape cut short, a one-byte code past the
    // syllables, a two-byte code cut short, and every byte pair: some text, no crash (the
    // sanitizer build checks the reads).
    namespace pack = malmoi::text_pack;
    for (const std::string& bytes :
         {std::string("\xFF\xFF"), std::string("\x02\x00\x00\x01", 4),
          std::string("\x01\x00\x01\x01\x05\x00\x80\x86"), std::string("\x01\x00\x01\x00\x81"),
          std::string("\x01\x00\x01\x00\xFF")}) {
        CAPTURE(bytes.size());
        CHECK(pack::unpack(bytes).size() <= bytes.size() * 3);
    }
    const std::string valid = pack::pack("사과를 먹어요");
    for (std::size_t i = 0; i < valid.size(); ++i) {
        for (int b = 0; b < 256; b += 7) {
            std::string bad = valid;
            bad[i] = static_cast<char>(b);
            (void)pack::unpack(bad);
            (void)pack::unpack(std::string_view(bad).substr(0, i));
        }
    }
}

TEST_CASE("tables: rows read from columns are the rows of the text") {
    // "a\tb\tc\n\n  \t\nd\n # note\tx\n\te \n f\r\n": three fields, a blank line, a line of
    // spaces and a TAB, one field, a comment, an empty first field, spaces and a CR around fields.
    const std::string text = "a\tb\tc\n\n  \t\nd\n # note\tx\n\te \n f\r\n";
    const std::string_view columns[] = {"a\t\n  \td\n # note\t\t f\r\n", "b\t\nx\ne \n", "c\n"};
    const malmoi::Embedded table{{}, columns, 3};
    CHECK(text_of(table) == text);
    check_same_rows(tsv::parse(table), tsv::parse(text));
    CHECK(tsv::parse(table).size() == 4);
    // In columns embed.cmake did not write, a line ends where a column runs out; nothing past a
    // column's end is read.
    const std::string_view short_columns[] = {"a\tb\t", "x"};
    const auto rows = tsv::parse(malmoi::Embedded{{}, short_columns, 2});
    REQUIRE(rows.size() == 2);
    CHECK(fields_of(rows[0]) == std::vector<std::string>{"a", "x"});
    CHECK(fields_of(rows[1]) == std::vector<std::string>{"b", ""});
}

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
