/**
 * Typing Hangul one jamo at a time, as the on-screen keyboard does (web/keyboard.js): each key adds a
 * compatibility jamo (ㄱ, ㅏ …) to the syllable being written, the way a 두벌식 input method does
 * (가 + ㄴ → 간, 간 + ㅏ → 가나, 고 + ㅏ → 과, 달 + ㄱ → 닭), and backspace takes the last jamo back off.
 * Only the last syllable is still being written: what came before it stays as it is.
 * Also: whether typed text begins a word jamo by jamo (삭 begins 사과), for the suggestions.
 */

const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JUNG = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const JONG = ['', ...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'];
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** Two jamo written as one: vowels (ㅗ + ㅏ → ㅘ) and final consonants (ㄹ + ㄱ → ㄺ). */
const PAIRS = {
  ㅘ: 'ㅗㅏ', ㅙ: 'ㅗㅐ', ㅚ: 'ㅗㅣ', ㅝ: 'ㅜㅓ', ㅞ: 'ㅜㅔ', ㅟ: 'ㅜㅣ', ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ', ㄵ: 'ㄴㅈ', ㄶ: 'ㄴㅎ', ㄺ: 'ㄹㄱ', ㄻ: 'ㄹㅁ', ㄼ: 'ㄹㅂ', ㄽ: 'ㄹㅅ', ㄾ: 'ㄹㅌ', ㄿ: 'ㄹㅍ', ㅀ: 'ㄹㅎ', ㅄ: 'ㅂㅅ',
};
const JOINED = Object.fromEntries(Object.entries(PAIRS).map(([one, two]) => [two, one]));

const isVowel = (jamo) => JUNG.includes(jamo);
const isConsonant = (jamo) => CHO.includes(jamo) || JONG.includes(jamo) && jamo !== '';

/** The simple jamo a compound stands for (ㅘ → ㅗ ㅏ), or the jamo itself. */
function split(jamo) {
  return PAIRS[jamo] ? [...PAIRS[jamo]] : [jamo];
}

/**
 * A character as the simple jamo that were typed for it (닭 → ㄷ ㅏ ㄹ ㄱ, 과 → ㄱ ㅗ ㅏ); any other
 * character stands for itself.
 * @param {string} char one character
 * @returns {string[]}
 */
function jamoOf(char) {
  const code = char.codePointAt(0);
  if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return split(char);
  const index = code - SYLLABLE_FIRST;
  const cho = CHO[Math.floor(index / 588)];
  const jung = JUNG[Math.floor((index % 588) / 28)];
  const jong = JONG[index % 28];
  return [cho, ...split(jung), ...(jong ? split(jong) : [])];
}

/**
 * Simple jamo written as text, the way an input method joins them (ㄱ ㅏ ㄴ ㅏ → 가나).
 * @param {string[]} jamo
 * @returns {string}
 */
export function compose(jamo) {
  let out = '';
  let cho = '';
  let jung = '';
  let jong = '';
  const flush = () => {
    if (cho && jung) {
      out += String.fromCodePoint(SYLLABLE_FIRST + (CHO.indexOf(cho) * 21 + JUNG.indexOf(jung)) * 28 + JONG.indexOf(jong));
    } else {
      out += cho + jung + jong;
    }
    cho = '';
    jung = '';
    jong = '';
  };
  for (const unit of jamo) {
    if (isVowel(unit)) {
      if (jong) {
        // The last final consonant begins the next syllable: 간 + ㅏ → 가나, 닭 + ㅏ → 달가.
        const parts = split(jong);
        const moved = parts.pop();
        jong = parts.length ? JOINED[parts.join('')] || parts[0] : '';
        flush();
        cho = moved;
        jung = unit;
      } else if (jung && JOINED[jung + unit]) {
        jung = JOINED[jung + unit];
      } else if (cho && !jung) {
        jung = unit;
      } else {
        flush();
        jung = unit;
      }
    } else if (isConsonant(unit)) {
      if (cho && jung && !jong && JONG.includes(unit)) {
        jong = unit;
      } else if (cho && jung && jong && JOINED[jong + unit]) {
        jong = JOINED[jong + unit];
      } else {
        flush();
        cho = CHO.includes(unit) ? unit : '';
        if (!cho) out += unit;
      }
    } else {
      flush();
      out += unit;
    }
  }
  flush();
  return out;
}

/**
 * The text with one more jamo typed: only its last syllable is still being written.
 * @param {string} text @param {string} jamo a compatibility jamo (ㄱ … ㅣ), or any other character
 */
export function typeJamo(text, jamo) {
  const chars = Array.from(text);
  const last = chars.pop();
  if (last === undefined) return compose(split(jamo));
  return chars.join('') + compose([...jamoOf(last), ...split(jamo)]);
}

/**
 * The text with its last jamo taken back (닭 → 달, 가 → ㄱ, 가나 → 가ㄴ).
 * @param {string} text
 */
export function backspace(text) {
  const chars = Array.from(text);
  const last = chars.pop();
  if (last === undefined) return '';
  return chars.join('') + compose(jamoOf(last).slice(0, -1));
}

/**
 * Text as the simple jamo it was typed with (사과 → ㅅㅏㄱㅗㅏ).
 * @param {string} text
 */
export function jamoString(text) {
  return Array.from(String(text).normalize('NFC'), jamoOf).flat().join('');
}

/**
 * Whether `word` begins with what was typed, jamo by jamo: 삭 begins 사과 (ㅅㅏㄱ), 고 begins 과자.
 * @param {string} typed @param {string} word
 */
export function beginsWith(typed, word) {
  const start = jamoString(typed.trim());
  return start.length > 0 && jamoString(word).startsWith(start);
}
