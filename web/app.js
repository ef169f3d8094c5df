/**
 * Wires Malmoi together: the deck and settings from the store, taps from the view, sentences from the
 * policy (rules at once, the model through the validator), speech, scanning and the teacher area.
 * It owns the state; the modules it calls own the DOM (view.js, teacher.js), storage (store.js), the
 * network (model.js) and the wasm (core.js).
 */
import { loadCore } from './core.js';
import * as decks from './deck.js';
import { createView } from './view.js';
import { createTeacher } from './teacher.js';
import { openStore } from './store.js';
import { createPolicy } from './policy.js';
import { fetchStatus, modelAvailable, requestModel } from './model.js';
import { koreanVoices, onVoicesChanged, speak } from './speech.js';
import { createScanner } from './scan.js';
import { attachLongPress, hashPin, newSalt, pinMatches } from './lock.js';

/** Settings a new device starts with. */
export const DEFAULT_SETTINGS = Object.freeze({
  mode: 'auto',
  timeoutMs: 8000,
  endpoint: { kind: 'server', baseUrl: '', model: '' },
  speech: { onTap: true, rate: 0.9, voiceURI: '' },
  cardSize: 'medium',
  scan: { enabled: false, mode: 'rowcol', intervalMs: 1500 },
  pinHash: '',
  pinSalt: '',
});

const state = {
  deck: null,
  settings: structuredClone(DEFAULT_SETTINGS),
  apiKey: '',
  rememberKey: false,
  serverStatus: undefined, // undefined: not asked yet; null: could not ask
  core: null,
  strip: [],
  shown: { sentence: '', tokens: [], source: 'rules', state: 'idle' },
  category: '',
  knownSymbols: new Set(),
  log: [],
  store: null,
};

const view = createView(document, {
  onCard: (id) => tapCard(id),
  onTab: (id) => selectCategory(id),
  onSpeak: () => speakSentence(),
  onUndo: () => setStrip(state.strip.slice(0, -1)),
  onClear: () => setStrip([]),
});

const policy = createPolicy({
  getCore: () => state.core,
  askModel: (cards, signal) => requestModel(cards, modelSettings(), { signal, core: state.core || missingCore() })
    .then((result) => {
      note(cards, result.disagreements?.length ? 'AI 답이 규칙과 달랐어요' : 'AI 답을 검사하고 썼어요');
      return result;
    }, (error) => {
      if (error?.code !== 'aborted') note(cards, `AI 답을 쓰지 않았어요: ${describeFailure(error)}`);
      throw error;
    }),
  onShow: (shown) => {
    state.shown = shown;
    view.renderSentence(shown, state.strip);
  },
});

const scanner = createScanner({ getGroups: () => view.scanGroups() });
let teacher = null;

start().catch((error) => {
  view.renderNotice('말모이를 여는 중에 문제가 생겼어요. 새로 고쳐 주세요.');
  console.error(error);
});

async function start() {
  state.store = await openStore();
  const [savedSettings, savedDeck, key] = await Promise.all([
    state.store.getSettings(), state.store.getDeck(), state.store.getApiKey(),
  ]);
  state.settings = mergeSettings(savedSettings);
  state.apiKey = key.key;
  state.rememberKey = key.remembered;
  try {
    state.deck = savedDeck ? decks.checkDeck(savedDeck) : await decks.loadDefaultDeck();
  } catch {
    state.deck = await decks.loadDefaultDeck();
  }
  renderDeck();
  setStrip([]);
  applySettings();

  teacher = createTeacher(document, teacherActions());
  teacher.onClose(() => {
    renderDeck();
    updateSentence();
    applyScanning();
  });
  attachLongPress(document.getElementById('teacher-open'), {
    onOpen: openTeacher,
    onShortPress: showTeacherHint,
  });
  const about = document.getElementById('about');
  document.getElementById('about-open').addEventListener('click', () => about.showModal());
  wireSwitch();
  onVoicesChanged(() => teacher?.refresh());

  // The engine, the server's model status and the symbol list arrive in parallel; the board is usable now.
  loadCore().then((core) => {
    state.core = core;
    updateSentence();
  }, () => {
    view.renderNotice('문장 엔진을 불러오지 못했어요. 낱말을 그대로 보여 줘요.');
  });
  refreshStatus();
  window.addEventListener('online', refreshStatus);
  fetch(new URL('./gen/vendor/openmoji/index.json', import.meta.url))
    .then((r) => (r.ok ? r.json() : []))
    .then((list) => { state.knownSymbols = new Set(list); })
    .catch(() => {});
  registerServiceWorker();
  document.documentElement.dataset.ready = 'true';
}

// ——— the child's board

function renderDeck() {
  const tabs = decks.tabCategories(state.deck);
  if (!tabs.some((c) => c.id === state.category)) state.category = tabs[0]?.id || '';
  view.renderTabs(tabs, state.category);
  view.renderPinned(decks.pinnedCategories(state.deck).flatMap((c) => decks.cardsIn(state.deck, c.id)));
  view.renderBoard(state.category ? decks.cardsIn(state.deck, state.category) : []);
}

function selectCategory(id) {
  state.category = id;
  renderDeck();
}

function tapCard(id) {
  const card = state.deck.cards.find((c) => c.id === id);
  if (!card) return;
  if (state.strip.length >= decks.MAX_CARDS) return; // the core's limit (docs/design.md): a sentence, not a page
  view.pulse(id);
  if (state.settings.speech.onTap) speak(card.speak || card.label, state.settings.speech);
  // A snapshot: editing the deck later does not change a sentence already being built.
  setStrip([...state.strip, structuredClone(card)]);
}

function setStrip(cards) {
  state.strip = cards;
  view.renderStrip(cards);
  updateSentence();
}

function updateSentence() {
  policy.update(state.strip, {
    mode: state.settings.mode,
    available: modelAvailable(modelSettings(), state.serverStatus),
    limitMs: state.settings.timeoutMs,
  });
}

function speakSentence() {
  if (state.shown.sentence) speak(state.shown.sentence, state.settings.speech);
}

// ——— settings, model status, scanning

function mergeSettings(saved) {
  const base = structuredClone(DEFAULT_SETTINGS);
  if (!saved || typeof saved !== 'object') return base;
  return {
    ...base,
    ...saved,
    endpoint: { ...base.endpoint, ...saved.endpoint },
    speech: { ...base.speech, ...saved.speech },
    scan: { ...base.scan, ...saved.scan },
  };
}

function applySettings() {
  view.setCardSize(state.settings.cardSize);
  applyScanning();
}

function applyScanning() {
  const { scan } = state.settings;
  const button = document.getElementById('switch');
  button.hidden = !scan.enabled;
  document.getElementById('app').dataset.scanning = String(scan.enabled);
  if (scan.enabled && !teacher?.isOpen) {
    scanner.configure({ intervalMs: scan.intervalMs, mode: scan.mode });
    scanner.start();
  } else {
    scanner.stop();
  }
}

function wireSwitch() {
  const button = document.getElementById('switch');
  button.addEventListener('pointerdown', (event) => {
    event.preventDefault();
    scanner.press();
  });
  button.addEventListener('click', (event) => event.preventDefault());
  document.addEventListener('keydown', (event) => {
    if (!state.settings.scan.enabled || !scanner.running || teacher?.isOpen) return;
    if (event.key !== ' ' && event.key !== 'Enter') return;
    if (event.target.closest?.('input, select, textarea, dialog')) return;
    event.preventDefault();
    if (!event.repeat) scanner.press();
  });
}

function modelSettings() {
  return {
    timeoutMs: state.settings.timeoutMs,
    endpoint: state.settings.endpoint,
    apiKey: state.settings.endpoint.kind === 'custom' ? state.apiKey : '',
    serverStyle: state.serverStatus?.model?.style,
  };
}

async function refreshStatus() {
  state.serverStatus = await fetchStatus();
  teacher?.refresh();
  updateSentence();
}

function missingCore() {
  return {
    prompt: () => { throw Object.assign(new Error('engine not loaded'), { code: 'engine_not_loaded' }); },
    validate: () => { throw Object.assign(new Error('engine not loaded'), { code: 'engine_not_loaded' }); },
  };
}

/** A line for the teacher's log: when, which cards, what happened (no key, no model text). */
function note(cards, text) {
  const time = new Date().toLocaleTimeString('ko-KR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  state.log.push(`${time} [${cards.map((c) => c.label).join(', ')}] ${text}`);
  if (state.log.length > 30) state.log.shift();
  teacher?.refresh();
}

const FAILURES = {
  timeout: '시간 안에 답이 오지 않았어요',
  network: '네트워크에 닿지 않았어요',
  rate_limited: '요청이 너무 많았어요 (429)',
  insufficient_quota: 'API 사용 한도를 넘었어요',
  unauthorized: 'API 열쇠가 맞지 않아요',
  model_not_configured: '서버에 모델이 설정되지 않았어요',
  server_error: 'AI 서버 오류',
  refusal: 'AI가 답하지 않았어요',
  truncated: '답이 중간에 끊겼어요',
  not_json: '답의 형식이 틀렸어요',
  schema: '답의 형식이 틀렸어요',
  word_not_allowed: '허용되지 않는 낱말이 들어 있었어요',
  word_not_derivable: '카드에서 만들 수 없는 낱말이 들어 있었어요',
  index_out_of_range: '답의 위치 번호가 틀렸어요',
  index_repeated: '답의 위치 번호가 겹쳤어요',
};

function describeFailure(error) {
  const code = error?.code || 'failed';
  const attempts = error?.attempts > 1 ? `, ${error.attempts}번 시도` : '';
  return `${FAILURES[code] || '검사를 통과하지 못했어요'} (${code}${error?.status ? ` ${error.status}` : ''}${attempts})`;
}

// ——— the teacher area

async function openTeacher() {
  if (teacher.isOpen) return;
  if (state.settings.pinHash && !(await askPin())) return;
  scanner.stop();
  teacher.open();
}

function askPin() {
  const dialog = document.getElementById('pin-dialog');
  const form = document.getElementById('pin-form');
  const input = document.getElementById('pin-input');
  const error = document.getElementById('pin-error');
  input.value = '';
  error.textContent = '';
  dialog.showModal();
  return new Promise((resolve) => {
    const finish = (ok) => {
      form.removeEventListener('submit', onSubmit);
      document.getElementById('pin-cancel').removeEventListener('click', onCancel);
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      resolve(ok);
    };
    const onSubmit = (event) => {
      event.preventDefault();
      if (pinMatches(input.value, state.settings)) finish(true);
      else {
        error.textContent = '비밀번호가 맞지 않아요.';
        input.select();
      }
    };
    const onCancel = () => finish(false);
    form.addEventListener('submit', onSubmit);
    document.getElementById('pin-cancel').addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
  });
}

let hintTimer = 0;
function showTeacherHint() {
  const hint = document.getElementById('teacher-hint');
  hint.hidden = false;
  clearTimeout(hintTimer);
  hintTimer = setTimeout(() => { hint.hidden = true; }, 2500);
}

async function saveDeck(next) {
  state.deck = decks.checkDeck(next);
  await state.store.saveDeck(state.deck);
  renderDeck();
}

async function saveSettings() {
  await state.store.saveSettings(state.settings);
  applySettings();
}

function teacherActions() {
  return {
    getState: () => ({
      deck: state.deck,
      settings: state.settings,
      apiKey: state.apiKey,
      rememberKey: state.rememberKey,
      serverStatus: state.serverStatus ?? null,
      modelAvailable: modelAvailable(modelSettings(), state.serverStatus),
      storePersistent: state.store.persistent,
      voices: koreanVoices(),
      log: state.log,
    }),
    symbolFor: (emoji) => symbolFor(emoji),
    async saveCard(card) {
      const next = { ...card };
      if (!next.id) next.id = decks.uniqueId(state.deck.cards.map((c) => c.id), 'card');
      await saveDeck(decks.saveCard(state.deck, next));
    },
    deleteCard: (id) => saveDeck(decks.deleteCard(state.deck, id)),
    moveCard: (id, step) => saveDeck(decks.moveCard(state.deck, id, step)),
    setCardHidden: (id, hidden) => saveDeck(decks.setCardHidden(state.deck, id, hidden)),
    saveCategory: (category) => saveDeck(decks.saveCategory(state.deck, { ...category, symbol: symbolFor(category.emoji) })),
    moveCategory: (id, step) => saveDeck(decks.moveCategory(state.deck, id, step)),
    setCategoryHidden: (id, hidden) => saveDeck(decks.setCategoryHidden(state.deck, id, hidden)),
    deleteCategory: (id) => saveDeck(decks.deleteCategory(state.deck, id)),
    async saveSentenceSettings({ mode, timeoutMs, endpoint, apiKey, rememberKey }) {
      state.settings = { ...state.settings, mode, timeoutMs, endpoint };
      state.apiKey = apiKey;
      state.rememberKey = rememberKey && Boolean(apiKey);
      await state.store.setApiKey(apiKey, rememberKey);
      await saveSettings();
    },
    async saveDisplaySettings({ speech, cardSize, scan, pin }) {
      state.settings = { ...state.settings, speech, cardSize, scan };
      if (pin === '') state.settings = { ...state.settings, pinHash: '', pinSalt: '' };
      else if (pin) {
        const salt = newSalt();
        state.settings = { ...state.settings, pinHash: hashPin(pin, salt), pinSalt: salt };
      }
      await saveSettings();
      scanner.stop();
    },
    testVoice: (speech) => speak('안녕하세요. 말모이예요.', speech),
    exportDeck: (kind) => exportDeck(kind),
    importDeck: (file) => importDeck(file),
    async resetDeck() {
      await state.store.clearDeck();
      state.deck = await decks.loadDefaultDeck();
      renderDeck();
    },
  };
}

/** The OpenMoji file for an emoji when the app has it (so a teacher's emoji looks the same everywhere). */
function symbolFor(emoji) {
  const text = String(emoji || '').trim();
  if (!text) return '';
  const hex = Array.from(text.replace(/\uFE0F/g, ''), (ch) => ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')).join('-');
  return state.knownSymbols.has(hex) ? hex : '';
}

async function readSymbol(hex) {
  const response = await fetch(new URL(`./gen/vendor/openmoji/${encodeURIComponent(hex)}.svg`, import.meta.url));
  if (!response.ok) return null;
  return new Uint8Array(await response.arrayBuffer());
}

async function exportDeck(kind) {
  const obf = await import('./obf.js');
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  let blob;
  if (kind === 'obz') {
    blob = new Blob([await obf.exportObz(state.deck, readSymbol)], { type: 'application/zip' });
  } else {
    blob = new Blob([await obf.exportObf(state.deck, readSymbol)], { type: 'application/json' });
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `말모이-낱말판-${stamp}.${kind}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function importDeck(file) {
  const keep = '지금 낱말판은 그대로예요.';
  const obf = await import('./obf.js');
  if (file.size > obf.LIMITS.fileBytes) {
    return { ok: false, message: `파일이 너무 커요. ${obf.LIMITS.fileBytes / 1024 / 1024}MB보다 작은 파일만 가져올 수 있어요. ${keep}` };
  }
  let deck;
  try {
    deck = obf.importBoardFile(new Uint8Array(await file.arrayBuffer()), { knownSymbols: state.knownSymbols });
  } catch (error) {
    const message = error instanceof obf.ImportError ? error.message : '이 파일은 읽을 수 없어요.';
    return { ok: false, message: `${message} ${keep}` };
  }
  const { confirmDialog } = await import('./teacher.js');
  const visible = deck.cards.filter((c) => !c.hidden).length;
  const ok = await confirmDialog(document, `"${deck.name}" 낱말판(카드 ${deck.cards.length}장, 분류 ${deck.categories.length}개)으로 바꿀까요? 지금 낱말판을 보관하려면 먼저 내보내 주세요.`);
  if (!ok) return { ok: false, message: `가져오지 않았어요. ${keep}` };
  await saveDeck(deck);
  return { ok: true, message: `낱말판을 가져왔어요: 카드 ${deck.cards.length}장 (보이는 카드 ${visible}장), 분류 ${deck.categories.length}개.` };
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' }).catch(() => {
    // Plain-http LAN pages cannot have one; the app still works online.
  });
}
