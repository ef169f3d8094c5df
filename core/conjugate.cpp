#include "conjugate.hpp"

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "embedded.hpp"
#include "hangul.hpp"
#include "name_index.hpp"
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
    std::string_view name;  // a literal's view, so name.data() ends in '\0' (to_string)
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
    std::string_view
        full_form;  // the stem that takes the vowel endings (갖다 → 가지다, 뵙다 → 뵈다)
    std::string_view hon;   // the suppletive honorific (먹다 → 드시다)
    std::string_view head;  // the sense of the compound's last element (파묻다 → 'bury')
    bool long_neg = false;
    bool full = false;
    bool ae = false;
    bool si = false;  // the verb is itself honorific, its stem ends in 시: 드시다 → 드세요
    std::string_view sense;
    std::uint32_t element = 0;  // where the stem's last element starts: 손쓰 → 1, 먹 → 0
    int line = 0;
};

struct Table {
    std::vector<Entry> entries;  // in file order
    NameIndex by_form;           // rows by form; file order among homographs
    std::size_t longest = 0;     // the most syllables of any row's stem
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
    // Every Hangul syllable is three bytes of UTF-8: a stem of n syllables and 다 are 3n + 3.
    constexpr std::string_view da = "다";
    if (word.size() < 6 || word.size() % 3 != 0 || word.substr(word.size() - 3) != da) return {};
    Stem stem;
    stem.reserve(word.size() / 3 - 1);
    for (std::size_t at = 0; at < word.size() - 3;) {
        const char32_t c = hangul::next(word, at);
        if (!hangul::is_syllable(c)) return {};
        stem.push_back(c);
    }
    return stem;
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

/// A Hangul syllable is three bytes of UTF-8: the dictionary form of the stem's suffix from
/// syllable `start` on, as a view into `word` (먹이다, 1 → 이다).
std::string_view suffix_form(std::string_view word, std::size_t start) {
    return word.substr(3 * start);
}

/// The rows of `form`, default sense first (file order).
std::pair<const std::uint32_t*, const std::uint32_t*> rows_in(const Table& t,
                                                              std::string_view form) {
    return t.by_form.find(form);
}

/// Whether `form` has the length and end of a dictionary form of Hangul syllables (3 bytes each,
/// then 다), so that its syllables can be counted; check_rows() looks at the syllables themselves.
bool dictionary_sized(std::string_view form) {
    return form.size() >= 6 && form.size() % 3 == 0 && form.substr(form.size() - 3) == "다";
}

/// Reads one flag of a row into `e`; false for a flag the table does not define.
bool read_flag(std::string_view flag, Entry& e) {
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
    } else if (key == "hon" && !value.empty()) {
        e.hon = value;
    } else if (key == "head" && !value.empty()) {
        e.head = value;
    } else if (key == "sense" && !value.empty()) {
        e.sense = value;
    } else if (flag == "long_neg") {
        e.long_neg = true;
    } else if (flag == "full") {
        e.full = true;
    } else if (flag == "ae") {
        e.ae = true;
    } else if (flag == "si") {
        e.si = true;
    } else {
        return false;
    }
    return true;
}

std::string_view flags_of(const tsv::Row& row) {
    return row.field(3) == "-" ? std::string_view{} : row.field(3);
}

/// Reads the table. It checks only what it needs to build a row (a form whose syllables it can
/// count, a class it knows); check_rows() finds the rest of the table's problems when they are
/// asked for (the tests), not on the engine's first sentence.
Table load() {
    Table t;
    tsv::Reader reader(embedded_file("stems.tsv"));
    tsv::Row row;
    while (reader.next(row)) {
        // Written only for a row with a problem: the engine reads this table on its first sentence.
        const auto where = [&] { return "stems.tsv line " + std::to_string(row.line) + ": "; };
        Entry e;
        e.line = row.line;
        e.form = row.field(0);
        if (!dictionary_sized(e.form)) {
            t.problems.push_back(where() + quoted(e.form) + " is not a dictionary form");
            continue;
        }
        const auto cls = class_named(row.field(1));
        if (!cls) {
            t.problems.push_back(where() + "unknown class " + quoted(row.field(1)));
            continue;
        }
        e.stem_class = *cls;
        e.adjective = row.field(2) == "adjective";
        tsv::for_each_piece(flags_of(row), ',', [&](std::string_view flag) { read_flag(flag, e); });
        t.entries.push_back(e);
        t.longest = std::max(t.longest, e.form.size() / 3 - 1);
    }
    t.by_form = NameIndex::of(t.entries, [](const Entry& e) { return e.form; });
    // The last element of each row: the longest shorter row its stem ends in, and that row's own
    // last element (손쓰다 ends in 쓰다: 손 + 쓰). Shorter rows first, so each is known when
    // needed.
    std::vector<std::uint32_t> by_length;
    by_length.reserve(t.entries.size());
    for (std::size_t syllables = 2; syllables <= t.longest + 1; ++syllables) {
        for (std::uint32_t i = 0; i < t.entries.size(); ++i) {
            if (t.entries[i].form.size() == 3 * syllables) by_length.push_back(i);
        }
    }
    for (std::uint32_t i : by_length) {
        Entry& e = t.entries[i];
        const std::size_t n = e.form.size() / 3 - 1;
        for (std::size_t start = 1; start < n; ++start) {
            const auto [first, last] = rows_in(t, suffix_form(e.form, start));
            if (first == last) continue;
            e.element = static_cast<std::uint32_t>(start) + t.entries[*first].element;
            break;
        }
    }
    return t;
}

/// What the table's reading leaves unchecked in each row: syllables, the class's shape, the part
/// of speech, the flags and splits.
void check_rows(std::vector<std::string>& problems) {
    tsv::Reader reader(embedded_file("stems.tsv"));
    tsv::Row row;
    while (reader.next(row)) {
        const auto where = [&] { return "stems.tsv line " + std::to_string(row.line) + ": "; };
        const std::string_view form = row.field(0);
        const auto cls = class_named(row.field(1));
        if (!dictionary_sized(form) || !cls) continue;  // reported by load()
        const Stem stem = stem_of(form);
        if (stem.empty()) {
            problems.push_back(where() + quoted(form) + " is not a dictionary form");
            continue;
        }
        if (!fits(rule_of(*cls).shape, stem)) {
            problems.push_back(where() + quoted(form) + " does not have the shape of class " +
                               std::string(rule_of(*cls).name));
            continue;
        }
        if (row.field(2) != "verb" && row.field(2) != "adjective") {
            problems.push_back(where() + "the third column must be verb or adjective, not " +
                               quoted(row.field(2)));
            continue;
        }
        const Syllable last = split_syllable(stem.back());
        // ㅓ + 어 → ㅐ: the 그러하다 family of ㅎ stems (그렇다 → 그래요) and the 그리하다 family
        // of contracted verbs (그러다 → 그래요, 어쩌다 → 어째요).
        const bool ae_fits =
            *cls == StemClass::h_irregular ||
            (*cls == StemClass::regular && last.final == fin::none && last.medial == med::eo);
        const bool si_fits = stem.back() == U'시' && stem.size() >= 2;
        Entry e;
        tsv::for_each_piece(flags_of(row), ',', [&](std::string_view flag) {
            if (!read_flag(flag, e) || (flag == "ae" && !ae_fits) || (flag == "si" && !si_fits))
                problems.push_back(where() + "unknown flag " + quoted(flag) + " for " +
                                   quoted(form));
        });
        if (e.split) {
            // The noun must be a proper start of the stem, and what follows it a stem of the class.
            const Stem noun = e.split_noun.empty() ? stem.substr(0, stem.size() - 1)
                                                   : hangul::decode(e.split_noun);
            const bool starts = !noun.empty() && noun.size() < stem.size() &&
                                stem.compare(0, noun.size(), noun) == 0;
            if (!starts || !fits(rule_of(*cls).shape, stem.substr(noun.size()))) {
                problems.push_back(where() + "the split of " + quoted(form) +
                                   " does not leave a noun and a stem of its class");
            }
        }
    }
}

/// The checks across rows (homographs, links, compounds' heads). They find problems in the table
/// and change nothing in it, so they run when the problems are asked for (the tests), not
/// on the engine's first sentence.
void cross_check(const Table& t, std::vector<std::string>& problems) {
    // Homographs need a sense on every row, each different; linked words must be rows.
    const std::vector<std::uint32_t>& by_form = t.by_form.grouped();  // homographs side by side
    for (std::size_t i = 0; i < by_form.size(); ++i) {
        const Entry& e = t.entries[by_form[i]];
        const auto where = [&] { return "stems.tsv line " + std::to_string(e.line) + ": "; };
        const bool twin = (i > 0 && t.entries[by_form[i - 1]].form == e.form) ||
                          (i + 1 < by_form.size() && t.entries[by_form[i + 1]].form == e.form);
        if (twin && e.sense.empty()) {
            problems.push_back(where() + quoted(e.form) +
                               " is listed twice: each row needs a sense=");
        }
        if (i > 0 && t.entries[by_form[i - 1]].form == e.form &&
            t.entries[by_form[i - 1]].sense == e.sense) {
            problems.push_back(where() + quoted(e.form) + " repeats a sense");
        }
        const std::pair<const char*, std::string_view> links[] = {
            {"neg=", e.neg}, {"short=", e.full_form}, {"hon=", e.hon}};
        for (const auto& link : links) {
            const std::string_view target = link.second;
            if (target.empty()) continue;
            const auto [first, last] = rows_in(t, target);
            if (first == last) {
                problems.push_back(where() + link.first + std::string(target) +
                                   " is not a row of the table");
            } else if (link.second == e.hon && !t.entries[*first].si) {
                problems.push_back(where() + "hon=" + std::string(target) +
                                   " is not an honorific row (flag si)");
            }
        }
        if (!e.head.empty()) {
            // The compound names the sense of its last element, and takes that sense's class.
            const std::size_t n = e.form.size() / 3 - 1;
            const Entry* sense_row = nullptr;
            for (std::size_t start = 1; start < n && !sense_row; ++start) {
                const auto [first, last] = rows_in(t, suffix_form(e.form, start));
                for (auto it = first; it != last; ++it) {
                    if (t.entries[*it].sense == e.head) sense_row = &t.entries[*it];
                }
            }
            if (!sense_row) {
                problems.push_back(where() + quoted(e.form) + " does not end in a row with sense " +
                                   quoted(e.head));
            } else if (sense_row->stem_class != e.stem_class) {
                problems.push_back(where() + quoted(e.form) + " has class " +
                                   std::string(rule_of(e.stem_class).name) +
                                   " but its last element's sense " + quoted(e.head) +
                                   " has class " +
                                   std::string(rule_of(sense_row->stem_class).name));
            }
        }
    }
}

const Table& table() {
    static const Table t = load();
    return t;
}

/// The rows of `form`, default sense first (empty range when it is not a row).
std::pair<const std::uint32_t*, const std::uint32_t*> rows_of(std::string_view form) {
    return rows_in(table(), form);
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

// Where the last space or tab of `text` is, or npos. (find_last_of(" \t") calls memchr for each
// character it looks at; every conjugation asks this once.)
std::size_t last_gap(std::string_view text) {
    for (std::size_t i = text.size(); i-- > 0;) {
        if (text[i] == ' ' || text[i] == '\t') return i;
    }
    return std::string_view::npos;
}

Result<Word> read_word(std::string_view input) {
    const std::string_view text = tsv::trim(input);
    if (text.size() > kMaxInputBytes) {
        return make_error("input_too_long", "the word is % bytes long; at most % are read",
                          {std::to_string(text.size()), std::to_string(kMaxInputBytes)});
    }
    if (!hangul::valid_utf8(input)) {
        return make_error("invalid_utf8", "the word is not valid UTF-8 text");
    }
    if (text.empty()) return make_error("empty_input", "the word is empty");
    const auto named = [&] { return quoted(text); };  // for an error only
    constexpr std::string_view da = "다";
    if (text.size() < da.size() || text.substr(text.size() - da.size()) != da) {
        return make_error("not_dictionary_form",
                          "% is not a dictionary form: it does not end in 다", {named()});
    }
    Word w;
    const auto space = last_gap(text);
    std::string_view last = text;
    if (space != std::string_view::npos) {
        last = text.substr(space + 1);
        w.phrase = std::string(tsv::trim(text.substr(0, space))) + " ";
    }
    if (last == da) {
        return make_error("not_dictionary_form",
                          "% is not a dictionary form: there is no stem before 다", {named()});
    }
    const std::string_view stem_text = last.substr(0, last.size() - da.size());
    Stem& stem = w.stem;
    stem = hangul::decode(stem_text);
    for (char32_t c : stem) {
        if (!hangul::is_syllable(c)) {
            return make_error("not_dictionary_form",
                              "% is not a dictionary form: its stem % is not Hangul",
                              {named(), quoted(stem_text)});
        }
    }
    // "친구 이다" is the copula written apart from its noun: 친구이다.
    if (last == "이다" && !w.phrase.empty()) {
        const std::string_view before = tsv::trim(w.phrase);
        const auto gap = last_gap(before);
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
            stem = std::move(noun_cps);
            stem.push_back(kI);
        }
    }
    if (stem.size() > kMaxStemSyllables) {
        // Named by its first ten syllables or so, cut between two characters.
        std::size_t cut = std::min<std::size_t>(30, text.size());
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        return make_error("input_too_long", "the stem of %… has % syllables; at most % are read",
                          {quoted(text.substr(0, cut)), std::to_string(stem.size()),
                           std::to_string(kMaxStemSyllables)});
    }
    if (w.word.empty()) w.word = std::string(last);
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
    std::size_t element = 0;  // where the stem's last element starts (손쓰 → 1)
};

Resolved from_row(const Entry& e, bool own, std::size_t start = 0) {
    Resolved r;
    r.row = own ? &e : nullptr;
    r.stem_class = e.stem_class;
    r.adjective = e.adjective;
    r.guessed = !own;
    r.full = e.full;
    r.ae = e.ae;
    r.sense = e.sense;
    r.element = start + e.element;
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

Error no_sense(std::string_view word, std::string_view sense) {
    return make_error("unknown_sense", "% has no sense %", {quoted(word), quoted(sense)});
}

/// The readings of a word, the one to use first at the front: its own rows (every sense, or the one
/// named), else those of the longest row it ends in (a compound conjugates like its last element),
/// else the guess from its shape. Only the last table.longest syllables are looked up, so the cost
/// does not grow with the word.
Result<std::vector<Resolved>> readings(const Word& w, std::string_view sense) {
    std::vector<Resolved> out;
    const auto take = [&](std::string_view form, bool own, std::size_t start) {
        const auto [first, last] = rows_of(form);
        for (auto it = first; it != last; ++it) {
            const Entry& e = table().entries[*it];
            if (sense.empty() || e.sense == sense) out.push_back(from_row(e, own, start));
        }
        return first != last;
    };
    if (take(w.word, true, 0)) {
        if (out.empty()) return no_sense(w.word, sense);
        return out;
    }
    const std::size_t n = w.stem.size();
    const std::size_t longest = table().longest;
    for (std::size_t start = n > longest ? n - longest : 1; start < n; ++start) {
        if (take(suffix_form(w.word, start), false, start)) {
            if (out.empty()) return no_sense(w.word, sense);
            return out;
        }
    }
    if (!sense.empty()) return no_sense(w.word, sense);
    out.push_back(by_shape(w.stem));
    return out;
}

// ---- Stem alternations -------------------------------------------------------------------------

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
    // The vowel harmony of the last element alone: 손쓰 → 손써 as 쓰 → 써.
    const std::size_t element = std::min(r.element, s.size() - 1);
    const bool one_element = s.size() - element == 1;
    // 르 irregular needs an open syllable before 르 to take its ㄹ; else 르 behaves like any ㅡ.
    if (how == BeforeA::reu && (one || prev.final != fin::none)) how = BeforeA::drop_vowel;
    switch (how) {
        case BeforeA::contract:
            if (r.ae && last.final == fin::none && last.medial == med::eo) {
                last.medial = med::ae;  // 그러 + 어 → 그래, 어쩌 + 어 → 어째
                set_last(s, last);
            } else if (last.final == fin::none && kFused[last.medial] >= 0) {
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
            // An element of one syllable has no vowel left to harmonise with: 쓰 → 써, 크 → 커,
            // 푸 → 퍼, 손쓰 → 손써.
            last.medial = one_element ? med::eo : harmony(prev.medial);
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
            // 와 only for a one-syllable stem (돕다, 곱다: 도와, 고와; 한글 맞춤법 제18항), never
            // for a longer one, whatever it ends in: 아니꼽다 → 아니꼬워, 가소롭다 → 가소로워.
            const bool o = one && last.medial == med::o;
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

/// What a word is conjugated as: its stem and class, and the stem and class that take the endings
/// starting with a vowel (a short form's full form: 갖다 → 가지다, 뵙다 → 뵈다; else the same).
struct Verb {
    Stem s;
    Resolved r;
    Stem vs;
    Resolved vr;
    bool si = false;  // the stem ends in the honorific 시 (드시, 가시, 읽으시): 시 + 어요 → 세요
};

Verb verb_of(Stem s, const Resolved& r) {
    Verb v;
    v.s = std::move(s);
    v.r = r;
    v.si = r.row && r.row->si;
    if (r.row && !r.row->full_form.empty()) {
        if (const Entry* full = default_row(r.row->full_form)) {
            v.vs = stem_of(full->form);
            v.vr = from_row(*full, true);
            return v;
        }
    }
    v.vs = v.s;
    v.vr = v.r;
    return v;
}

Verb verb_of_row(std::string_view form) {
    const Entry* e = default_row(form);
    if (!e) {
        // Only reached if the table lost a row the code names; the tests require them all.
        Resolved r;
        return verb_of(stem_of(form), r);
    }
    return verb_of(stem_of(e->form), from_row(*e, true));
}

/// How an ending that starts with (으) joins: ㄹ as the final (-(으)ㄹ래요), ㄴ as the final
/// (-(으)ㄴ), or a syllable of its own (-(으)시-, -(으)러).
enum class EuEnding { l_final, n_final, si, reo };

/// The stem with an ending that starts with (으): 먹을, 갈, 놀 (ㄹ merges), 도울, 들을, 지을, 빨갈;
/// 먹은, 간, 논 (ㄹ drops); 먹으시, 만드시, 도우시; 먹으러, 놀러, 들으러.
Stem with_eu(const Verb& v, EuEnding ending) {
    // A short form takes no 으 of its own: 갖다 → 가질, 가지시; 뵙다 → 뵐 (머물다 → 머물 keeps its
    // ㄹ).
    const Syllable own_last = split_syllable(v.s.back());
    const bool use_full = own_last.final != fin::none && own_last.final != fin::l;
    Stem s = use_full ? v.vs : v.s;
    const Resolved& r = use_full ? v.vr : v.r;
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
    if (eu) s.push_back(syllable(ini::ng, med::eu));
    Syllable end = split_syllable(s.back());
    const bool l_stem = end.final == fin::l;  // only a ㄹ stem ends in ㄹ here
    switch (ending) {
        case EuEnding::l_final:
            end.final = fin::l;  // after ㄹ the two are one: 놀 + ㄹ래요 → 놀래요
            set_last(s, end);
            break;
        case EuEnding::n_final:
            end.final = fin::n;  // ㄹ drops before ㄴ: 놀 → 논, 만들 → 만든
            set_last(s, end);
            break;
        case EuEnding::si:
            if (l_stem) {
                end.final = fin::none;  // and before ㅅ: 만들 → 만드시
                set_last(s, end);
            }
            s.push_back(U'시');
            break;
        case EuEnding::reo:
            s.push_back(U'러');  // ㄹ stays: 놀러, 만들러
            break;
    }
    return s;
}

/// The honorific of a verb: the table's suppletive verb (먹다 → 드시다, 있다 → 계시다), or the stem
/// with -(으)시-: 가시, 읽으시, 도우시, 들으시, 지으시, 만드시, 빨가시, 학생이시, 의사시 (the
/// copula's 이 drops after a vowel), 가지시 (갖다).
Verb honor(const Verb& v) {
    if (v.si) return v;
    if (v.r.row && !v.r.row->hon.empty()) {
        Verb h = verb_of_row(v.r.row->hon);
        h.r.guessed = v.r.guessed;
        return h;
    }
    Stem s;
    if (v.r.stem_class == StemClass::ida && v.s.size() >= 2 &&
        split_syllable(v.s[v.s.size() - 2]).final == fin::none) {
        s = v.s.substr(0, v.s.size() - 1);
        s.push_back(U'시');
    } else {
        s = with_eu(v, EuEnding::si);
    }
    Resolved r = v.r;
    r.row = nullptr;
    r.stem_class = StemClass::regular;
    r.full = false;
    r.ae = false;
    r.element = 0;
    Verb h = verb_of(std::move(s), r);
    h.si = true;
    return h;
}

// ---- Endings -----------------------------------------------------------------------------------

std::string encode(const Stem& s) {
    return hangul::encode(s);
}

std::string infinitive_text(const Verb& v) {
    return encode(infinitive(v.vs, v.vr));
}

/// The present: 먹어요 / 먹어, 친구예요 / 친구야, 학생이에요 / 학생이야, 아니에요 / 아니야, 드세요
/// / 드셔.
std::string present(const Verb& v, Register reg) {
    const bool polite = reg == Register::polite;
    if (v.si && polite) {
        Stem t = v.s;
        t.back() = U'세';  // 시 + 어요 → 세요
        return encode(t) + "요";
    }
    if (is_copula(v.r.stem_class)) {
        // 이 + 에요 → 예요 and 이 + 야 → 야 after a noun's vowel (친구예요, 친구야); 학생이에요,
        // 학생이야.
        const bool fuse = v.r.stem_class == StemClass::ida && v.s.size() >= 2 &&
                          split_syllable(v.s[v.s.size() - 2]).final == fin::none;
        if (!polite) {
            return encode(fuse ? v.s.substr(0, v.s.size() - 1) : v.s) + "야";
        }
        if (fuse) {
            Stem t = v.s;
            t.back() = syllable(ini::ng, med::ye);
            return encode(t) + "요";
        }
        return encode(v.s) + "에요";
    }
    return infinitive_text(v) + (polite ? "요" : "");
}

std::string past(const Verb& v, Register reg) {
    return encode(past_stem(infinitive(v.vs, v.vr))) + (reg == Register::polite ? "어요" : "어");
}

/// The present or past, honorific when asked.
std::string finite(const Verb& v, Register reg, bool hon, bool is_past) {
    if (hon && !v.si) return finite(honor(v), reg, false, is_past);
    return is_past ? past(v, reg) : present(v, reg);
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

std::string request(const Verb& v, Register reg, bool hon) {
    const bool polite = reg == Register::polite;
    // The honorific request is the honorific imperative: 드세요, 앉으세요, 주무세요.
    if (hon || v.si) return present(honor(v), reg);
    // 주다 and its compounds ask with -세요 themselves (주세요, 도와주세요), as does 드리다; plain
    // 줘.
    if (is_giving(v.s, {kJu}) || is_giving(v.s, {kDeu, kRi})) {
        return polite ? encode(v.s) + "세요" : present(v, reg);
    }
    return infinitive_text(v) + (polite ? " 주세요" : " 줘");
}

const Verb& verb_named(const char* form) {
    // Built once: the auxiliaries the forms end in.
    static const Verb sip = verb_of_row("싶다");
    static const Verb anh = verb_of_row("않다");
    static const Verb ani = verb_of_row("아니다");
    static const Verb mo = verb_of_row("모르다");
    const std::string_view f = form;
    if (f == "싶다") return sip;
    if (f == "않다") return anh;
    if (f == "모르다") return mo;
    return ani;
}

/// 안 (or 못) and the present or past: 안 먹어요, 공부 안 해요, 손 안 잡아요; by class or row:
/// 몰라요 (알다), 맛없어요, 없지 않아요, 친구가 아니에요. `cannot` asks for 못 and the plain 못
/// form.
std::string negative(const Verb& v, Register reg, bool hon, bool is_past, bool cannot) {
    const Entry* row = v.r.row;
    if (hon && !v.si && row && !row->hon.empty()) {
        return negative(honor(v), reg, false, is_past, cannot);  // 안 드세요, 안 계세요
    }
    const std::string marker = cannot ? "못" : "안";
    if (!cannot) {
        if (row && !row->neg.empty()) {
            // Suppletion: 알다 is negated by 모르다 (몰라요), a word of its own.
            const Verb other = verb_of_row(row->neg);
            return finite(other, reg, hon, is_past);
        }
        const Negation how =
            row && row->long_neg ? Negation::long_ji : rule_of(v.r.stem_class).negation;
        switch (how) {
            case Negation::long_ji:
                return encode(v.s) + "지 " + finite(verb_named("않다"), reg, hon, is_past);
            case Negation::by_eopda: {
                Stem t = v.s;
                t.back() = kEops;
                Resolved eopda = v.r;
                eopda.row = nullptr;
                eopda.stem_class = StemClass::eopda;
                return finite(verb_of(std::move(t), eopda), reg, hon, is_past);
            }
            case Negation::copula: {
                const std::string ani = finite(verb_named("아니다"), reg, hon, is_past);
                if (v.s.size() < 2) return ani;
                const Stem noun = v.s.substr(0, v.s.size() - 1);
                const bool consonant = split_syllable(noun.back()).final != fin::none;
                return encode(noun) + (consonant ? "이 " : "가 ") + ani;
            }
            case Negation::an:
                break;
        }
    }
    if (row && row->split) {
        const std::size_t n =
            row->split_noun.empty() ? v.s.size() - 1 : hangul::decode(row->split_noun).size();
        Resolved rest_r = v.r;
        rest_r.element = v.r.element > n ? v.r.element - n : 0;
        Verb rest = verb_of(v.s.substr(n), rest_r);
        rest.r.row = nullptr;  // the rest is the verb after the noun, with none of the row's links
        rest.vr.row = nullptr;
        return encode(v.s.substr(0, n)) + " " + marker + " " + finite(rest, reg, hon, is_past);
    }
    return marker + " " + finite(v, reg, hon, is_past);
}

/// Before a noun: adjectives and the copula -(으)ㄴ (작은, 빨간, 친구인), 있다/없다 -는 (맛있는),
/// verbs -는 (먹는, 노는).
std::string modifier(const Verb& w) {
    const StemClass c = w.r.stem_class;
    const bool eun = is_copula(c) ||
                     (w.r.adjective && (w.si || (c != StemClass::itda && c != StemClass::eopda)));
    if (eun) return encode(with_eu(w, EuEnding::n_final));
    Stem s = w.s;
    Syllable last = split_syllable(s.back());
    if (last.final == fin::l) {
        last.final = fin::none;  // ㄹ drops before ㄴ: 놀 → 노는
        set_last(s, last);
    }
    return encode(s) + "는";
}

std::string build(const Verb& v, Form form, Register reg, bool hon) {
    const bool polite = reg == Register::polite;
    const Verb w = hon ? honor(v) : v;
    switch (form) {
        case Form::polite_present:
            return present(w, reg);
        case Form::polite_past:
            return past(w, reg);
        case Form::want:
        case Form::want_past: {
            // The honorific goes on 싶다 (가고 싶으세요); a suppletive verb is used as it is
            // (드시고 싶으세요).
            const Verb& base = hon && v.r.row && !v.r.row->hon.empty() ? w : v;
            return encode(base.s) + "고 " +
                   finite(verb_named("싶다"), reg, hon, form == Form::want_past);
        }
        case Form::request:
            return request(v, reg, hon);
        case Form::negative:
            return negative(v, reg, hon, false, false);
        case Form::negative_past:
            return negative(v, reg, hon, true, false);
        case Form::question:
            return present(w, reg) + "?";
        case Form::intent:
            return encode(with_eu(w, EuEnding::l_final)) + (polite ? "래요" : "래");
        case Form::promise:
            return encode(with_eu(w, EuEnding::l_final)) + (polite ? "게요" : "게");
        case Form::connective:
            return encode(w.s) + "고";
        case Form::infinitive:
            return infinitive_text(w);
        case Form::nominal:
            return encode(w.s) + "기";
        case Form::sequential:
            return infinitive_text(w) + "서";
        case Form::modifier:
            return modifier(w);
        case Form::modifier_past:
            return encode(with_eu(w, EuEnding::n_final));
        case Form::purpose:
            return encode(with_eu(w, EuEnding::reo));
        case Form::permission:
            return infinitive_text(w) + (polite ? "도 돼요" : "도 돼");
        case Form::prohibition:
            return encode(w.s) + (polite ? "지 마세요" : "지 마");
        case Form::cannot:
            return negative(v, reg, hon, false, true);
        case Form::cannot_past:
            return negative(v, reg, hon, true, true);
    }
    return {};
}

bool verb_only(Form f) {
    switch (f) {
        case Form::want:
        case Form::want_past:
        case Form::request:
        case Form::intent:
        case Form::promise:
        case Form::modifier_past:
        case Form::purpose:
        case Form::prohibition:
        case Form::cannot:
        case Form::cannot_past:
            return true;
        default:
            return false;
    }
}

constexpr const char* kFormNames[] = {
    "polite_present", "polite_past", "want",        "want_past",     "request",    "negative",
    "negative_past",  "question",    "intent",      "promise",       "connective", "infinitive",
    "nominal",        "sequential",  "modifier",    "modifier_past", "purpose",    "permission",
    "prohibition",    "cannot",      "cannot_past",
};
constexpr std::size_t kFormCount = sizeof kFormNames / sizeof kFormNames[0];

/// Why `r` cannot have `form` in `reg` with `hon`, or nothing when it can. Cheap when it can: it is
/// asked for every form all_forms lists.
std::optional<std::string> unavailable(const Word& w, const Resolved& r, Form form, Register reg,
                                       bool hon) {
    const auto why = [&](const std::string& reason) {
        return std::optional<std::string>(
            quoted(w.word) + " has no " + kFormNames[static_cast<std::size_t>(form)] +
            (hon ? " honorific" : "") + (reg == Register::plain ? " plain" : "") +
            " form: " + reason);
    };
    if (verb_only(form) && (r.adjective || is_copula(r.stem_class))) {
        return why(is_copula(r.stem_class) ? "it is the copula, and only a verb has one"
                                           : "it is an adjective, and only a verb has one");
    }
    if (form == Form::cannot || form == Form::cannot_past) {
        if (r.row && !r.row->neg.empty()) {
            return why("its negative is " + std::string(r.row->neg) +
                       ", and 못 does not go with it");
        }
        if ((r.row && r.row->long_neg) || rule_of(r.stem_class).negation == Negation::long_ji) {
            return why("it has no short negation, with 안 or 못");
        }
    }
    // A verb that is itself honorific (드시다, 계시다) is so in every form.
    hon = hon || (r.row && r.row->si);
    if (hon && form == Form::promise) {
        return why("a promise is the speaker's own and takes no honorific");
    }
    if (hon && reg == Register::plain && (form == Form::request || form == Form::prohibition)) {
        return why("a plain (반말) request cannot honour its listener");
    }
    return std::nullopt;
}

Conjugation make(const Word& w, const Resolved& r, Form form, Register reg, bool hon) {
    Conjugation c;
    c.text = build(verb_of(w.stem, r), form, reg, hon);
    if (!w.phrase.empty()) c.text.insert(0, w.phrase);  // (손 씻어요; most words have none)
    c.stem_class = r.stem_class;
    c.adjective = r.adjective;
    c.guessed = r.guessed;
    c.sense = std::string(r.sense);
    return c;
}

}  // namespace

const std::vector<Form>& forms() {
    static const std::vector<Form> all = [] {
        std::vector<Form> v;
        for (std::size_t i = 0; i < kFormCount; ++i) v.push_back(static_cast<Form>(i));
        return v;
    }();
    return all;
}

Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, const Options& options) {
    if (static_cast<std::size_t>(form) >= kFormCount) {
        return make_error("unknown_form", "the form is not one of the forms()");
    }
    auto word = read_word(dictionary_form);
    if (!word) return word.error();
    auto rs = readings(*word, tsv::trim(options.sense));
    if (!rs) return rs.error();
    std::optional<std::string> why;
    for (const Resolved& r : *rs) {
        auto reason = unavailable(*word, r, form, options.speech_level, options.honorific);
        if (!reason) return make(*word, r, form, options.speech_level, options.honorific);
        if (!why) why = std::move(reason);
    }
    return make_error("form_not_available", *why);
}

Result<Conjugation> conjugate(std::string_view dictionary_form, Form form, std::string_view sense) {
    Options o;
    o.sense = std::string(sense);
    return conjugate(dictionary_form, form, o);
}

Result<Conjugation> conjugate(std::string_view dictionary_form, Form form) {
    return conjugate(dictionary_form, form, Options{});
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
    std::string all;
    for (Form f : forms()) {
        if (n == kFormNames[static_cast<std::size_t>(f)]) return f;
        all += (all.empty() ? "" : ", ") + std::string(kFormNames[static_cast<std::size_t>(f)]);
    }
    return make_error("unknown_form", "% is not a form (%)", {quoted(name), all});
}

Result<Register> parse_register(std::string_view name) {
    const std::string_view n = tsv::trim(name);
    if (n == "polite") return Register::polite;
    if (n == "plain") return Register::plain;
    return make_error("unknown_register", "% is not a speech level (polite, plain)",
                      {quoted(name)});
}

Result<Options> parse_options(std::string_view list) {
    Options o;
    for (std::string_view item : tsv::split(tsv::trim(list), ',')) {
        item = tsv::trim(item);
        if (item.empty()) continue;
        if (item == "honorific") {
            o.honorific = true;
        } else if (auto reg = parse_register(item)) {
            o.speech_level = *reg;
        } else {
            return make_error("unknown_option", "% is not an option (polite, plain, honorific)",
                              {quoted(item)});
        }
    }
    return o;
}

const char* to_string(Form form) {
    const auto i = static_cast<std::size_t>(form);
    return i < kFormCount ? kFormNames[i] : "unknown";
}

const char* to_string(StemClass stem_class) {
    const auto i = static_cast<std::size_t>(stem_class);
    return i < kClassCount ? kRules[i].name.data() : "unknown";
}

const char* to_string(Register speech_level) {
    return speech_level == Register::plain ? "plain" : "polite";
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
    std::vector<std::string> problems = table().problems;
    check_rows(problems);
    cross_check(table(), problems);
    return problems;
}

Result<std::vector<std::string>> all_forms(std::string_view dictionary_form) {
    auto word = read_word(dictionary_form);
    if (!word) return word.error();
    auto rs = readings(*word, {});
    if (!rs) return rs.error();
    std::vector<std::string> out;
    for (const Resolved& r : *rs) {
        const Verb v = verb_of(word->stem, r);
        for (bool hon : {false, true}) {
            for (Register reg : {Register::polite, Register::plain}) {
                for (Form f : forms()) {
                    if (unavailable(*word, r, f, reg, hon)) continue;
                    std::string text = word->phrase + build(v, f, reg, hon);
                    if (std::find(out.begin(), out.end(), text) == out.end())
                        out.push_back(std::move(text));  // a few dozen forms: a linear search
                }
            }
        }
    }
    return out;
}

}  // namespace malmoi::conjugate
