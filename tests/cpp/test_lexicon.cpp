// The built-in lexicon: a clean table, big enough, and every verb in it conjugates.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "assemble.hpp"
#include "conjugate.hpp"
#include "hangul.hpp"
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

// The sentence the rules make of cards that carry nothing but their labels.
std::string sentence_of(const std::vector<std::string>& labels) {
    std::vector<Card> input;
    for (const auto& label : labels) input.push_back(Card{label, "", ""});
    const auto c = complete(input);
    REQUIRE(c.ok());
    return c->rendered.sentence;
}

std::string joined(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += (out.empty() ? "" : " ") + l;
    return out;
}

struct SentenceRow {
    std::vector<std::string> cards;
    const char* expected;
};

void check_sentences(const std::vector<SentenceRow>& rows) {
    for (const auto& row : rows) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        CHECK(sentence_of(row.cards) == row.expected);
    }
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
        const std::string lemma(e.lemma);
        CAPTURE(lemma);
        CHECK(conjugate::conjugate(e.lemma, conjugate::Form::polite_present).ok());
    }
}

TEST_CASE("lexicon: a sense a row names is one of the stem table's senses of that verb") {
    int named = 0;
    for (const auto& e : lexicon::entries()) {
        if (e.sense.empty()) continue;
        ++named;
        const std::string lemma(e.lemma);
        CAPTURE(lemma);
        const auto senses = conjugate::senses(e.lemma);
        CHECK(std::find(senses.begin(), senses.end(), std::string(e.sense)) != senses.end());
    }
    CHECK(named >= 1);
    CHECK(std::string(lexicon::find("묻다")->sense) == "stick");
}

TEST_CASE("lexicon: what the rule engine relies on") {
    struct Row {
        const char* lemma;
        lexicon::Pos pos;
        const char* noun_class;  // "" for none
        const char* flag;        // "" for none
    };
    const Row rows[] = {
        {"사과", lexicon::Pos::noun, "food", ""},
        {"물", lexicon::Pos::noun, "drink", ""},
        {"학교", lexicon::Pos::noun, "place", ""},
        {"엄마", lexicon::Pos::noun, "person", ""},
        {"배", lexicon::Pos::noun, "body", ""},
        {"버스", lexicon::Pos::noun, "vehicle", ""},
        {"숟가락", lexicon::Pos::noun, "tool", ""},
        {"공", lexicon::Pos::noun, "toy", ""},
        {"나", lexicon::Pos::pronoun, "person", "topic"},
        {"저", lexicon::Pos::pronoun, "person", "topic"},
        {"어제", lexicon::Pos::noun, "time", "past"},
        {"오늘", lexicon::Pos::noun, "time", "bare"},
        {"주다", lexicon::Pos::verb, "", "request"},
        {"도와주다", lexicon::Pos::verb, "", "request"},
        {"싶다", lexicon::Pos::grammar, "", "want"},
        {"안", lexicon::Pos::grammar, "", "negative"},
        {"?", lexicon::Pos::grammar, "", "question"},
        {"이다", lexicon::Pos::verb, "", "copula"},
        {"있다", lexicon::Pos::verb, "", "exp"},
    };
    for (const auto& row : rows) {
        const std::string lemma = row.lemma;
        CAPTURE(lemma);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        CHECK(e->pos == row.pos);
        if (*row.noun_class) CHECK(e->is_a(row.noun_class));
        if (*row.flag) {
            const auto flag = lexicon::parse_flag(row.flag);
            REQUIRE(flag.has_value());
            CHECK(e->has(*flag));
        }
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
        {"먹다", lexicon::Role::instrument, "dish"}, {"앉다", lexicon::Role::at, "furniture"},
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
        {"나다", lexicon::Role::subject, "body"},           // 피가 나요, 열이 나요
        {"피다", lexicon::Role::subject, "nature"},         // 꽃이 피어요
        {"뜨다", lexicon::Role::object, "body"},            // 눈을 떠요
        {"뜨다", lexicon::Role::subject, "nature"},         // 해가 떠요
        {"맞다", lexicon::Role::object, "thing"},           // 주사를 맞아요
        {"나가다", lexicon::Role::destination, "place"},    // 밖에 나가요
        {"들어가다", lexicon::Role::destination, "place"},  // 방에 들어가요
        {"찍다", lexicon::Role::object, "media"},           // 사진을 찍어요
        {"찍다", lexicon::Role::instrument, "tool"},        // 휴대폰으로 찍어요
        {"보내다", lexicon::Role::recipient, "person"},     // 친구한테 문자를 보내요
        {"물어보다", lexicon::Role::recipient, "person"},   // 선생님한테 물어봐요
        {"되다", lexicon::Role::complement, "person"},      // 의사가 돼요
        {"넘어지다", lexicon::Role::place, "place"},        // 놀이터에서 넘어져요
        {"다치다", lexicon::Role::object, "body"},          // 손을 다쳐요
        {"검색하다", lexicon::Role::instrument, "tool"},    // 휴대폰으로 검색해요
        {"말하다", lexicon::Role::recipient, "person"},     // 선생님한테 말해요
        {"자르다", lexicon::Role::instrument, "tool"},      // 칼로 잘라요
        {"목마르다", lexicon::Role::subject, "person"},
        {"배부르다", lexicon::Role::subject, "person"},
        {"마렵다", lexicon::Role::subject, "body"},  // 쉬가 마려워요
        {"걸리다", lexicon::Role::at, "body"},       // 감기에 걸려요
    };
    for (const auto& row : frames) {
        const std::string verb = row.verb;
        CAPTURE(verb);
        CHECK(frame_names(row.verb, row.role, row.noun_class));
    }
    // A person is the object of these before it is the subject (엄마를 찾아요, 엄마를 안아요).
    for (const char* verb :
         {"만나다", "기다리다", "좋아하다", "찾다", "안다", "때리다", "깨우다"}) {
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
        {"피", "symptom", ""},      {"열", "symptom", ""},    {"쉬", "body", ""},
        {"칼", "tool", ""},         {"카메라", "tool", ""},   {"휴대폰", "tool", ""},
        {"문자", "media", ""},      {"배", "vehicle", ""},    {"차", "drink", ""},
        {"아침", "food", "at"},     {"언제", "time", "bare"}, {"누가", "person", "bare"},
        {"지난주", "time", "past"}, {"방금", "time", "past"}, {"월요일", "time", "at"},
        {"하나", "", "bare"},
    };
    for (const auto& row : nouns) {
        const std::string lemma = row.lemma;
        CAPTURE(lemma);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        if (*row.noun_class) CHECK(e->is_a(row.noun_class));
        if (*row.flag) {
            const auto flag = lexicon::parse_flag(row.flag);
            REQUIRE(flag.has_value());
            CHECK(e->has(*flag));
        }
    }
    // A topic 나 is not the subject of what happens to the body: 나는 피가 나요.
    for (const char* verb : {"나다", "나오다", "부러지다"}) {
        const lexicon::Entry* e = lexicon::find(verb);
        REQUIRE(e != nullptr);
        CHECK(e->has(Flag::exp));
    }
    for (const char* adverb :
         {"일찍", "늦게", "조용히", "함께", "먼저", "다음에", "또", "다", "많이", "왜", "어떻게"}) {
        const lexicon::Entry* e = lexicon::find(adverb);
        REQUIRE(e != nullptr);
        CHECK(e->pos == lexicon::Pos::adverb);
    }
}

TEST_CASE("lexicon: the frames give the particles of the sentences children make") {
    check_sentences({
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
        {{"감기", "걸리다"}, "감기에 걸렸어요"},  // catching a cold is told after the fact
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
        {{"나", "동생", "화나다"}, "나는 동생한테 화났어요"},  // being angry is said in the past
        {{"친구", "고맙다"}, "친구한테 고마워요"},  // (엄마 고맙다 is said to her: 엄마, 고마워요)
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
    });
}

// ---- breadth: issue 10, item 11 --------------------------------------------------------------

TEST_CASE("lexicon: at least 2,100 words from AAC core and fringe boards") {
    CHECK(lexicon::entries().size() >= 2100);
    const auto counts = lexicon::counts();
    struct Row {
        const char* key;
        std::size_t at_least;
    };
    const Row rows[] = {
        {"pos:noun", 1400},      {"pos:verb", 450},        {"pos:adjective", 190},
        {"pos:adverb", 140},     {"pos:interjection", 60}, {"class:food", 250},
        {"class:place", 180},    {"class:person", 150},    {"class:animal", 110},
        {"class:activity", 140}, {"class:body", 100},      {"class:time", 90},
    };
    for (const auto& row : rows) {
        const std::string key = row.key;
        CAPTURE(key);
        const auto it = counts.find(key);
        REQUIRE(it != counts.end());
        CHECK(it->second >= row.at_least);
    }
}

TEST_CASE("lexicon: the everyday words a child taps are there, with their classes") {
    struct Row {
        const char* lemma;
        const char* noun_class;
    };
    const Row rows[] = {
        {"바나나", "food"},
        {"망고", "food"},
        {"파인애플", "food"},
        {"떡국", "food"},
        {"붕어빵", "food"},
        {"팝콘", "food"},
        {"음료수", "drink"},
        {"미숫가루", "drink"},
        {"보건실", "place"},
        {"급식실", "place"},
        {"놀이동산", "place"},
        {"소아과", "place"},
        {"팔꿈치", "body"},
        {"배탈", "body"},
        {"휠체어", "vehicle"},
        {"회전목마", "vehicle"},
        {"레고", "toy"},
        {"리코더", "toy"},
        {"가위바위보", "activity"},
        {"받아쓰기", "activity"},
        {"민들레", "nature"},
        {"소나기", "nature"},
        {"실내화", "clothing"},
        {"사물함", "furniture"},
        {"지우개", "tool"},
        {"물총", "toy"},
        {"어린이날", "time"},
        {"하늘색", "color"},
        {"고무", "material"},
        {"고슴도치", "animal"},
        {"공룡", "animal"},
        {"짝꿍", "person"},
        // characters children love are things to watch (뽀로로 보고 싶어요)
        {"뽀로로", "media"},
        {"핑크퐁", "media"},
        {"아기상어", "media"},
        {"엘사", "media"},
    };
    for (const auto& row : rows) {
        const std::string lemma = row.lemma;
        CAPTURE(lemma);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        CHECK(e->is_a(row.noun_class));
    }
}

TEST_CASE("lexicon: the flags the engine reads, one word each") {
    struct Row {
        const char* lemma;
        const char* flag;
    };
    const Row rows[] = {
        // spoken of with honorifics
        {"할머니", "elder"},
        {"어머니", "elder"},
        {"아버지", "elder"},
        {"외할머니", "elder"},
        {"부모님", "elder"},
        {"원장님", "elder"},
        {"교장 선생님", "elder"},
        {"이분", "elder"},
        // lives with the child
        {"어머니", "household"},
        {"남동생", "household"},
        {"저희", "household"},
        // what someone is
        {"의사", "status"},
        {"경찰", "status"},
        {"운동선수", "status"},
        {"막내", "status"},
        // counted after a number, and numbers
        {"시간", "counter"},
        {"초", "counter"},
        {"그루", "counter"},
        {"번째", "counter"},
        {"벌", "counter"},
        {"열", "number"},
        {"열", "native"},
        {"스물", "native"},
        {"아흔", "native"},
        {"스무", "number"},
        // a place someone else owns
        {"집", "home"},
        {"아파트", "home"},
        // dictionary compounds a child may tap apart
        {"축구공", "compound"},
        {"색종이", "compound"},
        {"눈썰매", "compound"},
        {"기차역", "compound"},
        {"물총", "compound"},
        {"유리컵", "compound"},
        {"눈싸움", "compound"},
        {"손바닥", "compound"},
        // time words
        {"종일", "bare"},
        {"그제", "bare"},
        {"그제", "past"},
        {"어린이날", "at"},
        {"옛날", "at"},
        {"옛날", "past"},
        {"지난달", "past"},
        // question words and determiners
        {"어떤", "wh"},
        {"어떤", "det"},
        {"다른", "det"},
        // verbs and adjectives
        {"잃어버리다", "report"},
        {"떨어뜨리다", "report"},
        {"깨뜨리다", "report"},
        {"놓치다", "report"},
        {"혼나다", "report"},
        {"꼬집다", "agent"},
        {"밀다", "agent"},
        {"때리다", "agent"},
        {"놀리다", "agent"},
        {"물다", "agent"},
        {"깨물다", "agent"},
        {"괴롭히다", "agent"},
        {"다녀오다", "motion"},
        {"들르다", "motion"},
        {"춥다", "feeling"},
        {"배고프다", "feeling"},
        {"고프다", "feeling"},
        {"메스껍다", "feeling"},
        {"그립다", "exp"},
        {"빠지다", "exp"},
        {"밀어주다", "request"},
        {"돌려주다", "request"},
        {"엎드리다", "seo"},
        {"그러면", "connective"},
    };
    for (const auto& row : rows) {
        const std::string lemma = row.lemma;
        const std::string flag = row.flag;
        CAPTURE(lemma);
        CAPTURE(flag);
        const lexicon::Entry* e = lexicon::find(row.lemma);
        REQUIRE(e != nullptr);
        const auto parsed = lexicon::parse_flag(row.flag);
        REQUIRE(parsed.has_value());
        CHECK(e->has(*parsed));
    }
}

TEST_CASE("lexicon: a noun's own verb where its class's is wrong") {
    struct Row {
        const char* noun;
        const char* verb;
    };
    const Row rows[] = {
        {"그네", "타다"},   {"노래", "듣다"},   {"피아노", "치다"},   {"책", "읽다"},
        {"모자", "쓰다"},   {"안경", "쓰다"},   {"양말", "신다"},     {"신발", "신다"},
        {"장갑", "끼다"},   {"반지", "끼다"},   {"넥타이", "매다"},   {"춤", "추다"},
        {"잠", "자다"},     {"꿈", "꾸다"},     {"주사", "맞다"},     {"우산", "쓰다"},
        {"바둑", "두다"},   {"리코더", "불다"}, {"바이올린", "켜다"}, {"연", "날리다"},
        {"스키", "타다"},   {"문", "열다"},     {"소풍", "가다"},     {"베개", "베다"},
        {"이야기", "듣다"},
    };
    for (const auto& row : rows) {
        const std::string noun = row.noun;
        CAPTURE(noun);
        const lexicon::Entry* e = lexicon::find(row.noun);
        REQUIRE(e != nullptr);
        CHECK(e->verb == row.verb);
    }
}

TEST_CASE("lexicon: every noun's own verb is a verb the lexicon lists") {
    for (const auto& e : lexicon::entries()) {
        if (e.verb.empty()) continue;
        const std::string lemma(e.lemma);
        const std::string verb(e.verb);
        CAPTURE(lemma);
        CAPTURE(verb);
        const lexicon::Entry* v = lexicon::find(e.verb);
        REQUIRE(v != nullptr);
        if (e.pos == lexicon::Pos::adverb && v->pos == lexicon::Pos::adjective) {
            // an adverb of how much says its adjective (많이 → 많다), on both engines' reading
            CHECK(conjugate::is_adjective(e.verb));
            continue;
        }
        CHECK(v->pos == lexicon::Pos::verb);
        // and the conjugation engine reads it as a verb too (싸다 is first 'cheap', so 똥 takes
        // 누다); 있다, which one has an allergy with, is read as a state by both
        if (verb != "있다") CHECK_FALSE(conjugate::is_adjective(e.verb));
    }
}

TEST_CASE("lexicon: every compound splits into two cards the lexicon knows") {
    // 축구공 is 축구 + 공: the child may tap the two, and the engine writes them as one word; so is
    // 만둣국 만두 + 국, with 사이시옷.
    const auto without_siot = [](std::string first) {
        std::size_t end = first.size();
        const auto last = hangul::decompose(hangul::previous(first, end));
        if (!last || last->final != hangul::final::s) return std::string();
        first.resize(end);
        hangul::append_utf8(first, hangul::compose({last->initial, last->medial, 0}));
        return first;
    };
    for (const auto& e : lexicon::entries()) {
        if (!e.has(Flag::compound)) continue;
        const std::string lemma(e.lemma);
        CAPTURE(lemma);
        bool splits = false;
        for (std::size_t cut = 3; cut < lemma.size() && !splits;
             cut += 3) {  // Hangul syllables are 3 bytes
            const std::string second = lemma.substr(cut);
            for (const std::string& first :
                 {lemma.substr(0, cut), without_siot(lemma.substr(0, cut))}) {
                splits =
                    splits || (!first.empty() && lexicon::find(first) && lexicon::find(second) &&
                               lexicon::compound(first, second).entry == &e);
            }
        }
        CHECK(splits);
    }
}

TEST_CASE("lexicon: no card label hides a verb's polite form") {
    // A board may label a verb in its polite form (타요, 싫어요): the lexicon must not read that
    // label as a noun or a set phrase (타요 the bus would turn 버스 타요 into two nouns). 고마워요,
    // 미안해요, 감사해요 and 죄송해요 are set phrases whose verb reading says the same.
    std::set<std::string> polite;
    for (const auto& e : lexicon::entries()) {
        if (e.pos != lexicon::Pos::verb && e.pos != lexicon::Pos::adjective) continue;
        if (auto c = conjugate::conjugate(e.lemma, conjugate::Form::polite_present))
            polite.insert(c->text);
    }
    const std::set<std::string> set_phrases = {"고마워요", "미안해요", "감사해요", "죄송해요"};
    for (const auto& e : lexicon::entries()) {
        if (e.pos == lexicon::Pos::verb || e.pos == lexicon::Pos::adjective) continue;
        const std::string lemma(e.lemma);
        CAPTURE(lemma);
        CHECK((polite.count(lemma) == 0 || set_phrases.count(lemma) == 1));
    }
    check_sentences({
        {{"싫어요"}, "싫어요"},
        {{"사과", "싫어요"}, "사과가 싫어요"},
        {{"버스", "타요"}, "버스를 타요"},
    });
}

TEST_CASE("lexicon: homographs are told apart by the class of the noun") {
    check_sentences({
        // 타다: a vehicle is ridden, food burns
        {{"버스", "타다"}, "버스를 타요"},
        {{"빵", "타다"}, "빵이 타요"},
        {{"고기", "타다"}, "고기가 타요"},
        {{"그네", "타다"}, "그네를 타요"},
        // 쓰다: written with a tool, worn on the head, bitter
        {{"연필", "편지", "쓰다"}, "연필로 편지를 써요"},
        {{"모자", "쓰다"}, "모자를 써요"},
        {{"약", "쓰다"}, "약이 써요"},
        // 차다: kicked with the foot, cold
        {{"공", "차다"}, "공을 차요"},
        {{"발", "공", "차다"}, "발로 공을 차요"},
        {{"물", "차다"}, "물이 차요"},
        {{"바람", "차다"}, "바람이 차요"},
        // 붓다: poured, swollen
        {{"컵", "물", "붓다"}, "컵에 물을 부어요"},
        {{"눈", "붓다"}, "눈이 부어요"},
        // 울리다: made to cry, ringing
        {{"동생", "울리다"}, "동생을 울려요"},
        {{"전화", "울리다"}, "전화가 울려요"},
        // 개다: folded, clearing up
        {{"옷", "개다"}, "옷을 개요"},
        {{"날씨", "개다"}, "날씨가 개요"},
        // 끼다: worn on the hands, settling in
        {{"장갑", "끼다"}, "장갑을 껴요"},
        {{"안개", "끼다"}, "안개가 껴요"},
        // 열: a fever, and ten
        {{"열", "나다"}, "열이 나요"},
        {{"나", "열", "살", "이다"}, "나는 열 살이에요"},
    });
}

TEST_CASE("lexicon: the flags in the sentences children make") {
    check_sentences({
        // elder: the verb takes -(으)시-
        {{"할머니", "오다"}, "할머니가 오세요"},
        {{"어머니", "오다"}, "어머니가 오세요"},
        {{"교장 선생님", "오다"}, "교장 선생님이 오세요"},
        {{"외할머니", "오다"}, "외할머니가 오세요"},
        // status: a person before it is its topic
        {{"아빠", "경찰"}, "아빠는 경찰이에요"},
        {{"나", "막내", "이다"}, "나는 막내예요"},
        // home: someone else's
        {{"할머니", "아파트", "가다"}, "할머니 아파트에 가요"},
        // counters and native numerals
        {{"2", "시간", "걸리다"}, "2시간 걸려요"},
        {{"10", "초", "기다리다"}, "10초 기다려요"},
        {{"언니", "스물", "살", "이다"}, "언니는 스무 살이에요"},
        {{"사과", "한", "입", "주다"}, "사과 한 입 주세요"},
        // compounds
        {{"색", "종이", "주다"}, "색종이 주세요"},
        {{"눈", "싸움", "하다"}, "눈싸움을 해요"},
        {{"기차", "역", "가다"}, "기차역에 가요"},
        {{"유리", "컵", "주다"}, "유리컵 주세요"},
        // time words
        {{"옛날", "살다"}, "옛날에 살았어요"},
        {{"지난달", "여행", "가다"}, "지난달에 여행을 갔어요"},
        {{"어린이날", "놀이공원", "가다"}, "어린이날에 놀이공원에 가요"},
        // the noun's own verb
        {{"모자", "싶다"}, "모자 쓰고 싶어요"},
        {{"양말", "싶다"}, "양말 신고 싶어요"},
        {{"뽀로로", "싶다"}, "뽀로로 보고 싶어요"},
        {{"춤", "싶다"}, "춤추고 싶어요"},  // 춤추다 is one verb (표준국어대사전): not 춤 추고
        {{"주사", "싶다"}, "주사 맞고 싶어요"},
        // report: told after the fact
        {{"장난감", "깨뜨리다"}, "장난감을 깨뜨렸어요"},
        {{"버스", "놓치다"}, "버스를 놓쳤어요"},
        {{"이", "빠지다"}, "이가 빠졌어요"},
        {{"모기", "물리다"}, "모기한테 물렸어요"},
        {{"엄마", "혼나다"}, "엄마한테 혼났어요"},
        // agent: one person alone is who does it
        {{"동생", "깨물다"}, "동생이 깨물어요"},
        {{"동생", "괴롭히다"}, "동생이 괴롭혀요"},
        // exp and feeling
        {{"나", "엄마", "그립다"}, "나는 엄마가 그리워요"},
        {{"배", "고프다"}, "배가 고파요"},
        {{"고프다", "밥", "먹다"}, "고파서 밥을 먹어요"},
        // requests
        {{"그네", "밀어주다"}, "그네를 밀어주세요"},
        {{"노래", "틀어주다"}, "노래를 틀어주세요"},
        {{"학교", "데려다주다"}, "학교에 데려다주세요"},
        // adverbs and determiners
        {{"이리", "오다"}, "이리 와요"},
        {{"저리", "가다"}, "저리 가요"},
        {{"밥", "골고루", "먹다"}, "밥을 골고루 먹어요"},
        {{"다른", "책", "주다"}, "다른 책 주세요"},
        {{"어떤", "색", "좋아하다"}, "어떤 색을 좋아해요?"},
        // set phrases stand as they are
        {{"안녕히 주무세요"}, "안녕히 주무세요"},
        {{"다녀오겠습니다"}, "다녀오겠습니다"},
    });
}
