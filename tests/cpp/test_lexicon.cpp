// The built-in lexicon: a clean table, big enough, and every verb in it conjugates.
#include <doctest/doctest.h>

#include <string>

#include "conjugate.hpp"
#include "lexicon.hpp"

using namespace malmoi;

namespace {

// Does `verb`'s frame have a slot of `role` that names `noun_class`?
bool frame_names(const char* verb, lexicon::Role role, const char* noun_class) {
    const lexicon::Entry* e = lexicon::find(verb);
    REQUIRE(e != nullptr);
    for (const auto& slot : e->frame) {
        if (slot.role != role) continue;
        for (const auto& c : slot.classes) {
            if (c == noun_class) return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("lexicon: the table loads without problems") {
    for (const auto& problem : lexicon::load_problems()) {
        CAPTURE(problem);
        CHECK(false);
    }
    CHECK(lexicon::entries().size() >= 400);
}

TEST_CASE("lexicon: every verb and adjective conjugates") {
    for (const auto& e : lexicon::entries()) {
        if (e.pos != lexicon::Pos::verb && e.pos != lexicon::Pos::adjective) continue;
        const std::string lemma = e.lemma;
        CAPTURE(lemma);
        CHECK(conjugate::conjugate(e.lemma, conjugate::Form::polite_present).ok());
    }
}

TEST_CASE("lexicon: what the rule engine relies on") {
    struct Row {
        const char* lemma;
        lexicon::Pos pos;
        const char* noun_class;  // "" for none
        const char* flag;        // "" for none
    };
    const Row rows[] = {
        {"사과", lexicon::Pos::noun, "food", ""},       {"물", lexicon::Pos::noun, "drink", ""},
        {"학교", lexicon::Pos::noun, "place", ""},      {"엄마", lexicon::Pos::noun, "person", ""},
        {"배", lexicon::Pos::noun, "body", ""},         {"버스", lexicon::Pos::noun, "vehicle", ""},
        {"숟가락", lexicon::Pos::noun, "tool", ""},     {"공", lexicon::Pos::noun, "toy", ""},
        {"나", lexicon::Pos::pronoun, "person", "topic"}, {"저", lexicon::Pos::pronoun, "person", "topic"},
        {"어제", lexicon::Pos::noun, "time", "past"},   {"오늘", lexicon::Pos::noun, "time", "bare"},
        {"주다", lexicon::Pos::verb, "", "request"},    {"도와주다", lexicon::Pos::verb, "", "request"},
        {"싶다", lexicon::Pos::grammar, "", "want"},    {"안", lexicon::Pos::grammar, "", "negative"},
        {"?", lexicon::Pos::grammar, "", "question"},   {"이다", lexicon::Pos::verb, "", "copula"},
        {"있다", lexicon::Pos::verb, "", "exp"},
    };
    for (const auto& row : rows) {
        const std::string lemma = row.lemma;
        CAPTURE(lemma);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        CHECK(e->pos == row.pos);
        if (*row.noun_class) CHECK(e->is_a(row.noun_class));
        if (*row.flag) CHECK(e->has(row.flag));
    }
}

TEST_CASE("lexicon: case frames name the roles the issue asks for") {
    struct Row {
        const char* verb;
        lexicon::Role role;
        const char* noun_class;
    };
    const Row rows[] = {
        {"먹다", lexicon::Role::object, "food"},     {"가다", lexicon::Role::destination, "place"},
        {"놀다", lexicon::Role::place, "place"},     {"놀다", lexicon::Role::companion, "person"},
        {"아프다", lexicon::Role::subject, "body"},  {"좋아하다", lexicon::Role::object, "food"},
        {"타다", lexicon::Role::object, "vehicle"},  {"주다", lexicon::Role::recipient, "person"},
        {"먹다", lexicon::Role::instrument, "tool"}, {"앉다", lexicon::Role::at, "furniture"},
    };
    for (const auto& row : rows) {
        const std::string verb = row.verb;
        CAPTURE(verb);
        CHECK(frame_names(row.verb, row.role, row.noun_class));
    }
    // 좋다 and 싫다 take a subject that may be anything.
    for (const char* adjective : {"좋다", "싫다"}) {
        const lexicon::Entry* e = lexicon::find(adjective);
        REQUIRE(e != nullptr);
        REQUIRE_FALSE(e->frame.empty());
        CHECK(e->frame[0].role == lexicon::Role::subject);
        CHECK(e->frame[0].open);
    }
}

TEST_CASE("lexicon: the words children tap, with the frames their sentences need") {
    CHECK(lexicon::entries().size() >= 600);
    struct FrameRow {
        const char* verb;
        lexicon::Role role;
        const char* noun_class;
    };
    const FrameRow frames[] = {
        {"나다", lexicon::Role::subject, "body"},          // 피가 나요, 열이 나요
        {"피다", lexicon::Role::subject, "nature"},        // 꽃이 피어요
        {"뜨다", lexicon::Role::object, "body"},           // 눈을 떠요
        {"뜨다", lexicon::Role::subject, "nature"},        // 해가 떠요
        {"맞다", lexicon::Role::object, "thing"},          // 주사를 맞아요
        {"나가다", lexicon::Role::destination, "place"},   // 밖에 나가요
        {"들어가다", lexicon::Role::destination, "place"}, // 방에 들어가요
        {"찍다", lexicon::Role::object, "media"},          // 사진을 찍어요
        {"찍다", lexicon::Role::instrument, "tool"},       // 휴대폰으로 찍어요
        {"보내다", lexicon::Role::recipient, "person"},    // 친구한테 문자를 보내요
        {"물어보다", lexicon::Role::recipient, "person"},  // 선생님한테 물어봐요
        {"되다", lexicon::Role::complement, "person"},     // 의사가 돼요
        {"넘어지다", lexicon::Role::place, "place"},       // 놀이터에서 넘어져요
        {"다치다", lexicon::Role::object, "body"},         // 손을 다쳐요
        {"검색하다", lexicon::Role::instrument, "tool"},   // 휴대폰으로 검색해요
        {"말하다", lexicon::Role::recipient, "person"},    // 선생님한테 말해요
        {"자르다", lexicon::Role::instrument, "tool"},     // 칼로 잘라요
        {"목마르다", lexicon::Role::subject, "person"},
        {"배부르다", lexicon::Role::subject, "person"},
        {"마렵다", lexicon::Role::subject, "body"},        // 쉬가 마려워요
        {"걸리다", lexicon::Role::at, "body"},             // 감기에 걸려요
    };
    for (const auto& row : frames) {
        const std::string verb = row.verb;
        CAPTURE(verb);
        CHECK(frame_names(row.verb, row.role, row.noun_class));
    }
    // A person is the object of these before it is the subject (엄마를 찾아요, 엄마를 안아요).
    for (const char* verb : {"만나다", "기다리다", "좋아하다", "찾다", "안다", "때리다", "깨우다"}) {
        const lexicon::Entry* e = lexicon::find(verb);
        REQUIRE(e != nullptr);
        REQUIRE_FALSE(e->frame.empty());
        CHECK(e->frame[0].role == lexicon::Role::object);
    }
    struct NounRow {
        const char* lemma;
        const char* noun_class;  // "" for none
        const char* flag;        // "" for none
    };
    const NounRow nouns[] = {
        {"피", "body", ""},      {"열", "body", ""},       {"쉬", "body", ""},     {"칼", "tool", ""},
        {"카메라", "tool", ""},  {"휴대폰", "tool", ""},   {"문자", "media", ""},  {"배", "vehicle", ""},
        {"차", "drink", ""},     {"아침", "food", "at"},   {"언제", "time", "bare"}, {"누가", "person", "bare"},
        {"지난주", "time", "past"}, {"방금", "time", "past"}, {"월요일", "time", "at"}, {"하나", "", "bare"},
    };
    for (const auto& row : nouns) {
        const std::string lemma = row.lemma;
        CAPTURE(lemma);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        if (*row.noun_class) CHECK(e->is_a(row.noun_class));
        if (*row.flag) CHECK(e->has(row.flag));
    }
    // A topic 나 is not the subject of what happens to the body: 나는 피가 나요.
    for (const char* verb : {"나다", "나오다", "부러지다"}) {
        const lexicon::Entry* e = lexicon::find(verb);
        REQUIRE(e != nullptr);
        CHECK(e->has("exp"));
    }
    for (const char* adverb : {"일찍", "늦게", "조용히", "함께", "먼저", "다음에", "또", "다", "많이", "왜", "어떻게"}) {
        const lexicon::Entry* e = lexicon::find(adverb);
        REQUIRE(e != nullptr);
        CHECK(e->pos == lexicon::Pos::adverb);
    }
}

#include "assemble.hpp"

TEST_CASE("lexicon: the frames give the particles of the sentences children make") {
    struct Row {
        std::vector<std::string> cards;
        const char* expected;
    };
    const Row rows[] = {
        {{"피", "나다"}, "피가 나요"},
        {{"나", "열", "나다"}, "나는 열이 나요"},
        {{"꽃", "피다"}, "꽃이 피어요"},
        {{"해", "뜨다"}, "해가 떠요"},
        {{"눈", "뜨다"}, "눈을 떠요"},
        {{"주사", "맞다"}, "주사를 맞아요"},
        {{"밖", "나가다"}, "밖에 나가요"},
        {{"방", "들어가다"}, "방에 들어가요"},
        {{"휴대폰", "사진", "찍다"}, "휴대폰으로 사진을 찍어요"},
        {{"나", "친구", "문자", "보내다"}, "나는 친구한테 문자를 보내요"},
        {{"선생님", "물어보다"}, "선생님한테 물어봐요"},
        {{"의사", "되다", "싶다"}, "의사가 되고 싶어요"},
        {{"팽이", "돌다"}, "팽이가 돌아요"},
        {{"놀이터", "넘어지다"}, "놀이터에서 넘어졌어요"},
        {{"손", "다치다"}, "손을 다쳤어요"},
        {{"영어", "말하다"}, "영어로 말해요"},
        {{"칼", "사과", "자르다"}, "칼로 사과를 잘라요"},
        {{"나", "목마르다"}, "나는 목말라요"},
        {{"쉬", "마렵다"}, "쉬가 마려워요"},
        {{"감기", "걸리다"}, "감기에 걸려요"},
        {{"엄마", "찾다"}, "엄마를 찾아요"},
        {{"엄마", "안다"}, "엄마를 안아요"},
        {{"고양이", "보다"}, "고양이를 봐요"},
        {{"티비", "만화", "보다"}, "티비로 만화를 봐요"},
        {{"휴지", "코", "닦다"}, "휴지로 코를 닦아요"},
        {{"창문", "닦다"}, "창문을 닦아요"},
        {{"가방", "책", "넣다"}, "가방에 책을 넣어요"},
        {{"버스", "내리다"}, "버스에서 내려요"},
        {{"나", "엄마", "선물", "받다"}, "나는 엄마한테 선물을 받아요"},
        {{"친구", "싸우다"}, "친구랑 싸워요"},
        {{"나", "동생", "화나다"}, "나는 동생한테 화나요"},
        {{"엄마", "고맙다"}, "엄마한테 고마워요"},
        {{"강아지", "밥", "먹이다"}, "강아지한테 밥을 먹여요"},
        {{"책", "읽어주다"}, "책을 읽어주세요"},
        {{"엄마", "안아주다"}, "엄마, 안아주세요"},
        {{"낮잠", "자다"}, "낮잠을 자요"},
        {{"소풍", "가다"}, "소풍을 가요"},
        {{"천둥", "치다"}, "천둥이 쳐요"},
        {{"주말", "좋다"}, "주말이 좋아요"},
        {{"지난주", "병원", "가다"}, "지난주에 병원에 갔어요"},
        {{"사과", "하나", "주다"}, "사과 하나 주세요"},
        {{"나", "다섯", "살", "이다"}, "나는 다섯 살이에요"},
        {{"누가", "오다", "?"}, "누가 와요?"},
    };
    for (const auto& row : rows) {
        std::string cards;
        std::vector<Card> input;
        for (const auto& label : row.cards) {
            cards += (cards.empty() ? "" : " ") + label;
            input.push_back(Card{label, "", ""});
        }
        CAPTURE(cards);
        const auto c = complete(input);
        REQUIRE(c.ok());
        CHECK(c->rendered.sentence == row.expected);
    }
}
