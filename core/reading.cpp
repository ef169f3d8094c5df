#include "reading.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "embedded.hpp"
#include "name_index.hpp"
#include "tsv.hpp"

namespace malmoi::reading {

namespace {

using hangul::Final;

using namespace std::string_view_literals;

constexpr std::array<std::string_view, 10> kSinoDigits = {"영"sv, "일"sv, "이"sv, "삼"sv, "사"sv,
                                                          "오"sv, "육"sv, "칠"sv, "팔"sv, "구"sv};
// A single digit written right after Latin letters is read in English: MP3 엠피쓰리, A4 에이포.
constexpr std::array<const char*, 10> kEnglishDigits = {"제로",   "원",   "투",   "쓰리", "포",
                                                        "파이브", "식스", "세븐", "에잇", "나인"};
// Korean names of the Latin letters. Only L 엘, M 엠, N 엔 and R 알 end in a consonant.
constexpr std::array<const char*, 26> kLetterNames = {
    "에이", "비",   "씨", "디",   "이",     "에프", "지",   "에이치", "아이",
    "제이", "케이", "엘", "엠",   "엔",     "오",   "피",   "큐",     "알",
    "에스", "티",   "유", "브이", "더블유", "엑스", "와이", "제트"};
// Number groups of four digits: 만 10^4, 억 10^8, 조 10^12, 경 10^16, …
constexpr std::array<std::string_view, 13> kGroupUnits = {""sv,   "만"sv, "억"sv, "조"sv, "경"sv,
                                                          "해"sv, "자"sv, "양"sv, "구"sv, "간"sv,
                                                          "정"sv, "재"sv, "극"sv};
constexpr std::array<std::string_view, 4> kPlaceUnits = {""sv, "십"sv, "백"sv, "천"sv};

struct Unit {
    std::u32string_view written;
    const char* read;
};
// Units read after a number (5kg 오킬로그램). Longest first, so "mm" is tried before "m".
constexpr std::array<Unit, 16> kUnits = {{{U"kcal", "킬로칼로리"},
                                          {U"kg", "킬로그램"},
                                          {U"mg", "밀리그램"},
                                          {U"km", "킬로미터"},
                                          {U"cm", "센티미터"},
                                          {U"mm", "밀리미터"},
                                          {U"ml", "밀리리터"},
                                          {U"mL", "밀리리터"},
                                          {U"°C", "도"},
                                          {U"℃", "도"},
                                          {U"g", "그램"},
                                          {U"m", "미터"},
                                          {U"L", "리터"},
                                          {U"l", "리터"},
                                          {U"%", "퍼센트"},
                                          {U"°", "도"}}};

struct Currency {
    char32_t sign;
    const char* read;
};
// A currency sign written before the number is read after it: $5 오 달러.
constexpr std::array<Currency, 5> kCurrencies = {
    {{U'$', "달러"}, {U'€', "유로"}, {U'£', "파운드"}, {U'¥', "엔"}, {U'₩', "원"}}};

// Bare jamo are read by their names: ㄱ 기역, ㄹ 리을 (U+3131..U+314E).
constexpr std::array<const char*, 30> kJamoNames = {
    "기역",   "쌍기역",   "기역시옷", "니은",     "니은지읒", "니은히읗", "디귿",     "쌍디귿",
    "리을",   "리을기역", "리을미음", "리을비읍", "리을시옷", "리을티읕", "리을피읖", "리을히읗",
    "미음",   "비읍",     "쌍비읍",   "비읍시옷", "시옷",     "쌍시옷",   "이응",     "지읒",
    "쌍지읒", "치읓",     "키읔",     "티읕",     "피읖",     "히읗"};

// The longest Latin word looked up or judged; only a word's end decides, so a longer run of
// letters is read from its last kMaxLetters.
constexpr std::size_t kMaxLetters = 64;
// How many code points at the end of a word the number reader looks at: enough for every number
// read as one (up to 극, 10^48, with commas) and for the unit or currency sign around it.
constexpr std::size_t kMaxNumberChars = 128;
// How many brackets around the whole word are looked into: "((빵))" is read as 빵.
constexpr int kMaxNestedBrackets = 4;

bool is_digit(char32_t c) {
    return c >= U'0' && c <= U'9';
}
bool is_upper(char32_t c) {
    return c >= U'A' && c <= U'Z';
}
bool is_lower(char32_t c) {
    return c >= U'a' && c <= U'z';
}
bool is_latin(char32_t c) {
    return is_upper(c) || is_lower(c);
}
char to_lower(char32_t c) {
    return static_cast<char>(is_upper(c) ? c + 32 : c);
}
bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0x00A0 || c == 0x3000;
}

// Full-width forms (ＡＢＣ１２３) read like their ASCII twins, and accented Latin letters like the
// letters under them (café like cafe).
inline char32_t plain(char32_t c) {
    if (c < 0xC0) return c;
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    return hangul::latin_base(c);
}

bool is_closing_quote(char32_t c) {
    switch (c) {
        case U'"':
        case U'\'':
        case U'”':
        case U'’':
        case U'」':
        case U'』':
        case U'»':
        case U'›':
        case U'〉':
        case U'》':
        case U'`':
            return true;
        default:
            return false;
    }
}

// Punctuation after a word is not read: "안녕?"이라고, 사과!를.
bool is_trailing_punctuation(char32_t c) {
    switch (c) {
        case U'!':
        case U'?':
        case U',':
        case U';':
        case U':':
        case U'~':
        case U'…':
        case U'。':
        case U'、':
        case U'‼':
        case U'⁉':
        case U'〜':
            return true;
        default:
            return false;
    }
}

char32_t opening_bracket(char32_t close) {
    switch (close) {
        case U')':
            return U'(';
        case U']':
            return U'[';
        case U'}':
            return U'{';
        default:
            return 0;
    }
}

// A few lower-case ASCII letters, kept without allocating.
struct Letters {
    std::array<char, kMaxLetters + 1> data;
    std::size_t size = 0;
    std::string_view view() const { return {data.data(), size}; }
    void push_back(char c) { data[size++] = c; }
    void reverse() { std::reverse(data.begin(), data.begin() + static_cast<std::ptrdiff_t>(size)); }
};

// A part of a word, as byte offsets into it.
struct Span {
    std::size_t begin;
    std::size_t end;
    bool empty() const { return begin >= end; }
};

// The last character of the span (full-width and accents folded), without moving the span.
char32_t last_of(std::string_view text, const Span& s) {
    std::size_t end = s.end;
    return plain(hangul::previous(text, end));
}

void trim_end(std::string_view text, Span& s) {
    while (!s.empty()) {
        std::size_t end = s.end;
        if (!is_space(hangul::previous(text, end))) break;
        s.end = end;
    }
}

void trim(std::string_view text, Span& s) {
    trim_end(text, s);
    while (!s.empty()) {
        std::size_t at = s.begin;
        if (!is_space(hangul::next(text, at))) break;
        s.begin = at;
    }
}

// True when the span ends in letters written one at a time with dots: A.I., U.S.A., e.g., U.S.A
// (two letters at least when the last has no dot). Fills `letters` (lower case) when it does.
bool dotted_letters(std::string_view text, const Span& s, Letters& letters) {
    letters.size = 0;
    std::size_t end = s.end;
    bool want_dot = last_of(text, s) == U'.';
    const bool final_dot = want_dot;
    while (end > s.begin) {
        std::size_t at = end;
        const char32_t c = plain(hangul::previous(text, at));
        if (want_dot) {
            if (c != U'.') break;
        } else {
            if (!is_latin(c) || letters.size == kMaxLetters) return false;
            letters.push_back(to_lower(c));
            // The letter must stand alone: "Mr." is a word with a dot, not M.R.
            if (at > s.begin) {
                std::size_t before = at;
                if (is_latin(plain(hangul::previous(text, before)))) return false;
            }
        }
        end = at;
        want_dot = !want_dot;
    }
    if (letters.size < (final_dot ? 1u : 2u)) return false;
    if (end > s.begin) {
        std::size_t before = end;
        if (is_digit(plain(hangul::previous(text, before)))) return false;
    }
    letters.reverse();
    return true;
}

// Looks past what is not read before a particle: space, quotes around the word (“책”을), a trailing
// parenthetical gloss (빵(bread)을), trailing punctuation ("안녕?"이라고). A word wholly in
// brackets is read inside them. Each step moves an end of the span inwards, so the work is linear.
void strip_unread_end(std::string_view text, Span& s) {
    int nested = 0;
    for (;;) {
        trim_end(text, s);  // the start is trimmed already
        if (s.empty()) return;
        std::size_t end = s.end;
        const char32_t c = plain(hangul::previous(text, end));
        if (is_closing_quote(c) || is_trailing_punctuation(c)) {
            s.end = end;
            continue;
        }
        if (c == U'.') {
            Letters letters;
            if (dotted_letters(text, s, letters)) return;  // A.I. is read by its letters
            s.end = end;
            continue;
        }
        const char32_t open = opening_bracket(c);
        if (open == 0) return;
        // The matching opening bracket, nesting counted.
        int depth = 0;
        std::size_t at = end;
        std::size_t match = std::string_view::npos;
        while (at > s.begin) {
            const char32_t p = plain(hangul::previous(text, at));
            if (p == c) ++depth;
            if (p == open) {
                if (depth == 0) {
                    match = at;
                    break;
                }
                --depth;
            }
        }
        if (match == std::string_view::npos) {
            s.end = end;  // a stray closing bracket
            continue;
        }
        Span before{s.begin, match};
        trim(text, before);
        if (!before.empty()) {
            s.end = match;  // 빵(bread) is read as 빵
            continue;
        }
        if (++nested > kMaxNestedBrackets) return;
        std::size_t inside = match;
        hangul::next(text, inside);
        s = Span{inside, end};  // (빵) is read as 빵
        trim(text, s);
    }
}

// The sound of a word that ends in the Hangul character `c`; empty when `c` is not Hangul.
std::optional<Sound> hangul_sound(char32_t c) {
    const auto final = hangul::final_of(c);
    if (!final) return std::nullopt;
    Sound sound{*final, {}, false};
    if (c >= 0x3131 && c <= 0x314E) {
        sound.read_as = kJamoNames[c - 0x3131];  // ㄱ 기역
    } else if (c >= 0x314F && c <= 0x3163) {
        // A bare vowel is read as itself: ㅏ 아.
        hangul::append_utf8(
            sound.read_as, hangul::compose({hangul::initial::ng, static_cast<int>(c - 0x314F), 0}));
    }
    return sound;
}

// ---- The readings table ------------------------------------------------------------------------

Final final_of_reading(std::string_view reading) {
    if (reading.empty()) return Final::none;
    std::size_t end = reading.size();
    return hangul::final_of(hangul::previous(reading, end)).value_or(Final::none);
}

// core/data/readings.tsv, indexed by the lower-case spelling.
class Table {
  public:
    struct Word {
        std::string_view spelling;
        std::string_view reading;
        Final final;
    };

    Table() {
        tsv::Reader reader(embedded_file("readings.tsv"));
        tsv::Row row;
        while (reader.next(row)) {
            if (row.size() >= 2 && !row.field(0).empty()) {
                words_.push_back(Word{row.field(0), row.field(1), final_of_reading(row.field(1))});
            }
        }
        index_ = NameIndex::of(words_, [](const Word& w) { return w.spelling; });
    }

    const Word* find(std::string_view key) const {
        const std::int64_t row = index_.first(key);  // the first row of a spelling wins
        return row < 0 ? nullptr : &words_[static_cast<std::size_t>(row)];
    }

    std::size_t size() const { return words_.size(); }

  private:
    std::vector<Word> words_;
    NameIndex index_;
};

const Table& table() {
    static const Table t;
    return t;
}

// ---- Numbers -----------------------------------------------------------------------------------

// A reading put together without allocating, then copied out once. A number is read from at most
// kMaxNumberChars code points, each giving at most two syllables, plus its units.
class Reading {
  public:
    void add(std::string_view piece) {
        for (char c : piece) {
            if (size_ < buffer_.size()) buffer_[size_++] = c;
        }
    }
    bool empty() const { return size_ == 0; }
    std::string_view view() const { return {buffer_.data(), size_}; }

  private:
    std::array<char, kMaxNumberChars * 8> buffer_;
    std::size_t size_ = 0;
};

// The reading of one group of up to four digits: "0112" → 백십이. 1 is silent before 십, 백, 천,
// and before 만 when it is the whole group (10000 is 만, not 일만; but 1억 is 일억).
void read_group(std::u32string_view group, std::size_t unit, Reading& out) {
    const std::size_t n = group.size();
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const int digit = static_cast<int>(group[i] - U'0');
        const std::size_t place = n - 1 - i;
        if (digit == 0) continue;
        const bool alone = place == 0 && !any;
        bool remaining = false;
        for (std::size_t k = i + 1; k < n; ++k) remaining = remaining || group[k] != U'0';
        const bool silent_one = digit == 1 && (place > 0 || (unit == 1 && alone && !remaining));
        if (!silent_one) out.add(kSinoDigits[digit]);
        out.add(kPlaceUnits[place]);
        any = true;
    }
    if (any) out.add(kGroupUnits[unit]);
}

// Digits without commas, at most kMaxNumberChars of them.
void read_integer(std::u32string_view digits, Reading& out) {
    while (digits.size() > 1 && digits.front() == U'0') digits.remove_prefix(1);
    if (digits == U"0") {
        out.add(kSinoDigits[0]);
        return;
    }
    const std::size_t groups = (digits.size() + 3) / 4;
    if (groups > kGroupUnits.size()) {
        // Past 극 nobody reads the number as one: digit by digit.
        for (char32_t d : digits) out.add(kSinoDigits[d - U'0']);
        return;
    }
    const std::size_t first = digits.size() - (groups - 1) * 4;  // length of the leading group
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t start = g == 0 ? 0 : first + (g - 1) * 4;
        read_group(digits.substr(start, g == 0 ? first : 4), groups - 1 - g, out);
    }
}

// "112" 백십이, "1,000" 천, "3.5" 삼점오. False when `number` is not digits with optional thousands
// commas and one decimal point.
bool read_number(std::u32string_view number, Reading& out) {
    std::array<char32_t, kMaxNumberChars> integer;
    std::size_t integer_size = 0;
    std::u32string_view fraction;
    bool in_fraction = false;
    bool seen_digit = false;
    for (std::size_t i = 0; i < number.size(); ++i) {
        const char32_t c = number[i];
        if (is_digit(c)) {
            if (!in_fraction && integer_size < integer.size()) integer[integer_size++] = c;
            seen_digit = true;
        } else if (c == U',' && !in_fraction && seen_digit) {
            continue;
        } else if (c == U'.' && !in_fraction) {
            in_fraction = true;
            fraction = number.substr(i + 1);
        } else {
            return false;
        }
    }
    for (char32_t c : fraction) {
        if (!is_digit(c)) return false;
    }
    if (integer_size == 0 && fraction.empty()) return false;
    if (integer_size == 0) {
        out.add(kSinoDigits[0]);
    } else {
        read_integer(std::u32string_view(integer.data(), integer_size), out);
    }
    if (!fraction.empty()) {  // "3." reads as 3
        out.add("점");
        for (char32_t d : fraction) out.add(kSinoDigits[d - U'0']);
    }
    return true;
}

std::string read_number(std::u32string_view number) {
    Reading out;
    if (number.size() > kMaxNumberChars || !read_number(number, out)) return {};
    return std::string(out.view());
}

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "5kg", "50 %", "$5", "1,000", "3.5", "MP3": a number, maybe with a unit after it or a currency
// sign before it. Returns false when `text` does not end that way.
bool read_numeric(std::u32string_view rest, Sound& out) {
    std::string_view unit_reading;
    for (const Unit& unit : kUnits) {
        if (rest.empty() || is_digit(rest.back())) break;  // no unit after the number
        if (!ends_with(rest, unit.written)) continue;
        std::u32string_view number = rest.substr(0, rest.size() - unit.written.size());
        while (!number.empty() && is_space(number.back())) number.remove_suffix(1);
        if (number.empty() || !is_digit(number.back())) continue;
        rest = number;
        unit_reading = unit.read;
        break;
    }
    if (rest.empty() || !is_digit(rest.back())) return false;

    std::size_t start = rest.size();
    while (start > 0 &&
           (is_digit(rest[start - 1]) || rest[start - 1] == U',' || rest[start - 1] == U'.')) {
        --start;
    }
    while (start < rest.size() && !is_digit(rest[start])) ++start;  // ",5" or ".5" starts at 5
    const std::u32string_view number = rest.substr(start);
    Reading reading;
    if (start > 0 && is_latin(rest[start - 1]) && number.size() == 1 && unit_reading.empty()) {
        reading.add(kEnglishDigits[number[0] - U'0']);
    } else if (!read_number(number, reading)) {
        // "1.2.3": read the digits after the last dot one by one, as Koreans say versions.
        reading.add(kSinoDigits[number.back() - U'0']);
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
    reading.add(unit_reading);
    out = Sound{final_of_reading(reading.view()), std::string(reading.view()), false};
    return true;
}

// ---- Latin words -------------------------------------------------------------------------------

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool is_vowel_or_y(char c) {
    return is_vowel(c) || c == 'y';
}

// Vowel letter pairs English reads as one long vowel or diphthong.
bool is_digraph(std::string_view pair) {
    for (std::string_view d : {"ee", "ea", "oa", "ai", "oo", "ou", "ei", "au", "oi", "ui"}) {
        if (pair == d) return true;
    }
    return false;
}

// A Latin word neither in the table nor spelled in capitals: judge its last sound from its
// spelling (lower-case letters only). Korean writes an English word's final consonant as a 받침
// only in a few patterns (외래어 표기법 제3장 제1절): l as ㄹ; m, n, ng as ㅁ, ㄴ, ㅇ; and p, t, k
// (and c read as k, b as p) right after a short vowel (cup 컵, cat 캣, book 북, magic 매직, club
// 클럽, riot 라이엇). Everything else ends in a vowel sound: a long vowel or diphthong before p, t,
// k (street 스트리트, soup 수프, wait 웨이트), a consonant cluster (desk 데스크, milk 밀크), and
// every other final consonant (bus 버스, dog 도그, fish 피시).
Final guess_english(std::string_view w) {
    const std::size_t n = w.size();
    const char last = w[n - 1];
    const char before = n >= 2 ? w[n - 2] : '\0';
    if (last == 'e' && n >= 2) {
        if (is_vowel_or_y(before)) return Final::none;  // tree 트리, blue 블루, bye 바이
        bool vowel_earlier = false;
        for (std::size_t i = 0; i + 2 < n; ++i)
            vowel_earlier = vowel_earlier || is_vowel_or_y(w[i]);
        // With no vowel before it, the e is the word's vowel and is read: me 미, she 쉬, the 더.
        if (!vowel_earlier) return Final::none;
        // Otherwise it is silent and the consonant before it ends the word.
        if (before == 'l') return Final::rieul;  // smile 스마일, table 테이블
        if (before == 'm' || before == 'n') return Final::other;  // game 게임, phone 폰
        return Final::none;  // cake 케이크, juice 주스, page 페이지
    }
    if (last == 'l') return Final::rieul;                   // ball 볼, pencil 펜슬
    if (last == 'm' || last == 'n') return Final::other;    // zoom 줌, pen 펜, autumn 오텀
    if (before == 'n' && last == 'g') return Final::other;  // king 킹
    if (before == 'c' && last == 'k') return Final::other;  // truck 트럭, black 블랙
    if (last == 'b' && before == 'm')
        return Final::other;  // comb 콤, climb 클라임: the b is silent
    if (last == 'p' || last == 't' || last == 'k' || last == 'b' || last == 'c') {
        if (!is_vowel(before))
            return Final::none;  // jump 점프, test 테스트, desk 데스크, disc 디스크
        if (n >= 3 && is_vowel(w[n - 3])) {
            const std::string_view pair = w.substr(n - 3, 2);
            // "out" after a vowel ends a compound, read 아웃: about 어바웃, checkout 체크아웃 (but
            // scout 스카우트).
            if (pair == "ou" && last == 't') {
                for (std::size_t i = 0; i + 3 < n; ++i) {
                    if (is_vowel_or_y(w[i])) return Final::other;
                }
                return Final::none;
            }
            // Two vowel letters that spell one long vowel or diphthong: meet 미트, boat 보트, soup
            // 수프, wait 웨이트, fruit 프루트. Only oo before k is short: book 북, cook 쿡.
            if (is_digraph(pair)) return (pair == "oo" && last == 'k') ? Final::other : Final::none;
            // Other pairs are two syllables, the last one short: riot 라이엇, poet 포엣, quiet
            // 콰이엇.
        }
        return Final::other;  // cup 컵, cat 캣, robot 로봇, club 클럽, magic 매직
    }
    return Final::none;  // bus 버스, car 카, dog 도그, fish 피시, box 박스
}

// The letters of the Latin word at the end of `text` (apostrophes and hyphens inside it kept:
// McDonald's, t-shirt), lower-cased, and whether every letter was a capital.
struct LatinWord {
    Letters spelling;  // lower case, at most kMaxLetters characters
    bool all_upper = true;
    std::size_t letters = 0;
};

LatinWord trailing_latin(std::string_view text, const Span& s) {
    LatinWord out;
    Letters& reversed = out.spelling;
    std::size_t end = s.end;
    while (end > s.begin && reversed.size < kMaxLetters) {
        std::size_t at = end;
        const char32_t c = plain(hangul::previous(text, at));
        if (is_latin(c)) {
            reversed.push_back(to_lower(c));
            out.all_upper = out.all_upper && is_upper(c);
            ++out.letters;
        } else if ((c == U'\'' || c == U'’' || c == U'-') && reversed.size > 0 && at > s.begin) {
            std::size_t before = at;
            if (!is_latin(plain(hangul::previous(text, before)))) break;
            reversed.push_back(c == U'-' ? '-' : '\'');
        } else {
            break;
        }
        end = at;
    }
    reversed.reverse();
    return out;
}

std::string spell(std::string_view letters) {
    std::string spelled;
    spelled.reserve(letters.size() * 6);
    for (char c : letters) {
        if (is_lower(static_cast<unsigned char>(c))) spelled += kLetterNames[c - 'a'];
    }
    return spelled;
}

Sound read_latin(const LatinWord& word) {
    const Table& t = table();
    const std::string_view spelling = word.spelling.view();
    if (const auto* w = t.find(spelling)) return Sound{w->final, std::string(w->reading), false};
    // The last part of a hyphenated word is a word of its own: x-ray → ray.
    std::string_view last = spelling;
    if (const auto hyphen = spelling.rfind('-'); hyphen != std::string_view::npos) {
        last = spelling.substr(hyphen + 1);
        if (const auto* w = t.find(last)) return Sound{w->final, std::string(w->reading), false};
    }
    if (word.all_upper || word.letters == 1) {
        // An acronym is read letter by letter: TV 티브이, URL 유알엘, QR 큐알.
        std::string spelled = spell(last);
        const Final final = final_of_reading(spelled);
        return Sound{final, std::move(spelled), false};
    }
    Letters letters;
    for (char c : last) {
        if (c != '\'') letters.push_back(c);
    }
    if (letters.size == 0) return Sound{Final::none, {}, true};
    // A compound ending in a word the table knows ends as that word does: notebook → …북,
    // cheesecake → …케이크. Only parts of four letters or more, after two letters or more: a short
    // part is too often no part at all (asset is not as + set 세트).
    for (std::size_t start = 2; start + 4 <= letters.size; ++start) {
        if (const auto* w = t.find(letters.view().substr(start))) {
            return Sound{w->final, std::string(w->reading), true};
        }
    }
    return Sound{guess_english(letters.view()), {}, true};
}

}  // namespace

std::string sino_korean(std::string_view number) {
    if (!hangul::valid_utf8(number)) return {};
    return read_number(hangul::decode(number));
}

std::string_view table_reading(std::string_view word) {
    std::string key;
    for (std::size_t at = 0; at < word.size();) {
        const char32_t c = hangul::next(word, at);
        key.push_back(c < 0x80 ? to_lower(c) : '\x7f');
    }
    const auto* w = table().find(key);
    return w ? w->reading : std::string_view{};
}

std::size_t table_size() {
    return table().size();
}

Final spelling_guess(std::string_view word) {
    Letters letters;
    for (char c : word) {
        if (!is_latin(static_cast<unsigned char>(c)) || letters.size == kMaxLetters)
            return Final::none;
        letters.push_back(to_lower(static_cast<unsigned char>(c)));
    }
    return letters.size == 0 ? Final::none : guess_english(letters.view());
}

Result<Sound> final_sound(std::string_view word) {
    if (word.size() > kMaxWordBytes) {
        return make_error("input_too_long", "the word is longer than % bytes (%)",
                          {std::to_string(kMaxWordBytes), std::to_string(word.size())});
    }
    const hangul::Utf8 scan = hangul::scan_utf8(word);
    if (!scan.valid) return make_error("invalid_utf8", "the word is not valid UTF-8 text");
    if (scan.may_need_nfc) return final_sound_nfc(hangul::to_nfc(word));
    return final_sound_nfc(word);
}

Result<Sound> final_sound_nfc(std::string_view text) {
    const std::string_view word = text;
    // The last character decides. Most words end in a Hangul syllable, and then there is nothing
    // to look past.
    if (!text.empty()) {
        std::size_t end = text.size();
        const char32_t c = hangul::previous(text, end);
        if (hangul::is_syllable(c)) return Sound{*hangul::final_of(c), {}, false};
        if (auto sound = hangul_sound(c)) return std::move(*sound);  // bare jamo: ㄱ 기역
    }
    Span s{0, text.size()};
    trim(text, s);
    if (s.empty()) return make_error("empty_word", "the word is empty");
    strip_unread_end(text, s);
    const auto unreadable = [&] {
        return make_error("unreadable_word",
                          "cannot tell how '%' ends when read aloud (it ends in neither Hangul, "
                          "a digit nor a Latin letter)",
                          {word});
    };
    if (s.empty()) {
        return make_error("unreadable_word", "'%' has nothing to read before a particle", {word});
    }

    std::size_t end = s.end;
    const char32_t raw = hangul::previous(text, end);
    if (auto sound = hangul_sound(raw)) return std::move(*sound);
    const char32_t last = plain(raw);
    if (last == U'.') {
        Letters letters;
        if (dotted_letters(text, s, letters)) {
            std::string spelled = spell(letters.view());
            const Final final = final_of_reading(spelled);
            return Sound{final, std::move(spelled), false};
        }
        return unreadable();
    }
    std::size_t before_last = end;
    if (is_latin(last) && before_last > s.begin && hangul::previous(text, before_last) == U'.') {
        Letters letters;
        if (dotted_letters(text, s, letters)) {  // U.S.A, e.g
            std::string spelled = spell(letters.view());
            const Final final = final_of_reading(spelled);
            return Sound{final, std::move(spelled), false};
        }
    }
    // A number, with a unit or a currency sign around it (5kg, 50%, $5): the last code points
    // decide.
    std::array<char32_t, kMaxNumberChars> tail;
    std::size_t count = 0;
    bool digit_near_end = false;
    for (std::size_t at = s.end; at > s.begin && count < tail.size();) {
        const char32_t c = plain(hangul::previous(text, at));
        tail[tail.size() - 1 - count++] = c;
        digit_near_end = digit_near_end || (count <= 6 && is_digit(c));
        if (!digit_near_end && count > 6) break;  // no number within a unit's length of the end
    }
    if (digit_near_end) {
        Sound sound;
        if (read_numeric(std::u32string_view(tail.data() + tail.size() - count, count), sound))
            return sound;
    }
    if (is_latin(last)) return read_latin(trailing_latin(text, s));
    return unreadable();
}

}  // namespace malmoi::reading
