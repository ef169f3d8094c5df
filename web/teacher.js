/**
 * Owns the teacher area's DOM: the card list and card editor, categories, sentence and model
 * settings, speech and display settings, import and export. It changes nothing itself: every change
 * goes through `actions` (app.js), which updates the deck or settings and saves them.
 */
import { NOUN_CLASSES, PARTS_OF_SPEECH, cardsIn } from './deck.js';
import { fillGlyphs, glyph } from './glyphs.js';
import { picture } from './view.js';
import { photoToDataUrl } from './photo.js';

const POS_NAMES = Object.fromEntries(PARTS_OF_SPEECH.map(([value, name]) => [value, name.split(' ')[0]]));
const CLASS_NAMES = Object.fromEntries(NOUN_CLASSES);
const MODE_NAMES = { auto: '자동', rules: '규칙만', model: 'AI 모델' };

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createTeacher(doc, actions) {
  const $ = (id) => doc.getElementById(id);
  const dialog = $('teacher');
  const editor = $('card-editor');
  const cardForm = $('card-form');
  const cardList = $('card-list');
  const cardsCategory = $('cards-category');
  const categoryList = $('category-list');
  const categoryForm = $('category-form');
  const sentenceForm = $('sentence-form');
  const displayForm = $('display-form');
  const importMessage = $('import-message');
  let editing = null; // the card being edited (a copy), or a new card
  let renamingCategory = null;
  fillGlyphs(dialog);
  fillGlyphs(editor);

  for (const [value, name] of PARTS_OF_SPEECH) cardForm.elements.pos.append(option(value, name));
  for (const [value, name] of NOUN_CLASSES) cardForm.elements.class.append(option(value, name));

  // Tabs of the teacher area.
  const tabButtons = [...dialog.querySelectorAll('.teacher-tabs [role="tab"]')];
  const showPanel = (panelId) => {
    for (const button of tabButtons) {
      const on = button.dataset.panel === panelId;
      button.setAttribute('aria-selected', String(on));
      $(button.dataset.panel).hidden = !on;
    }
    importMessage.textContent = '';
    refresh();
  };
  for (const button of tabButtons) button.addEventListener('click', () => showPanel(button.dataset.panel));

  for (const close of doc.querySelectorAll('dialog [data-close]')) {
    close.addEventListener('click', () => close.closest('dialog').close());
  }

  // ——— cards
  cardsCategory.addEventListener('change', () => renderCards());
  $('card-add').addEventListener('click', () => openEditor(null));
  cardList.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
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
    doc.querySelector(`#card-list li[data-card-id="${CSS.escape(id)}"] button[data-action="${action === 'hide' ? 'show' : action === 'show' ? 'hide' : action}"]`)?.focus();
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

  // ——— card editor
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
    f.hidden.checked = Boolean(editing.hidden);
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
    const preview = {
      label: f.label.value || '낱말',
      emoji: f.emoji.value,
      image: editing?.image,
      symbol: f.emoji.value === (editing?.emoji || '') ? editing?.symbol : actions.symbolFor(f.emoji.value),
    };
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

  cardForm.addEventListener('input', updateEditor);
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
    if (emoji !== (editing.emoji || '')) {
      card.emoji = emoji;
      card.symbol = actions.symbolFor(emoji) || '';
    }
    card.category = f.category.value;
    card.pos = f.pos.value;
    card.class = f.class.disabled ? '' : f.class.value;
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

  // ——— categories
  categoryForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = categoryForm.elements;
    try {
      await actions.saveCategory({ id: renamingCategory || undefined, name: f.name.value, emoji: f.emoji.value.trim() });
      $('category-error').textContent = '';
      categoryForm.reset();
      setRenaming(null);
    } catch (error) {
      $('category-error').textContent = error.message;
    }
    renderCategories();
  });
  categoryList.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const id = button.closest('li').dataset.categoryId;
    const { action } = button.dataset;
    try {
      if (action === 'up' || action === 'down') await actions.moveCategory(id, action === 'up' ? -1 : 1);
      if (action === 'hide' || action === 'show') await actions.setCategoryHidden(id, action === 'hide');
      if (action === 'delete') {
        const category = actions.getState().deck.categories.find((c) => c.id === id);
        if (await confirmDialog(doc, `"${category.name}" 분류를 지울까요?`)) await actions.deleteCategory(id);
      }
      if (action === 'edit') {
        const category = actions.getState().deck.categories.find((c) => c.id === id);
        categoryForm.elements.name.value = category.name;
        categoryForm.elements.emoji.value = category.emoji || '';
        setRenaming(id);
        categoryForm.elements.name.focus();
        return;
      }
      $('category-error').textContent = '';
    } catch (error) {
      $('category-error').textContent = error.message;
    }
    renderCategories();
  });

  function setRenaming(id) {
    renamingCategory = id;
    doc.querySelector('label[for="category-name"]').textContent = id ? '분류 이름 바꾸기' : '새 분류';
    categoryForm.querySelector('button[type="submit"] span').textContent = id ? '바꾸기' : '분류 더하기';
  }

  function renderCategories() {
    const { deck } = actions.getState();
    categoryList.replaceChildren(...deck.categories.map((category, i) => {
      const item = doc.createElement('li');
      item.className = 'item';
      item.dataset.categoryId = category.id;
      if (category.hidden) item.classList.add('is-hidden');
      item.append(picture(category, 'item-picture'));
      const text = doc.createElement('span');
      text.className = 'item-text';
      const name = doc.createElement('b');
      name.textContent = category.name;
      const meta = doc.createElement('small');
      const count = deck.cards.filter((c) => c.category === category.id).length;
      meta.textContent = [`카드 ${count}장`, category.pinned ? '늘 보이는 줄' : '', category.hidden ? '숨김' : ''].filter(Boolean).join(' · ');
      text.append(name, meta);
      item.append(text,
        iconButton('up', `${category.name} 앞으로`, 'up', i === 0),
        iconButton('down', `${category.name} 뒤로`, 'down', i === deck.categories.length - 1),
        iconButton(category.hidden ? 'eyeOff' : 'eye', category.hidden ? `${category.name} 보이기` : `${category.name} 숨기기`, category.hidden ? 'show' : 'hide'),
        iconButton('edit', `${category.name} 이름 바꾸기`, 'edit'));
      if (count === 0) item.append(iconButton('trash', `${category.name} 지우기`, 'delete'));
      return item;
    }));
  }

  // ——— sentence settings
  const syncEndpoint = () => {
    $('custom-endpoint').hidden = sentenceForm.elements.endpoint.value !== 'custom';
    $('timeout-out').textContent = `${sentenceForm.elements.timeoutSeconds.value}초`;
  };
  sentenceForm.addEventListener('input', syncEndpoint);
  sentenceForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = sentenceForm.elements;
    await actions.saveSentenceSettings({
      mode: f.mode.value,
      timeoutMs: Number(f.timeoutSeconds.value) * 1000,
      endpoint: { kind: f.endpoint.value, baseUrl: f.baseUrl.value.trim(), model: f.model.value.trim() },
      apiKey: f.apiKey.value.trim(),
      rememberKey: f.rememberKey.checked,
    });
    $('sentence-saved').textContent = '저장했어요.';
    renderSentence();
  });

  function renderSentence() {
    const { settings, apiKey, rememberKey, serverStatus, modelAvailable, log } = actions.getState();
    const f = sentenceForm.elements;
    f.mode.value = settings.mode;
    f.endpoint.value = settings.endpoint.kind;
    f.baseUrl.value = settings.endpoint.baseUrl || '';
    f.model.value = settings.endpoint.model || '';
    f.apiKey.value = apiKey || '';
    f.rememberKey.checked = rememberKey;
    f.timeoutSeconds.value = String(Math.round(settings.timeoutMs / 1000));
    let note;
    if (settings.endpoint.kind === 'custom') {
      note = modelAvailable ? `직접 입력한 AI(${settings.endpoint.model})를 써요.` : '주소와 모델 이름을 적어야 AI를 쓸 수 있어요. 지금은 규칙만 써요.';
    } else if (serverStatus === null) {
      note = '서버에 연결할 수 없어요 (인터넷이 없거나 서버가 꺼져 있어요). 규칙으로 문장을 만들어요.';
    } else {
      note = serverStatus.model?.configured ? '이 서버에 AI 모델이 연결되어 있어요.' : '이 서버에는 AI 모델이 없어요. 규칙만으로 문장을 만들어요 (인터넷 없이도 돼요).';
    }
    $('model-status').textContent = `지금: ${MODE_NAMES[modelAvailable ? settings.mode : 'rules']} — ${note}`;
    syncEndpoint();
    $('model-log').replaceChildren(...log.slice().reverse().map((entry) => {
      const li = doc.createElement('li');
      li.textContent = entry;
      return li;
    }));
    if (!log.length) $('model-log').append(Object.assign(doc.createElement('li'), { textContent: '아직 기록이 없어요.' }));
  }

  // ——— speech and display
  const syncDisplay = () => {
    const f = displayForm.elements;
    $('rate-out').textContent = `${Number(f.rate.value).toFixed(1)}배`;
    $('scan-speed-out').textContent = `${Number(f.scanSeconds.value).toFixed(2).replace(/0$/, '')}초`;
  };
  displayForm.addEventListener('input', syncDisplay);
  $('voice-test').addEventListener('click', () => {
    const f = displayForm.elements;
    actions.testVoice({ rate: Number(f.rate.value), voiceURI: f.voice.value });
  });
  displayForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = displayForm.elements;
    const pin = f.pin.value.trim();
    if (pin && !/^[0-9]{4,8}$/.test(pin)) {
      $('display-saved').textContent = '비밀번호는 숫자 4~8자리로 적어 주세요.';
      return;
    }
    await actions.saveDisplaySettings({
      speech: { onTap: f.speakOnTap.checked, rate: Number(f.rate.value), voiceURI: f.voice.value },
      cardSize: f.cardSize.value,
      scan: { enabled: f.scanEnabled.checked, mode: f.scanMode.value, intervalMs: Math.round(Number(f.scanSeconds.value) * 1000) },
      pin: f.pinClear.checked ? '' : pin || undefined,
    });
    f.pin.value = '';
    f.pinClear.checked = false;
    $('display-saved').textContent = '저장했어요.';
  });

  function renderDisplay() {
    const { settings, voices } = actions.getState();
    const f = displayForm.elements;
    f.speakOnTap.checked = settings.speech.onTap;
    f.rate.value = String(settings.speech.rate);
    f.voice.replaceChildren(option('', voices.length ? '기본 한국어 목소리' : '이 기기에는 한국어 목소리가 없어요'),
      ...voices.map((v) => option(v.voiceURI, `${v.name} (${v.lang})`)));
    f.voice.value = voices.some((v) => v.voiceURI === settings.speech.voiceURI) ? settings.speech.voiceURI : '';
    f.cardSize.value = settings.cardSize;
    f.scanEnabled.checked = settings.scan.enabled;
    f.scanMode.value = settings.scan.mode;
    f.scanSeconds.value = String(settings.scan.intervalMs / 1000);
    f.pin.placeholder = settings.pinHash ? '비밀번호가 있어요 (바꾸려면 새로 적기)' : '';
    f.pinClear.closest('label').hidden = !settings.pinHash;
    syncDisplay();
  }

  // ——— files
  $('export-obz').addEventListener('click', () => actions.exportDeck('obz'));
  $('export-obf').addEventListener('click', () => actions.exportDeck('obf'));
  $('import-file').addEventListener('change', async (event) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    importMessage.className = 'import-message';
    importMessage.textContent = '읽는 중…';
    const outcome = await actions.importDeck(file);
    importMessage.classList.add(outcome.ok ? 'ok' : 'problem');
    importMessage.textContent = outcome.message;
    refresh();
  });
  $('reset-deck').addEventListener('click', async () => {
    if (!(await confirmDialog(doc, '기본 낱말판으로 되돌릴까요? 선생님이 만든 카드와 분류는 사라져요.'))) return;
    await actions.resetDeck();
    importMessage.className = 'import-message ok';
    importMessage.textContent = '기본 낱말판으로 되돌렸어요.';
    refresh();
  });

  function refresh() {
    const panel = tabButtons.find((b) => b.getAttribute('aria-selected') === 'true')?.dataset.panel;
    if (panel === 'panel-cards') renderCards();
    if (panel === 'panel-categories') renderCategories();
    if (panel === 'panel-sentence') renderSentence();
    if (panel === 'panel-display') renderDisplay();
    const { storePersistent } = actions.getState();
    $('storage-note').textContent = storePersistent
      ? '카드와 설정은 이 기기(브라우저)에 저장돼요. 새로 고치거나 창을 닫아도 남아 있어요.'
      : '이 브라우저는 저장을 막고 있어요. 창을 닫으면 바꾼 내용이 사라지니 내보내기로 보관해 주세요.';
  }

  return {
    /** Opens the teacher area at its first panel. */
    open() {
      $('sentence-saved').textContent = '';
      $('display-saved').textContent = '';
      showPanel(tabButtons.find((b) => b.getAttribute('aria-selected') === 'true')?.dataset.panel || 'panel-cards');
      dialog.showModal();
    },
    get isOpen() {
      return dialog.open || editor.open;
    },
    /** Redraws the open panel (e.g. after voices load or the server answers). */
    refresh,
    /** @param {() => void} listener called when the teacher area closes */
    onClose(listener) {
      dialog.addEventListener('close', listener);
    },
  };
}

/**
 * A yes/no question in the page's own dialog.
 * @param {Document} doc @param {string} text
 * @returns {Promise<boolean>}
 */
export function confirmDialog(doc, text) {
  const dialog = doc.getElementById('confirm');
  doc.getElementById('confirm-text').textContent = text;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
  });
}

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

function iconButton(icon, label, action, disabled = false) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'icon-button';
  button.dataset.action = action;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.disabled = disabled;
  button.append(glyph(icon));
  return button;
}
