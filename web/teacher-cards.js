/**
 * The 카드 panel: the cards of one category with buttons to reorder, hide and edit them, and the card
 * editor (label, words to speak, a picture found by keyword in the bundled OpenMoji set, an emoji or a
 * photo, category, part of speech, noun class, a noun's own verb and the honorific mark).
 */
import { NOUN_CLASSES, PARTS_OF_SPEECH, cardsIn } from './deck.js';
import { picture } from './view.js';
import { photoToDataUrl } from './photo.js';
import { confirmDialog, iconButton, option } from './teacher-parts.js';
import { loadSymbolIndex, searchSymbols } from './symbol-search.js';

const POS_NAMES = Object.fromEntries(PARTS_OF_SPEECH.map(([value, name]) => [value, name.split(' ')[0]]));
const CLASS_NAMES = Object.fromEntries(NOUN_CLASSES);

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createCardsPanel(doc, actions) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const editor = $('card-editor');
  const cardForm = $('card-form');
  const cardList = $('card-list');
  const cardsCategory = $('cards-category');
  let editing = null; // the card being edited (a copy), or a new card
  let picked = null; // the symbol chosen in the search: {hex, emoji}
  const symbolQuery = $('symbol-query');
  const symbolResults = $('symbol-results');

  for (const [value, name] of PARTS_OF_SPEECH) cardForm.elements.pos.append(option(value, name));
  for (const [value, name] of NOUN_CLASSES) cardForm.elements.class.append(option(value, name));

  cardsCategory.addEventListener('change', () => renderCards());
  $('card-add').addEventListener('click', () => openEditor(null));
  cardList.addEventListener('click', async (event) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button[data-action]'));
    if (!button) return;
    const id = button.closest('li').dataset.cardId;
    const { action } = button.dataset;
    if (action === 'edit') {
      openEditor(actions.getState().deck.cards.find((c) => c.id === id));
      return;
    }
    if (action === 'up' || action === 'down') await actions.moveCard(id, action === 'up' ? -1 : 1);
    if (action === 'hide' || action === 'show') await actions.setCardHidden(id, action === 'hide');
    renderCards();
    /** @type {HTMLElement|null} */ (doc.querySelector(`#card-list li[data-card-id="${CSS.escape(id)}"] button[data-action="${action === 'hide' ? 'show' : action === 'show' ? 'hide' : action}"]`))?.focus();
  });

  function renderCards() {
    const { deck } = actions.getState();
    const selected = cardsCategory.value || deck.categories[0]?.id;
    cardsCategory.replaceChildren(...deck.categories.map((c) => option(c.id, c.name + (c.hidden ? ' (숨김)' : ''))));
    cardsCategory.value = deck.categories.some((c) => c.id === selected) ? selected : deck.categories[0]?.id || '';
    const cards = cardsIn(deck, cardsCategory.value, { includeHidden: true });
    cardList.replaceChildren(...cards.map((card, i) => {
      const item = doc.createElement('li');
      item.className = 'item';
      item.dataset.cardId = card.id;
      if (card.hidden) item.classList.add('is-hidden');
      item.append(picture(card, 'item-picture'));
      const text = doc.createElement('span');
      text.className = 'item-text';
      const name = doc.createElement('b');
      name.textContent = card.label;
      const meta = doc.createElement('small');
      meta.textContent = [POS_NAMES[card.pos] || card.pos, card.class ? CLASS_NAMES[card.class] || card.class : '',
        card.speak && card.speak !== card.label ? `읽기: ${card.speak}` : '', card.hidden ? '숨김' : '']
        .filter(Boolean).join(' · ');
      text.append(name, meta);
      item.append(text,
        iconButton('up', `${card.label} 앞으로`, 'up', i === 0),
        iconButton('down', `${card.label} 뒤로`, 'down', i === cards.length - 1),
        iconButton(card.hidden ? 'eyeOff' : 'eye', card.hidden ? `${card.label} 보이기` : `${card.label} 숨기기`, card.hidden ? 'show' : 'hide'),
        iconButton('edit', `${card.label} 고치기`, 'edit'));
      return item;
    }));
  }

  // ——— the card editor
  function openEditor(card) {
    const { deck } = actions.getState();
    editing = card ? structuredClone(card) : { id: '', label: '', pos: 'noun', category: cardsCategory.value || deck.categories[0]?.id };
    $('editor-title').textContent = card ? '카드 고치기' : '새 카드 만들기';
    const f = cardForm.elements;
    f.label.value = editing.label || '';
    f.speak.value = editing.speak && editing.speak !== editing.label ? editing.speak : '';
    f.emoji.value = editing.emoji || '';
    f.category.replaceChildren(...deck.categories.map((c) => option(c.id, c.name)));
    f.category.value = editing.category;
    f.pos.value = editing.pos || 'noun';
    f.class.value = editing.class || '';
    f.verb.value = editing.verb || '';
    f.honorific.checked = editing.honorific === true;
    f.hidden.checked = Boolean(editing.hidden);
    picked = null;
    symbolQuery.value = '';
    showSymbols([]);
    $('symbol-note').textContent = '';
    f.photo.value = '';
    $('card-delete').hidden = !card;
    $('card-error').textContent = '';
    updateEditor();
    editor.showModal();
    f.label.focus();
  }

  function updateEditor() {
    const f = cardForm.elements;
    const nounish = f.pos.value === 'noun' || f.pos.value === 'pronoun';
    f.class.disabled = !nounish;
    f.verb.disabled = !nounish;
    f.honorific.disabled = !nounish;
    if (picked && f.emoji.value !== picked.emoji) picked = null; // the teacher typed another emoji
    const preview = {
      label: f.label.value || '낱말',
      emoji: f.emoji.value,
      image: editing?.image,
      symbol: picked?.hex || (f.emoji.value === (editing?.emoji || '') ? editing?.symbol : actions.symbolFor(f.emoji.value)),
    };
    for (const button of symbolResults.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.dataset.hex === preview.symbol));
    const card = doc.createElement('div');
    card.className = 'card card--preview';
    card.dataset.pos = f.pos.value;
    card.append(picture(preview, 'card-picture'));
    const label = doc.createElement('span');
    label.className = 'card-label';
    label.textContent = preview.label;
    card.append(label);
    $('editor-preview').replaceChildren(card);
    $('card-photo-clear').hidden = !editing?.image;
  }

  cardForm.addEventListener('input', (event) => {
    if (event.target !== symbolQuery) updateEditor();
  });

  // ——— symbol search: the bundled OpenMoji set by Korean and English keywords
  let searchTimer = 0;
  symbolQuery.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 150);
  });
  symbolQuery.addEventListener('keydown', (event) => {
    // Enter searches; it never submits (saves) the card.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(searchTimer);
    runSearch();
  });
  symbolResults.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-hex]');
    if (!button) return;
    picked = { hex: button.dataset.hex, emoji: button.dataset.emoji || '' };
    cardForm.elements.emoji.value = picked.emoji;
    $('symbol-note').textContent = `"${button.getAttribute('aria-label')}" 그림을 골랐어요.`;
    updateEditor();
  });

  async function runSearch() {
    const query = symbolQuery.value.trim();
    if (!query) {
      showSymbols([]);
      $('symbol-note').textContent = '';
      return;
    }
    const found = searchSymbols(await loadSymbolIndex(), query);
    if (symbolQuery.value.trim() !== query) return; // typed on meanwhile
    showSymbols(found);
    $('symbol-note').textContent = found.length ? `그림 ${found.length}개를 찾았어요.` : '맞는 그림이 없어요. 다른 낱말로 찾아 보세요.';
  }

  function showSymbols(found) {
    symbolResults.replaceChildren(...found.map((entry) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'symbol-choice';
      button.dataset.hex = entry.hex;
      button.dataset.emoji = entry.emoji;
      button.setAttribute('aria-label', entry.name);
      button.setAttribute('aria-pressed', 'false');
      button.title = entry.name;
      button.append(picture({ symbol: entry.hex, emoji: entry.emoji, label: entry.name }, 'symbol-picture'));
      return button;
    }));
  }
  cardForm.elements.photo.addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      editing.image = await photoToDataUrl(file);
      $('card-error').textContent = '';
    } catch {
      $('card-error').textContent = '이 사진은 열 수 없어요. 다른 사진을 골라 주세요.';
    }
    updateEditor();
  });
  $('card-photo-clear').addEventListener('click', () => {
    delete editing.image;
    cardForm.elements.photo.value = '';
    updateEditor();
  });
  $('card-delete').addEventListener('click', async () => {
    if (!editing?.id) return;
    if (!(await confirmDialog(doc, `"${editing.label}" 카드를 지울까요?`))) return;
    await actions.deleteCard(editing.id);
    editor.close();
    renderCards();
  });
  cardForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = cardForm.elements;
    const card = { ...editing };
    card.label = f.label.value.trim();
    card.speak = f.speak.value.trim();
    const emoji = f.emoji.value.trim();
    if (picked) {
      // A symbol found by keyword (some OpenMoji symbols have no emoji of their own).
      card.emoji = emoji;
      card.symbol = picked.hex;
    } else if (emoji !== (editing.emoji || '')) {
      card.emoji = emoji;
      card.symbol = actions.symbolFor(emoji) || '';
    }
    card.category = f.category.value;
    card.pos = f.pos.value;
    card.class = f.class.disabled ? '' : f.class.value;
    card.verb = f.verb.disabled ? '' : f.verb.value.trim();
    card.honorific = !f.honorific.disabled && f.honorific.checked;
    // The teacher's choice of part of speech and class reaches the core (it overrides the lexicon);
    // a default card whose annotations were left alone keeps the lexicon's fuller knowledge.
    if (!editing.id || card.pos !== (editing.pos || 'noun') || card.class !== (editing.class || '')) card.annotated = true;
    card.hidden = f.hidden.checked;
    try {
      await actions.saveCard(card);
    } catch (error) {
      $('card-error').textContent = error.message || '저장하지 못했어요.';
      return;
    }
    editor.close();
    cardsCategory.value = card.category;
    renderCards();
  });

  return {
    render: renderCards,
    /** Whether the card editor is open (the teacher area counts as open while it is). */
    get editing() {
      return editor.open;
    },
  };
}
