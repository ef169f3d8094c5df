#include "score.hpp"

#include "particle.hpp"
#include "tsv.hpp"

namespace malmoi {

namespace {

std::vector<std::string> words_of(const std::string& sentence) {
    std::vector<std::string> out;
    for (std::string_view w : tsv::split(sentence, ' ')) out.emplace_back(w);
    return out;
}

// Punctuation after a word does not make its particle wrong: 엄마, and 엄마 are the same noun.
std::string without_punctuation(std::string w) {
    while (!w.empty() && (w.back() == '?' || w.back() == ',' || w.back() == '.' || w.back() == '!'))
        w.pop_back();
    return w;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return !prefix.empty() && s.compare(0, prefix.size(), prefix) == 0;
}

// Is `phrase` (one or more words) in `words` as whole words?
bool contains_phrase(const std::vector<std::string>& words, const std::string& phrase) {
    const std::vector<std::string> parts = words_of(phrase);
    if (parts.empty()) return false;
    for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
        bool all = true;
        for (std::size_t k = 0; k < parts.size() && all; ++k) {
            all = without_punctuation(words[i + k]) == without_punctuation(parts[k]);
        }
        if (all) return true;
    }
    return false;
}

Score compare(const std::vector<ResolvedCard>& cards, const Rendered& answer,
              const std::string& expected) {
    Score s;
    s.closest = expected;
    const std::vector<std::string> words = words_of(expected);
    std::size_t from = 0;  // nouns are matched left to right
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ResolvedCard& c = cards[i];
        const int card = static_cast<int>(i);
        if (c.kind == Kind::noun) {
            std::string mine;
            for (const Token& t : answer.tokens) {
                for (int k : t.cards) {
                    if (k == card) mine = t.text;
                }
            }
            if (mine.empty()) continue;  // a noun the answer left out is not a particle to score
            ++s.particles_total;
            std::string fused;
            if (auto a = particle::attach(c.label, "이/가"); a && a->fused)
                fused = a->stem;  // 내가
            for (std::size_t w = from; w < words.size(); ++w) {
                if (starts_with(words[w], c.label) || starts_with(words[w], fused)) {
                    if (without_punctuation(words[w]) == without_punctuation(mine))
                        ++s.particles_right;
                    from = w + 1;
                    break;
                }
            }
        } else if (c.predicate() || c.kind == Kind::want || c.kind == Kind::give) {
            std::string mine;
            for (const PlacedWord& w : answer.words) {
                if (w.card == card) mine = w.word;
            }
            if (mine.empty() || mine == c.label) continue;
            ++s.conjugations_total;
            bool right = contains_phrase(words, mine);
            if (!right && c.kind == Kind::copula) {
                // 예요 is glued to its noun: look for a word that ends with it.
                for (const auto& w : words) {
                    const std::string bare = without_punctuation(w);
                    right =
                        right || (bare.size() > mine.size() &&
                                  bare.compare(bare.size() - mine.size(), mine.size(), mine) == 0);
                }
            }
            if (right) ++s.conjugations_right;
        }
    }
    return s;
}

}  // namespace

std::vector<std::string> alternatives(const std::string& expected) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= expected.size()) {
        std::size_t bar = expected.find(" | ", start);
        if (bar == std::string::npos) bar = expected.size();
        std::string piece = expected.substr(start, bar - start);
        while (!piece.empty() && piece.front() == ' ') piece.erase(0, 1);
        while (!piece.empty() && piece.back() == ' ') piece.pop_back();
        if (!piece.empty()) out.push_back(piece);
        start = bar + 3;
    }
    return out;
}

Score score(const std::vector<ResolvedCard>& cards, const Rendered& answer,
            const std::vector<std::string>& acceptable) {
    Score best;
    best.particles_total = -1;
    for (const std::string& expected : acceptable) {
        Score s = compare(cards, answer, expected);
        s.exact = answer.sentence == expected;
        const int parts = s.particles_right + s.conjugations_right + (s.exact ? 1000 : 0);
        const int best_parts =
            best.particles_right + best.conjugations_right + (best.exact ? 1000 : 0);
        if (best.particles_total < 0 || parts > best_parts) best = s;
    }
    if (best.particles_total < 0) best = Score{};
    return best;
}

}  // namespace malmoi
