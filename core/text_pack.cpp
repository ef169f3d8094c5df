#include "text_pack.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "hangul.hpp"

namespace malmoi::text_pack {

namespace {

constexpr char32_t kBeforeFirst = 0xABFF;  // the code point before 가, the first syllable
constexpr unsigned char kEscape = 0xFF;

// The syllable whose UTF-8 starts at text[i], or 0.
char32_t syllable_at(std::string_view text, std::size_t i) {
    const char32_t c = hangul::next(text, i);
    return hangul::is_syllable(c) ? c : 0;
}

void put16(std::string& out, std::size_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>(v >> 8);
}

}  // namespace

std::string pack(std::string_view text) {
    std::map<char32_t, std::size_t> counts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (const char32_t c = syllable_at(text, i)) {
            ++counts[c];
            i += 2;
        }
    }
    // The syllables in code point order, and where each is among them.
    std::vector<char32_t> syllables;
    std::map<char32_t, std::size_t> index;
    for (const auto& [c, n] : counts) {
        index[c] = syllables.size();
        syllables.push_back(c);
    }
    // One byte for the most frequent (ties: the lower code point), as many as the codes left after
    // the two-byte syllables' first bytes and the escape allow.
    const std::size_t leads = (syllables.size() + 255) / 256;
    std::vector<char32_t> frequent = syllables;
    std::stable_sort(frequent.begin(), frequent.end(),
                     [&](char32_t a, char32_t b) { return counts[a] > counts[b]; });
    frequent.resize(std::min<std::size_t>(frequent.size(), 127 - leads));
    std::map<char32_t, std::size_t> one_byte;
    for (std::size_t i = 0; i < frequent.size(); ++i) one_byte[frequent[i]] = i;

    std::string out;
    put16(out, syllables.size());
    char32_t before = kBeforeFirst;
    for (const char32_t c : syllables) {
        const std::size_t gap = c - before;
        before = c;
        if (gap <= 255) {
            out += static_cast<char>(gap);
        } else {
            out += '\0';
            put16(out, gap);
        }
    }
    out += static_cast<char>(frequent.size());
    for (const char32_t c : frequent) put16(out, index[c]);

    const std::size_t two_byte = 0x80 + frequent.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (const char32_t c = syllable_at(text, i)) {
            if (const auto one = one_byte.find(c); one != one_byte.end()) {
                out += static_cast<char>(0x80 + one->second);
            } else {
                out += static_cast<char>(two_byte + index[c] / 256);
                out += static_cast<char>(index[c] % 256);
            }
            i += 2;
        } else if (b < 0x80) {
            out += static_cast<char>(b);
        } else {
            out += static_cast<char>(kEscape);
            out += static_cast<char>(b);
        }
    }
    return out;
}

std::string unpack(std::string_view packed) {
    std::size_t at = 0;
    const auto byte = [&]() -> std::size_t {
        return at < packed.size() ? static_cast<unsigned char>(packed[at++]) : 0;
    };
    const auto two = [&] {
        const std::size_t low = byte();
        return low | byte() << 8;
    };
    std::vector<char32_t> syllables(two());
    char32_t c = kBeforeFirst;
    for (char32_t& s : syllables) {
        const std::size_t gap = byte();
        s = c += gap ? gap : two();
    }
    std::vector<std::size_t> frequent(byte());
    for (std::size_t& f : frequent) f = two();

    std::string out;
    out.reserve(packed.size() * 5 / 4);
    const std::size_t two_byte = 0x80 + frequent.size();
    while (at < packed.size()) {
        const std::size_t b = byte();
        std::size_t i = syllables.size();
        if (b < 0x80) {
            out += static_cast<char>(b);
        } else if (b == kEscape) {
            out += static_cast<char>(byte());
        } else if (b < two_byte) {
            i = frequent[b - 0x80];
        } else {
            i = (b - two_byte) * 256 + byte();
        }
        if (i < syllables.size()) hangul::append_utf8(out, syllables[i]);
    }
    return out;
}

}  // namespace malmoi::text_pack
