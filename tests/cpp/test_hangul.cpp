// Hangul arithmetic: UTF-8, syllable (de)composition and the final consonant (받침).
#include <doctest/doctest.h>

#include <string>

#include "hangul.hpp"

using namespace malmoi;
using hangul::Final;

namespace {

struct SyllableRow {
    const char* syllable;
    int initial, medial, final;
};

// One row per fact: the three jamo of a syllable.
const SyllableRow kSyllables[] = {
    {"가", hangul::initial::g, hangul::medial::a, hangul::final::none},
    {"힣", hangul::initial::h, hangul::medial::i, hangul::final::h},
    {"값", hangul::initial::g, hangul::medial::a, hangul::final::bs},
    {"닭", hangul::initial::d, hangul::medial::a, hangul::final::lg},
    {"흙", hangul::initial::h, hangul::medial::eu, hangul::final::lg},
    {"물", hangul::initial::m, hangul::medial::u, hangul::final::l},
    {"과", hangul::initial::g, hangul::medial::wa, hangul::final::none},
    {"쉬", hangul::initial::s, hangul::medial::wi, hangul::final::none},
    {"희", hangul::initial::h, hangul::medial::ui, hangul::final::none},
    {"뼈", hangul::initial::pp, hangul::medial::yeo, hangul::final::none},
    {"꽃", hangul::initial::kk, hangul::medial::o, hangul::final::ch},
    {"앉", hangul::initial::ng, hangul::medial::a, hangul::final::nj},
    {"많", hangul::initial::m, hangul::medial::a, hangul::final::nh},
    {"없", hangul::initial::ng, hangul::medial::eo, hangul::final::bs},
    {"빵", hangul::initial::pp, hangul::medial::a, hangul::final::ng},
    {"돼", hangul::initial::d, hangul::medial::wae, hangul::final::none},
};

struct FinalRow {
    const char* text;  // one character
    Final final;
};

const FinalRow kFinals[] = {
    {"사", Final::none},
    {"책", Final::other},
    {"물", Final::rieul},
    {"닭", Final::other},
    {"흙", Final::other},
    {"값", Final::other},
    {"삶", Final::other},
    {"여덟", Final::other},
    // Compatibility jamo by their names: ㄱ 기역, ㄹ 리을, ㅏ 아.
    {"ㄱ", Final::other},
    {"ㄴ", Final::other},
    {"ㄹ", Final::rieul},
    {"ㅎ", Final::other},
    {"ㄲ", Final::other},
    {"ㅏ", Final::none},
    {"ㅢ", Final::none},
    // Conjoining (NFD) jamo: 물 as ᄆ ᅮ ᆯ, 사 as ᄉ ᅡ, 책 as ᄎ ᅢ ᆨ.
    {"\u1106\u116e\u11af", Final::rieul},
    {"\u1109\u1161", Final::none},
    {"\u110e\u1162\u11a8", Final::other},
};

}  // namespace

TEST_CASE("hangul: a syllable decomposes into its jamo and composes back") {
    for (const auto& row : kSyllables) {
        const std::string syllable = row.syllable;
        CAPTURE(syllable);
        const std::u32string cps = hangul::decode(row.syllable);
        REQUIRE(cps.size() == 1);
        const auto s = hangul::decompose(cps[0]);
        REQUIRE(s.has_value());
        CHECK(s->initial == row.initial);
        CHECK(s->medial == row.medial);
        CHECK(s->final == row.final);
        CHECK(hangul::compose(*s) == cps[0]);
    }
}

TEST_CASE("hangul: the final sound of the last character") {
    for (const auto& row : kFinals) {
        const std::string text = row.text;
        CAPTURE(text);
        const std::u32string cps = hangul::decode(row.text);
        const auto f = hangul::final_of(cps.back());
        REQUIRE(f.has_value());
        CHECK(*f == row.final);
    }
}

TEST_CASE("hangul: 사이시옷 joins the first part of a compound that ends in a vowel") {
    const struct {
        const char* word;
        const char* with_siot;  // "" where none is added
    } rows[] = {
        {"만두", "만둣"},  // 만둣국
        {"나무", "나뭇"},  // 나뭇잎
        {"코", "콧"},      // 콧물
        {"바다", "바닷"},  // 바닷물
        {"김치", "김칫"},  // 김칫국
        {"떡", ""},        // 떡국: a 받침 already
        {"된장", ""},      // 된장국
        {"A", ""},         // not Hangul
        {"", ""},
    };
    for (const auto& row : rows) {
        const std::string word = row.word;
        CAPTURE(word);
        CHECK(hangul::with_sai_siot(row.word) == row.with_siot);
    }
}

TEST_CASE("hangul: characters that are not Hangul have no final sound of their own") {
    for (const char* text : {"A", "3", "!", "漢", "🍎"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK_FALSE(hangul::final_of(hangul::decode(text).back()).has_value());
        CHECK_FALSE(hangul::decompose(hangul::decode(text).back()).has_value());
    }
}

TEST_CASE("hangul: UTF-8 validation rejects malformed text") {
    struct Row {
        const char* bytes;
        bool valid;
    };
    const Row rows[] = {
        {"", true},
        {"사과", true},
        {"abc", true},
        {"🍎", true},
        {"\xff", false},
        {"\xc0\xaf", false},          // overlong '/'
        {"\xed\xa0\x80", false},      // a UTF-16 surrogate
        {"\xe1\x84", false},          // cut short
        {"\xf4\x90\x80\x80", false},  // past U+10FFFF
        {"사\x80과", false},
    };
    for (const auto& row : rows) {
        const std::string bytes = row.bytes;
        CAPTURE(bytes);
        CHECK(hangul::valid_utf8(row.bytes) == row.valid);
    }
}

TEST_CASE("hangul: decode and encode round-trip") {
    for (const char* text : {"사과를 먹어요", "TV가", "“책”을", "🍎 사과", "ㄱㄴㄷ"}) {
        const std::string shown = text;
        CAPTURE(shown);
        CHECK(hangul::encode(hangul::decode(text)) == text);
    }
}

TEST_CASE("hangul: NFC composes decomposed Hangul and accented Latin letters, and nothing else") {
    struct Row {
        const char* input;
        const char* nfc;
    };
    const Row rows[] = {
        {"\u1106\u116e\u11af", "물"},                // ᄆ ᅮ ᆯ
        {"\u1109\u1161\u1100\u116a", "사과"},        // ᄉ ᅡ ᄀ ᅪ
        {"\u1103\u1161\u11b0\u110b\u1175", "닭이"},  // a double final
        {"\uac00\u11a8", "각"},                      // a syllable and a trailing jamo
        {"\u1100", "\u1100"},                        // a lone initial stays as it is
        {"\u1100\u1100\u1161", "\u1100가"},
        {"\u11a8", "\u11a8"},              // a lone final too
        {"\uac01\u11a8", "\uac01\u11a8"},  // 각 already has a final
        {"cafe\u0301", "café"},
        {"Cafe\u0301 A\u0308 n\u0303", "Café Ä ñ"},
        {"c\u0327", "ç"},
        {"x\u0301", "x\u0301"},  // no precomposed x́
        {"e\u0301\u0301", "é\u0301"},
        {"사과", "사과"},
        {"TV", "TV"},
        {"", ""},
        {"ㄱㅏ", "ㄱㅏ"},  // compatibility jamo are not combined
    };
    for (const auto& row : rows) {
        const std::string input = row.input;
        CAPTURE(input);
        CHECK(hangul::to_nfc(row.input) == row.nfc);
        CHECK(hangul::scan_utf8(row.input).may_need_nfc == hangul::may_need_nfc(row.input));
    }
    // A NUL is a character like any other: kept, and it stops ᄀ from combining with ᅡ.
    CHECK(hangul::to_nfc(std::string_view("\u1100\0\u1161", 7)) ==
          std::string("\u1100\0\u1161", 7));
    CHECK(hangul::scan_utf8("사과").valid);
    CHECK_FALSE(hangul::scan_utf8("사과").may_need_nfc);
    CHECK(hangul::scan_utf8("\u1106\u116e\u11af").may_need_nfc);
    CHECK_FALSE(hangul::scan_utf8("\xff").valid);
}

TEST_CASE("hangul: the Latin letter under an accented one") {
    CHECK(hangul::latin_base(U'é') == U'e');
    CHECK(hangul::latin_base(U'Ç') == U'C');
    CHECK(hangul::latin_base(U'ő') == U'o');
    CHECK(hangul::latin_base(U'ž') == U'z');
    CHECK(hangul::latin_base(U'a') == U'a');
    CHECK(hangul::latin_base(U'ß') == U'ß');  // no decomposition
    CHECK(hangul::latin_base(U'가') == U'가');
}

TEST_CASE("hangul: reading UTF-8 forwards and backwards gives the same code points") {
    for (const char* text :
         {"사과를 먹어요", "TV가", "“책”을", "🍎 사과", "ㄱㄴㄷ", "café", "a", ""}) {
        const std::string shown = text;
        CAPTURE(shown);
        const std::string_view view = text;
        std::u32string forwards;
        for (std::size_t at = 0; at < view.size();) forwards.push_back(hangul::next(view, at));
        std::u32string backwards;
        for (std::size_t end = view.size(); end > 0;)
            backwards.insert(backwards.begin(), hangul::previous(view, end));
        CHECK(forwards == hangul::decode(text));
        CHECK(backwards == forwards);
    }
}
