// The built-in lexicon: a clean table, big enough, and every verb in it conjugates.
#include <doctest/doctest.h>

#include <string>

#include "conjugate.hpp"
#include "lexicon.hpp"

using namespace malmoi;

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
        const lexicon::Entry* e = lexicon::find(row.verb);
        REQUIRE(e != nullptr);
        bool found = false;
        for (const auto& slot : e->frame) {
            if (slot.role != row.role) continue;
            for (const auto& c : slot.classes) found = found || c == row.noun_class;
        }
        CHECK(found);
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
