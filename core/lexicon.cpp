#include "lexicon.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "embedded.hpp"
#include "tsv.hpp"

namespace malmoi::lexicon {

namespace {

// The frame role named `name` (subj, obj, dest …), the names role.cpp gives them.
std::optional<Role> frame_role(std::string_view name) {
    for (int r = 0; is_frame_role(static_cast<Role>(r)); ++r) {
        if (name == to_string(static_cast<Role>(r))) return static_cast<Role>(r);
    }
    return std::nullopt;
}

// Every flag lexicon.tsv may use (its header says what each means). verb:X is read apart.
constexpr std::string_view kFlags[] = {
    "topic", "speaker",   "bare",     "past",       "at",       "request", "exp",
    "want",  "give",      "negative", "cannot",     "question", "copula",  "gi",
    "seo",   "household", "number",   "elder",      "counter",  "wh",      "report",
    "agent", "feeling",   "motion",   "permission", "finished", "choice",  "connective",
    "plain", "det",       "home",     "native",     "status",   "compound"};

struct Classes {
    std::vector<NounClass> list;
    std::vector<std::string> names;
    std::vector<std::string> problems;
};

const Classes& class_table() {
    static const Classes t = [] {
        Classes out;
        for (const auto& row : tsv::parse(embedded_file("classes.tsv"))) {
            const auto where = [&] {
                return "classes.tsv line " + std::to_string(row.line) + ": ";
            };
            if (row.fields.size() < 4) {
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

struct Table {
    std::vector<Entry> entries;
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::string> problems;
};

void parse_frame(std::string_view text, Entry& entry, std::vector<std::string>& problems,
                 int line) {
    for (std::string_view slot_text : tsv::split(text, ' ')) {
        const auto colon = slot_text.find(':');
        const std::string_view role_name = slot_text.substr(0, colon);
        const auto role = frame_role(role_name);
        if (!role) {
            problems.push_back("line " + std::to_string(line) + ": unknown role '" +
                               std::string(role_name) + "'");
            continue;
        }
        Slot slot{*role, {}, false};
        if (colon != std::string_view::npos) {
            for (std::string_view c : tsv::split(slot_text.substr(colon + 1), ',')) {
                if (c == "*") {
                    slot.open = true;
                } else if (known_class(c)) {
                    slot.classes.emplace_back(c);
                } else {
                    problems.push_back("line " + std::to_string(line) + ": unknown class '" +
                                       std::string(c) + "' in the frame");
                }
            }
        }
        entry.frame.push_back(std::move(slot));
    }
}

const Table& table() {
    static const Table t = [] {
        Table out;
        const auto rows = tsv::parse(embedded_file("lexicon.tsv"));
        out.entries.reserve(rows.size());
        out.index.reserve(rows.size());
        for (const auto& row : rows) {
            // Written only for a row with a problem: the engine reads this table on its first
            // sentence.
            const auto where = [&] { return "line " + std::to_string(row.line) + ": "; };
            if (row.fields.size() < 5) {
                out.problems.push_back(where() + "expected 5 columns");
                continue;
            }
            Entry entry;
            entry.lemma = std::string(row.field(0));
            auto pos = parse_pos(row.field(1));
            if (!pos) {
                out.problems.push_back(where() + pos.error().message);
                continue;
            }
            entry.pos = *pos;
            if (row.field(2) != "-") {
                for (std::string_view c : tsv::split(row.field(2), ',')) {
                    if (!known_class(c))
                        out.problems.push_back(where() + "unknown class '" + std::string(c) + "'");
                    entry.classes.emplace_back(c);
                }
            }
            if (row.field(3) != "-") parse_frame(row.field(3), entry, out.problems, row.line);
            if (row.field(4) != "-") {
                for (std::string_view f : tsv::split(row.field(4), ',')) {
                    if (f.substr(0, 5) == "verb:") {
                        entry.verb = std::string(f.substr(5));  // 그네 → 타다
                        if (entry.verb.size() < 4 ||
                            entry.verb.substr(entry.verb.size() - 3) != "다") {
                            out.problems.push_back(where() + "verb:" + entry.verb +
                                                   " is not a dictionary form");
                        }
                        continue;
                    }
                    if (std::find(std::begin(kFlags), std::end(kFlags), f) == std::end(kFlags)) {
                        out.problems.push_back(where() + "unknown flag '" + std::string(f) + "'");
                    }
                    entry.flags.emplace_back(f);
                }
            }
            if (out.index.count(entry.lemma)) {
                out.problems.push_back(where() + "'" + entry.lemma + "' is listed twice");
                continue;
            }
            out.index.emplace(entry.lemma, out.entries.size());
            out.entries.push_back(std::move(entry));
        }
        return out;
    }();
    return t;
}

}  // namespace

bool Entry::has(std::string_view flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool Entry::is_a(std::string_view noun_class) const {
    return std::find(classes.begin(), classes.end(), noun_class) != classes.end();
}

const Entry* find(std::string_view label) {
    const Table& t = table();
    const auto it = t.index.find(std::string(tsv::trim(label)));
    return it == t.index.end() ? nullptr : &t.entries[it->second];
}

const std::vector<Entry>& entries() {
    return table().entries;
}

const std::vector<std::string>& load_problems() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out = class_table().problems;
        out.insert(out.end(), table().problems.begin(), table().problems.end());
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
        for (const auto& c : e.classes) ++out["class:" + c];
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
    for (Pos p : parts_of_speech()) {
        if (name == to_string(p)) return p;
    }
    return make_error("unknown_pos", "'" + std::string(name) +
                                         "' is not a part of speech (noun, pronoun, verb, "
                                         "adjective, adverb, particle, grammar, interjection)");
}

}  // namespace malmoi::lexicon
