/**
 * POST /v1/chat/completions: the same-origin door to the model. The proxy holds the key and fixes
 * model, temperature, token cap and response_format; the client's `messages` go through untouched
 * (the core builds them byte-identical to the training data). The upstream's status, body and
 * Retry-After come back unchanged so the app's validator reads the upstream's own error envelope.
 * Errors made here use the same OpenAI envelope with type "malmoi_error" and a stable `code`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Upstream answers larger than this are refused (with stream off an answer is a few hundred bytes). */
const MAX_UPSTREAM_BYTES = 1024 * 1024;

/** Only these upstream headers reach the client. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-request-id'];

/** The message for each error code the proxy itself answers with. */
export const MESSAGES = {
  method_not_allowed: 'Use POST for /v1/chat/completions.',
  cross_origin: 'Requests from other sites are not accepted.',
  model_not_configured: 'The model is not configured on this server; Malmoi works in rule-only mode.',
  rate_limited: 'Too many requests from this device; try again after the Retry-After seconds.',
  body_too_large: 'The request body is larger than this server accepts.',
  invalid_json: 'The request body must be a JSON object.',
  invalid_messages: 'The request body must have a non-empty "messages" array of objects.',
  upstream_unreachable: 'The model server could not be reached.',
  upstream_timeout: 'The model server did not answer in time.',
  upstream_redirect: 'The model server answered with a redirect; check MALMOI_BASE_URL.',
  upstream_too_large: 'The model server sent an answer larger than this server accepts.',
  internal_error: 'The Malmoi server failed while handling the request.',
  not_found: 'There is no such API endpoint on this server.',
};

/**
 * Reads the request's whole `response_format` value (core/data/response_format.json).
 * @param {string | URL} path
 * @returns {object}
 */
export function loadResponseFormat(path) {
  const value = JSON.parse(readFileSync(path, 'utf8'));
  if (value?.type !== 'json_schema' || typeof value.json_schema?.schema !== 'object') {
    throw new Error(`${path} must hold {"type":"json_schema","json_schema":{…,"schema":{…}}}`);
  }
  return value;
}

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
 * The body sent upstream: the client's messages, everything else from the configuration.
 * @param {{messages: unknown[]}} clientBody
 * @param {import('./config.mjs').ServerConfig} config
 * @param {object} responseFormat
 */
export function buildUpstreamBody(clientBody, config, responseFormat) {
  const body = {
    model: config.model,
    messages: clientBody.messages,
    temperature: 0,
    response_format: responseFormat,
  };
  // OpenAI deprecated max_tokens for max_completion_tokens; llama-server, Ollama and vLLM read max_tokens.
  if (config.apiStyle === 'openai') body.max_completion_tokens = config.maxTokens;
  else body.max_tokens = config.maxTokens;
  return body;
}

/**
 * Removes the key, and the masked form OpenAI echoes in 401 messages (sk-ab…***…wxyz), from a text.
 * @param {string} text
 * @param {string} key
 */
export function redactSecrets(text, key) {
  let out = key ? text.split(key).join('[redacted]') : text;
  out = out.replace(/\b(sk|key)-[A-Za-z0-9_-]*\*{3,}[A-Za-z0-9_-]*/g, '[redacted]');
  return out;
}

/**
 * @param {object} options
 * @param {import('./config.mjs').ServerConfig} options.config
 * @param {object} options.responseFormat
 * @param {{take: (client: string) => {ok: boolean, retryAfterSeconds: number}}} options.limiter
 * @param {(line: string) => void} options.log
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createProxyHandler({ config, responseFormat, limiter, log }) {
  const endpoint = `${config.baseUrl}/chat/completions`;
  const upstreamHeaders = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.apiKey) upstreamHeaders.Authorization = `Bearer ${config.apiKey}`;

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
    // Same origin only: a page on another site may not spend the key (browsers send this header).
    if (req.headers['sec-fetch-site'] === 'cross-site') return fail(403, 'cross_origin');
    if (!config.configured) return fail(503, 'model_not_configured');
    const decision = limiter.take(record.client);
    if (!decision.ok) {
      return fail(429, 'rate_limited', { 'Retry-After': String(decision.retryAfterSeconds) });
    }

    const raw = await readLimited(req, config.maxBody);
    if (raw === null) return fail(413, 'body_too_large');
    record.bytesIn = raw.length;
    let clientBody;
    try {
      clientBody = JSON.parse(raw.toString('utf8'));
    } catch {
      return fail(400, 'invalid_json');
    }
    if (!clientBody || typeof clientBody !== 'object' || Array.isArray(clientBody)) {
      return fail(400, 'invalid_json');
    }
    const { messages } = clientBody;
    const messagesOk = Array.isArray(messages) && messages.length > 0 &&
      messages.every((m) => m && typeof m === 'object' && !Array.isArray(m));
    if (!messagesOk) return fail(400, 'invalid_messages');

    const body = JSON.stringify(buildUpstreamBody(clientBody, config, responseFormat));
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

    if (config.apiKey && (status >= 400 || payload.includes(config.apiKey))) {
      payload = Buffer.from(redactSecrets(payload.toString('utf8'), config.apiKey));
    }
    const out = { 'Cache-Control': 'no-store', 'Content-Length': String(payload.length) };
    for (const name of PASSED_HEADERS) {
      const value = headers.get(name);
      if (value) out[name] = value;
    }
    if (!out['content-type']) out['content-type'] = 'application/json';
    res.writeHead(status, out);
    res.end(payload);
    record.bytesOut = payload.length;
  };
}

/**
 * Reads a request body up to `limit` bytes; null when it is larger (reading stops at once).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
function readLimited(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
    // A client that hangs up mid-body: settle, so nothing waits forever (no-op after 'end').
    req.on('close', () => reject(new Error('the client closed the connection before the body ended')));
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
