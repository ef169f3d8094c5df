/**
 * The only caller of the network. Asks the model for a sentence and hands its raw answer to the
 * core's validator; nothing the model says reaches the page unless core.validate accepts it.
 *
 * Policy (docs/design.md, "Network policy"): each attempt is bounded by a timeout; network errors,
 * timeouts, 408, 409, 429 (not insufficient_quota) and 5xx are retried at most twice with exponential
 * backoff and jitter, honouring Retry-After (capped); 400, 401, 403, 404, 422, refusals and
 * content-filter stops are never retried. Aborting the signal (the child changed the cards) stops
 * everything at once.
 */

/** Where the app's own server proxies the model (same origin, so no key in the browser). */
export const SERVER_ENDPOINT = 'v1/chat/completions';
const STATUS_URL = 'api/status';

const MAX_RETRIES = 2;
const BACKOFF_BASE_MS = 400;
const RETRY_AFTER_CAP_MS = 4000;
const NEVER_RETRY_CODES = new Set(['insufficient_quota', 'refusal', 'content_filter', 'unauthorized']);

/** A failed model request. `code` is the core's stable code or one of timeout, network, aborted. */
export class ModelError extends Error {
  /**
   * @param {string} code @param {string} message
   * @param {{status?: number, attempts?: number}} [details]
   */
  constructor(code, message, { status = 0, attempts = 1 } = {}) {
    super(message);
    this.name = 'ModelError';
    this.code = code;
    this.status = status;
    this.attempts = attempts;
  }
}

/**
 * @typedef {object} ModelSettings
 * @property {number} [timeoutMs]  one attempt's limit (default 8000)
 * @property {{kind?: 'server'|'custom', baseUrl?: string, model?: string, style?: string}} [endpoint]
 * @property {string} [apiKey]     only for a custom endpoint; never stored here
 * @property {string} [serverStyle] the proxy's upstream style from /api/status
 */

/**
 * Whether a model can be asked at all with these settings and this server.
 * @param {ModelSettings} settings @param {{model?: {configured?: boolean}}|null} status
 */
export function modelAvailable(settings, status) {
  const endpoint = settings.endpoint || {};
  if (endpoint.kind === 'custom') return Boolean(endpoint.baseUrl && endpoint.model);
  return status?.model?.configured === true;
}

/**
 * Asks the model to complete `cards` and returns the validated result (complete()'s shape plus
 * source "model" and disagreements), or throws ModelError.
 * @param {Array<{label: string}>} cards
 * @param {ModelSettings} settings
 * @param {{signal?: AbortSignal, core: {prompt: Function, validate: Function},
 *   fetch?: typeof fetch, sleep?: (ms: number, signal?: AbortSignal) => Promise<void>,
 *   random?: () => number, onAttempt?: (info: object) => void,
 *   engineOptions?: import('./policy.js').EngineOptions}} options
 *   engineOptions: the board's speech level, 나 or 저, order and repeats; the prompt tells the model
 *   and the validator checks against them
 */
export async function requestModel(cards, settings, options) {
  const { signal, core, onAttempt, engineOptions } = options;
  const withOptions = (request) => (engineOptions ? { ...request, options: engineOptions } : request);
  const fetchImpl = options.fetch || globalThis.fetch.bind(globalThis);
  const sleep = options.sleep || abortableSleep;
  const random = options.random || Math.random;
  const labels = cards.map((c) => c.label);
  const { url, headers, style, model } = endpointOf(settings);
  const timeoutMs = Math.max(500, Number(settings.timeoutMs) || 8000);

  let body;
  try {
    // The core answers the request body as a JSON string, byte-identical to the training data:
    // it is sent exactly as it is (older engines answered the object itself).
    // The exact text of the fine-tuning data's request: sent as it is, never re-serialised.
    // No maxTokens: the core owns the token cap (core.limits().maxTokens).
    body = core.prompt(withOptions({ cards: labels, model, style })).body;
  } catch (error) {
    throw new ModelError(error.code || 'prompt_failed', error.message);
  }

  for (let attempt = 0; ; attempt += 1) {
    if (signal?.aborted) throw aborted(attempt);
    let failure;
    let answer = null;
    try {
      answer = await post(fetchImpl, url, headers, body, timeoutMs, signal);
    } catch (error) {
      if (signal?.aborted) throw aborted(attempt + 1);
      // fetch itself failed: this attempt timed out or the network is down; both are retried.
      const code = error?.name === 'TimeoutError' ? 'timeout' : 'network';
      failure = { error: new ModelError(code, error?.message || code, { attempts: attempt + 1 }), retry: true, waitMs: null };
    }
    if (answer) {
      try {
        const result = core.validate(withOptions({ cards: labels, status: answer.status, body: answer.text }));
        onAttempt?.({ attempt, status: answer.status, ok: true });
        return result;
      } catch (error) {
        const code = error?.code || 'invalid';
        failure = {
          error: new ModelError(code, error?.message || code, { status: answer.status, attempts: attempt + 1 }),
          retry: retryableStatus(answer.status, code),
          waitMs: answer.retryAfter,
        };
      }
    }
    onAttempt?.({ attempt, status: failure.error.status, code: failure.error.code });
    if (!failure.retry || attempt >= MAX_RETRIES) throw failure.error;
    const waitMs = failure.waitMs === null ? backoff(attempt, random) : Math.min(failure.waitMs, RETRY_AFTER_CAP_MS);
    try {
      await sleep(waitMs, signal);
    } catch {
      throw aborted(attempt + 1);
    }
  }
}

/**
 * The server's model status, or null when it cannot be had (offline, an old server).
 * @param {{fetch?: typeof fetch, timeoutMs?: number}} [options]
 * @returns {Promise<{model: {configured: boolean, style?: string}}|null>}
 */
export async function fetchStatus({ fetch: fetchImpl = globalThis.fetch.bind(globalThis), timeoutMs = 3000 } = {}) {
  try {
    const response = await fetchImpl(STATUS_URL, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return null;
    const value = await response.json();
    return value && typeof value === 'object' && value.model && typeof value.model === 'object' ? value : null;
  } catch {
    return null;
  }
}

/** URL, headers, API style and model id for the chosen endpoint. */
function endpointOf(settings) {
  const endpoint = settings.endpoint || {};
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (endpoint.kind === 'custom' && endpoint.baseUrl) {
    const base = String(endpoint.baseUrl).trim().replace(/\/+$/, '');
    const url = /\/chat\/completions$/.test(base) ? base : `${base}/chat/completions`;
    if (settings.apiKey) headers.Authorization = `Bearer ${settings.apiKey}`;
    let style = endpoint.style;
    if (style !== 'openai' && style !== 'compatible') {
      style = /(^|\.)api\.openai\.com$/.test(safeHost(url)) ? 'openai' : 'compatible';
    }
    return { url, headers, style, model: endpoint.model || '' };
  }
  // The proxy fixes the model and the token field itself; the body only needs the messages.
  return { url: SERVER_ENDPOINT, headers, style: settings.serverStyle === 'openai' ? 'openai' : 'compatible', model: 'malmoi' };
}

async function post(fetchImpl, url, headers, body, timeoutMs, signal) {
  const attemptSignal = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  const response = await fetchImpl(url, {
    method: 'POST', headers, body, signal: attemptSignal, cache: 'no-store', credentials: 'same-origin', redirect: 'error',
  });
  // The body read is bounded by the same signal: a server that stalls mid-answer times out too.
  const text = await response.text();
  return { status: response.status, text, retryAfter: parseRetryAfter(response.headers.get('retry-after')) };
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
export function parseRetryAfter(value, now = Date.now()) {
  if (!value) return null;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** Whether an answer with this HTTP status and validator code is worth another attempt. */
export function retryableStatus(status, code) {
  if (NEVER_RETRY_CODES.has(code)) return false;
  if (status === 408 || status === 409 || status === 429) return true;
  return status >= 500 && status <= 599;
}

function backoff(attempt, random) {
  const base = BACKOFF_BASE_MS * 2 ** attempt;
  return Math.round(base / 2 + random() * base);
}

function abortableSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function aborted(attempts) {
  return new ModelError('aborted', 'the cards changed', { attempts });
}

function safeHost(url) {
  try {
    return new URL(url, 'http://localhost/').hostname;
  } catch {
    return '';
  }
}
