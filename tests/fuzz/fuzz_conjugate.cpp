// The conjugation path without JSON: "dictionary form<TAB>form name" (a name parse_form does not
// know picks a form by its first byte). On success the text is non-empty valid UTF-8 and all_forms
// lists it.
#include <algorithm>

#include "conjugate.hpp"
#include "fuzz.hpp"
#include "hangul.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using malmoi::fuzz::require;
    const auto [word, name] = malmoi::fuzz::split_tab(malmoi::fuzz::text(data, size));
    const auto& forms = malmoi::conjugate::forms();
    const auto parsed = malmoi::conjugate::parse_form(name);
    const auto form = parsed ? *parsed : forms[name.empty() ? 0 : static_cast<unsigned char>(name[0]) % forms.size()];
    const auto c = malmoi::conjugate::conjugate(word, form);
    if (!c) return 0;
    require(!c->text.empty() && malmoi::hangul::valid_utf8(c->text), "non-empty UTF-8", c->text);
    const auto all = malmoi::conjugate::all_forms(word);
    require(all.ok(), "all_forms succeeds where conjugate does", c->text);
    // Every form conjugate writes is one the validator accepts (the copula has no verb-only forms:
    // conjugate answers form_not_available for them, and all_forms leaves them out).
    require(std::find(all->begin(), all->end(), c->text) != all->end(), "all_forms lists the form", c->text);
    return 0;
}
