#include "predicate.hpp"

#include <algorithm>
#include <array>

#include "arrange.hpp"
#include "hangul.hpp"
#include "lexicon.hpp"
#include "particle.hpp"

namespace malmoi::predicate {

Result<conjugate::Conjugation> conjugate(std::string_view lemma, conjugate::Form form,
                                         Manner manner) {
    // (a homograph whose lexicon row is of one sense is said in that sense: 묻다 → 묻었어요)
    const lexicon::Entry* entry = lexicon::find(lemma);
    return conjugate(lemma, form, manner, entry ? entry->sense : std::string_view{});
}

Result<conjugate::Conjugation> conjugate(const ResolvedCard& card, conjugate::Form form,
                                         Manner manner) {
    // (a card's entry may be another row than its lemma's: 고장 나다 for the card 나다)
    const lexicon::Entry* entry =
        card.entry && card.entry->lemma == card.lemma ? card.entry : lexicon::find(card.lemma);
    return conjugate(card.lemma, form, manner, entry ? entry->sense : std::string_view{});
}

Result<conjugate::Conjugation> conjugate(std::string_view lemma, conjugate::Form form,
                                         Manner manner, std::string_view sense) {
    conjugate::Options options;
    options.speech_level = manner.level == SpeechLevel::plain ? conjugate::Register::plain
                                                              : conjugate::Register::polite;
    options.honorific = manner.honorific;
    options.sense = std::string(sense);
    return conjugate::conjugate(lemma, form, options);
}

Result<std::string> copula_ending(std::string_view word, bool past, SpeechLevel level,
                                  bool honorific) {
    const char* pair = level == SpeechLevel::plain ? (past ? "이었어/였어" : "이야/야")
                       : honorific ? (past ? "이셨어요/셨어요" : "이세요/세요")
                                   : (past ? "이었어요/였어요" : "이에요/예요");
    if (level == SpeechLevel::plain && past) {
        // 이었어/였어 is not a particle pair: build it from the polite one.
        auto a = particle::attach(word, "이었어요/였어요");
        if (!a) return a.error();
        return a->particle.substr(0, a->particle.size() - std::string("요").size());
    }
    auto a = particle::attach(word, pair);
    if (!a) return a.error();
    return a->particle;
}

std::string copula_alone(bool past, SpeechLevel level) {
    if (level == SpeechLevel::plain) return past ? "이었어" : "이야";
    return past ? "이었어요" : "이에요";
}

std::string negative_copula(bool past, SpeechLevel level) {
    if (level == SpeechLevel::plain) return past ? "아니었어" : "아니야";
    return past ? "아니었어요" : "아니에요";
}

std::string prohibited_stem(std::string_view lemma) {
    static constexpr std::string_view kComes = "나다";
    if (lemma.size() > kComes.size() && lemma.substr(lemma.size() - kComes.size()) == kComes) {
        std::string done = std::string(lemma.substr(0, lemma.size() - kComes.size())) + "내다";
        if (conjugate::known_class(done)) return stem(done);
    }
    return stem(lemma);
}

std::string stem(std::string_view lemma) {
    static constexpr std::string_view da = "다";
    if (lemma.size() > da.size() && lemma.substr(lemma.size() - da.size()) == da)
        lemma.remove_suffix(da.size());
    return std::string(lemma);
}

std::string conditional(std::string_view lemma) {
    // -(으)면 changes the stem exactly as -(으)ㄹ래요 does (들을래요 → 들으면, 도울래요 → 도우면),
    // so it is read off the intent form: its last syllable before 래요 less its ㄹ. An ㄹ stem
    // keeps its ㄹ (놀래요 → 놀면).
    // An adjective has no intent form; its modifier changes the stem the same way (시끄러운 →
    // 시끄러우면, 작은 → 작으면).
    const std::string base = stem(lemma);
    auto cls = conjugate::known_class(lemma);
    if (cls && *cls == conjugate::StemClass::l_stem) return base + "면";
    auto intent = conjugate::conjugate(lemma, conjugate::Form::intent);
    std::u32string text;
    if (intent && intent->stem_class != conjugate::StemClass::l_stem) {
        text = hangul::decode(intent->text);
        static const std::u32string rae_yo = U"래요";
        if (text.size() < 3 || text.substr(text.size() - 2) != rae_yo) return base + "면";
        text.resize(text.size() - 2);
    } else if (auto modifier = conjugate::conjugate(lemma, conjugate::Form::modifier);
               modifier && !intent) {
        text = hangul::decode(modifier->text);  // 시끄러운: its ㄴ goes below
        if (text.size() > 1 && text.back() == U'는') {
            // 없는, 재미있는: the stem as it is, with 으면 after a consonant (없으면)
            text.pop_back();
            const auto end = hangul::decompose(text.back());
            return hangul::encode(text) + (end && end->final != 0 ? "으면" : "면");
        }
    } else {
        return base + "면";
    }
    if (text.empty()) return base + "면";
    auto last = hangul::decompose(text.back());
    if (!last) return base + "면";
    last->final = 0;
    text.back() = hangul::compose(*last);
    return hangul::encode(text) + "면";
}

std::string because_past(std::string_view lemma) {
    auto past = conjugate(lemma, conjugate::Form::polite_past, Manner{});
    static constexpr std::string_view eoyo = "어요";  // 났어요, 먹었어요: always after ㅆ
    if (!past || past->text.size() < eoyo.size() ||
        past->text.compare(past->text.size() - eoyo.size(), eoyo.size(), eoyo) != 0)
        return {};
    return past->text.substr(0, past->text.size() - eoyo.size()) + "으니까";
}

std::string because(std::string_view lemma) {
    std::u32string text = hangul::decode(conditional(lemma));
    if (text.empty() || text.back() != U'면') return {};
    text.pop_back();
    if (auto last = text.empty() ? std::nullopt : hangul::decompose(text.back());
        last && last->final == hangul::final::l) {
        last->final = 0;  // 길면 → 기니까
        text.back() = hangul::compose(*last);
    }
    return hangul::encode(text) + "니까";
}

std::string asking_leave(std::string_view lemma) {
    const auto infinitive =
        conjugate::conjugate(lemma, conjugate::Form::infinitive, conjugate::Options{});
    return infinitive ? infinitive->text + "도" : std::string();
}

std::string felt_by_others(std::string_view adjective) {
    const auto felt =
        conjugate::conjugate(adjective, conjugate::Form::infinitive, conjugate::Options{});
    if (!felt) return {};
    std::string verb = felt->text + "하다";
    return lexicon::find(verb) ? verb : std::string();
}

std::string native_before_counter(std::string_view numeral) {
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"하나", "한"}, {"둘", "두"}, {"셋", "세"}, {"넷", "네"}, {"스물", "스무"}};
    for (auto [full, short_form] : kShort) {
        if (numeral == full) return std::string(short_form);
    }
    return std::string(numeral);
}

namespace {

void add(std::vector<std::string>& out, std::string word) {
    if (std::find(out.begin(), out.end(), word) == out.end()) out.push_back(std::move(word));
}

// Every form of `lemma` at the sentence's speech level, of each sense, with and without the
// honorific: the forms conjugate::all_forms lists, less those of the other speech level.
// The bare 아/어 form (먹어) is the 반말 present too, so it counts only where the rules use it:
// before 주세요 (먹어 주세요).
std::vector<std::string> forms_at(const std::string& lemma, SpeechLevel level, bool infinitive) {
    std::vector<std::string> out;
    std::vector<std::string> senses = conjugate::senses(lemma);
    if (senses.empty()) senses.emplace_back();
    for (const std::string& sense : senses) {
        for (bool honorific : {false, true}) {
            for (conjugate::Form form : conjugate::forms()) {
                if (form == conjugate::Form::infinitive && !infinitive &&
                    level == SpeechLevel::polite)
                    continue;
                conjugate::Options o;
                o.speech_level = level == SpeechLevel::plain ? conjugate::Register::plain
                                                             : conjugate::Register::polite;
                o.honorific = honorific;
                o.sense = sense;
                if (auto c = conjugate::conjugate(lemma, form, o)) add(out, c->text);
            }
        }
    }
    return out;
}

// Every form of `lemma`, with negation written into the word as the rules may write it (안 먹어요
// when 안 was tapped after the verb; 공부 못 해요).
void add_forms(std::vector<std::string>& out, const std::string& lemma, SpeechLevel level,
               bool infinitive = false) {
    for (const std::string& f : forms_at(lemma, level, infinitive)) {
        add(out, f);
        if (f.find("안 ") == std::string::npos && f.find("못 ") == std::string::npos) {
            add(out, "안 " + f);
            add(out, "못 " + f);
        }
    }
}

// The verbs the nouns of a sentence imply (사과 → 먹다, 학교 → 가다), 놀다 for someone to be with
// (친구 같이 싶다 → 친구랑 같이 놀고 싶어요), and 하다 for a sentence with none: what 싶다, 안 and
// 못 may carry when the child tapped no verb.
std::vector<std::string> implied_verbs(const std::vector<ResolvedCard>& cards) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ResolvedCard& c = cards[i];
        if (c.kind != Kind::noun) continue;
        if (std::string v = implied_verb(c); !v.empty()) {
            if (v == "가지고 놀다") add(out, "갖다");  // (새 곰 인형 갖고 싶어요)
            add(out, std::move(v));
        }
        if (std::string v = wanted_verb(c); !v.empty()) add(out, std::move(v));  // 냄새 → 맡다
        // 물고기 밥 (싶다): 주고 싶어요; food or a drink right after an animal too (햄스터 간식),
        // or right before one (건초 송아지)
        if (c.has(Flag::feed) || (i > 0 && wanted_for_either(cards[i - 1], c))) add(out, "주다");
        if (i + 1 < cards.size() && together_word(cards[i + 1].label) &&
            (c.is_a("person") || c.is_a("animal")))
            add(out, "놀다");
    }
    add(out, "하다");
    return out;
}

}  // namespace

SpeechLevel speech_level(const std::vector<ResolvedCard>& cards, const SentenceOptions& options) {
    for (const auto& c : cards) {
        if (c.kind == Kind::plain_speech) return SpeechLevel::plain;
    }
    return options.speech_level;
}

bool has_other_predicate(const std::vector<ResolvedCard>& cards, int index) {
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (static_cast<int>(i) != index && cards[i].predicate()) return true;
    }
    return false;
}

std::string riding_before(const ResolvedCard& verb) {
    if (verb.kind != Kind::verb) return "";
    if (verb.has(Flag::report)) return "타다가";
    return verb.has(Flag::motion) ? "타고" : "";
}

std::vector<std::string> words_for(const std::vector<ResolvedCard>& cards, int index,
                                   const SentenceOptions& options) {
    const ResolvedCard& c = cards[static_cast<std::size_t>(index)];
    const SpeechLevel level = speech_level(cards, options);
    std::vector<std::string> out;
    // A predicate in the card's own part of the sentence (between connectives): 비 그래서 밖 못
    // 나가다 → 비가 와서 …, the noun says its verb in its part.
    const auto [begin, end] = part_around(cards, static_cast<std::size_t>(index));
    // (An adjective right before a noun may say which one, and be no predicate: 따뜻하다 보리차
    // 하나 → 따뜻한 보리차 하나 주세요.)
    bool has_predicate = false;
    for (std::size_t i = begin; i < end; ++i) {
        has_predicate = has_predicate ||
                        (cards[i].predicate() && !(cards[i].kind == Kind::adjective &&
                                                   i + 1 < end && cards[i + 1].kind == Kind::noun));
    }
    const bool has_verb = std::any_of(cards.begin() + static_cast<std::ptrdiff_t>(begin),
                                      cards.begin() + static_cast<std::ptrdiff_t>(end),
                                      [](const ResolvedCard& x) { return x.kind == Kind::verb; });
    switch (c.kind) {
        case Kind::particle:
            return out;  // checked by particle::is_particle
        case Kind::want:
        case Kind::negative:
        case Kind::cannot:
        case Kind::give: {
            out.push_back("");
            if (c.kind == Kind::negative) add(out, "안");
            if (c.kind == Kind::cannot) add(out, "못");
            if (c.kind == Kind::want) {
                add_forms(out, "싶다", level);
                // Someone else's wish: 동생도 가고 싶어 해요.
                for (const std::string& f : forms_at("하다", level, true)) add(out, "싶어 " + f);
            }
            if (c.kind == Kind::give) {
                add_forms(out, "주다", level);
                add_forms(out, "드리다", level);  // to an honoured person: 선생님께 꽃을 드려요
                static constexpr std::array<const char*, 2> kPolite = {"마세요", "말아 주세요"};
                static constexpr std::array<const char*, 2> kPlain = {"마", "말아 줘"};
                for (const char* stop : level == SpeechLevel::plain ? kPlain : kPolite)
                    add(out, stop);  // 꼬집지 마세요
            }
            // (an adjective takes no 싶다 or 주다: 조용하다 음악 싶다 → 조용한 음악 듣고 싶어요)
            // (a verb in another clause of its part is not its own: 아프다 학교 싶다 → 아파서
            // 학교에 가고 싶어요)
            bool own_verb = has_verb;
            if (has_verb) {
                const Structure s = analyse(cards);
                const int k = s.clause_of[static_cast<std::size_t>(index)];
                if (k >= 0) {
                    const int p = s.clauses[static_cast<std::size_t>(k)].predicate;
                    own_verb = p >= 0 && cards[static_cast<std::size_t>(p)].kind == Kind::verb;
                }
            }
            if (!own_verb) {
                for (const std::string& verb : implied_verbs(cards)) {
                    add_forms(out, verb, level);
                    // (forbidden with the 되다 after it: 사탕 안 되다 → 사탕 먹으면 안 돼요)
                    if (c.kind == Kind::negative) add(out, conditional(verb) + " 안");
                    // (someone else's wish, the verb implied: 엄마 가 키위 싶다 → … 보고 싶어 해요)
                    if (c.kind != Kind::want) continue;
                    const auto joined = conjugate::conjugate(verb, conjugate::Form::connective,
                                                             conjugate::Options{});
                    if (!joined) continue;
                    for (const std::string& f : forms_at("하다", level, true))
                        add(out, joined->text + " 싶어 " + f);
                }
            }
            return out;
        }
        case Kind::attempt:
            out.push_back("");  // said with the verb it tries: 신어 봐요
            add_forms(out, "보다", level);
            add(out, asking_leave("보다"));  // 봐도 (돼요?)
            if (std::any_of(cards.begin(), cards.end(),
                            [](const ResolvedCard& x) { return x.has(Flag::doing); })) {
                if (auto m = conjugate::conjugate("보다", conjugate::Form::modifier,
                                                  conjugate::Options{}))
                    add(out, m->text + " 거");  // 입어 보는 거 (도와주세요)
            }
            return out;
        case Kind::permission:
            out.push_back("");
            add_forms(out, "되다", level);
            if (!has_predicate) {
                // 화장실 되다 ? → 화장실 가도 돼요?: the verb the nouns imply, asking leave
                for (const std::string& verb : implied_verbs(cards)) {
                    const std::string leave = asking_leave(verb);
                    if (leave.empty()) continue;
                    for (const std::string& f : forms_at("되다", level, false))
                        add(out, leave + " " + f);
                }
            }
            return out;
        case Kind::question:
            return {"", "?"};
        case Kind::past:
        case Kind::plain_speech:
            return {""};
        case Kind::adverb: {
            out.push_back(c.label);
            // (a hurry tapped again is said once: 빨리 빨리 뛰다 형 → 형, 빨리 뛰어요)
            if (options.collapse_repeats &&
                hurries_again(cards, static_cast<std::size_t>(index), c))
                add(out, "");
            if (c.has(Flag::manner))
                add(out, manner_form(c.lemma));  // 잘하다 → 잘 (던져요)
            else if (c.lemma != c.label)
                add(out, c.lemma);  // 얼마 → 얼마나 (기다려요?)
            if (has_predicate) return out;
            if (c.has(Flag::more) || says_how_much(c)) {
                for (const std::string& f : forms_at("주다", level, false))
                    add(out, c.label + " " + f);  // 물 더 → 물 더 주세요
            }
            if (says_how_much(c)) {
                // how much of something happening, said with its verb: 비 많이 → 비가 많이 와요
                for (const ResolvedCard& x : cards) {
                    if (!x.has(Flag::event) || implied_verb(x).empty()) continue;
                    for (const std::string& f : forms_at(implied_verb(x), level, false))
                        add(out, c.label + " " + f);
                }
            }
            const std::string verb = adverb_verb(c);
            if (verb.empty()) return out;
            if (verb != c.verb || says_how_much(c)) {
                add_forms(out, verb, level);  // 그만 → 그만해요; 숙제 많이 → 숙제가 많아요
            } else {
                for (const std::string& f : forms_at(verb, level, false))
                    add(out, c.label + " " + f);  // 다시 → 다시 해요
                if (level == SpeechLevel::plain)
                    add(out, c.label + " " + stem(verb) + "자");  // 같이 → 같이 하자
            }
            return out;
        }
        case Kind::choice:
            out.push_back(c.label);
            if (c.has(Flag::joins)) {
                // 그리고 between two nouns, said as 랑 or 하고 on the noun before it.
                for (const char* p : {"랑", "이랑", "하고", "와", "과"}) add(out, p);
            }
            return out;
        case Kind::interjection:
            out.push_back(c.label);
            if (level == SpeechLevel::plain && c.entry && !c.entry->plain.empty())
                add(out, std::string(c.entry->plain));  // 안녕하세요 → 안녕
            return out;
        case Kind::connective:
            // 그래서 and 그리고 may be said by the ending before them (늦어서 미안해요).
            if (!c.has(Flag::choice)) return {c.label, ""};
            return {c.label};
        case Kind::determiner:
            if (const std::string_view d = determiner_form(c.label); !d.empty())
                return {c.label, std::string(d)};  // 이 책
            return {c.label};
        case Kind::finished:
            return {c.label};
        case Kind::noun: {
            out.push_back(c.label);
            // Someone tapped again at the start is said once (엄마 엄마 전화 → 엄마, 전화요).
            if (options.collapse_repeats && calls_again(cards, static_cast<std::size_t>(index), c))
                add(out, "");
            for (bool past : {false, true}) {
                for (bool honorific : {false, true}) {
                    if (auto e = copula_ending(c.label, past, level, honorific))
                        add(out, c.label + *e);  // 의사예요, 의사세요
                }
                if (c.label == "누구")  // 이거 누구 거예요?
                    if (auto e = copula_ending("거", past, level)) add(out, c.label + " 거" + *e);
            }
            for (const char* pair : {"이/가", "을/를", "은/는"}) {
                if (auto a = particle::attach(c.label, pair); a && a->fused)
                    add(out, a->stem);  // 내, 이게, 이걸, 이건
            }
            if (c.has(Flag::native)) add(out, native_before_counter(c.label));  // 세 개
            if (c.has(Flag::title)) add(out, c.label + " 선생님");  // 의사 선생님, 고마워요
            // 수영하러 (가요): an activity before a verb of going, as what one goes for.
            if (std::any_of(cards.begin(), cards.end(),
                            [](const ResolvedCard& x) { return x.has(Flag::motion); })) {
                const std::string verb = c.label + implied_verb(c);
                if (!implied_verb(c).empty() && lexicon::find(verb)) {
                    if (auto f = conjugate::conjugate(verb, conjugate::Form::purpose,
                                                      conjugate::Options{}))
                        add(out, f->text);
                }
            }
            if (!has_predicate) {
                // 수영하고, 춤추고: the noun and the verb it implies as one verb
                const bool negated = std::any_of(cards.begin(), cards.end(), [](const auto& x) {
                    return x.kind == Kind::negative || x.kind == Kind::cannot;
                });
                for (const std::string& verb : {std::string("하다"), implied_verb(c)}) {
                    if (verb.empty() || !conjugate::known_class(c.label + verb)) continue;
                    const std::size_t from = out.size();
                    add_forms(out, c.label + verb, level);
                    // (negated between the noun and the verb: 수영 안 하고 (싶어요))
                    for (std::size_t f = from; negated && f < out.size(); ++f) {
                        if (out[f].rfind(c.label, 0) != 0 || out[f].size() == c.label.size() ||
                            out[f][c.label.size()] == ' ')
                            continue;
                        for (const char* no : {" 안 ", " 못 "})
                            add(out, c.label + no + out[f].substr(c.label.size()));
                    }
                    if (const std::string leave = asking_leave(c.label + verb); !leave.empty())
                        add(out, leave);                    // 수영해도 (돼요?)
                    add(out, conditional(c.label + verb));  // 장난하면 (안 돼요)
                }
            }
            if (!has_predicate) {
                // A noun that carries the verb no card says (the rules' verbless sentences): what
                // happens (비 → 비가 와요, 고장 → 고장 났어요), where the child asks to go (화장실
                // → 화장실에 가고 싶어요), what is asked for (물 → 물 주세요), what happens then
                // (오늘 수영장 → 수영장에 가요), who or what is at a place (사촌 집 강아지 → 사촌
                // 집에 강아지가 있어요), what got on a body part or clothes (손 클레이 → 손에
                // 클레이가 묻었어요), what comes then (내일 택배 → 내일 택배가 와요).
                for (const std::string& verb :
                     {implied_verb(c), std::string("주다"), std::string("있다"),
                      std::string(c.has(Flag::stains) ? "묻다" : ""),
                      std::string(c.has(Flag::stains) ? "들어가다" : ""),
                      std::string(c.has(Flag::comes) ? "오다" : "")}) {
                    if (verb.empty()) continue;
                    if (lexicon::find(c.label + " " + verb)) {
                        add_forms(out, c.label + " " + verb, level);
                        continue;
                    }
                    std::vector<std::string> hosts = {c.label};
                    for (const char* pair : {"이/가", "을/를", "에", "은/는"}) {
                        if (auto a = particle::attach(c.label, pair)) hosts.push_back(a->text);
                    }
                    for (const std::string& f : forms_at(verb, level, false)) {
                        for (const std::string& host : hosts) add(out, host + " " + f);
                    }
                }
            }
            // What would help, after how the child feels, is asked for (춥다 담요 → 추우니까 담요
            // 주세요).
            const bool feeling_before =
                std::any_of(cards.begin(), cards.begin() + index,
                            [](const ResolvedCard& x) { return feels(x); }) &&
                std::none_of(cards.begin() + index + 1, cards.end(),
                             [](const ResolvedCard& x) { return x.predicate(); });
            if (has_predicate && feeling_before) {
                for (const std::string& f : forms_at("주다", level, false))
                    add(out, c.label + " " + f);
            }
            if (!has_predicate && c.has(Flag::wh) && c.is_a("time")) {
                // 언제 엄마 → 엄마는 언제 와요?, 체육 언제 → 체육 언제 해요?: the rules' when
                // question carries the verb.
                for (const char* verb : {"오다", "하다"}) {
                    for (const std::string& f : forms_at(verb, level, false))
                        add(out, c.label + " " + f);
                }
            }
            if (!has_predicate && c.label == "어디") {
                // 엄마 어디 → 엄마는 어디 있어요? (할머니는 어디 계세요?): the rules' where-is
                // question.
                for (const char* there : {"있다", "계시다"}) {
                    for (const std::string& f : forms_at(there, level, false))
                        add(out, "어디 " + f);
                }
            }
            if (!has_predicate && (c.has(Flag::number) || c.has(Flag::counter))) {
                // 나 충치 둘 → 나는 충치가 둘 있어요: the rules' having, on the count
                for (const std::string& f : forms_at("있다", level, false))
                    add(out, c.label + " " + f);
            }
            if (c.label == "나" && options.first_person_jeo) {
                for (const char* jeo : {"저", "제"})
                    add(out, jeo);  // a board whose first person is 저
            }
            return out;
        }
        case Kind::copula:
            for (bool past : {false, true}) {
                add(out, copula_alone(past, level));
                add(out, negative_copula(past, level));
            }
            if (has_other_predicate(cards, index)) add(out, "");  // 사과 먹다 이다: left out
            static constexpr std::array<const char*, 2> kPolite = {"예요", "였어요"};
            static constexpr std::array<const char*, 2> kPlain = {"야", "였어"};
            for (const char* e : level == SpeechLevel::plain ? kPlain : kPolite) add(out, e);
            add_forms(out, c.lemma, level);
            return out;
        case Kind::verb:
        case Kind::adjective: {
            const bool before_give =
                std::any_of(cards.begin() + index + 1, cards.end(),
                            [](const ResolvedCard& x) { return x.kind == Kind::give; });
            add_forms(out, c.lemma, level, before_give);
            // (a thing ridden while it happened, or to come: 스키 넘어지다 → 타다가 넘어졌어요,
            // 스키 내려오다 → 타고 내려와요)
            if (const std::string riding = riding_before(c);
                !riding.empty() &&
                std::any_of(cards.begin(), cards.end(), [](const ResolvedCard& x) {
                    return x.kind == Kind::noun && implied_verb(x) == "타다";
                })) {
                for (const std::string& f : forms_at(c.lemma, level, before_give))
                    add(out, riding + " " + f);
            }
            // (asked to be done to the child: 신다 주다 → 신겨 주세요)
            if (before_give && c.kind == Kind::verb && !c.verb.empty() &&
                conjugate::known_class(c.verb))
                add_forms(out, c.verb, level, true);
            add(out, stem(c.lemma) + "지");             // 꼬집지 (마세요)
            add(out, prohibited_stem(c.lemma) + "지");  // 화내지 (마세요)
            if (level == SpeechLevel::plain) add(out, stem(c.lemma) + "자");  // 같이 놀자
            add(out, conditional(c.lemma));  // 만지면 (안 돼요)
            if (c.has(Flag::alongside)) add(out, conditional(c.lemma) + "서");  // 보면서 (건너면)
            if (c.kind == Kind::adjective) {
                add(out, stem(c.lemma) + "게 하면");  // 시끄럽게 하면 (안 돼요)
                // someone else's feeling, said with -어하다: 사촌이 번개를 무서워해요
                if (c.has(Flag::exp)) {
                    if (const std::string felt = felt_by_others(c.lemma); !felt.empty())
                        add_forms(out, felt, level);
                }
            }
            // a reason before a request: 더우니까 (닫아 주세요), 기침이 나니까 (물 주세요),
            // 고장 났으니까 (고쳐 주세요)
            add(out, because(c.lemma));
            if (c.has(Flag::report)) add(out, because_past(c.lemma));
            add(out, "안 " + because(c.lemma));  // 안 더우니까, its 안 card not right before it
            if (const std::string leave = asking_leave(c.lemma); !leave.empty()) {
                add(out, leave);  // 타도 (돼요)
                add(out, "안 " + leave);
            }
            // (An elder's leave asked, honoured: 할머니가 드셔도 돼요?)
            if (std::any_of(cards.begin(), cards.end(),
                            [](const ResolvedCard& x) { return x.elder; })) {
                conjugate::Options honoured;
                honoured.honorific = true;
                if (auto h = conjugate::conjugate(c.lemma, conjugate::Form::infinitive, honoured))
                    add(out, h->text + "도");  // 할머니가 드셔도 (돼요)
            }
            if (const std::string joined = joined_with_give(c.lemma); !joined.empty())
                add_forms(out, joined, level);
            // A favour thanked for: 기다리다 고맙다 → 기다려 줘서 (고마워요).
            if (std::any_of(cards.begin() + index + 1, cards.end(),
                            [](const ResolvedCard& x) { return x.has(Flag::favour); })) {
                if (auto inf = conjugate::conjugate(c.lemma, conjugate::Form::infinitive,
                                                    conjugate::Options{})) {
                    for (const std::string& f : forms_at("주다", level, false))
                        add(out, inf->text + " " + f);
                }
            }
            if (c.has(Flag::give)) {
                add_forms(out, "드리다", level);   // 할머니께 사과를 드려요
                add(out, asking_leave("드리다"));  // 선생님께 드려도 (돼요?)
            }
            // Tried, with 보다 right after it: 신어 봐요, 신어 봐도 (돼요?).
            if (c.kind == Kind::verb && static_cast<std::size_t>(index) + 1 < cards.size() &&
                cards[static_cast<std::size_t>(index) + 1].kind == Kind::attempt) {
                if (auto inf = conjugate::conjugate(c.lemma, conjugate::Form::infinitive,
                                                    conjugate::Options{})) {
                    const std::string tried = inf->text + " 보다";
                    add(out, inf->text);  // (봐요 on the 보다 card)
                    add(out, "안 " + inf->text);
                    add(out, "못 " + inf->text);
                    add_forms(out, tried, level);
                    conjugate::Options honoured;
                    honoured.honorific = true;
                    if (auto h =
                            conjugate::conjugate(c.lemma, conjugate::Form::infinitive, honoured)) {
                        add(out, h->text);  // 드셔 (보세요 on the 보다 card)
                        add_forms(out, h->text + " 보다", level);  // 드셔 보세요
                    }
                    if (const std::string leave = asking_leave(tried); !leave.empty()) {
                        add(out, leave);  // 신어 봐도 (돼요?)
                        add(out, "안 " + leave);
                    }
                }
            }
            // The object of a verb whose object may be an action: 그리는 거 (좋아해요).
            if (c.kind == Kind::verb &&
                std::any_of(cards.begin(), cards.end(), [&](const ResolvedCard& x) {
                    return &x != &c && x.has(Flag::doing);
                })) {
                if (auto m = conjugate::conjugate(c.lemma, conjugate::Form::modifier,
                                                  conjugate::Options{}))
                    add(out, m->text + " 거");
            }
            return out;
        }
    }
    return out;
}

}  // namespace malmoi::predicate
