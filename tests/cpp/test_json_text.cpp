// The boundary's JSON writer (json_text.hpp) writes exactly what nlohmann::json's dump() writes:
// escapes, UTF-8 (invalid sequences replaced as its `replace` handler does), integers, nesting.
// One row per fact, then every one- and two-byte string and a seeded stream of random byte strings.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "json_text.hpp"

using namespace malmoi;
using nlohmann::json;

namespace {

std::string nlohmann_quoted(const std::string& text) {
    return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("json_text: a string is written as nlohmann writes it") {
    const std::vector<std::string> rows = {
        "",
        "사과를 먹어요",
        "\"quoted\" and \\backslash\\",
        "tab\tnew line\ncarriage\rback\bform\f",
        std::string("nul \0 inside", 12),
        "\x01\x1f\x7f",  // control characters escaped, DEL as is
        "/ not escaped",
        "🍎 four bytes",
        "\xff",  // never a first byte
        "\x80 lone continuation",
        "\xc0\x80 overlong nul",
        "\xc1\xbf",
        "\xe0\x80\x80 overlong",
        "\xe0\xa0",  // cut short at the end
        "\xed\xa0\x80 surrogate",
        "\xed\x9f\xbf last before surrogates",
        "\xf4\x90\x80\x80 past U+10FFFF",
        "\xf4\x8f\xbf\xbf U+10FFFF",
        "\xf0\x9f\x8d",          // an emoji cut short
        "\xf0\x9f\x8d\x8e\xf0",  // one whole, then a lead alone
        "\xe1\x84\x06",          // a sequence broken by a control character
        "a\xe1\x84\x22"
        "b",  // broken by a quote, which is then escaped
        "\xf5\xf8\xfe",
        "사\xea\xb3과",
    };
    for (const auto& row : rows) {
        CAPTURE(row);
        CHECK(json_text::quoted(row) == nlohmann_quoted(row));
    }
}

TEST_CASE("json_text: every one- and two-byte string, and random byte strings") {
    for (int a = 0; a < 256; ++a) {
        const std::string one(1, static_cast<char>(a));
        CAPTURE(a);
        CHECK(json_text::quoted(one) == nlohmann_quoted(one));
        for (int b = 0; b < 256; ++b) {
            const std::string two = {static_cast<char>(a), static_cast<char>(b)};
            if (json_text::quoted(two) != nlohmann_quoted(two)) {
                CAPTURE(b);
                CHECK(json_text::quoted(two) == nlohmann_quoted(two));
            }
        }
    }
    std::mt19937 random(20240515);
    // Bytes drawn mostly from the ranges UTF-8 is made of, so that long valid and broken sequences
    // occur.
    const std::vector<int> pool = {0x00, 0x0a, 0x22, 0x41, 0x5c, 0x7f, 0x80, 0x8f, 0x90,
                                   0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xea,
                                   0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff};
    for (int i = 0; i < 20000; ++i) {
        std::string text(random() % 12, '\0');
        for (char& c : text)
            c = static_cast<char>(random() % 2 ? pool[random() % pool.size()] : random() % 256);
        if (json_text::quoted(text) != nlohmann_quoted(text)) {
            CAPTURE(i);
            CHECK(json_text::quoted(text) == nlohmann_quoted(text));
        }
    }
}

TEST_CASE("json_text: integers, booleans and nesting are written as nlohmann writes them") {
    using json_text::Writer;
    const std::vector<long long> numbers = {0,
                                            1,
                                            -1,
                                            9,
                                            10,
                                            -10,
                                            123456789,
                                            std::numeric_limits<std::int64_t>::max(),
                                            std::numeric_limits<std::int64_t>::min()};
    for (long long n : numbers) {
        CAPTURE(n);
        Writer w;
        w.value(n);
        CHECK(w.text() == json(n).dump());
    }
    Writer w;
    w.begin_object()
        .key("a")
        .begin_array()
        .end_array()
        .key("b")
        .begin_object()
        .end_object()
        .key("c")
        .begin_array()
        .value(1)
        .value("두")
        .value(true)
        .begin_object()
        .key("x")
        .value(false)
        .end_object()
        .end_array()
        .key("d")
        .raw("{\"y\":[]}")
        .key("e")
        .array(std::vector<std::string>{"사과", "먹다"})
        .end_object();
    const json expected = {{"a", json::array()},
                           {"b", json::object()},
                           {"c", {1, "두", true, {{"x", false}}}},
                           {"d", {{"y", json::array()}}},
                           {"e", {"사과", "먹다"}}};
    CHECK(w.text() == expected.dump());
}
