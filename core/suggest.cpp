#include "suggest.hpp"

#include <algorithm>
#include <array>

#include "arrange.hpp"
#include "hangul.hpp"
#include "lexicon.hpp"

namespace malmoi::suggest {

namespace {

// Letters as a child types them on a two-set keyboard: consonants by their initial index (0–18),
// basic vowels from 100; a compound vowel or a double final is the letters typed for it (과 is
// ㄱ ㅗ ㅏ, 닭 is ㄷ ㅏ ㄹ ㄱ), so a half-typed syllable is a prefix of the word it becomes.
using Letters = std::vector<int>;
constexpr int kVowel = 100;
constexpr int kOther = 1000;

// The basic vowels typed for each compound vowel (ㅘ is ㅗ ㅏ). A table and two push_backs, not
// a vector insert of a braced list per vowel: that insert was the module's only one, 0.7 KB of
// code.
struct Compound {
    int medial;
    int first;
    int second;
};
constexpr Compound kCompounds[] = {
    {hangul::medial::wa, hangul::medial::o, hangul::medial::a},
    {hangul::medial::wae, hangul::medial::o, hangul::medial::ae},
    {hangul::medial::oe, hangul::medial::o, hangul::medial::i},
    {hangul::medial::wo, hangul::medial::u, hangul::medial::eo},
    {hangul::medial::we, hangul::medial::u, hangul::medial::e},
    {hangul::medial::wi, hangul::medial::u, hangul::medial::i},
    {hangul::medial::ui, hangul::medial::eu, hangul::medial::i},
};

void add_medial(Letters& out, int medial) {
    for (const Compound& c : kCompounds) {
        if (c.medial == medial) {
            out.push_back(kVowel + c.first);
            out.push_back(kVowel + c.second);
            return;
        }
    }
    out.push_back(kVowel + medial);
}

// The consonant letters of each final (index 0 is no final).
constexpr std::array<std::array<int, 2>, 28> kFinals = {{
    {-1, -1}, {0, -1},  {1, -1},  {0, 9},   {2, -1},  {2, 12},  {2, 18},
    {3, -1},  {5, -1},  {5, 0},   {5, 6},   {5, 7},   {5, 9},   {5, 16},
    {5, 17},  {5, 18},  {6, -1},  {7, -1},  {7, 9},   {9, -1},  {10, -1},
    {11, -1}, {12, -1}, {14, -1}, {15, -1}, {16, -1}, {17, -1}, {18, -1},
}};

// Compatibility jamo consonants ㄱ (U+3131) … ㅎ (U+314E), as letters.
constexpr std::array<std::array<int, 2>, 30> kCompatibility = {{
    {0, -1},  {1, -1},  {0, 9},   {2, -1},  {2, 12},  {2, 18},  {3, -1},  {4, -1},
    {5, -1},  {5, 0},   {5, 6},   {5, 7},   {5, 9},   {5, 16},  {5, 17},  {5, 18},
    {6, -1},  {7, -1},  {8, -1},  {7, 9},   {9, -1},  {10, -1}, {11, -1}, {12, -1},
    {13, -1}, {14, -1}, {15, -1}, {16, -1}, {17, -1}, {18, -1},
}};

Letters letters(std::string_view text) {
    Letters out;
    for (char32_t c : hangul::decode(text)) {
        if (auto s = hangul::decompose(c)) {
            out.push_back(s->initial);
            add_medial(out, s->medial);
            for (int l : kFinals[static_cast<std::size_t>(s->final)]) {
                if (l >= 0) out.push_back(l);
            }
        } else if (c >= 0x3131 && c <= 0x314E) {
            for (int l : kCompatibility[c - 0x3131]) {
                if (l >= 0) out.push_back(l);
            }
        } else if (c >= 0x314F && c <= 0x3163) {
            add_medial(out, static_cast<int>(c - 0x314F));
        } else {
            out.push_back(kOther + static_cast<int>(c));
        }
    }
    return out;
}

struct Indexed {
    const lexicon::Entry* entry;
    Letters letters;
};

const std::vector<Indexed>& index() {
    static const std::vector<Indexed> table = [] {
        std::vector<Indexed> out;
        for (const auto& e : lexicon::entries()) {
            if (e.pos == lexicon::Pos::grammar || e.pos == lexicon::Pos::particle) continue;
            out.push_back(Indexed{&e, letters(e.lemma)});
        }
        return out;
    }();
    return table;
}

}  // namespace

int fit(const ResolvedCard& after, const ResolvedCard& candidate) {
    if (after.kind == Kind::noun && candidate.predicate() && candidate.kind != Kind::copula) {
        return frame_fit(candidate, after);
    }
    if (after.predicate() && after.kind != Kind::copula && candidate.kind == Kind::noun)
        return frame_fit(after, candidate);
    return 0;
}

Result<std::vector<int>> hints(const Card& after, const std::vector<Card>& candidates) {
    auto a = resolve({after});
    if (!a) return a.error();
    std::vector<int> out;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        auto c = resolve({candidates[i]});
        if (!c)
            return Error{c.error().code,
                         "candidate " + std::to_string(i + 1) + ": " + c.error().message};
        if ((*a)[0].known && (*c)[0].known && fit((*a)[0], (*c)[0]) == 2)
            out.push_back(static_cast<int>(i));
    }
    return out;
}

Result<std::vector<Word>> words(std::string_view typed, std::size_t limit) {
    if (!hangul::valid_utf8(typed))
        return make_error("invalid_utf8", "the typed text is not valid UTF-8");
    if (typed.size() > 64)
        return make_error("input_too_long", "the typed text is longer than 64 bytes");
    const Letters prefix = letters(typed);
    if (prefix.empty()) return std::vector<Word>{};
    std::vector<const Indexed*> found;
    std::size_t longest = 0;
    for (const Indexed& e : index()) {
        if (e.letters.size() >= prefix.size() &&
            std::equal(prefix.begin(), prefix.end(), e.letters.begin())) {
            found.push_back(&e);
            longest = std::max(longest, e.letters.size());
        }
    }
    // Shortest first (the word itself before its compounds), then in the lexicon's order (the
    // index's, which `found` is in): one pass over the matches per length, not a sort, whose
    // std::sort instantiation cost the wasm module 1.4 KB of code.
    std::vector<Word> out;
    for (std::size_t length = prefix.size(); length <= longest && out.size() < limit; ++length) {
        for (const Indexed* e : found) {
            if (out.size() >= limit) break;
            if (e->letters.size() != length) continue;
            const lexicon::Entry& entry = *e->entry;
            out.push_back(Word{std::string(entry.lemma),
                               lexicon::to_string(entry.pos),
                               {entry.classes.begin(), entry.classes.end()}});
        }
    }
    return out;
}

}  // namespace malmoi::suggest
