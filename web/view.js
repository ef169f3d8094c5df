/**
 * Owns the child's screen: category tabs, the grammar row, the card grid, the strip of chosen cards,
 * the big sentence with each word's symbols, the engine badge and the calm status line.
 * Text goes in with textContent and createElement only, never innerHTML.
 */
import { fillGlyphs } from './glyphs.js';

const SYMBOL_DIR = new URL('./gen/vendor/openmoji/', import.meta.url).href;

/** What the badge and the status line say, by where the sentence came from and how the model did. */
const ENGINE_TEXT = {
  rules: { label: '규칙', name: '규칙으로 만든 문장' },
  model: { label: 'AI', name: 'AI가 만들고 말모이가 검사한 문장' },
  plain: { label: '낱말', name: '낱말을 그대로 보여 줘요' },
};

const STATUS_TEXT = {
  idle: '',
  waiting: 'AI가 문장을 다듬고 있어요…',
  done: '',
  failed: '지금은 규칙으로 만든 문장을 보여 줘요.',
  kept_rules: '규칙으로 만든 문장을 보여 줘요.',
  no_engine: '문장 엔진을 준비하고 있어요. 지금은 낱말을 그대로 보여 줘요.',
};

/**
 * The picture of a card or category: a photo, an OpenMoji symbol, an emoji, or a plain tile.
 * @param {{image?: string, symbol?: string, emoji?: string, label?: string, name?: string}} item
 * @param {string} [className]
 * @returns {HTMLElement}
 */
export function picture(item, className = 'picture') {
  const wrap = document.createElement('span');
  wrap.className = className;
  wrap.setAttribute('aria-hidden', 'true');
  const fallback = () => {
    wrap.textContent = '';
    // Drawn by CSS from a data attribute, so the emoji never becomes part of a card's or the
    // sentence's text (what screen readers and tests read).
    const text = document.createElement('span');
    text.className = item.emoji ? 'picture-emoji' : 'picture-letter';
    text.dataset.char = item.emoji || Array.from(item.label || item.name || '?')[0];
    wrap.append(text);
  };
  const source = item.image || (item.symbol ? `${SYMBOL_DIR}${encodeURIComponent(String(item.symbol).toUpperCase())}.svg` : '');
  if (source) {
    const img = document.createElement('img');
    img.alt = '';
    img.decoding = 'async';
    img.draggable = false;
    img.src = source;
    img.addEventListener('error', fallback, { once: true });
    wrap.append(img);
  } else {
    fallback();
  }
  return wrap;
}

/**
 * A card as a button whose accessible name is its label.
 * @param {object} card @param {string} [extraClass]
 */
export function cardButton(card, extraClass = '') {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `card ${extraClass}`.trim();
  button.dataset.cardId = card.id;
  button.dataset.pos = card.pos || 'noun';
  button.append(picture(card, 'card-picture'));
  const label = document.createElement('span');
  label.className = 'card-label';
  label.textContent = card.label;
  button.append(label);
  return button;
}

/**
 * Binds the static page and returns the functions that draw it.
 * @param {Document} doc
 * @param {{onCard: (id: string) => void, onTab: (id: string) => void, onSpeak: () => void,
 *   onUndo: () => void, onClear: () => void}} handlers
 */
export function createView(doc, handlers) {
  const $ = (id) => doc.getElementById(id);
  const app = $('app');
  const tabs = $('tabs');
  const board = $('board');
  const pinned = $('pinned');
  const strip = doc.querySelector('[data-testid="strip"]');
  const sentence = doc.querySelector('[data-testid="sentence"]');
  const empty = $('sentence-empty');
  const engine = doc.querySelector('[data-testid="engine"]');
  const status = doc.querySelector('[data-testid="status"]');
  const speakButton = doc.querySelector('[data-testid="speak"]');
  const undoButton = doc.querySelector('[data-testid="undo"]');
  const clearButton = doc.querySelector('[data-testid="clear"]');
  fillGlyphs(doc.body);

  // One listener per container: cards are redrawn often, listeners are not re-added.
  const onCardClick = (event) => {
    const button = event.target.closest('button.card');
    if (button) handlers.onCard(button.dataset.cardId);
  };
  board.addEventListener('click', onCardClick);
  pinned.addEventListener('click', onCardClick);
  tabs.addEventListener('click', (event) => {
    const tab = event.target.closest('[role="tab"]');
    if (tab) handlers.onTab(tab.dataset.categoryId);
  });
  tabs.addEventListener('keydown', (event) => {
    // Arrow keys move between tabs, as a tablist should.
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    const all = [...tabs.querySelectorAll('[role="tab"]')];
    const at = all.indexOf(doc.activeElement);
    if (at === -1) return;
    event.preventDefault();
    let next = at + (event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1);
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = all.length - 1;
    const target = all[(next + all.length) % all.length];
    target.focus();
    handlers.onTab(target.dataset.categoryId);
  });
  speakButton.addEventListener('click', () => handlers.onSpeak());
  undoButton.addEventListener('click', () => handlers.onUndo());
  clearButton.addEventListener('click', () => handlers.onClear());

  return {
    /** @param {object[]} categories @param {string} activeId */
    renderTabs(categories, activeId) {
      tabs.replaceChildren(...categories.map((category) => {
        const tab = doc.createElement('button');
        tab.type = 'button';
        tab.className = 'tab';
        tab.setAttribute('role', 'tab');
        tab.id = `tab-${category.id}`;
        tab.dataset.categoryId = category.id;
        const selected = category.id === activeId;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        tab.append(picture(category, 'tab-picture'));
        const name = doc.createElement('span');
        name.className = 'tab-label';
        name.textContent = category.name;
        tab.append(name);
        return tab;
      }));
      board.setAttribute('aria-labelledby', `tab-${activeId}`);
      tabs.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },

    /** @param {object[]} cards the grammar row */
    renderPinned(cards) {
      pinned.replaceChildren(...cards.map((card) => cardButton(card, 'card--pinned')));
      pinned.hidden = cards.length === 0;
    },

    /** @param {object[]} cards the active category's visible cards */
    renderBoard(cards) {
      if (!cards.length) {
        const note = doc.createElement('p');
        note.className = 'board-empty';
        note.textContent = '이 분류에는 아직 카드가 없어요.';
        board.replaceChildren(note);
        return;
      }
      board.replaceChildren(...cards.map((card) => cardButton(card)));
      board.scrollTop = 0;
    },

    /** @param {object[]} cards the cards on the strip, in order */
    renderStrip(cards) {
      strip.replaceChildren(...cards.map((card) => {
        const item = doc.createElement('li');
        item.className = 'chip';
        item.dataset.pos = card.pos || 'noun';
        item.append(picture(card, 'chip-picture'));
        const label = doc.createElement('span');
        label.textContent = card.label;
        item.append(label);
        return item;
      }));
      undoButton.disabled = cards.length === 0;
      clearButton.disabled = cards.length === 0;
      if (strip.lastElementChild) strip.lastElementChild.scrollIntoView?.({ block: 'nearest', inline: 'end' });
    },

    /**
     * The sentence, each word with the symbols of the cards it came from.
     * @param {import('./policy.js').Shown} shown @param {object[]} cards
     */
    renderSentence(shown, cards) {
      const words = [];
      shown.tokens.forEach((token, i) => {
        if (i > 0) words.push(doc.createTextNode(' '));
        const word = doc.createElement('span');
        word.className = 'word';
        const symbols = doc.createElement('span');
        symbols.className = 'word-symbols';
        const sources = token.cards.map((index) => cards[index]).filter(Boolean);
        // A word made of a content card and a grammar card (먹어요 + ?) shows the content card's picture.
        const content = sources.filter((card) => card.pos !== 'grammar');
        for (const card of (content.length ? content : sources).slice(0, 2)) symbols.append(picture(card, 'word-picture'));
        const text = doc.createElement('span');
        text.className = 'word-text';
        text.textContent = token.text;
        word.append(symbols, text);
        words.push(word);
      });
      sentence.replaceChildren(...words);
      if (!shown.tokens.length && shown.sentence) sentence.textContent = shown.sentence;
      const hasText = Boolean(shown.sentence);
      empty.hidden = hasText;
      speakButton.disabled = !hasText;
      app.dataset.hasSentence = String(hasText);
      this.renderEngine(shown);
    },

    /** The small badge: which engine made the sentence, and whether the model is still thinking. */
    renderEngine(shown) {
      const text = ENGINE_TEXT[shown.source] || ENGINE_TEXT.rules;
      engine.dataset.engine = shown.source;
      engine.dataset.state = shown.state;
      engine.querySelector('.engine-label').textContent = text.label;
      engine.setAttribute('aria-label', text.name);
      engine.title = text.name;
      engine.hidden = !shown.sentence;
      status.textContent = shown.sentence || shown.state === 'waiting' ? (STATUS_TEXT[shown.state] || '') : '';
      status.dataset.state = shown.state;
      status.title = shown.code ? `(${shown.code})` : '';
    },

    /** @param {string} text a calm line for everyone (loading, offline) */
    renderNotice(text) {
      status.textContent = text;
    },

    /** @param {string} size small | medium | large | huge */
    setCardSize(size) {
      app.dataset.size = size;
    },

    /** Flashes the card that was just tapped (skipped with reduced motion by CSS). */
    pulse(id) {
      const button = doc.querySelector(`button.card[data-card-id="${CSS.escape(id)}"]`);
      if (!button) return;
      button.classList.remove('tapped');
      void button.offsetWidth;
      button.classList.add('tapped');
    },

    /** The elements switch scanning moves through, as rows. */
    scanGroups() {
      const groups = [];
      const controls = [...doc.querySelectorAll('.controls button')].filter((b) => !b.disabled);
      if (controls.length) groups.push(controls);
      const grammar = [...pinned.querySelectorAll('button.card')];
      if (grammar.length) groups.push(grammar);
      const tabList = [...tabs.querySelectorAll('[role="tab"]')];
      if (tabList.length) groups.push(tabList);
      // The grid's visual rows, as laid out now (they change with the card size and the screen).
      let row = [];
      let top = null;
      for (const card of board.querySelectorAll('button.card')) {
        if (top !== null && Math.abs(card.offsetTop - top) > 4) {
          groups.push(row);
          row = [];
        }
        top = card.offsetTop;
        row.push(card);
      }
      if (row.length) groups.push(row);
      return groups;
    },
  };
}
