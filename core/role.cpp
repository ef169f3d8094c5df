#include "role.hpp"

namespace malmoi {

const char* to_string(Role role) {
    switch (role) {
        case Role::subject:
            return "subj";
        case Role::object:
            return "obj";
        case Role::destination:
            return "dest";
        case Role::at:
            return "at";
        case Role::place:
            return "loc";
        case Role::source:
            return "from";
        case Role::instrument:
            return "instr";
        case Role::direction:
            return "dir";
        case Role::companion:
            return "with";
        case Role::recipient:
            return "to";
        case Role::complement:
            return "comp";
        case Role::topic:
            return "topic";
        case Role::time:
            return "time";
        case Role::vocative:
            return "vocative";
        case Role::coordinated:
            return "coord";
        case Role::possessor:
            return "poss";
        case Role::modifier:
            return "mod";
        case Role::quantity:
            return "quantity";
        case Role::none:
            return "none";
    }
    return "none";
}

const char* to_string(RoleSource source) {
    switch (source) {
        case RoleSource::frame:
            return "frame";
        case RoleSource::open:
            return "open";
        case RoleSource::topic:
            return "topic";
        case RoleSource::time:
            return "time";
        case RoleSource::copula:
            return "copula";
        case RoleSource::vocative:
            return "vocative";
        case RoleSource::coordination:
            return "coordination";
        case RoleSource::particle_card:
            return "particle_card";
        case RoleSource::fallback:
            return "fallback";
        case RoleSource::possessive:
            return "possessive";
        case RoleSource::phrase:
            return "phrase";
        case RoleSource::quantity:
            return "quantity";
        case RoleSource::implied:
            return "implied";
    }
    return "fallback";
}

bool is_frame_role(Role role) {
    return static_cast<int>(role) <= static_cast<int>(Role::complement);
}

bool is_where_role(Role role) {
    return role == Role::destination || role == Role::at || role == Role::place ||
           role == Role::source || role == Role::direction;
}

const char* particle_of(Role role) {
    // Companions take 이랑/랑, the spoken form children hear; 아니다 and 되다 give their complement
    // 이/가 (의사가 아니에요), the copula's own complement takes the copula instead (assemble).
    switch (role) {
        case Role::subject:
            return "이/가";
        case Role::object:
            return "을/를";
        case Role::destination:
            return "에";
        case Role::at:
            return "에";
        case Role::place:
            return "에서";
        case Role::source:
            return "에서";
        case Role::instrument:
            return "(으)로";
        case Role::direction:
            return "(으)로";
        case Role::companion:
            return "이랑/랑";
        case Role::recipient:
            return "한테";
        case Role::complement:
            return "이/가";
        case Role::topic:
            return "은/는";
        case Role::coordinated:
            return "이랑/랑";
        case Role::time:
        case Role::vocative:
        case Role::possessor:
        case Role::modifier:
        case Role::quantity:
        case Role::none:
            return "";
    }
    return "";
}

}  // namespace malmoi
