/**
 * POST /v1/chat/completions: the same-origin door to the model. The proxy holds the key and accepts
 * only the request Malmoi's core writes: the body must be, byte for byte, what core.prompt() answers
 * for the cards in it. What goes upstream is again the core's own text, for the server's model, API
 * style and token cap, so the bytes the model sees are exactly those of the fine-tuning data. The
 * upstream's status, body and Retry-After come back unchanged (the key redacted wherever it shows),
 * so the app's validator reads the upstream's own error envelope. Errors made here use the same
 * OpenAI envelope with type "malmoi_error" and a stable `code`.
 */
import { performance } from 'node:perf_hooks';
import { isJsonType, sameOrigin, sameSite } from './security.mjs';

/** Upstream answers larger than this are refused (with stream off an answer is a few hundred bytes). */
const MAX_UPSTREAM_BYTES = 1024 * 1024;

/** Only these upstream headers reach the client. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-request-id'];

/** The message for each error code the proxy itself answers with. */
export const MESSAGES = {
  method_not_allowed: 'Use POST for /v1/chat/completions.',
  cross_origin: 'Requests from other sites are not accepted.',
  host_not_allowed: 'This server does not answer to that host name; list it in MALMOI_ALLOWED_HOSTS.',
  unsupported_media_type: 'The request body must be sent as Content-Type: application/json.',
  model_not_configured: 'The model is not configured on this server; Malmoi works in rule-only mode.',
  rate_limited: 'Too many requests from this device; try again after the Retry-After seconds.',
  body_too_large: 'The request body is larger than this server accepts.',
  body_timeout: 'The request body did not arrive in time.',
  invalid_json: 'The request body must be a JSON object.',
  not_core_request: 'The request body must be exactly the request Malmoi\'s core writes (core.prompt).',
  upstream_unreachable: 'The model server could not be reached.',
  upstream_timeout: 'The model server did not answer in time.',
  upstream_redirect: 'The model server answered with a redirect; check MALMOI_BASE_URL.',
  upstream_too_large: 'The model server sent an answer larger than this server accepts.',
  internal_error: 'The Malmoi server failed while handling the request.',
  not_found: 'There is no such API endpoint on this server.',
};

/**
 * Writes an OpenAI-style error envelope: {"error":{"message","type":"malmoi_error","code"}}.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {keyof MESSAGES} code
 * @param {Record<string, string>} [headers]
 * @returns {number} the body's size in bytes
 */
export function sendError(res, status, code, headers = {}) {
  const body = JSON.stringify({ error: { message: MESSAGES[code], type: 'malmoi_error', code } });
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
  return Buffer.byteLength(body);
}

/**
 * The client's address: the socket's, or with trustProxy the last X-Forwarded-For entry (the one
 * our own reverse proxy appended; earlier entries are whatever the client claimed).
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function clientAddress(req, trustProxy) {
  let address = req.socket.remoteAddress || '';
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) {
    address = forwarded.split(',').pop().trim();
  }
  address = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  // It goes into log lines and map keys: keep it to address characters.
  return /^[0-9A-Za-z.:%_-]{1,64}$/.test(address) ? address : 'unknown';
}

/**
 * The body to send upstream for a client's body: the core's own request, written again by the core
 * for the server's model, style and token cap, when the client's body is byte for byte a request the
 * core wrote (web/model.js sends nothing else); else the error code.
 * @param {Buffer} raw the bytes as received
 * @param {import('./config.mjs').ServerConfig} config
 * @param {{forward: Function}} core web/core.js
 * @returns {{body: string, code?: undefined} | {code: 'invalid_json' | 'not_core_request', body?: undefined}}
 */
export function upstreamBody(raw, config, core) {
  const text = raw.toString('utf8');
  try {
    JSON.parse(text);
  } catch {
    return { code: 'invalid_json' };
  }
  // Not UTF-8: the bytes would not be the core's even if the decoded text were.
  if (!Buffer.from(text, 'utf8').equals(raw)) return { code: 'not_core_request' };
  const request = { body: text, model: config.model, style: config.apiStyle };
  if (config.maxTokens) request.maxTokens = config.maxTokens;
  try {
    return { body: core.forward(request).body };
  } catch {
    return { code: 'not_core_request' };
  }
}

/**
 * A pattern for the key as it may appear in JSON or a URL: each character as itself, as a \u
 * escape (any hex case), as a JSON short escape, or percent-encoded. Case-insensitive: a variant of
 * the key in another case is redacted too.
 * @param {string} key
 */
function keyPattern(key) {
  const parts = [...key].map((ch) => {
    const code = ch.codePointAt(0);
    const hex = code.toString(16).padStart(4, '0');
    const forms = [ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), `\\\\u${hex}`];
    if (code < 0x80) forms.push(`%${hex.slice(2)}`);
    if (ch === '/' || ch === '"' || ch === '\\') forms.push(`\\\\\\${ch}`);
    return `(?:${forms.join('|')})`;
  });
  return new RegExp(parts.join(''), 'gi');
}

/**
 * Removes the key (also \u-escaped, JSON-escaped or percent-encoded, in any case) and the masked form
 * OpenAI echoes in 401 messages (sk-ab…***…wxyz) from a text.
 * @param {string} text
 * @param {string} key
 */
export function redactSecrets(text, key) {
  let out = key ? text.replace(keyPattern(key), '[redacted]') : text;
  out = out.replace(/\b(sk|key)-[A-Za-z0-9_-]*\*{3,}[A-Za-z0-9_-]*/g, '[redacted]');
  return out;
}

/**
 * @param {object} options
 * @param {import('./config.mjs').ServerConfig} options.config
 * @param {{forward: Function} | null} options.core  web/core.js; null when no model is configured
 * @param {{take: (client: string) => {ok: boolean, retryAfterSeconds: number}}} options.limiter
 * @param {(line: string) => void} options.log
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createProxyHandler({ config, core, limiter, log }) {
  const endpoint = `${config.baseUrl}/chat/completions`;
  const upstreamHeaders = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.apiKey) upstreamHeaders.Authorization = `Bearer ${config.apiKey}`;
  const redact = (text) => (config.apiKey ? redactSecrets(text, config.apiKey) : text);

  return async function proxy(req, res) {
    const record = {
      client: clientAddress(req, config.trustProxy), upstreamMs: -1, bytesIn: 0, bytesOut: 0, code: '', cause: '',
    };
    res.on('close', () => log(logLine(record, res)));

    const fail = (status, code, headers) => {
      record.code = code;
      // An unread body must not be left on a kept-alive connection.
      if (!req.complete) headers = { Connection: 'close', ...headers };
      record.bytesOut = sendError(res, status, code, headers);
    };

    if (req.method !== 'POST') return fail(405, 'method_not_allowed', { Allow: 'POST' });
    // Same origin only, whatever the browser: fetch metadata when sent, the Origin when sent, and a
    // JSON body, which no page on another site can send without a CORS preflight this server refuses.
    if (!sameSite(req.headers['sec-fetch-site'])) return fail(403, 'cross_origin');
    if (!sameOrigin(req.headers.origin, req.headers.host)) return fail(403, 'cross_origin');
    if (!isJsonType(req.headers['content-type'])) return fail(415, 'unsupported_media_type');
    if (!config.configured || !core) return fail(503, 'model_not_configured');

    // The body first, under its own deadline, and only then a rate-limit token: a client that
    // trickles its body spends nothing and is cut off long before the server's request timeout.
    const raw = await readLimited(req, config.maxBody, config.bodyTimeoutMs);
    if (raw === 'too_large') return fail(413, 'body_too_large');
    if (raw === 'timeout') return fail(408, 'body_timeout');
    record.bytesIn = raw.length;
    const checked = upstreamBody(raw, config, core);
    if (checked.code) return fail(400, checked.code);
    const decision = limiter.take(record.client);
    if (!decision.ok) {
      return fail(429, 'rate_limited', { 'Retry-After': String(decision.retryAfterSeconds) });
    }

    const { body } = checked;
    const clientGone = new AbortController();
    res.on('close', () => clientGone.abort());
    const signal = AbortSignal.any([clientGone.signal, AbortSignal.timeout(config.timeoutMs)]);
    const started = performance.now();
    let status;
    let headers;
    let payload;
    try {
      const upstream = await fetch(endpoint, {
        method: 'POST', headers: upstreamHeaders, body, signal, redirect: 'manual',
      });
      status = upstream.status;
      headers = upstream.headers;
      payload = await readUpstream(upstream);
    } catch (error) {
      record.upstreamMs = performance.now() - started;
      if (clientGone.signal.aborted) return;
      if (error?.name === 'TimeoutError') return fail(504, 'upstream_timeout');
      record.cause = error?.cause?.code || error?.code || error?.name;
      return fail(502, 'upstream_unreachable');
    }
    record.upstreamMs = performance.now() - started;
    if (payload === null) return fail(502, 'upstream_too_large');
    if (status >= 300 && status < 400) return fail(502, 'upstream_redirect');

    if (config.apiKey) {
      const text = payload.toString('utf8');
      const clean = redact(text);
      if (clean !== text) payload = Buffer.from(clean);
    }
    const out = { 'Cache-Control': 'no-store', 'Content-Length': String(payload.length) };
    for (const name of PASSED_HEADERS) {
      const value = headers.get(name);
      if (value) out[name] = redact(value);
    }
    if (!out['content-type']) out['content-type'] = 'application/json';
    res.writeHead(status, out);
    res.end(payload);
    record.bytesOut = payload.length;
  };
}

/**
 * Reads a request body up to `limit` bytes within `timeoutMs`: the bytes, 'too_large' (reading
 * stops at once) or 'timeout'.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @param {number} timeoutMs
 * @returns {Promise<Buffer | 'too_large' | 'timeout'>}
 */
function readLimited(req, limit, timeoutMs) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too_large');
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const stop = (outcome) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve(outcome);
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) return stop('too_large');
      chunks.push(chunk);
    };
    const onEnd = () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // A client that hangs up mid-body: settle, so nothing waits forever (no-op after 'end').
    req.on('close', () => {
      clearTimeout(timer);
      reject(new Error('the client closed the connection before the body ended'));
    });
  });
}

/**
 * Reads the upstream body with a size cap; null when it is larger.
 * @param {Response} upstream
 * @returns {Promise<Buffer | null>}
 */
async function readUpstream(upstream) {
  const declared = Number(upstream.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_UPSTREAM_BYTES) {
    await upstream.body?.cancel();
    return null;
  }
  const chunks = [];
  let size = 0;
  if (!upstream.body) return Buffer.alloc(0);
  for await (const chunk of upstream.body) {
    size += chunk.length;
    if (size > MAX_UPSTREAM_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function logLine(record, res) {
  const parts = [
    new Date().toISOString(),
    'proxy',
    `client=${record.client}`,
    `status=${res.writableFinished ? res.statusCode : 'aborted'}`,
    `upstream_ms=${record.upstreamMs < 0 ? '-' : Math.round(record.upstreamMs)}`,
    `bytes_in=${record.bytesIn}`,
    `bytes_out=${record.bytesOut}`,
  ];
  if (record.code) parts.push(`code=${record.code}`);
  if (record.cause) parts.push(`cause=${String(record.cause).replace(/[^\w.-]/g, '')}`);
  return parts.join(' ');
}
