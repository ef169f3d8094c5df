// The built-in lexicon: what Malmoi knows about a card from its label alone. Nouns carry semantic
// classes (food, place, person, …); verbs and adjectives carry case frames (먹다 takes an object
// of food; 가다 a destination with 에; 놀다 a place with 에서 and a companion with 이랑).
// The source is core/data/lexicon.tsv; its header documents the format.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "result.hpp"

namespace malmoi::lexicon {

enum class Pos { noun, pronoun, verb, adjective, adverb, particle, grammar, interjection };

/// The case roles of a frame, each with the particle it takes (assemble.cpp):
enum class Role {
    subject,      ///< subj  이/가   배가 아파요, 버스가 와요
    object,       ///< obj   을/를   사과를 먹어요
    destination,  ///< dest  에      학교에 가요
    at,           ///< at    에      집에 있어요, 의자에 앉아요
    place,        ///< loc   에서    놀이터에서 놀아요
    source,       ///< from  에서    학교에서 와요
    instrument,   ///< instr (으)로  숟가락으로 먹어요, 버스로 가요
    direction,    ///< dir   (으)로  집으로 가요
    companion,    ///< with  이랑/랑 친구랑 놀아요
    recipient,    ///< to    한테    엄마한테 줘요
    complement,   ///< comp  the copula's noun: 의사예요; 아니다/되다 take 이/가
};

/// One argument slot of a frame: a role and the noun classes it takes; `open` ('*') also takes
/// nouns the lexicon does not know, so 키위 before 먹다 becomes its object.
struct Slot {
    Role role;
    std::vector<std::string> classes;
    bool open = false;
};

struct Entry {
    std::string lemma;
    Pos pos = Pos::noun;
    std::vector<std::string> classes;  ///< nouns and pronouns: person, food, place, …
    std::vector<Slot> frame;           ///< verbs and adjectives, in order of preference
    std::vector<std::string> flags;    ///< see lexicon.tsv: topic, bare, past, request, want, …

    bool has(std::string_view flag) const;
    bool is_a(std::string_view noun_class) const;
};

/// The entry for a card label, or nullptr. Exact match on the trimmed label.
const Entry* find(std::string_view label);

/// Every entry, in file order.
const std::vector<Entry>& entries();

/// Entries per part of speech and per noun class ("pos:noun", "class:food"), for the README.
std::map<std::string, std::size_t> counts();

/// Problems found while loading the table (bad pos, unknown role or class, duplicate lemma), one
/// line each; empty when the table is clean. The tests require it to be empty.
const std::vector<std::string>& load_problems();

const char* to_string(Pos pos);
const char* to_string(Role role);
/// Every part of speech, in the order a teacher's editor lists them (`malmoi facts` prints them).
const std::vector<Pos>& parts_of_speech();
/// "noun", "verb", … → Pos. Error code unknown_pos.
Result<Pos> parse_pos(std::string_view name);
/// The noun classes the lexicon uses, for validating teachers' annotations (`malmoi facts`).
const std::vector<std::string>& noun_classes();

}  // namespace malmoi::lexicon
