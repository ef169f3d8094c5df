// The built-in lexicon: what Malmoi knows about a card from its label alone. Nouns carry semantic
// classes (food, place, person, …); verbs and adjectives carry case frames (먹다 takes an object
// of food; 가다 a destination with 에; 놀다 a place with 에서 and a companion with 이랑).
// The source is core/data/lexicon.tsv; its header documents the format.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"
#include "role.hpp"

namespace malmoi::lexicon {

enum class Pos { noun, pronoun, verb, adjective, adverb, particle, grammar, interjection };

/// The case roles of a frame are the first eleven of malmoi::Role (role.hpp).
using malmoi::Role;

/// One argument slot of a frame: a role and the noun classes it takes; `open` ('*') also takes
/// nouns the lexicon does not know, so 키위 before 먹다 becomes its object.
struct Slot {
    Role role;
    std::vector<std::string_view> classes;
    bool open = false;
};

// clang-format off
/// The flags a row of lexicon.tsv may carry (its header says what each means; verb:X is read
/// apart). The engine asks for flags on every card it reads, so a row keeps them as bits.
enum class Flag : std::uint8_t {
    topic, speaker, bare, past, at, request, exp, want, give, negative, cannot, question, copula,
    gi, seo, household, number, elder, counter, wh, report, agent, feeling, motion, permission,
    finished, choice, connective, plain, det, home, native, status, compound, more, flavour,
    flavoured, event, need, younger, focus, favour, joins, listener, describes, depicts, reaction, attitude,
    relational, doing, parting, wish, title, makes, averse, feed, young, passes, ordinal, shop, tries, price, someones, adnoun, manner, comes, tends,
    story, degree, doer, urges, stains, result, inside, menu, lesson, greets, prior, later,
    tiring, checks, venue, puts, filled, shows, changes, brings, plays, sorts, ability,
    alongside, warns, shared, little, humble, kinded, exclaims, pace, holds, flaw
};
// clang-format on
/// A set of flags, one bit each, in two words (there are more flags than one word holds).
class Flags {
  public:
    constexpr Flags() = default;
    constexpr Flags(Flag f) { add(f); }  // NOLINT: a flag is the set holding it
    constexpr void add(Flag f) { words_[index(f) / 64] |= std::uint64_t{1} << (index(f) % 64); }
    constexpr bool has(Flag f) const {
        return (words_[index(f) / 64] >> (index(f) % 64) & 1U) != 0;
    }
    constexpr Flags operator|(Flags other) const {
        Flags both = *this;
        both.words_[0] |= other.words_[0];
        both.words_[1] |= other.words_[1];
        return both;
    }
    static constexpr std::size_t capacity = 128;

  private:
    static constexpr unsigned index(Flag f) { return static_cast<unsigned>(f); }
    std::uint64_t words_[2] = {};
};

/// The Flag named `name` as lexicon.tsv writes it ("topic"), or nullopt.
std::optional<Flag> parse_flag(std::string_view name);

/// Whether `noun_class` is one of `classes` (a row's or a card's). The rules ask this about 80
/// times a sentence, mostly of a name written in the rule ("time"): inline, the name's length is
/// known where it is asked, and a class name is compared a byte at a time, being a few letters,
/// fewer than a call to memcmp costs.
inline bool has_class(const std::vector<std::string_view>& classes, std::string_view noun_class) {
    const std::size_t n = noun_class.size();
    for (std::string_view c : classes) {
        std::size_t same = 0;
        if (c.size() == n) {
            while (same < n && c[same] == noun_class[same]) ++same;
        }
        if (same == n && c.size() == n) return true;
    }
    return false;
}

/// One row of lexicon.tsv. Its text is views into the table compiled into the program, valid for
/// the program's life: reading the table copies no string.
struct Entry {
    std::string_view lemma;
    Pos pos = Pos::noun;
    std::vector<std::string_view> classes;  ///< nouns and pronouns: person, food, place, …
    std::vector<Slot> frame;                ///< verbs and adjectives, in order of preference
    Flags flag_bits;         ///< the row's flags column (topic,speaker), one bit each; see has()
    std::string_view verb;   ///< nouns: the verb it implies with 싶다 (flag verb:타다), or ""
    std::string_view plain;  ///< interjections: the phrase in 반말 (flag plain:안녕), or ""
    std::string_view sense;  ///< verbs: the stem table's sense the frame is of (sense:stick), or ""
    std::string_view wanted;  ///< nouns: the verb 싶다 wants of it where verb: is what it does by
                              ///< itself (냄새 verb:나다 wanted:맡다), or ""

    /// Whether the row has `flag`.
    bool has(Flag flag) const { return flag_bits.has(flag); }
    bool is_a(std::string_view noun_class) const { return has_class(classes, noun_class); }
};

/// The entry for a card label, or nullptr. Exact match on the trimmed label.
const Entry* find(std::string_view label);

/// A compound of the dictionary (flag compound) that two cards make, tapped apart: 축구 공 →
/// 축구공, and with 사이시옷 when the first ends in a vowel, 만두 국 → 만둣국. `sai` says which.
struct Compound {
    const Entry* entry = nullptr;
    bool sai = false;
};
Compound compound(std::string_view first, std::string_view second);

/// Every entry, in file order.
const std::vector<Entry>& entries();

/// Entries per part of speech and per noun class ("pos:noun", "class:food"), for the README.
std::map<std::string, std::size_t> counts();

/// Problems in the table (bad pos, unknown role, class or flag, duplicate lemma), one line each;
/// empty when the table is clean. The tests require it to be empty. The checks run when this is
/// asked for (the tests), not on the engine's first sentence.
const std::vector<std::string>& load_problems();

const char* to_string(Pos pos);
/// Every part of speech, in the order a teacher's editor lists them (`malmoi facts` prints them).
const std::vector<Pos>& parts_of_speech();
/// "noun", "verb", … → Pos. Error code unknown_pos.
Result<Pos> parse_pos(std::string_view name);
/// A noun class (core/data/classes.tsv).
struct NounClass {
    std::string name;
    std::string implies;   ///< the verb a noun of this class implies with 싶다, or ""
    bool owned = false;    ///< a person before such a noun can own it (할아버지 안경)
    bool narrows = false;  ///< such a noun before another narrows it (빨간색 컵, 축구 공)
};

/// The noun classes, in file order: the one list the lexicon, the cards and the app use.
const std::vector<NounClass>& classes();
/// The class named `name`, or nullptr.
const NounClass* find_class(std::string_view name);
/// The noun class names, for validating teachers' annotations (`malmoi facts`).
const std::vector<std::string>& noun_classes();

}  // namespace malmoi::lexicon
