/**
 * The only user of storage. Everything a teacher does — the deck, the settings — lives in IndexedDB
 * on this device and survives a reload or a closed tab. A teacher's API key lives in sessionStorage
 * (gone when the tab closes) unless the teacher ticks "remember", and is never part of an export.
 *
 * When IndexedDB cannot be opened (a locked-down browser, private mode), the store keeps everything
 * in memory for this visit and says so through `persistent`.
 *
 * One cookie: the origin of a teacher's own model endpoint, which the server reads to let this
 * page's Content-Security-Policy connect there (tools/server/security.mjs). It holds no secret.
 */

const DB_NAME = 'malmoi';
const DB_VERSION = 1;
const KV = 'kv';
const SESSION_KEY = 'malmoi.apiKey';
const MODEL_ORIGIN_COOKIE = 'malmoi-model-origin';

/**
 * @typedef {object} Store
 * @property {boolean} persistent  false when only memory could be used
 * @property {() => Promise<object|undefined>} getDeck
 * @property {(deck: object) => Promise<void>} saveDeck
 * @property {() => Promise<void>} clearDeck  back to the built-in deck on the next load
 * @property {() => Promise<object|undefined>} getSettings
 * @property {(settings: object) => Promise<void>} saveSettings
 * @property {() => Promise<{key: string, remembered: boolean}>} getApiKey
 * @property {(key: string, remember: boolean) => Promise<void>} setApiKey
 * @property {(endpoint: {kind?: string, baseUrl?: string}) => boolean} setModelOrigin  names the
 *   custom endpoint's origin to the server; true when this page cannot reach it until it reloads
 */

/**
 * Opens the device's store.
 * @param {{indexedDB?: IDBFactory, sessionStorage?: Storage, document?: Document}} [env] for tests
 * @returns {Promise<Store>}
 */
export async function openStore(env = globalThis) {
  let db = null;
  try {
    db = await openDatabase(env.indexedDB);
  } catch {
    db = null;
  }
  const memory = new Map();
  const get = (key) => (db ? request(db, 'readonly', (s) => s.get(key)) : Promise.resolve(memory.get(key)));
  const put = (key, value) => (db
    ? request(db, 'readwrite', (s) => s.put(value, key)).then(() => undefined)
    : Promise.resolve(void memory.set(key, value)));
  const remove = (key) => (db
    ? request(db, 'readwrite', (s) => s.delete(key)).then(() => undefined)
    : Promise.resolve(void memory.delete(key)));
  const session = safeSession(env);
  // The origin this page's policy was made with: the cookie as the page was requested.
  const pageModelOrigin = readModelOrigin(env.document);

  return {
    persistent: Boolean(db),
    getDeck: () => get('deck'),
    saveDeck: (deck) => put('deck', structuredClone(deck)),
    clearDeck: () => remove('deck'),
    getSettings: () => get('settings'),
    saveSettings: (settings) => put('settings', structuredClone(settings)),
    async getApiKey() {
      const inSession = session?.getItem(SESSION_KEY);
      if (inSession) return { key: inSession, remembered: false };
      const kept = await get('apiKey');
      return { key: typeof kept === 'string' ? kept : '', remembered: typeof kept === 'string' && kept !== '' };
    },
    async setApiKey(key, remember) {
      session?.removeItem(SESSION_KEY);
      await remove('apiKey');
      if (!key) return;
      if (remember) await put('apiKey', key);
      else if (session) session.setItem(SESSION_KEY, key);
      else memory.set('apiKey', key);
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

function openDatabase(factory) {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('no IndexedDB'));
      return;
    }
    const opening = factory.open(DB_NAME, DB_VERSION);
    opening.onupgradeneeded = () => {
      if (!opening.result.objectStoreNames.contains(KV)) opening.result.createObjectStore(KV);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      // Another tab with a newer version asks us to let go; the next load reopens.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    opening.onerror = () => reject(opening.error);
    opening.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

function request(db, mode, action) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(KV, mode);
    const req = action(tx.objectStore(KV));
    let value;
    req.onsuccess = () => { value = req.result; };
    // Resolve on commit, not on the request: a write is kept only once its transaction completes.
    tx.oncomplete = () => resolve(value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
  });
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
