#include "particle.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "reading.hpp"
#include "tsv.hpp"

namespace malmoi::particle {

namespace {

using hangul::Final;

constexpr Pair kPairs[] = {
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
    {"이세요", "세요", Rule::consonant, false},  // the copula of an honoured subject: 의사세요
    {"이셨어요", "셨어요", Rule::consonant, false},
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

constexpr std::string_view kInvariants[] = {
    "에",   "에서", "에게", "에게서", "한테", "한테서", "께",     "께서", "까지",
    "부터", "만",   "도",   "의",     "하고", "보다",   "처럼",   "만큼", "대로",
    "마다", "조차", "마저", "밖에",   "뿐",   "에다",   "에다가",
};

// Invariant particles after which no other particle follows (사과도, 친구의, 사과요): 도와 is not a
// compound particle but a verb form.
constexpr std::string_view kFinalOnly[] = {"도", "의", "요", "뿐", "밖에", "조차", "마저"};

// A particle name is read once into at most three pieces, each a known form: 에서는 = 에서 + 는.
constexpr int kMaxSegments = 3;

// One piece of a particle as requested: a pair (by index, with the member that was written) or an
// invariant particle. `written` always views the tables, never the caller's text.
struct Segment {
    int pair = -1;                  // index into pairs(), or -1 for an invariant particle
    std::string_view written;       // the form as given: 를, 에서
    bool consonant_member = false;  // for a pair, whether the member written was the first (을)
    Final leaves = Final::none;  // for an invariant, the final sound it leaves: 에서 none, 만 ㄴ
    // For a pair, the final sound each member leaves: 으로 none and 로 none, 을 ㄹ and 를 none.
    Final leaves_consonant = Final::none;
    Final leaves_vowel = Final::none;
};

// Every form a piece can take, compiled once from the tables above: a hash index from the form to
// what it is, the final sound it leaves (를 none, 을 ㄹ, 에서 none) and whether more may follow.
struct Piece {
    std::string_view text;
    int pair = -1;
    bool consonant_member = false;
    bool may_continue = true;
    Final final = Final::none;
    Final leaves_consonant = Final::none;  // for a pair: what its consonant member leaves (을 ㄹ)
    Final leaves_vowel = Final::none;      // and its vowel member (를 none)
};

Final final_of_form(std::string_view form) {
    std::size_t end = form.size();
    return end == 0 ? Final::none
                    : hangul::final_of(hangul::previous(form, end)).value_or(Final::none);
}

// A particle form or name is a few syllables: its length and its first and last bytes tell the
// ~250 names apart well enough, in constant time.
std::uint32_t hash(std::string_view text) {
    const std::size_t n = text.size();
    if (n < 3) return static_cast<std::uint32_t>(n);
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
    };
    // The first syllable's last two bytes, the last byte and the length, mixed by a multiplication
    // whose high bits depend on all of them (Fibonacci hashing).
    const std::uint32_t key =
        static_cast<std::uint32_t>(n) << 24 | byte(1) << 16 | byte(2) << 8 | byte(n - 1);
    return (key * 0x9E3779B1u) >> 16;
}

class Pieces {
  public:
    Pieces() {
        // Precedence order: a form shared by two pairs (야 in 아/야 and 이야/야) names the first.
        for (std::size_t i = 0; i < std::size(kPairs); ++i) {
            add(kPairs[i].after_consonant, static_cast<int>(i), kPairs[i].may_continue);
            add(kPairs[i].after_vowel, static_cast<int>(i), kPairs[i].may_continue);
        }
        for (std::string_view inv : kInvariants) {
            const bool last = std::find(std::begin(kFinalOnly), std::end(kFinalOnly), inv) !=
                              std::end(kFinalOnly);
            add(inv, -1, !last);
        }
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            std::size_t slot = hash(pieces_[i].text) & kMask;
            while (slots_[slot] >= 0) slot = (slot + 1) & kMask;
            slots_[slot] = static_cast<std::int16_t>(i);
        }
    }

    const Piece* find(std::string_view text) const {
        if (text.empty() || text.size() > longest_) return nullptr;
        for (std::size_t slot = hash(text) & kMask; slots_[slot] >= 0; slot = (slot + 1) & kMask) {
            const Piece& p = pieces_[slots_[slot]];
            if (p.text == text) return &p;
        }
        return nullptr;
    }

    /// The longest form in bytes: a name longer than kMaxSegments of these is no particle.
    std::size_t longest() const { return longest_; }
    /// The most characters a form has (으로부터: 4).
    std::size_t most_characters() const { return most_characters_; }

  private:
    void add(std::string_view text, int pair, bool may_continue) {
        for (const Piece& p : pieces_) {
            if (p.text == text) return;  // the first meaning wins
        }
        Piece piece{text, pair, pair >= 0 && text == kPairs[pair].after_consonant, may_continue,
                    final_of_form(text)};
        if (pair >= 0) {
            piece.leaves_consonant = final_of_form(kPairs[pair].after_consonant);
            piece.leaves_vowel = final_of_form(kPairs[pair].after_vowel);
        }
        pieces_.push_back(piece);
        longest_ = std::max(longest_, text.size());
        std::size_t characters = 0;
        for (char c : text) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        most_characters_ = std::max(most_characters_, characters);
    }

    static constexpr std::size_t kMask = 255;  // 256 slots for about 90 forms
    std::vector<Piece> pieces_;
    std::array<std::int16_t, kMask + 1> slots_ = [] {
        std::array<std::int16_t, kMask + 1> a{};
        a.fill(-1);
        return a;
    }();
    std::size_t longest_ = 0;
    std::size_t most_characters_ = 0;
};

const Pieces& pieces() {
    static const Pieces p;
    return p;
}

// A particle name, read. No allocation unless the name arrives decomposed (NFD).
struct Parsed {
    enum class Status { ok, too_long, invalid_utf8, empty, unknown };
    Status status = Status::ok;
    std::array<Segment, kMaxSegments> segments{};
    int count = 0;
    bool named_as_pair = false;  // "을/를", "(으)로": not a correction whatever is chosen

    bool ok() const { return status == Status::ok; }
    const Segment* begin() const { return segments.data(); }
    const Segment* end() const { return segments.data() + count; }
};

Segment segment_of(const Piece& p) {
    return Segment{p.pair, p.text, p.consonant_member, p.final, p.leaves_consonant, p.leaves_vowel};
}

// The fewest known pieces `text` is made of (에서는 = 에서 + 는), longest first piece first on a
// tie (이나 is one particle, not 이 + 나). Dynamic programming from the end: linear in the name.
bool segment(std::string_view text, Parsed& out) {
    const Pieces& table = pieces();
    const std::size_t n = text.size();
    if (n == 0 || n > table.longest() * kMaxSegments) return false;
    // Where each character starts (and the end): pieces begin and end there.
    std::array<std::uint8_t, kMaxParticleBytes + 1> starts;
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            starts[m++] = static_cast<std::uint8_t>(i);
    }
    starts[m] = static_cast<std::uint8_t>(n);
    constexpr std::int8_t kNone = 127;
    std::array<std::int8_t, kMaxParticleBytes + 1> count;   // pieces from character k to the end
    std::array<const Piece*, kMaxParticleBytes + 1> first;  // the first of them
    count[m] = 0;
    for (std::size_t k = m; k-- > 0;) {
        count[k] = kNone;
        const std::size_t last = std::min(m, k + table.most_characters());
        for (std::size_t j = last; j > k; --j) {  // longest first
            const Piece* p = table.find(text.substr(starts[k], starts[j] - starts[k]));
            if (!p || count[j] == kNone) continue;
            if (j < m && !p->may_continue) continue;  // 이가 is no particle, 에서는 is
            const int total = 1 + count[j];
            if (total <= kMaxSegments && total < count[k]) {
                count[k] = static_cast<std::int8_t>(total);
                first[k] = p;
            }
        }
    }
    if (count[0] == kNone) return false;
    out.count = 0;
    for (std::size_t k = 0; k < m;) {
        const Piece* p = first[k];
        out.segments[out.count++] = segment_of(*p);
        const std::size_t end = starts[k] + p->text.size();
        while (starts[k] < end) ++k;
    }
    return true;
}

// Both members of one pair: "을/를", "를/을", "(으)로", "을(를)".
bool alternatives(std::string_view a, std::string_view b, Parsed& out) {
    const Pieces& table = pieces();
    const Piece* first = table.find(a);
    const Piece* second = table.find(b);
    if (!first || !second) return false;
    if (first->pair >= 0 && first->pair == second->pair && a != b) {
        out.segments[0] = segment_of(*first);
        out.count = 1;
        return true;
    }
    // 야 belongs to two pairs; the other member decides which one was meant.
    for (std::size_t i = 0; i < std::size(kPairs); ++i) {
        const Pair& p = kPairs[i];
        if ((a == p.after_consonant && b == p.after_vowel) ||
            (a == p.after_vowel && b == p.after_consonant)) {
            out.segments[0] = segment_of(*first);
            out.segments[0].pair = static_cast<int>(i);
            out.segments[0].consonant_member = a == p.after_consonant;
            out.segments[0].leaves_consonant = final_of_form(p.after_consonant);
            out.segments[0].leaves_vowel = final_of_form(p.after_vowel);
            out.count = 1;
            return true;
        }
    }
    return false;
}

// Reads any particle name: a pair by its members, one form, or a compound of forms.
Parsed read_name(std::string_view particle) {
    Parsed out;
    if (particle.size() > kMaxParticleBytes) {
        out.status = Parsed::Status::too_long;
        return out;
    }
    const hangul::Utf8 scan = hangul::scan_utf8(particle);
    if (!scan.valid) {
        out.status = Parsed::Status::invalid_utf8;
        return out;
    }
    std::string composed;
    if (scan.may_need_nfc) {
        composed = hangul::to_nfc(particle);
        particle = composed;
    }
    const std::string_view text = tsv::trim(particle);
    if (text.empty()) {
        out.status = Parsed::Status::empty;
        return out;
    }
    bool found = false;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        out.named_as_pair = true;
        found =
            alternatives(tsv::trim(text.substr(0, slash)), tsv::trim(text.substr(slash + 1)), out);
    } else if (const auto open = text.find('('); open != std::string_view::npos) {
        out.named_as_pair = true;
        const auto close = text.find(')', open);
        if (close != std::string_view::npos) {
            const std::string_view inside = text.substr(open + 1, close - open - 1);
            if (open == 0) {
                // (으)로: the bracketed part is the consonant member's extra start.
                const std::string_view rest = text.substr(close + 1);
                std::array<char, kMaxParticleBytes> full;
                std::copy(inside.begin(), inside.end(), full.begin());
                std::copy(rest.begin(), rest.end(), full.begin() + inside.size());
                found = alternatives(std::string_view(full.data(), inside.size() + rest.size()),
                                     rest, out);
                if (found) {
                    out.segments[0].written = rest;  // named by its vowel member, 로
                    out.segments[0].consonant_member = false;
                }
            } else if (close + 1 == text.size()) {
                found = alternatives(text.substr(0, open), inside, out);  // 을(를)
            }
        }
    } else {
        found = segment(text, out);
    }
    if (!found || out.count == 0) out.status = Parsed::Status::unknown;
    if (found && out.count == 1 && out.segments[0].pair >= 0) {
        // Keep the written member pointing at the tables, not at a temporary.
        const Pair& p = kPairs[out.segments[0].pair];
        out.segments[0].written =
            out.segments[0].written == p.after_consonant ? p.after_consonant : p.after_vowel;
    }
    return out;
}

Error parse_error(const Parsed& parsed, std::string_view particle) {
    switch (parsed.status) {
        case Parsed::Status::too_long:
            return make_error("input_too_long", "the particle is longer than % bytes (%)",
                              {std::to_string(kMaxParticleBytes), std::to_string(particle.size())});
        case Parsed::Status::invalid_utf8:
            return make_error("invalid_utf8", "the particle is not valid UTF-8 text");
        case Parsed::Status::empty:
            return make_error("empty_particle", "the particle is empty");
        default:
            return make_error("unknown_particle", "'%' is not a particle Malmoi knows",
                              {tsv::trim(particle)});
    }
}

// Every name of one particle, read once by read_name and kept by its text: each form (을, 에서) and
// each pair as teachers and models write it (을/를, 를/을, 을(를), 를(을), (으)로). A name in
// everyday use then costs one hash lookup, with no UTF-8 check (a name equal to a known one is
// well-formed). Compounds (에서는) and names with spaces inside are read each time.
class Names {
  public:
    Names() {
        std::vector<std::string> texts;
        for (const Pair& p : kPairs) {
            texts.push_back(std::string(p.after_consonant));
            texts.push_back(std::string(p.after_vowel));
            const std::string c(p.after_consonant), v(p.after_vowel);
            texts.push_back(c + "/" + v);
            texts.push_back(v + "/" + c);
            texts.push_back(c + "(" + v + ")");
            texts.push_back(v + "(" + c + ")");
            if (c.size() > v.size() && c.compare(c.size() - v.size(), v.size(), v) == 0) {
                texts.push_back("(" + c.substr(0, c.size() - v.size()) + ")" + v);  // (으)로
            }
        }
        for (std::string_view inv : kInvariants) texts.push_back(std::string(inv));
        for (std::string& text : texts) {
            const Parsed parsed = read_name(text);
            const bool seen = std::any_of(names_.begin(), names_.end(),
                                          [&](const Name& n) { return n.text == text; });
            if (parsed.ok() && !seen) names_.push_back(Name{std::move(text), parsed});
        }
        std::size_t size = 64;
        while (size < names_.size() * 3) size *= 2;
        slots_.assign(size, -1);
        mask_ = size - 1;
        for (std::size_t i = 0; i < names_.size(); ++i) {
            std::size_t slot = hash(names_[i].text) & mask_;
            while (slots_[slot] >= 0) slot = (slot + 1) & mask_;
            slots_[slot] = static_cast<int>(i);
        }
    }

    const Parsed* find(std::string_view text) const {
        for (std::size_t slot = hash(text) & mask_; slots_[slot] >= 0; slot = (slot + 1) & mask_) {
            const Name& n = names_[slots_[slot]];
            if (n.text == text) return &n.parsed;
        }
        return nullptr;
    }

  private:
    struct Name {
        std::string text;
        Parsed parsed;
    };
    std::vector<Name> names_;
    std::vector<int> slots_;
    std::size_t mask_ = 0;
};

const Names& names() {
    static const Names n;
    return n;
}

// The particle name read: the known reading of an everyday name, or `scratch` filled by read_name.
const Parsed& parse(std::string_view particle, Parsed& scratch) {
    if (particle.size() <= kMaxParticleBytes) {
        if (const Parsed* known = names().find(tsv::trim(particle))) return *known;
    }
    scratch = read_name(particle);
    return scratch;
}

// Writes the forms of `parsed` after a word of final sound `final` into `out`; true when a form
// differs from the one written (a correction: 물 + 를 → 을).
bool realize(const Parsed& parsed, Final final, std::string& out) {
    bool corrected = false;
    for (const Segment& s : parsed) {
        std::string_view form = s.written;
        if (s.pair < 0) {
            final = s.leaves;
        } else {
            const Pair& pair = kPairs[s.pair];
            const bool consonant =
                pair.rule == Rule::consonant ? final != Final::none : final == Final::other;
            form = consonant ? pair.after_consonant : pair.after_vowel;
            corrected = corrected || consonant != s.consonant_member;
            final = consonant ? s.leaves_consonant : s.leaves_vowel;
        }
        out.append(form.data(), form.size());
    }
    return corrected;
}

// Whether two short texts are the same, compared a byte at a time: every attachment compares its
// word and particle with each fusion below, and a call to memcmp costs more than these few bytes.
bool same(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) return false;
    }
    return true;
}

struct Fusion {
    std::string_view pronoun;
    std::string_view after_consonant;  // the particle pair it fuses with, by its consonant member
    std::string_view fused;
    bool takes_particle;  // 이거 + 가 → 이게: the particle is part of the fused word
};
// The words that change their own shape before a particle, as a teacher says them:
// 나 + 가 → 내가 (the pronouns before the subject particle); 이거 + 가 → 이게, 이거 + 를 → 이걸,
// 이거 + 는 → 이건 (이것이, 이것을, 이것은 as they are spoken); so does 거 (내 게, 친구 걸, 동생
// 건).
constexpr Fusion kFusions[] = {
    {"나", "이", "내", false},    {"너", "이", "네", false},    {"저", "이", "제", false},
    {"누구", "이", "누", false},  {"이거", "이", "이게", true}, {"그거", "이", "그게", true},
    {"저거", "이", "저게", true}, {"이거", "을", "이걸", true}, {"그거", "을", "그걸", true},
    {"저거", "을", "저걸", true}, {"이거", "은", "이건", true}, {"그거", "은", "그건", true},
    {"저거", "은", "저건", true}, {"거", "이", "게", true},     {"거", "을", "걸", true},
    {"거", "은", "건", true}};

}  // namespace

// (The tables are constant arrays, not vectors the module would build when it starts; the tools and
// tests that ask for them get a copy.)
const std::vector<Pair>& pairs() {
    static const std::vector<Pair> all(std::begin(kPairs), std::end(kPairs));
    return all;
}
const std::vector<std::string_view>& invariants() {
    static const std::vector<std::string_view> all(std::begin(kInvariants), std::end(kInvariants));
    return all;
}

Result<std::string> form_after(Final final, std::string_view particle) {
    Parsed scratch;
    const Parsed& parsed = parse(particle, scratch);
    if (!parsed.ok()) return parse_error(parsed, particle);
    std::string form;
    realize(parsed, final, form);
    return form;
}

Result<Attachment> attach(std::string_view word, std::string_view particle) {
    // One Result, filled in place and returned by every path, so the answer is never copied.
    Result<Attachment> out{Attachment{}};
    // The word is checked and normalised (NFC) once, for its reading and for the stem kept.
    const hangul::Utf8 scan = word.size() <= reading::kMaxWordBytes ? hangul::scan_utf8(word)
                                                                    : hangul::Utf8{false, false};
    if (!scan.valid) {
        out = reading::final_sound(word)
                  .error();  // input_too_long or invalid_utf8, worded by reading
        return out;
    }
    Attachment& a = out.value();
    const std::string_view bare = tsv::trim(word);
    if (scan.may_need_nfc) {
        a.stem = hangul::to_nfc(bare);
    } else {
        a.stem.append(bare.data(), bare.size());
    }
    auto sound_result = reading::final_sound_nfc(a.stem);
    if (!sound_result) {
        out = sound_result.error();
        return out;
    }
    reading::Sound& sound = sound_result.value();
    Parsed scratch;
    const Parsed& parsed = parse(particle, scratch);
    if (!parsed.ok()) {
        out = parse_error(parsed, particle);
        return out;
    }

    const bool corrected = realize(parsed, sound.final, a.particle);
    a.corrected = corrected && !parsed.named_as_pair;
    a.final = sound.final;
    a.read_as = std::move(sound.read_as);
    a.guessed = sound.guessed;
    // One particle pair alone (이/가, 을/를, 은/는) may fuse with the word before it.
    if (parsed.count == 1 && parsed.segments[0].pair >= 0) {
        const std::string_view pair = kPairs[parsed.segments[0].pair].after_consonant;
        for (const Fusion& f : kFusions) {
            if (same(a.stem, f.pronoun) && same(pair, f.after_consonant)) {
                a.stem = std::string(f.fused);
                a.fused = true;
                if (f.takes_particle) a.particle.clear();
                break;
            }
        }
    }
    a.text = a.stem;
    a.text += a.particle;
    return out;
}

bool is_particle(std::string_view text) {
    Parsed scratch;
    return parse(text, scratch).ok();
}

bool same_particle(std::string_view a, std::string_view b) {
    Parsed scratch_a, scratch_b;
    const Parsed& x = parse(a, scratch_a);
    const Parsed& y = parse(b, scratch_b);
    if (!x.ok() || !y.ok() || x.count != y.count) return false;
    for (int i = 0; i < x.count; ++i) {
        const Segment& s = x.segments[i];
        const Segment& t = y.segments[i];
        if (s.pair != t.pair) return false;
        if (s.pair < 0 && s.written != t.written) return false;
    }
    return true;
}

}  // namespace malmoi::particle
