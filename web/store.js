/**
 * The only user of storage. Everything a teacher does — the deck, its snapshots, the settings — lives
 * in IndexedDB on this device and survives a reload or a closed tab. A teacher's API key lives in
 * sessionStorage (gone when the tab closes) unless the teacher ticks "remember", and is never part of
 * an export.
 *
 * The deck is versioned: every write names the version it was based on and is refused (StoreError
 * `deck_stale`) when another tab has written since, so a tab opened earlier can never save its stale
 * deck over a newer one. Tabs hear of each other's writes through a BroadcastChannel. A write
 * resolves only once it is committed, and every failure rejects with a StoreError whose message is
 * Korean and can be shown as it is.
 *
 * When IndexedDB cannot be opened (a locked-down browser, private mode), the store keeps everything
 * in memory for this visit and says so through `persistent`.
 *
 * One cookie: the origin of a teacher's own model endpoint, which the server reads to let this
 * page's Content-Security-Policy connect there (tools/server/security.mjs). It holds no secret.
 */

const DB_NAME = 'malmoi';
const DB_VERSION = 2;
const KV = 'kv';
const SNAPSHOTS = 'snapshots'; // {id, name, reason, at, cards, categories}
const SNAPSHOT_DECKS = 'snapshotDecks'; // the deck of each snapshot, by the same id
const SESSION_KEY = 'malmoi.apiKey';
const MODEL_ORIGIN_COOKIE = 'malmoi-model-origin';
const CHANNEL = 'malmoi-deck';

/** How many snapshots are kept; the oldest goes first. */
export const SNAPSHOT_LIMIT = 10;

/** How many spoken sentences the message history keeps; the oldest goes first. */
export const HISTORY_LIMIT = 50;

const MESSAGES = {
  deck_stale: '다른 창에서 낱말판이 바뀌었어요. 새 낱말판을 불러왔으니 다시 해 주세요.',
  quota: '기기의 저장 공간이 모자라서 저장하지 못했어요. 사진이나 보관본을 줄이고 다시 해 주세요.',
  write_failed: '저장하지 못했어요. 다시 해 주세요. 계속 안 되면 내보내기로 낱말판을 보관해 주세요.',
  read_failed: '저장된 내용을 읽지 못했어요. 새로 고쳐 주세요.',
  closed: '말모이가 새 판으로 바뀌었어요. 이 창을 새로 고쳐 주세요.',
  not_found: '보관본을 찾을 수 없어요.',
};

/** A storage failure; `code` is stable (deck_stale, quota, write_failed, read_failed, closed, not_found). */
export class StoreError extends Error {
  /** @param {string} code @param {unknown} [cause] */
  constructor(code, cause) {
    super(MESSAGES[code] || MESSAGES.write_failed);
    this.name = 'StoreError';
    this.code = code;
    if (cause) this.cause = cause;
  }
}

/**
 * @typedef {object} SnapshotInfo
 * @property {number} id
 * @property {string} name     e.g. "가져오기 전"
 * @property {string} reason   import | reset | restore | manual
 * @property {string} at       ISO date and time
 * @property {number} cards
 * @property {number} categories
 */

/**
 * @typedef {object} Store
 * @property {boolean} persistent  false when only memory could be used
 * @property {() => Promise<{deck: object|undefined, version: number}>} readDeck
 * @property {() => Promise<object|undefined>} getDeck  the deck alone
 * @property {(deck: object, options?: {basedOn?: number}) => Promise<{version: number}>} saveDeck
 *   refused with `deck_stale` when basedOn is given and is not the stored version
 * @property {(options?: {basedOn?: number}) => Promise<{version: number}>} clearDeck  back to the built-in deck
 * @property {(raw: unknown, options?: {basedOn?: number}) => Promise<{version: number}>} setDeckAside
 *   moves an unreadable stored deck aside (kept until cleared) and clears the deck, in one step
 * @property {() => Promise<{deck: unknown, at: string}|undefined>} getDeckAside
 * @property {() => Promise<void>} clearDeckAside
 * @property {(snapshot: {name: string, reason: string, deck: object}) => Promise<SnapshotInfo>} saveSnapshot
 * @property {() => Promise<SnapshotInfo[]>} listSnapshots  newest first
 * @property {(id: number) => Promise<SnapshotInfo & {deck: object}>} getSnapshot
 * @property {(listener: (change: {version: number}) => void) => () => void} onDeckChanged  another tab wrote
 * @property {() => Promise<boolean|null>} persist  asks the browser not to evict (null: cannot ask)
 * @property {(entry: {sentence: string, tokens?: object[], cards?: object[]}) => Promise<void>} addHistory
 *   keeps a spoken sentence (the newest first; the same sentence again moves to the top; 50 at most)
 * @property {() => Promise<Array<{sentence: string, tokens: object[], cards: object[], at: string}>>} listHistory
 * @property {() => Promise<void>} clearHistory
 * @property {() => Promise<object|undefined>} getSettings
 * @property {(settings: object) => Promise<void>} saveSettings
 * @property {() => Promise<{key: string, remembered: boolean}>} getApiKey
 * @property {(key: string, remember: boolean) => Promise<void>} setApiKey
 * @property {(endpoint: {kind?: string, baseUrl?: string}) => boolean} setModelOrigin  names the
 *   custom endpoint's origin to the server; true when this page cannot reach it until it reloads
 */

/**
 * Opens the device's store.
 * @param {{indexedDB?: IDBFactory, sessionStorage?: Storage, BroadcastChannel?: typeof BroadcastChannel, navigator?: Navigator, document?: Document, location?: Location}} [env] for tests
 * @returns {Promise<Store>}
 */
export async function openStore(env = globalThis) {
  let db = null;
  try {
    db = await openDatabase(env.indexedDB);
  } catch {
    db = null;
  }
  const backend = db ? databaseBackend(db) : memoryBackend();
  const session = safeSession(env);
  // The origin this page's policy was made with: the cookie as the page was requested.
  const pageModelOrigin = readModelOrigin(env.document);
  const channel = db && typeof env.BroadcastChannel === 'function' ? new env.BroadcastChannel(CHANNEL) : null;
  const announce = (result) => {
    channel?.postMessage({ type: 'deck', version: result.version });
    return result;
  };

  return {
    persistent: Boolean(db),
    readDeck: guard(() => backend.readDeck(), 'read_failed'),
    getDeck: guard(() => backend.readDeck().then(({ deck }) => deck), 'read_failed'),
    saveDeck: guard((deck, { basedOn = undefined } = {}) => backend.writeDeck(basedOn, { deck: structuredClone(deck) }).then(announce)),
    clearDeck: guard(({ basedOn = undefined } = {}) => backend.writeDeck(basedOn, { deck: undefined }).then(announce)),
    setDeckAside: guard((raw, { basedOn = undefined } = {}) => backend.writeDeck(basedOn, {
      deck: undefined, aside: { deck: structuredClone(raw), at: new Date().toISOString() },
    }).then(announce)),
    getDeckAside: guard(() => backend.get('deckAside'), 'read_failed'),
    clearDeckAside: guard(() => backend.remove('deckAside')),
    saveSnapshot: guard(({ name, reason, deck }) => backend.addSnapshot({
      name: String(name), reason: String(reason), at: new Date().toISOString(),
      cards: deck.cards.length, categories: deck.categories.length,
    }, structuredClone(deck))),
    listSnapshots: guard(() => backend.listSnapshots(), 'read_failed'),
    getSnapshot: guard((id) => backend.getSnapshot(id), 'read_failed'),
    onDeckChanged(listener) {
      if (!channel) return () => {};
      const onMessage = (event) => {
        if (event.data?.type === 'deck' && Number.isInteger(event.data.version)) listener({ version: event.data.version });
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    async persist() {
      const storage = env.navigator?.storage;
      if (!storage?.persist) return null;
      try {
        return (await storage.persisted?.()) || (await storage.persist());
      } catch {
        return null;
      }
    },
    addHistory: guard((entry) => backend.update('history', (list) => {
      const sentence = String(entry.sentence);
      const kept = (Array.isArray(list) ? list : []).filter((old) => old?.sentence !== sentence);
      const item = { sentence, tokens: entry.tokens || [], cards: entry.cards || [], at: new Date().toISOString() };
      return [structuredClone(item), ...kept].slice(0, HISTORY_LIMIT);
    })),
    listHistory: guard(async () => {
      const list = await backend.get('history');
      return Array.isArray(list) ? list.filter((item) => typeof item?.sentence === 'string') : [];
    }, 'read_failed'),
    clearHistory: guard(() => backend.remove('history')),
    getSettings: guard(() => backend.get('settings'), 'read_failed'),
    saveSettings: guard((settings) => backend.put('settings', structuredClone(settings))),
    async getApiKey() {
      const inSession = session?.getItem(SESSION_KEY);
      if (inSession) return { key: inSession, remembered: false };
      const kept = await backend.get('apiKey');
      return { key: typeof kept === 'string' ? kept : '', remembered: typeof kept === 'string' && kept !== '' };
    },
    async setApiKey(key, remember) {
      session?.removeItem(SESSION_KEY);
      await backend.remove('apiKey');
      if (!key) return;
      if (remember) await backend.put('apiKey', key);
      else if (session) session.setItem(SESSION_KEY, key);
      else backend.memoryKey(key);
    },
    setModelOrigin(endpoint) {
      const doc = env.document;
      if (!doc) return false;
      const origin = endpoint?.kind === 'custom' ? originOf(endpoint.baseUrl) : '';
      const secure = env.location?.protocol === 'https:' ? '; Secure' : '';
      try {
        doc.cookie = origin
          ? `${MODEL_ORIGIN_COOKIE}=${encodeURIComponent(origin)}; Path=/; Max-Age=31536000; SameSite=Strict${secure}`
          : `${MODEL_ORIGIN_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict${secure}`;
      } catch {
        return false; // cookies blocked: the endpoint stays unreachable, the rules still work
      }
      return origin !== '' && origin !== pageModelOrigin && readModelOrigin(doc) === origin;
    },
  };
}

/** The http(s) origin of a base URL, or ''. */
function originOf(baseUrl) {
  try {
    const url = new URL(String(baseUrl || '').trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}

function readModelOrigin(doc) {
  try {
    for (const part of String(doc?.cookie || '').split(';')) {
      const at = part.indexOf('=');
      if (at > 0 && part.slice(0, at).trim() === MODEL_ORIGIN_COOKIE) return decodeURIComponent(part.slice(at + 1).trim());
    }
  } catch {
    // a malformed cookie names no origin
  }
  return '';
}

/** `fn` as an async function that rejects only with a StoreError. */
function guard(fn, code = 'write_failed') {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw error instanceof StoreError ? error : storeError(error, code === 'read_failed' ? 'readonly' : 'readwrite');
    }
  };
}

// ————————————————————————————————————————————— IndexedDB

function openDatabase(factory) {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('no IndexedDB'));
      return;
    }
    let opening;
    try {
      opening = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(error);
      return;
    }
    opening.onupgradeneeded = () => {
      const db = opening.result;
      if (!db.objectStoreNames.contains(KV)) db.createObjectStore(KV);
      if (!db.objectStoreNames.contains(SNAPSHOTS)) db.createObjectStore(SNAPSHOTS, { keyPath: 'id', autoIncrement: true });
      if (!db.objectStoreNames.contains(SNAPSHOT_DECKS)) db.createObjectStore(SNAPSHOT_DECKS);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // A newer version in another tab asks us to let go; this tab's next write says to reload.
      db.onversionchange = () => {
        db.closedForUpgrade = true;
        db.close();
      };
      resolve(db);
    };
    opening.onerror = () => reject(opening.error || new Error('IndexedDB open failed'));
    // Blocked: an older tab still holds the database; it lets go on versionchange, so wait for success.
    opening.onblocked = () => {};
  });
}

function databaseBackend(db) {
  /** Runs `work(stores)` in one transaction; resolves with what it set as the result once committed. */
  const transact = (names, mode, work) => new Promise((resolve, reject) => {
    if (db.closedForUpgrade) {
      reject(new StoreError('closed'));
      return;
    }
    let tx;
    try {
      tx = db.transaction(names, mode);
    } catch (error) {
      reject(new StoreError(db.closedForUpgrade ? 'closed' : mode === 'readonly' ? 'read_failed' : 'write_failed', error));
      return;
    }
    const state = { result: undefined, error: null };
    const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
    tx.oncomplete = () => resolve(state.result);
    tx.onabort = () => reject(state.error || storeError(tx.error, mode));
    try {
      work(stores, state, tx);
    } catch (error) {
      state.error = error instanceof StoreError ? error : storeError(error, mode);
      tx.abort();
    }
  });
  const step = (state, tx, mode, fn) => (event) => {
    try {
      fn(event.target.result);
    } catch (error) {
      state.error = error instanceof StoreError ? error : storeError(error, mode);
      try { tx.abort(); } catch { /* already finished */ }
    }
  };

  return {
    get: (key) => transact([KV], 'readonly', ({ kv }, state, tx) => {
      kv.get(key).onsuccess = step(state, tx, 'readonly', (value) => { state.result = value; });
    }),
    put: (key, value) => transact([KV], 'readwrite', ({ kv }) => { kv.put(value, key); }),
    /** Reads, changes and writes one value in one transaction (two tabs never lose each other's change). */
    update: (key, change) => transact([KV], 'readwrite', ({ kv }, state, tx) => {
      kv.get(key).onsuccess = step(state, tx, 'readwrite', (value) => { kv.put(change(value), key); });
    }),
    remove: (key) => transact([KV], 'readwrite', ({ kv }) => { kv.delete(key); }),
    memoryKey: () => {},
    readDeck: () => transact([KV], 'readonly', ({ kv }, state, tx) => {
      state.result = { deck: undefined, version: 0 };
      kv.get('deck').onsuccess = step(state, tx, 'readonly', (deck) => { state.result.deck = deck; });
      kv.get('deckVersion').onsuccess = step(state, tx, 'readonly', (version) => { state.result.version = version || 0; });
    }),
    /** Compare and set, in one transaction: another tab's write in between makes this one stale. */
    writeDeck: (basedOn, { deck, aside = undefined }) => transact([KV], 'readwrite', ({ kv }, state, tx) => {
      kv.get('deckVersion').onsuccess = step(state, tx, 'readwrite', (stored) => {
        const current = stored || 0;
        if (basedOn !== undefined && basedOn !== current) throw new StoreError('deck_stale');
        const version = current + 1;
        if (aside) kv.put(aside, 'deckAside');
        if (deck === undefined) kv.delete('deck');
        else kv.put(deck, 'deck');
        kv.put(version, 'deckVersion');
        state.result = { version };
      });
    }),
    addSnapshot: (info, deck) => transact([SNAPSHOTS, SNAPSHOT_DECKS], 'readwrite', (stores, state, tx) => {
      const { snapshots } = stores;
      snapshots.add(info).onsuccess = step(state, tx, 'readwrite', (id) => {
        stores.snapshotDecks.put(deck, id);
        state.result = { id, ...info };
        snapshots.getAllKeys().onsuccess = step(state, tx, 'readwrite', (ids) => {
          for (const old of ids.slice(0, Math.max(0, ids.length - SNAPSHOT_LIMIT))) {
            snapshots.delete(old);
            stores.snapshotDecks.delete(old);
          }
        });
      });
    }),
    listSnapshots: () => transact([SNAPSHOTS], 'readonly', ({ snapshots }, state, tx) => {
      snapshots.getAll().onsuccess = step(state, tx, 'readonly', (all) => { state.result = all.reverse(); });
    }),
    getSnapshot: (id) => transact([SNAPSHOTS, SNAPSHOT_DECKS], 'readonly', (stores, state, tx) => {
      stores.snapshots.get(id).onsuccess = step(state, tx, 'readonly', (info) => {
        if (!info) throw new StoreError('not_found');
        stores.snapshotDecks.get(id).onsuccess = step(state, tx, 'readonly', (deck) => {
          if (!deck) throw new StoreError('not_found');
          state.result = { ...info, deck };
        });
      });
    }),
  };
}

/** Always an Error with a Korean message, whatever the browser gave (it may give null). */
function storeError(error, mode) {
  if (error instanceof StoreError) return error;
  if (error?.name === 'QuotaExceededError') return new StoreError('quota', error);
  return new StoreError(mode === 'readonly' ? 'read_failed' : 'write_failed', error || undefined);
}

// ————————————————————————————————————————————— memory (no IndexedDB)

function memoryBackend() {
  const kv = new Map();
  const snapshots = [];
  let nextId = 1;
  const clone = (value) => (value === undefined ? undefined : structuredClone(value));
  const safely = (fn) => {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(storeError(error, 'readwrite'));
    }
  };
  return {
    get: (key) => safely(() => clone(kv.get(key))),
    put: (key, value) => safely(() => void kv.set(key, clone(value))),
    update: (key, change) => safely(() => void kv.set(key, clone(change(clone(kv.get(key)))))),
    remove: (key) => safely(() => void kv.delete(key)),
    memoryKey: (key) => kv.set('apiKey', key),
    readDeck: () => safely(() => ({ deck: clone(kv.get('deck')), version: kv.get('deckVersion') || 0 })),
    writeDeck: (basedOn, { deck, aside = undefined }) => safely(() => {
      const current = kv.get('deckVersion') || 0;
      if (basedOn !== undefined && basedOn !== current) throw new StoreError('deck_stale');
      if (aside) kv.set('deckAside', clone(aside));
      if (deck === undefined) kv.delete('deck');
      else kv.set('deck', clone(deck));
      kv.set('deckVersion', current + 1);
      return { version: current + 1 };
    }),
    addSnapshot: (info, deck) => safely(() => {
      const entry = { id: nextId, ...info };
      nextId += 1;
      snapshots.push({ info: entry, deck: clone(deck) });
      while (snapshots.length > SNAPSHOT_LIMIT) snapshots.shift();
      return { ...entry };
    }),
    listSnapshots: () => safely(() => snapshots.map((s) => ({ ...s.info })).reverse()),
    getSnapshot: (id) => safely(() => {
      const found = snapshots.find((s) => s.info.id === id);
      if (!found) throw new StoreError('not_found');
      return { ...found.info, deck: clone(found.deck) };
    }),
  };
}

function safeSession(env) {
  try {
    const storage = env.sessionStorage;
    storage?.getItem(SESSION_KEY);
    return storage || null;
  } catch {
    return null;
  }
}
