// memcpy and memset for the wasm module. emcc's -Oz links emscripten's size-optimised libc
// (libc-optz), whose memcpy and memset are loops of one byte at a time; every string and vector
// the core copies goes through memcpy, which was 9% of a sentence's time through the JSON batch.
// These move 8 bytes at a time (wasm loads and stores may be unaligned), then the last few one by
// one. They replace libc's by name: libc defines its versions as weak symbols. The file is compiled
// with -fno-builtin, so that the compiler does not turn the loops back into calls to themselves.
#include <cstddef>
#include <cstdint>

namespace {

using Word = std::uint64_t __attribute__((may_alias, aligned(1)));

}  // namespace

extern "C" {

void* memcpy(void* destination, const void* source, std::size_t size) {
    auto* to = static_cast<unsigned char*>(destination);
    const auto* from = static_cast<const unsigned char*>(source);
    for (; size >= sizeof(Word); size -= sizeof(Word)) {
        *reinterpret_cast<Word*>(to) = *reinterpret_cast<const Word*>(from);
        to += sizeof(Word);
        from += sizeof(Word);
    }
    while (size--) *to++ = *from++;
    return destination;
}

void* memset(void* destination, int byte, std::size_t size) {
    auto* to = static_cast<unsigned char*>(destination);
    const Word word = static_cast<unsigned char>(byte) * 0x0101010101010101ULL;
    for (; size >= sizeof(Word); size -= sizeof(Word)) {
        *reinterpret_cast<Word*>(to) = word;
        to += sizeof(Word);
    }
    while (size--) *to++ = static_cast<unsigned char>(byte);
    return destination;
}

}  // extern "C"
