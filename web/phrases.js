/**
 * Sentences said before: the message history's entries and the 자주 하는 말 phrase cards saved from
 * them. Both keep the sentence as it was said, each word with the pictures of the cards it came from,
 * so saying one again needs no engine and shows the same pictures. Pure functions: nothing here
 * touches the DOM, storage or the network.
 *
 * A said sentence: {sentence, tokens: [{text, cards: [i]}], cards: [{label, pos, emoji?, symbol?, image?}]}
 * A phrase card: a deck card {…, speak: sentence, pos: 'interjection', category: 'phrases', phrase: said}
 */
import { DeckError, checkDeck, clip, uniqueId } from './deck.js';

/** The category phrase cards are saved in, made on the first save (after the other tabs, so none moves). */
export const PHRASE_CATEGORY = Object.freeze({ id: 'phrases', name: '자주 하는 말', emoji: '💬', symbol: '1F4AC' });

/** The most tokens and cards one saved sentence keeps (the strip holds at most 20 cards). */
const MOST = 20;

/**
 * What a card's picture needs, and nothing else (no id, no category).
 * @param {object} card
 */
export function pictureCard(card) {
  const out = { label: String(card.label || ''), pos: card.pos || 'noun' };
  for (const key of ['emoji', 'symbol', 'image']) if (typeof card[key] === 'string' && card[key]) out[key] = card[key];
  return out;
}

/**
 * The sentence on the screen as something to keep: its text, its words and the pictures of its cards.
 * @param {{sentence: string, tokens?: Array<{text: string, cards: number[]}>}} shown what the page shows
 * @param {object[]} cards the cards the tokens point into
 * @returns {{sentence: string, tokens: Array<{text: string, cards: number[]}>, cards: object[]}|null}
 */
export function saidOf(shown, cards) {
  const sentence = String(shown?.sentence || '').trim();
  if (!sentence) return null;
  const kept = cards.slice(0, MOST).map(pictureCard);
  const tokens = (shown.tokens || []).slice(0, MOST).map((token) => ({
    text: String(token.text),
    cards: (token.cards || []).filter((i) => Number.isInteger(i) && i >= 0 && i < kept.length),
  }));
  return { sentence, tokens, cards: kept };
}

/**
 * A said sentence as an item for the strip: one chip that stands for the whole sentence.
 * @param {{sentence: string, tokens: object[], cards: object[]}} said @param {string} [id]
 */
export function saidCard(said, id = 'said') {
  const first = said.cards.find((c) => c.pos !== 'grammar') || said.cards[0] || {};
  return { ...pictureCard({ ...first, label: said.sentence, pos: 'interjection' }), id, speak: said.sentence, phrase: said };
}

/**
 * Whether a card stands for a whole sentence (a phrase card or a history entry).
 * @param {object} card
 */
export function isPhrase(card) {
  return Boolean(card?.phrase && typeof card.phrase.sentence === 'string');
}

/**
 * The deck with the sentence saved as a phrase card at the end of 자주 하는 말 (made if missing).
 * A sentence already saved is not saved twice.
 * @param {object} deck @param {{sentence: string, tokens: object[], cards: object[]}} said
 * @returns {{deck: object, card: object, existed: boolean}}
 */
export function addPhrase(deck, said) {
  if (!said?.sentence) throw new DeckError('저장할 문장이 없어요.');
  const existing = deck.cards.find((c) => isPhrase(c) && c.phrase.sentence === said.sentence);
  if (existing) return { deck, card: existing, existed: true };
  let categories = deck.categories;
  let category = categories.find((c) => c.id === PHRASE_CATEGORY.id);
  if (!category) {
    category = { ...PHRASE_CATEGORY };
    categories = [...categories.filter((c) => !c.pinned), category, ...categories.filter((c) => c.pinned)];
  }
  const card = {
    ...saidCard(said, uniqueId(deck.cards.map((c) => c.id), 'phrase')),
    label: clip(said.sentence, 80),
    category: category.id,
  };
  return { deck: checkDeck({ ...deck, categories, cards: [...deck.cards, card] }), card, existed: false };
}
