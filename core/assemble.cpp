#include "assemble.hpp"

#include <algorithm>
#include <optional>

#include "conjugate.hpp"
#include "particle.hpp"
#include "reading.hpp"

namespace malmoi {

namespace {

using lexicon::Role;
using lexicon::Slot;

// The particle each frame role takes. Companions take 이랑/랑, the spoken form children use.
const char* particle_of(Role role) {
    switch (role) {
        case Role::subject: return "이/가";
        case Role::object: return "을/를";
        case Role::destination: return "에";
        case Role::at: return "에";
        case Role::place: return "에서";
        case Role::source: return "에서";
        case Role::instrument: return "(으)로";
        case Role::direction: return "(으)로";
        case Role::companion: return "이랑/랑";
        case Role::recipient: return "한테";
        case Role::complement: return "이/가";  // 의사가 돼요; the copula's own noun is handled apart
    }
    return "";
}

// Frames for verbs and adjectives the lexicon does not know: a verb takes a person as its subject
// and anything else as its object; an adjective takes anything as its subject.
const std::vector<Slot>& default_frame(Kind kind) {
    static const std::vector<Slot> verb = {{Role::subject, {"person", "animal"}, false},
                                           {Role::object, {}, true}};
    static const std::vector<Slot> adjective = {{Role::subject, {}, true}};
    return kind == Kind::adjective ? adjective : verb;
}

// Particles that may stand for a subject or an object without being wrong: 사과도, 사과만, 사과는.
bool is_focus_particle(std::string_view p) {
    for (const char* focus : {"은/는", "도", "만", "까지", "부터", "조차", "마저", "요", "밖에", "뿐",
                              "이나/나", "이라도/라도"}) {
        if (particle::same_particle(p, focus)) return true;
    }
    return false;
}

bool any_of_particles(std::string_view p, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        if (particle::same_particle(p, name)) return true;
    }
    return false;
}

struct Modifiers {
    int want = -1;     // 싶다 card
    int give = -1;     // 주다 card after the verb
    int negative = -1; // 안 or 못 card
    bool cannot = false;
};

class Assembler {
public:
    explicit Assembler(std::vector<ResolvedCard> cards) : cards_(std::move(cards)) {
        const std::size_t n = cards_.size();
        words_.resize(n);
        inserts_.resize(n);
        role_of_.resize(n);
        mods_.resize(n);
        for (std::size_t i = 0; i < n; ++i) words_[i] = cards_[i].label;
    }

    Completion run() {
        find_predicates();
        attach_grammar();
        assign_roles();
        reconcile_particle_cards();
        insert_particles();
        conjugate_predicates();
        place_question();
        return finish();
    }

private:
    int size() const { return static_cast<int>(cards_.size()); }
    const ResolvedCard& card(int i) const { return cards_[static_cast<std::size_t>(i)]; }
    bool is_noun(int i) const { return i >= 0 && i < size() && card(i).kind == Kind::noun; }

    void warn(std::string code, std::string message, int card_index = -1) {
        warnings_.push_back(Warning{std::move(code), std::move(message), card_index});
    }
    void lower(Confidence c) {
        if (static_cast<int>(c) > static_cast<int>(confidence_)) confidence_ = c;
    }

    // ---- 1. predicates ------------------------------------------------------------------------
    void find_predicates() {
        for (int i = 0; i < size(); ++i) {
            if (card(i).predicate()) predicates_.push_back(i);
            if (card(i).kind == Kind::past || card(i).has("past")) past_ = true;
            if (card(i).kind == Kind::question) question_ = true;
        }
        if (!predicates_.empty()) main_ = predicates_.back();
    }

    // The predicate a noun belongs to: the first one after it; a noun after the last verb
    // belongs to the last one.
    int owner_of(int i) const {
        for (int p : predicates_) {
            if (p > i) return p;
        }
        return main_;
    }

    int nearest_predicate(int from, int step) const {
        for (int i = from + step; i >= 0 && i < size(); i += step) {
            if (card(i).predicate()) return i;
        }
        return -1;
    }

    // ---- 2. grammar cards attach to the verb they modify ----------------------------------------
    void attach_grammar() {
        for (int i = 0; i < size(); ++i) {
            const Kind k = card(i).kind;
            if (k == Kind::want || k == Kind::give) {
                int target = nearest_predicate(i, -1);
                if (target < 0) target = nearest_predicate(i, +1);
                if (target < 0) {
                    if (k == Kind::give) {
                        noun_request_ = true;  // 물 주세요: asking for the thing
                        words_[i] = "주세요";
                    } else {
                        words_[i].clear();
                        warn("grammar_without_verb", "'" + card(i).label + "' needs a verb before it", i);
                        lower(Confidence::low);
                    }
                    continue;
                }
                (k == Kind::want ? mods_[target].want : mods_[target].give) = i;
            } else if (k == Kind::negative || k == Kind::cannot) {
                int target = nearest_predicate(i, +1);
                if (target < 0) target = nearest_predicate(i, -1);
                if (target < 0) {
                    warn("grammar_without_verb", "'" + card(i).label + "' needs a verb after it", i);
                    lower(Confidence::low);
                    continue;
                }
                mods_[target].negative = i;
                mods_[target].cannot = k == Kind::cannot;
            } else if (k == Kind::past) {
                words_[i].clear();  // 했어요 puts the verb in the past and says nothing itself
            }
        }
        if (main_ >= 0) {
            const ResolvedCard& m = card(main_);
            const Modifiers& mod = mods_[main_];
            // 주다 and 도와주다 alone ask (우유 주세요), unless the speaker is the topic and gives to
            // someone else (나 동생 장난감 주다 → 나는 동생한테 장난감을 줘요).
            const int first = first_noun_index();
            const bool speaker_topic = first >= 0 && card(first).has("topic");
            bool someone_else = false;
            for (int i = 0; i < size(); ++i) someone_else = someone_else || (is_noun(i) && i != first && card(i).is_a("person"));
            request_ = mod.give >= 0 || (m.has("request") && mod.want < 0 && mod.negative < 0 && !past_ &&
                                         !question_ && !(speaker_topic && someone_else));
            speaker_oriented_ = request_ || mod.want >= 0;
        }
        if (noun_request_ && main_ < 0) {
            request_ = true;
            speaker_oriented_ = true;
        }
    }

    // ---- 3. roles --------------------------------------------------------------------------------
    struct Choice {
        std::string role;      // empty until decided
        std::string particle;
        std::string source;
        int slot = -1;
        bool keep_child = false;  // the child's particle card stays (allomorph aside)
    };

    static bool slot_names(const Slot& slot, const ResolvedCard& noun) {
        for (const auto& c : slot.classes) {
            if (noun.is_a(c)) return true;
        }
        return false;
    }

    const std::vector<Slot>& frame_of(int p) const {
        const ResolvedCard& pred = card(p);
        return pred.entry && !pred.entry->frame.empty() ? pred.entry->frame : default_frame(pred.kind);
    }

    Choice slot_choice(int p, int s, const char* source) const {
        const Slot& slot = frame_of(p)[static_cast<std::size_t>(s)];
        std::string name = particle_of(slot.role);
        // Asking for a thing names it bare: 우유 주세요.
        if (request_ && slot.role == Role::object && card(p).has("give")) name.clear();
        return Choice{lexicon::to_string(slot.role), name, source, s};
    }

    int first_noun_index() const {
        for (int i = 0; i < size(); ++i) {
            if (is_noun(i) && !card(i).is_a("time")) return i;
            if (is_noun(i)) continue;
            if (card(i).kind != Kind::adverb && card(i).kind != Kind::interjection) return -1;
        }
        return -1;
    }

    // The next card that is not a particle or a negation card.
    int next_content(int i) const {
        for (int k = i + 1; k < size(); ++k) {
            const Kind kind = card(k).kind;
            if (kind != Kind::particle && kind != Kind::negative && kind != Kind::cannot) return k;
        }
        return -1;
    }

    bool has_particle_card(int i) const { return i + 1 < size() && card(i + 1).kind == Kind::particle; }

    // 같이 or 함께 right after a person: a companion (엄마 같이 가다 → 엄마랑 같이 가요).
    bool before_together(int i) const {
        return i + 1 < size() && (card(i + 1).label == "같이" || card(i + 1).label == "함께");
    }

    // A person right before a body part owns it (엄마 손), and before 집 too unless the child lives
    // with them (할머니 집 → 할머니 집에 가요; 엄마 집 → 엄마가 집에 가요).
    bool owns_next(int i) const {
        const ResolvedCard& noun = card(i);
        if (!noun.is_a("person") || noun.pronoun || !is_noun(i + 1)) return false;
        const ResolvedCard& next = card(i + 1);
        return next.is_a("body") || (next.label == "집" && !noun.has("household"));
    }

    // Time words and pronouns are never joined with 이랑: 아침 사과 먹다 is 아침에 사과를 먹어요, and
    // 친구 나 때리다 is 친구가 나를 때려요.
    static bool joinable(const ResolvedCard& c) { return !c.is_a("time") && !c.pronoun; }

    // Two adjacent nouns of one class name one argument together, joined by 이랑 (엄마 아빠 오다 →
    // 엄마랑 아빠가 와요; 김밥 라면 → 김밥이랑 라면을).
    static bool same_class(const ResolvedCard& a, const ResolvedCard& b) {
        for (const auto& c : a.classes) {
            if (b.is_a(c)) return true;
        }
        return a.classes.empty() && b.classes.empty();
    }

    // A noun left without a slot joins the noun before it when they can be one argument: things
    // with things (빵 우유 주다 → 빵이랑 우유 주세요), or a word the lexicon does not know with a
    // thing (사과 키위 먹다).
    static bool coordinable(const ResolvedCard& a, const ResolvedCard& b) {
        if (same_class(a, b)) return true;
        const auto thing = [](const ResolvedCard& c) {
            if (c.classes.empty()) return true;
            for (const char* k : {"food", "drink", "toy", "thing", "tool", "clothing", "media", "furniture"}) {
                if (c.is_a(k)) return true;
            }
            return false;
        };
        return thing(a) && thing(b);
    }

    // Counters (개, 명, 마리 …) after a number: 개 is then no dog but a count.
    bool is_number(int i) const {
        if (i < 0 || i >= size()) return false;
        if (card(i).has("number")) return true;  // 하나, 두, 세 (두 and 세 are determiners)
        const std::string& label = card(i).label;
        return is_noun(i) && !label.empty() && label.find_first_not_of("0123456789,.") == std::string::npos;
    }
    bool is_counter(int i) const {
        static const std::vector<std::string_view> kCounters = {
            "개", "명", "마리", "살", "번", "장", "잔", "병", "권", "층", "시", "분", "원",
            "개월", "년", "대", "켤레", "송이", "그릇", "조각", "봉지", "컵"};
        return i > 0 && is_number(i - 1) && is_noun(i) &&
               std::find(kCounters.begin(), kCounters.end(), card(i).label) != kCounters.end();
    }

    void assign_roles() {
        role_of_.assign(cards_.size(), Choice{});
        for (int i = 0; i < size(); ++i) {
            if (is_counter(i)) cards_[static_cast<std::size_t>(i)].classes.clear();  // a count has no class
        }
        const int first = first_noun_index();
        for (int i = 0; i < size(); ++i) {
            if (is_noun(i) && !card(i).known) {
                warn("unknown_word", "'" + card(i).label + "' is not in the lexicon; its role comes from the verb", i);
            }
            if (!is_noun(i)) continue;
            if (auto sound = reading::final_sound(card(i).label); sound && sound->guessed) {
                warn("guessed_reading", "the last sound of '" + card(i).label + "' was guessed from its spelling", i);
                lower(Confidence::medium);
            }
        }
        if (predicates_.empty()) {
            for (int i = 0; i < size(); ++i) {
                if (!is_noun(i)) continue;
                role_of_[i] = Choice{"none", "", "fallback"};
                if (i == 0 && noun_request_ && card(i).is_a("person") && !card(i).pronoun && !has_particle_card(i)) {
                    role_of_[i] = Choice{"vocative", "", "vocative"};
                }
            }
            if (!noun_request_) {
                warn("no_verb", "there is no verb; the words are shown as they are");
                lower(Confidence::low);
            }
            return;
        }
        for (int p : predicates_) assign_clause(p, first);
    }

    void assign_clause(int p, int first) {
        const ResolvedCard& pred = card(p);
        const std::vector<Slot>& frame = frame_of(p);
        std::vector<bool> taken(frame.size(), false);
        const auto take_role = [&](Role role) {
            for (std::size_t s = 0; s < frame.size(); ++s) {
                if (frame[s].role == role) taken[s] = true;
            }
        };
        // Who wants or asks is the speaker or the listener, never said: the subject is taken.
        if (p == main_ && speaker_oriented_ && pred.kind == Kind::verb) take_role(Role::subject);

        std::vector<int> open;  // nouns still without a role, in order
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i) || owner_of(i) != p) continue;
            Choice& c = role_of_[i];
            const ResolvedCard& noun = card(i);
            if (noun.has("bare")) {
                c = {"none", "", "frame"};  // 오늘, 어제, 뭐
                continue;
            }
            // A number before its counter stands bare (3 개); so does the count after a noun that
            // takes the role itself (사과 3 개 주세요, 사과를 3 개 먹어요).
            const bool after_noun = i >= 2 && is_noun(i - 2) && !is_number(i - 2) && owner_of(i - 2) == p;
            if ((i + 1 < size() && is_counter(i + 1)) || (is_counter(i) && after_noun)) {
                c = {"none", "", "quantity"};
                continue;
            }
            if (pred.kind == Kind::copula) {
                if (next_content(i) == p) {
                    const bool negative = pred.lemma == "아니다" || mods_[p].negative >= 0;
                    c = {"comp", negative ? "이/가" : "", "copula"};
                } else if (i == first) {
                    c = {"topic", "은/는", "topic"};
                } else {
                    c = {"subj", "이/가", "copula"};
                }
                continue;
            }
            // A pronoun that is not the speaker is what an adjective describes: 너 좋다 → 네가 좋아요.
            const bool describes = pred.kind == Kind::adjective && !noun.has("speaker");
            if (i == first && noun.has("topic") && !request_ && !describes) {
                // 나는, 저는: the first-card pronoun is the topic; for a verb it is also the subject.
                c = {"topic", "은/는", "topic"};
                if (pred.kind == Kind::verb && !pred.has("exp")) take_role(Role::subject);
                continue;
            }
            if (i == first && request_ && noun.is_a("person") && !noun.pronoun && !has_particle_card(i) &&
                !before_together(i)) {
                c = {"vocative", "", "vocative"};  // 엄마, 도와주세요
                continue;
            }
            if (has_particle_card(i) && claim_by_particle(i, frame, taken)) continue;
            if (owns_next(i) && owner_of(i + 1) == p) {
                c = {"poss", "", "possessive"};  // 엄마 손 잡다 → 엄마 손을 잡아요
                continue;
            }
            if (before_together(i) && (noun.is_a("person") || noun.is_a("animal") || !noun.known)) {
                c = {"with", particle_of(Role::companion), "frame"};
                for (std::size_t s = 0; s < frame.size(); ++s) {
                    if (frame[s].role == Role::companion && !taken[s]) {
                        taken[s] = true;
                        c.slot = static_cast<int>(s);
                        break;
                    }
                }
                continue;
            }
            open.push_back(i);
        }

        // Runs of adjacent nouns of one class name one argument together: only the last takes a slot.
        std::vector<int> heads;
        for (std::size_t k = 0; k < open.size(); ++k) {
            const int i = open[k];
            const bool joins_next = k + 1 < open.size() && open[k + 1] == i + 1 && joinable(card(i)) &&
                                    joinable(card(i + 1)) && same_class(card(i), card(i + 1));
            if (joins_next) {
                role_of_[i] = {"coord", "이랑/랑", "coordination"};
            } else {
                heads.push_back(i);
            }
        }
        // Give each head the slot naming its class, so that as many as possible get one (물 손 씻다:
        // 손 is the object, so 물 moves on to the instrument: 물로 손을 씻어요).
        std::vector<int> current(heads.size(), -1);
        Placement placement;
        search_slots(frame, taken, heads, 0, 0, current, placement);
        const std::vector<int>& best = placement.slots;
        std::vector<int> leftovers;
        for (std::size_t h = 0; h < heads.size(); ++h) {
            if (best[h] >= 0) {
                taken[static_cast<std::size_t>(best[h])] = true;
                role_of_[heads[h]] = slot_choice(p, best[h], "frame");
            } else {
                leftovers.push_back(heads[h]);
            }
        }
        for (int i : leftovers) {
            const ResolvedCard& noun = card(i);
            if (noun.is_a("time")) {
                role_of_[i] = {"time", noun.has("at") ? "에" : "", "time"};  // 아침에, 오늘
                continue;
            }
            int s = -1;
            for (std::size_t k = 0; k < frame.size() && s < 0; ++k) {
                if (!taken[k] && frame[k].open) s = static_cast<int>(k);
            }
            if (s >= 0) {
                taken[static_cast<std::size_t>(s)] = true;
                role_of_[i] = slot_choice(p, s, "open");
                // A word the lexicon does not know takes the open slot: that is what it is for.
                // A known word of a class the slot does not name (책 before 먹다) is less sure.
                if (!noun.known || !frame[static_cast<std::size_t>(s)].classes.empty()) lower(Confidence::medium);
                continue;
            }
            // No slot left: join the noun before it when the two can be one argument.
            const int before = i - 1;
            if (before >= 0 && is_noun(before) && owner_of(before) == p && role_of_[before].slot >= 0 &&
                !has_particle_card(before) && joinable(card(before)) && joinable(noun) &&
                coordinable(card(before), noun)) {
                role_of_[i] = role_of_[before];
                role_of_[i].source = "coordination";
                role_of_[before] = {"coord", "이랑/랑", "coordination"};
                if (!noun.known) lower(Confidence::medium);
                continue;
            }
            // Nothing in the frame: an adjunct any verb can take, by the noun's class — a place is
            // where it happens (병원에서), a direction where it goes (오른쪽으로), a tool or a vehicle
            // what it is done with (아이패드로); a person is the subject if that is free. Anything
            // else stands bare: no particle is less wrong than a wrong one.
            role_of_[i] = adjunct(p, noun, frame, taken);
            warn("no_role", "the rules found no sure role for '" + noun.label + "' with '" + pred.lemma + "'", i);
            lower(Confidence::low);
        }
    }

    Choice adjunct(int p, const ResolvedCard& noun, const std::vector<Slot>& frame, std::vector<bool>& taken) const {
        const bool action = card(p).kind == Kind::verb && !card(p).has("exp");
        if (noun.is_a("direction") && action) return {"dir", "(으)로", "fallback"};
        if (noun.is_a("place") || noun.is_a("direction")) {
            return action ? Choice{"loc", "에서", "fallback"} : Choice{"at", "에", "fallback"};
        }
        if ((noun.is_a("tool") || noun.is_a("vehicle")) && action) return {"instr", "(으)로", "fallback"};
        if (noun.is_a("person") || noun.is_a("animal")) {
            for (std::size_t k = 0; k < frame.size(); ++k) {
                if (!taken[k] && frame[k].role == Role::subject && !topic_taken_subject(p) && !speaker_oriented_) {
                    taken[k] = true;
                    return {"subj", "이/가", "fallback", static_cast<int>(k)};
                }
            }
            if (action) return {"with", "이랑/랑", "fallback"};
        }
        return {"none", "", "fallback"};
    }

    bool topic_taken_subject(int p) const {
        for (int i = 0; i < size(); ++i) {
            if (is_noun(i) && owner_of(i) == p && role_of_[i].role == "topic") return true;
        }
        return false;
    }

    // Where a role stands in a plain Korean sentence: the subject first, the object last.
    static int canonical_rank(Role role) {
        switch (role) {
            case Role::subject: return 0;
            case Role::object: return 2;
            case Role::complement: return 3;
            default: return 1;
        }
    }

    struct Placement {
        int score = -1;       // two points per noun in a slot naming its class, one less for a time word
        int inversions = 0;   // pairs of nouns in an order Korean would not put their roles
        std::vector<int> slots;
    };

    // Depth-first over the heads: each takes a free slot naming one of its classes, or none. The
    // best placement puts the most nouns in slots that name them, prefers leaving a time word free
    // (아침 사과 먹다: 사과 is the object, 아침 a time), then follows the plain word order (친구 나
    // 때리다: 친구 subject, 나 object); among equals the earlier noun gets the earlier slot (the
    // frame lists slots in order of preference).
    void search_slots(const std::vector<Slot>& frame, std::vector<bool>& taken, const std::vector<int>& heads,
                      std::size_t h, int score, std::vector<int>& current, Placement& best) const {
        if (h == heads.size()) {
            int inversions = 0;
            for (std::size_t a = 0; a < heads.size(); ++a) {
                for (std::size_t b = a + 1; b < heads.size(); ++b) {
                    if (current[a] < 0 || current[b] < 0) continue;
                    inversions += canonical_rank(frame[static_cast<std::size_t>(current[a])].role) >
                                  canonical_rank(frame[static_cast<std::size_t>(current[b])].role);
                }
            }
            if (score > best.score || (score == best.score && inversions < best.inversions)) {
                best = Placement{score, inversions, current};
            }
            return;
        }
        if (score + 2 * static_cast<int>(heads.size() - h) < best.score) return;  // cannot win
        const ResolvedCard& noun = card(heads[h]);
        for (std::size_t s = 0; s < frame.size(); ++s) {
            if (taken[s] || !slot_names(frame[s], noun)) continue;
            taken[s] = true;
            current[h] = static_cast<int>(s);
            search_slots(frame, taken, heads, h + 1, score + (noun.is_a("time") ? 1 : 2), current, best);
            taken[s] = false;
            current[h] = -1;
        }
        search_slots(frame, taken, heads, h + 1, score, current, best);
    }

    // A particle the child tapped after a noun names its role when the verb has a free slot with
    // that particle that takes the noun (엄마 이랑 가다 → 엄마랑 가요); otherwise the rules decide and
    // the card is corrected or replaced (사과 가 먹다 → 사과를 먹어요).
    bool claim_by_particle(int i, const std::vector<Slot>& frame, std::vector<bool>& taken) {
        const std::string& child = card(i + 1).label;
        Choice& c = role_of_[i];
        const int after = next_content(i + 1);
        if (after >= 0 && is_noun(after) && any_of_particles(child, {"와/과", "하고", "이랑/랑"})) {
            c = {"coord", child, "particle_card", -1, true};  // 빵 하고 우유 → 빵하고 우유
            return true;
        }
        for (std::size_t s = 0; s < frame.size(); ++s) {
            if (taken[s]) continue;
            const NounRole as_slot{i, lexicon::to_string(frame[s].role), particle_of(frame[s].role), "frame"};
            if (!particle_fits(child, as_slot) || particle_of(frame[s].role)[0] == '\0') continue;
            if (!(slot_names(frame[s], card(i)) || frame[s].open)) continue;
            taken[s] = true;
            c = Choice{as_slot.role, child, "particle_card", static_cast<int>(s), true};
            return true;
        }
        if (is_focus_particle(child)) {
            // 사과도, 밥은: the role comes from the frame; the child's particle stays.
            c.keep_child = true;
        }
        return false;
    }

    // ---- 4. particles the child tapped -----------------------------------------------------------
    void reconcile_particle_cards() {
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind != Kind::particle) continue;
            const int host = i - 1;
            if (host >= 0 && card(host).kind == Kind::particle) {
                // A second particle (학교 에 는): right form after the particle before it.
                if (auto a = particle::attach(words_[host], card(i).label)) words_[i] = a->particle;
                continue;
            }
            if (!is_noun(host)) {
                words_[i].clear();
                warn("stray_particle", "the particle '" + card(i).label + "' has no noun before it", i);
                lower(Confidence::low);
                continue;
            }
            Choice& role = role_of_[host];
            std::string chosen = card(i).label;
            const bool fits = role.keep_child || role.source == "fallback" ||
                              particle_fits(chosen, NounRole{host, role.role, role.particle, role.source});
            if (!fits) {
                if (role.particle.empty()) {
                    words_[i].clear();
                    warn("particle_replaced", "'" + card(host).label + "' takes no particle here", i);
                    continue;
                }
                warn("particle_replaced", "'" + chosen + "' after '" + card(host).label + "' became '" +
                                              role.particle + "' (" + role.role + ")", i);
                chosen = role.particle;
            }
            auto a = particle::attach(card(host).label, chosen);
            if (!a) continue;  // an unreadable word: the child's card stays as it is
            if (fits && a->particle != card(i).label) {
                warn("particle_corrected", "'" + card(i).label + "' after '" + card(host).label + "' is '" +
                                               a->particle + "'", i);
            }
            words_[i] = a->particle;  // "" when the noun took it in: 이거 가 → 이게
            if (a->fused) words_[host] = a->stem;
            role.particle = chosen;
            if (fits) role.source = "particle_card";
        }
    }

    // ---- 5. particles the rules insert ------------------------------------------------------------
    void insert_particles() {
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            if (i + 1 < size() && card(i + 1).kind == Kind::particle) continue;  // the child's own
            const Choice& role = role_of_[i];
            if (role.role == "vocative") {
                inserts_[i].push_back(",");
                continue;
            }
            if (role.particle.empty()) continue;
            auto a = particle::attach(card(i).label, role.particle);
            if (!a) {
                warn("unreadable_word", a.error().message, i);
                lower(Confidence::low);
                continue;
            }
            if (!a->particle.empty()) inserts_[i].push_back(a->particle);
            if (a->fused) words_[i] = a->stem;
        }
    }

    // ---- 6. verbs ----------------------------------------------------------------------------------
    std::string conjugated(const ResolvedCard& c, conjugate::Form form, int card_index) {
        auto r = conjugate::conjugate(c.lemma, form);
        if (!r) {
            warn("unreadable_word", r.error().message, card_index);
            lower(Confidence::low);
            return c.label;
        }
        if (r->guessed && !guessed_warned_[static_cast<std::size_t>(card_index)]) {
            guessed_warned_[static_cast<std::size_t>(card_index)] = true;
            warn("guessed_conjugation", "'" + c.lemma + "' is not in the conjugation table; its class was guessed",
                 card_index);
            lower(Confidence::medium);
        }
        return r->text;
    }

    static std::string to_cannot(const std::string& negative, const std::string& positive) {
        // 안 먹어요 → 못 먹어요; 공부 안 해요 → 공부 못 해요; 몰라요 (no 안) → 못 + the positive form.
        if (negative.rfind("안 ", 0) == 0) return "못 " + negative.substr(std::string("안 ").size());
        if (const auto at = negative.find(" 안 "); at != std::string::npos) {
            return negative.substr(0, at) + " 못 " + negative.substr(at + std::string(" 안 ").size());
        }
        return "못 " + positive;
    }

    // Puts a negation that stands before the verb (안 먹어요) on the 안 card when it is right before
    // the verb, and in the verb's own word otherwise (공부 안 해요, 몰라요, or 안 tapped after it).
    void place_negation(int p, const std::string& negated) {
        const int n = mods_[p].negative;
        const std::string marker = mods_[p].cannot ? "못 " : "안 ";
        if (n == p - 1 && negated.rfind(marker, 0) == 0) {
            words_[n] = marker.substr(0, marker.size() - 1);
            words_[p] = negated.substr(marker.size());
        } else {
            words_[n].clear();
            words_[p] = negated;
        }
    }

    void conjugate_predicates() {
        guessed_warned_.assign(cards_.size(), false);
        using conjugate::Form;
        for (int p : predicates_) {
            const ResolvedCard& v = card(p);
            const Modifiers& mod = mods_[p];
            const bool is_main = p == main_;
            if (v.kind == Kind::copula) {
                conjugate_copula(p);
                continue;
            }
            if (v.kind == Kind::adjective && (mod.want >= 0 || mod.give >= 0)) {
                for (int g : {mod.want, mod.give}) {
                    if (g < 0) continue;
                    words_[g].clear();
                    warn("grammar_without_verb", "'" + card(g).label + "' goes with a verb, not '" + v.lemma + "'", g);
                    lower(Confidence::low);
                }
            }
            const Form clause_form = is_main ? (past_ ? Form::polite_past : Form::polite_present) : Form::connective;
            const auto plain_form = [&] { return is_main ? conjugated(v, clause_form, p) : joining_form(v, p); };
            if (mod.want >= 0 && v.kind == Kind::verb) {
                words_[p] = conjugated(v, Form::connective, p);
                words_[mod.want] = conjugated(lemma_card("싶다"), clause_form, mod.want);
                if (mod.negative >= 0) place_negation(p, (mod.cannot ? "못 " : "안 ") + words_[p]);
                continue;
            }
            if (const std::string joined = joined_with_give(v.lemma); mod.give >= 0 && !joined.empty()) {
                // 도와주다 is one word: 돕다 주다 → 도와주세요, the 주다 card joins it.
                words_[p] = conjugated(lemma_card(joined.c_str()), !is_main ? Form::connective : past_ ? Form::polite_past : Form::request, p);
                words_[mod.give].clear();
                continue;
            }
            if (mod.give >= 0 && v.kind == Kind::verb) {
                words_[p] = conjugated(v, Form::infinitive, p);
                const Form give_form = !is_main ? Form::connective : past_ ? Form::polite_past : Form::request;
                words_[mod.give] = conjugated(lemma_card("주다"), give_form, mod.give);
                if (mod.negative >= 0) place_negation(p, (mod.cannot ? "못 " : "안 ") + words_[p]);
                continue;
            }
            if (is_main && request_ && v.has("request")) {
                words_[p] = conjugated(v, Form::request, p);  // 주세요, 도와주세요
                continue;
            }
            if (mod.negative >= 0) {
                const std::string positive = plain_form();
                std::string negated;
                if (is_main) {
                    negated = conjugated(v, past_ ? Form::negative_past : Form::negative, p);
                } else {
                    negated = "안 " + positive;
                }
                if (mod.cannot) negated = to_cannot(negated, positive);
                place_negation(p, negated);
                continue;
            }
            words_[p] = plain_form();
        }
    }

    // How a predicate before another one joins it: a verb before an adjective of liking or ease
    // takes -기 (가다 싫다 → 가기 싫어요), an adjective gives a reason with -아서 (배부르다 먹다 →
    // 배불러서 먹어요), a verb of going or sitting is followed in time with -아서 (가서 놀아요), and
    // any other verb joins with -고 (먹고 자요).
    std::string joining_form(const ResolvedCard& v, int p) {
        int next = -1;
        for (int q : predicates_) {
            if (q > p) {
                next = q;
                break;
            }
        }
        if (v.kind == Kind::verb && next >= 0 && next_content(p) == next && card(next).has("gi")) {
            return conjugated(v, conjugate::Form::nominal, p);
        }
        if (v.kind == Kind::adjective || v.has("seo")) return conjugated(v, conjugate::Form::sequential, p);
        return conjugated(v, conjugate::Form::connective, p);
    }

    static ResolvedCard lemma_card(const char* lemma) {
        ResolvedCard c;
        c.label = lemma;
        c.lemma = lemma;
        c.kind = Kind::verb;
        c.known = true;
        return c;
    }

    void conjugate_copula(int p) {
        const ResolvedCard& v = card(p);
        const Modifiers& mod = mods_[p];
        const bool negative = v.lemma == "아니다" || mod.negative >= 0;
        if (mod.negative >= 0) words_[mod.negative].clear();  // 안 + 이다 is 아니에요
        if (negative) {
            words_[p] = past_ ? "아니었어요" : "아니에요";
            return;
        }
        // 이에요/예요 after the complement, chosen by its sound like a particle.
        int complement = -1;
        for (int i = p - 1; i >= 0; --i) {
            if (is_noun(i)) {
                complement = i;
                break;
            }
            if (card(i).kind != Kind::particle) break;
        }
        const char* ending = past_ ? "이었어요/였어요" : "이에요/예요";
        if (complement < 0) {
            words_[p] = past_ ? "이었어요" : "이에요";
            return;
        }
        const int last = (complement + 1 < size() && card(complement + 1).kind == Kind::particle) ? complement + 1 : complement;
        if (auto a = particle::attach(words_[last], ending)) {
            words_[p] = a->particle;
        } else {
            words_[p] = past_ ? "이었어요" : "이에요";
        }
    }

    // ---- 7. the question mark ---------------------------------------------------------------------
    void place_question() {
        int last_question = -1;
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind == Kind::question) last_question = i;
        }
        if (last_question < 0) return;
        // "?" stands as the last word; a "?" tapped earlier moves to the end of the sentence.
        for (int i = 0; i < size(); ++i) {
            if (card(i).kind == Kind::question && i != size() - 1) words_[i].clear();
        }
        if (card(size() - 1).kind == Kind::question) {
            words_[size() - 1] = "?";
            return;
        }
        inserts_[size() - 1].push_back("?");
    }

    // ---- 8. Edits, rendering, confidence ------------------------------------------------------------
    Completion finish() {
        Completion out;
        int index = 0;
        for (int i = 0; i < size(); ++i) {
            if (words_[i] != card(i).label) out.edits.transformed_words.push_back(EditWord{index, words_[i]});
            ++index;
            for (const std::string& word : inserts_[i]) out.edits.insert_words.push_back(EditWord{index++, word});
        }
        for (int i = 0; i < size(); ++i) {
            if (!is_noun(i)) continue;
            const Choice& c = role_of_[i];
            out.roles.push_back(NounRole{i, c.role, c.particle, c.source});
        }
        auto rendered = render(cards_, out.edits);
        if (rendered) out.rendered = std::move(rendered).value();  // the rules' own edits always place
        for (const auto& c : cards_) {
            if ((c.predicate() || c.kind == Kind::noun) && !c.known) lower(Confidence::medium);
        }
        if (main_ >= 0 && card(main_).kind == Kind::noun) lower(Confidence::low);
        out.cards = std::move(cards_);
        out.confidence = confidence_;
        out.warnings = std::move(warnings_);
        return out;
    }

    std::vector<ResolvedCard> cards_;
    std::vector<std::string> words_;         // each card's final word ("" when absorbed)
    std::vector<std::vector<std::string>> inserts_;  // words inserted after each card: 를, ",", "?"
    std::vector<Choice> role_of_;
    std::vector<Modifiers> mods_;
    std::vector<int> predicates_;
    std::vector<bool> guessed_warned_;
    std::vector<Warning> warnings_;
    Confidence confidence_ = Confidence::high;
    int main_ = -1;
    bool past_ = false;
    bool question_ = false;
    bool request_ = false;
    bool noun_request_ = false;
    bool speaker_oriented_ = false;
};

}  // namespace

bool particle_fits(std::string_view child, const NounRole& noun) {
    const std::string& role = noun.role;
    const std::string& engine = noun.particle;
    if (!engine.empty() && particle::same_particle(child, engine)) return true;
    if (role == "subj" || role == "obj" || role == "topic" || role == "comp" || role == "none" ||
        role == "time") {
        if (is_focus_particle(child)) return true;
    }
    if (role == "topic" || role == "vocative") return any_of_particles(child, {"이/가", "은/는"});
    if (role == "with" || role == "coord") return any_of_particles(child, {"와/과", "하고", "이랑/랑"});
    if (role == "to") return any_of_particles(child, {"한테", "에게", "께"});
    if (role == "dest") return any_of_particles(child, {"에", "(으)로", "한테", "에게"});
    if (role == "at") return any_of_particles(child, {"에"});
    return false;
}

const char* to_string(Confidence c) {
    switch (c) {
        case Confidence::high: return "high";
        case Confidence::medium: return "medium";
        case Confidence::low: return "low";
    }
    return "low";
}

Result<Completion> complete(const std::vector<Card>& cards) {
    auto resolved = resolve(cards);
    if (!resolved) return resolved.error();
    return Assembler(std::move(resolved).value()).run();
}

}  // namespace malmoi
