// Particles: which member of a pair follows a word, compounds, pronoun fusion, corrections.
#include <doctest/doctest.h>

#include <string>

#include "particle.hpp"

using namespace malmoi;

namespace {

struct Row {
    const char* word;
    const char* particle;
    const char* expected;
};

// One row per fact: the word, the particle as asked, the word with the particle attached.
const Row kRows[] = {
    // 을/를: 을 after any final consonant, 를 after a vowel.
    {"사과", "을/를", "사과를"},
    {"밥", "을/를", "밥을"},
    {"물", "을/를", "물을"},
    {"우유", "을/를", "우유를"},
    {"빵", "을/를", "빵을"},
    {"닭", "을/를", "닭을"},
    {"책", "를/을", "책을"},
    {"주스", "을(를)", "주스를"},
    {"김치", "를(을)", "김치를"},
    // 이/가
    {"배", "이/가", "배가"},
    {"머리", "이/가", "머리가"},
    {"손", "이/가", "손이"},
    {"발", "이/가", "발이"},
    {"눈", "이/가", "눈이"},
    {"버스", "이/가", "버스가"},
    {"흙", "이/가", "흙이"},
    {"값", "이/가", "값이"},
    // 은/는
    {"나무", "은/는", "나무는"},
    {"사람", "은/는", "사람은"},
    {"물", "은/는", "물은"},
    {"학교", "은/는", "학교는"},
    // 과/와
    {"친구", "와/과", "친구와"},
    {"동생", "과/와", "동생과"},
    {"말", "와/과", "말과"},
    {"엄마", "과", "엄마와"},
    // (으)로: ㄹ takes 로 like a vowel; every other final takes 으로, double finals included.
    {"버스", "으로/로", "버스로"},
    {"연필", "으로/로", "연필로"},
    {"지하철", "(으)로", "지하철로"},
    {"숟가락", "으로/로", "숟가락으로"},
    {"젓가락", "(으)로", "젓가락으로"},
    {"손", "로", "손으로"},
    {"닭", "으로/로", "닭으로"},
    {"흙", "으로/로", "흙으로"},
    {"값", "으로/로", "값으로"},
    {"삶", "으로", "삶으로"},
    {"집", "으로", "집으로"},
    {"학교", "으로", "학교로"},
    {"칼", "으로", "칼로"},
    {"물", "(으)로", "물로"},
    // The other (으)로 family members behave the same.
    {"학생", "으로서/로서", "학생으로서"},
    {"친구", "으로서/로서", "친구로서"},
    {"선생님", "로서", "선생님으로서"},
    {"교사", "으로서", "교사로서"},
    {"연필", "으로써/로써", "연필로써"},
    {"대화", "으로써", "대화로써"},
    {"돈", "로써", "돈으로써"},
    {"엄마", "으로부터/로부터", "엄마로부터"},
    {"선생님", "로부터", "선생님으로부터"},
    {"하늘", "으로부터", "하늘로부터"},
    // 이랑/랑
    {"친구", "이랑/랑", "친구랑"},
    {"동생", "랑", "동생이랑"},
    {"곰", "이랑", "곰이랑"},
    {"아빠", "이랑", "아빠랑"},
    {"강아지", "(이)랑", "강아지랑"},
    // 아/야 (calling someone)
    {"민준", "아/야", "민준아"},
    {"민수", "아/야", "민수야"},
    {"지율", "야", "지율아"},
    // 이에요/예요 and 이었어요/였어요 (the copula after a noun)
    {"친구", "이에요/예요", "친구예요"},
    {"학생", "이에요/예요", "학생이에요"},
    {"사과", "이에요", "사과예요"},
    {"물", "예요", "물이에요"},
    {"의사", "이세요/세요", "의사세요"},  // the copula of an honoured subject
    {"선생님", "이세요/세요", "선생님이세요"},
    {"의사", "이셨어요/셨어요", "의사셨어요"},
    {"친구", "이었어요/였어요", "친구였어요"},
    {"학생", "였어요", "학생이었어요"},
    // The rest of the vowel/consonant pairs.
    {"책", "이나/나", "책이나"},
    {"우유", "이나/나", "우유나"},
    {"책", "이라/라", "책이라"},
    {"사과", "이라", "사과라"},
    {"사랑", "이란/란", "사랑이란"},
    {"친구", "이란", "친구란"},
    {"책", "이야/야", "책이야"},
    {"사과", "이야", "사과야"},
    {"꽃", "이며/며", "꽃이며"},
    {"나무", "이며", "나무며"},
    {"밥", "이든지/든지", "밥이든지"},
    {"빵", "든지", "빵이든지"},
    {"우유", "이든지", "우유든지"},
    {"무엇", "이든", "무엇이든"},
    {"뭐", "이든", "뭐든"},
    {"물", "이라도", "물이라도"},
    {"우유", "라도", "우유라도"},
    {"주님", "이시여", "주님이시여"},
    {"친구", "여", "친구여"},
    {"너", "이야말로", "너야말로"},
    // Particles that never change attach as they are.
    {"학교", "에", "학교에"},
    {"집", "에", "집에"},
    {"학교", "에서", "학교에서"},
    {"집", "에서", "집에서"},
    {"사과", "도", "사과도"},
    {"밥", "도", "밥도"},
    {"물", "만", "물만"},
    {"엄마", "하고", "엄마하고"},
    {"선생님", "하고", "선생님하고"},
    {"친구", "의", "친구의"},
    {"동생", "에게", "동생에게"},
    {"엄마", "한테", "엄마한테"},
    {"밤", "까지", "밤까지"},
    {"아침", "부터", "아침부터"},
    {"할머니", "께", "할머니께"},
    {"할아버지", "께서", "할아버지께서"},
    {"사과", "보다", "사과보다"},
    {"꽃", "처럼", "꽃처럼"},
    {"사과", "요", "사과요"},
    // Compounds: each piece follows the piece before it.
    {"학교", "에서는", "학교에서는"},
    {"집", "에서은", "집에서는"},
    {"학교", "에는", "학교에는"},
    {"친구", "하고도", "친구하고도"},
    {"물", "만을", "물만을"},
    {"사과", "까지도", "사과까지도"},
    {"연필", "으로는", "연필로는"},
    {"숟가락", "로는", "숟가락으로는"},
    {"버스", "로도", "버스로도"},
    {"친구", "와는", "친구와는"},
    {"동생", "와도", "동생과도"},
    {"곰", "랑은", "곰이랑은"},
    {"엄마", "에게서", "엄마에게서"},
    {"아침", "부터는", "아침부터는"},
    // Pronoun fusion with 이/가.
    {"나", "이/가", "내가"},
    {"너", "이/가", "네가"},
    {"저", "이/가", "제가"},
    {"누구", "이/가", "누가"},
    {"나", "가", "내가"},
    {"저", "이", "제가"},
    {"나", "는", "나는"},
    {"저", "을/를", "저를"},
    {"나", "도", "나도"},
    {"나무", "가", "나무가"},  // only the pronoun itself fuses
    // 이거/그거/저거 (이것, 그것, 저것 as spoken) fuse with 이/가, 을/를 and 은/는.
    {"이거", "이/가", "이게"},
    {"그거", "가", "그게"},
    {"저거", "이/가", "저게"},
    {"이거", "을/를", "이걸"},
    {"그거", "를", "그걸"},
    {"저거", "을", "저걸"},
    {"이거", "은/는", "이건"},
    {"그거", "는", "그건"},
    {"저거", "은/는", "저건"},
    {"이거", "도", "이거도"},  // no fusion with other particles
    // so does 거 (것), the thing someone has: 내 게, 친구 걸, 동생 건
    {"거", "이/가", "게"},
    {"거", "을/를", "걸"},
    {"거", "은/는", "건"},
    {"거", "도", "거도"},
    {"거", "예요", "거예요"},
    {"이거", "랑", "이거랑"},
    {"이것", "을/를", "이것을"},  // the written form keeps the full particle
    // A child's wrong member is corrected.
    {"물", "를", "물을"},
    {"사과", "을", "사과를"},
    {"밥", "가", "밥이"},
    {"우유", "이", "우유가"},
    {"책", "는", "책은"},
    {"사과", "은", "사과는"},
    {"연필", "으로", "연필로"},
    // Words that do not end in a Hangul syllable take the particle of how they are read.
    {"1", "을/를", "1을"},
    {"2", "을/를", "2를"},
    {"3", "이/가", "3이"},
    {"6", "이/가", "6이"},
    {"10", "은/는", "10은"},
    {"100", "을/를", "100을"},
    {"1000", "이/가", "1000이"},
    {"10000", "을/를", "10000을"},
    {"112", "에", "112에"},
    {"112", "이/가", "112가"},
    {"1,000", "을/를", "1,000을"},
    {"3.5", "을/를", "3.5를"},
    {"7", "(으)로", "7로"},
    {"3", "(으)로", "3으로"},
    {"5", "(으)로", "5로"},
    {"TV", "이/가", "TV가"},
    {"TV", "을/를", "TV를"},
    {"URL", "을/를", "URL을"},
    {"QR", "(으)로", "QR로"},
    {"PC", "으로/로", "PC로"},
    {"ATM", "으로/로", "ATM으로"},
    {"Google", "을/를", "Google을"},
    {"Google", "(으)로", "Google로"},
    {"iPhone", "이/가", "iPhone이"},
    {"Zoom", "으로/로", "Zoom으로"},
    {"YouTube", "을/를", "YouTube를"},
    {"5kg", "이/가", "5kg이"},
    {"3km", "을/를", "3km를"},
    {"50%", "이/가", "50%가"},
    {"10cm", "(으)로", "10cm로"},
    {"MP3", "을/를", "MP3를"},
    {"빵(bread)", "을/를", "빵(bread)을"},
    {"사과(apple)", "을/를", "사과(apple)를"},
    {"“책”", "을/를", "“책”을"},
    {"\"물\"", "(으)로", "\"물\"로"},
    {"‘사과’", "이/가", "‘사과’가"},
    {"ㄱ", "이/가", "ㄱ이"},
    {"ㄹ", "(으)로", "ㄹ로"},
    {"ㅁ", "(으)로", "ㅁ으로"},
    {"ㅏ", "을/를", "ㅏ를"},
    // Spaces around the word or the particle are not part of either.
    {"사과", " 을/를 ", "사과를"},
    {"학교", "에서 ", "학교에서"},
    {" 사과 ", "을/를", "사과를"},
    {"사과", "을 / 를", "사과를"},
    {"연필", " (으)로", "연필로"},
    // English words read in their established Korean spelling (issue 11).
    {"street", "이/가", "street가"},
    {"check", "을/를", "check를"},
    {"diet", "을/를", "diet를"},
    {"hit", "이/가", "hit가"},
    {"magic", "을/를", "magic을"},
    {"comb", "으로/로", "comb으로"},
    {"me", "을/를", "me를"},
    {"he", "은/는", "he는"},
    {"meet", "을/를", "meet를"},
    {"robot", "이/가", "robot이"},
    {"Google", "(으)로", "Google로"},
    {"notebook", "을/를", "notebook을"},
    // Dotted acronyms by their letters; quoted punctuation and a trailing ! or ? looked past.
    {"A.I.", "이/가", "A.I.가"},
    {"U.S.A.", "을/를", "U.S.A.를"},
    {"e.g.", "이/가", "e.g.가"},
    {"a.m.", "은/는", "a.m.은"},
    {"\"안녕?\"", "이라고", "\"안녕?\"이라고"},
    {"'OK!'", "을/를", "'OK!'를"},
    {"안녕!", "이/가", "안녕!이"},
    {"TV?", "을/를", "TV?를"},
    {"“책…”", "을/를", "“책…”을"},
    // Decomposed (NFD) input comes back composed (NFC), word and particle alike.
    {"\u1106\u116e\u11af", "을/를", "물을"},
    {"\u1109\u1161\u1100\u116a", "\u1105\u1173\u11af", "사과를"},
    {"\u1102\u1161", "\u1100\u1161", "내가"},
    {"cafe\u0301", "이/가", "café가"},
    {"\u1112\u1161\u11a8\u1100\u116d", "\u110b\u1166\u1109\u1165\u1102\u1173\u11ab", "학교에서는"},
};

struct ErrorRow {
    const char* word;
    const char* particle;
    const char* code;
};

const ErrorRow kErrors[] = {
    {"", "을/를", "empty_word"},
    {"  ", "을/를", "empty_word"},
    {"사과", "", "empty_particle"},
    {"사과", "  ", "empty_particle"},
    {"사과", "엉", "unknown_particle"},
    {"사과", "을/가", "unknown_particle"},  // members of two different pairs
    {"사과", "이가", "unknown_particle"},   // 이/가 cannot be followed by another particle
    {"사과", "를는", "unknown_particle"},
    {"사과", "에/에서", "unknown_particle"},
    {"사과", "abc", "unknown_particle"},
    {"사과", "(으)", "unknown_particle"},
    {"\xff\xfe", "을/를", "invalid_utf8"},
    {"사과", "\xc3", "invalid_utf8"},
    {"🍎", "을/를", "unreadable_word"},
    {"漢", "이/가", "unreadable_word"},
    {"사과", "에서는도를", "unknown_particle"},  // four pieces: no particle is that long
    {"사과", "을/를/이", "unknown_particle"},
    {"사과", "를를를를", "unknown_particle"},
};

}  // namespace

TEST_CASE("particle: the right member follows the word's final sound") {
    for (const auto& row : kRows) {
        const std::string word = row.word;
        const std::string particle = row.particle;
        CAPTURE(word);
        CAPTURE(particle);
        const auto a = particle::attach(row.word, row.particle);
        REQUIRE(a.ok());
        CHECK(a->text == row.expected);
    }
}

TEST_CASE("particle: a wrong member is corrected and says so; a pair is never a correction") {
    CHECK(particle::attach("물", "를")->corrected);
    CHECK(particle::attach("물", "를")->particle == "을");
    CHECK_FALSE(particle::attach("물", "을")->corrected);
    CHECK_FALSE(particle::attach("물", "을/를")->corrected);
    CHECK_FALSE(particle::attach("물", "를/을")->corrected);
    CHECK_FALSE(particle::attach("물", "(으)로")->corrected);
    CHECK(particle::attach("연필", "으로")->corrected);
    CHECK(particle::attach("집", "에서은")->corrected);
}

TEST_CASE("particle: pronoun fusion changes the stem, not the particle") {
    const auto a = particle::attach("나", "이/가");
    REQUIRE(a.ok());
    CHECK(a->fused);
    CHECK(a->stem == "내");
    CHECK(a->particle == "가");
    CHECK_FALSE(particle::attach("나무", "가")->fused);
}

TEST_CASE("particle: the reading of a non-Hangul word is reported") {
    CHECK(particle::attach("112", "이/가")->read_as == "백십이");
    CHECK(particle::attach("TV", "이/가")->read_as == "티브이");
    CHECK(particle::attach("사과", "이/가")->read_as.empty());
    CHECK(particle::attach("table", "이/가")->guessed);
    CHECK(particle::attach("table", "이/가")->text == "table이");
}

TEST_CASE("particle: form_after chooses without a word") {
    using hangul::Final;
    CHECK(*particle::form_after(Final::none, "을/를") == "를");
    CHECK(*particle::form_after(Final::other, "를") == "을");
    CHECK(*particle::form_after(Final::rieul, "(으)로") == "로");
    CHECK(*particle::form_after(Final::other, "(으)로") == "으로");
    CHECK(*particle::form_after(Final::rieul, "이랑") == "이랑");
    CHECK(particle::form_after(Final::none, "엉").error().code == "unknown_particle");
}

TEST_CASE("particle: the closed set and sameness of particles") {
    for (const char* p :
         {"을", "를", "이", "가", "에서", "에서는", "으로", "로", "하고", "이랑", "예요"}) {
        const std::string shown = p;
        CAPTURE(shown);
        CHECK(particle::is_particle(p));
    }
    for (const char* p : {"", "먹어요", "<b>를</b>", "사과", "그리고", "를를"}) {
        const std::string shown = p;
        CAPTURE(shown);
        CHECK_FALSE(particle::is_particle(p));
    }
    CHECK(particle::same_particle("을", "를"));
    CHECK(particle::same_particle("에서는", "에서은"));
    CHECK(particle::same_particle("으로", "로"));
    CHECK_FALSE(particle::same_particle("을", "이"));
    CHECK_FALSE(particle::same_particle("에", "에서"));
}

TEST_CASE("particle: bad input gives an error value with a stable code") {
    for (const auto& row : kErrors) {
        const std::string word = row.word;
        const std::string particle = row.particle;
        CAPTURE(word);
        CAPTURE(particle);
        const auto a = particle::attach(row.word, row.particle);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().code == row.code);
        CHECK_FALSE(a.error().message.empty());
    }
}

TEST_CASE("particle: every pair chooses consistently after each final class") {
    using hangul::Final;
    for (const auto& pair : particle::pairs()) {
        const std::string name =
            std::string(pair.after_consonant) + "/" + std::string(pair.after_vowel);
        CAPTURE(name);
        CHECK(*particle::form_after(Final::none, name) == pair.after_vowel);
        CHECK(*particle::form_after(Final::other, name) == pair.after_consonant);
        CHECK(*particle::form_after(Final::rieul, name) ==
              (pair.rule == particle::Rule::consonant_not_l ? pair.after_vowel
                                                            : pair.after_consonant));
    }
    for (std::string_view inv : particle::invariants()) {
        CHECK(*particle::form_after(Final::other, inv) == inv);
        CHECK(*particle::form_after(Final::none, inv) == inv);
    }
}

TEST_CASE("particle: the answer is NFC, so both halves compare equal to composed text") {
    const auto a =
        particle::attach("\u1106\u116e\u11af", "\u1105\u1173\u11af");  // 물 + 를, decomposed
    REQUIRE(a.ok());
    CHECK(a->stem == "물");
    CHECK(a->particle == "을");
    CHECK(a->text == "물을");
    CHECK(particle::is_particle("\u110b\u1166\u1109\u1165"));  // 에서
    CHECK(particle::same_particle("\u1105\u1173\u11af", "을"));
    CHECK(*particle::form_after(hangul::Final::none, "\u110b\u1173\u11af/\u1105\u1173\u11af") ==
          "를");
}

TEST_CASE("particle: names and words are bounded, and the work is linear") {
    // At the limit a name is read (and is no particle); one byte more is input_too_long.
    const std::string longest(particle::kMaxParticleBytes, 'x');
    CHECK(particle::attach("사과", longest).error().code == "unknown_particle");
    CHECK(particle::attach("사과", longest + "x").error().code == "input_too_long");
    CHECK(
        particle::attach("사과", std::string(particle::kMaxParticleBytes - 3, ' ') + "를")->text ==
        "사과를");
    // Issue 16: a 10 MB name took 17 s, every prefix scanned. It is now refused by its length.
    std::string huge;
    while (huge.size() < 10'000'000) huge += "를";
    const auto a = particle::attach("사과", huge);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().code == "input_too_long");
    CHECK(a.error().message.size() < 200);
    CHECK_FALSE(particle::is_particle(huge));
    CHECK_FALSE(particle::same_particle(huge, huge));
    CHECK(particle::form_after(hangul::Final::none, huge).error().code == "input_too_long");
    CHECK(particle::attach(std::string(10'000'000, 'a'), "을/를").error().code == "input_too_long");
    // Names at the limit made of known pieces: segmentation looks at each character a few times.
    std::string pieces;
    while (pieces.size() + 6 <= particle::kMaxParticleBytes) pieces += "에서";
    CHECK(particle::attach("사과", pieces).error().code == "unknown_particle");
    std::string slashes(particle::kMaxParticleBytes, '/');
    CHECK(particle::attach("사과", slashes).error().code == "unknown_particle");
    std::string brackets(particle::kMaxParticleBytes, '(');
    CHECK(particle::attach("사과", brackets).error().code == "unknown_particle");
}

TEST_CASE("particle: every everyday name reads as the general parser reads it") {
    // Names are compiled once into a table; spaces inside a name bypass the table, so the two
    // paths can be compared on the same particles.
    for (const auto& pair : particle::pairs()) {
        const std::string c(pair.after_consonant), v(pair.after_vowel);
        for (const std::string& name : {c + "/" + v, v + "/" + c, c + "(" + v + ")", c, v}) {
            std::string spaced = name;
            if (const auto slash = spaced.find('/'); slash != std::string::npos)
                spaced.replace(slash, 1, " / ");
            CAPTURE(name);
            for (const char* word : {"사과", "책", "물"}) {
                const auto fast = particle::attach(word, name);
                const auto slow = particle::attach(word, spaced);
                REQUIRE(fast.ok() == slow.ok());
                if (fast.ok()) {
                    CHECK(fast->text == slow->text);
                    CHECK(fast->corrected == slow->corrected);
                }
            }
        }
    }
}
