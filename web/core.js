/**
 * The only module that loads the wasm core. Every core function takes a plain object and returns a
 * plain object, or throws a CoreError with the core's stable code.
 *
 * In a browser the .wasm is fetched next to this file; Node (tests, tools) passes `wasmBinary`.
 */
import createMalmoiCore from './gen/malmoi-core.js';

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
 * Loads the core once and returns its functions.
 * @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options]
 */
export function loadCore(options = {}) {
  if (!loading) {
    loading = instantiate(options).catch((error) => {
      loading = null; // a failed load may be retried (e.g. after the network comes back)
      throw error;
    });
  }
  return loading;
}

/** @param {{wasmBinary?: ArrayBuffer|Uint8Array}} [options] */
async function instantiate({ wasmBinary } = {}) {
  let binary = wasmBinary;
  if (!binary) {
    const response = await fetch(new URL('./gen/malmoi-core.wasm', import.meta.url));
    if (!response.ok) throw new Error(`malmoi-core.wasm: HTTP ${response.status}`);
    binary = await response.arrayBuffer();
  }
  const silent = () => {}; // the core reports through its answers, never on the console
  const start = () => createMalmoiCore({ wasmBinary: binary, print: silent, printErr: silent });
  return makeCore(await start(), start);
}

function makeCore(first, start) {
  let module = first;
  let restarting = null;
  /**
   * Calls a core function on one request and unwraps the answer. The core answers errors as values;
   * if the module traps all the same (it is built without C++ exceptions), the call becomes an
   * "internal" CoreError and a fresh module replaces the broken one.
   */
  const raw = (name, json) => {
    if (!module) throw new CoreError('internal', 'the Malmoi engine is restarting; try again');
    try {
      return module[name](json);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError) && !String(error?.message).includes('Aborted')) throw error;
      module = null;
      restarting ??= start().then((fresh) => { module = fresh; restarting = null; });
      throw new CoreError('internal', `the Malmoi engine stopped (${error.message}) and is restarting`);
    }
  };
  const call = (name, request) => unwrap(raw(name, JSON.stringify(request)));
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

    /** The raw JSON-string call, for tools that compare answers byte for byte. */
    raw,

    /** @returns {string[]} the names of the core's functions */
    functions: () => JSON.parse(module.functions()),
  };
}
