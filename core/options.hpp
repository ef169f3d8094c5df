// What a teacher sets per board for how sentences are made (docs/design.md, "Arrange and options").
#pragma once

namespace malmoi {

/// 해요체 (polite, the default) or 해체 (반말, a child talking to a friend or a sibling).
enum class SpeechLevel : unsigned char { polite, plain };

struct SentenceOptions {
    SpeechLevel speech_level = SpeechLevel::polite;
    /// The board's first person is 저 (polite): the 나 card becomes 저, its possessive 제.
    bool first_person_jeo = false;
    /// Keep the child's tap order instead of arranging the cards into Korean word order.
    bool keep_tap_order = false;
    /// The same content card tapped twice in a row counts once.
    bool collapse_repeats = true;
};

}  // namespace malmoi
