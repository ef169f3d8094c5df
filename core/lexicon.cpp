#include "lexicon.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>

#include "embedded.hpp"
#include "hangul.hpp"
#include "name_index.hpp"
#include "tsv.hpp"

namespace malmoi::lexicon {

namespace {

std::optional<Pos> pos_named(std::string_view name) {
    for (int p = 0; p <= static_cast<int>(Pos::interjection); ++p) {
        if (name == to_string(static_cast<Pos>(p))) return static_cast<Pos>(p);
    }
    return std::nullopt;
}

// The frame role named `name` (subj, obj, dest …), the names role.cpp gives them.
std::optional<Role> frame_role(std::string_view name) {
    for (int r = 0; is_frame_role(static_cast<Role>(r)); ++r) {
        if (name == to_string(static_cast<Role>(r))) return static_cast<Role>(r);
    }
    return std::nullopt;
}

// The name of every Flag, in Flag order.
constexpr std::string_view kFlags[] = {
    "topic",   "speaker",   "bare",      "past",       "at",       "request",  "exp",
    "want",    "give",      "negative",  "cannot",     "question", "copula",   "gi",
    "seo",     "household", "number",    "elder",      "counter",  "wh",       "report",
    "agent",   "feeling",   "motion",    "permission", "finished", "choice",   "connective",
    "plain",   "det",       "home",      "native",     "status",   "compound", "more",
    "flavour", "flavoured", "event",     "need",       "younger",  "focus",    "favour",
    "joins",   "listener",  "describes", "depicts",    "reaction", "attitude", "relational",
    "doing",   "parting",   "wish",      "title",      "makes",    "averse",   "feed",
    "young",   "passes",    "ordinal",   "shop",       "tries",    "price",    "someones",
    "adnoun",  "manner",    "comes",     "tends",      "story",    "degree",   "doer",
    "urges",   "stains",    "result",    "inside",     "menu",     "lesson",   "greets",
    "prior",   "later",     "tiring",    "checks",     "venue",    "puts",     "filled",
    "shows",   "changes",   "brings",    "plays",      "sorts",    "ability",  "alongside",
    "warns",   "shared",    "little",    "humble",     "kinded",   "exclaims", "pace",
    "holds",   "flaw"};
static_assert(sizeof kFlags / sizeof kFlags[0] == static_cast<std::size_t>(Flag::flaw) + 1,
              "one name per Flag");
static_assert(static_cast<std::size_t>(Flag::flaw) < Flags::capacity, "a Flags holds every flag");

struct Classes {
    std::vector<NounClass> list;
    std::vector<std::string> names;
    std::vector<std::string> problems;
};

const Classes& class_table() {
    static const Classes t = [] {
        Classes out;
        tsv::Reader reader(embedded_file("classes.tsv"));
        tsv::Row row;
        while (reader.next(row)) {
            const auto where = [&] {
                return "classes.tsv line " + std::to_string(row.line) + ": ";
            };
            if (row.size() < 4) {
                out.problems.push_back(where() + "expected at least 4 columns");
                continue;
            }
            NounClass c;
            c.name = std::string(row.field(0));
            if (row.field(1) != "-") c.implies = std::string(row.field(1));
            for (auto [i, flag] : {std::pair{2, &c.owned}, {3, &c.narrows}}) {
                const std::string_view v = row.field(static_cast<std::size_t>(i));
                if (v != "yes" && v != "no")
                    out.problems.push_back(where() + "expected yes or no, not '" + std::string(v) +
                                           "'");
                *flag = v == "yes";
            }
            out.names.push_back(c.name);
            out.list.push_back(std::move(c));
        }
        return out;
    }();
    return t;
}

bool known_class(std::string_view c) {
    return find_class(c) != nullptr;
}

// The rows, and an index of them by lemma (the first row of a lemma listed twice is the one
// found). Reading it checks nothing but what it needs to build a row; check_rows() finds the rest
// of the table's problems when they are asked for.
struct Table {
    std::vector<Entry> entries;
    NameIndex by_lemma;
    std::vector<std::string> problems;  // rows that could not be read at all
};

void read_frame(std::string_view text, Entry& entry) {
    tsv::for_each_piece(text, ' ', [&](std::string_view slot_text) {
        const auto colon = slot_text.find(':');
        const auto role = frame_role(slot_text.substr(0, colon));
        if (!role) return;  // check_rows() reports it
        Slot slot{*role, {}, false};
        if (entry.frame.empty()) entry.frame.reserve(4);
        if (colon != std::string_view::npos) {
            tsv::for_each_piece(slot_text.substr(colon + 1), ',', [&](std::string_view c) {
                if (c == "*") {
                    slot.open = true;
                } else {
                    slot.classes.push_back(c);
                }
            });
        }
        entry.frame.push_back(std::move(slot));
    });
}

const Table& table() {
    static const Table t = [] {
        Table out;
        out.entries.reserve(4096);  // room for the table's 2,866 rows; a longer one reallocates
        tsv::Reader reader(embedded_file("lexicon.tsv"));
        tsv::Row row;
        while (reader.next(row)) {
            const auto pos = row.size() < 5 ? std::nullopt : pos_named(row.field(1));
            if (!pos) {
                out.problems.push_back("line " + std::to_string(row.line) +
                                       (row.size() < 5
                                            ? ": expected 5 columns"
                                            : ": " + parse_pos(row.field(1)).error().message));
                continue;
            }
            Entry entry;
            entry.lemma = row.field(0);
            entry.pos = *pos;
            if (row.field(2) != "-") {
                entry.classes.reserve(4);
                tsv::for_each_piece(row.field(2), ',',
                                    [&](std::string_view c) { entry.classes.push_back(c); });
            }
            if (row.field(3) != "-") read_frame(row.field(3), entry);
            if (row.field(4) != "-") {
                tsv::for_each_piece(row.field(4), ',', [&](std::string_view f) {
                    if (f.substr(0, 5) == "verb:") {
                        entry.verb = f.substr(5);  // 그네 → 타다
                    } else if (f.substr(0, 6) == "plain:") {
                        entry.plain = f.substr(6);  // 안녕하세요 → 안녕
                    } else if (f.substr(0, 6) == "sense:") {
                        entry.sense = f.substr(6);  // 묻다 → stick (묻었어요)
                    } else if (f.substr(0, 7) == "wanted:") {
                        entry.wanted = f.substr(7);  // 냄새 → 맡다 (냄새 맡고 싶어요)
                    } else if (const auto flag = parse_flag(f)) {
                        entry.flag_bits.add(*flag);
                    }  // check_rows() reports an unknown flag
                });
            }
            out.entries.push_back(std::move(entry));
        }
        out.by_lemma = NameIndex::of(out.entries, [](const Entry& e) { return e.lemma; });
        return out;
    }();
    return t;
}

// What the table's reading leaves unchecked: roles, classes and flags that are not known, verb:
// links that are no dictionary form, lemmas listed twice.
std::vector<std::string> check_rows() {
    std::vector<std::string> problems;
    tsv::Reader reader(embedded_file("lexicon.tsv"));
    tsv::Row row;
    while (reader.next(row)) {
        const auto where = [&] { return "line " + std::to_string(row.line) + ": "; };
        if (row.size() < 5 || !pos_named(row.field(1))) continue;  // reported by table()
        if (row.field(2) != "-") {
            tsv::for_each_piece(row.field(2), ',', [&](std::string_view c) {
                if (!known_class(c))
                    problems.push_back(where() + "unknown class '" + std::string(c) + "'");
            });
        }
        if (row.field(3) != "-") {
            tsv::for_each_piece(row.field(3), ' ', [&](std::string_view slot_text) {
                const auto colon = slot_text.find(':');
                const std::string_view role_name = slot_text.substr(0, colon);
                if (!frame_role(role_name)) {
                    problems.push_back(where() + "unknown role '" + std::string(role_name) + "'");
                    return;
                }
                if (colon == std::string_view::npos) return;
                tsv::for_each_piece(slot_text.substr(colon + 1), ',', [&](std::string_view c) {
                    if (c != "*" && !known_class(c))
                        problems.push_back(where() + "unknown class '" + std::string(c) +
                                           "' in the frame");
                });
            });
        }
        if (row.field(4) != "-") {
            tsv::for_each_piece(row.field(4), ',', [&](std::string_view f) {
                if (f.substr(0, 5) == "verb:") {
                    const std::string_view verb = f.substr(5);
                    if (verb.size() < 4 || verb.substr(verb.size() - 3) != "다")
                        problems.push_back(where() + "verb:" + std::string(verb) +
                                           " is not a dictionary form");
                } else if (f.substr(0, 6) == "plain:") {
                    if (row.field(1) != "interjection" || f.size() == 6)
                        problems.push_back(where() +
                                           "plain: names the 반말 form of an interjection");
                } else if (f.substr(0, 6) == "sense:") {
                    if (row.field(1) != "verb" || f.size() == 6)
                        problems.push_back(where() + "sense: names the sense of a verb");
                } else if (f.substr(0, 7) == "wanted:") {
                    const std::string_view verb = f.substr(7);
                    if (row.field(1) != "noun" || verb.size() < 4 ||
                        verb.substr(verb.size() - 3) != "다")
                        problems.push_back(where() +
                                           "wanted: names the verb a noun is wanted with");
                } else if (!parse_flag(f)) {
                    problems.push_back(where() + "unknown flag '" + std::string(f) + "'");
                }
            });
        }
    }
    const Table& t = table();
    for (const Entry& e : t.entries) {
        const auto [first, last] = t.by_lemma.find(e.lemma);
        if (&e == &t.entries[*first] && last - first > 1)
            problems.push_back("'" + std::string(e.lemma) + "' is listed twice");
    }
    return problems;
}

}  // namespace

std::optional<Flag> parse_flag(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kFlags); ++i) {
        if (kFlags[i] == name) return static_cast<Flag>(i);
    }
    return std::nullopt;
}

const Entry* find(std::string_view label) {
    const Table& t = table();
    const std::int64_t row = t.by_lemma.first(tsv::trim(label));
    return row < 0 ? nullptr : &t.entries[static_cast<std::size_t>(row)];
}

Compound compound(std::string_view first, std::string_view second) {
    std::string word(first);
    word += second;
    const Entry* e = find(word);
    if (e && e->has(Flag::compound)) return Compound{e, false};
    word = hangul::with_sai_siot(first);
    if (word.empty()) return {};
    word += second;
    e = find(word);
    return e && e->has(Flag::compound) ? Compound{e, true} : Compound{};
}

const std::vector<Entry>& entries() {
    return table().entries;
}

const std::vector<std::string>& load_problems() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out = class_table().problems;
        out.insert(out.end(), table().problems.begin(), table().problems.end());
        const std::vector<std::string> rows = check_rows();
        out.insert(out.end(), rows.begin(), rows.end());
        return out;
    }();
    return all;
}

const std::vector<NounClass>& classes() {
    return class_table().list;
}

const NounClass* find_class(std::string_view name) {
    for (const NounClass& c : class_table().list) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

const std::vector<std::string>& noun_classes() {
    return class_table().names;
}

std::map<std::string, std::size_t> counts() {
    std::map<std::string, std::size_t> out;
    for (const Entry& e : entries()) {
        ++out[std::string("pos:") + to_string(e.pos)];
        for (const auto& c : e.classes) ++out["class:" + std::string(c)];
    }
    return out;
}

const char* to_string(Pos pos) {
    switch (pos) {
        case Pos::noun:
            return "noun";
        case Pos::pronoun:
            return "pronoun";
        case Pos::verb:
            return "verb";
        case Pos::adjective:
            return "adjective";
        case Pos::adverb:
            return "adverb";
        case Pos::particle:
            return "particle";
        case Pos::grammar:
            return "grammar";
        case Pos::interjection:
            return "interjection";
    }
    return "noun";
}

const std::vector<Pos>& parts_of_speech() {
    static const std::vector<Pos> all = {Pos::noun,      Pos::pronoun,     Pos::verb,
                                         Pos::adjective, Pos::adverb,      Pos::particle,
                                         Pos::grammar,   Pos::interjection};
    return all;
}

Result<Pos> parse_pos(std::string_view name) {
    if (const auto p = pos_named(name)) return *p;
    return make_error("unknown_pos",
                      "'%' is not a part of speech (noun, pronoun, verb, adjective, adverb, "
                      "particle, grammar, interjection)",
                      {name});
}

}  // namespace malmoi::lexicon
