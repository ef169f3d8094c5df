/**
 * The deck: categories and cards, and the pure operations a teacher performs on them. Nothing here
 * touches the DOM, storage or the network; every operation returns a new deck and leaves its input
 * unchanged, so a failed edit or import can never damage the deck the child is using.
 *
 * A card: {id, label, speak?, pos, class?, annotated?, verb?, honorific?, emoji?, symbol?, image?, category, hidden?,
 *   phrase?, …unknown fields kept}
 * (annotated: a teacher chose pos and class, and they are sent to the core; see coreCard. verb: the verb a
 * noun implies with 싶다, 그네 → 타다; honorific: a person spoken of with honorifics, 원장님 → 오세요;
 * phrase: a saved sentence, see phrases.js)
 * A category: {id, name, emoji?, symbol?, image?, pinned?, hidden?}
 */

import { FACTS } from './facts.js';

export const DECK_FORMAT = 'malmoi-deck-1';

/** The Korean a teacher knows for each part of speech the core understands (FACTS.partsOfSpeech). */
const POS_NAMES = {
  noun: '명사 (이름)',
  pronoun: '대명사 (나, 너, 이거)',
  verb: '동사 (움직임)',
  adjective: '형용사 (느낌, 모양)',
  adverb: '부사 (더, 같이, 오늘)',
  particle: '조사 (을/를, 에서)',
  grammar: '문법 (싶다, 주세요, 안, ?)',
  interjection: '감탄사·인사 (네, 안녕하세요)',
};

/** The Korean for each noun class the core knows (FACTS.nounClasses); case roles come from them. */
const CLASS_NAMES = {
  person: '사람',
  animal: '동물',
  food: '음식',
  drink: '마실 것',
  place: '장소',
  body: '몸',
  symptom: '증상 (열, 기침)',
  vehicle: '탈것',
  thing: '물건',
  tool: '도구',
  dish: '그릇·식기',
  toy: '장난감',
  clothing: '옷',
  furniture: '가구',
  time: '시간',
  nature: '자연',
  activity: '활동',
  media: '영상·음악',
  direction: '방향',
  color: '색깔',
  material: '재료',
  sleep: '잠',
};

/** Korean names for the core's lists, so a test can tell a fact the web has no name for. */
export const NAMES = Object.freeze({ partsOfSpeech: POS_NAMES, nounClasses: CLASS_NAMES });

/** Parts of speech the core understands, in its order, with the names a Korean teacher knows. */
export const PARTS_OF_SPEECH = (FACTS.generated ? FACTS.partsOfSpeech : Object.keys(POS_NAMES))
  .map((pos) => [pos, POS_NAMES[pos] ?? pos]);

/** Noun classes the core understands (case roles come from them: food is eaten, a place is gone to …). */
export const NOUN_CLASSES = [['', '정하지 않음'], ...FACTS.nounClasses.map((c) => [c, CLASS_NAMES[c] ?? c])];

/** The colours of a part of speech ('#rrggbb' line and background), as the app draws cards. */
export const POS_COLOURS = FACTS.posColours;

/** The most cards one sentence may have: the core's limit. */
export const MAX_CARDS = FACTS.maxCards;

/** The most a deck holds; pictures counts the characters of all photos as stored (one copy per card). */
export const DECK_LIMITS = Object.freeze({ cards: 2000, categories: 200, text: 80, pictureChars: 20 * 1024 * 1024 });
const LIMITS = DECK_LIMITS;

/**
 * The annotation values the core understands: the core's own lists (gen/facts.json via facts.js).
 * Without that file no class is known, so annotations are dropped rather than sent wrong.
 */
const ANNOTATIONS = {
  pos: new Set(PARTS_OF_SPEECH.map(([value]) => value)),
  class: new Set(NOUN_CLASSES.map(([value]) => value).filter(Boolean)),
};

/** A noun's own verb: a Hangul verb in dictionary form (타다, 치다, 불다), as the core reads it. */
const VERB_FORM = /^[가-힣]{1,9}다$/;

/**
 * Whether the core knows this part of speech (`pos`), noun class (`class`), noun's own verb (`verb`,
 * a dictionary form such as 타다) or honorific mark (`honorific`, only `true`). Every check of a card's
 * annotations goes through here.
 * @param {'pos'|'class'|'verb'|'honorific'} kind @param {unknown} value
 */
export function knownAnnotation(kind, value) {
  if (kind === 'verb') return typeof value === 'string' && VERB_FORM.test(value);
  if (kind === 'honorific') return value === true;
  return typeof value === 'string' && Boolean(ANNOTATIONS[kind]?.has(value));
}

/**
 * Text with every lone UTF-16 surrogate replaced by U+FFFD (such text cannot be encoded as JSON for
 * the core, so a card holding it would break every sentence it is in).
 * @param {string} text
 */
export function wellFormed(text) {
  return String(text).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Loads the built-in deck that ships with the app.
 * @param {(url: string) => Promise<Response>} [fetchImpl]
 */
export async function loadDefaultDeck(fetchImpl = fetch) {
  const response = await fetchImpl(new URL('./deck/default.json', import.meta.url).href);
  if (!response.ok) throw new Error(`deck/default.json: HTTP ${response.status}`);
  return checkDeck(await response.json());
}

/**
 * Checks a deck's shape and returns it; throws DeckError with a Korean message when it is unusable.
 * @param {any} deck
 */
export function checkDeck(deck) {
  if (!deck || typeof deck !== 'object' || !Array.isArray(deck.cards) || !Array.isArray(deck.categories)) {
    throw new DeckError('낱말판 모양이 올바르지 않아요.');
  }
  if (deck.cards.length > LIMITS.cards) throw new DeckError(`카드가 너무 많아요 (최대 ${LIMITS.cards}장).`);
  if (deck.categories.length > LIMITS.categories) throw new DeckError('분류가 너무 많아요.');
  const categoryIds = new Set();
  for (const category of deck.categories) {
    if (!isId(category?.id) || !isText(category.name)) throw new DeckError('분류 이름이 비어 있거나 올바르지 않아요.');
    if (categoryIds.has(category.id)) throw new DeckError(`분류 "${category.name}"이(가) 두 번 있어요.`);
    categoryIds.add(category.id);
  }
  const cardIds = new Set();
  for (const card of deck.cards) {
    if (!isId(card?.id) || !isText(card.label)) throw new DeckError('낱말이 비어 있는 카드가 있어요.');
    if (cardIds.has(card.id)) throw new DeckError(`카드 "${card.label}"의 번호가 겹쳐요.`);
    cardIds.add(card.id);
    if (!categoryIds.has(card.category)) throw new DeckError(`카드 "${card.label}"의 분류를 찾을 수 없어요.`);
  }
  return deck;
}

/** An error whose message can be shown to a teacher as it is. */
export class DeckError extends Error {
  /** @param {string} message in Korean */
  constructor(message) {
    super(message);
    this.name = 'DeckError';
  }
}

/**
 * The categories a child sees as tabs (not pinned, not hidden), in order.
 * @param {object} deck
 */
export function tabCategories(deck) {
  return deck.categories.filter((c) => !c.pinned && !c.hidden);
}

/** The pinned categories (the grammar row), shown on every page. @param {object} deck */
export function pinnedCategories(deck) {
  return deck.categories.filter((c) => c.pinned && !c.hidden);
}

/**
 * The cards of one category, in grid order; hidden ones only when asked.
 * @param {object} deck @param {string} categoryId @param {{includeHidden?: boolean}} [options]
 */
export function cardsIn(deck, categoryId, { includeHidden = false } = {}) {
  return deck.cards.filter((c) => c.category === categoryId && (includeHidden || !c.hidden));
}

/**
 * What the core needs of a card: its label, and the part of speech and noun class only when a teacher
 * set them (`annotated`). The default deck's pos and class describe its cards (colours, the editor,
 * exports) but the core's own lexicon knows those words better — with every class and flag, e.g.
 * 점심 is a time and a food, so 점심을 먹어요 — and an annotation would override it.
 * A noun's own verb and the honorific mark are the teacher's alone, so they always go.
 * @param {object} card
 * @returns {{label: string, pos?: string, class?: string, verb?: string, honorific?: true}}
 */
export function coreCard(card) {
  const out = { label: wellFormed(card.label) };
  // An annotation the core does not know would make it refuse the whole sentence: leave it out.
  if (card.annotated) {
    if (knownAnnotation('pos', card.pos)) out.pos = card.pos;
    if (knownAnnotation('class', card.class)) out.class = card.class;
  }
  if (knownAnnotation('verb', card.verb)) out.verb = card.verb;
  if (knownAnnotation('honorific', card.honorific)) out.honorific = true;
  return out;
}

/**
 * Adds a card at the end of its category, or replaces the card with the same id in place.
 * @param {object} deck @param {object} card
 */
export function saveCard(deck, card) {
  const clean = cleanCard(card);
  const index = deck.cards.findIndex((c) => c.id === clean.id);
  const cards = deck.cards.slice();
  if (index === -1) {
    // Put it after the last card of its category so it appears at the end of that page.
    let last = -1;
    cards.forEach((c, i) => { if (c.category === clean.category) last = i; });
    cards.splice(last === -1 ? cards.length : last + 1, 0, clean);
  } else if (cards[index].category !== clean.category) {
    cards.splice(index, 1);
    let last = -1;
    cards.forEach((c, i) => { if (c.category === clean.category) last = i; });
    cards.splice(last === -1 ? cards.length : last + 1, 0, clean);
  } else {
    cards[index] = clean;
  }
  return checkDeck({ ...deck, cards });
}

/**
 * The deck with `incoming`'s categories and cards added after its own (before its pinned row). Ids
 * that clash are renumbered; category names that clash get a suffix ("음식 (2)").
 * @param {object} deck @param {object} incoming a checked deck (an import)
 * @returns {{deck: object, renamed: string[]}} renamed: the new names of clashing categories
 */
export function addDeck(deck, incoming) {
  const categoryIds = new Set(deck.categories.map((c) => c.id));
  const cardIds = new Set(deck.cards.map((c) => c.id));
  const names = new Set(deck.categories.map((c) => c.name));
  const idFor = new Map();
  const renamed = [];
  const added = incoming.categories.map((category) => {
    const id = freeName(category.id, categoryIds, '-');
    categoryIds.add(id);
    idFor.set(category.id, id);
    const name = freeName(category.name, names, ' ', true);
    names.add(name);
    if (name !== category.name) renamed.push(name);
    return { ...category, id, name };
  });
  const cards = incoming.cards.map((card) => {
    const id = freeName(card.id, cardIds, '-');
    cardIds.add(id);
    return { ...card, id, category: idFor.get(card.category) };
  });
  if (deck.cards.length + cards.length > LIMITS.cards) {
    throw new DeckError(`카드가 너무 많아요. 지금 ${deck.cards.length}장에 ${cards.length}장을 더하면 최대 ${LIMITS.cards}장을 넘어요.`);
  }
  if (deck.categories.length + added.length > LIMITS.categories) {
    throw new DeckError(`분류가 너무 많아요. 지금 ${deck.categories.length}개에 ${added.length}개를 더하면 최대 ${LIMITS.categories}개를 넘어요.`);
  }
  const merged = {
    ...deck,
    categories: [...deck.categories.filter((c) => !c.pinned), ...added, ...deck.categories.filter((c) => c.pinned)],
    cards: [...deck.cards, ...cards],
  };
  if (pictureChars(merged) > LIMITS.pictureChars) {
    throw new DeckError('사진이 너무 많아요. 더하면 낱말판의 사진 용량 한도를 넘어요.');
  }
  return { deck: checkDeck(merged), renamed };
}

/**
 * The characters all pictures of the deck take as stored (each card keeps its own copy).
 * @param {object} deck
 */
export function pictureChars(deck) {
  let total = 0;
  for (const item of [...deck.cards, ...deck.categories]) if (typeof item.image === 'string') total += item.image.length;
  return total;
}

/** @param {object} deck @param {string} id */
export function deleteCard(deck, id) {
  return { ...deck, cards: deck.cards.filter((c) => c.id !== id) };
}

/**
 * Moves a card one place earlier (-1) or later (+1) among the cards of its category.
 * @param {object} deck @param {string} id @param {-1|1} step
 */
export function moveCard(deck, id, step) {
  const card = deck.cards.find((c) => c.id === id);
  if (!card) return deck;
  const siblings = deck.cards.map((c, i) => [c, i]).filter(([c]) => c.category === card.category);
  const at = siblings.findIndex(([c]) => c.id === id);
  const other = siblings[at + step];
  if (!other) return deck;
  const cards = deck.cards.slice();
  const here = siblings[at][1];
  [cards[here], cards[other[1]]] = [cards[other[1]], cards[here]];
  return { ...deck, cards };
}

/** @param {object} deck @param {string} id @param {boolean} hidden */
export function setCardHidden(deck, id, hidden) {
  return {
    ...deck,
    cards: deck.cards.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c };
      if (hidden) next.hidden = true;
      else delete next.hidden;
      return next;
    }),
  };
}

/**
 * Adds or renames a category.
 * @param {object} deck @param {{id?: string, name: string, emoji?: string, symbol?: string, pinned?: boolean}} category
 */
export function saveCategory(deck, category) {
  const name = clip(wellFormed(category.name || '').trim(), LIMITS.text);
  if (!name) throw new DeckError('분류 이름을 적어 주세요.');
  const id = category.id || uniqueId(deck.categories.map((c) => c.id), 'category');
  const existing = deck.categories.find((c) => c.id === id);
  const next = { ...(existing || {}), id, name };
  if (category.emoji !== undefined) {
    if (category.emoji) next.emoji = clip(wellFormed(category.emoji), 16);
    else delete next.emoji;
    if (existing && existing.emoji !== next.emoji) delete next.symbol;
  }
  if (category.symbol) next.symbol = String(category.symbol);
  const categories = existing
    ? deck.categories.map((c) => (c.id === id ? next : c))
    : [...deck.categories.filter((c) => !c.pinned), next, ...deck.categories.filter((c) => c.pinned)];
  return checkDeck({ ...deck, categories });
}

/** @param {object} deck @param {string} id @param {-1|1} step */
export function moveCategory(deck, id, step) {
  const at = deck.categories.findIndex((c) => c.id === id);
  const to = at + step;
  if (at === -1 || to < 0 || to >= deck.categories.length) return deck;
  const categories = deck.categories.slice();
  [categories[at], categories[to]] = [categories[to], categories[at]];
  return { ...deck, categories };
}

/** @param {object} deck @param {string} id @param {boolean} hidden */
export function setCategoryHidden(deck, id, hidden) {
  return {
    ...deck,
    categories: deck.categories.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c };
      if (hidden) next.hidden = true;
      else delete next.hidden;
      return next;
    }),
  };
}

/**
 * Deletes a category that holds no cards.
 * @param {object} deck @param {string} id
 */
export function deleteCategory(deck, id) {
  if (deck.cards.some((c) => c.category === id)) throw new DeckError('카드가 남아 있는 분류는 지울 수 없어요. 카드를 먼저 옮기거나 지워 주세요.');
  return { ...deck, categories: deck.categories.filter((c) => c.id !== id) };
}

/**
 * A new id not in `taken`, readable for a teacher who looks at an export.
 * @param {Iterable<string>} taken @param {string} prefix
 */
export function uniqueId(taken, prefix = 'card') {
  const used = new Set(taken);
  for (let n = used.size + 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/**
 * At most `length` UTF-16 units of `text`, never cutting a character (an emoji) in half.
 * @param {string} text @param {number} length
 */
export function clip(text, length) {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** `wanted`, or `wanted` with the first free number after it ("음식 (2)" when parenthesised). */
function freeName(wanted, taken, separator, parenthesised = false) {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const next = parenthesised ? `${wanted}${separator}(${n})` : `${wanted}${separator}${n}`;
    if (!taken.has(next)) return next;
  }
}

/** Trims a card from the editor: empty optional fields are removed, unknown fields kept. */
function cleanCard(card) {
  const out = { ...card };
  out.label = clip(wellFormed(card.label || '').trim(), LIMITS.text);
  if (!out.label) throw new DeckError('낱말을 적어 주세요.');
  for (const key of ['speak', 'emoji', 'class', 'image', 'symbol', 'verb']) {
    if (out[key] === undefined || out[key] === null || String(out[key]).trim() === '') delete out[key];
    else if (key !== 'image') out[key] = clip(wellFormed(out[key]).trim(), key === 'speak' ? 200 : LIMITS.text);
  }
  if (!out.pos) out.pos = 'noun';
  if (out.pos !== 'noun' && out.pos !== 'pronoun') {
    delete out.class;
    delete out.verb;
    delete out.honorific;
  }
  if (out.verb !== undefined && !knownAnnotation('verb', out.verb)) throw new DeckError('동사는 "타다"처럼 -다로 끝나는 낱말 하나로 적어 주세요.');
  if (out.honorific !== true) delete out.honorific;
  if (!out.hidden) delete out.hidden;
  return out;
}

function isId(value) {
  return typeof value === 'string' && value.length > 0 && value.length <= 120;
}

function isText(value) {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= 200;
}
