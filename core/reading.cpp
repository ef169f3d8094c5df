#include "reading.hpp"

#include <array>
#include <unordered_map>

#include "embedded.hpp"
#include "tsv.hpp"

namespace malmoi::reading {

namespace {

using hangul::Final;

constexpr std::array<const char*, 10> kSinoDigits = {"영", "일", "이", "삼", "사",
                                                     "오", "육", "칠", "팔", "구"};
// A single digit written right after Latin letters is read in English: MP3 엠피쓰리, A4 에이포.
constexpr std::array<const char*, 10> kEnglishDigits = {"제로", "원",  "투",  "쓰리", "포",
                                                        "파이브", "식스", "세븐", "에잇", "나인"};
// Korean names of the Latin letters. Only L 엘, M 엠, N 엔 and R 알 end in a consonant.
constexpr std::array<const char*, 26> kLetterNames = {
    "에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
    "엔",   "오", "피", "큐", "알", "에스", "티", "유", "브이",   "더블유", "엑스", "와이", "제트"};
// Number groups of four digits: 만 10^4, 억 10^8, 조 10^12, 경 10^16, …
constexpr std::array<const char*, 13> kGroupUnits = {"",   "만", "억", "조", "경", "해", "자",
                                                     "양", "구", "간", "정", "재", "극"};
constexpr std::array<const char*, 4> kPlaceUnits = {"", "십", "백", "천"};

struct Unit {
    const char* written;
    const char* read;
};
// Units read after a number (5kg 오킬로그램). Longest first, so "mm" is tried before "m".
constexpr std::array<Unit, 16> kUnits = {{{"kcal", "킬로칼로리"},
                                          {"kg", "킬로그램"},
                                          {"mg", "밀리그램"},
                                          {"km", "킬로미터"},
                                          {"cm", "센티미터"},
                                          {"mm", "밀리미터"},
                                          {"ml", "밀리리터"},
                                          {"mL", "밀리리터"},
                                          {"°C", "도"},
                                          {"℃", "도"},
                                          {"g", "그램"},
                                          {"m", "미터"},
                                          {"L", "리터"},
                                          {"l", "리터"},
                                          {"%", "퍼센트"},
                                          {"°", "도"}}};

struct Currency {
    char32_t sign;
    const char* read;
};
// A currency sign written before the number is read after it: $5 오 달러.
constexpr std::array<Currency, 5> kCurrencies = {
    {{U'$', "달러"}, {U'€', "유로"}, {U'£', "파운드"}, {U'¥', "엔"}, {U'₩', "원"}}};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_upper(char32_t c) { return c >= U'A' && c <= U'Z'; }
bool is_lower(char32_t c) { return c >= U'a' && c <= U'z'; }
bool is_latin(char32_t c) { return is_upper(c) || is_lower(c); }
char32_t to_lower(char32_t c) { return is_upper(c) ? c + 32 : c; }

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == 0x00A0 || c == 0x3000; }

bool is_closing_quote(char32_t c) {
    switch (c) {
        case U'"': case U'\'': case U'”': case U'’': case U'」': case U'』': case U'»':
        case U'›': case U'〉': case U'》': case U'`':
            return true;
        default:
            return false;
    }
}

bool is_opening_quote(char32_t c) {
    switch (c) {
        case U'"': case U'\'': case U'“': case U'‘': case U'「': case U'『': case U'«':
        case U'‹': case U'〈': case U'《': case U'`':
            return true;
        default:
            return false;
    }
}

// Full-width forms (ＡＢＣ１２３) read like their ASCII twins.
char32_t narrow(char32_t c) { return (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c; }

void trim(std::u32string& s) {
    while (!s.empty() && is_space(s.back())) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && is_space(s[start])) ++start;
    s.erase(0, start);
}

// Looks past what is not read before a particle: quotes around the word (“책”을) and a trailing
// parenthetical gloss (빵(bread)을). A word that is wholly in parentheses is read inside them.
void strip_unread_end(std::u32string& s) {
    for (bool changed = true; changed && !s.empty();) {
        changed = false;
        trim(s);
        if (s.empty()) return;
        if (is_closing_quote(s.back())) {
            s.pop_back();
            changed = true;
            continue;
        }
        const char32_t close = s.back();
        if (close == U')' || close == U'）' || close == U']' || close == U'］') {
            const char32_t open = close == U')' ? U'(' : close == U'）' ? U'（' : close == U']' ? U'[' : U'［';
            const std::size_t at = s.rfind(open);
            if (at == std::u32string::npos) {
                s.pop_back();
            } else {
                std::u32string before = s.substr(0, at);
                trim(before);
                if (before.empty()) {
                    s = s.substr(at + 1, s.size() - at - 2);  // "(빵)" is read as 빵
                } else {
                    s = before;
                }
            }
            changed = true;
        }
    }
    // Opening quotes left at the very start do not matter; strip them for a clean reading.
    while (!s.empty() && is_opening_quote(s.front())) s.erase(0, 1);
}

const std::unordered_map<std::string, std::string>& word_table() {
    static const auto table = [] {
        std::unordered_map<std::string, std::string> t;
        for (const auto& row : tsv::parse(embedded_file("readings.tsv"))) {
            if (row.fields.size() >= 2) t.emplace(std::string(row.field(0)), std::string(row.field(1)));
        }
        return t;
    }();
    return table;
}

Final final_of_reading(const std::string& reading) {
    const std::u32string cps = hangul::decode(reading);
    if (cps.empty()) return Final::none;
    return hangul::final_of(cps.back()).value_or(Final::none);
}

// The reading of one group of up to four digits: "0112" → "백십이". 1 is silent before 십, 백, 천.
std::string read_group(std::u32string_view group) {
    std::string out;
    const std::size_t n = group.size();
    for (std::size_t i = 0; i < n; ++i) {
        const int digit = static_cast<int>(group[i] - U'0');
        const std::size_t place = n - 1 - i;
        if (digit == 0) continue;
        if (!(digit == 1 && place > 0)) out += kSinoDigits[digit];
        out += kPlaceUnits[place];
    }
    return out;
}

std::string read_integer(std::u32string_view digits) {
    while (digits.size() > 1 && digits.front() == U'0') digits.remove_prefix(1);
    if (digits == U"0") return kSinoDigits[0];
    const std::size_t groups = (digits.size() + 3) / 4;
    if (groups > kGroupUnits.size()) {
        // Past 극 nobody reads the number as one: digit by digit.
        std::string out;
        for (char32_t d : digits) out += kSinoDigits[d - U'0'];
        return out;
    }
    std::string out;
    std::size_t first = digits.size() - (groups - 1) * 4;  // length of the leading group
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t start = g == 0 ? 0 : first + (g - 1) * 4;
        const std::size_t length = g == 0 ? first : 4;
        const std::size_t unit = groups - 1 - g;
        std::string group = read_group(digits.substr(start, length));
        if (group.empty()) continue;
        if (group == "일" && unit == 1) group.clear();  // 10000 is 만, not 일만 (but 1억 is 일억)
        out += group;
        out += kGroupUnits[unit];
    }
    return out;
}

std::string read_number(std::u32string_view number) {
    std::u32string integer;
    std::u32string fraction;
    bool in_fraction = false;
    bool seen_digit = false;
    for (char32_t c : number) {
        if (is_digit(c)) {
            (in_fraction ? fraction : integer).push_back(c);
            seen_digit = true;
        } else if (c == U',' && !in_fraction && seen_digit) {
            continue;
        } else if (c == U'.' && !in_fraction) {
            in_fraction = true;
        } else {
            return {};
        }
    }
    if (integer.empty() && fraction.empty()) return {};
    std::string out = integer.empty() ? kSinoDigits[0] : read_integer(integer);
    if (in_fraction) {
        if (fraction.empty()) return out;  // "3." reads as 3
        out += "점";
        for (char32_t d : fraction) out += kSinoDigits[d - U'0'];
    }
    return out;
}

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A Latin word not in the table: judge its last sound from its spelling. English loanwords end in a
// vowel sound in Korean unless they end in l (ㄹ), m, n, ng, or a short vowel followed by k, p, t,
// b (book 북, cup 컵, cat 캣, club 클럽). A silent e leaves the consonant before it to decide.
Final guess_english(std::u32string word) {
    for (auto& c : word) c = to_lower(c);
    const auto vowel = [](char32_t c) {
        return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u';
    };
    const std::size_t n = word.size();
    const char32_t last = word[n - 1];
    const char32_t before = n >= 2 ? word[n - 2] : 0;
    if (last == U'e' && n >= 2 && !vowel(before)) {
        if (before == U'l') return Final::rieul;                  // smile 스마일, table 테이블
        if (before == U'm' || before == U'n') return Final::other;  // game 게임, phone 폰
        return Final::none;                                       // cake 케이크, juice 주스
    }
    if (last == U'l') return Final::rieul;                            // ball 볼, pencil 펜슬
    if (last == U'm' || last == U'n') return Final::other;            // zoom 줌, pen 펜
    if (ends_with(word, U"ng")) return Final::other;                  // king 킹
    if (ends_with(word, U"ck")) return Final::other;                  // truck 트럭
    if ((last == U'k' || last == U'p' || last == U't' || last == U'b') && vowel(before)) {
        return Final::other;  // book 북, cup 컵, robot 로봇, club 클럽
    }
    return Final::none;  // bus 버스, car 카, milk 밀크, test 테스트, dog 도그, fish 피시
}

Sound read_latin(const std::u32string& text) {
    // The trailing Latin word, apostrophes inside it included (McDonald's).
    std::size_t start = text.size();
    while (start > 0 && (is_latin(text[start - 1]) ||
                         (text[start - 1] == U'\'' && start >= 2 && is_latin(text[start - 2])))) {
        --start;
    }
    const std::u32string word = text.substr(start);

    std::string lower;
    for (char32_t c : word) hangul::append_utf8(lower, to_lower(c));
    const auto& table = word_table();
    if (auto it = table.find(lower); it != table.end()) {
        return Sound{final_of_reading(it->second), it->second, false};
    }
    bool all_upper = true;
    for (char32_t c : word) all_upper = all_upper && is_upper(c);
    if (all_upper || word.size() == 1) {
        // An acronym is read letter by letter: TV 티브이, URL 유알엘, QR 큐알.
        std::string spelled;
        for (char32_t c : word) spelled += kLetterNames[to_lower(c) - U'a'];
        return Sound{final_of_reading(spelled), spelled, false};
    }
    return Sound{guess_english(word), {}, true};
}

// "5kg", "50 %", "$5", "1,000", "3.5", "MP3": a number, maybe with a unit after it or a currency
// sign before it. Returns false when `text` does not end that way.
bool read_numeric(const std::u32string& text, Sound& out) {
    std::u32string rest = text;
    std::string unit_reading;
    for (const Unit& unit : kUnits) {
        const std::u32string written = hangul::decode(unit.written);
        if (!ends_with(rest, written)) continue;
        std::u32string number = rest.substr(0, rest.size() - written.size());
        while (!number.empty() && is_space(number.back())) number.pop_back();
        if (number.empty() || !is_digit(number.back())) continue;
        rest = number;
        unit_reading = unit.read;
        break;
    }
    if (rest.empty() || !is_digit(rest.back())) return false;

    std::size_t start = rest.size();
    while (start > 0 && (is_digit(rest[start - 1]) || rest[start - 1] == U',' || rest[start - 1] == U'.')) {
        --start;
    }
    while (start < rest.size() && !is_digit(rest[start])) ++start;  // ",5" or ".5" starts at 5
    const std::u32string number = rest.substr(start);
    std::string reading;
    if (start > 0 && is_latin(rest[start - 1]) && number.size() == 1 && unit_reading.empty()) {
        reading = kEnglishDigits[number[0] - U'0'];
    } else {
        reading = read_number(number);
        if (reading.empty()) {
            // "1.2.3": read the digits after the last dot one by one, as Koreans say versions.
            reading = kSinoDigits[number.back() - U'0'];
        }
    }
    if (unit_reading.empty()) {
        std::size_t sign = start;
        while (sign > 0 && (is_space(rest[sign - 1]) || rest[sign - 1] == U'-')) --sign;
        if (sign > 0) {
            for (const Currency& currency : kCurrencies) {
                if (rest[sign - 1] == currency.sign) unit_reading = currency.read;
            }
        }
    }
    reading += unit_reading;
    out = Sound{final_of_reading(reading), reading, false};
    return true;
}

}  // namespace

std::string sino_korean(std::string_view number) {
    if (!hangul::valid_utf8(number)) return {};
    return read_number(hangul::decode(number));
}

Result<Sound> final_sound(std::string_view word) {
    if (!hangul::valid_utf8(word)) {
        return make_error("invalid_utf8", "the word is not valid UTF-8 text");
    }
    std::u32string text = hangul::decode(word);
    for (auto& c : text) c = narrow(c);
    trim(text);
    if (text.empty()) return make_error("empty_word", "the word is empty");
    strip_unread_end(text);
    if (text.empty()) {
        return make_error("unreadable_word",
                          "'" + std::string(word) + "' has nothing to read before a particle");
    }
    const char32_t last = text.back();
    if (auto final = hangul::final_of(last)) {
        const bool jamo = !hangul::is_syllable(last) && !(last >= 0x1100 && last <= 0x11FF);
        Sound sound{*final, {}, false};
        if (jamo) {
            // Bare letters are read by their names: ㄱ 기역, ㄹ 리을, ㅏ 아.
            static constexpr std::array<const char*, 30> kJamoNames = {
                "기역", "쌍기역", "기역시옷", "니은", "니은지읒", "니은히읗", "디귿", "쌍디귿",
                "리을", "리을기역", "리을미음", "리을비읍", "리을시옷", "리을티읕", "리을피읖",
                "리을히읗", "미음", "비읍", "쌍비읍", "비읍시옷", "시옷", "쌍시옷", "이응",
                "지읒", "쌍지읒", "치읓", "키읔", "티읕", "피읖", "히읗"};
            if (last <= 0x314E) {
                sound.read_as = kJamoNames[last - 0x3131];
            } else {
                std::string vowel;
                hangul::append_utf8(vowel, hangul::compose({hangul::initial::ng,
                                                            static_cast<int>(last - 0x314F), 0}));
                sound.read_as = vowel;
            }
        }
        return sound;
    }
    Sound sound;
    if (read_numeric(text, sound)) return sound;
    if (is_latin(last)) return read_latin(text);
    return make_error("unreadable_word", "cannot tell how '" + std::string(word) +
                                             "' ends when read aloud (it ends in neither Hangul, "
                                             "a digit nor a Latin letter)");
}

}  // namespace malmoi::reading
