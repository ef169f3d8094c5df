/**
 * Owns the child's screen: category tabs, the grammar row, the paged card grid, the strip of chosen
 * cards, the big sentence with each word's symbols, the engine badge and the calm status line.
 * Every part has a fixed place and size: nothing the child taps moves a card (pages.js says where each
 * card sits). Text goes in with textContent and createElement only, never innerHTML.
 */
import { fillGlyphs } from './glyphs.js';
import { pageCards, screenClass } from './pages.js';
import { isPhrase } from './phrases.js';
import { symbolElement } from './symbols.js';

/** What the badge and the status line say, by where the sentence came from and how the model did. */
const ENGINE_TEXT = {
  rules: { label: '규칙', name: '규칙으로 만든 문장' },
  model: { label: 'AI', name: 'AI가 만들고 말모이가 검사한 문장' },
  plain: { label: '낱말', name: '낱말을 그대로 보여 줘요' },
  said: { label: '전에 한 말', name: '전에 말한 문장을 그대로 보여 줘요' },
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
 * The picture of a card or category: a photo (an <img>), an OpenMoji symbol (inline <svg>), an emoji,
 * or a plain tile.
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
  if (!item.image && item.symbol) {
    // An OpenMoji symbol is drawn inline (symbols.js); until it arrives the place stays empty.
    wrap.dataset.symbol = 'drawing';
    symbolElement(item.symbol).then((svg) => {
      delete wrap.dataset.symbol;
      if (svg) wrap.replaceChildren(svg);
      else fallback();
    });
    return wrap;
  }
  const source = item.image;
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
 * A card as a button whose accessible name is its label. A label that is only a sign (?) also says
 * what the card does, from the words it speaks (? 질문).
 * @param {object} card @param {string} [extraClass]
 */
export function cardButton(card, extraClass = '') {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `card ${extraClass}`.trim();
  button.dataset.cardId = card.id;
  button.dataset.pos = card.pos || 'noun';
  if (isPhrase(card)) {
    // A 자주 하는 말 card keeps the pictures of the cards it was said with.
    button.classList.add('card--phrase');
    const pictures = document.createElement('span');
    pictures.className = 'card-picture phrase-pictures';
    pictures.setAttribute('aria-hidden', 'true');
    const content = card.phrase.cards.filter((c) => c.pos !== 'grammar');
    for (const part of (content.length ? content : card.phrase.cards).slice(0, 3)) pictures.append(picture(part, 'phrase-picture'));
    button.append(pictures);
  } else {
    button.append(picture(card, 'card-picture'));
  }
  const label = document.createElement('span');
  label.className = 'card-label';
  label.textContent = card.label;
  button.append(label);
  if (!/[\p{L}\p{N}]/u.test(card.label) && card.speak && card.speak !== card.label) {
    button.setAttribute('aria-label', `${card.label} ${card.speak}`);
  }
  return button;
}

/** The smallest sentence font (px) with each word's pictures above it, and without them. */
const SENTENCE_MIN_PX = { withPictures: 24, plain: 16 };

/**
 * The element `selector` matches at or above an event's target, or null.
 * @param {Event} event @param {string} selector
 * @returns {HTMLElement|null}
 */
function closestTo(event, selector) {
  return /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest(selector));
}

/**
 * Binds the static page and returns the functions that draw it.
 * @param {Document} doc
 * @param {{onCard: (id: string) => void, onTab: (id: string) => void, onPage: (step: -1|1) => void,
 *   onSpeak: () => void, onUndo: () => void, onClear: () => void, onLayout: () => void,
 *   onHistory: () => void, onFavourite: () => void, onKeyboard: () => void}} handlers
 *   onLayout: the screen changed class or size; draw the board again; onHistory, onFavourite and
 *   onKeyboard: the child's tools in the top bar (지난 말, 저장, 글자)
 */
export function createView(doc, handlers) {
  // The page's elements (index.html has every one the view binds), used as the element they are.
  /** @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  /** @param {string} selector @returns {any} */
  const find = (selector) => doc.querySelector(selector);
  const win = doc.defaultView;
  const tabs = $('tabs');
  const board = $('board');
  const pinned = $('pinned');
  const strip = find('[data-testid="strip"]');
  /** The card each chip on the strip shows. @type {WeakMap<Element, object>} */
  const chipCards = new WeakMap();
  const sentenceBox = $('sentence-box');
  const sentence = find('[data-testid="sentence"]');
  const empty = $('sentence-empty');
  const engine = find('[data-testid="engine"]');
  const status = find('[data-testid="status"]');
  const speakButton = find('[data-testid="speak"]');
  const undoButton = find('[data-testid="undo"]');
  const clearButton = find('[data-testid="clear"]');
  const prevButton = $('page-prev');
  const nextButton = $('page-next');
  const indicator = $('page-indicator');
  const toolButtons = { history: $('history-open'), favourite: $('favourite-save'), keyboard: $('keyboard-open') };
  fillGlyphs(doc.body);

  // The sentence is drawn twice: one plain text for assistive technology (the live region's only
  // text, with its spaces), and the words with their pictures for the eye (hidden from it).
  const spoken = doc.createElement('span');
  spoken.className = 'visually-hidden';
  const words = doc.createElement('span');
  words.className = 'sentence-words';
  words.setAttribute('aria-hidden', 'true');
  sentence.append(spoken, words);

  /** What the tabs show now: every category, or one tab page of them when they do not all fit. */
  const tabState = { categories: [], activeId: '', page: 0 };

  // One listener per container: cards are redrawn often, listeners are not re-added.
  const onCardClick = (event) => {
    const button = closestTo(event, 'button.card');
    if (button) handlers.onCard(button.dataset.cardId);
  };
  board.addEventListener('click', onCardClick);
  pinned.addEventListener('click', onCardClick);
  tabs.addEventListener('click', (event) => {
    if (closestTo(event, '.tab-more')) {
      showTabPage(tabState.page + 1);
      return;
    }
    const tab = closestTo(event, '[role="tab"]');
    if (tab) handlers.onTab(tab.dataset.categoryId);
  });
  tabs.addEventListener('keydown', (event) => {
    // The WAI-ARIA tabs pattern: arrows move to the previous or next tab and select it, Home and End
    // to the first and last; focus stays on the selected tab although the tabs are drawn again.
    const keys = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
    if (!(event.key in keys) && event.key !== 'Home' && event.key !== 'End') return;
    const tab = closestTo(event, '[role="tab"]');
    if (!tab) return;
    event.preventDefault();
    const all = tabState.categories;
    const at = all.findIndex((c) => c.id === tab.dataset.categoryId);
    let next = at + (keys[event.key] || 0);
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = all.length - 1;
    const target = all[(next + all.length) % all.length];
    handlers.onTab(target.id);
    tabs.querySelector(`[data-category-id="${CSS.escape(target.id)}"]`)?.focus();
  });
  prevButton.addEventListener('click', () => handlers.onPage(-1));
  nextButton.addEventListener('click', () => handlers.onPage(1));
  speakButton.addEventListener('click', () => handlers.onSpeak());
  undoButton.addEventListener('click', () => handlers.onUndo());
  clearButton.addEventListener('click', () => handlers.onClear());
  toolButtons.history.addEventListener('click', () => handlers.onHistory());
  toolButtons.favourite.addEventListener('click', () => handlers.onFavourite());
  toolButtons.keyboard.addEventListener('click', () => handlers.onKeyboard());

  // A new screen class or tab room (rotation, a resized window) redraws; the sentence refits.
  let layoutKey = '';
  const checkLayout = () => {
    const key = `${screenClass(win.innerWidth, win.innerHeight)}:${tabRoom().cols}x${tabRoom().rows}`;
    if (key !== layoutKey) {
      layoutKey = key;
      handlers.onLayout();
    }
  };
  win.addEventListener('resize', () => win.requestAnimationFrame(checkLayout));
  new win.ResizeObserver(() => fitSentence()).observe(sentenceBox);

  /** The tab grid the stylesheet gives this screen: columns, and rows at most. */
  function tabRoom() {
    const style = win.getComputedStyle(tabs);
    return {
      cols: Math.max(1, parseInt(style.getPropertyValue('--tab-cols'), 10) || 6),
      rows: Math.max(1, parseInt(style.getPropertyValue('--tab-max-rows'), 10) || 2),
    };
  }

  function showTabPage(page) {
    const room = tabRoom();
    const slots = room.cols * room.rows;
    const { categories, activeId } = tabState;
    const paged = categories.length > slots;
    const per = paged ? slots - 1 : categories.length;
    const pages = paged ? Math.ceil(categories.length / per) : 1;
    tabState.page = ((page % pages) + pages) % pages;
    const shown = paged ? categories.slice(tabState.page * per, (tabState.page + 1) * per) : categories;
    const hadFocus = tabs.contains(doc.activeElement);
    const existing = [...tabs.children];
    const sameTabs = !paged && existing.length === shown.length && existing.every((el, i) => el.dataset.categoryId === shown[i].id);
    if (!sameTabs) {
      const items = shown.map((category) => tabButton(category));
      if (paged) items.push(moreButton(tabState.page, pages));
      tabs.replaceChildren(...items);
    } else {
      // Same categories: only the names and the selection change, so focus and positions stay.
      existing.forEach((el, i) => el.querySelector('.tab-label').textContent !== shown[i].name
        && el.replaceWith(tabButton(shown[i])));
    }
    for (const tab of tabs.querySelectorAll('[role="tab"]')) {
      const selected = tab.dataset.categoryId === activeId;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    // With tab pages, the first tab takes focus when the selected one is on another page.
    if (!tabs.querySelector('[tabindex="0"]')) tabs.querySelector('[role="tab"]')?.setAttribute('tabindex', '0');
    tabs.style.setProperty('--tab-rows', String(paged ? room.rows : Math.max(1, Math.ceil(shown.length / room.cols))));
    tabs.dataset.paged = String(paged);
    if (hadFocus && !tabs.contains(doc.activeElement)) {
      (tabs.querySelector('[aria-selected="true"]') || tabs.querySelector('.tab-more'))?.focus();
    }
    const active = tabs.querySelector('[aria-selected="true"]');
    if (active) {
      board.setAttribute('aria-labelledby', active.id);
      board.removeAttribute('aria-label');
    } else {
      board.removeAttribute('aria-labelledby');
      board.setAttribute('aria-label', categories.find((c) => c.id === activeId)?.name || '카드');
    }
  }

  function tabButton(category) {
    const tab = doc.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${category.id}`;
    tab.dataset.categoryId = category.id;
    tab.setAttribute('aria-controls', 'board');
    tab.append(picture(category, 'tab-picture'));
    const name = doc.createElement('span');
    name.className = 'tab-label';
    name.textContent = category.name;
    tab.append(name);
    return tab;
  }

  function moreButton(page, pages) {
    // Not a tab: it shows the next page of tabs and selects nothing.
    const more = doc.createElement('button');
    more.type = 'button';
    more.className = 'tab-more';
    more.dataset.testid = 'tabs-more';
    more.setAttribute('aria-label', `분류 더 보기 (${page + 1}/${pages})`);
    const label = doc.createElement('span');
    label.className = 'tab-label';
    label.textContent = `더 보기 ${page + 1}/${pages}`;
    more.append(label);
    return more;
  }

  /**
   * Fits the sentence in its fixed box: the largest font that fits with each word's pictures; for a
   * long sentence, without them (the strip shows them) and smaller; past that it scrolls inside the
   * box. The box itself never grows.
   */
  function fitSentence() {
    const max = parseFloat(win.getComputedStyle(sentenceBox).getPropertyValue('--sentence-max')) || 48;
    const fits = () => words.scrollHeight <= sentenceBox.clientHeight + 1 && words.scrollWidth <= words.clientWidth + 1;
    // Each test is a layout, the main cost of a tap on a slow tablet. Words and their pictures scale
    // with the font size, so the overflow at the largest size says about where the sentence fits:
    // the search tries that size and its neighbour first (usually the answer), then halves.
    const largest = (low, high) => {
      const fitsAt = (size) => {
        words.style.fontSize = `${size}px`;
        return fits();
      };
      if (fitsAt(high)) return high;
      const scale = Math.min(words.clientWidth / words.scrollWidth, sentenceBox.clientHeight / words.scrollHeight);
      let fit = low - 1; // the largest size known to fit (none yet)
      let over = high; // the smallest size known not to fit
      let probe = Math.max(low, Math.min(high - 1, Math.floor(high * scale)));
      for (let tries = 0; over - fit > 1; tries += 1) {
        if (fitsAt(probe)) fit = probe;
        else over = probe;
        probe = tries === 0 ? (fit === probe ? probe + 1 : probe - 1) : Math.floor((fit + over) / 2);
      }
      return fit < low ? 0 : fit;
    };
    words.classList.remove('compact');
    sentenceBox.classList.remove('overflowing');
    if (!words.childElementCount) return;
    let size = largest(SENTENCE_MIN_PX.withPictures, max);
    if (!size) {
      words.classList.add('compact');
      size = largest(SENTENCE_MIN_PX.plain, max);
    }
    if (!size) {
      size = SENTENCE_MIN_PX.plain;
      sentenceBox.classList.add('overflowing');
    }
    words.style.fontSize = `${size}px`;
    if (sentenceBox.classList.contains('overflowing')) sentenceBox.scrollTop = sentenceBox.scrollHeight;
  }

  return {
    /** @param {object[]} categories @param {string} activeId */
    renderTabs(categories, activeId) {
      const changed = activeId !== tabState.activeId;
      tabState.categories = categories;
      tabState.activeId = activeId;
      const room = tabRoom();
      const per = Math.max(1, room.cols * room.rows - 1);
      const at = categories.findIndex((c) => c.id === activeId);
      // The tab page follows the selected category (a tab page chosen by hand stays until then).
      showTabPage(changed && at >= 0 ? Math.floor(at / per) : tabState.page);
    },

    /** @param {object[]} cards the grammar row */
    renderPinned(cards) {
      pinned.replaceChildren(...cards.map((card) => cardButton(card, 'card--pinned')));
      pinned.hidden = cards.length === 0;
    },

    /**
     * One page of the active category's cards, each in its own cell.
     * @param {object[]} cards the category's visible cards, in order
     * @param {{page: number, pages: number, grid: {rows: number, cols: number}}} where
     */
    renderBoard(cards, { page, pages, grid }) {
      board.style.setProperty('--rows', String(grid.rows));
      board.style.setProperty('--cols', String(grid.cols));
      board.dataset.grid = `${grid.rows}x${grid.cols}`;
      board.dataset.page = String(page);
      if (!cards.length) {
        const note = doc.createElement('p');
        note.className = 'board-empty';
        note.textContent = '이 분류에는 아직 카드가 없어요.';
        board.replaceChildren(note);
      } else {
        board.replaceChildren(...pageCards(cards, page, grid).map(({ card, row, col }) => {
          const button = cardButton(card);
          button.style.gridRow = String(row + 1);
          button.style.gridColumn = String(col + 1);
          button.dataset.row = String(row);
          button.dataset.col = String(col);
          return button;
        }));
      }
      const hadFocus = doc.activeElement === prevButton || doc.activeElement === nextButton;
      prevButton.disabled = page <= 0;
      nextButton.disabled = page >= pages - 1;
      indicator.dataset.pages = String(pages);
      indicator.querySelector('.page-number').textContent = pages > 1 ? `${page + 1} / ${pages}쪽` : '';
      indicator.querySelector('.page-dots').replaceChildren(...Array.from({ length: pages > 1 ? pages : 0 }, (_, i) => {
        const dot = doc.createElement('span');
        dot.className = i === page ? 'page-dot current' : 'page-dot';
        return dot;
      }));
      // The last page reached with 다음 쪽: keep focus on a pager button that still works.
      if (hadFocus && /** @type {any} */ (doc.activeElement)?.disabled !== false) (prevButton.disabled ? nextButton : prevButton).focus();
    },

    /** @param {object[]} cards the cards on the strip, in order */
    renderStrip(cards) {
      // A tap adds one card at the end: the chips already drawn stay (their pictures are not drawn
      // again); any other change draws the strip anew.
      const kept = [...strip.children].every((item, i) => chipCards.get(item) === cards[i]) ? strip.childElementCount : 0;
      const added = cards.slice(kept).map((card) => {
        const item = doc.createElement('li');
        item.className = 'chip';
        item.dataset.pos = card.pos || 'noun';
        item.append(picture(card, 'chip-picture'));
        const label = doc.createElement('span');
        label.textContent = card.label;
        item.append(label);
        chipCards.set(item, card);
        return item;
      });
      if (kept) strip.append(...added);
      else strip.replaceChildren(...added);
      const focused = /** @type {any} */ (doc.activeElement);
      undoButton.disabled = cards.length === 0;
      clearButton.disabled = cards.length === 0;
      // Clearing the last card disables the button that had focus: give it to the selected tab.
      if ((focused === undoButton || focused === clearButton) && focused.disabled) {
        (tabs.querySelector('[aria-selected="true"]') || board.querySelector('button') || tabs.querySelector('button'))?.focus();
      }
      // The newest card in view. Read in the next frame, where the frame's own layout answers
      // scrollWidth: read here, it would cost a layout of its own before the sentence is drawn.
      if (strip.lastElementChild) win.requestAnimationFrame(() => { strip.scrollLeft = strip.scrollWidth; });
      empty.hidden = cards.length > 0;
    },

    /**
     * The sentence, each word with the symbols of the cards it came from.
     * @param {import('./policy.js').Shown} shown @param {object[]} cards
     */
    renderSentence(shown, cards) {
      const items = shown.tokens.map((token) => {
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
        // Drawn by CSS: the live region's plain text is the one the page reads out.
        text.dataset.text = token.text;
        word.append(symbols, text);
        return word;
      });
      if (!items.length && shown.sentence) {
        const text = doc.createElement('span');
        text.className = 'word-text';
        text.dataset.text = shown.sentence;
        items.push(text);
      }
      words.replaceChildren(...items);
      spoken.textContent = shown.sentence;
      const hasText = Boolean(shown.sentence);
      // The prompt is for an empty strip only, never while cards are on it.
      empty.hidden = hasText || cards.length > 0;
      speakButton.disabled = !hasText;
      fitSentence();
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

    /**
     * The child's tools in the top bar, as the teacher allows them; 저장 works when there is a sentence.
     * Hiding one never moves the board: the top bar keeps its height.
     * @param {{history: boolean, favourite: boolean, keyboard: boolean}} tools @param {boolean} hasSentence
     */
    renderTools(tools, hasSentence) {
      for (const [name, button] of Object.entries(toolButtons)) button.hidden = !tools[name];
      const focused = doc.activeElement === toolButtons.favourite;
      toolButtons.favourite.disabled = !hasSentence;
      if (focused && !hasSentence) (tabs.querySelector('[aria-selected="true"]') || toolButtons.history)?.focus();
    },

    /** The ids of the board cards on the page in view, in order. */
    boardCardIds() {
      return [...board.querySelectorAll('button.card')].map((button) => button.dataset.cardId);
    },

    /**
     * Next-card hints: a gentle highlight on these board cards (the last hint is cleared). Only the
     * look changes; no card moves.
     * @param {string[]} ids
     */
    renderHints(ids) {
      const wanted = new Set(ids);
      for (const button of board.querySelectorAll('button.card')) {
        const on = wanted.has(button.dataset.cardId);
        button.classList.toggle('hinted', on);
        if (on) button.dataset.hint = 'true';
        else delete button.dataset.hint;
      }
    },

    /** @param {string} text a calm line for everyone (loading, offline) */
    renderNotice(text) {
      status.textContent = text;
    },

    /** The screen class the grid is chosen for (pages.js). */
    screen() {
      return screenClass(win.innerWidth, win.innerHeight);
    },

    /**
     * Flashes the card that was just tapped (skipped with reduced motion by CSS), from the frame after
     * the one that shows the tap's sentence: started in the same frame, its repaint delayed the
     * sentence by a frame (tools/measure-modes.mjs: 24 → 16 ms to the screen, a no-op click's time).
     */
    pulse(id) {
      const button = /** @type {HTMLElement|null} */ (doc.querySelector(`button.card[data-card-id="${CSS.escape(id)}"]`));
      if (!button) return;
      button.classList.remove('tapped');
      win.requestAnimationFrame(() => win.setTimeout(() => button.classList.add('tapped')));
    },

    /**
     * The elements switch scanning moves through, as rows, top to bottom: the sentence tools, the
     * grammar row, the category tabs, each row of the board's page, the page buttons.
     */
    scanGroups() {
      const usable = (elements) => [...elements].filter((b) => !b.disabled && !b.hidden);
      const groups = [
        usable(doc.querySelectorAll('.controls button')),
        usable(pinned.querySelectorAll('button.card')),
        usable(tabs.querySelectorAll('button')),
      ];
      const rows = new Map();
      for (const card of board.querySelectorAll('button.card')) {
        const row = card.dataset.row;
        if (!rows.has(row)) rows.set(row, []);
        rows.get(row).push(card);
      }
      groups.push(...rows.values());
      groups.push(usable([prevButton, nextButton]));
      return groups.filter((group) => group.length);
    },

    /**
     * Where scanning starts after a choice: a new category or page at its first row of cards (what
     * the child opened it for), anything else at the top.
     * @param {HTMLElement} chosen @param {HTMLElement[][]} groups as scanGroups gives them now
     */
    scanResumeAt(chosen, groups) {
      if (!chosen.closest('#tabs, #pager')) return -1;
      return groups.findIndex((group) => board.contains(group[0]));
    },
  };
}
