/**
 * The only module that loads the wasm core. Every core function takes a plain object and returns a
 * plain object, or throws a CoreError with the core's stable code.
 *
 * In a browser the .wasm is fetched next to this file and compiled as it downloads; Node (tests,
 * tools) passes `wasmBinary`. The module exports plain functions over bytes (wasm/bindings.cpp):
 * requests go in as UTF-8 JSON and answers come back the same way. No Emscripten JS glue is loaded:
 * this module gives the wasm its two imports itself (CMakeLists.txt says why the names are stable).
 */

/** An error answered by the core: `code` is stable (e.g. "unknown_particle"), `message` readable. */
export class CoreError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

/**
 * Turns the core's JSON envelope into its value, or throws its error.
 * @param {string} json `{"ok":true,"value":…}` or `{"ok":false,"error":{"code","message"}}`
 */
export function unwrap(json) {
  const envelope = JSON.parse(json);
  if (envelope.ok) return envelope.value;
  throw new CoreError(envelope.error.code, envelope.error.message);
}

let loading = null;

/**
 * Loads the core once and returns its functions. In a browser the module compiles while it
 * downloads (call this early: the board does not wait for it).
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 */
export function loadCore(options = {}) {
  if (!loading) {
    const started = now();
    loading = instantiate(options).then((core) => {
      measure('malmoi:engine', started);
      return core;
    }, (error) => {
      loading = null; // a failed load may be retried (e.g. after the network comes back)
      throw error;
    });
  }
  return loading;
}

const WASM_URL = new URL('./gen/malmoi-core.wasm', import.meta.url);
const now = () => globalThis.performance?.now() ?? 0;
/** A span in the browser's performance timeline (tools/measure-load.mjs reads these). */
function measure(name, start) {
  try {
    globalThis.performance?.measure?.(name, { start, end: now() });
  } catch {
    // Older engines take no options; the span is only for measuring.
  }
}

/** Compiles the module from the network as it arrives (or from the bytes a caller passed). */
async function compile(wasmBinary) {
  if (wasmBinary) return WebAssembly.compile(wasmBinary);
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`malmoi-core.wasm: HTTP ${response.status}`);
  // Streaming needs the application/wasm type; any other server still works, a little later.
  if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('Content-Type') || '')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options] */
async function instantiate({ wasmBinary } = {}) {
  const compiled = await compile(wasmBinary);
  const start = () => startModule(compiled);
  return makeCore(await start(), start);
}

/**
 * A fresh instance of a compiled module as its JSON-string calls (see functionsOf). loadCore() is what
 * the app uses; tools/bench/engine-start.mjs times this step alone.
 * @param {WebAssembly.Module} compiled
 */
export async function startModule(compiled) {
  return functionsOf(await instanceOf(compiled));
}

const PAGE = 65536;
const MAX_MEMORY = 2 ** 31; // the most a 32-bit module's memory can address as the core counts it

/**
 * A fresh instance of the compiled module, its static constructors run. The module imports two
 * functions: `abort` (a trap: makeCore restarts the module) and `emscripten_resize_heap`, which the
 * allocator calls when it needs the memory to be at least `requested` bytes; it grows a fifth more
 * than asked (as Emscripten's own loader does), so that a growing answer does not grow page by page.
 * @param {WebAssembly.Module} compiled
 * @returns {Promise<WebAssembly.Exports>}
 */
async function instanceOf(compiled) {
  /** @type {{memory?: WebAssembly.Memory}} */
  const own = {}; // the module's memory, once it exists: the imports are made before the instance
  const bytesNow = () => /** @type {WebAssembly.Memory} */ (own.memory).buffer.byteLength;
  const grow = (/** @type {number} */ bytes) => {
    const pages = Math.ceil((Math.min(bytes, MAX_MEMORY) - bytesNow()) / PAGE);
    if (pages <= 0) return true;
    try {
      /** @type {WebAssembly.Memory} */ (own.memory).grow(pages);
      return true;
    } catch {
      return false;
    }
  };
  const env = {
    abort() {
      throw new WebAssembly.RuntimeError('the engine aborted');
    },
    emscripten_resize_heap(/** @type {number} */ requested) {
      const wanted = requested >>> 0;
      if (wanted > MAX_MEMORY) return 0;
      return grow(Math.max(wanted, Math.ceil(bytesNow() * 1.2))) || grow(wanted) ? 1 : 0;
    },
  };
  const { exports } = await WebAssembly.instantiate(compiled, { env });
  own.memory = /** @type {WebAssembly.Memory} */ (exports.memory);
  /** @type {() => void} */ (exports.__wasm_call_ctors)();
  return exports;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The module's functions as JSON-string calls: `functions()` and, for each name it lists,
 * `name(json)` → the core's JSON envelope. Each goes through malmoi_call: the name and the request
 * in as UTF-8, the answer out as text.
 * @param {WebAssembly.Exports} exports
 */
function functionsOf(exports) {
  const memory = /** @type {WebAssembly.Memory} */ (exports.memory);
  const input = /** @type {(size: number) => number} */ (exports.malmoi_input);
  const callExport = /** @type {(nameSize: number, requestSize: number) => number} */ (exports.malmoi_call);
  const size = /** @type {() => number} */ (exports.malmoi_size);
  const list = /** @type {() => number} */ (exports.malmoi_functions);
  // A view is made after each call: a call may grow the memory, which detaches the old views.
  const heap = () => new Uint8Array(memory.buffer);
  const answerText = (/** @type {number} */ answer) => decoder.decode(heap().subarray(answer, answer + size()));
  const call = (/** @type {string} */ name, /** @type {string} */ json) => {
    // UTF-16 → UTF-8 takes at most 3 bytes per code unit.
    const base = input(3 * (name.length + json.length));
    const bytes = heap();
    const nameSize = encoder.encodeInto(name, bytes.subarray(base)).written;
    const requestSize = encoder.encodeInto(json, bytes.subarray(base + nameSize)).written;
    return answerText(callExport(nameSize, requestSize));
  };
  const functions = () => answerText(list());
  /** @type {Record<string, (json?: string) => string>} */
  const calls = { functions };
  for (const name of JSON.parse(functions())) calls[name] = (json) => call(name, String(json));
  return calls;
}

/** The core's limits ({maxRequestBytes, maxBatch, maxDepth, maxCards, maxTokens}), or {} for a module without them. */
function limitsOf(module) {
  try {
    return JSON.parse(module.limits('{}')).value || {};
  } catch {
    return {};
  }
}

/** The envelope the core itself answers for an oversized request (keys in nlohmann's order). */
function tooLarge(max) {
  return JSON.stringify({ error: { code: 'request_too_large', message: `the request is larger than ${max} bytes` }, ok: false });
}

/**
 * Wraps an instantiated module: every call goes through the trap guard below. Exported for tests,
 * which hand it a stand-in module; the app gets it from loadCore().
 * @param {object} first the module's functions, as functionsOf wraps them
 * @param {() => Promise<object>} start makes a fresh module
 */
export function makeCore(first, start) {
  let module = first;
  let restarting = null;
  // The core's own bounds (api.hpp). A request over the size limit is refused here, before it is
  // copied into the module's memory, which never shrinks once grown.
  const maxRequest = limitsOf(first).maxRequestBytes ?? Infinity;
  const restart = () => {
    restarting ??= start().then(
      (fresh) => { module = fresh; },
      () => {}, // the next call tries again
    ).finally(() => { restarting = null; });
  };
  /**
   * Calls a core function on one request and answers its JSON text. The core answers every error as
   * a value, so any exception from the module at all (a trap, a RangeError when the engine's stack
   * overflows, an abort) means the module's memory can no longer be trusted: the call becomes an
   * "internal" CoreError and a fresh module replaces the broken one.
   */
  const raw = (name, json) => {
    if (!module) {
      restart();
      throw new CoreError('internal', 'the Malmoi engine is restarting; try again');
    }
    // UTF-8 takes at least one byte per UTF-16 unit: longer text is surely over the core's limit.
    if (typeof json === 'string' && json.length > maxRequest) return tooLarge(maxRequest);
    try {
      const answer = json === undefined ? module[name]() : module[name](json);
      if (typeof answer !== 'string') throw new TypeError(`the engine answered ${typeof answer}`);
      return answer;
    } catch (error) {
      throw stopped(error);
    }
  };
  const stopped = (error) => {
    module = null;
    restart();
    return new CoreError('internal', `the Malmoi engine stopped (${error?.message || error}) and is restarting`);
  };
  const call = (name, request) => {
    let json;
    try {
      json = JSON.stringify(request);
    } catch (error) {
      // A cycle, or nesting deeper than the JavaScript stack: the caller's value, not the engine.
      throw new CoreError('bad_request', `the request cannot be written as JSON (${error?.message || error})`);
    }
    if (typeof json !== 'string') throw new CoreError('bad_request', 'the request cannot be written as JSON');
    const answer = raw(name, json);
    try {
      return unwrap(answer);
    } catch (error) {
      if (error instanceof CoreError) throw error;
      throw stopped(error); // an answer that is not the core's envelope: the module is broken
    }
  };
  return {
    /**
     * Attaches a particle: ("사과", "을/를") → {text: "사과를", particle: "를", corrected, fused, …}.
     * @param {string} word @param {string} particle
     */
    particle: (word, particle) => call('particle', { word, particle }),

    /**
     * Conjugates a dictionary form: ("마시다", "polite_present") → {text: "마셔요", class, guessed, …}.
     * @param {string} word @param {string} form polite_present, polite_past, want, request, negative,
     *   question, intent, promise, …
     */
    conjugate: (word, form) => call('conjugate', { word, form }),

    /**
     * The rule engine: cards → the completed sentence, with no network.
     * @param {Array<{label: string, pos?: string, class?: string, verb?: string, honorific?: boolean}>} cards
     * @param {{register?: 'polite'|'plain', firstPerson?: '나'|'저', order?: 'arrange'|'tap',
     *   collapseRepeats?: boolean}} [options] the board's settings (docs/design.md)
     * @returns {{sentence: string, words: string[], edits: {insertWords: object[], transformedWords: object[]},
     *   tokens: Array<{text: string, cards: number[]}>, confidence: string, warnings: object[]}}
     */
    complete: (cards, options) => call('complete', options ? { cards, options } : { cards }),

    /**
     * Next-card hints by meaning: which candidates follow a card by the lexicon's case frames (after
     * a noun the verbs that take its class, after a verb the nouns it takes).
     * @param {{label: string, pos?: string, class?: string}} after
     * @param {Array<{label: string, pos?: string, class?: string}>} candidates
     * @returns {{highlight: number[]}} indices into candidates
     */
    hints: (after, candidates) => call('hints', { after, candidates }),

    /**
     * Words of the lexicon that begin with what has been typed, jamo by jamo (삭 → 사과).
     * @param {string} typed @param {number} [limit] at most 50
     * @returns {{words: Array<{label: string, pos: string, classes: string[]}>}}
     */
    words: (typed, limit = 8) => call('words', { typed, limit }),

    /**
     * The chat-completions request for the model, byte-identical to the fine-tuning data.
     * @param {object} request {cards, model?, style?: "openai"|"compatible", maxTokens?}
     * @returns {{body: string}} the exact JSON text to POST (do not re-serialise it)
     */
    prompt: (request) => call('prompt', request),

    /**
     * Vets a model's raw HTTP answer against the cards: the validated result (same shape as
     * complete) or a CoreError whose code says what was wrong.
     * @param {object} request {cards, status, body}
     */
    validate: (request) => call('validate', request),

    /**
     * Runs one core function over many requests in a single call across the boundary.
     * Answers one envelope per request ({ok, value} or {ok:false, error}); never throws per item.
     * @param {string} name a core function name @param {object[]} requests
     */
    batch: (name, requests) => call(name, requests),

    /**
     * The bounds the core works within: {maxRequestBytes, maxBatch, maxDepth, maxCards, maxTokens}
     * (maxTokens is the token cap prompt() writes when the request names none).
     */
    limits: () => call('limits', {}),

    /**
     * The model proxy's check: a request body `prompt` wrote (for any model, style and cap), written
     * again for another model, style and cap; CoreError not_core_request for any other body.
     * @param {{body: string, model?: string, style?: "openai"|"compatible", maxTokens?: number}} request
     * @returns {{body: string}}
     */
    forward: (request) => call('forward', request),

    /** The raw JSON-string call, for tools that compare answers byte for byte. */
    raw,

    /** @returns {string[]} the names of the core's functions */
    functions: () => JSON.parse(raw('functions')),
  };
}
