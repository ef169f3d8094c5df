/**
 * Decides which sentence the child sees (docs/design.md, "What the child sees"). The rule engine
 * always answers at once, with no network; the model may replace that answer only through
 * core.validate (model.js) and only as the mode allows:
 *
 * - `rules`: no request is ever made.
 * - `model`: the validated model answer; the rule answer while waiting and whenever the model fails.
 * - `auto`:  the rule answer at once, replaced by the validated model answer if it arrives within the
 *            time limit and does not disagree with a confident rule answer.
 *
 * Whatever happens the child's cards stay, the rule answer is shown, and unvetted model text never is.
 */
import { coreCard } from './deck.js';

export const MODES = ['auto', 'rules', 'model'];

/**
 * @typedef {object} Shown  what the page shows for the current cards
 * @property {string} sentence
 * @property {Array<{text: string, cards: number[]}>} tokens
 * @property {'rules'|'model'|'plain'|'said'} source  plain = the cards joined by spaces (no engine); said = a
 *   sentence said before, shown as it was (app.js)
 * @property {'idle'|'waiting'|'done'|'failed'|'kept_rules'|'no_engine'} state
 * @property {string} [code]   why the model was not used (for the teacher)
 * @property {object} [result] the engine's whole answer
 */

/**
 * The mode actually in force: without a reachable model everything is `rules`.
 * @param {string} mode @param {boolean} available
 */
export function effectiveMode(mode, available) {
  if (!available) return 'rules';
  return MODES.includes(mode) ? mode : 'auto';
}

/**
 * The board's sentence options for the core (speech level, 나 or 저, tap order, repeats).
 * @typedef {{register?: 'polite'|'plain', firstPerson?: '나'|'저', order?: 'arrange'|'tap', collapseRepeats?: boolean}} EngineOptions
 */

/**
 * The rule engine's answer for these cards, or the cards joined by spaces when the engine cannot
 * answer (not loaded yet, or an engine without complete()).
 * @param {{complete?: Function}|null} core @param {object[]} cards @param {EngineOptions} [options]
 * @returns {Shown}
 */
export function ruleAnswer(core, cards, options) {
  if (!core) return plainAnswer(cards, 'no_engine');
  let failure;
  // The cards with their annotations, then by their labels alone: one card the engine refuses (an
  // annotation it does not know) must not cost the child the whole sentence.
  for (const toCore of [coreCard, (card) => ({ label: coreCard(card).label })]) {
    try {
      const result = core.complete(cards.map(toCore), options);
      if (result && typeof result.sentence === 'string') {
        return { sentence: result.sentence, tokens: tokensOf(result, cards), source: 'rules', state: 'idle', result };
      }
    } catch (error) {
      failure ??= error;
    }
  }
  return plainAnswer(cards, failure?.code || 'engine_error');
}

/**
 * The cards as they are, one word each: what the child sees when no engine can answer.
 * @param {object[]} cards @param {string} code
 * @returns {Shown}
 */
function plainAnswer(cards, code) {
  return {
    sentence: cards.map((c) => c.label).join(' '),
    tokens: cards.map((c, i) => ({ text: c.label, cards: [i] })),
    source: 'plain',
    state: 'no_engine',
    code,
  };
}

/** The result's tokens, or one per word when an engine answers without them. */
function tokensOf(result, cards) {
  if (Array.isArray(result.tokens) && result.tokens.every((t) => typeof t?.text === 'string')) {
    return result.tokens.map((t) => ({
      text: t.text,
      cards: Array.isArray(t.cards) ? t.cards.filter((i) => Number.isInteger(i) && i >= 0 && i < cards.length) : [],
    }));
  }
  return result.sentence.split(/\s+/).filter(Boolean).map((text) => ({ text, cards: [] }));
}

/**
 * The policy for one board: call `update` with the current cards on every change; `onShow` is called
 * with what to show now, and again if a model answer replaces it.
 * @param {object} options
 * @param {() => ({complete: Function}|null)} options.getCore
 * @param {(cards: object[], signal: AbortSignal, options: EngineOptions|undefined) => Promise<object>} options.askModel
 *   model.js with settings bound
 * @param {(shown: Shown) => void} options.onShow
 * @param {number} [options.debounceMs]  quiet time before a request, so fast taps cost one request
 */
export function createPolicy({ getCore, askModel, onShow, debounceMs = 250 }) {
  let controller = null;
  let timer = null;
  let generation = 0;
  /** Validated model answers by model and card sequence: undo and redo do not ask again. */
  const remembered = new Map();

  function cancel() {
    clearTimeout(timer);
    timer = null;
    controller?.abort();
    controller = null;
  }

  return {
    /**
     * @param {object[]} cards the deck cards on the strip
     * @param {{mode: string, available: boolean, limitMs: number, modelKey?: string, options?: EngineOptions}} how
     *   modelKey: which model answers (endpoint and model id); a remembered answer is used only for
     *   the same cards asked of the same model with the same board options
     */
    update(cards, { mode, available, limitMs, modelKey = '', options }) {
      cancel();
      generation += 1;
      const mine = generation;
      if (cards.length === 0) {
        onShow({ sentence: '', tokens: [], source: 'rules', state: 'idle' });
        return;
      }
      const rules = ruleAnswer(getCore(), cards, options);
      const effective = effectiveMode(mode, available);
      if (effective === 'rules') {
        onShow(rules);
        return;
      }
      const key = JSON.stringify([modelKey, options || {}, cards.map(coreCard)]);
      const known = remembered.get(key);
      if (known) {
        onShow(decide(effective, rules, known, cards));
        return;
      }
      onShow({ ...rules, state: 'waiting' });
      controller = new AbortController();
      const mineController = controller;
      // In auto the whole exchange, retries included, must fit in the limit; model mode waits longer.
      const limit = effective === 'auto' ? limitMs : limitMs * 4;
      const signal = AbortSignal.any([mineController.signal, AbortSignal.timeout(limit)]);
      timer = setTimeout(() => {
        askModel(cards, signal, options).then((result) => {
          if (mine !== generation) return;
          remember(remembered, key, result);
          onShow(decide(effective, rules, result, cards));
        }, (error) => {
          if (mine !== generation || mineController.signal.aborted) return;
          const code = signal.aborted ? 'timeout' : (error?.code || 'failed');
          onShow({ ...rules, state: 'failed', code });
        });
      }, debounceMs);
    },
    /** Stops any request in flight (the page is going away, or the mode changed). */
    cancel,
  };
}

/**
 * Which answer the child sees, given the rules' answer and the model's validated answer (or null
 * when the model failed). A model answer that disagrees with a rule answer the rules are sure of
 * (바나나가 먹어요 against 바나나를 먹어요) is not shown in any mode: a wrong particle taught to a child
 * is a bug. Where the rules are unsure (confidence low), the model's validated answer is shown.
 * The evaluation (tools/eval.mjs) decides with this same function.
 * @param {string} mode 'rules' | 'model' | 'auto'
 * @param {object} rules the rules' result (core.complete)
 * @param {object|null} model the validated model result (core.validate), or null
 * @returns {{source: 'rules'|'model', result: object, code?: string}}
 */
export function choose(mode, rules, model) {
  if (mode === 'rules' || !model) return { source: 'rules', result: rules, code: model ? undefined : 'no_model_answer' };
  const disagrees = Array.isArray(model.disagreements) && model.disagreements.length > 0;
  if (disagrees && rules && rules.confidence !== 'low') return { source: 'rules', result: rules, code: 'disagreement' };
  return { source: 'model', result: model };
}

/** What the page shows for the model's answer, by mode. */
function decide(mode, rules, result, cards) {
  /** @type {{source: string, result: object, code?: string}} */
  const chosen = rules.source === 'rules' ? choose(mode, rules.result, result) : { source: 'model', result };
  if (chosen.source === 'rules') return { ...rules, state: 'kept_rules', code: chosen.code };
  return { sentence: result.sentence, tokens: tokensOf(result, cards), source: 'model', state: 'done', result };
}

function remember(map, key, result) {
  map.set(key, result);
  if (map.size > 50) map.delete(map.keys().next().value);
}
