// What a noun does in its sentence, and where the rules got that from. The first eleven roles are
// the case roles a verb's frame can have (lexicon.tsv); the rest come from the sentence's shape.
#pragma once

namespace malmoi {

enum class Role : unsigned char {
    subject,      ///< subj  이/가    배가 아파요, 버스가 와요
    object,       ///< obj   을/를    사과를 먹어요
    destination,  ///< dest  에       학교에 가요
    at,           ///< at    에       집에 있어요, 의자에 앉아요
    place,        ///< loc   에서     놀이터에서 놀아요
    source,       ///< from  에서     학교에서 와요
    instrument,   ///< instr (으)로   숟가락으로 먹어요, 버스로 가요
    direction,    ///< dir   (으)로   집으로 가요
    companion,    ///< with  이랑/랑  친구랑 놀아요
    recipient,    ///< to    한테     엄마한테 줘요, 친구한테 받아요
    complement,   ///< comp  the copula's noun (의사예요); 아니다/되다 take 이/가
    topic,        ///< topic 은/는    나는, 토끼는 (귀가 길어요)
    time,         ///< time  에 or none  4시에, 오늘
    vocative,     ///< vocative ","   엄마, 도와주세요
    coordinated,  ///< coord 이랑/랑  the first of two nouns named together: 사과랑 바나나를
    possessor,    ///< poss  none     할머니 안경, 내 가방 (나 → 내)
    modifier,  ///< mod   none     빨간색 컵, 축구 공, 나무 의자: a noun that narrows the next one
    quantity,  ///< quantity none  사과 세 개: a number and its counter
    none,      ///< none  a noun that takes no particle here (오늘, 뭐, a word with no sure role)
};

/// Why a noun has its role.
enum class RoleSource : unsigned char {
    frame,          ///< its verb's frame names its class
    open,           ///< a word the frame's open slot took ('*')
    topic,          ///< a first-card pronoun, or the whole of a topic-comment sentence
    time,           ///< a time word
    copula,         ///< the copula's subject or complement
    vocative,       ///< a person addressed in a request
    coordination,   ///< named together with the next noun
    particle_card,  ///< the child's own particle card names the role
    fallback,       ///< no frame slot: the role its class usually has with any verb
    possessive,     ///< it owns the next noun
    phrase,         ///< it narrows the next noun (colour, material, kind)
    quantity,       ///< a number and its counter
    implied,  ///< the frame of a verb the sentence implies (사과 싶다 → 사과 먹고 싶어요)
};

/// The stable names used in JSON and by the validator: subj, obj, dest, at, loc, from, instr, dir,
/// with, to, comp, topic, time, vocative, coord, poss, mod, quantity, none.
const char* to_string(Role role);
/// frame, open, topic, time, copula, vocative, coordination, particle_card, fallback, possessive,
/// phrase, quantity, implied.
const char* to_string(RoleSource source);

/// True for the roles a frame slot can have (subject … complement).
bool is_frame_role(Role role);

/// True for the roles that say where: destination, at, place, source, direction.
bool is_where_role(Role role);

/// The particle a role takes, as a pair ("을/를"); "" for roles that take none.
const char* particle_of(Role role);

}  // namespace malmoi
