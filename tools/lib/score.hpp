// Scoring a produced sentence against a gold row's acceptable sentences, for the evaluation:
// an exact match, the particles (each noun's word with its particle), and the conjugations (each
// verb's, adjective's and grammar card's form).
#pragma once

#include <string>
#include <vector>

#include "cards.hpp"
#include "render.hpp"

namespace malmoi {

struct Score {
    bool exact = false;
    int particles_right = 0;
    int particles_total = 0;
    int conjugations_right = 0;
    int conjugations_total = 0;
    std::string closest;  ///< the acceptable sentence the parts were compared with
};

/// Splits "a | b" into its alternatives, trimmed.
std::vector<std::string> alternatives(const std::string& expected);

/// Scores an answer for `cards`, rendered, against the acceptable sentences. Among the
/// alternatives, the parts are compared with the one that matches most of them.
Score score(const std::vector<ResolvedCard>& cards, const Rendered& answer,
            const std::vector<std::string>& acceptable);

}  // namespace malmoi
