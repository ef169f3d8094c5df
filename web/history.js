/**
 * The message history layer: the last sentences said (말하기), newest first, each with its words'
 * pictures. One tap says one again; the star keeps it as a 자주 하는 말 card. It opens over the board
 * below the sentence, so nothing on the board moves. Text goes in with textContent only.
 */
import { fillGlyphs } from './glyphs.js';
import { placeBelowMessage } from './keyboard.js';
import { picture } from './view.js';
import { confirmDialog, iconButton } from './teacher-parts.js';

/**
 * Binds the history layer of index.html.
 * @param {Document} doc
 * @param {{list: () => Promise<object[]>, onSay: (entry: object) => void, onFavourite: (entry: object) => Promise<string>,
 *   onClear: () => Promise<void>, canFavourite: () => boolean, onClose?: () => void}} handlers
 *   onFavourite answers what to tell the child (saved, or already there)
 */
export function createHistory(doc, handlers) {
  const $ = (id) => doc.getElementById(id);
  const layer = /** @type {HTMLDialogElement} */ ($('history'));
  const list = $('history-list');
  const empty = $('history-empty');
  const note = $('history-note');
  const clear = /** @type {HTMLButtonElement} */ ($('history-clear'));
  fillGlyphs(layer);
  let entries = [];

  list.addEventListener('click', async (event) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button[data-index]'));
    if (!button) return;
    const entry = entries[Number(button.dataset.index)];
    if (!entry) return;
    if (button.dataset.action === 'favourite') {
      note.textContent = await handlers.onFavourite(entry);
      return;
    }
    layer.close();
    handlers.onSay(entry);
  });
  clear.addEventListener('click', async () => {
    if (!(await confirmDialog(doc, '지난 말을 모두 지울까요?'))) return;
    await handlers.onClear();
    await render();
    /** @type {HTMLElement|null} */ (layer.querySelector('.sheet-close'))?.focus();
  });
  layer.addEventListener('close', () => handlers.onClose?.());

  async function render() {
    entries = await handlers.list();
    const favourite = handlers.canFavourite();
    list.replaceChildren(...entries.map((entry, index) => {
      const item = doc.createElement('li');
      item.className = 'said';
      const say = doc.createElement('button');
      say.type = 'button';
      say.className = 'said-button';
      say.dataset.index = String(index);
      say.dataset.action = 'say';
      say.setAttribute('aria-label', `${entry.sentence} 다시 말하기`);
      const pictures = doc.createElement('span');
      pictures.className = 'said-pictures';
      for (const card of entry.cards.filter((c) => c.pos !== 'grammar').slice(0, 4)) pictures.append(picture(card, 'said-picture'));
      const text = doc.createElement('span');
      text.className = 'said-text';
      text.textContent = entry.sentence;
      say.append(pictures, text);
      item.append(say);
      if (favourite) {
        const star = iconButton('star', `${entry.sentence} 자주 하는 말로 저장`, 'favourite');
        star.dataset.index = String(index);
        star.classList.add('said-star');
        item.append(star);
      }
      return item;
    }));
    empty.hidden = entries.length > 0;
    clear.disabled = entries.length === 0;
  }

  return {
    async open() {
      note.textContent = '';
      await render();
      placeBelowMessage(doc, layer);
      layer.showModal();
      (list.querySelector('button') || layer.querySelector('.sheet-close'))?.focus();
    },
    get isOpen() {
      return layer.open;
    },
  };
}
