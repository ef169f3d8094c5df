// Korean particles (조사): which form follows a word, and attaching it.
// 사과 + 을/를 → 사과를, 물 + 를 → 물을 (a wrong member is corrected), 연필 + (으)로 → 연필로,
// 나 + 가 → 내가, 학교 + 에서는 → 학교에서는.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "hangul.hpp"
#include "result.hpp"

namespace malmoi::particle {

/// The longest particle name read, in UTF-8 bytes. The longest real one, 으로부터/로부터 written
/// decomposed (NFD) with spaces, is far shorter; a longer name is refused with input_too_long.
constexpr std::size_t kMaxParticleBytes = 128;

/// Which member of a pair follows which final sound.
enum class Rule {
    consonant,  ///< the first member after any final consonant, ㄹ included: 을/를, 이/가, 과/와
    consonant_not_l  ///< the first member after a final consonant other than ㄹ: 으로/로 (물로,
                     ///< 책으로)
};

/// A particle with two forms, named "after-consonant/after-vowel" ("을/를").
struct Pair {
    std::string_view after_consonant;  ///< 을
    std::string_view after_vowel;      ///< 를
    Rule rule;
    /// False for particles nothing can follow (이/가, 을/를, the copula endings): 에서는 is a
    /// compound, 를는 is not.
    bool may_continue;
};

/// Every pair the engine knows, in precedence order: a form shared by two pairs (야 in 아/야 and
/// 이야/야) names the first.
const std::vector<Pair>& pairs();
/// Particles with one form whatever comes before them: 에, 에서, 도, 만, 하고, 의, 에게, 한테, …
const std::vector<std::string_view>& invariants();

/// Every string in an Attachment is NFC, whatever form the word and particle came in.
struct Attachment {
    std::string text;      ///< the word with its particle: 사과를, 내가, “책”을
    std::string stem;      ///< the word as it stands before the particle, without the space around
                           ///< it: 사과, 내 (나 + 가)
    std::string particle;  ///< the form attached: 를, 가, 에서는
    bool corrected = false;  ///< the request named the other member of a pair (물 + 를 → 을)
    bool fused = false;  ///< a pronoun fused with 이/가: 나 → 내가, 너 → 네가, 저 → 제가, 누구 →
                         ///< 누가; 이거 → 이게 takes the particle in (then `particle` is empty)
    hangul::Final final = hangul::Final::none;  ///< the word's final sound
    std::string read_as;  ///< how a non-Hangul end was read (티브이, 백십이); empty for Hangul
    bool guessed = false;  ///< the reading of a Latin word was guessed from its spelling
};

/// Attaches `particle` ("을/를", "를", "(으)로", "을(를)", "에서는") to `word`. Work is linear in
/// the length of the word and bounded for the particle.
/// Errors: input_too_long (a word over reading::kMaxWordBytes or a particle over
/// kMaxParticleBytes), invalid_utf8, empty_word, unreadable_word (from reading), empty_particle,
/// unknown_particle.
Result<Attachment> attach(std::string_view word, std::string_view particle);

/// The form of `particle` after a final sound: form_after(Final::other, "를") → "을".
/// Errors: input_too_long, invalid_utf8, empty_particle, unknown_particle.
Result<std::string> form_after(hangul::Final final, std::string_view particle);

/// True when `text` names a particle the engine knows (a pair, a member, an invariant particle or a
/// compound of them), right form or not. The closed set a model's inserted particle must be from.
bool is_particle(std::string_view text);

/// True when `a` and `b` name the same particle, allomorphs aside: ("을", "를") and ("에서는",
/// "에서은").
bool same_particle(std::string_view a, std::string_view b);

}  // namespace malmoi::particle
