// json_io::parse reads JSON exactly as nlohmann_json's strict DOM parser (the oracle, which the
// native build still has) reads it: the same texts refused, and otherwise a value with the same
// type and value at every node (floats to 1e-9: the hand-written reader computes them
// approximately). One row per fact, each checked against the oracle and against the outcome written
// in the row; then every short text, and a seeded stream of mutated JSON documents.
#include <doctest/doctest.h>

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "json_io.hpp"
#include "json_oracle.hpp"

using namespace malmoi;
using nlohmann::json;
using namespace malmoi::json_oracle;

namespace {

json U(std::uint64_t n) {
    return json(n);
}
json I(std::int64_t n) {
    return json(n);
}
json F(double x) {
    return json(x);
}
json S(std::string text) {
    return json(std::move(text));
}
const json refused(json::value_t::discarded);

json nested_value(int depth) {
    json value(json::value_t::array);
    for (int i = 1; i < depth; ++i) value = json::array({value});
    return value;
}

json nested_objects_value(int depth) {
    json value = U(0);
    for (int i = 0; i < depth; ++i) value = json{{"a", value}};
    return value;
}

// 2^1024 - 2^970, where strtod starts to give infinity, as 0.D × 10^309.
const std::string kOverflow =
    "1797693134862315807937289714053034150799341327100378269361737789804449"
    "6829276475094664901797758720709633028641669288791094655554785194040263"
    "0657488671505820681908902000708383676273854845817711531764475730270069"
    "8555713669596228429148198608349364752927190741684443655107043427115596"
    "99508093042880177904174497792";

std::string with_point(const std::string& digits) {
    return digits.substr(0, 1) + "." + digits.substr(1) + "e308";
}

struct Row {
    std::string text;
    json expected;  // `refused` when nlohmann refuses the text
};

void check(const Row& row) {
    CAPTURE(row.text);
    const json got = json_io::parse(row.text);
    const json nlohmann = oracle(row.text);
    CAPTURE(got.dump());
    CAPTURE(nlohmann.dump());
    CHECK(same(got, nlohmann));
    CHECK(same(got, row.expected));
}

}  // namespace

TEST_CASE("json_io::parse: literals, whitespace, the byte order mark, what may follow") {
    const std::vector<Row> rows = {
        {"null", json()},
        {"true", json(true)},
        {"false", json(false)},
        {"tru", refused},
        {"truex", refused},
        {"True", refused},
        {"nul", refused},
        {"nulll", refused},
        {"", refused},
        {"   ", refused},
        {" \t\n\r1\r\n\t ", U(1)},  // the four whitespace bytes
        {"\f1", refused},           // form feed is not whitespace
        {"\v1", refused},           // nor vertical tab
        {"\xC2\xA0"
         "1",
         refused},                           // nor U+00A0
        {"\xEF\xBB\xBF{}", json::object()},  // a UTF-8 byte order mark first is skipped
        {"\xEF\xBB\xBF 1 ", U(1)},
        {"\xEF\xBB\xBF", refused},     // and nothing after it is still nothing
        {"\xEF\xBB{}", refused},       // half a mark
        {" \xEF\xBB\xBF{}", refused},  // only at the very start
        {"\xEF\xBB\xBF\xEF\xBB\xBF"
         "1",
         refused},         // only once
        {"1 2", refused},  // trailing garbage
        {"[1],", refused},
        {"{}x", refused},
        {std::string("1\0", 2), U(1)},  // a NUL byte after the value ends the text, for nlohmann
        {std::string("[1] \0 garbage", 13), json::array({U(1)})},
        {std::string("\0", 1), refused},
        {std::string("[1\0]", 4), refused},
        {std::string(" \0 1", 4), refused},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("json_io::parse: numbers and their types") {
    const std::string below_overflow = kOverflow.substr(0, kOverflow.size() - 1) + "1";
    const std::vector<Row> rows = {
        {"0", U(0)},
        {"-0", I(0)},  // an integer, as strtoll reads it
        {"1", U(1)},
        {"-1", I(-1)},
        {"18446744073709551615", U(UINT64_MAX)},
        {"18446744073709551616", F(18446744073709551616.0)},  // too big for 64 bits: a float
        {"9223372036854775808", U(9223372036854775808u)},
        {"-9223372036854775808", I(INT64_MIN)},
        {"-9223372036854775809", F(-9223372036854775809.0)},
        {"-18446744073709551616", F(-18446744073709551616.0)},
        {"123456789012345678901234567890", F(123456789012345678901234567890.0)},
        {"1e5", F(1e5)},
        {"1E5", F(1e5)},
        {"1e+5", F(1e5)},
        {"1e-5", F(1e-5)},
        {"1.0", F(1.0)},
        {"-0.0", F(-0.0)},
        {"-0e0", F(-0.0)},
        {"0.000123", F(0.000123)},
        {"2.5e-3", F(2.5e-3)},
        {"1.5e0300", F(1.5e300)},
        {"0.0000000000000000000000000001e28", F(1.0)},
        {"1.7976931348623157e308", F(DBL_MAX)},
        {"1.7976931348623158e308", F(DBL_MAX)},  // rounds down to the largest double
        {with_point(below_overflow), F(DBL_MAX)},
        {with_point(kOverflow), refused},  // exactly halfway rounds to infinity: refused
        {with_point(kOverflow + "0000"), refused},
        {"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649"
         "017977587207096330286416692887910946555547851940402630657488671505820681908902000708383"
         "676273854845817711531764475730270069855571366959622842914819860834936475292719074168444"
         "365510704342711559699508093042880177904174497792",
         refused},
        {"1e308", F(1e308)},
        {"1e309", refused},
        {"-1e309", refused},
        {"1e999999999999999999999999", refused},
        {"0e999999999999999999999999", F(0.0)},
        {"1e-400", F(0.0)},
        {"1e-999999999999999999999999", F(0.0)},
        {"4.9e-324", F(4.9e-324)},  // the smallest subnormal
        {"2.2250738585072014e-308", F(2.2250738585072014e-308)},
        {"01", refused},
        {"-01", refused},
        {"00", refused},
        {"1.", refused},
        {".5", refused},
        {"+1", refused},
        {"-", refused},
        {"--1", refused},
        {"1e", refused},
        {"1e+", refused},
        {"1.e5", refused},
        {"1.5.3", refused},
        {"0x10", refused},
        {"Infinity", refused},
        {"NaN", refused},
        {"-Infinity", refused},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("json_io::parse: strings, escapes and UTF-8") {
    const std::vector<Row> rows = {
        {R"("")", S("")},
        {R"("abc")", S("abc")},
        {R"("\"")", S("\"")},
        {R"("\\")", S("\\")},
        {R"("\/")", S("/")},
        {R"("\b")", S("\b")},
        {R"("\f")", S("\f")},
        {R"("\n")", S("\n")},
        {R"("\r")", S("\r")},
        {R"("\t")", S("\t")},
        {R"("\u0041")", S("A")},
        {R"("\u00e9\u00E9")", S("\xC3\xA9\xC3\xA9")},  // hex in either case
        {R"("\uAC00")", S("가")},
        {R"("\uFFFF")", S("\xEF\xBF\xBF")},
        {R"("\u0000")", S(std::string(1, '\0'))},
        {R"("\uD83C\uDF4E")", S("🍎")},  // a surrogate pair
        {R"("\uDBFF\uDFFF")", S("\xF4\x8F\xBF\xBF")},
        {R"("\uD83C")", refused},  // a lone high surrogate
        {R"("\uD83Cx")", refused},
        {R"("\uD83C\n")", refused},
        {R"("\uD83C\u0041")", refused},  // followed by no low one
        {R"("\uD83C\uD83C")", refused},
        {R"("\uDF4E")", refused},  // a lone low surrogate
        {R"("\u12")", refused},
        {R"("\u12G4")", refused},
        {R"("\U0041")", refused},
        {R"("\x41")", refused},
        {R"("\'")", refused},
        {R"("\a")", refused},
        {R"("\)", refused},
        {R"(")", refused},
        {R"("abc)", refused},
        {"\"a\x01\"", refused},  // raw control characters
        {"\"\x1F\"", refused},
        {"\"\t\"", refused},
        {"\"\n\"", refused},
        {std::string("\"\0\"", 3), refused},
        {"\"\x7F\"", S("\x7F")},  // DEL is not one
        {"\"사과 🍎\"", S("사과 🍎")},
        {"\"\xC2\x80\"", S("\xC2\x80")},  // the edges of well-formed UTF-8
        {"\"\xDF\xBF\"", S("\xDF\xBF")},
        {"\"\xE0\xA0\x80\"", S("\xE0\xA0\x80")},
        {"\"\xED\x9F\xBF\"", S("\xED\x9F\xBF")},
        {"\"\xEE\x80\x80\"", S("\xEE\x80\x80")},
        {"\"\xF0\x90\x80\x80\"", S("\xF0\x90\x80\x80")},
        {"\"\xF4\x8F\xBF\xBF\"", S("\xF4\x8F\xBF\xBF")},
        {"\"\x80\"", refused},  // a lone continuation byte
        {"\"\xBF\"", refused},
        {"\"\xC0\x80\"", refused},  // overlong
        {"\"\xC1\xBF\"", refused},
        {"\"\xE0\x9F\xBF\"", refused},
        {"\"\xF0\x8F\xBF\xBF\"", refused},
        {"\"\xED\xA0\x80\"", refused},  // a surrogate
        {"\"\xED\xBF\xBF\"", refused},
        {"\"\xF4\x90\x80\x80\"", refused},  // past U+10FFFF
        {"\"\xF5\x80\x80\x80\"", refused},
        {"\"\xFF\"", refused},
        {"\"\xC3\"", refused},  // cut short
        {"\"\xE0\xA0\"", refused},
        {"\"\xF0\x90\x80\"", refused},
        {"\"\xC3\x28\"", refused},
        {"\"\xC3\\u00A9\"", refused},  // cut short by an escape
        {"\"\xE2\x82\\n\"", refused},
        {"\"\xC3", refused},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("json_io::parse: arrays, objects, repeated keys, nesting") {
    const std::vector<Row> rows = {
        {"[]", json::array()},
        {"{}", json::object()},
        {" [ ] ", json::array()},
        {" { } ", json::object()},
        {"[1,2]", json::array({U(1), U(2)})},
        {"[ 1 , -2 , 3.5 , \"x\" , null , true , false ]",
         json::array({U(1), I(-2), F(3.5), S("x"), json(), json(true), json(false)})},
        {R"({"a":1,"b":[{}]})", json{{"a", U(1)}, {"b", json::array({json::object()})}}},
        {R"({ "a" : 1 , "b" : 2 })", json{{"a", U(1)}, {"b", U(2)}}},
        {R"({"a":1,"a":2})", json{{"a", U(2)}}},  // a repeated key keeps its last value
        {R"({"a":{"x":1},"b":0,"a":[true]})", json{{"a", json::array({json(true)})}, {"b", U(0)}}},
        {R"({"\u0061":1,"a":2})", json{{"a", U(2)}}},
        {R"({"":0})", json{{"", U(0)}}},
        {"[1,]", refused},  // trailing commas
        {R"({"a":1,})", refused},
        {"[,1]", refused},
        {"[,]", refused},
        {"{,}", refused},
        {"[1 2]", refused},
        {R"({"a" 1})", refused},
        {R"({"a":1 "b":2})", refused},
        {R"({"a"})", refused},
        {R"({"a":})", refused},
        {"{a:1}", refused},
        {"{1:2}", refused},
        {"{'a':1}", refused},
        {"[", refused},
        {"]", refused},
        {"{", refused},
        {"}", refused},
        {"[}", refused},
        {"{]", refused},
        {"[[]", refused},
        {"[]]", refused},
        {nested(64), nested_value(64)},
        {nested(65), refused},
        {nested_objects(64), nested_objects_value(64)},
        {nested_objects(65), refused},
        {nested(64, "1,["), refused},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("json_io::parse agrees with nlohmann on every text of up to two bytes") {
    std::string text;
    const auto agree = [&] {
        CAPTURE(text);
        const json got = json_io::parse(text);
        const json nlohmann = oracle(text);
        REQUIRE(same(got, nlohmann));
    };
    for (int a = 0; a < 256; ++a) {
        text.assign(1, static_cast<char>(a));
        agree();
        for (int b = 0; b < 256; ++b) {
            text.assign({static_cast<char>(a), static_cast<char>(b)});
            agree();
            text = {'"', static_cast<char>(a), static_cast<char>(b), '"'};
            agree();
            // Three- and four-byte sequences: every lead and second byte, a few third and fourth.
            if (a >= 0xE0) {
                for (const char c : {'\x80', '\xBF', 'A', '"'}) {
                    text = {'"', static_cast<char>(a), static_cast<char>(b), c, '"'};
                    agree();
                    text = {'"', static_cast<char>(a), static_cast<char>(b), c, '\x80', '"'};
                    agree();
                }
            }
        }
    }
}

TEST_CASE("json_io::parse agrees with nlohmann on mutated JSON documents") {
    const std::vector<std::string> seeds = {
        R"({"cards":["사과",{"label":"먹다","pos":"verb","honorific":false,"class":null}]})",
        R"({"cards":["엄마","우유"],"options":{"register":"plain","firstPerson":"저","order":"tap"}})",
        R"({"choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"{\"particles\":[]}"}}]})",
        R"([0,-0,1,-1,18446744073709551615,-9223372036854775808,1.5,-2.5e-3,6.02E23,1e308,4.9e-324])",
        R"(["\"\\\/\b\f\n\r\t","\u0041\u00e9\uAC00\uD83C\uDF4E","🍎 사과","\u0000"])",
        R"({"a":{"b":{"c":[[[[true,false,null]]]]}},"a":[],"":{}})",
        "\xEF\xBB\xBF {\"maxTokens\": 200, \"limit\": 5, \"status\": 429}\r\n",
        R"([12345678901234567890123,0.000000000000000000000001,1E-400,17976931348623158e292])",
    };
    const std::string interesting = std::string("{}[],:\"\\ \t\n\r/0123456789-+.eEtrufalsn") +
                                    std::string(
                                        "\0\x01\x1f\x7f\x80\xbf\xc0\xc3\xdf\xe0\xed\xef\xf0"
                                        "\xf4\xf5\xff\xbb",
                                        17);
    std::mt19937 random(20240607);
    const auto below = [&](std::size_t n) {
        return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
    };
    const auto byte = [&] {
        return below(4) == 0 ? static_cast<char>(below(256))
                             : interesting[below(interesting.size())];
    };
    int accepted = 0;
    for (int n = 0; n < 200000; ++n) {
        std::string text = seeds[below(seeds.size())];
        for (std::size_t k = 1 + below(4); k > 0; --k) {
            const std::size_t at = below(text.size() + 1);
            switch (below(6)) {
                case 0:  // replace a byte
                    if (at < text.size()) text[at] = byte();
                    break;
                case 1:  // insert one
                    text.insert(at, 1, byte());
                    break;
                case 2:  // delete a few
                    text.erase(at, below(4));
                    break;
                case 3:  // cut the end off
                    text.resize(at);
                    break;
                case 4:  // repeat a piece
                    text.insert(at, text.substr(below(text.size() + 1), below(12)));
                    break;
                default:  // insert a digit run: numbers near the 64-bit edges and beyond
                    text.insert(at, std::string(1 + below(25), static_cast<char>('0' + below(10))));
                    break;
            }
        }
        CAPTURE(text);
        const json got = json_io::parse(text);
        const json nlohmann = oracle(text);
        accepted += !nlohmann.is_discarded();
        REQUIRE(same(got, nlohmann));
    }
    CHECK(accepted >
          10000);  // the mutations leave enough valid JSON to compare values, not only refusals
}
