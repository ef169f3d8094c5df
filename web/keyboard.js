/**
 * The Hangul keyboard, for children who spell: a layer of its own over the board (the board never
 * moves under it), with big jamo keys in ㄱㄴㄷ order, the word being written, and suggestions from the
 * deck and the lexicon as the child types. A chosen word becomes a card on the strip, which the engine
 * completes like any other (바나나 + 먹다 → 바나나를 먹어요). Text goes in with textContent only.
 */
import { backspace, typeJamo } from './hangul-input.js';
import { fillGlyphs } from './glyphs.js';
import { picture } from './view.js';

/** Seven keys a row, so every key keeps 48 px even on a phone: consonants, vowels, then the doubled consonants. */
const ROWS = [
  ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅅ'],
  ['ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'],
  ['ㅏ', 'ㅑ', 'ㅓ', 'ㅕ', 'ㅗ', 'ㅛ', 'ㅜ'],
  ['ㅠ', 'ㅡ', 'ㅣ', 'ㅐ', 'ㅒ', 'ㅔ', 'ㅖ'],
  ['ㄲ', 'ㄸ', 'ㅃ', 'ㅆ', 'ㅉ'],
];
const VOWELS = new Set('ㅏㅑㅓㅕㅗㅛㅜㅠㅡㅣㅐㅒㅔㅖ');
const MAX_LENGTH = 20;

/**
 * Binds the keyboard layer of index.html.
 * @param {Document} doc
 * @param {{suggest: (typed: string) => Array<{label: string, card?: object, pos?: string}>,
 *   onWord: (word: {label: string, card?: object, pos?: string}) => void, onClose?: () => void}} handlers
 *   suggest: words for what has been typed (deck cards first); onWord: a word the child chose
 */
export function createKeyboard(doc, handlers) {
  const $ = (id) => doc.getElementById(id);
  const layer = /** @type {HTMLDialogElement} */ ($('keyboard'));
  const typed = /** @type {HTMLInputElement} */ ($('typed'));
  const add = /** @type {HTMLButtonElement} */ ($('typed-add'));
  const suggestions = $('suggestions');
  const keys = $('keys');
  fillGlyphs(layer);

  keys.replaceChildren(...ROWS.flat().map((jamo) => {
    const key = doc.createElement('button');
    key.type = 'button';
    key.className = VOWELS.has(jamo) ? 'key key--vowel' : 'key';
    key.dataset.jamo = jamo;
    key.textContent = jamo;
    return key;
  }));
  const erase = doc.createElement('button');
  erase.type = 'button';
  erase.className = 'key key--erase';
  erase.dataset.testid = 'key-erase';
  erase.setAttribute('aria-label', '한 글자 지우기');
  erase.dataset.glyph = 'backspace';
  const eraseText = doc.createElement('span');
  eraseText.textContent = '지우기';
  erase.append(eraseText);
  keys.append(erase);
  fillGlyphs(keys);

  const set = (text) => {
    typed.value = Array.from(text).slice(0, MAX_LENGTH).join('');
    update();
  };
  keys.addEventListener('click', (event) => {
    const key = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button.key'));
    if (!key) return;
    set(key.dataset.jamo ? typeJamo(typed.value, key.dataset.jamo) : backspace(typed.value));
  });
  // A hardware keyboard (with the tablet's own Korean input method) types into the same field.
  typed.addEventListener('input', () => update());
  typed.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      choose({ label: typed.value.trim() });
    }
  });
  add.addEventListener('click', () => choose({ label: typed.value.trim() }));
  suggestions.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button.suggestion'));
    if (button) choose(shown[Number(button.dataset.index)]);
  });
  layer.addEventListener('close', () => handlers.onClose?.());

  /** @type {Array<{label: string, card?: object, pos?: string}>} */
  let shown = [];

  function choose(word) {
    if (!word?.label) return;
    handlers.onWord(word);
    set('');
    typed.focus();
  }

  function update() {
    const text = typed.value.trim();
    add.disabled = !text;
    shown = text ? handlers.suggest(text).slice(0, 6) : [];
    suggestions.replaceChildren(...shown.map((word, index) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'suggestion';
      button.dataset.index = String(index);
      button.dataset.pos = word.card?.pos || word.pos || 'noun';
      button.append(picture(word.card || { label: word.label }, 'suggestion-picture'));
      const label = doc.createElement('span');
      label.textContent = word.label;
      button.append(label);
      return button;
    }));
    if (!shown.length) {
      const note = doc.createElement('p');
      note.className = 'suggestion-note';
      note.textContent = text ? '맞는 낱말이 없어요. 쓴 대로 카드로 넣을 수 있어요.' : '글자를 누르면 낱말을 보여 줘요.';
      suggestions.append(note);
    }
  }

  return {
    /** Opens the keyboard over the board, below the sentence (which stays in sight). */
    open() {
      set('');
      placeBelowMessage(doc, layer);
      layer.showModal();
      typed.focus();
    },
    get isOpen() {
      return layer.open;
    },
  };
}

/**
 * Puts a layer over the board, from just below the message area to the bottom of the screen: the
 * strip and the sentence stay in sight, and nothing under the layer moves.
 * @param {Document} doc @param {HTMLElement} layer
 */
export function placeBelowMessage(doc, layer) {
  const message = doc.querySelector('.message');
  const bottom = message ? message.getBoundingClientRect().bottom : 0;
  layer.style.setProperty('--layer-top', `${Math.round(bottom + 6)}px`);
}
