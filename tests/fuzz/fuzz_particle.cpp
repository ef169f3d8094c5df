// The particle path without JSON: "word<TAB>particle" → particle::attach. On success the text is
// valid UTF-8 and is the stem followed by the particle form; attaching that form again gives the
// same text.
#include "fuzz.hpp"
#include "hangul.hpp"
#include "particle.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using malmoi::fuzz::require;
    const auto [word, name] = malmoi::fuzz::split_tab(malmoi::fuzz::text(data, size));
    const auto a = malmoi::particle::attach(word, name);
    if (!a) {
        require(!a.error().code.empty(), "an error code");
        return 0;
    }
    require(malmoi::hangul::valid_utf8(a->text), "UTF-8 text", a->text);
    require(a->text == a->stem + a->particle, "text = stem + particle", a->text);
    if (!a->particle.empty() && !a->fused) {
        const auto again = malmoi::particle::attach(word, a->particle);
        require(again && again->text == a->text, "the chosen form attaches to the same text", a->text);
    }
    (void)malmoi::particle::is_particle(name);
    return 0;
}
