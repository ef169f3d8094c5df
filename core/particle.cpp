#include "particle.hpp"

#include <algorithm>
#include <optional>

#include "reading.hpp"
#include "tsv.hpp"

namespace malmoi::particle {

namespace {

using hangul::Final;

// One piece of a particle as requested: a pair (by index, with the member that was written) or an
// invariant particle.
struct Segment {
    int pair = -1;               // index into pairs(), or -1 for an invariant particle
    std::string_view written;    // the text as given: 를, 에서
};

constexpr int kMaxSegments = 3;

const std::vector<Pair> kPairs = {
    {"을", "를", Rule::consonant, false},
    {"이", "가", Rule::consonant, false},
    {"은", "는", Rule::consonant, false},
    {"과", "와", Rule::consonant, true},
    {"으로", "로", Rule::consonant_not_l, true},
    {"으로서", "로서", Rule::consonant_not_l, true},
    {"으로써", "로써", Rule::consonant_not_l, true},
    {"으로부터", "로부터", Rule::consonant_not_l, true},
    {"이랑", "랑", Rule::consonant, true},
    {"아", "야", Rule::consonant, false},  // vocative: 민준아, 민수야
    {"이여", "여", Rule::consonant, false},
    {"이시여", "시여", Rule::consonant, false},
    {"이야", "야", Rule::consonant, false},  // 책이야, 사과야 (named as 이야 or 이야/야)
    {"이에요", "예요", Rule::consonant, false},
    {"이었어요", "였어요", Rule::consonant, false},
    {"이나", "나", Rule::consonant, false},
    {"이라", "라", Rule::consonant, false},
    {"이란", "란", Rule::consonant, false},
    {"이며", "며", Rule::consonant, false},
    {"이든지", "든지", Rule::consonant, false},
    {"이든가", "든가", Rule::consonant, false},
    {"이든", "든", Rule::consonant, false},
    {"이나마", "나마", Rule::consonant, false},
    {"이라도", "라도", Rule::consonant, false},
    {"이라서", "라서", Rule::consonant, false},
    {"이라고", "라고", Rule::consonant, false},
    {"이라면", "라면", Rule::consonant, false},
    {"이야말로", "야말로", Rule::consonant, false},
    {"이고", "고", Rule::consonant, false},
    {"이지만", "지만", Rule::consonant, false},
    {"이면", "면", Rule::consonant, false},
    {"이니까", "니까", Rule::consonant, false},
    {"이어서", "여서", Rule::consonant, false},
    {"이요", "요", Rule::consonant, false},  // a polite one-word answer: 공이요, 우유요, 나도요
};

const std::vector<std::string_view> kInvariants = {
    "에", "에서", "에게", "에게서", "한테", "한테서", "께", "께서", "까지", "부터", "만",
    "도", "의", "하고", "보다", "처럼", "만큼", "대로", "마다", "조차", "마저", "밖에",
    "뿐", "에다", "에다가",
};

// Invariant particles after which no other particle follows (사과도, 친구의, 사과요): 도와 is not a
// compound particle but a verb form.
const std::vector<std::string_view> kFinalOnly = {"도", "의", "요", "뿐", "밖에", "조차", "마저"};

bool may_continue(const Segment& s) {
    if (s.pair >= 0) return kPairs[s.pair].may_continue;
    return std::find(kFinalOnly.begin(), kFinalOnly.end(), s.written) == kFinalOnly.end();
}

std::optional<Segment> lookup(std::string_view text) {
    for (std::size_t i = 0; i < kPairs.size(); ++i) {
        if (text == kPairs[i].after_consonant || text == kPairs[i].after_vowel) {
            return Segment{static_cast<int>(i), text};
        }
    }
    for (std::string_view inv : kInvariants) {
        if (text == inv) return Segment{-1, text};
    }
    return std::nullopt;
}

// The fewest known pieces `text` is made of (에서는 = 에서 + 는), or empty when there are none.
std::optional<std::vector<Segment>> segment(std::string_view text, int depth = 0) {
    if (text.empty()) return std::vector<Segment>{};
    if (depth == kMaxSegments) return std::nullopt;
    std::optional<std::vector<Segment>> best;
    // Longest first piece first: 이나 is one particle, not 이 + 나.
    for (std::size_t length = text.size(); length > 0; --length) {
        auto head = lookup(text.substr(0, length));
        if (!head) continue;
        auto tail = segment(text.substr(length), depth + 1);
        if (!tail) continue;
        if (!tail->empty() && !may_continue(*head)) continue;
        tail->insert(tail->begin(), *head);
        if (!best || tail->size() < best->size()) best = std::move(tail);
    }
    return best;
}

// Both members of one pair, or the same invariant twice: "을/를", "를/을", "(으)로", "을(를)".
std::optional<std::vector<Segment>> alternatives(std::string_view a, std::string_view b) {
    auto first = lookup(a);
    auto second = lookup(b);
    if (!first || !second) return std::nullopt;
    if (first->pair >= 0 && first->pair == second->pair && a != b) return std::vector<Segment>{*first};
    // 야 belongs to two pairs; the other member decides which one was meant.
    for (std::size_t i = 0; i < kPairs.size(); ++i) {
        const Pair& p = kPairs[i];
        if ((a == p.after_consonant && b == p.after_vowel) ||
            (a == p.after_vowel && b == p.after_consonant)) {
            return std::vector<Segment>{Segment{static_cast<int>(i), a}};
        }
    }
    return std::nullopt;
}


Result<std::vector<Segment>> parse(std::string_view particle) {
    if (!hangul::valid_utf8(particle)) {
        return make_error("invalid_utf8", "the particle is not valid UTF-8 text");
    }
    const std::string_view text = tsv::trim(particle);
    if (text.empty()) return make_error("empty_particle", "the particle is empty");
    std::optional<std::vector<Segment>> segments;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        segments = alternatives(tsv::trim(text.substr(0, slash)), tsv::trim(text.substr(slash + 1)));
    } else if (const auto open = text.find('('); open != std::string_view::npos) {
        const auto close = text.find(')', open);
        if (close != std::string_view::npos) {
            const std::string_view inside = text.substr(open + 1, close - open - 1);
            if (open == 0) {
                // (으)로: the bracketed part is the consonant member's extra start.
                const std::string_view rest = text.substr(close + 1);
                std::string full(inside);
                full += rest;
                if (auto found = alternatives(full, rest)) {
                    segments = std::vector<Segment>{Segment{found->front().pair, rest}};
                }
            } else if (close + 1 == text.size()) {
                segments = alternatives(text.substr(0, open), inside);  // 을(를)
            }
        }
    } else {
        segments = segment(text);
    }
    if (!segments || segments->empty()) {
        return make_error("unknown_particle", "'" + std::string(text) + "' is not a particle Malmoi knows");
    }
    return *segments;
}

Final final_of_text(std::string_view text) {
    const std::u32string cps = hangul::decode(text);
    if (cps.empty()) return Final::none;
    return hangul::final_of(cps.back()).value_or(Final::none);
}

std::string_view choose(const Pair& pair, Final final) {
    const bool consonant = pair.rule == Rule::consonant ? final != Final::none : final == Final::other;
    return consonant ? pair.after_consonant : pair.after_vowel;
}

struct Realized {
    std::string form;
    bool corrected = false;
};

Realized realize(const std::vector<Segment>& segments, Final final) {
    Realized out;
    for (const Segment& s : segments) {
        const std::string_view form = s.pair < 0 ? s.written : choose(kPairs[s.pair], final);
        out.corrected = out.corrected || form != s.written;
        out.form += form;
        final = final_of_text(form);
    }
    return out;
}

struct Fusion {
    std::string_view pronoun;
    std::string_view fused;
    bool takes_particle;  // 이거 + 가 → 이게: the particle is part of the fused word
};
// 나 + 가 → 내가: the pronouns that change their own shape before the subject particle.
constexpr Fusion kFusions[] = {{"나", "내", false},    {"너", "네", false},    {"저", "제", false},
                               {"누구", "누", false},  {"이거", "이게", true}, {"그거", "그게", true},
                               {"저거", "저게", true}};

}  // namespace

const std::vector<Pair>& pairs() { return kPairs; }
const std::vector<std::string_view>& invariants() { return kInvariants; }

Result<std::string> form_after(Final final, std::string_view particle) {
    auto segments = parse(particle);
    if (!segments) return segments.error();
    return realize(*segments, final).form;
}

Result<Attachment> attach(std::string_view word, std::string_view particle) {
    auto sound = reading::final_sound(word);
    if (!sound) return sound.error();
    auto segments = parse(particle);
    if (!segments) return segments.error();

    // A pair named as "을/를" is not a correction whatever is chosen.
    const bool named_as_pair = tsv::trim(particle).find_first_of("/(") != std::string_view::npos;
    Realized realized = realize(*segments, sound->final);

    Attachment a;
    a.stem = std::string(word);
    a.particle = realized.form;
    a.corrected = realized.corrected && !named_as_pair;
    a.final = sound->final;
    a.read_as = sound->read_as;
    a.guessed = sound->guessed;
    const std::string_view bare = tsv::trim(word);
    const bool subject = segments->size() == 1 && segments->front().pair >= 0 &&
                         kPairs[segments->front().pair].after_consonant == "이";
    if (subject) {
        for (const Fusion& f : kFusions) {
            if (bare == f.pronoun) {
                a.stem = std::string(f.fused);
                a.fused = true;
                if (f.takes_particle) a.particle.clear();
            }
        }
    }
    a.text = a.stem + a.particle;
    return a;
}

bool is_particle(std::string_view text) { return parse(text).ok(); }

bool same_particle(std::string_view a, std::string_view b) {
    auto x = parse(a);
    auto y = parse(b);
    if (!x || !y || x->size() != y->size()) return false;
    for (std::size_t i = 0; i < x->size(); ++i) {
        const Segment& s = (*x)[i];
        const Segment& t = (*y)[i];
        if (s.pair != t.pair) return false;
        if (s.pair < 0 && s.written != t.written) return false;
    }
    return true;
}

}  // namespace malmoi::particle
