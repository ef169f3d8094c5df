#include "conjugate.hpp"

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "embedded.hpp"
#include "hangul.hpp"
#include "tsv.hpp"

namespace malmoi::conjugate {

namespace {

using hangul::Syllable;
namespace ini = hangul::initial;
namespace med = hangul::medial;
namespace fin = hangul::final;

/// A stem as syllables, 다 removed: 먹다 → 먹, 공부하다 → 공부하. Never empty, only syllables.
using Stem = std::u32string;

Syllable split_syllable(char32_t c) {
    return hangul::decompose(c).value_or(Syllable{});
}
char32_t syllable(int initial, int medial, int final = fin::none) {
    return hangul::compose(Syllable{initial, medial, final});
}

constexpr char32_t kHa = U'하';
constexpr char32_t kI = U'이';
constexpr char32_t kA = U'아';
constexpr char32_t kNi = U'니';
constexpr char32_t kReu = U'르';
constexpr char32_t kIss = U'있';
constexpr char32_t kEops = U'없';
constexpr char32_t kJu = U'주';
constexpr char32_t kDeu = U'드';
constexpr char32_t kRi = U'리';
constexpr char32_t kDa = U'다';

// ---- The rules: one row per class -------------------------------------------------------------

/// The shape a stem of a class must have (checked on every table row).
enum class Shape {
    plain,           // none of the shapes an irregular class claims
    open_eu,         // ends in an open syllable with ㅡ: 쓰, 아프, 따르
    reu,             // ends in 르 after an open syllable: 모르
    ends_reu,        // ends in 르: 푸르
    final_b,         // ends in ㅂ
    final_d,         // ends in ㄷ
    final_s,         // ends in ㅅ
    final_h_fusing,  // ends in ㅎ after ㅏ ㅑ ㅓ ㅕ: 빨갛, 하얗, 누렇, 허옇
    final_h_any,     // ends in ㅎ, ㄶ or ㅀ: 좋, 많, 싫
    open_u,          // ends in an open syllable with ㅜ: 푸
    final_l,         // ends in ㄹ
    ha,              // ends in 하
    copula,          // ends in 이
    ani,             // ends in 아니
    iss,             // ends in 있
    eops,            // ends in 없
};

/// What the stem's end does before an ending that starts with 아/어.
enum class BeforeA {
    // Vowels fuse (마시 + 어 → 마셔); a final consonant takes 아/어 as it is (먹어).
    contract,
    // 아/어 is added and nothing fuses: 아니 + 어 → 아니어.
    full,
    // The last vowel gives way to 아/어: 쓰 → 써, 아프 → 아파, 푸 → 퍼.
    drop_vowel,
    // 르 → ㄹㄹ: 모르 → 몰라.
    reu,
    // 어 → 러: 푸르 → 푸르러.
    reo,
    // ㅂ → 우 and fuse: 추워; 오 in one-syllable ㅗ stems: 도와.
    b_to_wu,
    // ㄷ → ㄹ: 듣 → 들어.
    d_to_l,
    // ㅅ drops and nothing fuses: 짓 → 지어.
    drop_s,
    // ㅎ drops and the vowel fuses with 아/어: 빨갛 → 빨개.
    drop_h,
    // 하 + 여 → 해.
    hada,
    // 이 + 어 → 여 after a noun's vowel (친구여), else 이어 (학생이어, 이어).
    copula,
};

/// What the stem's end does before an ending that starts with (으): -(으)ㄹ래요, -(으)ㄹ게요.
enum class BeforeEu {
    // 으 after a final consonant other than ㄹ (먹을); none after a vowel or ㄹ (갈, 놀).
    keep,
    // ㅂ → 우, and no 으: 도울, 추울.
    b_to_u,
    // ㄷ → ㄹ, and 으: 들을.
    d_to_l,
    // ㅅ drops, and 으 stays: 지을.
    drop_s,
    // ㅎ drops, and no 으: 빨갈.
    drop_h,
};

/// How 안 negates the class.
enum class Negation {
    an,        // 안 + the form: 안 먹어요
    by_eopda,  // 있 → 없: 맛있다 → 맛없어요
    copula,    // noun + 이/가 아니에요
    long_ji,   // -지 않아요: 없지 않아요
};

struct ClassRule {
    StemClass stem_class;
    const char* name;
    Shape shape;
    BeforeA before_a;
    BeforeEu before_eu;
    Negation negation;
};

// In StemClass order (checked below).
// clang-format off
constexpr ClassRule kRules[] = {
    {StemClass::regular,     "regular",     Shape::plain,          BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::eu,          "eu",          Shape::open_eu,        BeforeA::drop_vowel, BeforeEu::keep,   Negation::an},
    {StemClass::reu,         "reu",         Shape::reu,            BeforeA::reu,        BeforeEu::keep,   Negation::an},
    {StemClass::reo,         "reo",         Shape::ends_reu,       BeforeA::reo,        BeforeEu::keep,   Negation::an},
    {StemClass::b_irregular, "b_irregular", Shape::final_b,        BeforeA::b_to_wu,    BeforeEu::b_to_u, Negation::an},
    {StemClass::b_regular,   "b_regular",   Shape::final_b,        BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::d_irregular, "d_irregular", Shape::final_d,        BeforeA::d_to_l,     BeforeEu::d_to_l, Negation::an},
    {StemClass::d_regular,   "d_regular",   Shape::final_d,        BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::s_irregular, "s_irregular", Shape::final_s,        BeforeA::drop_s,     BeforeEu::drop_s, Negation::an},
    {StemClass::s_regular,   "s_regular",   Shape::final_s,        BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::h_irregular, "h_irregular", Shape::final_h_fusing, BeforeA::drop_h,     BeforeEu::drop_h, Negation::an},
    {StemClass::h_regular,   "h_regular",   Shape::final_h_any,    BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::u_irregular, "u_irregular", Shape::open_u,         BeforeA::drop_vowel, BeforeEu::keep,   Negation::an},
    {StemClass::l_stem,      "l_stem",      Shape::final_l,        BeforeA::contract,   BeforeEu::keep,   Negation::an},
    {StemClass::hada,        "hada",        Shape::ha,             BeforeA::hada,       BeforeEu::keep,   Negation::an},
    {StemClass::ida,         "ida",         Shape::copula,         BeforeA::copula,     BeforeEu::keep,   Negation::copula},
    {StemClass::anida,       "anida",       Shape::ani,            BeforeA::full,       BeforeEu::keep,   Negation::long_ji},
    {StemClass::itda,        "itda",        Shape::iss,            BeforeA::contract,   BeforeEu::keep,   Negation::by_eopda},
    {StemClass::eopda,       "eopda",       Shape::eops,           BeforeA::contract,   BeforeEu::keep,   Negation::long_ji},
};
// clang-format on
constexpr std::size_t kClassCount = sizeof kRules / sizeof kRules[0];

constexpr bool rules_in_order() {
    for (std::size_t i = 0; i < kClassCount; ++i) {
        if (static_cast<std::size_t>(kRules[i].stem_class) != i) return false;
    }
    return true;
}
static_assert(rules_in_order(), "kRules must list the classes in StemClass order");

const ClassRule& rule_of(StemClass c) {
    return kRules[static_cast<std::size_t>(c)];
}

/// The ending vowel a stem vowel takes: 아 after ㅏ ㅑ ㅗ ㅘ ㅛ (앉아, 얇아, 놓아), 어 elsewhere.
int harmony(int stem_medial) {
    switch (stem_medial) {
        case med::a:
        case med::ya:
        case med::o:
        case med::wa:
        case med::yo:
            return med::a;
        default:
            return med::eo;
    }
}

/// An open stem syllable's vowel fused with the ending's 아/어 (chosen by harmony), or -1 when the
/// two stay apart. The contracted form is the spoken default: 마셔요, never 마시어요.
constexpr int kFused[] = {
    med::a,    // ㅏ + 아 → ㅏ   가
    med::ae,   // ㅐ + 어 → ㅐ   보내
    -1,        // ㅑ
    -1,        // ㅒ
    med::eo,   // ㅓ + 어 → ㅓ   서
    med::e,    // ㅔ + 어 → ㅔ   세
    med::yeo,  // ㅕ + 어 → ㅕ   켜
    -1,        // ㅖ
    med::wa,   // ㅗ + 아 → ㅘ   와, 봐
    -1,        // ㅘ
    -1,        // ㅙ
    med::wae,  // ㅚ + 어 → ㅙ   돼
    -1,        // ㅛ
    med::wo,   // ㅜ + 어 → ㅝ   줘, 배워
    -1,        // ㅝ
    -1,        // ㅞ  꿰어
    -1,        // ㅟ  쉬어: ㅟ never contracts
    -1,        // ㅠ
    -1,        // ㅡ  (the eu class drops it instead)
    -1,        // ㅢ  희어
    med::yeo,  // ㅣ + 어 → ㅕ   마셔
};
static_assert(sizeof kFused / sizeof kFused[0] == med::i + 1, "one entry per medial");

/// ㅎ irregular: the stem vowel fused with 아/어 once ㅎ is gone (빨가 + 아 → 빨개).
int fused_h(int medial, bool ae) {
    switch (medial) {
        case med::a:
            return med::ae;  // 빨개
        case med::ya:
            return med::yae;  // 하얘
        case med::eo:
            return ae ? med::ae : med::e;  // 그래 (from 그러하다), 누레
        case med::yeo:
            return med::ye;  // 허예
        default:
            return -1;
    }
}

// ---- The table ---------------------------------------------------------------------------------

struct Entry {
    std::string_view form;  // the dictionary form, a view into the embedded table
    StemClass stem_class = StemClass::regular;
    bool adjective = false;
    bool split = false;
    std::string_view split_noun;  // empty: all but the last syllable of the stem
    std::string_view neg;         // the word that negates this one (알다 → 모르다)
    std::string_view full_form;   // a short form's full form, which takes the vowel endings
    bool long_neg = false;
    bool full = false;
    bool ae = false;
    std::string_view sense;
    int line = 0;
};

struct Table {
    std::vector<Entry> entries;          // in file order
    std::vector<std::uint32_t> by_form;  // indices sorted by form; file order among homographs
    std::vector<std::string> problems;
};

std::optional<StemClass> class_named(std::string_view name) {
    for (const ClassRule& r : kRules) {
        if (name == r.name) return r.stem_class;
    }
    return std::nullopt;
}

bool fits(Shape shape, const Stem& stem) {
    const Syllable last = split_syllable(stem.back());
    const bool open = last.final == fin::none;
    const bool two = stem.size() >= 2;
    switch (shape) {
        case Shape::plain:
            switch (last.final) {
                case fin::l:
                case fin::b:
                case fin::d:
                case fin::s:
                case fin::h:
                case fin::nh:
                case fin::lh:
                case fin::ss:
                case fin::bs:
                    return false;
                default:
                    return !(open && last.medial == med::eu) && stem.back() != kHa;
            }
        case Shape::open_eu:
            return open && last.medial == med::eu;
        case Shape::reu:
            return stem.back() == kReu && two &&
                   split_syllable(stem[stem.size() - 2]).final == fin::none;
        case Shape::ends_reu:
            return stem.back() == kReu && two;
        case Shape::final_b:
            return last.final == fin::b;
        case Shape::final_d:
            return last.final == fin::d;
        case Shape::final_s:
            return last.final == fin::s;
        case Shape::final_h_fusing:
            return last.final == fin::h && fused_h(last.medial, false) >= 0;
        case Shape::final_h_any:
            return last.final == fin::h || last.final == fin::nh || last.final == fin::lh;
        case Shape::open_u:
            return open && last.medial == med::u;
        case Shape::final_l:
            return last.final == fin::l;
        case Shape::ha:
            return stem.back() == kHa;
        case Shape::copula:
            return stem.back() == kI;
        case Shape::ani:
            return two && stem[stem.size() - 2] == kA && stem.back() == kNi;
        case Shape::iss:
            return stem.back() == kIss;
        case Shape::eops:
            return stem.back() == kEops;
    }
    return false;
}

/// The stem of a single dictionary-form word made of Hangul syllables ("먹다" → 먹), or empty.
Stem stem_of(std::string_view word) {
    const std::u32string cps = hangul::decode(word);
    if (cps.size() < 2 || cps.back() != kDa) return {};
    for (char32_t c : cps) {
        if (!hangul::is_syllable(c)) return {};
    }
    return cps.substr(0, cps.size() - 1);
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

Table load() {
    Table t;
    const std::string_view text = embedded_file("stems.tsv");
    for (const tsv::Row& row : tsv::parse(text)) {
        const std::string where = "stems.tsv line " + std::to_string(row.line) + ": ";
        Entry e;
        e.line = row.line;
        e.form = row.field(0);
        const Stem stem = stem_of(e.form);
        if (stem.empty()) {
            t.problems.push_back(where + quoted(e.form) + " is not a dictionary form");
            continue;
        }
        const auto cls = class_named(row.field(1));
        if (!cls) {
            t.problems.push_back(where + "unknown class " + quoted(row.field(1)));
            continue;
        }
        e.stem_class = *cls;
        if (!fits(rule_of(*cls).shape, stem)) {
            t.problems.push_back(where + quoted(e.form) + " does not have the shape of class " +
                                 rule_of(*cls).name);
            continue;
        }
        if (row.field(2) != "verb" && row.field(2) != "adjective") {
            t.problems.push_back(where + "the third column must be verb or adjective, not " +
                                 quoted(row.field(2)));
            continue;
        }
        e.adjective = row.field(2) == "adjective";
        bool sound = true;
        const std::string_view flags = row.field(3);
        for (std::string_view flag : tsv::split(flags == "-" ? std::string_view{} : flags, ',')) {
            const auto eq = flag.find('=');
            const std::string_view key = flag.substr(0, eq);
            const std::string_view value =
                eq == std::string_view::npos ? std::string_view{} : flag.substr(eq + 1);
            if (key == "split") {
                e.split = true;
                e.split_noun = value;
            } else if (key == "neg" && !value.empty()) {
                e.neg = value;
            } else if (key == "short" && !value.empty()) {
                e.full_form = value;
            } else if (key == "sense" && !value.empty()) {
                e.sense = value;
            } else if (flag == "long_neg") {
                e.long_neg = true;
            } else if (flag == "full") {
                e.full = true;
            } else if (flag == "ae" && e.stem_class == StemClass::h_irregular) {
                e.ae = true;
            } else {
                t.problems.push_back(where + "unknown flag " + quoted(flag) + " for " +
                                     quoted(e.form));
                sound = false;
            }
        }
        if (e.split) {
            // The noun must be a proper start of the stem, and what follows it a stem of the class.
            const Stem noun = e.split_noun.empty() ? stem.substr(0, stem.size() - 1)
                                                   : hangul::decode(e.split_noun);
            const bool starts = !noun.empty() && noun.size() < stem.size() &&
                                stem.compare(0, noun.size(), noun) == 0;
            if (!starts || !fits(rule_of(e.stem_class).shape, stem.substr(noun.size()))) {
                t.problems.push_back(where + "the split of " + quoted(e.form) +
                                     " does not leave a noun and a stem of its class");
                sound = false;
            }
        }
        if (sound) t.entries.push_back(e);
    }
    t.by_form.resize(t.entries.size());
    for (std::uint32_t i = 0; i < t.by_form.size(); ++i) t.by_form[i] = i;
    std::stable_sort(t.by_form.begin(), t.by_form.end(), [&](std::uint32_t a, std::uint32_t b) {
        return t.entries[a].form < t.entries[b].form;
    });
    // Homographs need a sense on every row, each different; negating words must be rows.
    for (std::size_t i = 0; i < t.by_form.size(); ++i) {
        const Entry& e = t.entries[t.by_form[i]];
        const std::string where = "stems.tsv line " + std::to_string(e.line) + ": ";
        const bool twin = (i > 0 && t.entries[t.by_form[i - 1]].form == e.form) ||
                          (i + 1 < t.by_form.size() && t.entries[t.by_form[i + 1]].form == e.form);
        if (twin && e.sense.empty()) {
            t.problems.push_back(where + quoted(e.form) +
                                 " is listed twice: each row needs a sense=");
        }
        if (i > 0 && t.entries[t.by_form[i - 1]].form == e.form &&
            t.entries[t.by_form[i - 1]].sense == e.sense) {
            t.problems.push_back(where + quoted(e.form) + " repeats a sense");
        }
        const std::pair<const char*, std::string_view> links[] = {{"neg=", e.neg},
                                                                  {"short=", e.full_form}};
        for (const auto& link : links) {
            const std::string_view target = link.second;
            if (target.empty()) continue;
            const bool found = std::any_of(t.entries.begin(), t.entries.end(),
                                           [&](const Entry& x) { return x.form == target; });
            if (!found) {
                t.problems.push_back(where + link.first + std::string(target) +
                                     " is not a row of the table");
            }
        }
    }
    return t;
}

const Table& table() {
    static const Table t = load();
    return t;
}

/// The rows of `form`, default sense first (empty range when it is not a row).
std::pair<const std::uint32_t*, const std::uint32_t*> rows_of(std::string_view form) {
    const Table& t = table();
    const auto range = std::equal_range(
        t.by_form.begin(), t.by_form.end(), form, [&](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::uint32_t>) {
                return t.entries[a].form < b;
            } else {
                return a < t.entries[b].form;
            }
        });
    return {t.by_form.data() + (range.first - t.by_form.begin()),
            t.by_form.data() + (range.second - t.by_form.begin())};
}

const Entry* default_row(std::string_view form) {
    const auto [first, last] = rows_of(form);
    return first == last ? nullptr : &table().entries[*first];
}

// ---- Input -------------------------------------------------------------------------------------

struct Word {
    std::string phrase;  // earlier words kept as they are, with one space after them ("손 "), or ""
    std::string word;    // the word conjugated ("씻다")
    Stem stem;           // its stem
};


Result<Word> read_word(std::string_view input) {
    if (!hangul::valid_utf8(input)) {
        return make_error("invalid_utf8", "the word is not valid UTF-8 text");
    }
    const std::string_view text = tsv::trim(input);
    if (text.empty()) return make_error("empty_input", "the word is empty");
    const std::string named = quoted(text);
    constexpr std::string_view da = "다";
    if (text.size() < da.size() || text.substr(text.size() - da.size()) != da) {
        return make_error("not_dictionary_form",
                          named + " is not a dictionary form: it does not end in 다");
    }
    Word w;
    const auto space = text.find_last_of(" \t");
    std::string_view last = text;
    if (space != std::string_view::npos) {
        last = text.substr(space + 1);
        w.phrase = std::string(tsv::trim(text.substr(0, space))) + " ";
    }
    if (last == da) {
        return make_error("not_dictionary_form",
                          named + " is not a dictionary form: there is no stem before 다");
    }
    const std::string_view stem_text = last.substr(0, last.size() - da.size());
    for (char32_t c : hangul::decode(stem_text)) {
        if (!hangul::is_syllable(c)) {
            return make_error("not_dictionary_form", named +
                                                         " is not a dictionary form: its stem " +
                                                         quoted(stem_text) + " is not Hangul");
        }
    }
    // "친구 이다" is the copula written apart from its noun: 친구이다.
    if (last == "이다" && !w.phrase.empty()) {
        const std::string_view before = tsv::trim(w.phrase);
        const auto gap = before.find_last_of(" \t");
        const std::string_view noun =
            gap == std::string_view::npos ? before : before.substr(gap + 1);
        std::u32string noun_cps = hangul::decode(noun);
        if (!noun_cps.empty() &&
            std::all_of(noun_cps.begin(), noun_cps.end(), hangul::is_syllable)) {
            w.word = std::string(noun) + "이다";
            // `noun` and `before` view w.phrase: read them before it is replaced.
            std::string rest = gap == std::string_view::npos
                                   ? std::string()
                                   : std::string(tsv::trim(before.substr(0, gap))) + " ";
            w.phrase = std::move(rest);
            w.stem = std::move(noun_cps);
            w.stem.push_back(kI);
            return w;
        }
    }
    w.word = std::string(last);
    w.stem = hangul::decode(stem_text);
    return w;
}

// ---- Resolving the class -----------------------------------------------------------------------

struct Resolved {
    const Entry* row = nullptr;  // the word's own row, or null
    StemClass stem_class = StemClass::regular;
    bool adjective = false;
    bool guessed = false;
    bool full = false;
    bool ae = false;
    std::string_view sense;
};

Resolved from_row(const Entry& e, bool own) {
    Resolved r;
    r.row = own ? &e : nullptr;
    r.stem_class = e.stem_class;
    r.adjective = e.adjective;
    r.guessed = !own;
    r.full = e.full;
    r.ae = e.ae;
    r.sense = e.sense;
    return r;
}

/// The class a stem's shape suggests (see the header for the rules), with a guess at its part of
/// speech.
Resolved by_shape(const Stem& stem) {
    Resolved r;
    r.guessed = true;
    const Syllable last = split_syllable(stem.back());
    const bool many = stem.size() >= 2;
    StemClass c = StemClass::regular;
    if (stem.back() == kHa) {
        c = StemClass::hada;
    } else {
        switch (last.final) {
            case fin::l:
                c = StemClass::l_stem;
                break;
            case fin::d:
                c = StemClass::d_regular;
                break;
            case fin::s:
                c = StemClass::s_regular;
                break;
            case fin::b:
                c = many ? StemClass::b_irregular : StemClass::b_regular;
                r.adjective = many;
                break;
            case fin::h:
                if (many && fused_h(last.medial, false) >= 0) {
                    c = StemClass::h_irregular;
                    r.adjective = true;
                } else {
                    c = StemClass::h_regular;
                }
                break;
            case fin::nh:
            case fin::lh:
                c = StemClass::h_regular;
                break;
            case fin::ss:
                if (stem.back() == kIss) c = StemClass::itda;
                break;
            case fin::bs:
                if (stem.back() == kEops) c = StemClass::eopda;
                break;
            case fin::none:
                if (last.medial == med::eu) {
                    c = fits(Shape::reu, stem) ? StemClass::reu : StemClass::eu;
                    r.adjective = last.initial == ini::pp || last.initial == ini::p;  // 예쁘, 슬프
                } else if (stem.back() == kI) {
                    c = StemClass::ida;
                }
                break;
            default:
                break;
        }
    }
    r.stem_class = c;
    return r;
}

/// The row of `form` with `sense` (the default when empty).
Result<const Entry*> pick_sense(std::string_view form, std::string_view sense) {
    const auto [first, last] = rows_of(form);
    if (first == last) return static_cast<const Entry*>(nullptr);
    if (sense.empty()) return &table().entries[*first];
    for (auto it = first; it != last; ++it) {
        const Entry& e = table().entries[*it];
        if (e.sense == sense) return &e;
    }
    return make_error("unknown_sense", quoted(form) + " has no sense " + quoted(sense));
}

Result<Resolved> resolve(const Word& w, std::string_view sense) {
    auto own = pick_sense(w.word, sense);
    if (!own) return own.error();
    if (*own) return from_row(**own, true);
    // A compound conjugates like the row it ends in: 뛰어가다 like 가다, 알아듣다 like 듣다.
    for (std::size_t start = 1; start < w.stem.size(); ++start) {
        std::string tail = hangul::encode(std::u32string_view(w.stem).substr(start));
        tail += "다";
        auto head = pick_sense(tail, sense);
        if (!head) {
            return make_error("unknown_sense", quoted(w.word) + " has no sense " + quoted(sense));
        }
        if (*head) return from_row(**head, false);
    }
    if (!sense.empty()) {
        return make_error("unknown_sense", quoted(w.word) + " has no sense " + quoted(sense));
    }
    return by_shape(w.stem);
}

// ---- Stem alternations and endings ------------------------------------------------------------

void set_last(Stem& s, Syllable x) {
    s.back() = hangul::compose(x);
}

/// The 아/어 form (infinitive): 먹어, 가, 마셔, 써, 몰라, 도와, 들어, 지어, 빨개, 해, 친구여.
Stem infinitive(Stem s, const Resolved& r) {
    BeforeA how = rule_of(r.stem_class).before_a;
    if (how == BeforeA::contract && r.full) how = BeforeA::full;
    Syllable last = split_syllable(s.back());
    const bool one = s.size() == 1;
    Syllable prev = one ? Syllable{} : split_syllable(s[s.size() - 2]);
    // 르 irregular needs an open syllable before 르 to take its ㄹ; else 르 behaves like any ㅡ.
    if (how == BeforeA::reu && (one || prev.final != fin::none)) how = BeforeA::drop_vowel;
    switch (how) {
        case BeforeA::contract:
            if (last.final == fin::none && kFused[last.medial] >= 0) {
                last.medial = kFused[last.medial];
                set_last(s, last);
            } else {
                s.push_back(syllable(ini::ng, harmony(last.medial)));
            }
            break;
        case BeforeA::full:
            s.push_back(syllable(ini::ng, harmony(last.medial)));
            break;
        case BeforeA::drop_vowel:
            // A one-syllable stem has no vowel left to harmonise with: 쓰 → 써, 크 → 커, 푸 → 퍼.
            last.medial = one ? med::eo : harmony(prev.medial);
            set_last(s, last);
            break;
        case BeforeA::reu:
            prev.final = fin::l;
            s[s.size() - 2] = hangul::compose(prev);
            last.medial = harmony(prev.medial);
            set_last(s, last);
            break;
        case BeforeA::reo:
            s.push_back(syllable(ini::r, med::eo));
            break;
        case BeforeA::b_to_wu: {
            const bool o = one && last.medial == med::o;  // 돕다, 곱다: 도와, 고와
            last.final = fin::none;
            set_last(s, last);
            s.push_back(syllable(ini::ng, o ? med::wa : med::wo));
            break;
        }
        case BeforeA::d_to_l:
            last.final = fin::l;
            set_last(s, last);
            s.push_back(syllable(ini::ng, harmony(last.medial)));
            break;
        case BeforeA::drop_s:
            last.final = fin::none;
            set_last(s, last);
            s.push_back(syllable(ini::ng, harmony(last.medial)));
            break;
        case BeforeA::drop_h: {
            const int fused = fused_h(last.medial, r.ae);
            last.final = fin::none;
            if (fused >= 0) {
                last.medial = fused;
                set_last(s, last);
            } else {
                set_last(s, last);
                s.push_back(syllable(ini::ng, harmony(last.medial)));
            }
            break;
        }
        case BeforeA::hada:
            last.medial = med::ae;
            set_last(s, last);
            break;
        case BeforeA::copula:
            if (!one && prev.final == fin::none) {
                last.medial = med::yeo;
                set_last(s, last);
            } else {
                s.push_back(syllable(ini::ng, med::eo));
            }
            break;
    }
    return s;
}

/// The past stem: ㅆ on the infinitive (먹어 → 먹었, 가 → 갔, 해 → 했), ready for 어요.
Stem past_stem(Stem inf) {
    Syllable last = split_syllable(inf.back());
    if (last.final == fin::none) {
        last.final = fin::ss;
        set_last(inf, last);
    } else {
        inf.push_back(syllable(ini::ng, med::eo, fin::ss));
    }
    return inf;
}

bool is_copula(StemClass c) {
    return c == StemClass::ida || c == StemClass::anida;
}

std::string present(const Stem& s, const Resolved& r) {
    if (is_copula(r.stem_class)) {
        // 이 + 에요 → 예요 after a noun's vowel (친구예요); 이에요 after a consonant; 아니에요.
        const bool fuse = r.stem_class == StemClass::ida && s.size() >= 2 &&
                          split_syllable(s[s.size() - 2]).final == fin::none;
        if (fuse) {
            Stem t = s;
            t.back() = syllable(ini::ng, med::ye);
            return hangul::encode(t) + "요";
        }
        return hangul::encode(s) + "에요";
    }
    return hangul::encode(infinitive(s, r)) + "요";
}

std::string past(const Stem& s, const Resolved& r) {
    return hangul::encode(past_stem(infinitive(s, r))) + "어요";
}

/// An ending that starts with (으)ㄹ: 먹을래요, 갈래요, 놀래요, 도울래요, 들을래요, 지을래요,
/// 빨갈래요.
std::string with_eul(Stem s, const Resolved& r, std::string_view rest) {
    Syllable last = split_syllable(s.back());
    bool eu = false;
    switch (rule_of(r.stem_class).before_eu) {
        case BeforeEu::keep:
            eu = last.final != fin::none && last.final != fin::l;
            break;
        case BeforeEu::b_to_u:
            last.final = fin::none;
            set_last(s, last);
            s.push_back(syllable(ini::ng, med::u));
            break;
        case BeforeEu::d_to_l:
            last.final = fin::l;
            set_last(s, last);
            eu = true;
            break;
        case BeforeEu::drop_s:
            // The lost ㅅ still counts as a consonant: 짓 → 지을, not 질.
            last.final = fin::none;
            set_last(s, last);
            eu = true;
            break;
        case BeforeEu::drop_h:
            last.final = fin::none;
            set_last(s, last);
            break;
    }
    if (eu) {
        s.push_back(syllable(ini::ng, med::eu, fin::l));
    } else {
        // After a vowel ㄹ becomes the final; after ㄹ the two are one: 놀 + ㄹ래요 → 놀래요.
        Syllable end = split_syllable(s.back());
        end.final = fin::l;
        set_last(s, end);
    }
    return hangul::encode(s) + std::string(rest);
}

std::string connective(const Stem& s) {
    return hangul::encode(s) + "고";
}

bool ends_with(const Stem& s, std::initializer_list<char32_t> tail) {
    return s.size() >= tail.size() && std::equal(tail.begin(), tail.end(), s.end() - tail.size());
}

/// True when the stem is `verb` alone or `verb` after an 아/어 form (도와주, 가르쳐주, 도와드리):
/// then it is the giving verb 주다 / 드리다 itself, not a look-alike (견주다, 두드리다).
bool is_giving(const Stem& s, std::initializer_list<char32_t> verb) {
    if (!ends_with(s, verb)) return false;
    if (s.size() == verb.size()) return true;
    const Syllable before = split_syllable(s[s.size() - verb.size() - 1]);
    if (before.final != fin::none) return false;
    switch (before.medial) {
        case med::a:
        case med::ae:
        case med::yae:
        case med::eo:
        case med::e:
        case med::yeo:
        case med::ye:
        case med::wa:
        case med::wae:
        case med::wo:
            return true;
        default:
            return false;
    }
}

std::string request(const Stem& s, const Resolved& r) {
    // 주다 and its compounds ask with -세요 themselves (주세요, 도와주세요), as does 드리다.
    if (is_giving(s, {kJu}) || is_giving(s, {kDeu, kRi})) return hangul::encode(s) + "세요";
    return hangul::encode(infinitive(s, r)) + " 주세요";
}

std::string tensed(const Stem& s, const Resolved& r, bool is_past) {
    return is_past ? past(s, r) : present(s, r);
}

std::string negative(const Stem& s, const Resolved& r, bool is_past) {
    const Entry* row = r.row;
    if (row && !row->neg.empty()) {
        // Suppletion: 알다 is negated by 모르다 (몰라요), a word of its own.
        if (const Entry* other = default_row(row->neg)) {
            return tensed(stem_of(other->form), from_row(*other, true), is_past);
        }
    }
    const Negation how = row && row->long_neg ? Negation::long_ji : rule_of(r.stem_class).negation;
    const char* const ji = is_past ? "지 않았어요" : "지 않아요";
    switch (how) {
        case Negation::long_ji:
            return hangul::encode(s) + ji;
        case Negation::by_eopda: {
            Stem t = s;
            t.back() = kEops;
            Resolved eopda = r;
            eopda.stem_class = StemClass::eopda;
            return tensed(t, eopda, is_past);
        }
        case Negation::copula: {
            const char* const ani = is_past ? "아니었어요" : "아니에요";
            if (s.size() < 2) return ani;
            const Stem noun = s.substr(0, s.size() - 1);
            const bool consonant = split_syllable(noun.back()).final != fin::none;
            return hangul::encode(noun) + (consonant ? "이 " : "가 ") + ani;
        }
        case Negation::an:
            break;
    }
    if (row && row->split) {
        const std::size_t n =
            row->split_noun.empty() ? s.size() - 1 : hangul::decode(row->split_noun).size();
        return hangul::encode(std::u32string_view(s).substr(0, n)) + " 안 " +
               tensed(s.substr(n), r, is_past);
    }
    return "안 " + tensed(s, r, is_past);
}

std::string build(const Stem& s, const Resolved& r, Form form) {
    switch (form) {
        case Form::polite_present:
            return present(s, r);
        case Form::polite_past:
            return past(s, r);
        case Form::want:
            return connective(s) + " 싶어요";
        case Form::want_past:
            return connective(s) + " 싶었어요";
        case Form::request:
            return request(s, r);
        case Form::negative:
            return negative(s, r, false);
        case Form::negative_past:
            return negative(s, r, true);
        case Form::question:
            return present(s, r) + "?";
        case Form::intent:
            return with_eul(s, r, "래요");
        case Form::promise:
            return with_eul(s, r, "게요");
        case Form::connective:
            return connective(s);
        case Form::infinitive:
            return hangul::encode(infinitive(s, r));
        case Form::nominal:
            return hangul::encode(s) + "기";
        case Form::sequential:
            return hangul::encode(infinitive(s, r)) + "서";
    }
    return {};
}

/// True for the forms whose ending starts with a consonant (-고), which a short form takes itself.
bool consonant_ending(Form f) {
    return f == Form::connective || f == Form::want || f == Form::want_past || f == Form::nominal;
}

Conjugation make(const Word& w, const Resolved& r, Form form) {
    Conjugation c;
    const Entry* full = r.row && !r.row->full_form.empty() && !consonant_ending(form)
                            ? default_row(r.row->full_form)
                            : nullptr;
    // A short form (갖다, 머물다) borrows every vowel ending from its full form: 가져요, 머물러요.
    c.text = w.phrase + (full ? build(stem_of(full->form), from_row(*full, true), form)
                              : build(w.stem, r, form));
    c.stem_class = r.stem_class;
    c.adjective = r.adjective;
    c.guessed = r.guessed;
    c.sense = std::string(r.sense);
    return c;
}

bool verb_only(Form f) {
    return f == Form::want || f == Form::want_past || f == Form::request || f == Form::intent ||
           f == Form::promise;
}

constexpr const char* kFormNames[] = {
    "polite_present", "polite_past", "want",   "want_past", "request",    "negative",
    "negative_past",  "question",    "intent", "promise",   "connective", "infinitive",
    "nominal",        "sequential",
};

}  // namespace

const std::vector<Form>& forms() {
    static const std::vector<Form> all = {
        Form::polite_present, Form::polite_past, Form::want,          Form::want_past,
        Form::request,        Form::negative,    Form::negative_past, Form::question,
        Form::intent,         Form::promise,     Form::connective,    Form::infinitive,
        Form::nominal,        Form::sequential,
    };
    return all;
}

Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, std::string_view sense) {
    auto word = read_word(dictionary_form);
    if (!word) return word.error();
    auto resolved = resolve(*word, tsv::trim(sense));
    if (!resolved) return resolved.error();
    return make(*word, *resolved, form);
}

Result<Conjugation> conjugate(std::string_view dictionary_form, Form form) {
    return conjugate(dictionary_form, form, {});
}

std::vector<std::string> senses(std::string_view dictionary_form) {
    std::vector<std::string> out;
    const auto [first, last] = rows_of(tsv::trim(dictionary_form));
    if (last - first < 2) return out;
    for (auto it = first; it != last; ++it) out.emplace_back(table().entries[*it].sense);
    return out;
}

Result<Form> parse_form(std::string_view name) {
    const std::string_view n = tsv::trim(name);
    for (Form f : forms()) {
        if (n == kFormNames[static_cast<std::size_t>(f)]) return f;
    }
    return make_error("unknown_form", quoted(name) +
                                          " is not a form (polite_present, polite_past, "
                                          "want, want_past, request, negative, "
                                          "negative_past, question, intent, promise, "
                                          "connective, infinitive, nominal, sequential)");
}

const char* to_string(Form form) {
    const auto i = static_cast<std::size_t>(form);
    return i < sizeof kFormNames / sizeof kFormNames[0] ? kFormNames[i] : "unknown";
}

const char* to_string(StemClass stem_class) {
    const auto i = static_cast<std::size_t>(stem_class);
    return i < kClassCount ? kRules[i].name : "unknown";
}

std::optional<StemClass> known_class(std::string_view dictionary_form) {
    const Entry* e = default_row(tsv::trim(dictionary_form));
    if (!e) return std::nullopt;
    return e->stem_class;
}

bool is_adjective(std::string_view dictionary_form) {
    const Entry* e = default_row(tsv::trim(dictionary_form));
    return e && e->adjective;
}

std::size_t table_size() {
    return table().entries.size();
}

std::map<StemClass, std::size_t> counts_by_class() {
    std::map<StemClass, std::size_t> counts;
    for (const ClassRule& r : kRules) counts[r.stem_class] = 0;
    for (const Entry& e : table().entries) ++counts[e.stem_class];
    return counts;
}

std::vector<std::string> table_problems() {
    return table().problems;
}

Result<std::vector<std::string>> all_forms(std::string_view dictionary_form) {
    auto word = read_word(dictionary_form);
    if (!word) return word.error();
    std::vector<Resolved> readings;
    const auto [first, last] = rows_of(word->word);
    for (auto it = first; it != last; ++it)
        readings.push_back(from_row(table().entries[*it], true));
    if (readings.empty()) {
        auto r = resolve(*word, {});
        if (!r) return r.error();
        readings.push_back(*r);
    }
    std::vector<std::string> out;
    for (const Resolved& r : readings) {
        for (Form f : forms()) {
            if (is_copula(r.stem_class) && verb_only(f)) continue;
            std::string text = make(*word, r, f).text;
            if (std::find(out.begin(), out.end(), text) == out.end())
                out.push_back(std::move(text));
        }
    }
    return out;
}

}  // namespace malmoi::conjugate
