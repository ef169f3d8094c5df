#include "render.hpp"

#include <algorithm>

#include "particle.hpp"

namespace malmoi {

namespace {

bool glued(const PlacedWord& w, const std::vector<ResolvedCard>& cards) {
    if (is_punctuation(w.word)) return true;
    if (w.card < 0) return particle::is_particle(w.word);
    const ResolvedCard& card = cards[static_cast<std::size_t>(w.card)];
    switch (card.kind) {
        case Kind::particle:
        case Kind::question: return true;
        case Kind::copula: return particle::is_particle(w.word);  // 예요 attaches; 아니에요 stands
        default: return false;
    }
}

}  // namespace

bool is_punctuation(std::string_view word) {
    return word == "," || word == "?" || word == "!" || word == "." || word == "？";
}

Result<Rendered> render(const std::vector<ResolvedCard>& cards, const Edits& edits) {
    std::vector<std::string> labels;
    labels.reserve(cards.size());
    for (const auto& c : cards) labels.push_back(c.label);
    auto placed = place(labels, edits);
    if (!placed) return placed.error();

    Rendered out;
    out.words = std::move(placed).value();
    for (const PlacedWord& w : out.words) {
        if (w.word.empty()) continue;
        if (out.tokens.empty() || !glued(w, cards)) out.tokens.push_back(Token{});
        Token& token = out.tokens.back();
        token.text += w.word;
        if (w.card >= 0 && std::find(token.cards.begin(), token.cards.end(), w.card) == token.cards.end()) {
            token.cards.push_back(w.card);
        }
    }
    for (const Token& t : out.tokens) {
        if (!out.sentence.empty()) out.sentence += ' ';
        out.sentence += t.text;
    }
    return out;
}

}  // namespace malmoi
