// The embedded tables' packed form (tools/embed/embed.cmake, tools/embed/pack.cpp): UTF-8 spends
// three bytes on a Hangul syllable, and the syllables of the tables (about 1,200 different ones)
// are what gzip packs worst. Packed, the 122 most frequent syllables take one byte each and the
// rest two: the wasm module is 4.0 KB smaller gzipped, and its first sentence, which unpacks the
// tables, about 1 ms slower in Node (README, Size).
//
// The packed bytes: the number n of different syllables (2 bytes, low first); their code points in
// ascending order, each as its gap from the one before (the first from U+ABFF), one byte, or 0 and
// two bytes (low first) for a gap over 255; the number m of one-byte syllables (1 byte) and their
// indices among the n (2 bytes each, low first); then the text. In the text a byte below 0x80 is
// itself, 0x80 + i is the i-th one-byte syllable, 0x80 + m + h followed by a byte l is syllable
// 256 h + l, and 0xFF followed by any byte is that byte (a byte of UTF-8 that is not a syllable's).
#pragma once

#include <string>
#include <string_view>

namespace malmoi::text_pack {

/// `text` packed; any bytes, not only UTF-8.
std::string pack(std::string_view text);

/// The text `packed` was made from. Bytes pack() did not make give some text, never a read past
/// the end.
std::string unpack(std::string_view packed);

}  // namespace malmoi::text_pack
