/**
 * Wires Malmoi together: the deck and settings from the store, taps from the view, sentences from the
 * policy (rules at once, the model through the validator), speech, scanning and the teacher area.
 * It owns the state; the modules it calls own the DOM (view.js, teacher.js), storage (store.js), the
 * network (model.js) and the wasm (core.js).
 */
import { loadCore } from './core.js';
import * as decks from './deck.js';
import { createView } from './view.js';
import { openStore } from './store.js';
import { createPolicy } from './policy.js';
import { fetchStatus, modelAvailable, requestModel } from './model.js';
import { koreanVoices, onVoicesChanged, speak } from './speech.js';
import { createScanner } from './scan.js';
import { clampPage, gridFor, pageCount } from './pages.js';
import { attachLongPress, hashPin, newSalt, pinMatches } from './lock.js';
import { addPhrase, isPhrase, saidCard, saidOf } from './phrases.js';
import { beginsWith } from './hangul-input.js';

/**
 * @typedef {object} Settings  a teacher's settings, kept by store.js
 * @property {string} mode  'auto' | 'rules' | 'model' (policy.js)
 * @property {number} timeoutMs
 * @property {{kind: 'server'|'custom', baseUrl: string, model: string, style?: string}} endpoint
 * @property {{onTap: boolean, rate: number, voiceURI: string}} speech
 * @property {{rows: number, cols: number, repeatMs: number}} board
 * @property {{enabled: boolean, mode: 'rowcol'|'linear', intervalMs: number}} scan
 * @property {{register: string, firstPerson: string, order: string, collapseRepeats: boolean}} language
 * @property {{history: boolean, favourite: boolean, keyboard: boolean, hints: boolean}} tools
 * @property {string} pinHash
 * @property {string} pinSalt
 */

/** Settings a new device starts with. @type {Readonly<Settings>} */
export const DEFAULT_SETTINGS = Object.freeze({
  mode: 'auto',
  timeoutMs: 8000,
  endpoint: { kind: /** @type {'server'|'custom'} */ ('server'), baseUrl: '', model: '' },
  speech: { onTap: true, rate: 0.9, voiceURI: '' },
  // The board's grid (0 × 0: chosen for the screen) and the repeat-tap guard.
  board: { rows: 0, cols: 0, repeatMs: 300 },
  scan: { enabled: false, mode: /** @type {'rowcol'|'linear'} */ ('rowcol'), intervalMs: 1500 },
  // The board's sentence options, as core.complete takes them (defaults: 해요체, 나, Korean order, a
  // repeated card once).
  language: { register: 'polite', firstPerson: '나', order: 'arrange', collapseRepeats: true },
  // What the child's screen offers besides the board: 지난 말, 저장 (자주 하는 말), 글자 (the keyboard) and
  // the next-card hints.
  tools: { history: true, favourite: true, keyboard: true, hints: true },
  pinHash: '',
  pinSalt: '',
});

const state = {
  deck: null,
  version: 0, // the stored deck's version this tab's deck is based on (-1: unknown, every write refused)
  pendingImport: null, // {deck, report, fileName} between the preview and the teacher's choice
  deckNotice: '', // what the teacher must know about the stored deck (shown on the child's screen at start)
  persisted: null, // whether the browser promised not to evict the deck (null: not asked or cannot ask)
  undo: null, // {snapshotId, label}: what 가져오기 취소 (or 되돌리기 취소) restores
  settings: /** @type {Settings} */ (structuredClone(DEFAULT_SETTINGS)),
  apiKey: '',
  rememberKey: false,
  serverStatus: undefined, // undefined: not asked yet; null: could not ask
  core: null,
  strip: [],
  shown: /** @type {import('./policy.js').Shown} */ ({ sentence: '', tokens: [], source: 'rules', state: 'idle' }),
  category: '',
  page: 0, // of the active category; back to the first page when the category changes
  lastTap: { id: '', at: -Infinity }, // the repeat-tap guard
  knownSymbols: new Set(),
  log: [],
  store: null,
};

const view = createView(document, {
  onCard: (id) => tapCard(id),
  onTab: (id) => selectCategory(id),
  onPage: (step) => turnPage(step),
  onLayout: () => renderDeck(),
  onSpeak: () => speakSentence(),
  onUndo: () => setStrip(state.strip.slice(0, -1)),
  onClear: () => setStrip([]),
  onHistory: () => openHistory(),
  onFavourite: () => saveFavourite().then((text) => view.renderNotice(text)),
  onKeyboard: () => openKeyboard(),
});

const policy = createPolicy({
  getCore: () => state.core,
  askModel: (cards, signal, options) => requestModel(cards, modelSettings(), { signal, core: state.core || missingCore(), engineOptions: options })
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
    view.renderTools(state.settings.tools, Boolean(shown.sentence));
  },
});

const scanner = createScanner({
  getGroups: () => view.scanGroups(),
  resumeAt: (chosen, groups) => view.scanResumeAt(chosen, groups),
});
let teacher = null;

start().catch((error) => {
  view.renderNotice('말모이를 여는 중에 문제가 생겼어요. 새로 고쳐 주세요.');
  console.error(error);
});

async function start() {
  // The engine compiles while it downloads, in parallel with the store, the deck and the board.
  const engine = loadCore();
  engine.catch(() => {}); // handled below, once the board is drawn
  state.store = await openStore();
  const [savedSettings, key] = await Promise.all([
    state.store.getSettings().catch(() => undefined), state.store.getApiKey().catch(() => ({ key: '', remembered: false })),
  ]);
  state.settings = mergeSettings(savedSettings);
  // The server's policy lets this page reach a teacher's own endpoint only when the page was asked
  // for with its origin in a cookie; if the cookie was missing, it is set now and the page asked for
  // again, once (never when this load is already a reload).
  if (state.store.setModelOrigin(state.settings.endpoint) && /** @type {PerformanceNavigationTiming|undefined} */ (performance.getEntriesByType?.('navigation')[0])?.type !== 'reload') {
    location.reload();
    return;
  }
  state.apiKey = key.key;
  state.rememberKey = key.remembered;
  state.deck = await loadStoredDeck();
  state.store.onDeckChanged(({ version }) => {
    if (version !== state.version) reloadDeck();
  });
  setStrip([]);
  if (state.deckNotice) view.renderNotice(state.deckNotice);
  applySettings(); // draws the board

  const teacherButton = document.getElementById('teacher-open');
  attachLongPress(teacherButton, {
    onOpen: openTeacher,
    onShortPress: showTeacherHint,
  });
  // The teacher area loads when first used: a press on its button starts loading it.
  for (const type of ['pointerdown', 'keydown']) teacherButton.addEventListener(type, () => loadTeacher().catch(() => {}), { once: true });
  const about = /** @type {HTMLDialogElement} */ (document.getElementById('about'));
  document.getElementById('about-open').addEventListener('click', () => about.showModal());
  // Every dialog's 닫기 button (the keyboard, 지난 말, the teacher area and its prompts) closes its
  // dialog: wired here, at start, because the teacher area's code loads only when first opened.
  document.addEventListener('click', (event) => {
    const close = /** @type {Element} */ (event.target).closest?.('dialog [data-close]');
    close?.closest('dialog')?.close();
  });
  wireSwitch();
  onVoicesChanged(() => teacher?.refresh());

  // The engine and the server's model status arrive in parallel; the board is usable now.
  engine.then((core) => {
    state.core = core;
    updateSentence(); // engine-start.js had it read its tables while the page loaded
  }, () => {
    view.renderNotice('문장 엔진을 불러오지 못했어요. 낱말을 그대로 보여 줘요.');
  }).finally(() => afterFirstFrame(registerServiceWorker));
  refreshStatus();
  window.addEventListener('online', refreshStatus);
  document.documentElement.dataset.ready = 'true';
}

/** Runs `task` once the browser has drawn what is on screen now, when it is idle. */
function afterFirstFrame(task) {
  requestAnimationFrame(() => setTimeout(() => {
    if (window.requestIdleCallback) requestIdleCallback(() => task(), { timeout: 500 });
    else task();
  }, 0));
}

let teacherLoading = null;
/** The teacher area (its modules and panels), made the first time a teacher reaches for it. */
function loadTeacher() {
  teacherLoading ??= import('./teacher.js').then(({ createTeacher }) => {
    teacher = createTeacher(document, teacherActions());
    teacher.onClose(() => {
      renderDeck();
      updateSentence();
      applyScanning();
    });
    // The OpenMoji symbols a teacher's emoji can use (symbolFor), for the teacher's edits only.
    fetch(new URL('./gen/vendor/openmoji/index.json', import.meta.url))
      .then((r) => (r.ok ? r.json() : []))
      .then((list) => { state.knownSymbols = new Set(list); })
      .catch(() => {});
    return teacher;
  }, (error) => {
    teacherLoading = null; // try again on the next press
    throw error;
  });
  return teacherLoading;
}

// ——— the child's board

function renderDeck() {
  const tabs = decks.tabCategories(state.deck);
  if (!tabs.some((c) => c.id === state.category)) {
    state.category = tabs[0]?.id || '';
    state.page = 0;
  }
  view.renderTabs(tabs, state.category);
  view.renderPinned(decks.pinnedCategories(state.deck).flatMap((c) => decks.cardsIn(state.deck, c.id)).map(shownCard));
  const cards = (state.category ? decks.cardsIn(state.deck, state.category) : []).map(shownCard);
  const grid = boardGrid();
  const pages = pageCount(cards.length, grid);
  state.page = clampPage(state.page, pages);
  view.renderBoard(cards, { page: state.page, pages, grid });
  updateHints();
  scanner.refresh();
}

/**
 * A deck card as this board shows it: with 저 chosen for the board, the 나 card reads 저 (the engine
 * says 저는, 제가, 저를 for either).
 */
function shownCard(card) {
  if (state.settings.language.firstPerson !== '저' || card.label !== '나') return card;
  return { ...card, label: '저', speak: !card.speak || card.speak === '나' ? '저' : card.speak };
}

/**
 * Next-card hints by meaning: after a noun the verbs whose case frames take its class, after a verb
 * the nouns it takes, on the page in view. Only a highlight: nothing moves.
 */
function updateHints() {
  const onPage = view.boardCardIds();
  const last = [...state.strip].reverse().find((card) => card.pos !== 'grammar');
  if (!state.settings.tools.hints || !state.core || !last || isPhrase(last) || !onPage.length) {
    view.renderHints([]);
    return;
  }
  const byId = new Map(state.deck.cards.map((card) => [card.id, card]));
  const candidates = onPage.map((id) => byId.get(id)).filter(Boolean);
  try {
    const { highlight } = state.core.hints(decks.coreCard(last), candidates.map(decks.coreCard));
    view.renderHints(highlight.map((i) => candidates[i]?.id).filter((id) => id && id !== last.id));
  } catch {
    view.renderHints([]); // an engine without hints, or a card it refuses: no hint, never an error
  }
}

let hintsPending = false;

/**
 * The hints of a tap, after the frame that shows its sentence: on a slow tablet the sentence comes
 * first, and the highlight follows a frame later.
 */
function updateHintsSoon() {
  if (hintsPending) return;
  hintsPending = true;
  requestAnimationFrame(() => setTimeout(() => {
    hintsPending = false;
    updateHints();
  }));
}

/** The grid in force on this screen (the teacher's, or the screen's own). */
function boardGrid() {
  return gridFor(state.settings.board, view.screen());
}

function selectCategory(id) {
  if (id !== state.category) state.page = 0;
  state.category = id;
  renderDeck();
}

function turnPage(step) {
  state.page += step;
  renderDeck();
}

function tapCard(id) {
  const card = state.deck.cards.find((c) => c.id === id);
  if (!card) return;
  // A second tap on the same card within the teacher's time is a bounce or a double tap, not a word.
  const now = performance.now();
  if (id === state.lastTap.id && now - state.lastTap.at < state.settings.board.repeatMs) return;
  state.lastTap = { id, at: now };
  view.pulse(id);
  if (isPhrase(card)) {
    // A 자주 하는 말 card is a whole sentence: it is said at once, as it was saved.
    sayAgain(card.phrase, card.id);
    return;
  }
  addToStrip(shownCard(card));
}

/** Puts a card on the strip (a word typed on the keyboard too); a said sentence there makes way for it. */
function addToStrip(card) {
  const strip = state.strip.some(isPhrase) ? [] : state.strip;
  if (strip.length >= decks.MAX_CARDS) return; // the core's limit (docs/design.md): a sentence, not a page
  if (state.settings.speech.onTap) speak(card.speak || card.label, state.settings.speech);
  // A snapshot: editing the deck later does not change a sentence already being built.
  setStrip([...strip, structuredClone(card)]);
}

/** Says a sentence said before (history, or a 자주 하는 말 card) again, with the pictures it had. */
function sayAgain(said, id = 'said') {
  setStrip([saidCard(said, id)]);
  speakSentence();
}

function setStrip(cards) {
  state.strip = cards;
  view.renderStrip(cards);
  updateSentence();
  scanner.refresh();
}

function updateSentence() {
  updateHintsSoon();
  const said = state.strip.length === 1 && isPhrase(state.strip[0]) ? state.strip[0].phrase : null;
  if (said) {
    // A sentence said before is shown as it was: no engine, no model.
    policy.cancel();
    state.shown = { sentence: said.sentence, tokens: said.tokens, source: 'said', state: 'idle' };
    view.renderSentence(state.shown, said.cards);
    view.renderTools(state.settings.tools, true);
    return;
  }
  policy.update(state.strip, {
    mode: state.settings.mode,
    available: modelAvailable(modelSettings(), state.serverStatus),
    limitMs: state.settings.timeoutMs,
    modelKey: modelKey(),
    options: engineOptions(),
  });
}

/**
 * The board's options for core.complete, prompt and validate (and the model answers' memory).
 * @returns {import('./policy.js').EngineOptions}
 */
function engineOptions() {
  const { register, firstPerson, order, collapseRepeats } = state.settings.language;
  return {
    register: register === 'plain' ? 'plain' : 'polite',
    firstPerson: firstPerson === '저' ? '저' : '나',
    order: order === 'tap' ? 'tap' : 'arrange',
    collapseRepeats: collapseRepeats !== false,
  };
}

/** Which model answers: remembered answers are kept apart per model (never the key itself). */
function modelKey() {
  const { endpoint } = state.settings;
  return endpoint.kind === 'custom'
    ? JSON.stringify(['custom', endpoint.baseUrl, endpoint.model])
    : JSON.stringify(['server', state.serverStatus?.model?.style || '']);
}

function speakSentence() {
  if (!state.shown.sentence) return;
  speak(state.shown.sentence, state.settings.speech);
  // The message history keeps what was said (the newest first, 50 at most), on this device only.
  const said = currentSaid();
  if (said) state.store?.addHistory(said).catch(() => {});
}

/** The sentence on the screen with its words' pictures, as the history and 자주 하는 말 keep it. */
function currentSaid() {
  const only = state.strip.length === 1 && isPhrase(state.strip[0]) ? state.strip[0].phrase : null;
  return only ? structuredClone(only) : saidOf(state.shown, state.strip);
}

/**
 * Keeps the sentence on the screen as a 자주 하는 말 card (the category is made on the first save).
 * @param {object} [said] a history entry instead of the sentence on the screen
 * @returns {Promise<string>} what to tell the child, in Korean
 */
async function saveFavourite(said = currentSaid()) {
  if (!said) return '저장할 문장이 없어요. 카드를 먼저 눌러 주세요.';
  try {
    const { deck, existed } = addPhrase(state.deck, said);
    if (existed) return `"${said.sentence}"은(는) 벌써 자주 하는 말에 있어요.`;
    await saveDeck(deck);
    return `"${said.sentence}"을(를) 자주 하는 말에 저장했어요.`;
  } catch (error) {
    return korean(error).message;
  }
}

// ——— the layers over the board: the keyboard and the message history (loaded when first opened)

let keyboard = null;
let history = null;

async function openKeyboard() {
  if (!keyboard) {
    const { createKeyboard } = await import('./keyboard.js');
    keyboard = createKeyboard(document, { suggest: suggestWords, onWord: addWord, onClose: applyScanning });
  }
  scanner.stop();
  keyboard.open();
}

/**
 * Words for what the child has typed, jamo by jamo: the deck's cards first (with their pictures),
 * then the engine's lexicon.
 */
function suggestWords(typed) {
  const seen = new Set();
  const words = [];
  for (const card of state.deck.cards) {
    if (card.hidden || isPhrase(card) || card.pos === 'grammar' || seen.has(card.label) || !beginsWith(typed, card.label)) continue;
    seen.add(card.label);
    words.push({ label: card.label, card: shownCard(card) });
  }
  try {
    for (const word of state.core?.words(typed, 8).words || []) {
      if (seen.has(word.label)) continue;
      seen.add(word.label);
      words.push({ label: word.label, pos: word.pos });
    }
  } catch {
    // The engine is still loading: the deck's words alone.
  }
  return words;
}

/** A word from the keyboard: the deck's own card when it has one, else a card made for the word. */
function addWord({ label, card, pos }) {
  const word = String(label).trim();
  if (!word) return;
  const own = card || state.deck.cards.find((c) => c.label === word && !c.hidden && !isPhrase(c));
  addToStrip(own ? shownCard(own) : { id: `typed-${word}`, label: word, pos: pos || (/다$/.test(word) ? 'verb' : 'noun') });
}

async function openHistory() {
  if (!history) {
    const { createHistory } = await import('./history.js');
    history = createHistory(document, {
      list: () => state.store.listHistory().catch(() => []),
      onSay: (entry) => sayAgain(entry),
      onFavourite: (entry) => saveFavourite(entry),
      onClear: () => state.store.clearHistory().catch(reportProblem),
      canFavourite: () => state.settings.tools.favourite,
      onClose: applyScanning,
    });
  }
  scanner.stop();
  await history.open();
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
    board: { ...base.board, ...saved.board },
    language: { ...base.language, ...saved.language },
    tools: { ...base.tools, ...saved.tools },
  };
}

function applySettings() {
  renderDeck();
  updateSentence();
  view.renderTools(state.settings.tools, Boolean(state.shown.sentence));
  applyScanning();
}

function applyScanning() {
  const { scan } = state.settings;
  const button = document.getElementById('switch');
  button.hidden = !scan.enabled;
  document.getElementById('app').dataset.scanning = String(scan.enabled);
  if (scan.enabled && !teacher?.isOpen && !keyboard?.isOpen && !history?.isOpen) {
    // Space and Enter are the switch now: focus left on a button (선생님 above all, after the teacher
    // area closes) must not also receive them.
    /** @type {HTMLElement|null} */ (document.activeElement)?.blur?.();
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
  const isSwitchKey = (event) => state.settings.scan.enabled && scanner.running && !teacher?.isOpen
    && (event.key === ' ' || event.key === 'Enter') && !event.target.closest?.('input, select, textarea, dialog');
  // In the capture phase, so the switch keys reach no button on the page: a press is never also a
  // tap on the focused button, a hint of the teacher lock or the start of a hold that opens it.
  document.addEventListener('keydown', (event) => {
    if (!isSwitchKey(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (!event.repeat) scanner.press();
  }, true);
  document.addEventListener('keyup', (event) => {
    if (!isSwitchKey(event)) return;
    event.preventDefault();
    event.stopPropagation();
  }, true);
}

/** Space and Enter keys down now: the teacher lock can be held open with them. */
const heldKeys = new Set();
document.addEventListener('keydown', (event) => { if (event.key === ' ' || event.key === 'Enter') heldKeys.add(event.key); }, true);
document.addEventListener('keyup', (event) => heldKeys.delete(event.key), true);

/**
 * A key held to open the teacher area keeps repeating into what opens (the PIN field, the close
 * button): ignore it until it is released.
 */
function ignoreHeldKeys() {
  const keys = new Set(heldKeys);
  if (!keys.size) return;
  const swallow = (event) => {
    if (!keys.has(event.key)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type !== 'keyup') return;
    keys.delete(event.key);
    if (keys.size) return;
    document.removeEventListener('keydown', swallow, true);
    document.removeEventListener('keyup', swallow, true);
  };
  document.addEventListener('keydown', swallow, true);
  document.addEventListener('keyup', swallow, true);
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
  if (teacher?.isOpen) return;
  ignoreHeldKeys();
  const loaded = loadTeacher();
  if (state.settings.pinHash && !(await askPin())) return;
  try {
    await loaded;
  } catch {
    view.renderNotice('선생님 화면을 열지 못했어요. 새로 고쳐 주세요.');
    return;
  }
  scanner.stop();
  teacher.open();
  // What the teacher must know about the stored deck (set aside as unreadable), once per visit.
  if (state.deckNotice && !state.deckNoticeShown) {
    state.deckNoticeShown = true;
    const { alertDialog } = await import('./teacher.js');
    await alertDialog(document, state.deckNotice);
  }
}

function askPin() {
  const dialog = /** @type {HTMLDialogElement} */ (document.getElementById('pin-dialog'));
  const form = document.getElementById('pin-form');
  const input = /** @type {HTMLInputElement} */ (document.getElementById('pin-input'));
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

// ——— the deck: loading, saving, snapshots, import and export

/**
 * The stored deck, or the built-in one. A stored deck that fails the check is moved aside (kept until
 * the teacher exports or clears it, never overwritten by the next edit) and the teacher is told.
 */
async function loadStoredDeck() {
  state.deckNotice = '';
  let stored;
  try {
    stored = await state.store.readDeck();
  } catch (error) {
    // Nothing can be based on a deck we could not read: every write is refused until a reload reads it.
    state.version = -1;
    state.deckNotice = error.message;
    return decks.loadDefaultDeck();
  }
  state.version = stored.version;
  if (stored.deck === undefined) return decks.loadDefaultDeck();
  try {
    return decks.checkDeck(stored.deck);
  } catch {
    try {
      ({ version: state.version } = await state.store.setDeckAside(stored.deck, { basedOn: stored.version }));
      state.deckNotice = '저장된 낱말판을 읽을 수 없어서 기본 낱말판을 보여 줘요. 읽을 수 없던 낱말판은 지우지 않고 따로 보관했어요. 선생님 → 가져오기·내보내기에서 파일로 내려받을 수 있어요.';
    } catch (error) {
      state.version = -1;
      state.deckNotice = error.message;
    }
    return decks.loadDefaultDeck();
  }
}

/** Reads the deck again (another tab wrote, or our write was refused as stale) and redraws. */
async function reloadDeck() {
  state.deck = await loadStoredDeck();
  renderDeck();
  if (state.deckNotice) view.renderNotice(state.deckNotice);
  teacher?.refresh();
}

/**
 * Stores `next` and only then shows it. Rejects with an Error whose message is Korean: the deck's own
 * check (DeckError), a refused stale write (after reloading the newer deck), or a failed write.
 */
async function saveDeck(next) {
  const checked = decks.checkDeck(next);
  try {
    const { version } = await state.store.saveDeck(checked, { basedOn: state.version });
    state.deck = checked;
    state.version = version;
  } catch (error) {
    if (error?.code === 'deck_stale') await reloadDeck().catch(() => {});
    throw korean(error);
  }
  renderDeck();
  askToPersist();
}

/** Back to the built-in deck (nothing stored), keeping the current deck as a snapshot first. */
async function resetDeck() {
  const snapshot = await snapshotNow('기본 낱말판으로 되돌리기 전', 'reset');
  try {
    const { version } = await state.store.clearDeck({ basedOn: state.version });
    state.version = version;
  } catch (error) {
    if (error?.code === 'deck_stale') await reloadDeck().catch(() => {});
    throw korean(error);
  }
  state.deck = await decks.loadDefaultDeck();
  renderDeck();
  state.undo = { snapshotId: snapshot.id, label: '되돌리기 취소' };
  return { ok: true, message: '기본 낱말판으로 되돌렸어요. 전 낱말판은 보관본으로 남아 있어요.', undo: state.undo.label };
}

/** The current deck as a snapshot; rejects with a Korean Error when it cannot be kept. */
function snapshotNow(name, reason) {
  return state.store.saveSnapshot({ name, reason, deck: state.deck }).catch((error) => {
    throw new Error(`보관본을 만들지 못해서 멈췄어요. ${korean(error).message}`);
  });
}

/** Restores a snapshot; the deck before it becomes a snapshot itself, so this can be undone too. */
async function restoreSnapshot(id) {
  const snapshot = await state.store.getSnapshot(id).catch((error) => { throw korean(error); });
  const deck = decks.checkDeck(snapshot.deck);
  const before = await snapshotNow(`"${snapshot.name}"(으)로 되돌리기 전`, 'restore');
  await saveDeck(deck);
  state.undo = { snapshotId: before.id, label: '되돌리기 취소' };
  return { ok: true, message: `보관본 "${snapshot.name}"(으)로 되돌렸어요.`, undo: state.undo.label };
}

let persistAsked = false;
/** Asks the browser not to evict the deck (once a teacher has saved something; some browsers ask the user). */
function askToPersist() {
  if (persistAsked) return;
  persistAsked = true;
  state.store.persist().then((granted) => { state.persisted = granted; teacher?.refresh(); });
}

/** Any failure as an Error with a Korean message that can be shown as it is. */
function korean(error) {
  if (error instanceof Error && /[가-힣]/.test(error.message)) return error;
  return new Error('저장하지 못했어요. 다시 해 주세요.');
}

/** Shows a failure the teacher's screen would otherwise not show (the action's own panel has no place for it). */
async function reportProblem(error) {
  const { alertDialog } = await import('./teacher.js');
  await alertDialog(document, korean(error).message);
}

/** Runs a deck action whose caller shows nothing on failure: the failure is shown, never thrown. */
function reported(action) {
  return (...args) => action(...args).catch(reportProblem);
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
      storePersisted: state.persisted ?? null,
      undo: state.undo?.label || '',
      voices: koreanVoices(),
      log: state.log,
      grid: boardGrid(),
      screenGrid: gridFor(undefined, view.screen()),
      friendCard: friendCardShown(),
      language: state.settings.language,
    }),
    symbolFor: (emoji) => symbolFor(emoji),
    async saveCard(card) {
      const next = { ...card };
      if (!next.id) next.id = decks.uniqueId(state.deck.cards.map((c) => c.id), 'card');
      await saveDeck(decks.saveCard(state.deck, next));
    },
    deleteCard: reported(async (id) => saveDeck(decks.deleteCard(state.deck, id))),
    moveCard: reported(async (id, step) => saveDeck(decks.moveCard(state.deck, id, step))),
    setCardHidden: reported(async (id, hidden) => saveDeck(decks.setCardHidden(state.deck, id, hidden))),
    saveCategory: async (category) => saveDeck(decks.saveCategory(state.deck, { ...category, symbol: symbolFor(category.emoji) })),
    moveCategory: async (id, step) => saveDeck(decks.moveCategory(state.deck, id, step)),
    setCategoryHidden: async (id, hidden) => saveDeck(decks.setCategoryHidden(state.deck, id, hidden)),
    deleteCategory: async (id) => saveDeck(decks.deleteCategory(state.deck, id)),
    async saveSentenceSettings({ mode, timeoutMs, endpoint, apiKey, rememberKey, language, friendCard }) {
      if (friendCard !== undefined && friendCard !== friendCardShown()) await setFriendCard(friendCard);
      state.settings = { ...state.settings, mode, timeoutMs, endpoint, language: { ...state.settings.language, ...language } };
      state.apiKey = apiKey;
      state.rememberKey = rememberKey && Boolean(apiKey);
      await state.store.setApiKey(apiKey, rememberKey);
      await saveSettings();
      // This page's Content-Security-Policy allows only the endpoint it was loaded with: a new one
      // is reachable after a reload, which the server answers with that origin allowed.
      if (state.store.setModelOrigin(endpoint)) location.reload();
    },
    async saveDisplaySettings({ speech, board, scan, pin, tools }) {
      state.settings = { ...state.settings, speech, board, scan, tools: { ...state.settings.tools, ...tools } };
      if (pin === '') state.settings = { ...state.settings, pinHash: '', pinSalt: '' };
      else if (pin) {
        const salt = newSalt();
        state.settings = { ...state.settings, pinHash: hashPin(pin, salt), pinSalt: salt };
      }
      await saveSettings();
      scanner.stop();
    },
    testVoice: (speech) => speak('안녕하세요. 말모이예요.', speech),
    printBoard: (categoryId) => printBoard(categoryId),
    exportDeck: (kind) => exportDeck(kind).catch(reportProblem),
    readImport: (file) => readImport(file),
    applyImport: (choice) => applyImport(choice),
    cancelImport: () => { state.pendingImport = null; },
    resetDeck: () => outcome(resetDeck),
    undo: () => outcome(async () => {
      if (!state.undo) return { ok: false, message: '되돌릴 것이 없어요.' };
      const { snapshotId, label } = state.undo;
      const result = await restoreSnapshot(snapshotId);
      return { ...result, message: `${label}: 전 낱말판으로 되돌렸어요.` };
    }),
    listSnapshots: () => state.store.listSnapshots().catch(() => []),
    saveSnapshot: (name) => outcome(async () => {
      const snapshot = await snapshotNow(String(name || '').trim().slice(0, 40) || '직접 보관', 'manual');
      return { ok: true, message: `지금 낱말판을 "${snapshot.name}"(으)로 보관했어요.` };
    }),
    restoreSnapshot: (id) => outcome(() => restoreSnapshot(id)),
    getDeckAside: () => state.store.getDeckAside().catch(() => undefined),
    exportDeckAside: () => exportDeckAside().catch(reportProblem),
    clearDeckAside: () => outcome(async () => {
      await state.store.clearDeckAside();
      return { ok: true, message: '읽을 수 없던 낱말판을 지웠어요.' };
    }),
  };
}

/** The 친구에게 card (a grammar card that makes one sentence 반말): whether the child's board shows it. */
function friendCardShown() {
  return state.deck.cards.some((c) => c.label === FRIEND_CARD.label && !c.hidden);
}

const FRIEND_CARD = Object.freeze({ id: 'to-friend', label: '친구에게', pos: 'grammar', emoji: '💬', symbol: '1F4AC', category: 'people' });

/** Shows or hides the 친구에게 card; a deck without it (made before it existed) gets it at the end of 사람. */
async function setFriendCard(shown) {
  const card = state.deck.cards.find((c) => c.label === FRIEND_CARD.label);
  if (card) {
    await saveDeck(decks.setCardHidden(state.deck, card.id, !shown));
    return;
  }
  if (!shown) return;
  const category = state.deck.categories.find((c) => c.id === FRIEND_CARD.category) || decks.tabCategories(state.deck)[0];
  const id = decks.uniqueId(state.deck.cards.map((c) => c.id), FRIEND_CARD.id);
  await saveDeck(decks.saveCard(state.deck, { ...FRIEND_CARD, id, category: category.id }));
}

/**
 * Prints the board on paper (A4 landscape): one category or all of them, page by page as on this
 * screen, with the grammar row on each sheet.
 * @param {string} categoryId '' for every category
 */
async function printBoard(categoryId) {
  const { renderPrint } = await import('./print.js');
  const categories = decks.tabCategories(state.deck).filter((c) => !categoryId || c.id === categoryId);
  await renderPrint(document, {
    categories: categories.map((category) => ({ category, cards: decks.cardsIn(state.deck, category.id) })),
    grammar: decks.pinnedCategories(state.deck).flatMap((c) => decks.cardsIn(state.deck, c.id)),
    grid: boardGrid(),
  });
  window.print();
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
  const obf = await import('./obf-export.js');
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  let blob;
  if (kind === 'obz') {
    blob = new Blob([/** @type {BlobPart} */ (await obf.exportObz(state.deck, readSymbol))], { type: 'application/zip' });
  } else {
    blob = new Blob([await obf.exportObf(state.deck, readSymbol)], { type: 'application/json' });
  }
  download(blob, `말모이-낱말판-${stamp}.${kind}`);
}

/**
 * Reads a chosen board file for the preview. Never rejects: {ok: false, message} says in Korean why
 * the file cannot be imported; {ok: true, preview} says what it holds and what would be skipped.
 */
async function readImport(file) {
  const keep = '지금 낱말판은 그대로예요.';
  state.pendingImport = null;
  try {
    const obf = await import('./obf-import.js');
    if (file.size > obf.IMPORT_LIMITS.fileBytes) return { ok: false, message: `${new obf.ImportError('too_big').message} ${keep}` };
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return { ok: false, message: `파일을 열 수 없어요. ${keep}` };
    }
    const result = await obf.readBoardFile(bytes, { knownSymbols: state.knownSymbols, shrinkPicture });
    state.pendingImport = { ...result, fileName: String(file.name || '') };
    let addProblem = '';
    try {
      decks.addDeck(state.deck, result.deck);
    } catch (error) {
      addProblem = korean(error).message;
    }
    return {
      ok: true,
      preview: {
        fileName: state.pendingImport.fileName,
        name: result.report.name,
        boards: result.report.boards,
        remote: result.report.remote.length,
        addProblem,
        ...obf.describeReport(result.report),
      },
    };
  } catch (error) {
    const message = error?.name === 'ImportError' ? error.message : '이 파일은 읽을 수 없어요.';
    return { ok: false, message: `${message} ${keep}` };
  }
}

/**
 * Imports the previewed file as the teacher chose: mode 'add' (new categories beside the deck) or
 * 'replace'; remote 'inline' (fetch the internet pictures now) or 'drop'. A snapshot of the deck is
 * kept first, so 가져오기 취소 restores it. Never rejects.
 * @param {{mode: 'add'|'replace', remote?: 'inline'|'drop'}} choice
 */
async function applyImport({ mode, remote = 'drop' }) {
  const keep = '지금 낱말판은 그대로예요.';
  const pending = state.pendingImport;
  if (!pending) return { ok: false, message: '가져올 파일을 먼저 골라 주세요.' };
  try {
    let fetchedNote = '';
    if (remote === 'inline' && pending.report.remote.length) {
      const obf = await import('./obf-import.js');
      const { fetched, failed } = await obf.inlineRemotePictures(pending, { fetch: (url, init) => fetch(url, init), shrinkPicture });
      fetchedNote = ` 인터넷 그림 ${fetched}개를 받아 저장했어요${failed ? `(${failed}개는 받지 못해 글자 카드로 두었어요)` : ''}.`;
      pending.report.remote = [];
    }
    const next = mode === 'replace' ? pending.deck : decks.addDeck(state.deck, pending.deck).deck;
    const snapshot = await snapshotNow(`"${pending.report.name}" 가져오기 전`, 'import');
    await saveDeck(next);
    state.pendingImport = null;
    state.undo = { snapshotId: snapshot.id, label: '가져오기 취소' };
    const { cards, categories } = { cards: pending.deck.cards.length, categories: pending.deck.categories.length };
    const how = mode === 'replace' ? '지금 낱말판 대신 쓰기로' : '지금 낱말판 옆에 더해서';
    return {
      ok: true,
      message: `"${pending.report.name}"을(를) ${how} 가져왔어요: 카드 ${cards}장, 분류 ${categories}개.${fetchedNote}`,
      undo: state.undo.label,
    };
  } catch (error) {
    return { ok: false, message: `${korean(error).message} ${keep}` };
  }
}

/** {ok, message} from an action, whatever happens: failures become Korean messages. */
async function outcome(action) {
  try {
    return await action();
  } catch (error) {
    return { ok: false, message: korean(error).message };
  }
}

/** A large imported bitmap made small enough to keep (256 px), as PNG (transparency kept) or JPEG. */
async function shrinkPicture(bytes, type) {
  const { photoToDataUrl } = await import('./photo.js');
  return photoToDataUrl(new Blob([bytes], { type }), { type: type === 'image/jpeg' ? 'image/jpeg' : 'image/png' });
}

/** The unreadable deck that was moved aside, as the JSON it was, for the teacher to keep or send. */
async function exportDeckAside() {
  const aside = await state.store.getDeckAside();
  if (!aside) return;
  const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  let text;
  try {
    text = JSON.stringify(aside.deck, null, 1);
  } catch {
    text = String(aside.deck);
  }
  download(new Blob([text], { type: 'application/json' }), `말모이-읽을수없던-낱말판-${stamp}.json`);
}

function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: './' }).catch(() => {
    // Plain-http LAN pages cannot have one; the app still works online.
  });
}
