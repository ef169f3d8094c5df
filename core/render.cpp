#include "render.hpp"

#include <algorithm>

#include "hangul.hpp"
#include "particle.hpp"

namespace malmoi {

namespace {

// Two noun cards that make a compound of the dictionary are written as one word: 축구 공 → 축구공,
// 종이 컵 → 종이컵 (lexicon flag compound; 할머니 집 stays two words); so is the second one when
// it carries the verb the sentence implies (코 피 → 코피가 나요). With 사이시옷 where the
// dictionary writes it: 만두 국 → 만둣국.
lexicon::Compound compound(const PlacedWord& w, const PlacedWord* before,
                           const std::vector<ResolvedCard>& cards) {
    if (!before || w.card < 1 || before->card != w.card - 1) return {};
    const ResolvedCard& a = cards[static_cast<std::size_t>(before->card)];
    const ResolvedCard& b = cards[static_cast<std::size_t>(w.card)];
    if (a.kind != Kind::noun || b.kind != Kind::noun || before->word != a.label ||
        w.word.compare(0, b.label.size(), b.label) != 0)
        return {};
    return lexicon::compound(a.label, b.label);
}

// An adverb and the verb it makes with the verb card after it are one verb: 그만 하다 → 그만해요
// (lexicon: 그만 verb:하다, and 그만하다 is a verb). Its conjugation is the tapped verb's. So is a
// noun with no particle before 시키다 or 하다 that it makes one verb with: 목욕 시키다 →
// 목욕시켰어요, 뭐 주문 하다 → 뭐 주문해요? (a noun before another verb stays apart: 고장 났어요,
// 춤 춰요).
bool one_verb(const PlacedWord& w, const PlacedWord* before,
              const std::vector<ResolvedCard>& cards) {
    if (!before || w.card < 1 || before->card != w.card - 1) return false;
    const ResolvedCard& a = cards[static_cast<std::size_t>(before->card)];
    const ResolvedCard& b = cards[static_cast<std::size_t>(w.card)];
    if (b.kind != Kind::verb || before->word != a.label) return false;
    if (a.kind == Kind::adverb ? a.verb.empty() || a.verb != b.lemma : a.kind != Kind::noun)
        return false;
    const lexicon::Entry* e = lexicon::find(a.label + b.lemma);
    // (a noun joins only 시키다 and 하다: 고장 났어요, 춤 춰요 stay apart)
    return e && e->pos == lexicon::Pos::verb &&
           (a.kind == Kind::adverb || b.lemma == "시키다" || b.lemma == "하다");
}

// `previous` is the word before `w` in the sentence.
bool glued(const PlacedWord& w, const std::vector<ResolvedCard>& cards, std::string_view previous) {
    if (is_punctuation(w.word)) return true;
    if (w.card < 0) return particle::is_particle(w.word);
    const ResolvedCard& card = cards[static_cast<std::size_t>(w.card)];
    switch (card.kind) {
        case Kind::particle:
        case Kind::question:
            return true;
        case Kind::copula:
            return particle::is_particle(w.word);  // 예요 attaches; 아니에요 stands
        case Kind::choice:
            return particle::is_particle(w.word);  // 그리고 between nouns said 랑; 아니면 stands
        case Kind::noun:
            return card.has(Flag::counter) &&
                   written_number(previous);  // 3개, 4시 (세 개 stays apart)
        default:
            return false;
    }
}

}  // namespace

bool is_punctuation(std::string_view word) {
    return word == "," || word == "?" || word == "!" || word == "." || word == "？";
}

Result<Rendered> render(const std::vector<ResolvedCard>& cards, const Edits& edits) {
    std::vector<std::string_view> labels;  // (views: place() copies each word once)
    labels.reserve(cards.size());
    for (const auto& c : cards) labels.push_back(c.label);
    auto placed = place(labels, edits);
    if (!placed) return placed.error();

    Rendered out;
    out.words = std::move(placed).value();
    out.tokens.reserve(out.words.size());
    const PlacedWord* before = nullptr;
    for (const PlacedWord& w : out.words) {
        if (w.word.empty()) continue;
        const bool glues =
            glued(w, cards, before ? std::string_view(before->word) : std::string_view{});
        const lexicon::Compound joined = glues ? lexicon::Compound{} : compound(w, before, cards);
        const bool joins = glues || joined.entry || one_verb(w, before, cards);
        if (out.tokens.empty() || !joins) out.tokens.push_back(Token{});
        Token& token = out.tokens.back();
        if (joined.sai) {  // (the first part, last in the token, takes its ㅅ: 만둣)
            token.text.resize(token.text.size() - before->word.size());
            token.text += hangul::with_sai_siot(before->word);
        }
        before = &w;
        token.text += w.word;
        if (w.card >= 0 &&
            std::find(token.cards.begin(), token.cards.end(), w.card) == token.cards.end()) {
            token.cards.push_back(w.card);
        }
    }
    std::size_t length = out.tokens.size();
    for (const Token& t : out.tokens) length += t.text.size();
    out.sentence.reserve(length);
    for (const Token& t : out.tokens) {
        if (!out.sentence.empty()) out.sentence += ' ';
        out.sentence += t.text;
    }
    return out;
}

}  // namespace malmoi
