// The rule engine: card sequences → sentences, and the rule behind each role.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "arrange.hpp"
#include "assemble.hpp"
#include "predicate.hpp"
#include "validate.hpp"

using namespace malmoi;

namespace {

struct Row {
    std::vector<std::string> cards;
    const char* expected;
};

std::vector<Card> cards_of(const std::vector<std::string>& labels) {
    std::vector<Card> cards;
    for (const auto& l : labels) cards.push_back(Card{l, "", ""});
    return cards;
}

std::string joined(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += (out.empty() ? "" : " ") + l;
    return out;
}

// One row per fact: what the child tapped and the sentence the rules must show.
const std::vector<Row> kRows = {
    // object
    {{"사과", "먹다"}, "사과를 먹어요"},
    {{"밥", "먹다"}, "밥을 먹어요"},
    {{"물", "마시다"}, "물을 마셔요"},
    {{"우유", "마시다"}, "우유를 마셔요"},
    {{"주스", "마시다"}, "주스를 마셔요"},
    {{"책", "읽다"}, "책을 읽어요"},
    {{"노래", "듣다"}, "노래를 들어요"},
    {{"음악", "듣다"}, "음악을 들어요"},
    {{"옷", "입다"}, "옷을 입어요"},
    {{"양말", "신다"}, "양말을 신어요"},
    {{"신발", "벗다"}, "신발을 벗어요"},
    {{"손", "씻다"}, "손을 씻어요"},
    {{"이", "닦다"}, "이를 닦아요"},
    {{"문", "열다"}, "문을 열어요"},
    {{"창문", "닫다"}, "창문을 닫아요"},
    {{"불", "켜다"}, "불을 켜요"},
    {{"그림", "그리다"}, "그림을 그려요"},
    {{"공", "던지다"}, "공을 던져요"},
    {{"버스", "타다"}, "버스를 타요"},
    {{"그네", "타다"}, "그네를 타요"},
    {{"자전거", "타다"}, "자전거를 타요"},
    {{"친구", "만나다"}, "친구를 만나요"},
    {{"강아지", "좋아하다"}, "강아지를 좋아해요"},
    {{"당근", "싫어하다"}, "당근을 싫어해요"},
    {{"숙제", "하다"}, "숙제를 해요"},
    {{"과자", "사다"}, "과자를 사요"},
    {{"엄마", "기다리다"}, "엄마를 기다려요"},
    {{"블록", "만들다"}, "블록을 만들어요"},
    // unseen
    {{"바나나", "먹다"}, "바나나를 먹어요"},
    {{"키위", "먹다"}, "키위를 먹어요"},
    {{"망고", "먹다"}, "망고를 먹어요"},
    {{"두리안", "먹다"}, "두리안을 먹어요"},
    {{"콜라겐", "마시다"}, "콜라겐을 마셔요"},
    {{"TV", "보다"}, "TV를 봐요"},
    {{"URL", "보다"}, "URL을 봐요"},
    {{"레고", "좋아하다"}, "레고를 좋아해요"},
    {{"유튜브", "보다"}, "유튜브를 봐요"},
    {{"바나나", "맛있다"}, "바나나가 맛있어요"},
    {{"망고", "좋다"}, "망고가 좋아요"},
    {{"두리안", "싫다"}, "두리안이 싫어요"},
    {{"킥보드", "타다"}, "킥보드를 타요"},
    {{"팝콘", "먹다", "싶다"}, "팝콘을 먹고 싶어요"},
    // subject
    {{"배", "아프다"}, "배가 아파요"},
    {{"머리", "아프다"}, "머리가 아파요"},
    {{"발", "아프다"}, "발이 아파요"},
    {{"손", "아프다"}, "손이 아파요"},
    {{"버스", "오다"}, "버스가 와요"},
    {{"엄마", "오다"}, "엄마가 와요"},
    {{"비", "오다"}, "비가 와요"},
    {{"사과", "맛있다"}, "사과가 맛있어요"},
    {{"물", "차갑다"}, "물이 차가워요"},
    {{"국", "뜨겁다"}, "국이 뜨거워요"},
    {{"방", "춥다"}, "방이 추워요"},
    {{"강아지", "귀엽다"}, "강아지가 귀여워요"},
    {{"사과", "빨갛다"}, "사과가 빨개요"},
    {{"엄마", "사과", "먹다"}, "엄마가 사과를 먹어요"},
    {{"아기", "울다"}, "아기가 울어요"},
    {{"동생", "자다"}, "동생이 자요"},
    // topic
    {{"나", "학교", "가다"}, "나는 학교에 가요"},
    {{"저", "집", "가다"}, "저는 집에 가요"},
    {{"나", "배", "아프다"}, "나는 배가 아파요"},
    {{"나", "아프다"}, "나는 아파요"},
    {{"나", "사과", "좋다"}, "나는 사과가 좋아요"},
    {{"나", "졸리다"}, "나는 졸려요"},
    {{"저", "배고프다"}, "저는 배고파요"},
    {{"너", "밥", "먹다"}, "너는 밥을 먹어요"},
    {{"나", "강아지", "무섭다"}, "나는 강아지가 무서워요"},
    {{"나", "엄마", "좋아하다"}, "나는 엄마를 좋아해요"},
    {{"나", "사과", "있다"}, "나는 사과가 있어요"},
    {{"나", "집", "있다"}, "나는 집에 있어요"},
    // destination
    {{"학교", "가다"}, "학교에 가요"},
    {{"집", "가다"}, "집에 가요"},
    {{"화장실", "가다"}, "화장실에 가요"},
    {{"병원", "가다"}, "병원에 가요"},
    {{"놀이터", "가다"}, "놀이터에 가요"},
    {{"마트", "가다"}, "마트에 가요"},
    {{"할머니집", "가다"}, "할머니집에 가요"},
    {{"집", "오다"}, "집에 와요"},
    {{"코엑스", "가다"}, "코엑스에 가요"},
    // location
    {{"놀이터", "놀다"}, "놀이터에서 놀아요"},
    {{"집", "놀다"}, "집에서 놀아요"},
    {{"학교", "공부하다"}, "학교에서 공부해요"},
    {{"식당", "먹다"}, "식당에서 먹어요"},
    {{"공원", "걷다"}, "공원에서 걸어요"},
    {{"방", "자다"}, "방에서 자요"},
    {{"집", "있다"}, "집에 있어요"},
    {{"의자", "앉다"}, "의자에 앉아요"},
    {{"침대", "눕다"}, "침대에 누워요"},
    {{"교실", "책", "읽다"}, "교실에서 책을 읽어요"},
    {{"수영장", "수영하다"}, "수영장에서 수영해요"},
    // instrument
    {{"숟가락", "먹다"}, "숟가락으로 먹어요"},
    {{"젓가락", "먹다"}, "젓가락으로 먹어요"},
    {{"포크", "먹다"}, "포크로 먹어요"},
    {{"빨대", "마시다"}, "빨대로 마셔요"},
    {{"연필", "쓰다"}, "연필을 써요"},  // using it (편지를 연필로 써요 with a letter)
    {{"크레파스", "그리다"}, "크레파스로 그려요"},
    {{"가위", "자르다"}, "가위로 잘라요"},
    {{"버스", "가다"}, "버스로 가요"},
    {{"지하철", "가다"}, "지하철로 가요"},
    {{"자동차", "가다"}, "자동차로 가요"},
    {{"숟가락", "밥", "먹다"}, "숟가락으로 밥을 먹어요"},
    {{"물", "손", "씻다"}, "물로 손을 씻어요"},
    {{"칫솔", "이빨", "닦다"}, "칫솔로 이빨을 닦아요"},
    // companion
    {{"친구", "놀다"}, "친구랑 놀아요"},
    {{"동생", "놀다"}, "동생이랑 놀아요"},
    {{"강아지", "놀다"}, "강아지랑 놀아요"},
    {{"엄마", "같이", "가다"}, "엄마랑 같이 가요"},
    {{"친구", "놀이터", "놀다"}, "친구랑 놀이터에서 놀아요"},
    {{"나", "친구", "놀다"}, "나는 친구랑 놀아요"},
    {{"친구", "놀다", "싶다"}, "친구랑 놀고 싶어요"},
    {{"나", "인형", "자다"}, "나는 인형이랑 자요"},
    // coordination
    {{"사과", "바나나", "먹다"}, "사과랑 바나나를 먹어요"},
    {{"엄마", "아빠", "오다"}, "엄마랑 아빠가 와요"},
    {{"빵", "우유", "주다"}, "빵이랑 우유 주세요"},
    {{"키위", "두리안", "먹다"}, "키위랑 두리안을 먹어요"},
    {{"김밥", "라면", "좋아하다"}, "김밥이랑 라면을 좋아해요"},
    // recipient
    {{"엄마", "편지", "주다"}, "엄마, 편지 주세요"},
    {{"나", "물", "주다"}, "나한테 물 주세요"},
    {{"나", "동생", "장난감", "주다"}, "나는 동생한테 장난감을 줘요"},
    {{"엄마", "전화하다"}, "엄마한테 전화해요"},
    {{"112", "전화하다"}, "112에 전화해요"},
    // time
    {{"어제", "학교", "가다"}, "어제 학교에 갔어요"},
    {{"아까", "밥", "먹다"}, "아까 밥을 먹었어요"},
    {{"오늘", "학교", "가다"}, "오늘 학교에 가요"},
    {{"내일", "친구", "만나다"}, "내일 친구를 만나요"},
    {{"지금", "자다"}, "지금 자요"},
    {{"아침", "먹다"}, "아침을 먹어요"},
    {{"밤", "자다"}, "밤에 자요"},
    {{"어제", "나", "놀이터", "놀다"}, "어제 나는 놀이터에서 놀았어요"},
    {{"어제", "아프다"}, "어제 아팠어요"},
    {{"주말", "수영장", "가다"}, "주말에 수영장에 가요"},
    // want
    {{"사과", "먹다", "싶다"}, "사과를 먹고 싶어요"},
    {{"물", "마시다", "싶다"}, "물을 마시고 싶어요"},
    {{"화장실", "가다", "싶다"}, "화장실에 가고 싶어요"},
    {{"집", "가다", "싶다"}, "집에 가고 싶어요"},
    {{"나", "놀다", "싶다"}, "나는 놀고 싶어요"},
    {{"저", "자다", "싶다"}, "저는 자고 싶어요"},
    {{"엄마", "보다", "싶다"}, "엄마를 보고 싶어요"},
    {{"TV", "보다", "싶다"}, "TV를 보고 싶어요"},
    {{"그네", "타다", "싶다"}, "그네를 타고 싶어요"},
    {{"어제", "가다", "싶다"}, "어제 가고 싶었어요"},
    {{"안", "먹다", "싶다"}, "안 먹고 싶어요"},
    {{"노래", "듣다", "싶다"}, "노래를 듣고 싶어요"},
    // request
    {{"불", "끄다", "주다"}, "불을 꺼 주세요"},
    {{"문", "열다", "주다"}, "문을 열어 주세요"},
    {{"도와주다"}, "도와주세요"},
    {{"엄마", "도와주다"}, "엄마, 도와주세요"},
    {{"선생님", "도와주다"}, "선생님, 도와주세요"},
    {{"돕다", "주다"}, "도와주세요"},
    {{"책", "읽다", "주다"}, "책을 읽어 주세요"},
    {{"노래", "부르다", "주다"}, "노래를 불러 주세요"},
    {{"물", "주세요"}, "물 주세요"},
    {{"우유", "주다"}, "우유 주세요"},
    {{"과자", "더", "주다"}, "과자 더 주세요"},
    {{"빨리", "오다", "주다"}, "빨리 와 주세요"},
    // negation
    {{"안", "먹다"}, "안 먹어요"},
    {{"먹다", "안"}, "안 먹어요"},
    {{"안", "가다"}, "안 가요"},
    {{"밥", "안", "먹다"}, "밥을 안 먹어요"},
    {{"안", "공부하다"}, "공부 안 해요"},
    {{"공부하다", "안"}, "공부 안 해요"},
    {{"안", "알다"}, "몰라요"},
    {{"안", "있다"}, "없어요"},
    {{"안", "맛있다"}, "맛없어요"},
    {{"안", "좋아하다"}, "안 좋아해요"},
    {{"안", "아프다"}, "안 아파요"},
    {{"못", "먹다"}, "못 먹어요"},
    {{"못", "가다"}, "못 가요"},
    {{"어제", "안", "자다"}, "어제 안 잤어요"},
    {{"안", "춥다"}, "안 추워요"},
    // question
    {{"사과", "먹다", "?"}, "사과를 먹어요?"},
    {{"학교", "가다", "?"}, "학교에 가요?"},
    {{"누구", "오다", "?"}, "누가 와요?"},
    {{"뭐", "먹다", "?"}, "뭐 먹어요?"},
    {{"어디", "가다", "?"}, "어디 가요?"},  // 어디 asks where without 에
    {{"배", "아프다", "?"}, "배가 아파요?"},
    {{"?", "먹다"}, "먹어요?"},
    {{"어제", "학교", "가다", "?"}, "어제 학교에 갔어요?"},
    {{"물", "마시다", "싶다", "?"}, "물을 마시고 싶어요?"},
    // copula
    {{"아빠", "의사", "이다"}, "아빠는 의사예요"},
    {{"할머니", "의사"}, "할머니는 의사세요"},  // an elder, honoured
    {{"선생님", "몇", "살", "?"}, "선생님은 몇 살이세요?"},
    {{"나", "학생", "이다"}, "나는 학생이에요"},
    {{"이거", "사과", "이다"}, "이건 사과예요"},
    {{"이거", "책", "이다"}, "이건 책이에요"},
    {{"엄마", "선생님", "이다"}, "엄마는 선생님이에요"},
    {{"아빠", "의사", "아니다"}, "아빠는 의사가 아니에요"},
    {{"이거", "물", "아니다"}, "이건 물이 아니에요"},
    {{"아빠", "의사", "안", "이다"}, "아빠는 의사가 아니에요"},
    {{"어제", "아빠", "의사", "이다"}, "어제 아빠는 의사였어요"},
    {{"이거", "사과", "이다", "?"}, "이건 사과예요?"},
    // particle_card
    {{"물", "를", "마시다"}, "물을 마셔요"},
    {{"물", "을", "마시다"}, "물을 마셔요"},
    {{"사과", "을", "먹다"}, "사과를 먹어요"},
    {{"사과", "가", "먹다"}, "사과를 먹어요"},
    {{"바나나", "가", "먹다"}, "바나나를 먹어요"},
    {{"학교", "에서", "가다"}, "학교에 가요"},
    {{"학교", "에", "놀다"}, "학교에서 놀아요"},
    {{"학교", "로", "가다"}, "학교로 가요"},
    {{"엄마", "이랑", "가다"}, "엄마랑 가요"},
    {{"친구", "하고", "놀다"}, "친구하고 놀아요"},
    {{"나", "가", "학교", "가다"}, "내가 학교에 가요"},
    {{"저", "가", "할게요"}, "제가 할게요"},
    {{"사과", "도", "먹다"}, "사과도 먹어요"},
    {{"밥", "은", "싫다"}, "밥은 싫어요"},
    {{"물", "만", "마시다"}, "물만 마셔요"},
    {{"빵", "하고", "우유", "주다"}, "빵하고 우유 주세요"},
    {{"배", "를", "아프다"}, "배가 아파요"},
    {{"숟가락", "으로", "먹다"}, "숟가락으로 먹어요"},
    {{"연필", "으로", "쓰다"}, "연필로 써요"},
    {{"책", "는", "재미있다"}, "책은 재미있어요"},
    {{"를", "먹다"}, "먹어요"},
    // irregular
    {{"춥다"}, "추워요"},
    {{"덥다"}, "더워요"},
    {{"모르다"}, "몰라요"},
    {{"노래", "듣다"}, "노래를 들어요"},
    {{"공원", "걷다"}, "공원에서 걸어요"},
    {{"빨갛다"}, "빨개요"},
    {{"하얗다"}, "하얘요"},
    {{"예쁘다"}, "예뻐요"},
    {{"아프다"}, "아파요"},
    {{"놀다"}, "놀아요"},
    {{"만들다"}, "만들어요"},
    {{"배고프다"}, "배고파요"},
    {{"돕다"}, "도와요"},
    {{"씻다"}, "씻어요"},
    {{"입다"}, "입어요"},
    {{"좋다"}, "좋아요"},
    {{"되다"}, "돼요"},
    {{"마시다"}, "마셔요"},
    {{"오다"}, "와요"},
    {{"주다"}, "주세요"},
    // digits
    {{"3", "먹다"}, "3을 먹어요"},
    {{"2", "주다"}, "2 주세요"},
    {{"Google", "좋아하다"}, "Google을 좋아해요"},
    {{"PC", "하다"}, "PC를 해요"},
    {{"QR", "찍다"}, "QR을 찍어요"},
    // adverb
    {{"빨리", "가다"}, "빨리 가요"},
    {{"천천히", "먹다"}, "천천히 먹어요"},
    {{"더", "먹다", "싶다"}, "더 먹고 싶어요"},
    {{"같이", "놀다"}, "같이 놀아요"},
    {{"안녕하세요"}, "안녕하세요"},
    // contraction and who an adjective describes
    {{"이거", "싫다"}, "이게 싫어요"},
    {{"그거", "가", "좋다"}, "그게 좋아요"},
    {{"너", "좋다"}, "네가 좋아요"},
    {{"나", "강아지", "무섭다"}, "나는 강아지가 무서워요"},
    // word order decides between two people; time words and pronouns are not joined
    {{"친구", "나", "때리다"}, "친구가 나를 때려요"},
    {{"아침", "사과", "먹다"}, "아침에 사과를 먹어요"},
    // a person before a body part owns it
    {{"엄마", "손", "잡다"}, "엄마 손을 잡아요"},
    {{"할머니", "집", "가다"}, "할머니 집에 가요"},
    {{"친구", "집", "놀다"}, "친구 집에서 놀아요"},
    {{"엄마", "집", "가다"}, "엄마가 집에 가요"},
    // a direction goes with (으)로; nouns with no slot in the frame take the adjunct of their class
    {{"오른쪽", "가다"}, "오른쪽으로 가요"},
    {{"앞", "있다"}, "앞에 있어요"},
    {{"병원", "주사", "맞다"}, "병원에서 주사를 맞아요"},
    {{"아이패드", "사진", "찍다"}, "아이패드로 사진을 찍어요"},
    {{"말", "타다"}, "말을 타요"},
    // a counter after a number is a count, not a word of its own (개 is no dog here)
    {{"3", "개", "주다"}, "3개 주세요"},
    {{"사과", "두", "개", "먹다"}, "사과를 두 개 먹어요"},
    {{"친구", "세", "명", "오다"}, "친구가 세 명 와요"},
    {{"개", "좋아하다"}, "개를 좋아해요"},
    // how one predicate joins the next
    {{"치과", "가다", "싫다"}, "치과에 가기 싫어요"},
    {{"나", "학교", "가다", "싫다"}, "나는 학교에 가기 싫어요"},
    {{"공부하다", "어렵다"}, "공부하기 어려워요"},
    {{"배부르다", "그만", "먹다"}, "배불러서 그만 먹어요"},
    {{"춥다", "옷", "입다"}, "추워서 옷을 입어요"},
    {{"학교", "가다", "놀다"}, "학교에 가서 놀아요"},
    {{"밥", "먹다", "자다"}, "밥을 먹고 자요"},
    // polite_label
    {{"사과", "먹어요"}, "사과를 먹어요"},
    {{"학교", "가요"}, "학교에 가요"},
};

Completion completed(const std::vector<std::string>& labels) {
    auto c = complete(cards_of(labels));
    REQUIRE(c.ok());
    return std::move(c).value();
}

const NounRole* role_of(const Completion& c, int card) {
    for (const auto& r : c.roles) {
        if (r.card == card) return &r;
    }
    return nullptr;
}

bool has_warning(const Completion& c, const std::string& code) {
    for (const auto& w : c.warnings) {
        if (w.code == code) return true;
    }
    return false;
}

}  // namespace

// The second generation: how children really tap (issue 10), one row per rule.
// The table is in four parts: one braced list of over 2,000 rows overflowed clang's 8 MB stack
// when compiled with ASan and UBSan (tools/test.sh's second build). A new row goes in the last.
const std::vector<Row> kRealTaps1 = {
    {{"사과", "싶다"}, "사과 먹고 싶어요"},
    {{"우유", "싶다"}, "우유 마시고 싶어요"},
    {{"엄마", "싶다"}, "엄마 보고 싶어요"},
    {{"학교", "싶다"}, "학교에 가고 싶어요"},
    {{"그네", "싶다"}, "그네 타고 싶어요"},
    {{"노래", "싶다"}, "노래 듣고 싶어요"},
    {{"축구", "싶다"}, "축구하고 싶어요"},
    {{"춤", "싶다"}, "춤추고 싶어요"},  // the noun and its verb are one verb: 춤추다
    {{"자전거", "싶다"}, "자전거 타고 싶어요"},
    {{"싶다"}, "하고 싶어요"},
    {{"안"}, "안 해요"},
    {{"주다"}, "주세요"},
    {{"사과", "안"}, "사과 안 먹어요"},
    {{"마시다", "우유"}, "우유를 마셔요"},
    {{"가다", "싶다", "학교"}, "학교에 가고 싶어요"},
    {{"싶다", "마시다", "우유"}, "우유를 마시고 싶어요"},
    {{"안", "먹다", "당근"}, "당근을 안 먹어요"},
    {{"주다", "열다", "문"}, "문을 열어 주세요"},              // 주다 first, before its verb
    {{"좋아하다", "강아지", "나"}, "나는 강아지를 좋아해요"},  // the speaker, tapped last, first
    {{"형", "때리다", "나"}, "형이 나를 때려요"},  // unless another does it to the speaker
    {{"나", "때리다", "형"}, "나는 형을 때려요"},  // the speaker first does it
    {{"사탕", "받다", "선생님"}, "선생님한테 사탕을 받아요"},  // verb first: who from, then what
    {{"만나다", "친구", "공원"}, "공원에서 친구를 만나요"},    // the place, then who is met
    {{"그리다", "그림", "크레파스"}, "크레파스로 그림을 그려요"},  // the instrument, then what
    {{"공원", "어제", "가다", "아빠", "랑"}, "어제 아빠랑 공원에 갔어요"},  // time first
    {{"사다", "마트", "가다", "빵"}, "빵을 사러 마트에 가요"},  // the going's purpose takes 빵
    {{"만나다", "가다", "친구"}, "친구를 만나러 가요"},
    {{"씻다", "화장실", "가다", "손"}, "손을 씻으러 화장실에 가요"},
    {{"말고", "우유", "물"}, "우유 말고 물이요"},                 // the choice card goes between
    {{"농구", "하다", "축구", "말고"}, "축구 말고 농구를 해요"},  // 말고 after: which one not
    // the child's particle card wins over a role only the open slot guessed; 은/는 is who does it
    {{"공책", "에", "그리다"}, "공책에 그려요"},
    {{"나", "는", "물", "을", "주다"}, "나는 물을 줘요"},  // (not 나한테 … 주세요)
    {{"나", "는", "동생", "한테", "물", "을", "주다"}, "나는 동생한테 물을 줘요"},
    {{"버스", "에", "먹다", "안", "되다"}, "버스에서 먹으면 안 돼요"},  // where one eats
    {{"떠들다", "안", "되다", "지하철"}, "지하철에서 떠들면 안 돼요"},
    {{"섞다", "물감", "되다", "?"}, "물감을 섞어도 돼요?"},
    // 뭐 right before a thing asks which kind: 무슨; before someone it still asks what
    {{"이거", "뭐", "벌레"}, "이거 무슨 벌레예요?"},
    {{"뭐", "과자", "먹다"}, "무슨 과자를 먹어요?"},
    {{"뭐", "엄마", "먹다"}, "엄마는 뭐 먹어요?"},
    // 다 asking how much or what, with no verb, is all of it, not done
    {{"얼마", "이거", "다"}, "이거 다 얼마예요?"},
    {{"이거", "얼마", "다"}, "이거 다 얼마예요?"},
    // before a verb of going, what the verb before acts on is what one goes to do to it
    {{"배우다", "태권도", "가다", "형"}, "형이 태권도를 배우러 가요"},
    {{"사다", "물감", "가다", "문구점"}, "물감을 사러 문구점에 가요"},
    // a time tapped last does not make the speaker the doer when someone did it to them
    {{"친구", "공", "던지다", "나", "어제"}, "어제 친구가 나한테 공을 던졌어요"},
    {{"할아버지", "오다", "우리", "집", "주말"}, "주말에 할아버지가 우리 집에 오세요"},
    // an action before how the body hurts says when it hurts (-(으)면); what happened says why
    {{"우유", "마시다", "배", "아프다"}, "우유를 마시면 배가 아파요"},
    {{"머리", "빗다", "아프다"}, "머리를 빗으면 아파요"},
    {{"넘어지다", "아프다"}, "넘어져서 아파요"},
    // one eats with a spoon or chopsticks (dish), not with glue
    {{"먹다", "풀", "안", "되다"}, "풀을 먹으면 안 돼요"},
    // a thing pointed at last is what the nouns before it say: 이거 goes first, none is called
    {{"아빠", "휴대폰", "이거"}, "이거 아빠 휴대폰이에요"},
    {{"이거", "아빠", "휴대폰"}, "이거 아빠 휴대폰이에요"},
    {{"사과", "이거"}, "이거 사과예요"},
    // an adjective between a thing and the verb wanted for it describes it; how it feels on the
    // body is why
    {{"핫초코", "따뜻하다", "마시다", "싶다"}, "따뜻한 핫초코를 마시고 싶어요"},
    // a hurry tapped twice tells the one tapped first, in polite speech too
    {{"빨리", "빨리", "뛰다", "형"}, "형, 빨리 뛰어요"},
    {{"할아버지", "빨리", "빨리", "오다"}, "할아버지, 빨리 오세요"},
    {{"선생님", "달리다", "빨리"}, "선생님이 빨리 달리세요"},  // once: how they run
    {{"옷", "따갑다", "벗다", "싶다"}, "옷이 따가워서 벗고 싶어요"},
    // someone called by their work is 의사 선생님 when spoken to or of, not as what someone is
    {{"의사", "고맙다"}, "의사 선생님, 고마워요"},
    {{"무섭다", "의사"}, "의사 선생님이 무서워요"},
    {{"안", "놓다", "주사", "주다", "의사"}, "의사 선생님, 주사를 놓지 마세요"},
    {{"아빠", "의사"}, "아빠는 의사예요"},
    {{"나", "의사", "되다", "싶다"}, "나는 의사가 되고 싶어요"},
    // a place with nothing else made or drawn is what is (flag makes), not where
    {{"레고", "집", "만들다"}, "레고로 집을 만들어요"},
    {{"집", "그리다"}, "집을 그려요"},
    {{"집", "쿠키", "만들다"}, "집에서 쿠키를 만들어요"},
    {{"집", "에서", "그리다"}, "집에서 그려요"},
    {{"만들다", "블록", "집"}, "블록으로 집을 만들어요"},  // verb first: the toy is the material
    // what is put on or taken off before going in or out is done first (flag passes), not
    // what for; going to change, or to buy clothes, is what for
    {{"벗다", "신발", "들어가다", "텐트"}, "신발을 벗고 텐트에 들어가요"},
    {{"신발", "신다", "들어가다", "되다", "?"}, "신발을 신고 들어가도 돼요?"},
    {{"옷", "입다", "나가다"}, "옷을 입고 나가요"},
    {{"수영복", "갈아입다", "탈의실", "가다"}, "수영복을 갈아입으러 탈의실에 가요"},
    {{"옷", "사다", "나가다"}, "옷을 사러 나가요"},
    // a place before a place in it says which one; a thing before a shop, what it sells (flag
    // shop), and goes with it
    {{"호텔", "수영장", "가다"}, "호텔 수영장에 가요"},
    {{"학교", "집", "가다"}, "학교랑 집에 가요"},  // a home is another place
    {{"사다", "운동화", "가다", "신발", "가게"}, "운동화를 사러 신발 가게에 가요"},
    {{"신발", "가게", "운동화", "사다"}, "신발 가게에서 운동화를 사요"},
    // 보다 right after a verb tries it (flag tries), the verb said with it; not with a thing of
    // its own after it
    {{"신다", "보다", "되다", "이거"}, "이걸 신어 봐도 돼요?"},
    {{"입다", "보다", "되다", "?", "원피스"}, "원피스를 입어 봐도 돼요?"},
    {{"먹다", "보다"}, "먹어 봐요"},
    {{"안", "먹다", "보다"}, "안 먹어 봐요"},
    {{"할머니", "떡", "먹다", "보다"}, "할머니가 떡을 드셔 보세요"},
    {{"먹다", "보다", "텔레비전"}, "먹고 텔레비전을 봐요"},
    {{"다", "보다"}, "다 봤어요"},
    {{"입다", "보다", "도와주다"}, "입어 보는 거 도와주세요"},
    {{"먹다", "보다", "그리고", "자다"}, "먹어 보고 자요"},
    // 새 before a thing, a place or clothes is new (flag adnoun); before its food or its sound,
    // the bird
    {{"언제", "새", "집", "가다"}, "언제 새 집에 가요?"},
    {{"새", "옷", "입다"}, "새 옷을 입어요"},
    {{"새", "밥", "주다"}, "새 밥을 줘요"},  // the bird's, given
    {{"새", "소리", "듣다"}, "새 소리를 들어요"},
    {{"새", "날다"}, "새가 날아요"},
    {{"옛날", "집", "싶다"}, "옛날 집에 가고 싶어요"},
    {{"우리", "반", "가다"}, "우리 반에 가요"},  // 반, a class: ours, as 우리 집
    {{"옛날", "공룡", "살다"}, "옛날에 공룡이 살았어요"},
    // a count after a thing stays with it: a time after the count is when, said first (the
    // count is not a dog, nor a count of the time); the speaker after the verb speaks first
    {{"사과", "3", "개", "오늘", "먹다"}, "오늘 사과를 3개 먹어요"},
    {{"밤", "5", "개", "줍다", "어제"}, "어제 밤을 5개 주웠어요"},
    {{"배추", "10", "개", "씻다", "나"}, "나는 배추를 10개 씻어요"},
    // an adjective tapped twice is said of the thing, not which one is wanted
    {{"무겁다", "무겁다", "상자"}, "상자가 무거워요"},
    {{"부드럽다", "수건"}, "부드러운 수건이요"},
    // words for 김장, winter, the school show and a hospital visit
    {{"군고구마", "싶다"}, "군고구마 먹고 싶어요"},
    {{"병문안", "싶다", "나", "도"}, "나도 병문안 가고 싶어요"},
    {{"내일", "이사"}, "내일 이사 가요"},
    {{"헬멧"}, "헬멧이요"},
    {{"할머니", "입원하다"}, "할머니가 입원하셨어요"},
    {{"눈싸움", "하다", "같이", "친구에게"}, "같이 눈싸움하자"},
    {{"손", "시리다", "호호", "불다"}, "손이 시려서 호호 불어요"},
    {{"토끼", "가", "무대", "에", "나오다"}, "토끼가 무대에 나와요"},
    // the speaker tapped last, after someone who did something to a thing or a body part, is
    // whose it is
    {{"뺏다", "딱지", "형", "나"}, "형이 내 딱지를 뺏어요"},
    {{"아기", "잡다", "손가락", "나"}, "아기가 내 손가락을 잡아요"},
    {{"아기", "당기다", "나", "머리"}, "아기가 내 머리를 당겨요"},
    // a thing seen, tapped with the person, leaves the person to go: they come to see it
    {{"할머니", "학예회", "보다", "오다"}, "할머니가 학예회를 보러 오세요"},
    {{"할머니", "보다", "가다"}, "할머니를 보러 가요"},
    // writing and thorns are said of what they are on (flag relational)
    {{"칠판", "글씨", "안", "보이다"}, "칠판 글씨가 안 보여요"},
    {{"나", "글씨", "예쁘다"}, "내 글씨가 예뻐요"},
    // a day before 그래서 is why (이라서); an earthquake happens (flag event), under the desk
    {{"생일", "그래서", "케이크", "먹다"}, "생일이라서 케이크를 먹어요"},
    {{"주말", "그래서", "늦잠", "자다"}, "주말이라서 늦잠을 자요"},
    {{"지진", "그래서", "책상", "밑", "숨다"}, "지진이 나서 책상 밑에 숨어요"},
    // how much, with a place and no verb, is how much there is; without one, asked for
    {{"마당", "배추", "많이"}, "마당에 배추가 많아요"},
    {{"밥", "많이"}, "밥 많이 주세요"},
    // a thing tapped first, then when, where, how or why, is what the question is about
    {{"김치", "언제", "먹다"}, "김치는 언제 먹어요?"},
    {{"이거", "어떻게", "하다"}, "이건 어떻게 해요?"},
    {{"저녁", "뭐", "먹다"}, "저녁에 뭐 먹어요?"},
    // an activity the lexicon writes as one verb with 하다 is written so; a nurse marked by the
    // child is said as marked; where one lives takes the child's 에
    {{"할머니", "같이", "김장", "싶다"}, "할머니랑 같이 김장하고 싶어요"},
    {{"간호사", "가", "주사", "를", "놓다"}, "간호사가 주사를 놓아요"},
    {{"우리", "는", "새", "집", "에", "살다"}, "우리는 새 집에 살아요"},
    // a favour told after the fact, the speaker after the one who did it: for the speaker
    {{"선생님", "안다", "주다", "나", "어제"}, "어제 선생님이 나를 안아 주셨어요"},
    {{"어제", "나", "엄마", "꽃", "주다"}, "어제 나는 엄마한테 꽃을 줬어요"},
    // someone, then someone the child marked as only the one hugged: not two huggers
    {{"엄마", "아기", "만", "안다"}, "엄마가 아기만 안아요"},
    {{"사과", "바나나", "만", "먹다"}, "사과랑 바나나만 먹어요"},
    {{"엄마", "아빠", "도", "오다"}, "엄마랑 아빠도 와요"},
    // a place card after food that is eaten is a slip: the food is what is eaten
    {{"수육", "에서", "먹다", "삼촌", "랑"}, "삼촌이랑 수육을 먹어요"},
    {{"아빠", "는", "자동차", "에서", "기다리다"}, "아빠는 자동차에서 기다려요"},
    {{"물", "에서", "놀다"}, "물에서 놀아요"},
    // 이거 tapped last, after the verb and its grammar cards, points at the thing
    {{"인형", "만지다", "되다", "?", "이거"}, "이 인형을 만져도 돼요?"},
    {{"물감", "를", "쓰다", "되다", "?", "이거"}, "이 물감을 써도 돼요?"},
    // put into or thrown at a body part, with 에
    {{"입", "사탕", "넣다"}, "입에 사탕을 넣어요"},
    {{"친구에게", "안", "얼굴", "눈", "던지다", "주다"}, "얼굴에 눈을 던지지 마"},
    // someone thanked, tapped last, is spoken to first, before when; a day before what is
    // thanked for says which
    {{"생일", "선물", "고맙다", "할머니"}, "할머니, 생일 선물 고마워요"},
    {{"어제", "선물", "고맙다", "할머니"}, "할머니, 어제 선물 고마웠어요"},
    {{"생일", "케이크", "먹다"}, "생일에 케이크를 먹어요"},
    // two things said of one thing are listed (-고), not one the reason for the other
    {{"아기", "양말", "작다", "귀엽다"}, "아기 양말이 작고 귀여워요"},
    {{"가방", "크다", "무겁다"}, "가방이 크고 무거워요"},
    // a verb that is itself a wish is said to someone, honoured to an elder
    {{"할아버지", "힘내다"}, "할아버지, 힘내세요"},
    {{"힘내다"}, "힘내요"},
    // with the 친구에게 card a friend listens: a baby is not called
    {{"친구에게", "안", "아기", "깨우다", "주다"}, "아기를 깨우지 마"},
    // a thing that comes from someone (flag comes) comes, and they are whom from
    {{"할머니", "편지", "오다"}, "할머니한테서 편지가 와요"},
    {{"할머니", "전화", "오다"}, "할머니한테서 전화가 와요"},
    {{"어제", "할머니", "전화", "오다"}, "어제 할머니한테서 전화가 왔어요"},
    {{"할머니", "편지", "쓰다"}, "할머니가 편지를 쓰세요"},
    // 어디 with a verb asks where it is done, never what; with how one is, which part
    {{"어디", "줍다"}, "어디에서 주워요?"},
    {{"어디", "내리다", "우리"}, "우리는 어디에서 내려요?"},
    {{"어디", "아프다", "선생님"}, "선생님, 어디가 아프세요?"},
    // someone's room with no verb is theirs
    {{"나", "방", "어디"}, "내 방이 어디예요?"},
    // two people before a verb of looking after someone (flag tends) or done to someone are who
    // does it and whom, not a list; a baby or a younger sibling is the one looked after
    {{"엄마", "아기", "우유", "먹이다"}, "엄마가 아기한테 우유를 먹여요"},
    {{"먹이다", "우유", "아기", "엄마"}, "엄마가 아기한테 우유를 먹여요"},
    {{"아기", "엄마", "안다"}, "엄마가 아기를 안아요"},
    {{"재우다", "동생", "아빠"}, "아빠가 동생을 재워요"},
    {{"아기", "나", "안다"}, "나는 아기를 안아요"},
    {{"형", "동생", "밀다"}, "형이 동생을 밀어요"},
    {{"아빠", "아기", "모자", "씌우다"}, "아빠가 아기한테 모자를 씌워요"},
    {{"엄마", "아빠", "오다"}, "엄마랑 아빠가 와요"},
    // 뭐 asks first for what is done; 여기 or 저기 is where, not what
    {{"상자", "뭐", "넣다"}, "상자에 뭐 넣어요?"},
    {{"냉장고", "뭐", "있다"}, "냉장고에 뭐가 있어요?"},
    {{"책상", "여기", "놓다"}, "책상을 여기에 놓아요"},
    {{"침대", "말고", "책상", "여기", "놓다"}, "침대 말고 책상을 여기에 놓아요"},
    // minutes tapped first say how long, right before the verb
    {{"10분", "트램펄린", "타다"}, "트램펄린을 10분 타요"},
    {{"30분", "엄마", "기다리다"}, "엄마를 30분 기다려요"},
    // someone right before the thing it is not is whose it is
    {{"이거", "나", "베개", "아니다"}, "이건 내 베개가 아니에요"},
    {{"저거", "동생", "신발", "아니다"}, "저건 동생 신발이 아니에요"},
    // a noun the child marked as where is the place, not what the speaker owns
    {{"사촌", "밀다", "나", "트램펄린", "에서"}, "사촌이 트램펄린에서 나를 밀어요"},
    // 올리다 puts onto a place
    {{"사과", "저울", "올리다"}, "사과를 저울에 올려요"},
    {{"손", "올리다"}, "손을 올려요"},
    // someone one lives with or looks up to, tapped again before a wish or a thing done together
    // that is no going, is called
    {{"엄마", "엄마", "집", "가다", "싶다"}, "엄마, 집에 가고 싶어요"},
    {{"누나", "누나", "같이", "심다", "씨앗"}, "누나, 같이 씨앗을 심어요"},
    {{"친구", "친구", "같이", "놀다"}, "친구랑 같이 놀아요"},
    {{"엄마", "엄마", "오다"}, "엄마가 와요"},
    // 주다 between a thing and the verb it is for asks for that verb
    {{"선풍기", "주다", "켜다"}, "선풍기를 켜 주세요"},
    {{"사과", "주다", "먹다"}, "사과 주세요. 먹어요"},
    // the speaker after 주다, when someone called first asks for a thing, is whom to
    {{"선생님", "씨앗", "주다", "나"}, "선생님, 나한테 씨앗 주세요"},
    {{"사과", "할머니", "주다", "나"}, "나는 할머니께 사과를 드려요"},
    // 그리고 after going is 가서, but not before going somewhere else
    {{"가다", "빵집", "그리고", "편의점", "가다"}, "빵집에 가고 편의점에 가요"},
    {{"공원", "가다", "그리고", "그네", "타다"}, "공원에 가서 그네를 타요"},
    // a place and who or what is there, with no verb
    {{"사촌", "집", "강아지"}, "사촌 집에 강아지가 있어요"},
    {{"화장실", "휴지"}, "화장실에 휴지가 있어요"},
    {{"학교", "선생님"}, "학교 선생님"},
    // a teacher or another elder the child does not live with, tapped first right before the
    // speaker, hears what the child did; not with a verb done to someone
    {{"선생님", "나", "다", "하다", "퍼즐"}, "선생님, 나 퍼즐을 다 했어요"},
    {{"할머니", "나", "사과", "먹다"}, "할머니, 나 사과를 먹어요"},
    {{"선생님", "나", "부르다"}, "선생님이 나를 부르세요"},
    {{"형", "나", "과자", "먹다"}, "형이 내 과자를 먹어요"},
    {{"끈적하다", "슬라임", "싫다"}, "끈적한 슬라임이 싫어요"},
    // someone the child marked with 도 or 만 does it too, or alone (not 친구랑)
    {{"친구", "도", "놀다"}, "친구도 놀아요"},
    {{"나", "도", "주다"}, "나도 주세요"},
    // someone outside the family before a family member says whose, or which one
    {{"친구", "엄마", "오다"}, "친구 엄마가 와요"},
    {{"나", "사촌", "언니", "좋다"}, "나는 사촌 언니가 좋아요"},
    {{"친구", "형", "때리다"}, "친구가 형을 때려요"},
    // a place before a thing an adjective describes says which one
    {{"빵집", "빵", "맛있다"}, "빵집 빵이 맛있어요"},
    {{"놀이터", "친구", "많다"}, "놀이터에 친구가 많아요"},
    // what a marked thing looks like
    {{"사촌", "은", "공룡", "잠옷", "을", "입다"}, "사촌은 공룡 잠옷을 입어요"},
    // an animal by which something is done to a body part is no owner
    {{"나", "모기", "물리다", "다리"}, "나는 모기한테 다리를 물렸어요"},
    // with a count, someone tapped last after the verb does it, or is asked, first
    {{"빵", "3", "개", "사다", "엄마"}, "엄마가 빵을 3개 사요"},
    {{"사과", "3", "개", "주다", "엄마"}, "엄마, 사과 3개 주세요"},
    // words: 전화번호 is one word; 붓다 pours into food too; a trampoline is also a place to play
    {{"엄마", "전화", "번호", "알다"}, "엄마 전화번호를 알아요"},
    {{"컵라면", "물", "붓다"}, "컵라면에 물을 부어요"},
    {{"볼풀", "아니면", "트램펄린", "놀다"}, "볼풀 아니면 트램펄린에서 놀래요?"},
    // asking where, what is there or is put there goes first
    {{"어디", "가방", "넣다"}, "가방은 어디 넣어요?"},
    {{"어디", "신발", "있다"}, "신발이 어디 있어요?"},
    // what is always someone's (flag someones) is of the person right before it
    {{"엄마", "이름", "알다"}, "엄마 이름을 알아요"},
    {{"엄마", "전화", "번호", "모르다"}, "엄마 전화번호를 몰라요"},
    // words the gold sets used that the lexicon lacked
    {{"나", "자리", "어디"}, "내 자리가 어디예요?"},
    {{"창가", "앉다", "싶다"}, "창가에 앉고 싶어요"},
    // someone tapped with a need the child feels (flag need) is told; with another feeling, or a
    // younger one, it is said of them
    {{"배고프다", "엄마"}, "엄마, 배고파요"},
    {{"마렵다", "쉬", "선생님"}, "선생님, 쉬가 마려워요"},
    {{"엄마", "배고프다"}, "엄마, 배고파요"},
    {{"피곤하다", "엄마"}, "엄마가 피곤해요"},
    {{"배고프다", "동생"}, "동생이 배고파요"},
    {{"안전벨트", "매다"}, "안전벨트를 매요"},
    // 밤 is a chestnut where it is what is baked or chosen, else the night
    {{"할머니", "밤", "굽다", "주다"}, "할머니, 밤을 구워 주세요"},
    {{"고구마", "말고", "밤", "굽다"}, "고구마 말고 밤을 구워요"},
    {{"밤", "자다"}, "밤에 자요"},
    {{"밤", "라면", "먹다"}, "밤에 라면을 먹어요"},
    {{"동생", "열", "밤"}, "동생은 밤에 열이 나요"},
    // a baby before an animal says its age (flag young), not a list
    {{"아기", "고양이", "보다", "싶다"}, "아기 고양이를 보고 싶어요"},
    {{"아기", "우유", "먹다"}, "아기가 우유를 먹어요"},
    // a plant is given water, with 에 (told, see below); alone, it is what is asked for
    {{"화분", "물", "주다"}, "화분에 물을 줘요"},
    {{"다", "물", "주다", "화분"}, "화분에 물을 다 줬어요"},
    {{"나", "는", "꽃", "물", "주다"}, "나는 꽃에 물을 줘요"},
    {{"꽃", "주다"}, "꽃 주세요"},
    // the child tapping the title too: one person, whose role is the title's
    {{"의사", "선생님", "이", "약", "을", "주다"}, "의사 선생님이 약을 주세요"},
    {{"간호사", "선생님", "이", "주사", "놓다"}, "간호사 선생님이 주사를 놓으세요"},
    {{"의사", "선생님", "고맙다"}, "의사 선생님, 고마워요"},
    // 언제 with someone and no verb asks when they come; with an activity, when it is done
    {{"언제", "엄마"}, "엄마는 언제 와요?"},
    {{"언제", "할머니"}, "할머니는 언제 오세요?"},
    {{"체육", "언제"}, "체육 언제 해요?"},
    {{"언제", "생일"}, "생일은 언제예요?"},
    {{"우유", "물", "말고"}, "물 말고 우유요"},
    {{"감자", "고구마", "아니면"}, "감자 아니면 고구마요?"},  // the choices, first or last
    {{"밤", "자다", "9시"}, "밤 9시에 자요"},                 // a late clock time joins the period
    {{"아침", "일어나다", "7시"}, "아침 7시에 일어나요"},     // 아침, also a meal
    {{"어디", "있다", "화장실"}, "화장실이 어디 있어요?"},    // 어디 is the where
    {{"만지다", "강아지", "되다", "?"}, "강아지를 만져도 돼요?"},  // leave for the verb's object
    {{"공부하다", "의사", "되다"}, "공부하고 의사가 돼요"},  // 의사 is no object: 되다 'become'
    {{"그만", "하다"}, "그만해요"},                          // an adverb and its verb are one verb
    {{"그만", "안", "하다"}, "그만 안 해요"},
    {{"화장실", "나", "가다", "싶다"}, "나는 화장실에 가고 싶어요"},  // the speaker speaks first
    {{"엄마", "나", "주다"}, "엄마, 나한테 주세요"},                  // but a person keeps order
    {{"놀다", "안", "너", "랑"}, "너랑 안 놀아요"},  // the child's 랑 is kept, not made a topic
    {{"공원", "아니면", "바다", "가다"}, "공원 아니면 바다에 갈래요?"},  // a choice asks which
    {{"물", "아니면", "우유", "주다"}, "물 아니면 우유 주세요"},     // unless it asks for either
    {{"아프다", "할아버지", "다리"}, "할아버지는 다리가 아프세요"},  // honoured through the owner
    {{"자다", "침대"}, "침대에서 자요"},                             // where one sleeps: 에서
    {{"타다", "버스", "학교", "가다"}, "버스를 타고 학교에 가요"},   // the bus is how, not why
    {{"자전거", "타다", "공원", "가다"}, "자전거를 타러 공원에 가요"},  // a bike may be why
    {{"놀다", "오다", "친구"}, "친구가 놀러 와요"},                     // who comes goes first
    {{"더", "치킨"}, "치킨 더 주세요"},                                 // more of what follows
    {{"모자", "쓰다", "노란색"}, "노란색 모자를 써요"},  // a colour tapped after its thing
    {{"미안하다", "때리다"}, "때려서 미안해요"},         // what one is sorry for is the reason
    {{"도와주다", "고맙다"}, "도와줘서 고마워요"},
    {{"지금", "아니면", "나중에", "전화", "하다"}, "지금 아니면 나중에 전화를 할래요?"},  // or when
    {{"빨리", "말고", "천천히", "가다", "주다"}, "빨리 말고 천천히 가 주세요"},           // or how
    {{"놀다", "아니면", "자다"}, "놀아요, 아니면 자요?"},  // a choice of two actions asks
    {{"밥", "먹다", "아니면", "빵", "먹다"}, "밥을 먹어요, 아니면 빵을 먹어요?"},
    {{"숨바꼭질", "같이", "싶다"}, "같이 숨바꼭질하고 싶어요"},  // 같이 before the noun-verb
    {{"친구", "같이", "싶다"}, "친구랑 같이 놀고 싶어요"},       // someone to be with: 놀다
    {{"이거", "누구"}, "이거 누구 거예요?"},                     // a thing asked 누구: whose
    {{"동생", "도", "가다", "싶다"}, "동생도 가고 싶어 해요"},   // the marked person wishes
    {{"할머니", "도", "가다", "싶다"}, "할머니도 가고 싶어 하세요"},
    {{"동생", "가다", "싶다"}, "동생이랑 가고 싶어요"},         // unmarked: the child wishes
    {{"수박", "주스", "마시다"}, "수박 주스를 마셔요"},         // a fruit names the juice's kind
    {{"공룡", "영화", "보다"}, "공룡 영화를 봐요"},             // what a film is about
    {{"공룡", "책"}, "공룡 책이요"},                            // a thing asked for, not whose
    {{"선생님", "뭐", "좋아하다"}, "선생님은 뭐 좋아하세요?"},  // 뭐 is what is liked
    {{"뭐", "먹다", "점심"}, "점심에 뭐 먹어요?"},              // so lunch is when
    {{"더", "우유", "주다"}, "우유 더 주세요"},                 // more of the thing after it
    {{"할머니", "고맙다"}, "할머니, 고마워요"},                 // thanks said to her
    {{"선생님", "선물", "고맙다"}, "선생님, 선물 고마워요"},
    {{"30분", "기다리다"}, "30분 기다려요"},  // minutes alone: how long
    // how someone feels, tapped first before a thing no feeling describes: why
    {{"기쁘다", "선물", "받다"}, "선물을 받아서 기뻐요"},
    {{"슬프다", "영화", "보다"}, "슬픈 영화를 봐요"},
    // not wanting to (flag averse), tapped first, is about what one would do
    {{"싫다", "머리", "감다"}, "머리를 감기 싫어요"},
    {{"싫다", "약", "먹다"}, "약을 먹기 싫어요"},
    // a dream and a fright are told after they happened (flag report); a dream is of what is
    // tapped before it (flag depicts)
    {{"풍선", "터지다", "놀라다"}, "풍선이 터져서 놀랐어요"},
    {{"공룡", "꿈", "꾸다"}, "공룡 꿈을 꿨어요"},
    // a place before a vehicle it runs says whose (학교 버스); not a toy one, nor going by it
    {{"학교", "버스", "언제", "오다"}, "학교 버스가 언제 와요?"},
    {{"타다", "학교", "버스", "나"}, "나는 학교 버스를 타요"},
    {{"공원", "자전거", "타다"}, "공원에서 자전거를 타요"},
    {{"학교", "버스", "가다"}, "학교에 버스로 가요"},
    // someone's day before a thing says which; a day before a place the child marked too
    {{"친구", "생일", "선물", "사다"}, "친구 생일 선물을 사요"},
    {{"이모", "가", "생일", "파티", "에", "오다"}, "이모가 생일 파티에 와요"},
    {{"생일", "케이크", "먹다"}, "생일에 케이크를 먹어요"},
    {{"주말", "축구", "하다"}, "주말에 축구를 해요"},
    // dressing asked for is done to the child (lexicon verb:): 신겨 주세요, not 신어 주세요
    {{"신발", "신다", "주다"}, "신발을 신겨 주세요"},
    {{"엄마", "옷", "입다", "주다"}, "엄마, 옷을 입혀 주세요"},
    {{"안", "신다", "주다"}, "신지 마세요"},
    // a verb tapped first, then an adjective and the noun it describes
    {{"먹다", "시원하다", "수박"}, "시원한 수박을 먹어요"},
    // tapped first before a thing asked for and nothing else, what it is like says which one is
    // wanted (medium: it may say what the thing is like); a feeling stays what one feels
    {{"부드럽다", "수건"}, "부드러운 수건이요"},
    {{"무섭다", "곰"}, "곰이 무서워요"},
    {{"수건", "부드럽다"}, "수건이 부드러워요"},
    {{"주다", "무겁다", "이불"}, "무거운 이불 주세요"},
    // what breaks or goes out is told after the fact (flag report)
    {{"로봇", "부서지다"}, "로봇이 부서졌어요"},
    // the speaker before a body part someone else acts on owns it
    {{"친구", "나", "발", "밟다"}, "친구가 내 발을 밟아요"},
    // an animal's food, given or wanted to be, is its own (flag feed); it still eats it
    {{"물고기", "밥", "주다"}, "물고기 밥을 줘요"},  // given (medium: or asked for)
    {{"동생", "이", "물고기", "밥", "을", "주다"}, "동생이 물고기 밥을 줘요"},
    {{"물고기", "밥", "싶다"}, "물고기 밥을 주고 싶어요"},
    {{"고양이", "밥", "먹다"}, "고양이가 밥을 먹어요"},
    {{"강아지", "간식", "주다", "되다"}, "강아지한테 간식을 줘도 돼요?"},
    // compounds tapped apart; a noun and 시키다 that make one verb
    {{"비", "옷", "입다", "싶다"}, "비옷을 입고 싶어요"},
    {{"머리", "끈", "주다"}, "머리끈 주세요"},
    {{"기차", "표"}, "기차표요"},
    {{"받다", "금", "메달", "나"}, "나는 금메달을 받아요"},
    {{"어제", "강아지", "목욕", "시키다"}, "어제 강아지를 목욕시켰어요"},
    {{"피자", "시키다"}, "피자를 시켜요"},
    {{"춤", "추다"}, "춤을 춰요"},
    // an allergy is to what is named before it, and someone has it (flags event, depicts)
    {{"나", "땅콩", "알레르기"}, "나는 땅콩 알레르기가 있어요"},
    {{"동생", "계란", "알레르기"}, "동생은 계란 알레르기가 있어요"},
    // a verb with a food as its subject is how the food is (쓰다 'bitter', 타다 'burn'): a reason
    {{"약", "쓰다", "싫다"}, "약이 써서 싫어요"},
    {{"편지", "쓰다", "싫다"}, "편지를 쓰기 싫어요"},
    // a time before whose turn it is: the copula (다음 is the topic, 오늘 stays bare)
    {{"다음", "나", "차례"}, "다음은 내 차례예요"},
    {{"다음", "누구", "차례"}, "다음은 누구 차례예요?"},
    {{"오늘", "나", "차례"}, "오늘 내 차례예요"},
    {{"다음", "뭐", "하다"}, "다음에 뭐 해요?"},
    {{"어제", "모기", "팔"}, "어제 모기 팔"},  // (no copula: a mosquito's arm is no one's turn)
    {{"우리", "수영장", "주말"}, "주말 우리 수영장"},  // (nor our pool: somewhere to go)
    // one sleeps in a tent or a car; the child's 을 there is replaced
    {{"오늘", "텐트", "을", "자다"}, "오늘 텐트에서 자요"},
    {{"텐트", "말고", "자동차", "자다"}, "텐트 말고 자동차에서 자요"},
    // 뭐 before an activity done with 하다 asks what, and the two are one verb
    {{"뭐", "주문", "하다"}, "뭐 주문해요?"},
    {{"뭐", "과자", "먹다"}, "무슨 과자를 먹어요?"},
    // a native numeral with no counter follows what it counts
    {{"하나", "돈가스", "주다"}, "돈가스 하나 주세요"},
    // dazzled is how one feels (flag feeling), a reason before a request, not the curtain's look
    {{"눈부시다", "커튼", "닫다", "주다"}, "눈부시니까 커튼을 닫아 주세요"},
    {{"4시", "30분", "만나다"}, "4시 30분에 만나요"},  // with the hour: when
    // how long is said right before the verb, after what it is done to
    {{"보다", "텔레비전", "30분"}, "텔레비전을 30분 봐요"},
    {{"5분", "기다리다", "엘리베이터"}, "엘리베이터를 5분 기다려요"},
    {{"휴대폰", "10분", "보다", "되다", "?"}, "휴대폰을 10분 봐도 돼요?"},
    {{"할아버지", "어디", "있다"}, "할아버지는 어디 계세요?"},  // the elder is somewhere
    {{"우리", "집", "가다"}, "우리 집에 가요"},                 // 우리 before home: whose
    {{"우리", "선생님", "좋다"}, "우리 선생님이 좋아요"},
    {{"그네", "타다", "그네"}, "그네를 타요"},  // a card tapped again around its verb
    {{"도와주다", "선생님", "도와주다"}, "선생님, 도와주세요"},
    {{"사과", "먹다", "바나나", "먹다"}, "사과를 먹고 바나나를 먹어요"},  // two things eaten
    {{"공", "던지다", "나", "주다"}, "나한테 공을 던져 주세요"},          // done for the speaker
    {{"나", "돕다", "주다"}, "나를 도와주세요"},                          // done to the speaker
    {{"연필", "빌리다", "주다"}, "연필을 빌려주세요"},    // 빌려주다 is one word
    {{"빌리다", "주다", "고맙다"}, "빌려줘서 고마워요"},  // thanks for lending
    {{"싫다", "나", "가다"}, "나는 가기 싫어요"},         // what one does not want to do
    {{"싫다", "가다"}, "가기 싫어요"},
    {{"싫다", "안", "가다"}, "싫어서 안 가요"},               // a reason for not going
    {{"밥", "먹다", "나", "가다"}, "나는 밥을 먹으러 가요"},  // who goes, tapped between
    {{"놀다", "친구", "오다"}, "친구가 놀러 와요"},
    {{"보다", "할머니", "가다"}, "할머니를 보러 가요"},                 // whom one goes to see
    {{"가다", "책", "빌리다", "도서관"}, "책을 빌리러 도서관에 가요"},  // going first, place last
    {{"가다", "책", "빌리다"}, "가서 책을 빌려요"},
    {{"가다", "놀다", "공원"}, "공원에 놀러 가요"},  // the place first when what for has no noun
    {{"놀다", "밖", "가다"}, "밖에 놀러 가요"},
    {{"비"}, "비가 와요"},  // a noun that names what happens says its verb
    {{"어제", "비"}, "어제 비가 왔어요"},
    {{"동생", "열"}, "동생은 열이 나요"},  // said of the person
    {{"머리", "열"}, "머리에 열이 나요"},  // where on the body
    {{"손가락", "피", "나다"}, "손가락에 피가 나요"},
    {{"할머니", "열"}, "할머니는 열이 나세요"},
    {{"로봇", "고장"}, "로봇이 고장 났어요"},  // what happened: past
    // The same noun tapped with its own verb is part of it (고장 나다 is one verb, a report).
    {{"로봇", "고장", "나다"}, "로봇이 고장 났어요"},
    {{"고장", "나다", "로봇"}, "로봇이 고장 났어요"},
    {{"열", "나다", "동생"}, "동생은 열이 나요"},  // stays with its verb (열 is also ten)
    {{"기침"}, "기침해요"},
    {{"피", "손"}, "손에 피가 나요"},  // what happens goes last, where its verb is
    {{"미끄럼틀", "싶다", "나"}, "나는 미끄럼틀 타고 싶어요"},  // the speaker is who wants
    {{"바다", "싶다", "주말"}, "주말에 바다에 가고 싶어요"},    // the time first
    {{"나", "싶다"}, "나는 하고 싶어요"},
    {{"선생님", "가위"}, "선생님, 가위 주세요"},  // a tool too
    // 안녕히 makes its verb a farewell said to someone.
    {{"안녕히", "가다"}, "안녕히 가세요"},
    {{"원장님", "안녕히", "가다"}, "원장님, 안녕히 가세요"},
    // A noun tapped after its verb goes before the adverbs, which keep their order.
    {{"안녕히", "자다", "할아버지"}, "할아버지, 안녕히 주무세요"},
    // 잘 with a verb of parting wishes it, with honour only to an elder
    {{"잘", "자다", "엄마"}, "엄마, 잘 자요"},
    {{"할아버지", "잘", "자다"}, "할아버지, 잘 주무세요"},
    {{"동생", "잘", "자다"}, "동생이 잘 자요"},  // said of someone, not to them
    {{"잘", "먹다"}, "잘 먹어요"},               // not a verb of parting
    {{"왜", "자꾸", "울다", "아기"}, "아기는 왜 자꾸 울어요?"},
    // A person before their own body part with a verb done to it is who does it.
    {{"다치다", "손가락", "동생"}, "동생이 손가락을 다쳤어요"},
    {{"동생", "손", "씻다"}, "동생이 손을 씻어요"},
    {{"토끼", "귀", "만지다", "싶다"}, "토끼 귀를 만지고 싶어요"},  // the child touches it
    // The listener's wish or feeling is asked; asked along, the listener is said bare.
    {{"너", "배고프다"}, "너는 배고파요?"},
    {{"너", "도", "같이", "가다", "친구에게"}, "너도 같이 가자"},
    // A belonging of the speaker's in a request; the speaker after the thing asked where.
    {{"나", "가방", "찾다", "주다"}, "내 가방을 찾아 주세요"},
    {{"나", "공", "던지다", "주다"}, "나한테 공을 던져 주세요"},  // a verb with a receiver
    {{"나", "책", "읽다", "주다"}, "나한테 책을 읽어 주세요"},    // not a belonging
    {{"가방", "어디", "나"}, "내 가방이 어디 있어요?"},
    {{"어디", "교실", "우리"}, "우리 교실이 어디예요?"},
    // 요 after the child's particle card is always 요 (이요 is for a noun).
    {{"사과", "를"}, "사과를요"},
    {{"책", "을"}, "책을요"},
    {{"책"}, "책이요"},
    // A meal that is also a time says the verb only when no other thing does.
    {{"나", "떡볶이", "싶다", "저녁"}, "나는 저녁에 떡볶이 먹고 싶어요"},
    {{"점심", "싶다"}, "점심 먹고 싶어요"},
    // A tooth tapped first stays before a late time word (after it, 이 would be its particle).
    {{"이", "빠지다", "어제"}, "이가 어제 빠졌어요"},
    // A cold is caught (감기 says its own verb); 안 되다 tapped as a pair before the verb forbids.
    {{"할머니", "감기"}, "할머니는 감기에 걸리셨어요"},
    {{"안", "되다", "만지다", "가위"}, "가위를 만지면 안 돼요"},
    // Someone and a home with 있다 and nothing else: where they are.
    {{"할머니", "있다", "집"}, "할머니가 집에 계세요"},
    {{"할머니", "집", "가다"}, "할머니 집에 가요"},
    // The speaker right before a belonging, after someone who does something to it, owns it.
    {{"형", "나", "과자", "먹다"}, "형이 내 과자를 먹어요"},
    {{"동생", "만지다", "나", "로봇"}, "동생이 내 로봇을 만져요"},
    {{"먹다", "나", "사과"}, "나는 사과를 먹어요"},
    // 되다 with someone called anywhere asks them leave; what someone becomes is not joined to
    // them.
    {{"물", "되다", "?", "선생님"}, "선생님, 물 마셔도 돼요?"},
    {{"엄마", "의사", "되다"}, "엄마가 의사가 돼요"},
    // 왜 asks after who, before what is done to.
    {{"왜", "문", "닫다"}, "왜 문을 닫아요?"},
    {{"동생", "왜", "안", "먹다", "밥"}, "동생은 왜 밥을 안 먹어요?"},
    {{"왜", "안", "오다", "버스"}, "버스가 왜 안 와요?"},
    // A person tapped after the verb with a thing it acts on does it.
    {{"그리다", "그림", "동생"}, "동생이 그림을 그려요"},
    // An animal before a thing made to look like one says which.
    {{"곰", "인형", "안다"}, "곰 인형을 안아요"},
    {{"공룡", "스티커", "붙이다"}, "공룡 스티커를 붙여요"},
    // Someone's home before an animal says which one; home alone is where.
    {{"우리", "집", "강아지", "귀엽다"}, "우리 집 강아지가 귀여워요"},
    {{"집", "강아지", "있다"}, "집에 강아지가 있어요"},
    {{"우리", "집", "강아지", "있다"}, "우리 집에 강아지가 있어요"},  // where, with 있다
    // 코 피 is the compound 코피, with its verb or carrying it.
    {{"코", "피", "나다"}, "코피가 나요"},
    {{"동생", "코", "피"}, "동생은 코피가 나요"},
    {{"물", "안경", "주다"}, "물안경 주세요"},  // dictionary compounds a child taps apart
    {{"모래", "성", "만들다"}, "모래성을 만들어요"},
    {{"목욕", "물", "뜨겁다"}, "목욕물이 뜨거워요"},
    {{"개미", "집", "가다"}, "개미가 집에 가요"},  // (no 개미집: the ant goes home)
    // A card labelled in the polite form is its verb; a word that is not one is a noun.
    {{"먹어요", "사과"}, "사과를 먹어요"},
    // The speaker asking leave is not what the noun is: 되다 still asks.
    {{"나", "물", "되다", "?"}, "나는 물 마셔도 돼요?"},
    {{"나", "의사", "되다"}, "나는 의사가 돼요"},
    // A younger one is not asked in polite speech: what the request is about.
    {{"아기", "깨우다", "안", "주다"}, "아기를 깨우지 마세요"},
    {{"동생", "물", "주다"}, "동생한테 물 주세요"},
    // A verb that describes, before a noun a later verb takes, is its modifier.
    {{"신나다", "노래", "듣다", "싶다"}, "신나는 노래를 듣고 싶어요"},
    {{"나", "신나다"}, "나는 신나요"},
    // Two things joined by the child's own 하고 or 랑 are asked for together.
    {{"딸기", "하고", "우유"}, "딸기하고 우유요"},
    {{"사과", "랑", "바나나"}, "사과랑 바나나요"},
    // A topic the child marked, then what it is: the copula.
    {{"내일", "은", "토요일"}, "내일은 토요일이에요"},
    {{"우리", "엄마", "는", "선생님"}, "우리 엄마는 선생님이에요"},
    {{"나", "는", "학생"}, "나는 학생이에요"},
    {{"우리", "엄마", "의사"}, "우리 엄마는 의사예요"},  // 우리 before family is whose
    // A clock time goes after the day or the part of the day.
    {{"7시", "일어나다", "아침"}, "아침 7시에 일어나요"},
    {{"3시", "오늘", "가다"}, "오늘 3시에 가요"},
    // An interjection before the rest is set off with a comma.
    {{"네", "좋다"}, "네, 좋아요"},
    {{"아니요", "안", "먹다"}, "아니요, 안 먹어요"},
    {{"선생님", "화나다"}, "선생님이 화나셨어요"},  // angry now is said in the past
    {{"어제", "친구", "스티커", "얻다"}, "어제 친구한테 스티커를 얻었어요"},
    {{"엄마", "물"}, "엄마, 물 주세요"},  // someone called and a drink: asking
    // a belonging is whose, and, with nothing else tapped, asked for (not 엄마, 가방 주세요)
    {{"엄마", "가방"}, "엄마 가방 주세요"},
    {{"동생", "과자"}, "동생 과자 주세요"},  // a younger sibling is not called
    {{"화장실"}, "화장실에 가고 싶어요"},    // a place a child asks to go to
    {{"선생님", "화장실"}, "선생님, 화장실에 가고 싶어요"},
    {{"화장실", "지금"}, "지금 화장실에 가고 싶어요"},
    {{"오늘", "수영장"}, "오늘 수영장에 가요"},     // a time and a place: going
    {{"저녁", "목욕"}, "저녁에 목욕해요"},          // a time and an activity: doing it
    {{"사과", "열", "개"}, "사과 열 개 주세요"},    // 열 before a counter is ten
    {{"왜", "울다", "동생"}, "동생은 왜 울어요?"},  // the question word right before the verb
    {{"우리", "같이", "가다"}, "우리 같이 가요"},
    {{"선생님", "안녕하세요"}, "선생님 안녕하세요"},  // the person greeted is called first
    {{"누구", "인형"}, "누구 인형이에요?"},           // whose
    {{"이거", "말고", "공룡", "주다"}, "이거 말고 공룡 주세요"},      // choices are of a kind
    {{"엄마", "말고", "아빠", "주다"}, "엄마 말고 아빠한테 주세요"},  // not a call to 엄마
    {{"인형", "누구"}, "인형이 누구예요?"},
    {{"먹다", "안"}, "안 먹어요"},
    {{"놀다", "오늘"}, "오늘 놀아요"},
    {{"사과", "먹다", "어제"}, "어제 사과를 먹었어요"},
    {{"나", "놀다", "내일"}, "나는 내일 놀아요"},
    {{"먹다", "빨리"}, "빨리 먹어요"},
    {{"읽다", "책", "주다"}, "책을 읽어 주세요"},
    {{"빨간색", "컵", "주다"}, "빨간색 컵 주세요"},
    {{"할아버지", "안경", "없다"}, "할아버지 안경이 없어요"},
    {{"축구", "공", "주다"}, "축구공 주세요"},
    {{"종이", "컵", "주다"}, "종이컵 주세요"},
    {{"나무", "의자", "앉다"}, "나무 의자에 앉아요"},
    {{"사과", "바나나", "먹다"}, "사과랑 바나나를 먹어요"},
    {{"토끼", "귀", "길다"}, "토끼는 귀가 길어요"},
    {{"나", "가방", "무겁다"}, "내 가방이 무거워요"},
};

const std::vector<Row> kRealTaps2 = {
    // What an adjective of how things are says of an owner's animal, place or (우리) person.
    {{"우리", "강아지", "귀엽다"}, "우리 강아지가 귀여워요"},
    {{"우리", "집", "크다"}, "우리 집이 커요"},
    {{"우리", "엄마", "예쁘다"}, "우리 엄마가 예뻐요"},
    {{"나", "강아지", "귀엽다"}, "내 강아지가 귀여워요"},
    {{"친구", "강아지", "귀엽다"}, "친구 강아지가 귀여워요"},
    {{"할머니", "고양이", "귀엽다"}, "할머니 고양이가 귀여워요"},
    {{"형", "방", "크다"}, "형 방이 커요"},
    {{"고양이", "꼬리", "길다"}, "고양이는 꼬리가 길어요"},
    // ... but not of what someone feels about something, nor 나 before a place.
    {{"우리", "강아지", "좋다"}, "우리는 강아지가 좋아요"},
    {{"나", "학교", "멀다"}, "나는 학교가 멀어요"},
    {{"나", "배", "아프다"}, "나는 배가 아파요"},
    {{"엄마", "사과", "먹다"}, "엄마가 사과를 먹어요"},
    {{"저거", "뭐", "?"}, "저거 뭐예요?"},
    {{"뭐", "저거"}, "저거 뭐예요?"},
    {{"이거", "사과"}, "이거 사과예요"},
    {{"이름", "뭐"}, "이름이 뭐예요?"},
    {{"아빠", "의사"}, "아빠는 의사예요"},
    {{"오늘", "생일"}, "오늘 생일이에요"},
    {{"물", "둘", "잔"}, "물 두 잔 주세요"},  // a counted thing is asked for
    {{"넘어지다", "그래서", "다리", "아프다"}, "넘어져서 다리가 아파요"},  // still hurts
    // 그래서 and 그리고 between two parts join them as a teacher models it, with -아서 and -고
    {{"늦다", "그래서", "미안하다"}, "늦어서 미안해요"},
    {{"비", "그래서", "밖", "못", "나가다"}, "비가 와서 밖에 못 나가요"},
    {{"손", "씻다", "그리고", "밥", "먹다"}, "손을 씻고 밥을 먹어요"},
    {{"춥다", "그래서", "문", "닫다", "주다"},
     "추우니까 문을 닫아 주세요"},  // no -아서 before a request: -(으)니까
    {{"교실", "덥다", "문", "열다", "주다"}, "교실이 더우니까 문을 열어 주세요"},  // no 그래서 too
    {{"무겁다", "들다", "주다"}, "무거우니까 들어 주세요"},
    {{"배고프다", "밥", "먹다"}, "배고파서 밥을 먹어요"},  // no request: -아서
    {{"늦잠", "자다", "그래서", "빨리", "가다", "주다"},
     "늦잠을 자요. 그래서 빨리 가 주세요"},  // a verb's reason: two sentences
    // the child's particle cards are kept where they are right, whatever the frame's classes
    {{"친구", "랑", "같이", "그림", "을", "그리다"}, "친구랑 같이 그림을 그려요"},
    {{"우리", "는", "주말", "에", "산", "에", "가다"}, "우리는 주말에 산에 가요"},  // time with 에
    {{"할머니", "는", "국수", "를", "좋아하다"}, "할머니는 국수를 좋아하세요"},
    {{"물고기", "가", "물", "에서", "놀다"}, "물고기가 물에서 놀아요"},
    // a verb first, then what it is done to or who is asked, then 주다
    {{"읽다", "책", "아빠", "주다"}, "아빠, 책을 읽어 주세요"},
    {{"줍다", "연필", "주다"}, "연필을 주워 주세요"},
    // done to the speaker, tapped after the one who did it
    {{"밀다", "친구", "나"}, "친구가 나를 밀어요"},
    {{"던지다", "공", "형", "나"}, "형이 나한테 공을 던져요"},  // any verb done to someone
    {{"엄마", "부르다", "나"}, "엄마가 나를 불러요"},
    {{"나", "엄마", "부르다"}, "나는 엄마를 불러요"},  // the speaker first does it
    // a thing it is done to: not done to the person, who does it with the speaker
    {{"부르다", "노래", "친구", "나"}, "나는 친구랑 노래를 불러요"},
    // dishes are tools that are also washed and wiped; the frame tells 행주 and 컵 apart
    {{"컵", "닦다"}, "컵을 닦아요"},
    {{"휴지", "닦다"}, "휴지로 닦아요"},
    {{"행주", "컵", "닦다"}, "행주로 컵을 닦아요"},
    {{"컵", "그릇", "씻다"}, "컵이랑 그릇을 씻어요"},
    // a direction is what one looks at, not where from (the child's 에서 card still says so)
    {{"위", "보다"}, "위를 봐요"},
    {{"위", "에서", "보다"}, "위에서 봐요"},
    {{"노래", "부르다", "친구"}, "친구가 노래를 불러요"},
    {{"보다", "싶다", "할머니", "나"}, "나는 할머니를 보고 싶어요"},  // who wants is the speaker
    {{"형", "뺏다", "나", "장난감"}, "형이 내 장난감을 뺏어요"},      // taken: the speaker's
    {{"형", "나", "게임", "끄다"}, "형이 내 게임을 꺼요"},            // a game is a belonging too
    {{"동생", "가방", "숨기다", "나"}, "동생이 내 가방을 숨겨요"},    // the speaker tapped last
    {{"나", "책", "읽다", "주다"}, "나한테 책을 읽어 주세요"},        // asked for: to the speaker
    // past giving with someone else and no speaker: what they gave or did for the child
    {{"할아버지", "주다", "책", "어제"}, "어제 할아버지가 책을 주셨어요"},
    {{"아빠", "안다", "주다", "어제"}, "어제 아빠가 안아 줬어요"},
    {{"어제", "나", "할머니", "떡", "주다"}, "어제 나는 할머니께 떡을 드렸어요"},
    // the child's particle cards: someone marked with 이/가 does it, asked or not
    {{"고양이", "가", "공", "보다"}, "고양이가 공을 봐요"},  // though 보다 names people
    {{"선생님", "이", "그림", "그리다", "주다"}, "선생님이 그림을 그려 주세요"},
    {{"동생", "이", "이", "닦다"}, "동생이 이를 닦아요"},          // the particle, then the tooth
    {{"행복하다", "할머니", "오다"}, "할머니가 오셔서 행복해요"},  // the child is happy
    // what happened, before another verb, says why (-아서), not what for nor what one fears to do
    {{"친구", "넘어지다", "다리", "다치다"}, "친구가 넘어져서 다리를 다쳤어요"},
    {{"풍선", "터지다", "무섭다"}, "풍선이 터져서 무서워요"},
    {{"수영", "하다", "무섭다"}, "수영을 하기 무서워요"},
    {{"다치다", "병원", "가다"}, "다쳐서 병원에 가요"},
    {{"옷", "젖다", "갈아입다", "싶다"}, "옷이 젖어서 갈아입고 싶어요"},
    // someone tapped after the verb of a clause with 같이 is whom the child does it with
    {{"만두", "같이", "만들다", "할머니"}, "할머니랑 같이 만두를 만들어요"},
    {{"화장실", "같이", "가다", "주다", "선생님"}, "선생님, 화장실에 같이 가 주세요"},
    // a verb before one whose object may be an action (flag doing) is that object: V-는 거
    {{"그림", "그리다", "좋아하다"}, "그림을 그리는 거 좋아해요"},
    {{"놀다", "좋아하다"}, "노는 거 좋아해요"},
    {{"바지", "입다", "도와주다", "선생님"}, "선생님, 바지를 입는 거 도와주세요"},
    {{"선생님", "신발", "신다", "도와주다"}, "선생님, 신발을 신는 거 도와주세요"},
    {{"도와주다", "가방", "닫다"}, "가방을 닫는 거 도와주세요"},
    // (잘하다 next to another verb says how well it is done: flag manner; who is good at it is
    // the topic, flag ability)
    {{"동생", "자전거", "타다", "잘하다"}, "동생은 자전거를 잘 타요"},
    {{"할머니", "윷", "잘하다", "던지다"}, "할머니는 윷을 잘 던지세요"},
    {{"수영하다", "잘하다"}, "수영하는 거 잘해요"},
    {{"노래", "잘하다"}, "노래를 잘해요"},
    // a request ends its sentence; what follows is said on its own (but thanks: 도와줘서 고마워요)
    {{"물", "주다", "목마르다"}, "물 주세요. 목말라요"},
    {{"불", "끄다", "안", "주다", "무섭다"}, "불을 끄지 마세요. 무서워요"},
    // what someone did, before how the speaker feels about it, is why
    {{"친구", "울다", "나", "속상하다"}, "친구가 울어서 나는 속상해요"},
    {{"손", "안", "닿다"}, "손이 안 닿아요"},
    // after a call, the speaker whose body part feels it is the topic; one who feels is said bare
    {{"선생님", "나", "배", "아프다"}, "선생님, 나는 배가 아파요"},
    {{"나", "목", "아프다", "선생님"}, "선생님, 나는 목이 아파요"},
    {{"선생님", "나", "배고프다"}, "선생님, 나 배고파요"},
    // an adverb that tells what went wrong puts its verb in the past, as a verb of reporting does
    {{"옷", "거꾸로", "입다"}, "옷을 거꾸로 입었어요"},
    // how the child feels, tapped after a wish, is why; a wish before a feeling about it is why
    {{"자다", "싶다", "졸리다"}, "졸려서 자고 싶어요"},
    {{"밥", "먹다", "싶다", "배고프다"}, "배고파서 밥을 먹고 싶어요"},
    {{"핫초코", "싶다", "춥다"}, "추워서 핫초코 마시고 싶어요"},
    {{"엄마", "보다", "싶다", "슬프다"}, "엄마가 보고 싶어서 슬퍼요"},
    // someone tapped after the second of two verbs, the first of going, does both, first
    {{"시장", "가다", "생선", "사다", "할머니"}, "할머니가 시장에 가서 생선을 사세요"},
    {{"공원", "가다", "놀다", "친구"}, "공원에 가서 친구랑 놀아요"},  // or with whom
    // one honoured doer of two verbs is honoured on the last
    {{"할아버지", "기차", "타다", "오다"}, "할아버지가 기차를 타고 오세요"},
    // leave asked of someone tapped last; how something is, tapped after leave, is why
    {{"사탕", "하나", "먹다", "되다", "?", "엄마"}, "엄마, 사탕을 하나 먹어도 돼요?"},
    {{"옷", "벗다", "되다", "?", "덥다"}, "더워서 옷을 벗어도 돼요?"},
    {{"만지다", "안", "되다", "뜨겁다"}, "뜨거워서 만지면 안 돼요"},
    {{"노래", "싶다", "같이"}, "같이 노래 듣고 싶어요"},  // arranged until nothing moves
    // a counter tapped before its number; an age is what someone is (flag status)
    {{"번", "다섯", "공", "던지다"}, "공을 다섯 번 던져요"},
    {{"사과", "개", "셋", "주다"}, "사과 세 개 주세요"},  // 개 after a thing counts it
    {{"강아지", "셋", "살"}, "강아지는 세 살이에요"},
    {{"동생", "몇", "살"}, "동생은 몇 살이에요?"},
    {{"하얀색", "강아지", "있다", "친구", "집"}, "친구 집에 하얀색 강아지가 있어요"},  // whose
    {{"친구", "안", "놀다", "나", "랑"}, "친구가 나랑 안 놀아요"},  // the child's 랑 kept
    {{"나", "가", "밥", "주다"}, "내가 밥을 줘요"},  // the speaker marked as who gives: no request
    {{"소리", "지르다", "안", "되다", "도서관"}, "도서관에서 소리를 지르면 안 돼요"},  // where
    {{"급식", "12시", "먹다"}, "12시에 급식을 먹어요"},    // when, before what is eaten
    {{"할머니", "내일", "오다"}, "할머니가 내일 오세요"},  // after someone it stays
    // a meal is eaten or made; with any other verb it says when
    {{"일어나다", "씻다", "아침"}, "아침에 일어나서 씻어요"},
    {{"먹다", "아침"}, "아침을 먹어요"},
    {{"아침", "만들다", "엄마"}, "엄마가 아침을 만들어요"},
    {{"의사", "선생님", "오다"}, "의사 선생님이 오세요"},  // what someone is, as a title
    {{"왜", "안", "되다", "놀다"}, "왜 놀면 안 돼요?"},    // asked why it is not allowed
    // someone tapped before or after the speaker who says how they feel is who hears it
    {{"나", "배", "아프다", "엄마"}, "엄마, 나는 배가 아파요"},  // (not 엄마 배: her belly)
    {{"엄마", "나", "배고프다"}, "엄마, 나 배고파요"},
    {{"엄마", "피곤하다"},
     "엄마가 피곤해요"},  // politely, said of her (a need is told: 엄마, 배고파요)
    // 같이 tapped after the verb comes after who is together, before the rest
    {{"신나다", "노래", "부르다", "같이"}, "같이 신나는 노래를 불러요"},
    {{"놀다", "친구", "같이"}, "친구랑 같이 놀아요"},
    {{"깨다", "컵", "동생"}, "동생이 컵을 깼어요"},  // a counter only after a number
    {{"사탕", "몇", "개", "남다"}, "사탕이 몇 개 남았어요?"},
    {{"늦잠", "자다", "그래서", "늦다"}, "늦잠을 자서 늦었어요"},
    {{"보건실"}, "보건실에 가고 싶어요"},
    {{"숟가락", "어디", "나"}, "내 숟가락이 어디 있어요?"},
    {{"놀다", "오다", "친구", "집", "우리"}, "친구가 우리 집에 놀러 와요"},  // 우리 집
    {{"뭐", "만들다", "우리", "오늘"}, "우리는 오늘 뭐 만들어요?"},
    {{"공원", "가다", "그리고", "그네", "타다"}, "공원에 가서 그네를 타요"},  // going: 가서
    {{"먹다", "오다", "할머니", "점심"}, "할머니가 점심을 드시러 오세요"},    // 먹다's own word
    {{"할머니", "놀다", "오다"}, "할머니가 놀러 오세요"},                     // not 노시러
    {{"지금", "화장실", "되다", "?"}, "지금 화장실에 가도 돼요?"},
    {{"아이스크림", "하나", "더", "되다", "?"}, "아이스크림 하나 더 먹어도 돼요?"},
    {{"언제", "먹다", "케이크"}, "언제 케이크를 먹어요?"},
    {{"할머니", "집", "에", "가다"}, "할머니 집에 가요"},  // whose home, though 집 has its card
    {{"숙제", "를", "형", "이", "도와주다"}, "숙제를 형이 도와줘요"},  // 형 이: what 형 does
    {{"음악", "싶다", "조용하다"}, "조용한 음악 듣고 싶어요"},
    {{"싶다", "나", "핫초코", "뜨겁다"}, "나는 뜨거운 핫초코 마시고 싶어요"},
    {{"목마르다", "물", "싶다"}, "목말라서 물 마시고 싶어요"},  // the feeling is why
    // how someone feels about what happened, tapped first: what happened is why (flag reaction)
    {{"속상하다", "친구", "놀리다"}, "친구가 놀려서 속상해요"},
    {{"속상하다", "그림", "찢어지다"}, "그림이 찢어져서 속상해요"},
    {{"슬프다", "친구", "가다"}, "친구가 가서 슬퍼요"},
    {{"슬프다", "영화", "보다"}, "슬픈 영화를 봐요"},            // a sad film: no one does anything
    {{"슬프다", "강아지", "아프다"}, "강아지가 아파서 슬퍼요"},  // how someone is is a cause too
    // how someone is, before them and what they do: why they do it, said of them first
    {{"배고프다", "동생", "울다"}, "동생이 배고파서 울어요"},
    {{"아프다", "친구", "가다", "병원"}, "친구가 아파서 병원에 가요"},
    {{"춥다", "엄마", "부르다"}, "추워서 엄마를 불러요"},      // 엄마 is called, not cold
    {{"심심하다", "친구", "놀다"}, "심심해서 친구랑 놀아요"},  // 친구 is played with
    {{"이거", "뭐", "선생님"}, "선생님 이거 뭐예요?"},
    {{"걷다", "가다", "학교"}, "걸어서 학교에 가요"},  // how one goes (flag seo), not what for
    {{"배우다", "가다", "태권도"}, "태권도를 배우러 가요"},
    {{"맛있다", "떡", "할머니", "만들다"}, "할머니가 맛있는 떡을 만드세요"},  // who does it first
    {{"빌리다", "연필", "고맙다"}, "연필을 빌려줘서 고마워요"},               // lent: one word
    {{"?", "엄마", "밥", "먹다"}, "엄마, 밥을 먹어요?"},          // asked whether she does it
    {{"할아버지", "먹다", "떡", "?"}, "할아버지, 떡을 드세요?"},  // an elder asked: honoured
    {{"엄마", "오다", "?"}, "엄마가 와요?"},                      // whether she comes
    {{"읽다", "싶다", "이거", "책"}, "이 책을 읽고 싶어요"},      // 이거 points at the thing: 이
    {{"다", "읽다", "책", "이거"}, "이 책을 다 읽었어요"},
    {{"이거", "장난감", "싶다"}, "이 장난감 가지고 놀고 싶어요"},  // the verb its class implies
    {{"빵", "이거", "주다"}, "이 빵 주세요"},
    {{"이거", "엄마", "주다"}, "이거 엄마한테 주세요"},  // not at a person
    {{"3", "권", "읽다", "책"}, "책을 3권 읽어요"},      // what is counted, after the verb
    {{"되다", "우유", "?", "선생님"}, "선생님, 우유 마셔도 돼요?"},  // 되다 first asks leave
    {{"되다", "?", "휴대폰", "보다"}, "휴대폰을 봐도 돼요?"},
    {{"숙제", "도와주다", "아빠"}, "아빠, 숙제를 도와주세요"},  // the one asked, called first
    {{"크다", "곰", "있다", "산"}, "산에 큰 곰이 있어요"},      // where something is, first
    {{"검은색", "강아지", "있다", "공원"}, "공원에 검은색 강아지가 있어요"},
    {{"할머니", "있다", "집"}, "할머니가 집에 계세요"},  // but someone is said where they are
    {{"쏟다", "우유", "동생"}, "동생이 우유를 쏟았어요"},
    {{"밀다", "친구", "운동장"}, "운동장에서 친구가 밀어요"},
    {{"도서관", "시끄럽다", "안", "되다"}, "도서관이 시끄러우면 안 돼요"},  // not 시끄럽면
    {{"빵", "이", "먹다", "싶다"}, "빵이 먹고 싶어요"},         // what is wanted may take 이/가
    {{"엄마", "안", "화나다", "주다"}, "엄마, 화내지 마세요"},  // asked of as what one does
    {{"나", "이", "닦다"}, "나는 이를 닦아요"},  // 이 after the speaker, before a body verb
    // after a noun that takes 가, before a verb done to a body part, 이 is the tooth too; before
    // one said of a body part it is the particle tapped wrong
    {{"이", "보다", "주다", "의사"}, "의사 선생님, 이를 봐 주세요"},
    {{"의사", "이", "보다", "주다"}, "의사 선생님, 이를 봐 주세요"},
    {{"배", "이", "아프다"}, "배가 아파요"},
    // a floor says which, not how many, and stays before what it names (flag ordinal)
    {{"3", "층", "교실", "가다"}, "3층 교실에 가요"},
    // giving or a favour told after the fact: someone tapped before it gave, the speaker tapped
    // after it got (a guess the confidence says when no one else is there)
    {{"친구", "편지", "주다", "나", "어제"}, "어제 친구가 나한테 편지를 줬어요"},
    {{"친구", "빌려주다", "크레파스", "어제"}, "어제 친구가 크레파스를 빌려줬어요"},
    {{"나", "친구", "편지", "주다", "어제"}, "나는 어제 친구한테 편지를 줬어요"},
    // someone tapped again and again at the start is called, every tap kept and said once; not
    // someone coming or going, or doing it together, who is said of
    {{"엄마", "엄마", "엄마", "전화"}, "엄마, 전화요"},
    {{"할머니", "할머니", "이거", "보다"}, "할머니, 이걸 보세요"},
    {{"엄마", "엄마", "일어나다"}, "엄마, 일어나요"},
    {{"엄마", "엄마"}, "엄마"},
    {{"엄마", "엄마", "오다"}, "엄마가 와요"},
    {{"친구", "친구", "같이", "놀다"}, "친구랑 같이 놀아요"},
    {{"동생", "동생", "울다"}, "동생이 울어요"},  // a younger one is not called by 동생
    // someone tapped right after a day of someone's, with no verb, is whose it is (flag
    // someones); not after a day of the calendar
    {{"내일", "생일", "나"}, "내일 내 생일이에요"},
    {{"어제", "생일", "할머니"}, "어제 할머니 생일이었어요"},
    {{"언제", "생일", "나"}, "내 생일은 언제예요?"},
    {{"토요일", "엄마"}, "토요일 엄마"},
    // a price is asked of the topic, and 이거 right before a thing points at it (flag price)
    {{"얼마", "이거", "운동화"}, "이 운동화는 얼마예요?"},
    {{"이거", "얼마"}, "이거 얼마예요?"},
    {{"사탕", "2", "개", "얼마"}, "사탕 2개는 얼마예요?"},
    // someone, a thing and how many of it, with no verb: what they have; an age is what one is
    {{"나", "충치", "둘"}, "나는 충치가 둘 있어요"},
    {{"형", "메달", "2", "개"}, "형은 메달이 2개 있어요"},
    {{"나", "강아지", "두", "마리"}, "나는 강아지가 두 마리 있어요"},
    {{"나", "5", "살"}, "나는 5살이에요"},
    // animals and how many, with no verb: how many there are (no one asks for an animal by number)
    {{"고양이", "마리", "둘"}, "고양이가 두 마리 있어요"},
    {{"매미", "3", "마리"}, "매미가 3마리 있어요"},
    {{"물고기", "몇", "마리"}, "물고기가 몇 마리예요?"},  // a question stays one
    {{"과자", "둘", "개"}, "과자 두 개 주세요"},          // a thing counted is asked for
    // a number before a time word counts it, how long, with no 에
    {{"몇", "밤", "호텔", "자다"}, "몇 밤 호텔에서 자요?"},
    {{"둘", "밤", "자다"}, "두 밤 자요"},
    {{"밤", "자다"}, "밤에 자요"},
    {{"나", "이", "먹다"},
     "내가 먹어요"},  // but a particle before any other  // who is asked, tapped last, first
    // who both parts are about, tapped last, comes first
    {{"넘어지다", "그래서", "울다", "동생"}, "동생이 넘어져서 울어요"},
    {{"아프다", "그래서", "병원", "가다", "할아버지"}, "할아버지가 아프셔서 병원에 가세요"},
    {{"밥", "먹다", "그리고", "놀다", "친구"}, "밥을 먹고 친구랑 놀아요"},  // one to play with
    {{"씻다", "그리고", "자다", "나"}, "나는 씻고 자요"},
    {{"이", "닦다", "그리고", "자다", "나"}, "나는 이를 닦고 자요"},  // 나 이 닦다: the tooth
    // the part before says what it is about: whoever is tapped last is the second part's
    {{"탑", "무너지다", "그래서", "울다", "동생"}, "탑이 무너져서 동생이 울어요"},
    {{"비", "오다", "그래서", "울다", "동생"}, "비가 와서 동생이 울어요"},
    // what is built (its own verb makes it) and what it is built of
    {{"블록", "탑", "쌓다"}, "블록으로 탑을 쌓아요"},
    {{"나", "블록", "탑", "만들다"}, "나는 블록으로 탑을 만들어요"},
    {{"나무", "블록", "쌓다"}, "나무 블록을 쌓아요"},  // what the blocks are made of
    {{"세차", "싶다"}, "세차하고 싶어요"},
    {{"도망가다", "햄스터"}, "햄스터가 도망갔어요"},  // told after the fact
    // something done with no verb: done by who is tapped before it, or before more is said
    {{"할아버지", "세차"}, "할아버지가 세차하세요"},
    {{"어제", "아빠", "세차"}, "어제 아빠가 세차했어요"},
    {{"세차", "그리고", "밥", "먹다"}, "세차하고 밥을 먹어요"},
    {{"축구", "그리고", "수영", "하다"}, "축구랑 수영을 해요"},  // two things done: a pair
    {{"엄마", "엄마", "전화"}, "엄마, 전화요"},                  // called, then told
    // food for an animal is given by the child; someone tapped with it is asked
    {{"주다", "물", "햄스터"}, "햄스터한테 물을 줘요"},  // (medium, request_or_giving)
    {{"엄마", "햄스터", "물", "주다"}, "엄마, 햄스터한테 물 주세요"},
    {{"강아지", "목줄", "주다"}, "강아지 목줄 주세요"},  // an animal's thing: asked for, its own
    {{"뿌리다", "물", "자동차"}, "자동차에 물을 뿌려요"},
    {{"숨다", "햄스터", "톱밥"}, "햄스터가 톱밥에 숨어요"},
    {{"햄스터", "간식", "싶다"}, "햄스터한테 간식을 주고 싶어요"},  // food after an animal: given
    // 다 before leave asked, a wish or a request: what is done first, not the past
    {{"숙제", "다", "하다", "놀다", "되다", "?"}, "숙제를 다 하고 놀아도 돼요?"},
    {{"다", "먹다", "싶다"}, "다 먹고 싶어요"},
    {{"밥", "다", "먹다", "그리고", "놀다"}, "밥을 다 먹고 놀았어요"},  // told: done
    {{"이모", "아기", "태어나다"}, "이모 아기가 태어났어요"},           // told after the fact
    // an elder before their home owns it, asked leave too
    {{"할머니", "집", "자다", "되다", "?"}, "할머니 집에서 자도 돼요?"},
    {{"엄마", "집", "가다", "되다", "?"}, "엄마, 집에 가도 돼요?"},  // the child's home
    // something done, before a verb that takes no activity: done first, as its own verb
    {{"그리고", "양치", "자다"}, "그리고 양치하고 자요"},
    {{"숙제", "놀다"}, "숙제하고 놀아요"},
    {{"낮잠", "자다"}, "낮잠을 자요"},                           // sleep itself (class sleep)
    {{"숙제", "돕다"}, "숙제를 도와요"},                         // a verb that takes an activity
    {{"빨래", "개다", "그리고", "놀다"}, "빨래를 개고 놀아요"},  // one that takes anything
    {{"전화", "오다"}, "전화가 와요"},                           // what comes
    // a verb tapped first: an animal with a thing does it; one a person does it to is done to
    {{"타다", "쳇바퀴", "햄스터"}, "햄스터가 쳇바퀴를 타요"},
    {{"키우다", "강아지", "삼촌"}, "삼촌이 강아지를 키워요"},
    {{"내일", "연", "날리다", "공원"}, "내일 공원에서 연을 날려요"},  // where, before what
    {{"가다", "세차장", "주말", "에"}, "주말에 세차장에 가요"},       // a time marked 에: first
    {{"연", "줄", "놓다", "안", "주다"}, "연 줄을 놓지 마세요"},      // the kite's string
    // an animal's home where the animal is not who does it
    {{"넣다", "햄스터", "집", "톱밥"}, "햄스터 집에 톱밥을 넣어요"},
    {{"어제", "햄스터", "집", "청소하다"}, "어제 햄스터 집을 청소했어요"},
    {{"강아지", "집", "가다"}, "강아지가 집에 가요"},
    {{"잠자리", "집", "가져가다", "되다", "?"}, "잠자리를 집에 가져가도 돼요?"},
    {{"햄스터", "배고프다", "그래서", "밥", "주다"}, "햄스터가 배고파서 밥을 줘요"},
    // what is not there, before what cannot be done: why, not which
    {{"바람", "없다", "연", "안", "날다"}, "바람이 없어서 연이 안 날아요"},
    {{"돈", "없다", "과자", "못", "사다"}, "돈이 없어서 과자를 못 사요"},
    {{"몇", "블록", "개"}, "블록이 몇 개예요?"},  // a count split around its noun
    {{"두", "사과", "개"}, "사과 두 개 주세요"},
    // a choice offered to the listener asks which they will; not of someone else, nor a liking
    {{"햄스터", "아니면", "강아지", "키우다"}, "햄스터 아니면 강아지를 키울래요?"},
    {{"엄마", "아니면", "아빠", "오다", "?"}, "엄마 아니면 아빠가 와요?"},
    {{"강아지", "아니면", "고양이", "좋아하다"}, "강아지 아니면 고양이를 좋아해요?"},
    // someone else's feeling about a thing: -어하다 (one the child lives with is told it)
    {{"할머니", "햄스터", "무섭다"}, "할머니가 햄스터를 무서워하세요"},
    {{"무섭다", "번개", "사촌"}, "사촌이 번개를 무서워해요"},
    {{"동생", "강아지", "좋다"}, "동생이 강아지를 좋아해요"},
    {{"엄마", "청소기", "무섭다"}, "엄마 청소기가 무서워요"},
    {{"할머니", "할아버지", "좋다"}, "할머니랑 할아버지가 좋아요"},  // people: whom the child likes
    {{"넘어지다", "아프다"}, "넘어져서 아파요"},                     // what happened is why
    {{"4시", "끝나다", "학교"}, "학교가 4시에 끝나요"},              // a clock time is when
    {{"4시", "좋다"}, "4시가 좋아요"},
    {{"몇", "살", "너"}, "너는 몇 살이에요?"},          // asked about a person: the topic
    {{"뭐", "애벌레", "먹다"}, "애벌레는 뭐 먹어요?"},  // what an animal eats, not 무슨 애벌레
    {{"뭐", "과자", "먹다"}, "무슨 과자를 먹어요?"},    // which kind of a thing
    {{"어디", "나비", "가다"}, "나비는 어디 갔어요?"},  // an animal gone: asked where it went
    {{"엄마", "어디", "가다"}, "엄마는 어디 가요?"},    // someone going: where to
    {{"언제", "등산", "가다"}, "언제 등산을 가요?"},    // an outing one goes on (verb:가다)
    {{"번데기", "나비", "되다"}, "번데기가 나비가 됐어요"},  // one became the other, told after
    {{"나", "누나", "되다"}, "나는 누나가 됐어요"},
    // an adjective right after a thing is said of it, as why (not of a person, nor a place)
    {{"벚꽃", "예쁘다", "사진", "찍다", "싶다"}, "벚꽃이 예뻐서 사진을 찍고 싶어요"},
    {{"엄마", "예쁘다", "옷", "사다"}, "엄마가 예쁜 옷을 사요"},
    {{"크다", "곰", "있다", "산"}, "산에 큰 곰이 있어요"},
    {{"핫초코", "따뜻하다", "마시다", "싶다"}, "따뜻한 핫초코를 마시고 싶어요"},
    {{"정상", "12시", "도착하다"}, "12시에 정상에 도착해요"},
    // 혼자 and 먼저 are said of the doer: tapped late, they go before the thing (flag doer)
    {{"던지다", "윷", "나", "먼저"}, "내가 먼저 윷을 던져요"},
    {{"다", "하다", "퍼즐", "나", "혼자"}, "나는 혼자 퍼즐을 다 했어요"},
    {{"퍼즐", "혼자", "하다"}, "퍼즐을 혼자 해요"},    // tapped in place, it stays
    {{"풀리다", "신발", "끈"}, "신발 끈이 풀렸어요"},  // a shoe's lace, told after the fact
    // what things are made of, with a verb that makes: the material is what it is made with
    {{"클레이", "뱀", "만들다"}, "클레이로 뱀을 만들어요"},
    {{"클레이", "공", "만들다"}, "클레이로 공을 만들어요"},      // (not a pair of toys)
    {{"만들다", "뱀", "클레이"}, "뱀을 클레이로 만들어요"},      // (not the snake's clay)
    {{"동생", "클레이", "만들다"}, "동생이 클레이를 만들어요"},  // nothing else: what is made
    {{"뽁뽁이", "싶다"}, "뽁뽁이 터뜨리고 싶어요"},              // its own verb (verb:터뜨리다)
    {{"세탁기", "버튼", "싶다"}, "세탁기 버튼 누르고 싶어요"},
    {{"나", "은행잎", "싶다"}, "나는 은행잎 줍고 싶어요"},
    // what became of a thing, right before a noun a later verb takes, says which one, past
    {{"젖다", "양말", "벗다", "싶다"}, "젖은 양말을 벗고 싶어요"},
    {{"깨지다", "컵", "버리다"}, "깨진 컵을 버려요"},
    {{"떨어지다", "낙엽", "줍다"}, "떨어진 낙엽을 주워요"},
    {{"녹다", "아이스크림", "먹다"}, "녹은 아이스크림을 먹어요"},  // flag result
    {{"상하다", "우유", "버리다"}, "상한 우유를 버려요"},
    {{"우유", "상하다"}, "우유가 상해요"},  // with no noun after it, the predicate
    {{"말랑하다", "클레이", "좋다"}, "말랑한 클레이가 좋아요"},
    {{"주다", "클레이", "노랗다"}, "노란 클레이 주세요"},  // 주다 first asks for the one described
    {{"주다", "컵", "작다"}, "작은 컵 주세요"},
    // a noun said of the noun before it: a pair's other, a colour, a box of what
    {{"나", "양말", "짝", "없다"}, "나는 양말 짝이 없어요"},
    {{"단풍잎", "색", "예쁘다"}, "단풍잎 색이 예뻐요"},
    {{"우리", "팀", "무슨", "색"}, "우리 팀은 무슨 색이에요?"},  // 무슨 asks which, of its own
    {{"택배", "상자", "크다", "그래서", "못", "들다"}, "택배 상자가 커서 못 들어요"},
    {{"장난감", "상자", "넣다"}, "장난감을 상자에 넣어요"},  // what goes into the box
    // what falls or flies off is the subject; where from is the other
    {{"단풍잎", "날아가다"}, "단풍잎이 날아갔어요"},
    {{"바람", "불다", "그래서", "낙엽", "떨어지다"}, "바람이 불어서 낙엽이 떨어졌어요"},
    {{"단풍잎", "책", "끼우다", "되다", "?"}, "단풍잎을 책에 끼워도 돼요?"},
    {{"단풍잎", "줍다", "싶다", "공원"}, "공원에서 단풍잎을 줍고 싶어요"},  // where it is done
    {{"열다", "상자", "가위", "로"}, "가위로 상자를 열어요"},  // marked 로: with what, no pair
    {{"자르다", "테이프", "엄마"}, "엄마가 테이프를 잘라요"},  // tape is cut, not cut with
    {{"뭉치다", "클레이", "손", "로"}, "손으로 클레이를 뭉쳐요"},
    {{"간지럽다", "옷", "벗다", "싶다"}, "간지러워서 옷을 벗고 싶어요"},  // felt: why, not which
    // a body part or clothes and a stuff that gets on them, with no verb: it got on them
    {{"손", "클레이"}, "손에 클레이가 묻었어요"},  // (medium, implied_verb)
    {{"양말", "물"}, "양말에 물이 묻었어요"},
    {{"눈", "모래"}, "눈에 모래가 들어갔어요"},  // into it (flag inside), not 눈이랑 모래
    {{"신발", "모래"}, "신발에 모래가 들어갔어요"},
    {{"얼굴", "밀가루"}, "얼굴에 밀가루가 묻었어요"},
    {{"눈", "아프다"}, "눈이 아파요"},
    // how much there is of a thing where it is, with no verb: where, then what
    {{"하늘", "별", "많이"}, "하늘에 별이 많아요"},
    {{"상자", "뽁뽁이", "많이"}, "상자에 뽁뽁이가 많아요"},
    {{"자동차", "거품", "많이"}, "자동차에 거품이 많아요"},
    {{"사과", "바나나", "많이"}, "사과랑 바나나 많이 주세요"},  // two things: asked for
    {{"오늘", "급식", "카레"}, "오늘 급식은 카레예요"},         // a meal and its food (flag menu)
    {{"간식", "떡"}, "간식은 떡이에요"},
    {{"오늘", "체육"}, "오늘 체육이 있어요"},  // a lesson with a time: on then (flag lesson)
    {{"내일", "숙제"}, "내일 숙제가 있어요"},
    {{"오늘", "축구"}, "오늘 축구해요"},  // a game is played
    // asked what, a thing left over is where (medium, open_slot)
    {{"김밥", "뭐", "넣다"}, "김밥에 뭐 넣어요?"},
    {{"트럭", "뭐", "있다"}, "트럭에 뭐가 있어요?"},
    {{"나", "화장실"}, "나는 화장실에 가고 싶어요"},  // the child, who needs to go
    {{"내일", "택배"}, "내일 택배가 와요"},           // what comes, with a time: it comes then
    {{"어제", "편지"}, "어제 편지가 왔어요"},
    {{"클레이", "굳다", "다"}, "클레이가 다 굳었어요"},
    {{"언제", "클레이", "굳다"}, "언제 클레이가 굳어요?"},
    {{"밖", "비", "많이"}, "밖에 비가 많이 와요"},  // how much of what happens: its own verb
    {{"얼굴", "땀", "많이"}, "얼굴에 땀이 많이 나요"},
    {{"숙제", "많이"}, "숙제가 많아요"},  // how much there is of a thing
    {{"왜", "다람쥐", "도토리", "모으다"}, "다람쥐는 왜 도토리를 모아요?"},
    {{"누구", "이기다", "볼링"}, "누가 볼링에서 이겼어요?"},  // won at a game: 에서
    // a noun and 하다 whose one verb is done to someone, with someone tapped: that verb
    {{"원장님", "인사", "하다"}, "원장님께 인사해요"},
    {{"나", "인사", "하다"}, "나는 인사를 해요"},  // no one else: 인사를 해요
    {{"던지다", "꽃", "신부"}, "신부가 꽃을 던져요"},
    {{"구명", "조끼", "입다"}, "구명조끼를 입어요"},
    {{"몇", "권", "빌리다"}, "몇 권 빌려요?"},                 // how many, done to: bare
    {{"되다", "?", "나가다", "놀다"}, "나가서 놀아도 돼요?"},  // leave asked first: for both verbs
    {{"사과", "3", "개", "먹다"}, "사과를 3개 먹어요"},
    {{"친구", "몇", "명"}, "친구가 몇 명이에요?"},  // a count of them
    {{"아빠", "노래", "부르다"}, "아빠가 노래를 불러요"},
    {{"엄마", "부르다"}, "엄마를 불러요"},
    {{"텔레비전", "아빠", "보다"}, "텔레비전을 아빠가 봐요"},  // what is watched, who watches
    {{"공", "어디"}, "공이 어디 있어요?"},                     // a thing asked about is the subject
    {{"왜", "안", "오다", "버스"}, "버스가 왜 안 와요?"},
    {{"엄마", "어디", "아프다"}, "엄마는 어디가 아파요?"},       // which part of her
    {{"할머니", "어디", "아프다"}, "할머니, 어디가 아프세요?"},  // an elder is asked it
    {{"엄마", "어디", "아프다"}, "엄마는 어디가 아파요?"},
    {{"누구", "가방", "이거"}, "이거 누구 가방이에요?"},  // what is pointed at first
    {{"나", "먼저", "가다"}, "내가 먼저 가요"},           // 먼저 says who
    {{"선생님", "화장실", "가다", "되다", "?"}, "선생님, 화장실에 가도 돼요?"},  // who is asked
    {{"엄마", "나", "가다", "되다", "?"}, "엄마, 나 가도 돼요?"},
    {{"선생님", "화장실", "되다", "?"}, "선생님, 화장실에 가도 돼요?"},
    {{"친구", "같이", "가다", "되다", "?"}, "친구랑 같이 가도 돼요?"},  // someone to go with
    {{"크레파스", "쓰다"}, "크레파스를 써요"},         // a tool used is what 쓰다 acts on
    {{"연필", "편지", "쓰다"}, "연필로 편지를 써요"},  // with a letter, what one writes with
    {{"바람", "불다"}, "바람이 불어요"},
    {{"여기", "어디"}, "여기 어디예요?"},  // a place asked where: the copula
    {{"화장실", "어디"}, "화장실이 어디예요?"},
    {{"동생", "열", "오늘"}, "오늘 동생은 열이 나요"},             // the time first
    {{"친구", "생일"}, "친구 생일이에요"},                         // someone's day
    {{"뭐", "사다", "마트", "엄마"}, "엄마는 마트에서 뭐 사요?"},  // who is asked about first
    {{"놀다", "가다", "놀이터"}, "놀이터에 놀러 가요"},
    {{"빌리다", "가다", "도서관", "책"}, "책을 빌리러 도서관에 가요"},
    {{"기다리다", "고맙다"}, "기다려 줘서 고마워요"},    // a favour thanked for
    {{"선물", "주다", "고맙다"}, "선물 줘서 고마워요"},  // 주다 says the favour itself
    {{"늦다", "미안하다"}, "늦어서 미안해요"},
    {{"선생님", "미안하다", "늦다"}, "선생님, 늦어서 미안해요"},  // said to them
    {{"도와주다", "고맙다", "선생님"}, "선생님, 도와주셔서 고마워요"},
    {{"할머니", "오다", "고맙다"}, "할머니, 와 주셔서 고마워요"},
    {{"수영", "가다"}, "수영하러 가요"},  // an activity before going: what for
    {{"전화", "오다"}, "전화가 와요"},    // a call that comes
    {{"숨바꼭질", "친구", "싶다"}, "친구랑 숨바꼭질하고 싶어요"},  // the activity is what is wanted
    {{"색칠", "크레파스", "싶다"}, "크레파스로 색칠하고 싶어요"},
    {{"사과", "엄마", "싶다"}, "엄마랑 사과 먹고 싶어요"},
    {{"보다", "고양이", "동생"}, "동생이 고양이를 봐요"},  // the person watches the cat
    {{"밖", "바람"}, "밖에 바람이 불어요"},
    {{"오늘", "피자"}, "오늘 피자 먹어요"},  // a time and food: eating then
    {{"주말", "할머니", "집"}, "주말에 할머니 집에 가요"},
    {{"할머니", "우리", "집", "오다"}, "할머니가 우리 집에 오세요"},   // 우리 집 wherever tapped
    {{"화장실", "선생님"}, "선생님, 화장실에 가고 싶어요"},            // who is called goes first
    {{"사과", "그리고", "바나나", "먹다"}, "사과랑 바나나를 먹어요"},  // 그리고 between nouns
    {{"엄마", "그리고", "아빠", "오다"}, "엄마랑 아빠가 와요"},
    {{"밥", "먹다", "그리고", "자다"}, "밥을 먹고 자요"},  // between verbs: -고
    {{"나", "5", "살"}, "나는 5살이에요"},
    {{"나", "차례"}, "내 차례예요"},
    {{"어디"}, "어디요?"},
    {{"왜"}, "왜요?"},
    {{"뭐"}, "뭐예요?"},
    {{"얼마"}, "얼마예요?"},
    {{"물"}, "물이요"},
    {{"물", "더"}, "물 더 주세요"},
    {{"과자", "더"}, "과자 더 주세요"},
    {{"과자", "셋", "개"}, "과자 세 개 주세요"},  // a count of things is asked for
    {{"더"}, "더 주세요"},
    // 되다 after a noun that implies a verb asks leave for it; after a person it is 'become'.
    {{"화장실", "되다", "?"}, "화장실에 가도 돼요?"},
    {{"사탕", "되다"}, "사탕 먹어도 돼요?"},
    {{"수영", "되다", "?"}, "수영해도 돼요?"},
    {{"의사", "되다"}, "의사가 돼요"},
    {{"그만"}, "그만해요"},   // the adverb alone stands for its verb (verb:하다)
    {{"다시"}, "다시 해요"},  // or for the verb it goes with, as its own word
    {{"나중에"}, "나중에 해요"},
    {{"같이", "?"}, "같이 해요?"},
    {{"다시", "그리고", "같이"}, "다시 하고 같이 해요"},
    // how much, with no verb: said of the nouns, or asking for a thing
    {{"숙제", "오늘", "많이"}, "오늘 숙제가 많아요"},
    {{"놀이터", "친구", "많이"}, "놀이터에 친구가 많아요"},
    {{"밥", "많이", "엄마"}, "엄마, 밥 많이 주세요"},
    {{"많다", "사람", "버스"}, "사람이 버스에 많아요"},
    // a word said of the noun before it (relational): one phrase, the particle on the second
    {{"침대", "위", "있다"}, "침대 위에 있어요"},
    {{"엄마", "옆", "자다", "싶다"}, "엄마 옆에서 자고 싶어요"},
    {{"김치", "냄새", "싫다"}, "김치 냄새가 싫어요"},
    {{"화장실", "불", "켜다", "주다"}, "화장실 불을 켜 주세요"},
    {{"엄마", "문", "열다", "주다"}, "엄마, 문을 열어 주세요"},  // no one's door
    {{"강아지", "밖", "있다"}, "강아지가 밖에 있어요"},          // nor outside of someone
    {{"이거", "나", "거"}, "이거 내 거예요"},                    // 거: whose it is
    {{"친구", "거", "빌리다", "되다", "?"}, "친구 걸 빌려도 돼요?"},
    {{"나", "거", "작다"}, "내 게 작아요"},
    {{"동생", "거", "는", "크다"}, "동생 건 커요"},  // the child's 는, taken in: no correction
    {{"도서관", "소리", "지르다", "안", "되다"}, "도서관에서 소리를 지르면 안 돼요"},  // where
    // a meal tapped after its verb, with something else eaten, says when
    {{"계란", "먹다", "아침"}, "아침에 계란을 먹어요"},
    {{"먹다", "아침"}, "아침을 먹어요"},
    {{"그만", "먹다"}, "그만 먹어요"},
    {{"더", "먹다"}, "더 먹어요"},
    {{"끝나다"}, "끝났어요"},
    {{"체육", "끝나다"}, "체육이 끝났어요"},
    {{"공"}, "공이요"},
    {{"엄마"}, "엄마"},
    {{"나", "도"}, "나도요"},
    {{"엄마", "어디"}, "엄마는 어디 있어요?"},
    {{"선생님", "어디"}, "선생님은 어디 계세요?"},
    {{"지금", "몇", "시"}, "지금 몇 시예요?"},
    {{"사과", "몇", "개"}, "사과가 몇 개예요?"},
    {{"뭐", "먹다"}, "뭐 먹어요?"},
    {{"누구", "오다"}, "누가 와요?"},
    {{"누구", "놀다"}, "누구랑 놀아요?"},
    {{"어디", "놀다"}, "어디에서 놀아요?"},
    {{"언제", "오다", "아빠"}, "아빠는 언제 와요?"},
    {{"4시", "가다"}, "4시에 가요"},
    {{"4", "시", "가다"}, "4시에 가요"},
    {{"3시", "30분", "끝나다"}, "3시 30분에 끝나요"},
    {{"월요일", "수영하다"}, "월요일에 수영해요"},
    {{"점심시간", "놀다"}, "점심시간에 놀아요"},
    {{"오늘", "가다"}, "오늘 가요"},
    {{"5", "분", "기다리다", "주다"}, "5분 기다려 주세요"},
    {{"사과", "셋", "개", "주다"}, "사과 세 개 주세요"},
    {{"강아지", "둘", "마리", "있다"}, "강아지가 두 마리 있어요"},
    // 네 before a counter is four, not yes.
    {{"강아지", "네", "마리", "있다"}, "강아지가 네 마리 있어요"},
    {{"사과", "네", "개", "주다"}, "사과 네 개 주세요"},
    {{"네"}, "네"},
    {{"네", "네", "마리"}, "네 마리예요"},  // once the repeat is left out
    // A counter glues only to a number written with digits, not to a comma before it.
    {{"우와", "마리"}, "우와, 마리"},
    {{"할머니", "오다"}, "할머니가 오세요"},
    {{"선생님", "가다", "어제"}, "어제 선생님이 가셨어요"},
    {{"할아버지", "자다"}, "할아버지가 주무세요"},
    {{"할머니", "먹다"}, "할머니가 드세요"},
    {{"할머니", "안", "자다"}, "할머니가 안 주무세요"},
    {{"나", "선생님", "꽃", "주다"}, "나는 선생님께 꽃을 드려요"},
    {{"먹다", "먹다"}, "먹어요"},
    {{"사과", "사과", "먹다"}, "사과를 먹어요"},
    {{"싶다", "싶다"}, "하고 싶어요"},
    // A particle card before the copula is absorbed, and the ending follows the noun's own sound.
    {{"사과", "가", "이다"}, "사과예요"},
    {{"어제", "사과", "이", "이다"}, "어제 사과였어요"},
    {{"책", "이", "이다"}, "책이에요"},
    // A copula with no noun before it, beside a verb, says nothing: it is left out with a warning.
    {{"사과", "먹다", "이다"}, "사과를 먹어요"},
    {{"학교", "가다", "이다", "?"}, "학교에 가요?"},
    // Two particles after a verb: both stray, both left out (not 먹어요는).
    {{"먹다", "을", "는"}, "먹어요"},
    // A copula with nothing to follow but another word glues to it by that word's sound.
    {{"다", "이다"}, "다였어요"},  // 다 (finished) makes it past
    // A count tapped before what it counts goes after it.
    {{"세", "개", "사과", "주다"}, "사과 세 개 주세요"},
    {{"3", "개", "사과", "주다"}, "사과 3개 주세요"},
    {{"두", "마리", "강아지", "있다"}, "강아지가 두 마리 있어요"},
    // The same grammar card on both sides of its verb counts once; two clauses keep one each.
    {{"싶다", "놀다", "싶다"}, "놀고 싶어요"},
    {{"싶다", "사과", "먹다", "싶다"}, "사과를 먹고 싶어요"},
    {{"안", "사과", "먹다", "안"}, "사과를 안 먹어요"},
    {{"먹다", "싶다", "자다", "싶다"}, "먹고 싶고 자고 싶어요"},
    {{"주다", "주다"}, "주세요"},
    {{"놀다", "싶다", "놀다"}, "놀고 싶어요"},
    {{"타다", "되다", "?"}, "타도 돼요?"},
    {{"자전거", "타다", "되다"}, "자전거를 타도 돼요?"},
    {{"되다", "타다", "?"}, "타도 돼요?"},
    {{"만지다", "안", "되다"}, "만지면 안 돼요"},
    {{"안", "꼬집다", "주다"}, "꼬집지 마세요"},
    {{"안", "가다", "주다"}, "가지 마세요"},
    {{"물", "아니면", "우유"}, "물 아니면 우유요?"},
    {{"물", "요"}, "물이요"},            // the child's own 요, said once
    {{"사과", "를", "요"}, "사과를요"},  // after a particle, 요 whatever its sound
    {{"학교", "에서", "요"}, "학교에서요"},
    {{"크다", "거", "아니면", "작다", "거", "?"}, "큰 거요, 아니면 작은 거요?"},  // each side of it
    {{"인형", "말고", "공"}, "인형 말고 공이요"},
    {{"인형", "말고", "공", "주다"}, "인형 말고 공 주세요"},
    {{"작다", "컵", "주다"}, "작은 컵 주세요"},
    {{"맛있다", "사과", "먹다"}, "맛있는 사과를 먹어요"},
    {{"춥다", "옷", "입다"}, "추워서 옷을 입어요"},
    {{"예쁘다", "꽃"}, "꽃이 예뻐요"},
    {{"자전거", "타다", "가다"}, "자전거를 타러 가요"},
    {{"공원", "놀다", "가다"}, "공원에 놀러 가요"},
    {{"친구", "놀다", "오다"}, "친구가 놀러 와요"},
    {{"할머니", "보다", "가다"}, "할머니를 보러 가요"},
    {{"다", "그리다"}, "다 그렸어요"},
    {{"다", "먹다"}, "다 먹었어요"},
    {{"장난감", "잃어버리다"}, "장난감을 잃어버렸어요"},
    {{"떨어지다", "단추"}, "단추가 떨어졌어요"},
    {{"동생", "넘어지다"}, "동생이 넘어졌어요"},
    {{"친구", "인형", "받다"}, "친구한테 인형을 받아요"},
    {{"동생", "꼬집다"}, "동생이 꼬집어요"},
    {{"배", "아프다", "그래서", "병원", "가다"}, "배가 아파서 병원에 가요"},
    {{"밥", "먹다", "그리고", "놀다"}, "밥을 먹고 놀아요"},
    {{"너", "착하다"}, "너는 착해요"},
    {{"너", "좋다"}, "네가 좋아요"},
    {{"수영", "싶다"}, "수영하고 싶어요"},
    {{"수영", "안"}, "수영 안 해요"},
};

const std::vector<Row> kRealTaps3 = {
    // 도 and 만 go after a particle of where, to whom or with whom, as one word.
    {{"동생", "도", "과자", "주다"}, "동생한테도 과자 주세요"},
    {{"학교", "만", "가다"}, "학교에만 가요"},
    {{"친구", "도", "놀다"}, "친구도 놀아요"},
    // 얼마나 asks how much of the predicate, right before it.
    {{"얼마나", "기다리다", "미용실"}, "미용실에서 얼마나 기다려요?"},
    {{"얼마나", "깊다", "수영장"}, "수영장이 얼마나 깊어요?"},
    // Someone from a story says which clothes, not whose.
    {{"산타", "모자", "쓰다", "동생"}, "동생이 산타 모자를 써요"},
    {{"나", "공주", "옷", "입다"}, "나는 공주 옷을 입어요"},
    {{"친구", "옷", "입다"}, "친구가 옷을 입어요"},
    // A part of a thing the speaker acts on is not the speaker's: 나 문 열다.
    {{"나", "문", "열다"}, "나는 문을 열어요"},
    {{"나", "거", "작다"}, "내 게 작아요"},
    {{"태블릿", "배터리", "없다"}, "태블릿 배터리가 없어요"},
    // A time tapped last says when, and is described by nothing.
    {{"선물", "받다", "기쁘다", "크리스마스"}, "크리스마스에 선물을 받아서 기뻐요"},
    {{"먹다", "시원하다", "수박"}, "시원한 수박을 먹어요"},
    // An activity the lexicon writes as one verb with 하다.
    {{"줄다리기", "싶다"}, "줄다리기하고 싶어요"},
    {{"산타", "가", "선물", "을", "주다"}, "산타가 선물을 줘요"},
    {{"배우다", "수영", "코치"}, "코치 선생님한테 수영을 배워요"},
    // A place right after a verb of going is where one goes, not where the next verb happens.
    {{"가다", "마트", "과자", "사다"}, "마트에 가서 과자를 사요"},
    {{"가다", "학교", "공부하다"}, "학교에 가서 공부해요"},
    // A vehicle is how one goes, and where anything else is done.
    {{"우리", "는", "버스", "에서", "노래", "를", "부르다"}, "우리는 버스에서 노래를 불러요"},
    {{"기차", "자다"}, "기차에서 자요"},
    {{"버스", "가다"}, "버스로 가요"},
    // A part of a thing is said of it, with no particle between them.
    {{"버스", "창문", "열다", "되다", "?"}, "버스 창문을 열어도 돼요?"},
    {{"누르다", "엘리베이터", "버튼", "나", "가"}, "내가 엘리베이터 버튼을 눌러요"},
    // Someone tapped right before the speaker hears what the speaker says of themselves.
    {{"선생님", "나", "물", "무섭다"}, "선생님, 나는 물이 무서워요"},
    {{"선생님", "나", "킥판", "없다"}, "선생님, 나는 킥판이 없어요"},
    {{"선생님", "나", "춥다"}, "선생님, 나 추워요"},
    // What is always someone's, right after the speaker, is the speaker's.
    {{"나", "이름", "쓰다"}, "내 이름을 써요"},
    {{"지다", "우리", "팀"}, "우리 팀이 졌어요"},
    // One who lost, and whom to (지다 is told after the fact).
    {{"나", "형", "지다"}, "나는 형한테 졌어요"},
    {{"지다", "속상하다", "청팀"}, "청팀이 져서 속상해요"},
    // A vehicle tapped after a verb of going is how one goes, unless the verb before rides it.
    {{"할머니", "보다", "가다", "버스"}, "할머니를 보러 버스로 가요"},
    {{"타다", "가다", "자전거", "공원"}, "자전거를 타러 공원에 가요"},
    // What comes from someone: 할머니한테서.
    {{"할머니", "영상통화", "오다"}, "할머니한테서 영상통화가 와요"},
    // A time tapped between what happens and its verb stays after it; one between a thing and
    // what is done to it comes first.
    {{"수영", "4시", "끝나다"}, "수영이 4시에 끝나요"},
    {{"급식", "12시", "먹다"}, "12시에 급식을 먹어요"},
    // The teacher hears what the child finished, even with a verb that may be done to someone.
    {{"선생님", "나", "그림", "다", "그리다"}, "선생님, 나 그림을 다 그렸어요"},
    {{"선생님", "나", "그림", "그리다"}, "선생님이 내 그림을 그리세요"},
    // A choice asked about a thing named before it says what that thing is; someone tapped after a
    // choice is whom it is asked of.
    {{"산타", "선물", "로봇", "아니면", "인형"}, "산타 선물 로봇 아니면 인형이에요?"},
    {{"청팀", "아니면", "백팀", "너"}, "너 청팀 아니면 백팀이에요?"},
    {{"너", "피자", "아니면", "치킨"}, "너 피자 아니면 치킨이요?"},
    {{"물", "아니면", "우유"}, "물 아니면 우유요?"},
    // A way to go, with a verb of moving: (으)로; someone's side is where, not which way.
    {{"왜", "게", "옆", "걷다"}, "게는 왜 옆으로 걸어요?"},
    {{"게", "가", "옆", "로", "걷다"}, "게가 옆으로 걸어요"},  // the child's 로 is kept
    {{"앞", "뛰다"}, "앞으로 뛰어요"},
    {{"엄마", "옆", "걷다"}, "엄마 옆에서 걸어요"},
    // 이기다 with one side named: who won; 우리 before a thing always someone's: whose
    {{"형", "이기다"}, "형이 이겼어요"},
    {{"이기다", "누구"}, "누가 이겼어요?"},
    {{"나", "형", "이기다"}, "나는 형을 이겼어요"},
    {{"친구에게", "우리", "팀", "이기다"}, "우리 팀이 이겼어"},
    // one person before a place that 같이 follows: with them (but someone's home is theirs)
    {{"선생님", "미술관", "같이", "가다"}, "선생님이랑 같이 미술관에 가요"},
    {{"할머니", "집", "같이", "가다"}, "할머니 집에 같이 가요"},
    {{"침대", "곰", "인형", "같이", "자다"}, "침대에서 곰 인형이랑 같이 자요"},
    // where one gets off or changes, and what one lets go where
    {{"내리다", "여기"}, "여기에서 내려요"},
    {{"갈아타다", "여기"}, "여기에서 갈아타요"},
    {{"놓아주다", "게", "바다"}, "바다에 게를 놓아줘요"},
    {{"찍다", "교통카드", "엄마"}, "엄마가 교통카드를 찍어요"},  // a card is tapped, by her
    {{"파다", "호미", "진흙"}, "호미로 진흙을 파요"},
    // someone's body part and how many, with no verb: what they have
    {{"개구리", "다리", "4", "개"}, "개구리는 다리가 4개 있어요"},
    {{"강아지", "다리", "넷", "개"}, "강아지는 다리가 네 개 있어요"},
    // 오다 tapped before what for: coming to do it, who comes first
    {{"친구", "오다", "올챙이", "보다"}, "친구가 올챙이를 보러 와요"},
    {{"삼촌", "병원", "오다", "할아버지", "보다"}, "삼촌이 할아버지를 보러 병원에 와요"},
    {{"오다", "놀다", "사촌"}, "사촌이 놀러 와요"},
    {{"비", "오다", "연", "못", "날리다"}, "비가 와서 연을 못 날려요"},  // rain: why
    {{"도서관", "가다", "책", "읽다"}, "도서관에 가서 책을 읽어요"},     // 가다 keeps -아서
    {{"삼촌", "할아버지", "보다", "가다"}, "삼촌이랑 할아버지를 보러 가요"},
    {{"엄마", "아빠", "보다", "오다"}, "엄마랑 아빠를 보러 와요"},
    // a place and a thing wanted there, with no verb: the thing's verb, done there
    {{"치킨", "야구장", "싶다"}, "야구장에서 치킨 먹고 싶어요"},
    {{"냇가", "올챙이", "싶다"}, "냇가에서 올챙이 보고 싶어요"},
    {{"엄마", "공원", "싶다"}, "엄마랑 공원에 가고 싶어요"},  // someone: the place's verb
    {{"신발", "가게", "싶다"}, "신발 가게에 가고 싶어요"},    // what a shop sells: which shop
    // an animal put into a thing is not its owner
    {{"넣다", "양동이", "게"}, "게를 양동이에 넣어요"},
    {{"물고기", "어항", "넣다"}, "물고기를 어항에 넣어요"},
    {{"동생", "가방", "넣다"}, "동생이 가방에 넣어요"},
    {{"게", "2", "마리", "잡다", "형"}, "형이 게를 2마리 잡아요"},  // who does it, with a count
    {{"미술관", "2", "층", "가다"}, "미술관 2층에 가요"},           // a place's floor is where
    // congratulations are said to someone, who is called; what for is bare (flag greets)
    {{"할머니", "생일", "축하하다"}, "할머니, 생일 축하해요"},
    {{"축하하다", "결혼", "이모"}, "이모, 결혼 축하해요"},
    {{"생일", "축하하다"}, "생일 축하해요"},
    // what one becomes stays before 되다; the one tapped after the verb is who becomes it
    {{"어제", "개구리", "되다", "올챙이"}, "어제 올챙이가 개구리가 됐어요"},
    {{"되다", "의사", "형"}, "형이 의사가 돼요"},
    // a meal before a food: which meal's, or, eaten, what it is had as (flag menu)
    {{"어제", "급식", "고기", "맛있다"}, "어제 급식 고기가 맛있었어요"},
    {{"간식", "떡", "먹다"}, "간식으로 떡을 먹어요"},
    {{"점심", "김밥", "먹다"}, "점심에 김밥을 먹어요"},        // a time of day: when
    {{"가다", "미술관", "지하철"}, "지하철로 미술관에 가요"},  // how one goes, then where
    // 안 before a verb and again before 되다: not doing it is what is forbidden
    {{"헬멧", "안", "쓰다", "안", "되다"}, "헬멧을 안 쓰면 안 돼요"},
    {{"안", "안", "되다"}, "안 돼요"},  // said twice in a row: once
    // 눈 with only a time or a place is snow; with a stuff, an eye
    {{"밖", "눈"}, "밖에 눈이 와요"},
    {{"크리스마스", "눈"}, "크리스마스에 눈이 와요"},
    {{"눈", "비누"}, "눈에 비누가 들어갔어요"},
    {{"눈", "아프다"}, "눈이 아파요"},
    // a thing and a colour after it, with no verb: what colour it is (medium)
    {{"단풍잎", "빨간색"}, "단풍잎은 빨간색이에요"},
    {{"곰", "인형", "갈색"}, "곰 인형은 갈색이에요"},
    {{"꽃", "나비"}, "꽃에 나비가 있어요"},  // a thing and an animal on it: there (medium)
    {{"창문", "벌"}, "창문에 벌이 있어요"},
    {{"어제", "바다", "수영"}, "어제 바다에서 수영했어요"},  // an activity at a place, then
    {{"칫솔", "치약"}, "칫솔이랑 치약이요"},                 // two things used together, asked for
    // 묻다 is what gets on hands or clothes (sense:stick), told after the fact
    {{"묻다", "물감", "옷", "에"}, "옷에 물감이 묻었어요"},
    {{"빨갛다", "양념", "손", "묻다"}, "빨간 양념이 손에 묻었어요"},
    {{"손", "클레이", "묻다"}, "손에 클레이가 묻었어요"},
    // the child first, then a thing of theirs something happened to: whose
    {{"나", "연", "날아가다"}, "내 연이 날아갔어요"},
    {{"나", "컵", "깨지다"}, "내 컵이 깨졌어요"},
    // 이거 before a thing or a place a predicate with no object takes: the determiner 이
    {{"이거", "자리", "앉다", "되다", "?"}, "이 자리에 앉아도 돼요?"},
    {{"이거", "집", "크다"}, "이 집이 커요"},
    {{"이거", "사과"}, "이거 사과예요"},  // with no predicate, what it is
    {{"따뜻하다", "어묵", "국물", "마시다", "싶다"}, "따뜻한 어묵 국물을 마시고 싶어요"},
    // the animal hospital, the checkout, the farm, the ski slope, the bed
    {{"기다리다", "동물병원", "에", "우리"}, "우리는 동물병원에서 기다려요"},
    {{"리프트", "싶다"}, "리프트 타고 싶어요"},
    {{"고글", "싶다"}, "고글 쓰고 싶어요"},
    {{"찍다", "바코드", "아저씨"}, "아저씨가 바코드를 찍어요"},
    {{"바닥", "이불", "깔다"}, "바닥에 이불을 깔아요"},
    {{"이불", "털다"}, "이불을 털어요"},
    {{"코", "막다"}, "코를 막아요"},
    {{"주다", "건초", "송아지"}, "송아지한테 건초를 줘요"},  // hay is fed, not the calf's own
    // a price and a weight are what a thing is, not a count asked for (flag status)
    {{"우유", "2000", "원"}, "우유는 2000원이에요"},
    {{"강아지", "몸무게", "5", "킬로"}, "강아지 몸무게는 5킬로예요"},
    {{"우유", "2", "개"}, "우유 2개 주세요"},
    // an adverb that hurries stays before a place tapped after the verb: where one hurries to
    {{"빨리", "빨리", "가다", "스키장"}, "빨리 스키장에 가요"},
    {{"많이", "걷다", "공원"}, "공원에서 많이 걸어요"},
    {{"친구에게", "내일", "또", "놀다", "우리", "집"}, "내일 우리 집에서 또 놀자"},
    // 우리 and what is ours go together wherever they are put
    {{"가다", "스키장", "우리", "가족", "주말"}, "우리 가족이 주말에 스키장에 가요"},
    // frames: a cow kicks, a shot is given to an animal, one eats on furniture, stands in line,
    // drops a thing from a ride; gloves put on for the child are 끼워 (verb:끼우다)
    {{"젖소", "차다", "양동이"}, "젖소가 양동이를 차요"},
    {{"강아지", "주사", "놓다"}, "강아지한테 주사를 놓아요"},
    {{"침대", "과자", "먹다", "안", "되다"}, "침대에서 과자를 먹으면 안 돼요"},
    {{"서다", "줄", "계산대", "에서", "우리"}, "우리는 계산대에서 줄을 서요"},
    {{"의자", "서다"}, "의자에 서요"},
    {{"떨어뜨리다", "고글", "리프트"}, "리프트에서 고글을 떨어뜨렸어요"},
    {{"장갑", "끼다", "주다"}, "장갑을 끼워 주세요"},
    {{"손", "똥"}, "손에 똥이 묻었어요"},  // 똥's own verb (누다) is no verb of what happened
    // an animal given to, tapped after the verb: after who gives, before what is given
    {{"먹이다", "약", "강아지", "엄마"}, "엄마가 강아지한테 약을 먹여요"},
    {{"의사", "주사", "놓다", "강아지"}, "의사 선생님이 강아지한테 주사를 놓으세요"},
    // 얼마 with a verb or an adjective asks how much of it (얼마나); alone, a price
    {{"얼마", "기다리다", "동물병원"}, "동물병원에서 얼마나 기다려요?"},
    {{"얼마", "크다"}, "얼마나 커요?"},
    {{"우유", "얼마"}, "우유는 얼마예요?"},
    {{"얼마", "를", "내다"}, "얼마를 내요?"},                   // the child's particle: an amount
    {{"당근", "토끼", "싶다"}, "당근을 토끼한테 주고 싶어요"},  // food before an animal: given
    // a feeling said of the child's pet or friend is theirs, not the child's
    {{"나", "강아지", "아프다"}, "내 강아지가 아파요"},
    {{"나", "친구", "배고프다"}, "내 친구가 배고파요"},
    {{"나", "배", "아프다"}, "나는 배가 아파요"},
    {{"나", "강아지", "무섭다"}, "나는 강아지가 무서워요"},  // what one fears is not one's own
    // a word said of the noun before it, marked with the child's particle: still the noun's
    {{"침대", "위", "에", "놓다"}, "침대 위에 놓아요"},
    {{"놓다", "베개", "침대", "위", "에"}, "침대 위에 베개를 놓아요"},
    {{"타다", "버스", "학교", "앞", "에서"}, "학교 앞에서 버스를 타요"},
    // 안 between a noun and a particle of where is the inside, not the negation
    {{"상자", "안", "에", "공", "넣다"}, "상자 안에 공을 넣어요"},
    {{"집", "안", "에서", "놀다"}, "집 안에서 놀아요"},
    {{"나", "안", "가다"}, "나는 안 가요"},
    // a time word said of the verb right before it: before (전) or after (다음, 후) it
    {{"자다", "전", "화장실", "가다"}, "자기 전에 화장실에 가요"},
    {{"동화책", "읽다", "자다", "전"}, "자기 전에 동화책을 읽어요"},  // that part first
    {{"밥", "먹다", "다음", "놀다"}, "밥을 먹은 다음에 놀아요"},
    {{"손", "씻다", "후", "밥", "먹다"}, "손을 씻은 후에 밥을 먹어요"},
    {{"내일", "학교", "가다", "전", "밥", "먹다"}, "내일 학교에 가기 전에 밥을 먹어요"},
    {{"점심", "다음", "놀다"}, "점심 다음에 놀아요"},  // said of a noun: the noun's
    {{"과자", "뜯다", "안", "되다", "계산", "전"}, "과자를 계산 전에 뜯으면 안 돼요"},
    // a thing ridden, with a verb of falling or coming down: ridden then (medium, implied_verb)
    {{"어제", "자전거", "넘어지다"}, "어제 자전거를 타다가 넘어졌어요"},
    {{"넘어지다", "넘어지다", "스키"}, "스키를 타다가 넘어졌어요"},
    {{"내려오다", "스키", "형"}, "형이 스키를 타고 내려와요"},
    {{"스키", "내려오다", "싶다"}, "스키를 타고 내려오고 싶어요"},
    {{"자전거", "가다"}, "자전거로 가요"},  // the way one goes
    {{"미끄럼틀", "내려오다"}, "미끄럼틀에서 내려와요"},
    // an animal's thing asked for is the animal's (medium); its food is given to it
    {{"주다", "강아지", "목줄"}, "강아지 목줄 주세요"},
    {{"강아지", "간식", "주다", "되다", "?"}, "강아지한테 간식을 줘도 돼요?"},
    {{"엄마", "강아지", "목줄", "주다"}, "엄마, 강아지한테 목줄 주세요"},
    // whose a thing is, with nothing else tapped, asks for it (medium, possessive)
    {{"나", "양동이"}, "내 양동이 주세요"},
    {{"햄스터", "물통"}, "햄스터 물통 주세요"},
    {{"나", "이름"}, "내 이름이에요"},  // what is always someone's: whose
    {{"이거", "나", "컵"}, "이거 내 컵이에요"},
    // a group counted takes its particle on the count; animals, or a pair, alone are who does it
    {{"친구", "3", "명", "놀다"}, "친구 3명이랑 놀아요"},
    {{"친구", "넷", "명", "같이", "놀다"}, "친구 네 명이랑 같이 놀아요"},
    {{"햄스터", "2", "마리", "싸우다"}, "햄스터 2마리가 싸워요"},
    {{"강아지", "고양이", "싸우다"}, "강아지랑 고양이가 싸워요"},
    {{"엄마", "아빠", "싸우다"}, "엄마랑 아빠가 싸워요"},
    {{"친구", "싸우다"}, "친구랑 싸워요"},
    // dirt on a thing, with no verb, got on it; not a drink with a dish (medium)
    {{"바퀴", "흙"}, "바퀴에 흙이 묻었어요"},
    {{"책상", "클레이"}, "책상에 클레이가 묻었어요"},
    {{"컵", "물"}, "컵 물"},                                            // (low, no_verb)
    {{"초콜릿", "과자", "사다", "싶다"}, "초콜릿 과자를 사고 싶어요"},  // a flavoured snack
    {{"딸기", "빵", "먹다"}, "딸기 빵을 먹어요"},
    // a feeling before an animal that does something describes it (before a thing it is why:
    // 춥다 옷 입다, above)
    {{"아프다", "고양이", "동물병원", "오다"}, "아픈 고양이가 동물병원에 와요"},
    {{"배고프다", "강아지", "짖다"}, "배고픈 강아지가 짖어요"},
    // the child's honorific 께서 on an elder who does it is kept; on anyone else it is 이/가
    {{"할머니", "께서", "집", "에", "오다"}, "할머니께서 집에 오세요"},
    {{"친구", "께서", "오다"}, "친구가 와요"},
    // marked with the child's particle cards: a topic no slot takes, a colour or material before
    // a marked thing (all at high: the child said it)
    {{"형", "은", "키", "가", "크다"}, "형은 키가 커요"},
    {{"나", "는", "빨간색", "옷", "을", "입다"}, "나는 빨간색 옷을 입어요"},
    {{"나무", "의자", "에", "앉다"}, "나무 의자에 앉아요"},
    {{"발표", "나", "가", "하다"}, "발표를 내가 해요"},
    // a place is what ends; what became of a thing says which one only of a thing it can be of
    {{"학교", "끝나다", "집", "가다"}, "학교가 끝나서 집에 가요"},
    {{"수업", "끝나다", "놀이터", "가다"}, "수업이 끝나서 놀이터에 가요"},  // no 끝난 놀이터
    // (a verb of what became of someone, before a place, is why: 다치다 병원 가다, above)
    // a causative for what is worn on the head, not for what is written
    {{"엄마", "나", "마스크", "쓰다", "주다"}, "엄마, 나한테 마스크를 씌워 주세요"},
    {{"모자", "쓰다", "주다"}, "모자를 씌워 주세요"},
    {{"편지", "쓰다", "주다"}, "편지를 써 주세요"},
    {{"쓰다", "주다"}, "써 주세요"},
    {{"편지", "쓰다", "가다"}, "편지를 쓰러 가요"},
    // what is written on, with 에; a pencil is sharpened, a knife cuts
    {{"공책", "이름", "쓰다"}, "공책에 이름을 써요"},
    {{"이름", "쓰다", "필통"}, "이름을 필통에 써요"},
    {{"연필", "깎다", "할머니"}, "할머니가 연필을 깎으세요"},
    {{"칼", "사과", "깎다"}, "칼로 사과를 깎아요"},
    // here and there, gone to, are bare; where one is keeps 에
    {{"오다", "오리", "여기"}, "오리가 여기 와요"},
    {{"거기", "가다"}, "거기 가요"},
    {{"여기", "앉다"}, "여기에 앉아요"},
    // compounds of the lexicon, tapped apart; words of a lake and a garden
    {{"감기", "약", "주다"}, "감기약 주세요"},
    {{"시럽", "아니면", "가루", "약", "먹다"}, "시럽 아니면 가루약을 먹을래요?"},
    {{"달팽이", "더듬이", "길다"}, "달팽이는 더듬이가 길어요"},
    {{"할아버지", "낚싯대", "크다"}, "할아버지 낚싯대가 커요"},
    {{"노", "젓다"}, "노를 저어요"},
    {{"분무기", "물", "뿌리다"}, "분무기로 물을 뿌려요"},  // (low: 뿌리다 names no tool)
    // the speaker who asks too is given to, as 나도; with someone else there, gives
    {{"나", "도", "가위", "주다"}, "나도 가위 주세요"},
    {{"나", "만", "주다"}, "나만 주세요"},
    {{"나", "도", "친구", "과자", "주다"}, "나도 친구한테 과자를 줘요"},
    // effort tires (flag tiring): how one feels before it is what it did, not why
    {{"피곤하다", "많이", "걷다", "식물원"}, "식물원에서 많이 걸어서 피곤해요"},
    {{"걷다", "피곤하다"}, "걸어서 피곤해요"},
    {{"배고프다", "축구하다"}, "축구해서 배고파요"},
    {{"피곤하다", "자다"}, "피곤해서 자요"},             // sleep is no effort
    {{"피곤하다", "안", "걷다"}, "피곤해서 안 걸어요"},  // why one does not
    {{"피곤하다", "걷다", "싫다"}, "피곤해서 걷기 싫어요"},
    // with no verb, a stuck stuff says its own verb (가시 verb:박히다); 왜 with no verb is low
    {{"손", "가시"}, "손에 가시가 박혔어요"},
    {{"선인장", "가시"}, "선인장 가시예요"},
    {{"손", "가시", "박히다"}, "손에 가시가 박혔어요"},
    // someone the child marked as who does it, after the speaker, does it to or for the speaker
    {{"나", "친구", "가", "지우개", "빌려주다"}, "친구가 나한테 지우개를 빌려줘요"},
    {{"나", "동생", "이", "때리다"}, "동생이 나를 때려요"},
    {{"나", "엄마", "가", "오다"}, "나랑 엄마가 와요"},      // they come together
    {{"우리", "팀", "이", "이기다"}, "우리 팀이 이겼어요"},  // whose team
    {{"나", "친구", "가", "좋다"}, "나는 친구가 좋아요"},    // an adjective: the topic
    // forbidding, someone tapped before a thing is who must not; alone, whom it is done to
    {{"동생", "과자", "먹다", "안", "되다"}, "동생이 과자를 먹으면 안 돼요"},
    {{"동생", "가위", "만지다", "안", "되다"}, "동생이 가위를 만지면 안 돼요"},
    {{"칼", "만지다", "안", "되다", "동생"}, "동생이 칼을 만지면 안 돼요"},
    {{"친구", "놀리다", "안", "되다"}, "친구를 놀리면 안 돼요"},
    {{"고양이", "우유", "주다", "안", "되다"}, "고양이한테 우유를 주면 안 돼요"},
    // asking leave, the child eats, with whom the child tapped
    {{"친구", "밥", "먹다", "되다", "?"}, "친구랑 밥을 먹어도 돼요?"},
    // sprayed on an animal; an egg laid and a line tangled are told after the fact
    {{"뿌리다", "물", "달팽이"}, "달팽이한테 물을 뿌려요"},
    {{"동생", "모래", "뿌리다", "나"}, "동생이 나한테 모래를 뿌려요"},
    {{"달팽이", "알", "낳다"}, "달팽이가 알을 낳았어요"},
    {{"낚싯줄", "엉키다"}, "낚싯줄이 엉켰어요"},
    // an animal and a food with no verb: it eats it; its own meal or snack is asked for
    {{"달팽이", "상추"}, "달팽이가 상추 먹어요"},
    {{"고양이", "우유"}, "고양이가 우유 마셔요"},
    {{"햄스터", "간식"}, "햄스터 간식 주세요"},
    {{"강아지", "밥"}, "강아지 밥 주세요"},
    // a thing said before whose own verb this is, is what it is done to; a thing here is where
    {{"스티커", "사다", "그리고", "필통", "붙이다"}, "스티커를 사고 필통에 붙여요"},
    {{"스티커", "필통", "붙이다"}, "스티커를 필통에 붙여요"},
    {{"필통", "붙이다"}, "필통을 붙여요"},
    // asking after someone's part or illness, it is the topic (flag checks)
    {{"다리", "괜찮다", "?"}, "다리는 괜찮아요?"},
    {{"할머니", "괜찮다", "?"}, "할머니는 괜찮으세요?"},
    {{"다리", "괜찮다"}, "다리가 괜찮아요"},
    // asked to do it on the speaker's thing, the speaker is whose; otherwise for whom
    {{"나", "스케치북", "이름", "쓰다", "주다"}, "내 스케치북에 이름을 써 주세요"},
    {{"나", "편지", "쓰다", "주다"}, "나한테 편지를 써 주세요"},
    // the speaker chosen against is no topic (was 나는 말고 동생이랑 과자를 먹어요)
    {{"나", "말고", "동생", "과자", "먹다"}, "나 말고 동생이 과자를 먹어요"},
    {{"나", "말고", "동생", "가다"}, "나 말고 동생이 가요"},
    // someone called, then the child who wants or needs: told, the child said bare
    {{"선생님", "나", "화장실"}, "선생님, 나 화장실에 가고 싶어요"},
    {{"엄마", "나", "화장실"}, "엄마, 나 화장실에 가고 싶어요"},
    {{"엄마", "나", "우유", "먹다", "싶다"}, "엄마, 나 우유를 먹고 싶어요"},
    {{"엄마", "나", "놀이터", "가다", "싶다"}, "엄마, 나 놀이터에 가고 싶어요"},
    // an event held somewhere (flag venue): what is done at it is done there; going to it is 에
    {{"울다", "졸업식", "누나"}, "누나가 졸업식에서 울어요"},
    {{"졸업식", "떠들다", "안", "되다"}, "졸업식에서 떠들면 안 돼요"},
    {{"우리", "는", "졸업식", "에서", "노래", "를", "부르다"}, "우리는 졸업식에서 노래를 불러요"},
    {{"결혼식", "가다"}, "결혼식에 가요"},
    {{"졸업식", "할머니", "오다"}, "졸업식에 할머니가 오세요"},
    {{"졸업식", "끝나다"}, "졸업식이 끝나요"},
    // a plant watered, with no one but the child: told, not asked (medium: it may be asked)
    {{"주다", "물", "나무"}, "나무에 물을 줘요"},
    {{"나무", "심다", "그리고", "물", "주다"}, "나무를 심고 물을 줘요"},
    {{"주다", "물", "식물", "나"}, "나는 식물에 물을 줘요"},
    {{"엄마", "꽃", "물", "주다"}, "엄마, 꽃에 물 주세요"},  // someone is asked
    // compounds of the dictionary with 사이시옷, tapped apart
    {{"만두", "국", "싶다"}, "만둣국 먹고 싶어요"},
    {{"다", "먹다", "만두", "국"}, "만둣국을 다 먹었어요"},
    {{"떡", "국", "싶다"}, "떡국 먹고 싶어요"},
    {{"나무", "잎", "떨어지다"}, "나뭇잎이 떨어졌어요"},
    {{"동생", "코", "물", "나다"}, "동생은 콧물이 나요"},
    {{"밥", "국", "먹다"}, "밥이랑 국을 먹어요"},  // no compound: two
    // someone called, asked when an activity is (not whose it is)
    {{"아빠", "불꽃놀이", "언제"}, "아빠, 불꽃놀이 언제 해요?"},
    {{"선생님", "운동회", "언제"}, "선생님, 운동회 언제 해요?"},
    {{"엄마", "생일", "언제"}, "엄마 생일은 언제예요?"},  // a day that is someone's
    // a thing after a choice of two verbs that both act on it is said once, first
    {{"찌다", "아니면", "굽다", "만두"}, "만두를 쪄요, 아니면 구워요?"},
    {{"놀다", "아니면", "먹다", "밥"}, "놀아요, 아니면 밥을 먹어요?"},  // not played
    // words of a graduation, recycling day and tree planting
    {{"할아버지", "삽", "파다"}, "할아버지가 삽으로 파세요"},
    {{"나", "학사모", "크다"}, "내 학사모가 커요"},
    {{"깨지다", "유리병", "만지다", "안", "되다"}, "깨진 유리병을 만지면 안 돼요"},
    {{"오늘", "식목일"}, "오늘 식목일이에요"},
    // 누구 with an animal fed or a plant watered asks who gives, not to whom
    {{"누구", "나무", "물", "주다"}, "누가 나무에 물을 줘요?"},
    {{"누구", "사탕", "주다"}, "누구한테 사탕을 줄래요?"},  // no one else to give to
    // the listener alone before a wish to see is whom the child misses, not asked
    {{"친구에게", "너", "보다", "싶다"}, "너 보고 싶어"},
    {{"친구에게", "너", "가다", "싶다"}, "너 가고 싶어?"},
    // who goes, tapped first, leaves what is gone to do with its verb
    {{"아빠", "사다", "우유", "가다"}, "아빠가 우유를 사러 가요"},
    {{"동생", "먹다", "밥", "가다"}, "동생이 밥을 먹으러 가요"},
    // how much the effort was done, tapped after its verb, stays its (파다 is tiring)
    {{"피곤하다", "삽", "파다", "많이"}, "삽으로 많이 파서 피곤해요"},
    {{"피곤하다", "걷다", "많이"}, "많이 걸어서 피곤해요"},
    // an event held somewhere, tapped last after a verb-first tap, is where, said first
    {{"부르다", "노래", "졸업식"}, "졸업식에서 노래를 불러요"},
    // who made a thing pointed at asks about what is there, made (medium, assumed_past); what
    // is done to, said before 누가, is what the question is about
    {{"누구", "이거", "만들다"}, "누가 이걸 만들었어요?"},
    {{"이거", "누구", "만들다"}, "이건 누가 만들었어요?"},
    {{"그림", "누구", "그리다", "이거"}, "이 그림은 누가 그렸어요?"},
    {{"누구", "슬라임", "만들다"}, "누가 슬라임을 만들어요?"},  // nothing there yet
    {{"케이크", "누구", "먹다"}, "케이크는 누가 먹어요?"},
    {{"이거", "뭐", "만들다"}, "이거로 뭐 만들어요?"},  // 뭐 is what is made
    // not wanting, right after its verb, has its verb: what comes after is said on its own
    {{"자다", "싫다", "놀다", "싶다"}, "자기 싫어서 놀고 싶어요"},
    {{"가다", "싫다", "집", "있다"}, "가기 싫어서 집에 있어요"},  // (was 싫은 집)
    {{"싫다", "나", "가다"}, "나는 가기 싫어요"},
    // what happens to a thing, before a request, is its reason
    {{"기침", "나다", "물", "주다"}, "기침이 나니까 물 주세요"},
    {{"비", "오다", "우산", "주다"}, "비가 오니까 우산 주세요"},
    // a verb with its object right before it takes no other before 주다
    {{"손", "씻다", "밥", "주다"}, "손을 씻고 밥 주세요"},
    // knowing how to do, and what is blocked or urgent
    {{"색종이", "접다", "모르다"}, "색종이를 접는 거 몰라요"},
    {{"코", "막히다"}, "코가 막혀요"},
    {{"화장실", "급하다"}, "화장실이 급해요"},
    {{"개미", "밟다", "안", "되다"}, "개미를 밟으면 안 돼요"},
    // a noun and 하다 that make one verb done to the thing tapped before them are that verb
    {{"그림", "색칠", "하다"}, "그림을 색칠해요"},
    {{"엄마", "방", "청소", "하다"}, "엄마가 방을 청소해요"},
    {{"숙제", "공부", "하다"}, "숙제랑 공부를 해요"},  // two things done (숙제하다)
    // a word said of a thing, before a place said of it, is whose place: 창문 밖, 문 밖
    {{"창문", "밖", "비", "오다"}, "창문 밖에 비가 와요"},
    // a wish before what one does is why; only another wish is listed with it
    {{"엄마", "보다", "싶다", "울다"}, "엄마가 보고 싶어서 울어요"},
    {{"놀다", "싶다", "나가다"}, "놀고 싶어서 나가요"},
    {{"놀다", "싶다", "자다", "싶다"}, "놀고 싶고 자고 싶어요"},
    // peel and seeds are said of the fruit before them
    {{"사과", "껍질", "깎다", "주다"}, "사과 껍질을 깎아 주세요"},
    {{"포도", "씨", "있다"}, "포도 씨가 있어요"},
    // asked, the speaker right before a part of the body done to is whose (medium)
    {{"나", "머리", "묶다", "주다"}, "내 머리를 묶어 주세요"},
    {{"나", "이름", "쓰다", "주다"}, "내 이름을 써 주세요"},  // always someone's (someones)
    // someone greeted is called
    {{"안녕", "친구", "내일", "보다"}, "안녕, 친구, 내일 봐요"},
    // what happened, before a request, is its reason told after the fact (-아서 cannot be)
    {{"다리", "다치다", "업다", "주다"}, "다리를 다쳤으니까 업어 주세요"},
    {{"컵", "깨지다", "치우다", "주다"}, "컵이 깨졌으니까 치워 주세요"},
    // 안 되다 tapped after who and before the verb forbids that verb
    {{"동생", "안", "되다", "가위", "만지다"}, "동생이 가위를 만지면 안 돼요"},
    // two of the same thing, one after the other, are a list with the later one's role
    {{"빨간색", "물감", "파란색", "물감", "섞다"}, "빨간색 물감이랑 파란색 물감을 섞어요"},
    // words of the playground and the doctor's
    {{"친구", "그네", "안", "비키다"}, "친구가 그네에서 안 비켜요"},
    {{"신발", "벗겨지다"}, "신발이 벗겨졌어요"},
    {{"입", "벌리다", "주다"}, "입을 벌려 주세요"},
    {{"나", "가", "술래"}, "내가 술래예요"},  // what someone is (status)
    // a verb of putting (flag puts): of two things, the one more like a place is where, the later
    // where they are alike (a guess, medium); two foods, neither taking fillings, stay a list
    {{"넣다", "오이", "샌드위치"}, "오이를 샌드위치에 넣어요"},
    {{"아기", "돈", "입", "넣다", "안", "되다"}, "아기가 돈을 입에 넣으면 안 돼요"},
    {{"빵", "잼", "바르다"}, "빵에 잼을 발라요"},
    {{"넣다", "햄스터", "집", "톱밥"}, "햄스터 집에 톱밥을 넣어요"},
    {{"붙이다", "밴드", "다리", "강아지"}, "강아지 다리에 밴드를 붙여요"},
    {{"넣다", "캔", "상자"}, "캔을 상자에 넣어요"},
    {{"사과", "바나나", "넣다"}, "사과랑 바나나를 넣어요"},
    {{"넣다", "고기", "만두"}, "고기를 만두에 넣어요"},
    // and of taking a thing out of another (빼다, 떼다, 꺼내다: where from, 에서)
    {{"빼다", "피클", "햄버거", "주다"}, "피클을 햄버거에서 빼 주세요"},
    {{"자전거", "보조", "바퀴", "빼다"}, "자전거에서 보조 바퀴를 빼요"},
    {{"보조", "바퀴", "빼다", "되다", "?"}, "보조 바퀴를 빼도 돼요?"},
    {{"냉장고", "빼다", "우유"}, "냉장고에서 우유를 빼요"},
    // going to an event to do something there: 에 (flag venue)
    {{"보다", "아기", "가다", "돌잔치"}, "돌잔치에 아기를 보러 가요"},
    {{"케이크", "먹다", "되다", "돌잔치"}, "돌잔치에서 케이크를 먹어도 돼요?"},
    // a feeling of one's own (flag feeling) before a noun and a verb is why
    {{"부끄럽다", "노래", "안", "부르다"}, "부끄러워서 노래를 안 불러요"},
    // words of the bathhouse, karaoke, guests and a first birthday
    {{"냉탕", "5분", "더", "놀다"}, "냉탕에서 5분 더 놀아요"},
    {{"노래", "부르다", "가다", "노래방"}, "노래를 부르러 노래방에 가요"},
    {{"열다", "현관", "문", "나"}, "나는 현관문을 열어요"},
    {{"세모나다", "샌드위치", "만들다"}, "세모난 샌드위치를 만들어요"},
    {{"얼굴", "빨개지다", "아빠"}, "아빠 얼굴이 빨개졌어요"},
    {{"엄마", "감기다", "머리", "나"}, "엄마가 내 머리를 감겨요"},
    {{"돌잔치", "그래서", "한복", "입다"}, "돌잔치라서 한복을 입어요"},
    // someone tapped after the verb, with a thing it takes, does it; a thing no slot names takes
    // the open object slot and leaves the subject to them (medium: open_slot)
    {{"마이크", "를", "잡다", "형"}, "형이 마이크를 잡아요"},
    // an animal before a verb done to someone, the speaker after, does it only where the verb is
    // one animals do to people (flag agent)
    {{"물고기", "잡다", "나"}, "나는 물고기를 잡아요"},
    {{"강아지", "물다", "나"}, "강아지가 나를 물어요"},
    {{"잡다", "마이크", "아기"}, "아기가 마이크를 잡아요"},
    {{"밀다", "때", "아빠"}, "아빠가 때를 밀어요"},
    {{"무섭다", "이야기", "사촌"}, "사촌이 이야기를 무서워해요"},
    // someone tapped last after 그리고 does both, unless the verb is one done with someone first
    {{"신발", "벗다", "그리고", "들어오다", "손님"}, "손님이 신발을 벗고 들어와요"},
    {{"밥", "먹다", "그리고", "자다", "동생"}, "동생이 밥을 먹고 자요"},
    {{"밥", "먹다", "그리고", "놀다", "친구"}, "밥을 먹고 친구랑 놀아요"},
    // 에 after someone is 한테, the child's card replaced (medium, particle_replaced)
    {{"엄마", "에", "편지", "쓰다"}, "엄마한테 편지를 써요"},
    {{"선생님", "에", "가다"}, "선생님한테 가요"},
    {{"강아지", "에", "밥", "주다"}, "강아지한테 밥을 줘요"},
    // a time word said of the only verb, tapped after it, is when, said first
    {{"누구", "부르다", "다음"}, "다음에 누구를 불러요?"},
    {{"동화책", "읽다", "자다", "전"}, "자기 전에 동화책을 읽어요"},
    // who made a thing pointed at is told in the past (medium), the maker with 이/가
    {{"이거", "엄마", "만들다"}, "이건 엄마가 만들었어요"},
    {{"이거", "나", "만들다"}, "내가 이걸 만들었어요"},
    // a quality tapped after its noun, with an adverb of the verb after it, is why
    {{"마술", "신기하다", "또", "보다", "싶다"}, "마술이 신기해서 또 보고 싶어요"},
    {{"핫초코", "따뜻하다", "마시다", "싶다"}, "따뜻한 핫초코를 마시고 싶어요"},
    // an adjective never said of a body part (its frame's subject classes) does not describe it
    {{"시끄럽다", "귀", "막다"}, "시끄러워서 귀를 막아요"},
    {{"크다", "손", "씻다"}, "큰 손을 씻어요"},
    // 하다 after 안 or 못 after another verb is left out, the negation said with that verb
    // (medium: copula_without_noun names the card)
    {{"신발", "신다", "못", "하다"}, "신발을 못 신어요"},
    {{"먹다", "안", "하다"}, "안 먹어요"},
    {{"공부", "못", "하다"}, "공부를 못 해요"},
    // how the child feels, then things alone: what would help is asked for, the feeling its
    // reason (medium: implied_verb); was 샌드위치가 배고파요
    {{"배고프다", "샌드위치"}, "배고프니까 샌드위치 주세요"},
    {{"춥다", "담요"}, "추우니까 담요 주세요"},
    {{"나", "목마르다", "물"}, "나는 목마르니까 물 주세요"},
    {{"목마르다", "물", "싶다"}, "목말라서 물 마시고 싶어요"},
    {{"가렵다", "연고"}, "가려우니까 연고 주세요"},  // how the body feels too (was 연고가 가려워요)
    {{"아프다", "약"}, "아프니까 약 주세요"},
    // someone called, then a question word alone, asks them; 먼저 after who says they do it
    {{"엄마", "왜"}, "엄마, 왜요?"},
    {{"선생님", "어떻게"}, "선생님, 어떻게요?"},
    {{"나", "먼저"}, "내가 먼저 해요"},
    // waiting (flag doing) for someone or something to come: what is waited for is the coming
    {{"엄마", "오다", "기다리다"}, "엄마가 오는 거 기다려요"},  // was 엄마를 기다리러 와요
    {{"버스", "오다", "기다리다"}, "버스가 오는 거 기다려요"},
    // a polite verb form on a card is that verb, though it reads as particles too (와 + 요)
    {{"엄마", "와요"}, "엄마가 와요"},
    {{"엄마", "도와주세요"}, "엄마, 도와주세요"},  // -(으)세요 on the card: its verb
    {{"할머니", "주무세요"}, "할머니가 주무세요"},
    // 새 before someone outside the household is new (새 친구); before one the child lives with,
    // who may be called to look, it stays a bird
    {{"새", "친구", "오다"}, "새 친구가 와요"},
    {{"앉다", "의자", "새", "친구"}, "새 친구가 의자에 앉아요"},
    {{"새", "선생님", "오다"}, "새 선생님이 오세요"},
    // a tool the verb is done with is not what the next noun is of
    {{"지우다", "글씨", "지우개"}, "지우개로 글씨를 지워요"},
    // 틀리다 is told after the fact (flag report)
    {{"왜", "틀리다", "이거"}, "이건 왜 틀렸어요?"},
    // the speaker before a friend or a younger sibling an adjective describes: whose
    {{"나", "짝꿍", "친절하다"}, "내 짝꿍이 친절해요"},
    {{"나", "동생", "아프다"}, "내 동생이 아파요"},
    {{"나", "친구", "좋다"}, "나는 친구가 좋아요"},  // liked: the speaker's feeling
    {{"나", "선생님", "무섭다"}, "나는 선생님이 무서워요"},
    // a part tapped after its whole: one phrase (껍데기, flag relational)
    {{"계란", "껍데기", "버리다"}, "계란 껍데기를 버려요"},
    // someone the child lives with, tapped first before a thing and 보다 (flag shows), is called to
    // look (medium, called_to_look); an elder among them is asked
    {{"보다", "경찰차", "엄마"}, "엄마, 경찰차를 봐요"},
    {{"아빠", "텔레비전", "보다"}, "아빠가 텔레비전을 봐요"},  // what is watched
    // a vehicle the child marked with 가, with a verb of going, is what goes
    {{"경찰차", "가", "빨리", "가다"}, "경찰차가 빨리 가요"},
    // the one person tapped before a game or a thing that 같이 follows is whom the child does it
    // with
    {{"선생님", "피구", "같이", "하다"}, "선생님이랑 같이 피구를 해요"},
    {{"엄마", "만두", "같이", "만들다"}, "엄마랑 같이 만두를 만들어요"},
    // 안, a verb, what it is done to, then 주다: asks not to
    {{"아빠", "안", "넣다", "양파", "주다"}, "아빠, 양파를 넣지 마세요"},
};

const std::vector<Row> kRealTaps4 = {
    // a score (점 implies 받다) with 싶다: wished for; a test and its score is not had (low: no
    // verb)
    {{"100", "점", "싶다"}, "100점 받고 싶어요"},
    // an elder called again and again hears what the child finished (다): no -(으)시-
    {{"선생님", "선생님", "다", "쓰다"}, "선생님, 다 썼어요"},
    // someone after a place with a verb of coming is who comes, not whom the child comes with
    {{"교실", "친구", "오다"}, "교실에 친구가 와요"},
    {{"집", "할머니", "오다"}, "집에 할머니가 오세요"},
    {{"놀이터", "친구", "놀다"}, "놀이터에서 친구랑 놀아요"},  // playing: with the friend
    // a feeling about something (flag exp), tapped before a thing and what the thing is like, is
    // said after it, the quality its reason (medium: guessed_link)
    {{"무섭다", "사이렌", "크다"}, "사이렌이 커서 무서워요"},
    {{"좋다", "날씨", "따뜻하다"}, "날씨가 따뜻해서 좋아요"},
    {{"무섭다", "공룡", "보다"}, "무서운 공룡을 봐요"},  // a verb after: which one
    // what someone else does before 싫다 or 무섭다 is why, -아서, not -기 (said only of oneself)
    {{"싫다", "동생", "울다"}, "동생이 울어서 싫어요"},
    {{"엄마", "가다", "싫다"}, "엄마가 가서 싫어요"},
    {{"나", "가다", "싫다"}, "나는 가기 싫어요"},
    // someone asked to let the child go where children ask to go (flag need) is called
    {{"선생님", "화장실", "가다", "싶다"}, "선생님, 화장실에 가고 싶어요"},
    {{"선생님", "같이", "화장실", "가다", "싶다"}, "선생님이랑 같이 화장실에 가고 싶어요"},
    // a part played (flag status) is never whom it is done with
    {{"나", "가", "술래", "하다"}, "내가 술래를 해요"},
    // for a verb with no object, what sticks or goes in is not joined to where
    {{"클립", "자석", "붙다"}, "클립이 자석에 붙어요"},
    // someone the child marked with 이/가, then a verb and 주다: what they do for the child, told
    {{"아빠", "가", "헬멧", "을", "사다", "주다"}, "아빠가 헬멧을 사 줘요"},
    {{"할머니", "가", "책", "읽다", "주다"}, "할머니가 책을 읽어 주세요"},  // honoured: 주시다
    {{"엄마", "머리", "묶다", "주다"}, "엄마, 머리를 묶어 주세요"},         // unmarked: asked
    // 누구 before what someone is asks who it is
    {{"누구", "술래"}, "누가 술래예요?"},
    // putting on what one wears before going says what one goes in (-고); changing (flag changes)
    // is done where one goes (-(으)러)
    {{"신발", "신다", "가다"}, "신발을 신고 가요"},
    {{"발레복", "입다", "집", "가다", "되다", "?"}, "발레복을 입고 집에 가도 돼요?"},
    {{"수영복", "갈아입다", "탈의실", "가다"}, "수영복을 갈아입으러 탈의실에 가요"},
    // an activity asked when is the topic
    {{"몇", "시", "발레"}, "발레는 몇 시예요?"},
    // what was not brought is told as forgotten (flag forgets); what is brought is done now
    {{"숙제", "안", "가져오다"}, "숙제를 안 가져왔어요"},
    {{"우유", "5", "개", "가져오다"}, "우유를 5개 가져와요"},
    {{"가져오다", "우유", "가다"}, "우유를 가져오러 가요"},
    // spilling and going cold are told after the fact
    {{"흘리다", "짜장면"}, "짜장면을 흘렸어요"},
    {{"식다", "짜장면"}, "짜장면이 식었어요"},
    // a baby before a doll is what the doll is
    {{"아기", "인형", "재우다"}, "아기 인형을 재워요"},
    {{"아기", "인형", "졸리다", "그래서", "재우다"}, "아기 인형이 졸려서 재워요"},
    // a part played (flag status) is what 하다 or 맡다 (flag plays) takes, said without a title
    {{"할머니", "요리사", "하다"}, "할머니가 요리사를 하세요"},
    {{"하다", "의사", "나"}, "나는 의사를 해요"},
    {{"누구", "의사", "하다", "다음"}, "다음에 누가 의사를 해요?"},
    {{"현관", "손님"}, "현관에 손님이 있어요"},  // a place and who is there
    // 이거 does not point at the place a verb takes as where
    {{"이거", "집", "가져가다", "되다", "?"}, "이걸 집에 가져가도 돼요?"},
    // someone else, after 그래서, feels it with -어하다
    {{"뜀틀", "높다", "그래서", "무섭다", "동생"}, "뜀틀이 높아서 동생이 무서워해요"},
    // bringing (flag brings) is joined with -아서, and says what one goes for
    {{"우유", "가져오다", "그리고", "나누다"}, "우유를 가져와서 나눠요"},
    {{"장난감", "가져오다", "놀다"}, "장난감을 가져와서 놀아요"},
    // what was made, given with no 그리고, is carried over (-아서); with 그리고 the child said -고
    {{"그림", "그리다", "선물", "하다", "엄마"}, "그림을 그려서 엄마한테 선물해요"},
    {{"그림", "그리다", "그리고", "말리다"}, "그림을 그리고 말려요"},
    // with no verb, a toy before another kind of thing, or furniture or a food before a tool,
    // says which one is asked for (a guess: medium)
    {{"장난감", "돈"}, "장난감 돈이요"},
    {{"칠판", "지우개"}, "칠판 지우개요"},
    {{"빵", "우유"}, "빵이랑 우유요"},  // a food and a drink are two of a kind, asked for
    {{"연필", "빵"}, "연필 빵"},        // two things of no one kind stay two, shown as tapped
    // a sauce is said of the food before it (flag relational)
    {{"탕수육", "소스"}, "탕수육 소스 주세요"},
    // a food that stains (flag stains) on the body or clothes got on it, around the mouth too
    {{"옷", "짜장면"}, "옷에 짜장면이 묻었어요"},
    {{"입", "짜장면"}, "입에 짜장면이 묻었어요"},
    {{"눈", "모래"}, "눈에 모래가 들어갔어요"},
    // an adjective tapped first before a thing and nothing else: one that tells things apart
    // (flag sorts) says which one is wanted; any other is said of the thing (both guesses)
    {{"작다", "컵"}, "작은 컵이요"},
    {{"맵다", "짬뽕"}, "짬뽕이 매워요"},
    {{"차갑다", "청진기"}, "청진기가 차가워요"},
    // an activity with an adverb of how it is done says 하다 (medium); in 반말, 같이 asks along
    {{"같이", "축구"}, "같이 축구해요"},
    {{"빨리", "뜀틀"}, "빨리 뜀틀 해요"},
    {{"소꿉놀이", "싶다"}, "소꿉놀이하고 싶어요"},
    // a pot or a pan is where food is cooked (at:dish), and the child's 에 stays
    {{"끓이다", "라면", "냄비"}, "냄비에 라면을 끓여요"},
    {{"나", "는", "냄비", "에", "국", "을", "끓이다"}, "나는 냄비에 국을 끓여요"},
    // a mat is where one rolls (furniture that is also a place)
    {{"구르다", "매트"}, "매트에서 굴러요"},
    // a thing the child marked with (으)로 or 에, which no slot of the verb names, keeps the card
    {{"모으다", "철가루", "자석", "로"}, "철가루를 자석으로 모아요"},
    {{"붙이다", "색종이", "풀", "로"}, "색종이를 풀로 붙여요"},
    {{"아빠", "가", "마이크", "로", "노래", "를", "부르다"}, "아빠가 마이크로 노래를 불러요"},
    {{"학교", "에", "놀다"}, "학교에서 놀아요"},  // a place 놀다 names: the card is corrected
    // what someone else is good or bad at (flag ability) is said of them, the topic
    {{"형", "수영", "못하다"}, "형은 수영을 못해요"},
    {{"돌리다", "팽이", "형", "잘하다"}, "형은 팽이를 잘 돌려요"},
    {{"누구", "피구", "잘하다"}, "누가 피구를 잘해요?"},  // who is asked, not said of
    // who is asked about what someone is, with a time first; the speaker after what they are
    {{"오늘", "누구", "당번"}, "오늘 누가 당번이에요?"},
    {{"누구", "생일", "오늘"}, "오늘 누구 생일이에요?"},
    {{"당번", "나"}, "나는 당번이에요"},
    // 누구 with 먼저 or 혼자 (flag doer) and an activity asks who does it
    {{"누구", "먼저", "뜀틀"}, "누가 먼저 뜀틀 해요?"},
    {{"누구", "혼자", "축구"}, "누가 혼자 축구해요?"},
    // things alone after 그래서 are asked for, the part before their reason
    {{"짬뽕", "맵다", "그래서", "물"}, "짬뽕이 매우니까 물 주세요"},
    {{"춥다", "그래서", "담요"}, "추우니까 담요 주세요"},
    // 드리다 tapped itself gives to the elder with 께
    {{"나", "원장님", "우유", "드리다"}, "나는 원장님께 우유를 드려요"},
    {{"할머니", "꽃", "드리다"}, "할머니께 꽃을 드려요"},
    // watching (flag alongside) before what leave is asked for or forbidden: at the same time
    {{"휴대폰", "보다", "건너다", "안", "되다"}, "휴대폰을 보면서 건너면 안 돼요"},
    {{"텔레비전", "보다", "밥", "먹다", "되다", "?"}, "텔레비전을 보면서 밥을 먹어도 돼요?"},
    {{"책", "보다", "자다"}, "책을 보고 자요"},  // told, one after the other
    // what happens before taking care (flag warns) is why; an elder tapped first is told
    {{"오다", "자동차", "조심하다"}, "자동차가 오니까 조심해요"},
    {{"선생님", "미끄럽다", "조심하다"}, "선생님, 미끄러우니까 조심하세요"},
    // a vehicle asked about or denied with a verb of going, and no one to ride it nor a place to
    // go to, is what goes (told plainly, it is what one goes by)
    {{"왜", "기차", "안", "가다"}, "왜 기차가 안 가요?"},
    {{"어디", "가다", "경찰차"}, "경찰차가 어디 가요?"},
    {{"누구", "버스", "가다"}, "누가 버스로 가요?"},
    {{"나", "지하철", "가다"}, "나는 지하철로 가요"},
    {{"버스", "가다"}, "버스로 가요"},
    // one thing alone with a verb of putting, no more like a place than any thing, is what is put
    // (a guess, said); a place, furniture or a container alone is where
    {{"넣다", "건전지", "아빠", "주다"}, "아빠, 건전지를 넣어 주세요"},
    {{"가방", "넣다"}, "가방에 넣어요"},  // a container (flag inside) is where
    {{"냉장고", "넣다"}, "냉장고에 넣어요"},
    {{"뭐", "넣다", "상자"}, "상자에 뭐 넣어요?"},
    // a thing alone before 그래서 is why, what it is (a guess, said)
    {{"초록불", "그래서", "건너다"}, "초록불이라서 건너요"},
    // words of a taekwondo class and a crossing
    {{"왜", "초록불", "깜빡이다"}, "초록불이 왜 깜빡여요?"},
    {{"관장님", "도복", "입다"}, "관장님이 도복을 입으세요"},
    {{"엎다", "식판", "친구"}, "친구가 식판을 엎었어요"},
    // the speaker right after a body part, with a verb done to persons, owns it (arranged once)
    {{"벌", "쏘다", "손", "나"}, "벌이 내 손을 쏴요"},
    // a parrot talks (말하다 takes an animal as who speaks)
    {{"앵무새", "말하다"}, "앵무새가 말해요"},
    // 못 right after a verb, before how things are, is the verb's, and how things are is why
    {{"노래", "부르다", "못", "목", "아프다"}, "목이 아파서 노래를 못 불러요"},
    {{"자다", "못", "시끄럽다"}, "시끄러워서 못 자요"},
    // what one cannot do has no -기 form
    {{"수학", "못", "하다", "싫다"}, "수학을 못 해서 싫어요"},
    // a photo, wanted, is taken (사진 verb:찍다)
    {{"사진", "싶다"}, "사진 찍고 싶어요"},
    // someone not called by that word (no elder, title or family), tapped first, gives to the
    // speaker tapped after 주다: told (holdout31 models it so first; the request stays a reading)
    {{"아저씨", "포도", "주다", "나"}, "아저씨가 나한테 포도를 줘요"},
    // an elder called and asked about what they feel in the body is honoured
    {{"할머니", "멀미", "?"}, "할머니, 멀미가 나세요?"},
    // words of an orchard, a boat trip and a circus
    {{"포도밭", "싶다"}, "포도밭에 가고 싶어요"},
    {{"유람선", "싶다"}, "유람선 타고 싶어요"},
    {{"천막", "사람", "많이"}, "천막에 사람이 많아요"},
    {{"던지다", "공", "광대", "많이"}, "광대가 공을 많이 던져요"},
    // what someone is, right before a word for a person, says which person
    {{"경찰관", "아저씨", "오다"}, "경찰관 아저씨가 와요"},
    {{"농부", "아저씨", "가", "포도", "를", "따다"}, "농부 아저씨가 포도를 따요"},
    // what is taught, right before an elder outside the family, says which one
    {{"음악", "선생님", "오다"}, "음악 선생님이 오세요"},
    {{"발레", "선생님", "칭찬", "받다"}, "발레 선생님한테 칭찬을 받아요"},
    // what is eaten and what is drunk are of a kind
    {{"팝콘", "콜라"}, "팝콘이랑 콜라요"},
    // music, with a time and no verb, is a lesson then; a ticket is said of what it is for
    {{"3시", "음악"}, "3시에 음악이 있어요"},
    {{"서커스", "표", "사다"}, "서커스 표를 사요"},
    // a string that snaps is told after the fact; a seed is spat somewhere
    {{"기타", "줄", "끊어지다"}, "기타 줄이 끊어졌어요"},
    {{"씨", "뱉다", "여기", "되다", "?"}, "여기에 씨를 뱉어도 돼요?"},
    // an activity one goes to is said bare, as a class one attends
    {{"4시", "태권도", "가다"}, "4시에 태권도 가요"},
    // a vehicle that goes by itself is who does it, before where; a place the verb passes is not
    // which vehicle
    {{"지나가다", "터널", "기차"}, "기차가 터널을 지나가요"},
    {{"오다", "버스", "유치원"}, "버스가 유치원에 와요"},
    {{"학교", "버스", "오다"}, "학교 버스가 와요"},
    // a word that is a body part and something else the verb takes is that other thing
    {{"선장님", "배", "운전하다"}, "선장님이 배를 운전하세요"},
    {{"아빠", "배", "타다"}, "아빠가 배를 타요"},
    // 뭐 asked as what does it, or what it is about, takes 가
    {{"뭐", "붙다", "자석"}, "자석에 뭐가 붙어요?"},
    {{"뭐", "무섭다"}, "뭐가 무서워요?"},
    {{"뭐", "먹다"}, "뭐 먹어요?"},
    // a little (flag little) goes right before 더, as said
    {{"주다", "더", "밥", "조금"}, "밥 조금 더 주세요"},
    {{"더", "좀", "주다"}, "좀 더 주세요"},
    // a thing tapped before a choice of two colours is what both are of
    {{"헬멧", "빨간색", "말고", "파란색"}, "빨간색 말고 파란색 헬멧이요"},
    // a verb done humbly to someone (flag humble) gives an elder 께
    {{"나", "선생님", "인사하다"}, "나는 선생님께 인사해요"},
    // a container and what is in it name one thing where the predicate has no place for it
    {{"쏟다", "포도", "바구니", "동생"}, "동생이 포도 바구니를 쏟았어요"},
    {{"수조", "물", "더럽다"}, "수조 물이 더러워요"},
    {{"가방", "책", "넣다"}, "가방에 책을 넣어요"},
    // 이거 right after a thing, with an adjective of how one feels about it, points at it
    {{"노래", "이거", "좋다"}, "이 노래가 좋아요"},
    // a dish is what is made or dried, not what one makes it with; one is drawn on
    {{"그릇", "3", "개", "만들다"}, "그릇을 3개 만들어요"},
    {{"그릇", "말리다", "30분"}, "그릇을 30분 말려요"},
    {{"동생", "이", "접시", "에", "그림", "을", "그리다"}, "동생이 접시에 그림을 그려요"},
    {{"클레이", "그릇", "만들다"}, "클레이로 그릇을 만들어요"},
    // an animal the verb is done to and not done with is not who 같이 is with
    {{"친구에게", "말", "같이", "보다", "가다"}, "말을 같이 보러 가자"},
    {{"강아지", "같이", "놀다"}, "강아지랑 같이 놀아요"},
    // a feeling before what one wants to do is why
    {{"무섭다", "내려오다", "싶다"}, "무서워서 내려오고 싶어요"},
    // 다 right before 같이 is everyone, not done
    {{"다", "같이", "놀다"}, "다 같이 놀아요"},
    // a thing the child marked with 에서 is where it happens, with a verb that has no slot for
    // where
    {{"그릇", "깨지다", "가마", "에서"}, "가마에서 그릇이 깨졌어요"},
    {{"친구", "가", "교실", "에서", "울다"}, "친구가 교실에서 울어요"},
    // a dish is baked as well as baked in
    {{"가마", "에서", "그릇", "굽다"}, "가마에서 그릇을 구워요"},
    {{"프라이팬", "계란", "굽다"}, "프라이팬에 계란을 구워요"},
    // words of badminton, a flea market, pottery, climbing and riding
    {{"책", "팔다", "가다", "벼룩시장"}, "책을 팔러 벼룩시장에 가요"},
    {{"찌그러지다", "컵", "나"}, "내 컵이 찌그러졌어요"},
    {{"라켓", "빨간색", "주다"}, "빨간색 라켓 주세요"},
    // how one feels about what is done is now
    {{"다", "팔다", "그래서", "기쁘다"}, "다 팔아서 기뻐요"},
    {{"다", "먹다", "그래서", "배부르다"}, "다 먹어서 배불러요"},
    {{"다", "먹다", "그리고", "놀다"}, "다 먹고 놀았어요"},
    // a little said right before 더 goes with it after the noun
    {{"조금", "더", "물", "주다"}, "물 조금 더 주세요"},
    // an adverb between an activity and the verb it implies keeps them apart
    {{"축구", "또", "싶다"}, "축구 또 하고 싶어요"},
    {{"또", "수영", "싶다"}, "또 수영하고 싶어요"},
    // the speaker first in a later part, alone there, after someone else's part, is its topic
    {{"아기", "자다", "나", "먹다"}, "아기가 자고 나는 먹어요"},
    {{"동생", "자다", "나", "책", "읽다"}, "동생이 자고 나는 책을 읽어요"},
    {{"엄마", "오다", "나", "놀다"}, "엄마가 나랑 놀러 와요"},
    // resembling and coming to have are said after the fact
    {{"나", "엄마", "닮다"}, "나는 엄마를 닮았어요"},
    {{"구멍", "생기다"}, "구멍이 생겼어요"},
    // a thing counted right after it is what the verb acts on
    {{"동전", "5", "개", "넣다"}, "동전을 5개 넣어요"},
    {{"가방", "사과", "3", "개", "넣다"}, "가방에 사과를 3개 넣어요"},
    {{"약", "하루", "3", "번", "먹다"}, "약을 하루 3번 먹어요"},
    // words of woodworking, a baby, an observatory, a folk village and an arcade
    {{"두드리다", "망치", "나"}, "나는 망치로 두드려요"},
    {{"나무", "자르다", "그리고", "사포", "문지르다"}, "나무를 자르고 사포로 문질러요"},
    {{"굴렁쇠", "싶다"}, "굴렁쇠 굴리고 싶어요"},
    {{"굴렁쇠", "넘어지다"}, "굴렁쇠가 넘어졌어요"},
    {{"나", "손", "으로", "눈", "가리다"}, "나는 손으로 눈을 가려요"},
    {{"왜", "가리다", "눈"}, "왜 눈을 가려요?"},
    {{"식판", "두드리다", "안", "되다"}, "식판을 두드리면 안 돼요"},
    {{"오락실", "사람", "많이"}, "오락실에 사람이 많아요"},
    // a thing of a later part is that part's own: what is put alone before it is what is put
    {{"동전", "넣다", "그리고", "버튼", "누르다"}, "동전을 넣고 버튼을 눌러요"},
    // what is given and what for, before a verb of exchange
    {{"바꾸다", "티켓", "선물"}, "티켓을 선물로 바꿔요"},
    {{"장난감", "바꾸다"}, "장난감을 바꿔요"},
    // an activity before a game, a class or a school names which (flag kinded)
    {{"에어하키", "말고", "농구", "게임"}, "에어하키 말고 농구 게임이요"},
    {{"농구", "게임", "싶다"}, "농구 게임 하고 싶어요"},
    {{"우리", "는", "목공", "교실", "에서", "상자", "를", "만들다"},
     "우리는 목공 교실에서 상자를 만들어요"},
    {{"미술", "학원", "가다"}, "미술 학원에 가요"},
    {{"축구", "농구", "하다"}, "축구랑 농구를 해요"},
    // what is in a container is asked, not what it is
    {{"항아리", "뭐"}, "항아리에 뭐가 있어요?"},
    {{"이거", "뭐"}, "이거 뭐예요?"},
    // someone after an exclamation is not greeted (flag exclaims)
    {{"쉿", "아기", "자다"}, "쉿, 아기가 자요"},
    {{"야호", "엄마", "오다"}, "야호, 엄마가 와요"},
    {{"안녕", "친구", "내일", "보다"}, "안녕, 친구, 내일 봐요"},
    // a thing before an adjective is asked about first
    {{"달", "왜", "동그랗다"}, "달이 왜 동그래요?"},
    {{"문", "왜", "닫다"}, "왜 문을 닫아요?"},
    // a place in a place, with how many, is where
    {{"천문대", "계단", "많이"}, "천문대에 계단이 많아요"},
    // see-saw jumping and tightrope walking are one word with 하다
    {{"널뛰기", "싶다", "언니"}, "언니랑 널뛰기하고 싶어요"},
    // a smell with no verb is given off, and wanted is smelt (wanted:맡다)
    {{"기저귀", "냄새"}, "기저귀 냄새가 나요"},
    {{"꽃", "냄새", "싶다"}, "꽃 냄새를 맡고 싶어요"},
    {{"꽃", "냄새", "맡다"}, "꽃 냄새를 맡아요"},
    // someone left over right before a thing the child marked as done to is its owner
    {{"할머니", "가", "아기", "옷", "을", "사다"}, "할머니가 아기 옷을 사세요"},
    {{"아빠", "가", "형", "가방", "을", "들다"}, "아빠가 형 가방을 들어요"},
    {{"엄마", "가", "동생", "밥", "을", "주다"}, "엄마가 동생한테 밥을 줘요"},
    // sawdust, bean powder and formula get on things
    {{"옷", "톱밥"}, "옷에 톱밥이 묻었어요"},
    {{"아기", "얼굴", "분유"}, "아기 얼굴에 분유가 묻었어요"},
    // a class named by an activity goes where the class goes
    {{"뛰다", "목공", "교실", "안", "되다"}, "목공 교실에서 뛰면 안 돼요"},
    // someone alone in a later part before a verb done to someone may be who does it: medium
    {{"아기", "울다", "그래서", "엄마", "부르다"}, "아기가 울어서 엄마를 불러요"},
    // 이제 is a time word, said first
    {{"고글", "벗다", "되다", "이제"}, "이제 고글을 벗어도 돼요?"},
    {{"밥", "먹다", "이제"}, "이제 밥을 먹어요"},
    {{"나", "이제", "괜찮다"}, "나는 이제 괜찮아요"},
    // 안 between a verb and 되다 forbids that verb, whatever follows; how things are, said of
    // something tapped after what is forbidden, comes first as why, with -(으)니까
    {{"뛰다", "안", "되다", "바닥"}, "바닥에서 뛰면 안 돼요"},
    {{"시끄럽다", "안", "되다", "아기", "자다"}, "아기가 자니까 시끄럽게 하면 안 돼요"},
    {{"바닥", "미끄럽다", "뛰다", "안", "되다"}, "바닥이 미끄러우니까 뛰면 안 돼요"},
    {{"만지다", "안", "되다", "뜨겁다"}, "뜨거워서 만지면 안 돼요"},
    // words of sewing, a fish market, pet beetles, baduk and a barbecue
    {{"할머니", "바늘", "실", "꿰다"}, "할머니가 바늘에 실을 꿰세요"},
    {{"형", "이", "바둑알", "을", "튕기다"}, "형이 바둑알을 튕겨요"},
    {{"사육통", "톱밥", "많이"}, "사육통에 톱밥이 많아요"},
    {{"뒤집어지다", "사슴벌레"}, "사슴벌레가 뒤집어졌어요"},
    // 지다 in a game is lost at it
    {{"동생", "오목", "지다", "울다"}, "동생이 오목에서 져서 울어요"},
    // a food that takes fillings is where another is wrapped (싸다, flag puts; 상추 filled)
    {{"상추", "고기", "싸다"}, "상추에 고기를 싸요"},
    {{"고기", "상추", "싸다"}, "고기를 상추에 싸요"},
    {{"고기", "굽다", "그리고", "상추", "싸다", "먹다"}, "고기를 굽고 상추에 싸서 먹어요"},
    {{"동생", "바지", "똥", "싸다"}, "동생이 바지에 똥을 싸요"},
    // an animal names which young or stage of one (kinded: 애벌레, 번데기)
    {{"흙", "장수풍뎅이", "애벌레"}, "흙에 장수풍뎅이 애벌레가 있어요"},
    {{"나비", "애벌레", "보다"}, "나비 애벌레를 봐요"},
    // a barbecue is first something done
    {{"6시", "바비큐"}, "6시에 바비큐 해요"},
    // Round nine (holdout35 as development). A verb tapped first right before a thing it acts on,
    // with a verb after that acts on it too, says which one: what was done to it (a guess).
    {{"찾다", "사탕", "먹다", "되다", "?"}, "찾은 사탕을 먹어도 돼요?"},
    {{"어제", "사다", "책", "다", "읽다"}, "어제 산 책을 다 읽었어요"},
    // (not before going, which is what for; nor helping)
    {{"보다", "불꽃놀이", "가다", "밤"}, "밤에 불꽃놀이를 보러 가요"},
    {{"도와주다", "가방", "닫다"}, "가방을 닫는 거 도와주세요"},
    // A verb that describes (반짝이다) says which one before a thing and a verb.
    {{"반짝이다", "돌", "찾다"}, "반짝이는 돌을 찾아요"},
    {{"별", "반짝이다"}, "별이 반짝여요"},
    // A vehicle said to go fast or far, with no one to ride it, is what goes (flag pace).
    {{"가다", "멀리", "자동차"}, "자동차가 멀리 가요"},
    {{"빨리", "빨리", "가다", "자동차"}, "자동차가 빨리 가요"},
    {{"나", "버스", "빨리", "가다"}, "나는 버스로 빨리 가요"},
    // 누구 with 주다 after a verb asks who does it for the child.
    {{"누구", "책", "읽다", "주다"}, "누가 책을 읽어 줘요?"},
    // Furniture or someone's place with 있다/없다, nothing else there but the speaker: what is
    // there.
    {{"매트", "없다"}, "매트가 없어요"},
    {{"나", "의자", "없다"}, "나는 의자가 없어요"},
    {{"지하철", "사람", "많이", "그래서", "자리", "없다"}, "지하철에 사람이 많아서 자리가 없어요"},
    // (a place is where: not at home)
    {{"나", "집", "없다"}, "나는 집에 없어요"},
    // An owner named by its own owner, and nothing else: asked for, as a thing with one owner.
    {{"우리", "팀", "지도"}, "우리 팀 지도 주세요"},
    // A colour with a verb that paints (its instrument names colours) is what it is painted with.
    {{"칠하다", "파란색", "로봇"}, "파란색으로 로봇을 칠해요"},
    {{"로봇", "파란색", "칠하다"}, "로봇을 파란색으로 칠해요"},
    {{"파란색", "말고", "노란색", "칠하다"}, "파란색 말고 노란색으로 칠해요"},
    // (but a colour before the paint says which paint)
    {{"빨간색", "물감", "칠하다"}, "빨간색 물감으로 칠해요"},
    // A posture taken somewhere, tapped with its place after something done to a thing, is how that
    // is done (a guess); not after going, nor without its place.
    {{"읽다", "책", "앉다", "바닥"}, "바닥에 앉아서 책을 읽어요"},
    {{"밥", "먹다", "의자", "앉다"}, "의자에 앉아서 밥을 먹어요"},
    {{"가다", "학교", "앉다", "의자"}, "학교에 가서 의자에 앉아요"},
    {{"밥", "먹다", "눕다"}, "밥을 먹고 누워요"},
    // A hole or a stain (flag flaw) after a thing is in it: no verb, or 있다/없다.
    {{"상자", "구멍"}, "상자에 구멍이 있어요"},
    {{"장화", "구멍"}, "장화에 구멍이 있어요"},
    {{"상자", "구멍", "있다"}, "상자에 구멍이 있어요"},
    {{"양말", "구멍", "없다"}, "양말에 구멍이 없어요"},
    {{"구멍", "있다"}, "구멍이 있어요"},
    {{"옷", "얼룩"}, "옷에 얼룩이 있어요"},
    // (two of a kind are still listed)
    {{"빵", "우유"}, "빵이랑 우유요"},
    // Words of holdout35's situations (a drone, a treasure hunt, yoga poses, a bookstore).
    {{"올라가다", "높이", "드론"}, "드론이 높이 올라가요"},
    {{"나비", "자세", "아니면", "고양이", "자세"}, "나비 자세 아니면 고양이 자세요?"},
    {{"책", "표지", "찢어지다"}, "책 표지가 찢어졌어요"},
    {{"할아버지", "찾다", "보물", "같이"}, "할아버지랑 같이 보물을 찾아요"},
    // A vehicle up in the sky, with no verb, is there; glue gets on hands (풀: flag stains).
    {{"하늘", "드론"}, "하늘에 드론이 있어요"},
    {{"손", "풀"}, "손에 풀이 묻었어요"},
    // A noun that may be a counter counts only after a number: an activity before it with 싶다 is
    // done to it.
    {{"색칠", "상자", "싶다"}, "상자를 색칠하고 싶어요"},
    {{"상자", "2", "개", "싶다"}, "상자를 2개 갖고 싶어요"},
    // Round ten (holdout36 as development). What is hard, before help asked for, is why.
    {{"어렵다", "도와주다"}, "어려우니까 도와주세요"},
    // A vehicle flown, not ridden, is what one goes out for.
    {{"종이", "비행기", "날리다", "나가다"}, "종이비행기를 날리러 나가요"},
    {{"버스", "타다", "학교", "가다"}, "버스를 타고 학교에 가요"},
    // A film or a show starts of itself when no one is tapped to start it (시작하다
    // subj:person,media).
    {{"시작하다", "영화", "지금"}, "지금 영화가 시작해요"},
    {{"숙제", "시작하다"}, "숙제를 시작해요"},
    {{"나", "게임", "시작하다"}, "나는 게임을 시작해요"},
    // Folding and sewing make things (flag makes): who made a thing pointed at is asked in the
    // past.
    {{"누구", "접다", "이거"}, "누가 이걸 접었어요?"},
    {{"누구", "꿰매다", "이거"}, "누가 이걸 꿰맸어요?"},
    // Popcorn comes in flavours, and caramel is one (flavoured, flavour).
    {{"캐러멜", "팝콘"}, "캐러멜 팝콘이요"},
    {{"팝콘", "콜라"}, "팝콘이랑 콜라요"},
    // Sushi and fried food come in kinds (flavoured), fish and prawns name them (flavour); a plate
    // or food on a conveyor goes round (돌아가다 subj:food,dish,toy).
    {{"먹다", "새우", "초밥", "동생"}, "동생이 새우 초밥을 먹어요"},
    {{"새우", "튀김"}, "새우 튀김이요"},
    {{"돌아가다", "초밥"}, "초밥이 돌아가요"},
    {{"나", "집", "돌아가다"}, "나는 집에 돌아가요"},
    // Words of holdout36's situations (origami, a fine-dust day, hatching chicks, conveyor-belt
    // sushi).
    {{"종이", "학", "접다"}, "종이로 학을 접어요"},
    {{"공기", "나쁘다"}, "공기가 나빠요"},
    {{"공기청정기", "켜다"}, "공기청정기를 켜요"},
    // Someone tapped first before a warning (flag warns) is told to take care.
    {{"할아버지", "뜨겁다", "물", "조심하다"}, "할아버지, 뜨거운 물을 조심하세요"},
    {{"할아버지", "조심하다"}, "할아버지, 조심하세요"},
    {{"동생", "어제", "조심하다"}, "동생이 어제 조심했어요"},
    // A place right after a posture verb tapped first is where the posture is taken, though the
    // next verb could happen there too.
    {{"앉다", "의자", "먹다", "밥"}, "의자에 앉아서 밥을 먹어요"},
    {{"눕다", "침대", "먹다", "과자"}, "침대에 누워서 과자를 먹어요"},
    // what happens with no one doing it, before what one is afraid of, is why, not what one fears
    // doing (holdout37): 흔들리기 무서워요 and 비가 오기 무서워요 were high
    {{"비", "오다", "무섭다"}, "비가 와서 무서워요"},
    {{"무섭다", "흔들리다"}, "흔들려서 무서워요"},
    {{"천둥", "치다", "무섭다"}, "천둥이 쳐서 무서워요"},
    {{"타다", "무섭다"}, "타기 무서워요"},
    {{"나", "가다", "싫다"}, "나는 가기 싫어요"},
    // a plant grown in class and eaten too (콩나물, 강낭콩) is watered; asked alone, it is food
    {{"콩나물", "물", "주다"}, "콩나물에 물을 줘요"},
    {{"물", "주다", "가다", "강낭콩"}, "강낭콩에 물을 주러 가요"},
    {{"콩나물", "주다"}, "콩나물 주세요"},
    {{"콩나물", "먹다"}, "콩나물을 먹어요"},
    // 저기 or 여기 right before what is watched points at it (holdout37: 저기에서 구름을 봐, high)
    {{"저기", "구름", "보다"}, "저기 구름을 봐요"},
    {{"여기", "꽃", "보다"}, "여기 꽃을 봐요"},
    {{"저기", "엄마", "보다"}, "저기에서 엄마를 봐요"},
    {{"저기", "가다"}, "저기 가요"},
    // a count of a thing's part, with no verb, is asked for (holdout37: 케이블카 표는 4장이에요,
    // high)
    {{"케이블카", "표", "4", "장"}, "케이블카 표 4장이요"},
    {{"우리", "반", "20", "명"}, "우리 반은 20명이에요"},
    {{"엄마", "가방", "2", "개"}, "엄마는 가방이 2개 있어요"},
    // asking to whom a thing is given keeps what is given marked (holdout37: 빼빼로 누구한테
    // 줄래요?)
    {{"사탕", "누구", "주다"}, "사탕을 누구한테 줄래요?"},
    {{"사탕", "주다"}, "사탕 주세요"},
    // what is asked when is the topic (holdout37: 빼빼로데이 언제예요?; holdout36: 영화가 몇
    // 시예요?)
    {{"크리스마스", "언제"}, "크리스마스는 언제예요?"},
    {{"오늘", "뭐"}, "오늘 뭐예요?"},
    // words of holdout37 the lexicon lacked (빼빼로 in 37 of its rows)
    {{"딸기", "빼빼로", "싶다"}, "딸기 빼빼로 먹고 싶어요"},
    {{"옷", "스프링클"}, "옷에 스프링클이 묻었어요"},
    {{"전망대", "싶다"}, "전망대에 가고 싶어요"},
    {{"곰", "열쇠고리"}, "곰 열쇠고리요"},
    // a thing one thanks for is said bare, as the thing given (holdout37: 빼빼로가 고마워, high)
    {{"선물", "고맙다"}, "선물 고마워요"},
    {{"강아지", "고맙다"}, "강아지가 고마워요"},
    // a tree falls (holdout37), and a torch is wanted to be switched on
    {{"크다", "나무", "쓰러지다"}, "큰 나무가 쓰러졌어요"},
    {{"손전등", "싶다"}, "손전등을 켜고 싶어요"},
    // how one feels, tapped before the weather that does it, is what it does (holdout37's typhoon
    // day)
    {{"춥다", "비", "오다"}, "비가 와서 추워요"},
    {{"신나다", "눈", "오다"}, "눈이 와서 신나요"},
    {{"무섭다", "천둥", "치다"}, "천둥이 쳐서 무서워요"},
    {{"춥다", "옷", "입다"}, "추워서 옷을 입어요"},
    {{"무섭다", "나무", "그리다"}, "무서운 나무를 그려요"},
    // the speaker tapped after a thing alone owns it, and it is asked for (holdout37: 이름표 나)
    {{"이름표", "나"}, "내 이름표 주세요"},
    {{"우유", "나"}, "우유 나"},
    // a typhoon comes, as rain does
    {{"내일", "태풍"}, "내일 태풍이 와요"},
    {{"영화", "몇", "시"}, "영화는 몇 시예요?"},
    // people counted are people: who is there (holdout8: 교실에 친구가 몇 명 있어요?)
    {{"교실", "친구", "몇", "명", "있다"}, "교실에 친구가 몇 명 있어요?"},
    {{"친구", "3", "명", "오다"}, "친구가 3명 와요"},
    // an event one is nervous about is what makes one so (holdout38: 입학식에 떨려요)
    {{"나", "떨리다", "입학식"}, "나는 입학식이 떨려요"},
    {{"발표", "떨리다"}, "발표가 떨려요"},
    {{"나", "체하다"}, "나는 체했어요"},
    // the speaker after someone's thing, with who does it between, owns it (holdout38; its
    // arranging was no fixed point: 선생님 이름 나 부르다 read again another way)
    {{"부르다", "이름", "선생님", "나"}, "선생님이 내 이름을 부르세요"},
    // the speaker as whom one plays with asks the friend along (holdout38: 나랑 같이 놀아, high)
    {{"친구에게", "같이", "놀다", "나", "랑"}, "나랑 같이 놀자"},
    {{"친구에게", "친구", "랑", "같이", "놀다"}, "친구랑 같이 놀아"},
    // words of holdout38 the lexicon lacked (달고나 in 25 of its rows; 한약, 한의사, 교장, 포토부스
    // …)
    {{"달고나", "만들다"}, "달고나를 만들어요"},
    {{"교장", "오다"}, "교장 선생님이 오세요"},
    {{"한의사", "무섭다"}, "한의사 선생님이 무서워요"},
    {{"포토부스", "싶다"}, "포토부스에 가고 싶어요"},
    // a thing one asks for, then a colour, with no verb, is asked for in that colour: seven of
    // eight writers modelled it so (holdout15, 28, 33, 36, 37, 38 twice); a leaf's colour is said
    {{"리본", "빨간색"}, "빨간색 리본이요"},
    {{"크레파스", "빨간색"}, "빨간색 크레파스요"},
    {{"단풍잎", "빨간색"}, "단풍잎은 빨간색이에요"},
    {{"사과", "빨간색"}, "사과는 빨간색이에요"},
    // Round thirteen (development on holdout39.tsv).
    // a feeling tapped before a day is caused by what happens then, not said of the day
    {{"신나다", "내일", "여행", "가다"}, "내일 여행을 가서 신나요"},
    {{"기쁘다", "오늘", "할머니", "오다"}, "오늘 할머니가 오셔서 기뻐요"},
    // the speaker marked as who does it, with 주다 after a verb, does it for someone (told)
    {{"나", "가", "종이", "나누다", "주다"}, "내가 종이를 나눠 줘요"},
    {{"나", "가", "도와주다"}, "내가 도와줘요"},
    {{"나", "도와주다"}, "나를 도와주세요"},
    // an animal one eats, before the hand one eats it with, is what is eaten, not the hand's owner
    {{"닭", "손", "먹다", "되다", "?"}, "닭을 손으로 먹어도 돼요?"},
    {{"닭", "놀다"}, "닭이랑 놀아요"},
    // a compound tapped as two words is arranged and given roles as the compound (닭다리: food)
    {{"먹다", "닭", "다리", "형"}, "형이 닭다리를 먹어요"},
    {{"동생", "먹다", "나", "닭", "다리"}, "동생이 내 닭다리를 먹어요"},
    {{"닭", "다리", "싶다"}, "닭다리 먹고 싶어요"},
    {{"닭", "다리", "아니면", "날개"}, "닭다리 아니면 날개요?"},
    // a 하다 verb the noun implies is negated between the noun and 하다
    {{"안", "발표", "싶다"}, "발표 안 하고 싶어요"},
    {{"수영", "안", "싶다"}, "수영 안 하고 싶어요"},
    // what one becomes (반장 verb:되다) with 싶다
    {{"반장", "싶다", "나"}, "나는 반장이 되고 싶어요"},
    // 이사 goes with 가다 as one expression, not what for
    {{"친구", "이사", "가다"}, "친구가 이사를 가요"},
    // the child's 에서 on a place stays with a verb that acts on a thing there
    {{"우리", "는", "공원", "에서", "물풍선", "을", "던지다"}, "우리는 공원에서 물풍선을 던져요"},
    {{"집", "에서", "있다"}, "집에 있어요"},
    // spilling on clothes; filling a container; what someone is names which game or election
    {{"우유", "옷", "흘리다"}, "우유를 옷에 흘렸어요"},
    {{"채우다", "물", "물풍선", "누나"}, "누나가 물풍선에 물을 채워요"},
    {{"의사", "놀이", "하다"}, "의사 놀이를 해요"},
    {{"어제", "반장", "선거", "하다"}, "어제 반장 선거를 했어요"},
    {{"속상하다", "떨어지다", "선거"}, "선거에서 떨어져서 속상해요"},
    {{"투표", "종이", "주다"}, "투표 종이 주세요"},
    // a container and a thing, with no verb: the thing is in it (a guess, medium)
    {{"투표함", "종이"}, "투표함에 종이가 있어요"},
    {{"가방", "책"}, "가방에 책이 있어요"},
    // a part of a thing (relational) is said of the thing before it
    {{"캐리어", "바퀴", "고장"}, "캐리어 바퀴가 고장 났어요"},
    // an elder with 말하다 and nothing else is who speaks
    {{"원장님", "말하다", "졸업식"}, "원장님이 졸업식에서 말씀하세요"},
    {{"선생님", "말하다", "반장", "이름"}, "선생님이 반장 이름을 말씀하세요"},
    {{"나", "엄마", "말하다"}, "나는 엄마한테 말해요"},
    // an activity forbidden with 안 되다 and no verb is said with its own verb, and what it is done
    // with or where: the prohibition
    {{"가위", "장난", "안", "되다"}, "가위로 장난하면 안 돼요"},
    {{"칠판", "낙서", "안", "되다"}, "칠판에 낙서하면 안 돼요"},
    {{"수영장", "다이빙", "안", "되다"}, "수영장에서 다이빙하면 안 돼요"},
    {{"사탕", "안", "되다"}, "사탕 먹으면 안 돼요"},
    {{"수영", "되다", "?"}, "수영해도 돼요?"},
    // someone hit with a water balloon (맞히다, an action done to a person); one picked (뽑다)
    {{"누구", "맞히다", "나"}, "누가 나를 맞혀요?"},
    {{"맞히다", "누나", "나", "물풍선"}, "누나가 물풍선으로 나를 맞혀요"},
    {{"짝꿍", "뽑다"}, "짝꿍을 뽑아요"},
    // a food said of a noun (국물, relational) is of a food only
    {{"라면", "국물", "마시다"}, "라면 국물을 마셔요"},
    {{"불다", "후후", "국물", "나"}, "나는 국물을 후후 불어요"},
    {{"흘리다", "국물", "옷"}, "옷에 국물을 흘렸어요"},
    // what a farm grows names it, as a shop's wares do; a water balloon is thrown
    {{"귤", "농장", "싶다"}, "귤 농장에 가고 싶어요"},
    {{"물풍선", "싶다"}, "물풍선 던지고 싶어요"},
    // 주다 with the speaker tapped after someone the child does not call by that word: they give
    {{"경찰관", "주다", "스티커", "나"}, "경찰관이 나한테 스티커를 줘요"},
    {{"친구", "사탕", "주다", "나"}, "친구가 나한테 사탕을 줘요"},
    {{"나", "친구", "사탕", "주다"}, "나는 친구한테 사탕을 줘요"},
    // friends say 이거 bare as the subject (이게 is for a contrast); polite speech keeps 이게
    {{"친구에게", "이거", "어렵다"}, "이거 어려워"},
    {{"맛있다", "이거", "?", "친구에게"}, "이거 맛있어?"},
    {{"이거", "어렵다"}, "이게 어려워요"},
    // an animal with its colour, no verb, is said to be that, not asked for (a thing is asked for)
    {{"노란색", "햄스터"}, "노란색 햄스터예요"},
    {{"하얀색", "말"}, "하얀색 말이에요"},
    {{"빨간색", "컵"}, "빨간색 컵이요"},
    // anyone tapped right after a body part that an animal did something to owns it
    {{"오리", "물다", "손가락", "동생"}, "오리가 동생 손가락을 물어요"},
    {{"꽃게", "물다", "손", "아빠"}, "꽃게가 아빠 손을 물어요"},
    // 소다 is a noun (it was read as a verb, 솨요); chasing is done to someone; 대다 puts a thing
    // against another; a shape is said of the thing before it
    {{"넣다", "소다", "아빠"}, "아빠가 소다를 넣어요"},
    {{"강아지", "쫓아오다", "나"}, "강아지가 나를 쫓아와요"},
    {{"자석", "휴대폰", "대다", "안", "되다"}, "자석을 휴대폰에 대면 안 돼요"},
    {{"찍다", "별", "모양", "나"}, "나는 별 모양을 찍어요"},
    {{"수갑", "장난", "안", "되다"}, "수갑으로 장난하면 안 돼요"},
    // round fourteen: 우리 집 after the predicate keeps its place; the day first
    {{"놀다", "오다", "친구", "우리", "집", "내일"}, "내일 친구가 우리 집에 놀러 와요"},
    {{"생일", "오늘"}, "오늘 생일이에요"},
    {{"크리스마스", "내일"}, "내일 크리스마스예요"},
    // a count goes where what it counts goes
    {{"강아지", "3", "마리", "있다", "삼촌", "집"}, "삼촌 집에 강아지가 3마리 있어요"},
    {{"사과", "3", "개", "있다", "교실"}, "교실에 사과가 3개 있어요"},
    // an instrument names a school, whose verb is the school's
    {{"피아노", "학원", "싶다"}, "피아노 학원에 가고 싶어요"},
    // forbidding a throw at someone
    {{"공", "던지다", "안", "되다", "동생"}, "동생한테 공을 던지면 안 돼요"},
    // spilling on clothes; dropping onto the ground
    {{"쏟다", "우유", "바지"}, "바지에 우유를 쏟았어요"},
    {{"컵", "바닥", "떨어뜨리다", "안", "되다"}, "컵을 바닥에 떨어뜨리면 안 돼요"},
    // holding or carrying is how one goes
    {{"가방", "메다", "학교", "가다"}, "가방을 메고 학교에 가요"},
    {{"우산", "들다", "가다"}, "우산을 들고 가요"},
    {{"동생", "업다", "가다"}, "동생을 업고 가요"},
    // food cracked is done on purpose; a cup broken is told
    {{"계란", "깨다", "나"}, "나는 계란을 깨요"},
    {{"깨다", "컵", "동생"}, "동생이 컵을 깼어요"},
    {{"호두", "망치", "깨다"}, "호두를 망치로 깨요"},
    // a clock time after who does it
    {{"10시", "자다", "엄마"}, "엄마가 10시에 자요"},
    {{"밤", "9시", "자다", "아빠"}, "아빠가 밤 9시에 자요"},
    // 다 같이 stays together
    {{"먹다", "밥", "다", "같이"}, "다 같이 밥을 먹어요"},
    // a wish made to the full moon; a flag flutters in the wind
    {{"소원", "빌다", "보름달"}, "보름달에 소원을 빌어요"},
    {{"태극기", "바람", "펄럭이다"}, "태극기가 바람에 펄럭여요"},
    // a food others go into
    {{"사이다", "화채", "넣다"}, "사이다를 화채에 넣어요"},
    // an adjective forbidden, said of nothing, is how things must not be made
    {{"시끄럽다", "안", "되다"}, "시끄럽게 하면 안 돼요"},
    {{"시끄럽다", "안", "되다", "교실", "에서"}, "교실에서 시끄럽게 하면 안 돼요"},
    {{"아프다", "안", "되다"}, "아프면 안 돼요"},
    // round fifteen: words from holdout41's situations
    {{"도미노", "세우다", "동생"}, "동생이 도미노를 세워요"},
    {{"모종삽", "흙", "파다"}, "모종삽으로 흙을 파요"},
    {{"분갈이", "싶다"}, "분갈이하고 싶어요"},
    {{"쓰러뜨리다", "블록", "형"}, "형이 블록을 쓰러뜨려요"},
    {{"신문지", "가위", "자르다"}, "신문지를 가위로 잘라요"},
    {{"와르르", "무너지다", "블록"}, "블록이 와르르 무너졌어요"},
    // Round sixteen: a part of the day goes after who does it, like a clock time, and is no subject
    // a book or a blanket is about.
    {{"개다", "이불", "아빠", "아침"}, "아빠가 아침에 이불을 개요"},
    {{"할아버지", "산책", "가다", "아침"}, "할아버지가 아침에 산책하러 가세요"},
    {{"할아버지", "아침", "신문", "읽다"}, "할아버지가 아침에 신문을 읽으세요"},
    {{"점심", "먹다", "1시"}, "1시에 점심을 먹어요"},
    // A verb done humbly to an elder (flag humble) is the child's, to the elder, wherever the
    // speaker was tapped.
    {{"선생님", "드리다", "편지", "나"}, "나는 선생님께 편지를 드려요"},
    {{"선생님", "나", "편지", "드리다"}, "나는 선생님께 편지를 드려요"},
    {{"인사하다", "선생님", "나"}, "나는 선생님께 인사해요"},
    // Riding a bus is how one goes, also with the child's particle cards; 시작하다 may be said of a
    // time; 뭐 asks what is made, so the place is where.
    {{"우리", "는", "버스", "를", "타다", "박물관", "에", "가다"},
     "우리는 버스를 타고 박물관에 가요"},
    {{"언제", "시작하다", "방학"}, "방학이 언제 시작해요?"},
    {{"뭐", "만들다", "놀이터", "?"}, "놀이터에서 뭐 만들어요?"},
    {{"뭐", "그리다", "공원"}, "공원에서 뭐 그려요?"},
    {{"집", "쿠키", "만들다"}, "집에서 쿠키를 만들어요"},
    // Words of round sixteen, with their frames.
    {{"실", "종이컵", "연결하다"}, "실을 종이컵에 연결해요"},
    {{"감", "깎다", "그리고", "줄", "매달다"}, "감을 깎고 줄에 매달아요"},
    {{"당기다", "실", "팽팽하게", "나"}, "나는 실을 팽팽하게 당겨요"},
    {{"안전모", "나", "싶다"}, "나는 안전모 쓰고 싶어요"},
    // Any adjective before a thing counted is which one is asked for; 장난감 after what it looks
    // like is one toy; a question word does not part someone from their home; one topic in a
    // sentence of nouns.
    {{"따뜻하다", "보리차", "하나"}, "따뜻한 보리차 하나 주세요"},
    {{"크다", "바구니", "2", "개"}, "큰 바구니 2개 주세요"},
    {{"무겁다", "블록", "상자"}, "블록 상자가 무거워요"},
    {{"포클레인", "장난감"}, "포클레인 장난감이요"},
    {{"어떻게", "가다", "할머니", "집", "?"}, "할머니 집에 어떻게 가요?"},
    {{"우리", "반", "친구", "20", "명"}, "우리 반은 친구가 20명이에요"},
    {{"색종이", "접다", "그리고", "핀", "꽂다"}, "색종이를 접고 핀을 꽂아요"},
    // An event held somewhere is what a clock time is of; a thing that holds things, before a
    // thing, with a verb of being there, is where.
    {{"몇", "시", "끝나다", "돌잔치"}, "돌잔치가 몇 시에 끝나요?"},
    {{"졸업식", "10", "시", "시작하다"}, "졸업식이 10시에 시작해요"},
    {{"저금통", "돈", "얼마", "있다"}, "저금통에 돈이 얼마나 있어요?"},
    {{"냉장고", "우유", "없다"}, "냉장고에 우유가 없어요"},
    {{"연필", "지우개", "있다"}, "연필이랑 지우개가 있어요"},
    // An event held somewhere is what a time is told of (a place that ends, with no one there,
    // comes before when: kRealTaps2's 4시 끝나다 학교); 병 is a dish, washed; 따다 takes a tool.
    {{"2시", "졸업식"}, "졸업식은 2시예요"},
    {{"씻다", "병", "버리다"}, "병을 씻고 버려요"},
    {{"따다", "감", "장대", "할아버지"}, "할아버지가 장대로 감을 따세요"},
};

const std::array<const std::vector<Row>*, 4> kRealTaps = {&kRealTaps1, &kRealTaps2, &kRealTaps3,
                                                          &kRealTaps4};
// Every row of both tables.
const std::array<const std::vector<Row>*, 5> kAllRows = {&kRows, &kRealTaps1, &kRealTaps2,
                                                         &kRealTaps3, &kRealTaps4};

TEST_CASE("assemble: however a child taps, the sentence a teacher would model") {
    for (const auto* table : kRealTaps) {
        for (const auto& row : *table) {
            const std::string cards = joined(row.cards);
            CAPTURE(cards);
            const auto c = complete(cards_of(row.cards));
            REQUIRE(c.ok());
            CHECK(c->rendered.sentence == row.expected);
        }
    }
}

// One row per fact: each lemma's form by `form` (a predicate:: function).
static void check_forms(std::string (*form)(std::string_view),
                        const std::vector<std::pair<const char*, const char*>>& rows) {
    for (const auto& row : rows) {
        const char* lemma = row.first;  // (a structured binding cannot be captured: C++17)
        CAPTURE(lemma);
        CHECK(form(lemma) == row.second);
    }
}

TEST_CASE("predicate: -(으)면 changes the stem as Korean does, for verbs and adjectives") {
    // Used by 안 되다 after a predicate (만지면 안 돼요, 시끄러우면 안 돼요).
    check_forms(malmoi::predicate::conditional, {
                                                    {"만지다", "만지면"},
                                                    {"먹다", "먹으면"},
                                                    {"듣다", "들으면"},
                                                    {"돕다", "도우면"},
                                                    {"놀다", "놀면"},
                                                    {"짓다", "지으면"},
                                                    {"시끄럽다", "시끄러우면"},
                                                    {"덥다", "더우면"},
                                                    {"작다", "작으면"},
                                                    {"아프다", "아프면"},
                                                    {"길다", "길면"},
                                                    {"하얗다", "하야면"},
                                                    {"없다", "없으면"},
                                                    {"재미있다", "재미있으면"},
                                                    {"있다", "있으면"},
                                                });
}

TEST_CASE("predicate: -(으)니까 takes the stem of -(으)면, an ㄹ stem without its ㄹ") {
    // The reason before a request, where -아서 cannot be (더우니까 닫아 주세요).
    check_forms(malmoi::predicate::because, {
                                                {"덥다", "더우니까"},
                                                {"춥다", "추우니까"},
                                                {"배고프다", "배고프니까"},
                                                {"졸리다", "졸리니까"},
                                                {"길다", "기니까"},
                                                {"멀다", "머니까"},
                                                {"작다", "작으니까"},
                                                {"없다", "없으니까"},
                                                {"시끄럽다", "시끄러우니까"},
                                                {"하얗다", "하야니까"},
                                                {"아프다", "아프니까"},
                                                {"무겁다", "무거우니까"},
                                                {"심심하다", "심심하니까"},
                                                {"맵다", "매우니까"},
                                                {"재미없다", "재미없으니까"},
                                            });
}

TEST_CASE("assemble: a medium or low sentence names its doubt") {
    for (const auto* table : kAllRows) {
        for (const auto& row : *table) {
            const std::string cards = joined(row.cards);
            CAPTURE(cards);
            const auto c = complete(cards_of(row.cards));
            REQUIRE(c.ok());
            if (c->confidence != Confidence::high) CHECK(!c->warnings.empty());
        }
    }
}

TEST_CASE("assemble: every tapped card is in the sentence or named by a warning") {
    for (const auto* table : kAllRows) {
        for (const auto& row : *table) {
            const std::string cards = joined(row.cards);
            CAPTURE(cards);
            const auto c = completed(row.cards);
            CHECK_FALSE(c.rendered.sentence.empty());
            std::vector<bool> seen(row.cards.size(), false);
            for (const auto& t : c.rendered.tokens) {
                for (int i : t.cards)
                    seen[static_cast<std::size_t>(c.cards[static_cast<std::size_t>(i)].tap)] = true;
            }
            for (int tap : c.repeats) seen[static_cast<std::size_t>(tap)] = true;
            for (const auto& w : c.warnings) {
                // A card left out says why (copula_without_noun, repeated_card …).
                if (w.card >= 0 && (w.code == "copula_without_noun" || w.code == "repeated_card"))
                    seen[static_cast<std::size_t>(c.cards[static_cast<std::size_t>(w.card)].tap)] =
                        true;
            }
            for (const auto& card : c.cards) {
                // A grammar card absorbed into its predicate's word (했어요, 친구에게, 안 in 공부
                // 안 해요) is shown by that word; say which.
                if (!card.content()) seen[static_cast<std::size_t>(card.tap)] = true;
            }
            for (std::size_t i = 0; i < seen.size(); ++i) {
                CAPTURE(i);
                CHECK(seen[i]);
            }
        }
    }
}

TEST_CASE("assemble: the teacher's options") {
    struct OptionRow {
        std::vector<std::string> cards;
        SentenceOptions options;
        const char* expected;
    };
    SentenceOptions plain;
    plain.speech_level = SpeechLevel::plain;
    SentenceOptions jeo;
    jeo.first_person_jeo = true;
    SentenceOptions tap;
    tap.keep_tap_order = true;
    SentenceOptions repeats;
    repeats.collapse_repeats = false;
    const OptionRow rows[] = {
        {{"먹다", "싶다"}, plain, "먹고 싶어"},
        {{"물", "주다"}, plain, "물 줘"},
        {{"이거", "뭐"}, plain, "이거 뭐야?"},
        {{"안", "때리다", "주다"}, plain, "때리지 마"},
        {{"나", "장난감", "만지다", "안", "주다"}, plain, "내 장난감을 만지지 마"},  // mine
        {{"그만", "하다"}, plain, "그만해"},
        {{"이거", "누구"}, plain, "이거 누구 거야?"},
        {{"타다", "되다", "?"}, plain, "타도 돼?"},
        {{"아빠", "의사"}, plain, "아빠는 의사야"},
        {{"어디"}, plain, "어디?"},
        {{"친구에게", "같이", "놀다"}, {}, "같이 놀자"},  // the card makes that one sentence 반말
        // A polite phrase is said in 반말 too (the lexicon's plain: forms).
        {{"친구에게", "안녕하세요"}, {}, "안녕"},
        {{"안녕하세요", "친구에게"}, {}, "안녕"},
        {{"안녕히 가세요"}, plain, "잘 가"},
        {{"고마워요"}, plain, "고마워"},
        {{"죄송합니다"}, plain, "미안해"},
        {{"안녕하세요"}, {}, "안녕하세요"},
        {{"학교", "에서", "나", "공부하다"},
         tap,
         "학교에서 나는 공부해요"},  // after a marked place
        {{"텔레비전", "아빠", "보다"}, tap, "텔레비전을 아빠가 봐요"},
        {{"몇", "살", "너"}, plain, "너 몇 살이야?"},         // friends say 너 bare
        {{"너", "춤", "멋있다"}, plain, "너는 춤이 멋있어"},  // but whose part is said of: 는
        {{"아빠", "빨리", "오다"}, plain, "아빠, 빨리 와"},   // hurried: told (flag urges)
        // given to the listener: the child gives, and promises it
        {{"친구에게", "은행잎", "주다", "너"}, {}, "너한테 은행잎 줄게"},
        {{"너", "사탕", "주다"}, {}, "너한테 사탕 줄게요"},
        {{"손", "클레이"}, plain, "손에 클레이가 묻었어"},
        {{"동생", "빨리", "먹다"}, plain, "동생이 빨리 먹어"},  // a younger one: said of
        {{"같이", "다람쥐", "보다", "가다"}, plain, "같이 다람쥐를 보러 가자"},  // asked along
        {{"싫다", "나", "가다"}, plain, "나는 가기 싫어"},
        // On a 반말 board a family member tapped first is talked to when asked, asked along, told
        // a want, or loved; a statement about them stays one, and the 친구에게 card's friend
        // listens.
        {{"누나", "같이", "가다"}, plain, "누나, 같이 가자"},
        {{"같이"}, plain, "같이 하자"},  // 같이 alone, to a friend, invites
        {{"다시"}, plain, "다시 해"},
        {{"아빠", "나가다", "싶다"}, plain, "아빠, 나가고 싶어"},
        {{"엄마", "사랑하다"}, plain, "엄마, 사랑해"},
        {{"엄마", "회사", "가다"}, plain, "엄마가 회사에 가"},
        // …but a family member tapped first before a thing the predicate is said of is called.
        {{"엄마", "한약", "쓰다"}, plain, "엄마, 한약이 써"},
        {{"엄마", "단추", "떨어지다"}, plain, "엄마, 단추가 떨어졌어"},
        {{"엄마", "양말", "짝", "없다"}, plain, "엄마, 양말 짝이 없어"},
        {{"누나", "노래", "잘하다"}, plain, "누나는 노래를 잘해"},
        {{"엄마", "같이", "놀다", "친구에게"}, {}, "엄마랑 같이 놀아"},
        // In 반말 a family member before how the child feels is who hears it.
        {{"엄마", "배고프다"}, plain, "엄마, 배고파"},
        {{"엄마", "피곤하다"}, {}, "엄마가 피곤해요"},
        {{"엄마", "배고프다"}, {}, "엄마, 배고파요"},  // a need the child feels is told (flag need)
        {{"동생", "배고프다"}, plain, "동생이 배고파"},
        {{"공", "던지다", "나", "주다"}, plain, "나한테 공을 던져 줘"},
        {{"그네", "타다", "그네"}, repeats, "그네랑 그네를 타요"},  // the teacher keeps repeats
        // 같이 in 반말 asks a friend along (-자); a question or a past event does not.
        // what a friend is asked to do it with is said bare, as friends say it; a noun that
        // makes one verb with 하다 is written with it
        {{"블록", "같이", "만들다"}, plain, "블록 같이 만들자"},
        {{"블록", "을", "같이", "만들다"}, plain, "블록을 같이 만들자"},  // the card is kept
        {{"색칠", "하다", "같이", "친구에게"}, {}, "같이 색칠하자"},
        {{"친구에게", "줄넘기", "같이", "하다"}, {}, "줄넘기 같이 하자"},
        // 우리, unmarked, asks the friend along as 같이 does, and is said bare
        {{"친구에게", "화해하다", "우리"}, {}, "우리 화해하자"},
        {{"축구", "하다", "우리", "?", "친구에게"}, {}, "우리 축구할래?"},
        {{"우리", "화해하다"}, {}, "우리는 화해해요"},  // polite: said of us
        // a favour asked as a question asks whether they will (-(으)ㄹ래), not 빌려줘?, which
        // offers
        {{"친구에게", "가위", "빌려주다", "?"}, {}, "가위를 빌려줄래?"},
        {{"빌리다", "주다", "가위", "?", "친구에게"}, {}, "가위를 빌려줄래?"},
        {{"문", "열다", "주다", "?"}, {}, "문을 열어 줄래요?"},
        {{"엄마", "도와주다", "?"}, {}, "엄마, 도와줄래요?"},
        {{"동생", "과자", "같이", "먹다"},
         {},
         "동생이랑 같이 과자를 먹어요"},  // polite: not asked along (동생이랑 같이 먹자)
        {{"우리", "같이", "가다"}, plain, "우리 같이 가자"},
        {{"친구에게", "같이", "소꿉놀이"}, {}, "같이 소꿉놀이하자"},  // an activity's own verb too
        {{"형", "같이", "소꿉놀이"}, plain, "형, 같이 소꿉놀이하자"},
        {{"너", "같이", "놀다"}, plain, "너 같이 놀자"},        // the friend asked along, bare
        {{"친구에게", "같이", "놀다", "?"}, {}, "같이 놀래?"},  // asked, the friend is invited
        {{"너", "도", "같이", "놀다", "?"}, plain, "너도 같이 놀래?"},
        {{"누구", "같이", "놀다", "?"}, plain, "누구랑 같이 놀아?"},  // asks who, invites no one
        {{"너", "이거", "먹다", "싶다"}, plain, "너 이걸 먹고 싶어?"},
        {{"같이", "놀다", "?"}, plain, "같이 놀래?"},
        {{"어제", "같이", "놀다"}, plain, "어제 같이 놀았어"},
        {{"동생", "같이", "놀다"}, plain, "동생이랑 같이 놀아"},
        {{"나", "학교", "가다"}, jeo, "저는 학교에 가요"},
        {{"나", "가", "하다", "싶다"}, jeo, "제가 하고 싶어요"},
        {{"나", "가방", "무겁다"}, jeo, "제 가방이 무거워요"},
        // asking leave, 저 right before a noun would read as 'that' (저 달팽이): 저는
        {{"선생님", "나", "달팽이", "물", "주다", "되다", "?"},
         jeo,
         "선생님, 저는 달팽이한테 물을 줘도 돼요?"},
        {{"선생님", "나", "달팽이", "물", "주다", "되다", "?"},
         {},
         "선생님, 나 달팽이한테 물을 줘도 돼요?"},
        {{"나", "학교", "가다"}, {}, "나는 학교에 가요"},
        {{"마시다", "우유"}, tap, "마셔요 우유를"},
        {{"사과", "사과", "먹다"}, repeats, "사과랑 사과를 먹어요"},
        // on the 저 board the speaker after someone called, right before a noun, is 저는 (저 거북이
        // is that turtle)
        {{"선생님", "나", "거북이", "키우다"}, jeo, "선생님, 저는 거북이를 키워요"},
        // a verb done with someone by its nature (flag shared) asks the listener along in 반말,
        // unless the speaker or alone is said
        {{"친구에게", "내일", "또", "놀다"}, {}, "내일 또 놀자"},
        {{"나", "혼자", "놀다"}, plain, "나는 혼자 놀아"},
        // the speaker as who it is done with asks along (나랑 놀래?, 나랑 놀자)
        {{"나", "랑", "놀다", "?"}, plain, "나랑 놀래?"},
        {{"씨름", "하다", "나", "랑"}, plain, "나랑 씨름을 하자"},
        // 반말: someone the child lives with, first, before a thing and how it is, is called
        {{"형", "사탕", "달다"}, plain, "형, 사탕이 달아"},
        {{"아빠", "뜨겁다", "물"}, plain, "아빠, 물이 뜨거워"},
        {{"형", "사탕", "달다"}, SentenceOptions{}, "형 사탕이 달아요"},
        {{"친구에게", "같이", "에어하키", "하다"}, {}, "같이 에어하키를 하자"},
        {{"친구에게", "줄넘기", "같이", "하다"}, {}, "줄넘기 같이 하자"},
    };
    for (const auto& row : rows) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = complete(cards_of(row.cards), row.options);
        REQUIRE(c.ok());
        CHECK(c->rendered.sentence == row.expected);
    }
}

TEST_CASE("assemble: arranged cards keep their taps; repeats are named") {
    const auto c = completed({"마시다", "우유"});
    REQUIRE(c.cards.size() == 2);
    CHECK(c.cards[0].label == "우유");
    CHECK(c.cards[0].tap == 1);
    CHECK(c.cards[1].tap == 0);
    REQUIRE(c.rendered.tokens.size() == 2);
    CHECK(c.rendered.tokens[0].text == "우유를");
    const auto r = completed({"사과", "사과", "먹다"});
    CHECK(r.repeats == std::vector<int>{1});
    CHECK(has_warning(r, "repeated_card"));
    const auto bare = completed({"사과", "먹다", "이다"});
    CHECK(has_warning(bare, "copula_without_noun"));
    CHECK(bare.confidence == Confidence::medium);
    const auto around = completed({"싶다", "놀다", "싶다"});
    CHECK(around.repeats == std::vector<int>{2});
    CHECK(has_warning(around, "repeated_card"));
}

TEST_CASE("assemble: arranging is idempotent, so the model sees what the rules saw") {
    for (const auto* table : kAllRows) {
        for (const auto& row : *table) {
            const std::string cards = joined(row.cards);
            CAPTURE(cards);
            auto once = arrange(cards_of(row.cards), SentenceOptions{});
            REQUIRE(once.ok());
            std::vector<std::string> labels;
            for (const auto& c : once->cards) labels.push_back(c.label);
            auto twice = arrange(cards_of(labels), SentenceOptions{});
            REQUIRE(twice.ok());
            std::vector<std::string> again;
            for (const auto& c : twice->cards) again.push_back(c.label);
            CHECK(again == labels);
            // The rules' sentence for the arranged labels is the sentence for the taps.
            CHECK(completed(labels).rendered.sentence == completed(row.cards).rendered.sentence);
        }
    }
}

TEST_CASE(
    "assemble: the rules' own answer on every row passes the validator, with the same sentence") {
    // A model that answers what the rules answer is never refused: the validator's closed sets hold
    // every form the rules write (엄마 어디 → 엄마는 어디 있어요? was refused before).
    for (const auto* table : kAllRows) {
        for (const auto& row : *table) {
            const std::string cards = joined(row.cards);
            CAPTURE(cards);
            const auto c = completed(row.cards);
            const nlohmann::json answer = {
                {"choices",
                 {{{"index", 0},
                   {"finish_reason", "stop"},
                   {"message", {{"role", "assistant"}, {"content", to_json(c.edits)}}}}}}};
            const auto vetted = validate(cards_of(row.cards), 200, answer.dump());
            CHECK_MESSAGE(vetted.ok(),
                          (vetted ? "" : vetted.error().code + ": " + vetted.error().message));
            if (vetted) CHECK(vetted->completion.rendered.sentence == c.rendered.sentence);
        }
    }
}

TEST_CASE("assemble: the validator accepts the rules' answer on taps fuzz_cards found") {
    // Two nouns that say what happens, one of them joined to the other: the verb goes on the last
    // (비랑 비가 와요, not 비랑 와요 비가), and the noun that carries it is never joined (열 after
    // 열 is not counted by it).
    const std::vector<std::vector<std::string>> found = {
        {"비", "오오늘", "비", "오다하얗다늘"},
        {"열", "동생", "열"},
        {"요", "이", "을"},              // 요 tapped first: 이를요, not 이를요이요
        {"형", "게"},                    // the crab asked for: 형, 게 주세요, not 게한테
        {"욠", "만", "은"},              // 요 after the last particle card: 욠만은요
        {"엄마", "가", "자뫤", "싶다"},  // someone else's wish, the verb implied: 보고 싶어 해요
        {"의사", "과", "놀다"},  // the particle follows the title: 의사 선생님과, not 와
        {"이거", "3", "이"},     // a number the child marked is no count asked for: 이거 3이요
        {"이거", "은"},  // 요 after the particle fused into 이건: 이건요, not 이건이요
        {"다", "안", "그래서", "먹다"},  // the implied 하다 joins: 안 해서, not 안 안
        {"랑", "요"},  // particles alone, shown as they are: 요 after a particle is 요 (랑요)
        {"돕다", "보돕다", "보다"},  // tried, as what is helped with: 보도워 보는 거 도와요
        // a reason denied, its 안 card not right before it: 안 검으니까 in one word
        {"먹싶다다", "안", "갤", "안", "싶싶다", "안", "검다", "싶다다", "주다"},
        {"아다", "아프다", "학교", "싶다"},  // 싶다 carries 가다: no verb in its own clause
        {"요", "그리고"},  // a stray 요 left out: nothing before 그리고 to end with a period
        {"゘", "의사", "주다", "되다"},  // leave to give to an elder, honoured: 드려도 (돼요?)
        // an elder's leave asked, honoured: 시셔도 (되고)
        {"선생님", "마시다", "시다", "되다", "마시다"},
    };
    for (const auto& labels : found) {
        const std::string cards = joined(labels);
        CAPTURE(cards);
        const auto c = completed(labels);
        const nlohmann::json answer = {
            {"choices",
             {{{"index", 0},
               {"finish_reason", "stop"},
               {"message", {{"role", "assistant"}, {"content", to_json(c.edits)}}}}}}};
        const auto vetted = validate(cards_of(labels), 200, answer.dump());
        CHECK_MESSAGE(vetted.ok(),
                      (vetted ? "" : vetted.error().code + ": " + vetted.error().message));
        if (vetted) CHECK(vetted->completion.rendered.sentence == c.rendered.sentence);
    }
}

TEST_CASE("assemble: the role search is bounded, whatever the number of cards") {
    // 32 nouns before one verb whose frame has many slots: memoised over the slots in use, the
    // search visits at most heads × 2^slots states (it used to try every assignment).
    std::vector<std::string> labels;
    const char* nouns[] = {"엄마", "사과", "학교", "숟가락", "친구", "놀이터", "버스", "물"};
    for (int i = 0; i < 31; ++i) labels.push_back(nouns[i % 8]);
    labels.push_back("먹다");
    SentenceOptions keep;
    keep.collapse_repeats = false;
    const auto c = complete(cards_of(labels), keep);
    REQUIRE(c.ok());
    CHECK_FALSE(c->rendered.sentence.empty());
}

TEST_CASE("assemble: card sequences become natural polite sentences") {
    CHECK(kRows.size() >= 150);
    for (const auto& row : kRows) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = complete(cards_of(row.cards));
        REQUIRE(c.ok());
        CHECK(c->rendered.sentence == row.expected);
    }
}

TEST_CASE("assemble: the Edits of the seed example") {
    const auto c = completed({"사과", "먹다"});
    CHECK(
        to_json(c.edits) ==
        R"({"insertWords":[{"index":1,"word":"를"}],"transformedWords":[{"index":2,"word":"먹어요"}]})");
    REQUIRE(c.rendered.words.size() == 3);
    CHECK(c.rendered.words[1].word == "를");
    CHECK(c.rendered.words[1].card == -1);
    REQUIRE(c.rendered.tokens.size() == 2);
    CHECK(c.rendered.tokens[0].text == "사과를");
    CHECK(c.rendered.tokens[0].cards == std::vector<int>{0});
    CHECK(c.rendered.tokens[1].cards == std::vector<int>{1});
    CHECK(c.confidence == Confidence::high);
    CHECK(c.warnings.empty());
}

TEST_CASE("assemble: every Edits index points into the final word array") {
    for (const auto& row : kRows) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = completed(row.cards);
        const int total = static_cast<int>(row.cards.size() + c.edits.insert_words.size());
        int last = -1;
        for (const auto& w : c.edits.insert_words) {
            CHECK(w.index > last);
            CHECK(w.index < total);
            last = w.index;
        }
        last = -1;
        for (const auto& w : c.edits.transformed_words) {
            CHECK(w.index > last);
            CHECK(w.index < total);
            last = w.index;
        }
    }
}

TEST_CASE("assemble: the role behind each noun") {
    struct RoleRow {
        std::vector<std::string> cards;
        int card;
        const char* role;
        const char* source;
    };
    const RoleRow rows[] = {
        {{"사과", "먹다"}, 0, "obj", "frame"},           // 먹다 names food as its object
        {{"람부탄", "먹다"}, 0, "obj", "open"},          // an unknown noun takes the open slot
        {{"두리안", "맛있다"}, 0, "subj", "open"},       // an adjective's open slot is its subject
        {{"나", "학교", "가다"}, 0, "topic", "topic"},   // a first-card pronoun is the topic
        {{"나", "학교", "가다"}, 1, "dest", "frame"},    // 가다 names a place as its destination
        {{"놀이터", "놀다"}, 0, "loc", "frame"},         // 놀다 happens at a place: 에서
        {{"숟가락", "먹다"}, 0, "instr", "frame"},       // a tool is an instrument
        {{"친구", "놀다"}, 0, "with", "frame"},          // a person is 놀다's companion
        {{"엄마", "사과", "먹다"}, 0, "subj", "frame"},  // a person is 먹다's subject
        {{"오늘", "가다"}, 0, "none", "frame"},          // 오늘 takes no particle
        {{"밤", "자다"}, 0, "time", "time"},             // 밤 takes 에
        {{"아빠", "의사", "이다"}, 0, "topic", "topic"},
        {{"아빠", "의사", "이다"}, 1, "comp", "copula"},
        {{"엄마", "도와주다"}, 0, "vocative", "vocative"},
        {{"사과", "바나나", "먹다"}, 0, "coord", "coordination"},
        {{"물", "를", "마시다"}, 0, "obj", "particle_card"},
        {{"엄마", "이랑", "가다"}, 0, "with", "particle_card"},
        {{"엄마", "같이", "가다"}, 0, "with", "frame"},  // 같이 after a person: a companion
        {{"물", "손", "씻다"}, 0, "instr", "frame"},     // the slots go where most classes fit
        {{"물", "손", "씻다"}, 1, "obj", "frame"},
    };
    for (const auto& row : rows) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = completed(row.cards);
        const NounRole* r = role_of(c, row.card);
        REQUIRE(r != nullptr);
        CHECK(std::string(to_string(r->role)) == row.role);
        CHECK(std::string(to_string(r->source)) == row.source);
    }
}

TEST_CASE("assemble: confidence says how sure the rules are") {
    CHECK(completed({"사과", "먹다"}).confidence == Confidence::high);
    CHECK(completed({"나", "학교", "가다"}).confidence == Confidence::high);
    CHECK(completed({"람부탄", "먹다"}).confidence ==
          Confidence::medium);  // unknown word, open slot
    CHECK(completed({"사과", "꿀꺽하다"}).confidence == Confidence::medium);  // unknown verb
    // 안 again right before 되다 forbids leaving it undone (3 of 3 development rows model it so)
    CHECK(completed({"헬멧", "안", "쓰다", "안", "되다"}).confidence == Confidence::high);
    CHECK(completed({"안", "먹다", "안"}).confidence == Confidence::high);
    // someone's body part and a thing with no verb is no "A is B": the verb is not known
    CHECK(completed({"할아버지", "팔", "주사"}).confidence == Confidence::low);
    CHECK(completed({"선생님", "밴드", "손가락"}).confidence == Confidence::low);
    CHECK(completed({"토끼", "귀", "하얀색"}).rendered.sentence == "토끼 귀는 하얀색이에요");
    CHECK(completed({"연필", "빵"}).confidence == Confidence::low);  // no verb
    // furniture alone with a verb of putting stays where, but may be what is put up: a guess
    CHECK(completed({"의자", "올리다"}).confidence == Confidence::medium);
    CHECK(has_warning(completed({"의자", "올리다"}), "put_where"));
    // an action, then what an animal or a thing does after it: how they join is a guess
    CHECK(completed({"고삐", "당기다", "말", "멈추다"}).confidence == Confidence::medium);
    CHECK(has_warning(completed({"고삐", "당기다", "말", "멈추다"}), "guessed_link"));
    CHECK(completed({"를", "먹다"}).confidence == Confidence::low);  // stray particle
    // 몇 with no counter: what is counted is not known (개미 다리 몇 개, 물고기 몇 마리)
    CHECK(completed({"개미", "다리", "몇", "?"}).confidence == Confidence::low);
    CHECK(has_warning(completed({"개미", "다리", "몇", "?"}), "count_without_counter"));
    CHECK(completed({"개미", "다리", "몇", "개", "?"}).confidence == Confidence::high);
    // A written number that counts with its counter is understood by its shape; one before 층
    // or 번 may say which, not how many.
    CHECK(completed({"엄마", "빵", "2", "개", "사다"}).confidence == Confidence::high);
    CHECK_FALSE(has_warning(completed({"엄마", "빵", "2", "개", "사다"}), "unknown_word"));
    CHECK(completed({"엘리베이터", "5", "층", "가다"}).confidence == Confidence::medium);
    CHECK(completed({"사과", "3", "먹다"}).confidence == Confidence::medium);
    // 다 with no verb: nothing says what is done
    CHECK(completed({"밥", "다"}).confidence == Confidence::low);
    CHECK(completed({"밥", "다", "먹다"}).confidence == Confidence::high);
    // An adverb with no verb: nothing says what is done (엄마 빨리; 동생 신발 거꾸로)
    CHECK(completed({"엄마", "빨리"}).confidence == Confidence::low);
    CHECK(has_warning(completed({"동생", "신발", "거꾸로"}), "adverb_without_verb"));
    // What a thing is like, tapped first with nothing else, read as which one is wanted
    CHECK(completed({"부드럽다", "수건"}).confidence == Confidence::medium);
    CHECK(has_warning(completed({"부드럽다", "수건"}), "which_one"));
    CHECK(completed({"왜"}).confidence == Confidence::high);  // 왜요?
    // 왜 with nouns and no verb: what it asks of is not known (선인장은 왜 가시가 있어요?)
    CHECK(completed({"왜", "선인장", "가시"}).confidence == Confidence::low);
    CHECK(has_warning(completed({"왜", "선인장", "가시"}), "no_verb"));
    CHECK(completed({"얼마", "이거", "다"}).confidence == Confidence::high);  // 이거 다 얼마예요?
    // How something is, tapped after another predicate with no 그래서 or 그리고: which one is the
    // reason is a guess (배고파서 울어요 or 울고 배고파요?). One row per shape.
    struct Link {
        std::vector<std::string> cards;
        Confidence confidence;
    };
    const std::vector<Link> links = {
        {{"동생", "울다", "배고프다"}, Confidence::medium},          // an action, then a state
        {{"강아지", "병원", "가다", "아프다"}, Confidence::medium},  // going, then a state
        {{"손", "씻다", "비누", "없다"}, Confidence::medium},        // an action, then what is not
        {{"귀", "아프다", "시끄럽다"}, Confidence::medium},          // a state, then a state
        {{"배고프다", "졸리다"}, Confidence::medium},  // two feelings, listed: 배고프고 졸려요
        {{"넘어지다", "아프다"}, Confidence::high},    // what happened, then how it hurts
        {{"우유", "마시다", "배", "아프다"}, Confidence::high},    // when it hurts
        {{"가다", "싫다"}, Confidence::high},                      // -기 싫다
        {{"할머니", "오다", "행복하다"}, Confidence::high},        // a reaction to it
        {{"밖", "춥다", "모자", "쓰다"}, Confidence::high},        // a state, then an action
        {{"배고프다", "그래서", "밥", "먹다"}, Confidence::high},  // 그래서 tapped
    };
    for (const Link& row : links) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = completed(row.cards);
        CHECK(c.confidence == row.confidence);
        CHECK(has_warning(c, "guessed_link") == (row.confidence == Confidence::medium));
    }
}

TEST_CASE("assemble: guesses found wrong on new children's taps are medium, and say so") {
    // Decided on the first runs of five blind sets (holdout14 … holdout18): where the rules joined
    // two nouns with 이랑, and where taps were rearranged with three or more nouns, `high` was
    // wrong about half the time. Later, on the development sets: two nouns joined that the child
    // did not tap side by side (6 of 6 such answers at `high` were wrong), whose a thing is
    // with nothing else tapped (6 of 8), and the child as the owner of a thing in a favour or
    // leave asked (4 of 5). One row per shape: cards, the warning, whether it is expected.
    struct Guess {
        std::vector<std::string> cards;
        const char* warning;
        bool warned;
    };
    const std::vector<Guess> guesses = {
        // joined by the rules where no slot was left, things of two kinds
        {{"물", "주다", "많이", "안", "되다", "상추"}, "coordinated", true},  // not tapped together
        {{"물", "상추", "주다"}, "coordinated", false},  // both edible, tapped together
        {{"사과", "먹다", "바나나"}, "coordinated", true},
        {{"에어컨", "켜다", "되다", "?", "차"}, "coordinated", true},
        {{"연필", "필통", "있다"}, "coordinated", true},  // 연필이 필통에 있어요?
        {{"빵", "우유", "사다"}, "coordinated", false},   // two things to eat or drink
        // two of a kind with more said around them
        {{"갈다", "기저귀", "아빠", "아기"}, "coordinated", true},
        {{"사과", "바나나", "먹다"}, "coordinated", false},  // two of a kind, nothing else
        // two of nature, a kind too wide to tell (콩나물이 햇빛을 봐요; 꽃이랑 나무를 봐요)
        {{"콩나물", "햇빛", "보다", "안", "되다"}, "coordinated", true},
        {{"나", "강낭콩", "화분"}, "coordinated", true},  // no verb: 내 강낭콩 화분이요
        // someone the child lives with before a thing and 보다: called to look, or told of
        {{"엄마", "경찰차", "보다"}, "called_to_look", true},
        {{"아빠", "텔레비전", "보다"}, "called_to_look", false},  // what is watched
        {{"원장님", "벚꽃", "보다"}, "called_to_look", false},    // an elder outside the home
        {{"엄마", "경찰차", "보다", "싶다"}, "called_to_look", false},
        // two people before a verb with three slots for someone: who introduces whom
        {{"소개하다", "친구", "선생님"}, "coordinated", true},
        {{"엄마", "아빠", "오다"}, "coordinated", false},
        // rearranged, three or more nouns: which is which (엄마가 눈에 안약을 넣어요)
        {{"넣다", "안약", "엄마", "눈"}, "rearranged", true},
        {{"엄마", "눈", "안약", "넣다"}, "rearranged", false},  // tapped in order
        {{"마시다", "우유", "나"}, "rearranged", false},        // two nouns
        // someone alone in a later part, after a part about someone else: by or to them
        {{"아기", "울다", "그래서", "엄마", "안다"}, "guessed_agent", true},
        {{"아기", "울다", "엄마", "안다"}, "guessed_agent", true},
        {{"엄마", "안다"}, "guessed_agent", false},
        {{"아기", "울다", "그래서", "나", "안다"}, "guessed_agent", false},  // the speaker
        // whose a thing a child asks for is, and nothing else: it may be asked for (내 여권 주세요)
        {{"나", "여권"}, "possessive", true},
        {{"햄스터", "물통"}, "possessive", true},
        {{"나", "차례"}, "possessive", false},          // always someone's: 내 차례예요
        {{"이거", "나", "가방"}, "possessive", false},  // pointed at: whose it is
        // an owner the arranging put before the noun, not tapped beside it: or who does it
        {{"엄마", "약", "싫다"}, "possessive", true},
        {{"흔들다", "손", "할머니"}, "possessive", true},
        // someone the child may be telling, before a body part done to: or who does it
        {{"할아버지", "손", "흔들다"}, "possessive", true},  // 할아버지가 손을 흔드세요?
        {{"동생", "손", "씻다"}, "possessive", false},       // 동생이 손을 씻어요
        {{"켜다", "불", "화장실"}, "possessive", false},     // 화장실 불: what the light is of
        // the child as owner in a favour or leave asked: or whom it is for, or who does it
        {{"엄마", "나", "이불", "덮다", "주다"}, "possessive", true},
        {{"엄마", "나", "청소기", "돌리다", "되다", "?"}, "possessive", true},
        {{"나", "그림", "안", "만지다", "주다"}, "possessive", false},  // not to be touched: mine
        {{"나", "가방", "무겁다"}, "possessive", false},
        // a test and its score, with no verb, is not something had (받아쓰기가 100점 있어요)
        {{"나", "받아쓰기", "100", "점"}, "no_verb", true},
        // someone's thing said to be another thing, with no verb: a guess (found on holdout27)
        {{"엄마", "가방", "볶음밥"}, "implied_verb", true},
        {{"나", "이름", "민수"}, "implied_verb", false},    // a name is what it says
        {{"나", "가방", "빨간색"}, "implied_verb", false},  // its colour
        // food given to an animal (it may ask: 물고기 밥 주세요)
        {{"주다", "물", "햄스터"}, "request_or_giving", true},
        {{"강아지", "간식", "주다", "되다"}, "request_or_giving", false},  // leave asked
        // what was done to a thing, read as which one: or two steps (병을 씻어서 버려요)
        {{"찾다", "사탕", "먹다"}, "which_one", true},
        {{"반짝이다", "돌", "찾다"}, "which_one", false},  // it describes: 반짝이는 돌
        // a posture tapped after what it is moved before: how it is done, or after it
        {{"읽다", "책", "앉다", "바닥"}, "guessed_link", true},
        {{"바닥", "앉다", "책", "읽다"}, "guessed_link", false},  // tapped first
    };
    for (const Guess& row : guesses) {
        const std::string cards = joined(row.cards);
        CAPTURE(cards);
        const auto c = completed(row.cards);
        CHECK(has_warning(c, row.warning) == row.warned);
        if (row.warned) CHECK(c.confidence != Confidence::high);
    }
    CHECK(completed({"사과", "바나나", "먹다"}).confidence == Confidence::high);
    CHECK(completed({"사과", "사과", "바나나", "먹다"}).confidence == Confidence::high);
    CHECK(completed({"마시다", "우유", "나"}).confidence == Confidence::high);
}

TEST_CASE("assemble: warnings name what the rules were unsure of") {
    CHECK(has_warning(completed({"람부탄", "먹다"}), "unknown_word"));
    CHECK(has_warning(completed({"연필", "빵"}), "no_verb"));
    CHECK(has_warning(completed({"수박", "주스", "마시다"}), "one_thing"));
    CHECK(has_warning(completed({"물", "를", "마시다"}), "particle_corrected"));
    CHECK(has_warning(completed({"사과", "가", "먹다"}), "particle_replaced"));
    // A child's particle card the rules replace makes the sentence less sure: the child said
    // something else.
    CHECK(completed({"사과", "가", "먹다"}).confidence == Confidence::medium);
    CHECK(has_warning(completed({"를", "먹다"}), "stray_particle"));
    CHECK(has_warning(completed({"싶다"}), "implied_verb"));
    CHECK(has_warning(completed({"table", "사다"}), "guessed_reading"));
    CHECK_FALSE(has_warning(completed({"물", "을", "마시다"}), "particle_corrected"));
}

TEST_CASE("assemble: a teacher's annotation overrides the lexicon") {
    // 바나나 as a food: the object of 먹다 by the frame's food slot, not the open one.
    auto c = complete({Card{"바나나", "noun", "food"}, Card{"먹다", "", ""}});
    REQUIRE(c.ok());
    CHECK(c->rendered.sentence == "바나나를 먹어요");
    CHECK(c->confidence == Confidence::high);
    // 민수 as a person: the companion of 놀다.
    c = complete({Card{"민수", "noun", "person"}, Card{"놀다", "", ""}});
    REQUIRE(c.ok());
    CHECK(c->rendered.sentence == "민수랑 놀아요");
    // 주다 annotated as a verb still asks for the action after a verb.
    c = complete({Card{"불", "", ""}, Card{"끄다", "verb", ""}, Card{"주다", "verb", ""}});
    REQUIRE(c.ok());
    CHECK(c->rendered.sentence == "불을 꺼 주세요");
    // A verb annotated as a verb, labelled in its polite form.
    c = complete({Card{"사과", "", ""}, Card{"먹어요", "verb", ""}});
    REQUIRE(c.ok());
    CHECK(c->rendered.sentence == "사과를 먹어요");
}

TEST_CASE("assemble: bad input is an error value") {
    struct ErrorRow {
        std::vector<Card> cards;
        const char* code;
    };
    const ErrorRow rows[] = {
        {{}, "no_cards"},
        {{Card{"", "", ""}}, "empty_label"},
        {{Card{"  ", "", ""}, Card{"먹다", "", ""}}, "empty_label"},
        {{Card{"\xff", "", ""}}, "invalid_utf8"},
        {{Card{"사과", "thing", ""}}, "unknown_pos"},
        {{Card{"사과", "noun", "fruit"}}, "unknown_class"},
        {{Card{"사과", "verb", ""}}, "not_dictionary_form"},
        {std::vector<Card>(40, Card{"사과", "", ""}), "too_many_cards"},
    };
    for (const auto& row : rows) {
        const std::string code = row.code;
        CAPTURE(code);
        const auto c = complete(row.cards);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == row.code);
    }
}
