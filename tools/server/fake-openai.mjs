#!/usr/bin/env node
/**
 * A fake OpenAI-compatible chat-completions server, with fault scenarios: the upstream for the tests,
 * the benchmarks and a developer trying the model path with no model.
 *
 *   import { startFakeOpenAI } from '../../tools/server/fake-openai.mjs';
 *   const fake = await startFakeOpenAI();          // fake.url = http://127.0.0.1:PORT/v1
 *   node tools/server/fake-openai.mjs --port 0    // prints the URL, runs until Ctrl-C
 *
 * A scenario is chosen, strongest first, by the request header `x-fake-scenario`, by the model name
 * "fake:<scenario>", or by setScenario() (default "ok"). Without the server object, POST
 * /_fake/scenario {"scenario":"slow"}, POST /_fake/reset and GET /_fake/requests do the same over HTTP.
 * CORS is open so a browser page can call it directly (the teacher-key mode).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { isMain } from '../is-main.mjs';

/** Canned answers: card labels joined by "|" → Edits. */
export const CANNED_ANSWERS = {
  '사과|먹다': { insertWords: [{ index: 1, word: '를' }], transformedWords: [{ index: 2, word: '먹어요' }] },
  '바나나|먹다': { insertWords: [{ index: 1, word: '를' }], transformedWords: [{ index: 2, word: '먹어요' }] },
  '밥|먹다': { insertWords: [{ index: 1, word: '을' }], transformedWords: [{ index: 2, word: '먹어요' }] },
  '물|마시다': { insertWords: [{ index: 1, word: '을' }], transformedWords: [{ index: 2, word: '마셔요' }] },
  '우유|마시다|싶다': {
    insertWords: [{ index: 1, word: '를' }],
    transformedWords: [{ index: 2, word: '마시고' }, { index: 3, word: '싶어요' }],
  },
  '엄마|학교|가다': {
    insertWords: [{ index: 1, word: '가' }, { index: 3, word: '에' }],
    transformedWords: [{ index: 4, word: '가요' }],
  },
};

const EMPTY_EDITS = { insertWords: [], transformedWords: [] };

/**
 * The default answer: the canned table, or no edits for unknown cards.
 * @param {string[] | null} cards
 */
export function cannedAnswer(cards) {
  const edits = Array.isArray(cards) ? CANNED_ANSWERS[cards.join('|')] : undefined;
  return structuredClone(edits || EMPTY_EDITS);
}

/**
 * The last user message's text (the instruction names a 반말 or 저 board), or "".
 * @param {{messages?: Array<{role?: string, content?: unknown}>}} body
 */
export function userText(body) {
  const users = (body?.messages || []).filter((m) => m?.role === 'user');
  let content = users.at(-1)?.content;
  if (Array.isArray(content)) content = content.map((part) => part?.text || '').join('');
  return typeof content === 'string' ? content : '';
}

/**
 * The card labels at the end of the last user message: the JSON array after the last "\n\n".
 * @param {{messages?: Array<{role?: string, content?: unknown}>}} body
 * @returns {string[] | null}
 */
export function cardsFromRequest(body) {
  const content = userText(body);
  if (!content) return null;
  try {
    const cards = JSON.parse(content.slice(content.lastIndexOf('\n\n') + 2));
    return Array.isArray(cards) ? cards : null;
  } catch {
    return null;
  }
}

const apiError = (status, message, type, code, headers = {}) =>
  ({ status, headers, body: { error: { message, type, param: null, code } } });

/** Swaps a particle for its other allomorph: 를↔을, 가↔이, 는↔은, 와↔과, 로↔으로. */
const OTHER_ALLOMORPH = { 를: '을', 을: '를', 가: '이', 이: '가', 는: '은', 은: '는', 와: '과', 과: '와', 로: '으로', 으로: '로' };
/** Object particle → subject particle of the same shape: 를→가, 을→이. */
const SUBJECT_FOR_OBJECT = { 를: '가', 을: '이' };

const finalLength = (cards, edits) => (cards?.length || 0) + edits.insertWords.length;

/**
 * Each scenario maps ({edits, cards, auth, state}) to a reply: {content, finishReason?, refusal?}
 * for a completion, or {status, headers, body} for an HTTP error ({status, headers, text} to send
 * exact bytes).
 */
const SCENARIOS = {
  ok: ({ edits }) => ({ content: edits }),
  slow: ({ edits }) => ({ content: edits, delay: true }),
  retry_after: ({ edits, state }) => {
    // Alternates 429 / success per server so "one 429, then a retry succeeds" repeats in every test.
    state.retryAfterCount = (state.retryAfterCount || 0) + 1;
    if (state.retryAfterCount % 2 === 0) return { content: edits };
    return apiError(429, 'Rate limit reached for requests. Please try again in 1s.', 'requests',
      'rate_limit_exceeded', { 'Retry-After': '1' });
  },
  server_error: () => apiError(500, 'The server had an error while processing your request. Sorry about that!',
    'server_error', null),
  unauthorized: ({ auth }) => apiError(401,
    `Incorrect API key provided: ${maskKey(auth)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    'invalid_request_error', 'invalid_api_key'),
  echo_key: ({ auth }) => {
    // A careless server repeating the key: \u-escaped in the body (whole, and one character in
    // upper-case hex), as it is in another field, and in two headers the proxy passes on.
    const key = (auth || '').replace(/^Bearer\s+/i, '');
    const escaped = [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const oneEscaped = key.length > 2 ? `${key.slice(0, 2)}\\u${key.charCodeAt(2).toString(16).toUpperCase().padStart(4, '0')}${key.slice(3)}` : key;
    return {
      status: 401,
      headers: { 'x-request-id': `req_${key}`, 'Retry-After': key },
      text: `{"error":{"message":"Key ${escaped} (${oneEscaped}) is not valid.","type":"invalid_request_error",` +
        `"param":"${key}","code":"invalid_api_key"}}`,
    };
  },
  insufficient_quota: () => apiError(429,
    'You exceeded your current quota, please check your plan and billing details.',
    'insufficient_quota', 'insufficient_quota'),
  truncated_json: ({ edits }) => ({ content: cutInHalf(JSON.stringify(edits)) }),
  length: ({ edits }) => ({ content: cutInHalf(JSON.stringify(edits)), finishReason: 'length' }),
  refusal: () => ({ content: null, refusal: "I'm sorry, I can't help with that request." }),
  content_filter: () => ({ content: null, finishReason: 'content_filter' }),
  unknown_word: ({ edits, cards }) => {
    // 먹다 can never become 맛있어요: not a form the core derives from that card.
    if (edits.transformedWords.length) edits.transformedWords[0].word = '맛있어요';
    else edits.transformedWords.push({ index: Math.max(0, finalLength(cards, edits) - 1), word: '맛있어요' });
    return { content: edits };
  },
  markup: ({ edits }) => {
    const list = edits.insertWords.length ? edits.insertWords : edits.transformedWords;
    if (list.length) list[0].word = `<b>${list[0].word}</b>`;
    else edits.insertWords.push({ index: 1, word: '<b>를</b>' });
    return { content: edits };
  },
  bad_index: ({ edits, cards }) => {
    const list = edits.transformedWords.length ? edits.transformedWords : edits.insertWords;
    const index = finalLength(cards, edits) + 3;
    if (list.length) list[0].index = index;
    else edits.insertWords.push({ index, word: '를' });
    return { content: edits };
  },
  repeated_index: ({ edits }) => {
    const list = edits.insertWords.length ? edits.insertWords : edits.transformedWords;
    if (list.length) list.push({ ...list[0] });
    else edits.insertWords.push({ index: 1, word: '를' }, { index: 1, word: '를' });
    return { content: edits };
  },
  other_cards: ({ cards }) => {
    const other = (cards || []).join('|') === '엄마|학교|가다' ? ['사과', '먹다'] : ['엄마', '학교', '가다'];
    return { content: cannedAnswer(other) };
  },
  not_json: () => ({ content: 'I think the sentence is 사과를 먹어요.' }),
  wrong_particle: ({ edits }) => {
    // 사과를 → 사과을: the allomorph for the wrong 받침.
    const item = edits.insertWords.find((w) => OTHER_ALLOMORPH[w.word]);
    if (item) item.word = OTHER_ALLOMORPH[item.word];
    return { content: edits };
  },
  wrong_role: ({ edits }) => {
    // 바나나를 먹어요 → 바나나가 먹어요: the object marked as the subject.
    const item = edits.insertWords.find((w) => SUBJECT_FOR_OBJECT[w.word]);
    if (item) item.word = SUBJECT_FOR_OBJECT[item.word];
    return { content: edits };
  },
};

/** The names setScenario, the header and "fake:<name>" accept. */
export const SCENARIO_NAMES = Object.freeze(Object.keys(SCENARIOS));

function cutInHalf(text) {
  return text.slice(0, Math.floor(text.length / 2));
}

/** Like OpenAI: the first 8 and the last 4 characters of the key, starred in between. */
function maskKey(authorization) {
  const key = (authorization || '').replace(/^Bearer\s+/i, '');
  if (!key) return '(none)';
  return `${key.slice(0, 8)}${'*'.repeat(Math.max(4, key.length - 12))}${key.slice(-4)}`;
}

/**
 * @typedef {object} FakeOpenAI
 * @property {string} url        base URL ending in /v1
 * @property {number} port
 * @property {Array<{method: string, path: string, headers: object, body: any, rawBody: string}>} requests
 * @property {(scenario: string | Function) => void} setScenario  a name, or
 *   ({body, cards, headers, edits}) => {status, headers?, body} | Edits object | content string
 * @property {(answer: (cards: string[] | null, user?: string) => object | string) => void} setAnswer
 * @property {() => void} reset   scenario "ok", default answer, no recorded requests
 * @property {() => Promise<void>} close  ends every socket and pending timer at once
 */

/**
 * Starts the fake on 127.0.0.1.
 * @param {object} [options]
 * @param {number} [options.port=0]
 * @param {string} [options.host='127.0.0.1']
 * @param {number} [options.slowMs=5000]   the "slow" scenario's delay (header x-fake-slow-ms overrides)
 * @param {string | Function} [options.scenario='ok']
 * @param {(cards: string[] | null, user?: string) => object | string} [options.answer]  default: the canned table
 * @returns {Promise<FakeOpenAI>}
 */
export async function startFakeOpenAI({
  port = 0, host = '127.0.0.1', slowMs = 5000, scenario = 'ok', answer = cannedAnswer,
} = {}) {
  if (typeof scenario !== 'function' && !SCENARIOS[scenario]) {
    throw new Error(unknownScenario(scenario).body.error.message);
  }
  const requests = [];
  const timers = new Set();
  let currentScenario = scenario;
  let currentAnswer = answer;
  let state = {};
  let counter = 0;

  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, x-request-id');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-fake-scenario, x-fake-slow-ms',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });

  function handle(req, res, rawBody) {
    const path = (req.url || '/').split('?')[0];
    let body = rawBody;
    try {
      body = rawBody ? JSON.parse(rawBody) : null;
    } catch {
      // Kept as text: tests may want to see what arrived.
    }
    if (path === '/_fake/scenario' && req.method === 'POST') {
      const name = body?.scenario;
      if (!SCENARIOS[name]) return send(res, unknownScenario(name));
      currentScenario = name;
      return send(res, { status: 200, body: { scenario: name } });
    }
    if (path === '/_fake/reset' && req.method === 'POST') {
      reset();
      return send(res, { status: 200, body: { reset: true } });
    }
    if (path === '/_fake/requests' && req.method === 'GET') {
      return send(res, { status: 200, body: requests });
    }
    requests.push({ method: req.method, path, headers: { ...req.headers }, body, rawBody });
    if (path !== '/v1/chat/completions' || req.method !== 'POST') {
      return send(res, apiError(404, `Unknown request URL: ${req.method} ${path}.`, 'invalid_request_error',
        'unknown_url'));
    }
    if (!body || typeof body !== 'object') {
      return send(res, apiError(400, 'We could not parse the JSON body of your request.',
        'invalid_request_error', null));
    }

    const fromModel = typeof body.model === 'string' && body.model.startsWith('fake:') ? body.model.slice(5) : '';
    const chosen = req.headers['x-fake-scenario'] || fromModel || currentScenario;
    const cards = cardsFromRequest(body);
    const given = currentAnswer(cards, userText(body));
    const edits = typeof given === 'string' ? given : structuredClone(given);
    const context = { body, cards, headers: req.headers, auth: req.headers.authorization, edits, state };

    let reply;
    if (typeof chosen === 'function') {
      reply = chosen(context);
      if (typeof reply === 'string' || (reply && !('status' in reply))) reply = { content: reply };
    } else if (SCENARIOS[chosen]) {
      reply = typeof edits === 'string' && chosen !== 'ok' && chosen !== 'slow'
        ? { content: edits } // a custom string answer cannot be bent into a fault
        : SCENARIOS[chosen](context);
    } else {
      return send(res, unknownScenario(chosen));
    }
    if ('status' in reply) return send(res, reply);

    const completion = {
      status: 200,
      body: makeCompletion(body.model, reply, ++counter),
    };
    if (!reply.delay) return send(res, completion);
    const ms = Number(req.headers['x-fake-slow-ms']) || slowMs;
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, completion);
    }, ms);
    timers.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  function reset() {
    requests.length = 0;
    currentScenario = 'ok';
    currentAnswer = answer;
    state = {};
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/v1`,
    port: actualPort,
    requests,
    setScenario(next) {
      if (typeof next !== 'function' && !SCENARIOS[next]) throw new Error(unknownScenario(next).body.error.message);
      currentScenario = next;
    },
    setAnswer(next) {
      currentAnswer = next;
    },
    reset,
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function unknownScenario(name) {
  return apiError(400, `Unknown fake scenario "${name}"; known: ${SCENARIO_NAMES.join(', ')}.`,
    'invalid_request_error', 'unknown_scenario');
}

/** The exact OpenAI chat.completion shape. */
function makeCompletion(model, reply, n) {
  const content = reply.content === null || typeof reply.content === 'string'
    ? reply.content
    : JSON.stringify(reply.content);
  const completionTokens = content ? Math.ceil(content.length / 2) : 0;
  return {
    id: `chatcmpl-fake${String(n).padStart(6, '0')}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: model || 'fake-model',
    choices: [{
      index: 0,
      message: { role: 'assistant', content, refusal: reply.refusal ?? null },
      logprobs: null,
      finish_reason: reply.finishReason || 'stop',
    }],
    usage: { prompt_tokens: 60, completion_tokens: completionTokens, total_tokens: 60 + completionTokens },
    system_fingerprint: 'fp_fake',
  };
}

/**
 * Sends one answer: `body` as JSON, or `text` as it is (exact bytes).
 * @param {import('node:http').ServerResponse} res
 * @param {{status: number, headers?: Record<string, string>, body?: unknown, text?: string}} answer
 */
function send(res, { status, headers = {}, body, text: raw }) {
  if (res.writableEnded || res.destroyed) return;
  const text = raw ?? JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    'x-request-id': `req_fake_${Date.now().toString(36)}`,
    ...headers,
  });
  res.end(text);
}


if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      scenario: { type: 'string', default: 'ok' },
      'slow-ms': { type: 'string', default: '5000' },
    },
  });
  const fake = await startFakeOpenAI({
    port: Number(values.port), host: values.host, scenario: values.scenario, slowMs: Number(values['slow-ms']),
  });
  process.stdout.write(`${fake.url}\n`);
  const stop = () => fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
