/**
 * The Malmoi server: static files, /api/status, the model proxy, its configuration and rate limit,
 * and the fake OpenAI upstream the other test suites use. Run: node --test tests/node/
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { startServer, RESPONSE_FORMAT_PATH } from '../../tools/server/serve.mjs';
import { loadConfig, resolveConfig, describeConfig, ConfigError } from '../../tools/server/config.mjs';
import { createRateLimiter } from '../../tools/server/rate-limit.mjs';
import { resolveSafePath } from '../../tools/server/static.mjs';
import { startFakeOpenAI, SCENARIO_NAMES } from '../../tools/server/fake-openai.mjs';
import { loadBuiltCore } from '../support/build.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SYSTEM = '당신은 단어 배열을 자연스러운 문장으로 보완하는 AI입니다. 사용자가 선택한 단어 사이에 필요한 조사, 접속어, 어미만 삽입하거나 문맥상 동사를 구어체로 바꿔주세요.';
const USER_PREFIX = '다음 단어 배열을 자연스러운 구어체 문장으로 완성하고, 필요한 조사나 접속어는 insertWords로, 어미나 구어체 변형은 transformedWords로 명시해주세요:\n\n';

/** The messages the core builds for some cards. */
function messagesFor(cards) {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: USER_PREFIX + `[${cards.map((c) => JSON.stringify(c)).join(', ')}]` },
  ];
}

/** The core, which writes the only requests the proxy accepts. */
let core;
before(async () => { core = await loadBuiltCore(); });

/** The request the app sends for some cards: the core's text, as model.js sends it. */
function requestFor(cards, { model = 'malmoi', style = 'compatible' } = {}) {
  return core.prompt({ cards, model, style }).body;
}

/** POSTs JSON (or a raw string) and returns status, headers and text. */
async function post(url, body, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: safeJson(text) };
}

async function get(url, headers = {}) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: safeJson(text) };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A request with an exact, un-normalised path (fetch would resolve /../ before sending). */
function rawRequest(port, path, { method = 'GET', headers = {}, chunks } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const parts = [];
      res.on('data', (chunk) => parts.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(parts).toString() }));
    });
    req.on('error', reject);
    for (const chunk of chunks || []) req.write(chunk);
    req.end();
  });
}

/** A port where nothing listens. */
async function closedPort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const expectEnvelope = (response, status, code) => {
  assert.equal(response.status, status, response.text);
  assert.equal(response.json?.error?.code, code, response.text);
  assert.equal(response.json.error.type, 'malmoi_error');
  assert.equal(typeof response.json.error.message, 'string');
};

// ---------------------------------------------------------------------------------------------
describe('response_format.json', () => {
  test('is the strict aac_edits schema with no range keywords', async () => {
    const format = JSON.parse(await readFile(RESPONSE_FORMAT_PATH, 'utf8'));
    assert.equal(format.type, 'json_schema');
    assert.equal(format.json_schema.name, 'aac_edits');
    assert.equal(format.json_schema.strict, true);
    const schema = format.json_schema.schema;
    assert.deepEqual(schema.required, ['insertWords', 'transformedWords']);
    for (const key of ['insertWords', 'transformedWords']) {
      const items = schema.properties[key].items;
      assert.equal(schema.properties[key].type, 'array');
      assert.deepEqual(items.required, ['index', 'word']);
      assert.deepEqual(items.properties, { index: { type: 'integer' }, word: { type: 'string' } });
    }
    const forbidden = /^(min|max|pattern|format|exclusive|multipleOf)/;
    (function walk(node) {
      if (!node || typeof node !== 'object') return;
      if (node.type === 'object') assert.equal(node.additionalProperties, false);
      for (const [key, value] of Object.entries(node)) {
        if (key !== 'properties') assert.doesNotMatch(key, forbidden);
        walk(value);
      }
    })(schema);
  });
});

// ---------------------------------------------------------------------------------------------
describe('config', () => {
  test('defaults: OpenAI base URL, openai style, not configured without key and model', () => {
    const config = resolveConfig({});
    assert.equal(config.baseUrl, 'https://api.openai.com/v1');
    assert.equal(config.apiStyle, 'openai');
    assert.equal(config.configured, false);
    assert.equal(config.maxTokens, null, 'the core owns the token cap');
    assert.equal(config.timeoutMs, 15000);
    assert.equal(config.rate, 60);
    assert.equal(config.burst, 20);
    assert.equal(config.maxBody, 16384);
    assert.equal(config.bodyTimeoutMs, 10000);
    assert.equal(config.trustProxy, false);
    assert.deepEqual(config.allowedHosts, []);
  });

  test('allowed hosts: names, comma-separated or a list; no scheme, port or path', () => {
    assert.deepEqual(resolveConfig({ allowedHosts: 'Malmoi.School.example, aac.local.' }).allowedHosts,
      ['malmoi.school.example', 'aac.local']);
    assert.deepEqual(resolveConfig({ MALMOI_ALLOWED_HOSTS: ['a.example'] }).allowedHosts, ['a.example']);
    for (const bad of ['http://a.example', 'a.example:8080', 'a.example/x', '*.example', 'a b']) {
      assert.throws(() => resolveConfig({ allowedHosts: bad }), /MALMOI_ALLOWED_HOSTS/, bad);
    }
  });

  test('OpenAI needs a key and a model; a local server needs only a model', () => {
    assert.equal(resolveConfig({ model: 'ft:gpt-4o-2024-08-06:org:aac-ko:id' }).configured, false);
    assert.equal(resolveConfig({ apiKey: 'sk-x', model: 'ft:x' }).configured, true);
    const ollama = resolveConfig({ baseUrl: 'http://127.0.0.1:11434/v1/', model: 'malmoi-aac' });
    assert.equal(ollama.configured, true);
    assert.equal(ollama.apiStyle, 'compatible');
    assert.equal(ollama.baseUrl, 'http://127.0.0.1:11434/v1');
    assert.equal(resolveConfig({ baseUrl: 'http://127.0.0.1:8081/v1' }).configured, false);
    assert.equal(resolveConfig({ baseUrl: 'http://x/v1', model: 'm', apiStyle: 'openai' }).apiStyle, 'openai');
  });

  test('environment wins over the file; the file takes MALMOI_ or camelCase names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'malmoi-config-'));
    const file = join(dir, 'config.json');
    await writeFile(file, JSON.stringify({ MALMOI_MODEL: 'from-file', baseUrl: 'http://127.0.0.1:8081/v1', MALMOI_RATE: 5 }));
    try {
      const fromFile = loadConfig({ env: {}, configPath: file });
      assert.equal(fromFile.model, 'from-file');
      assert.equal(fromFile.rate, 5);
      const mixed = loadConfig({ env: { MALMOI_CONFIG: file, MALMOI_MODEL: 'from-env', MALMOI_MAX_TOKENS: '50' } });
      assert.equal(mixed.model, 'from-env');
      assert.equal(mixed.baseUrl, 'http://127.0.0.1:8081/v1');
      assert.equal(mixed.maxTokens, 50);
      await writeFile(file, JSON.stringify({ MALMOI_MODLE: 'typo' }));
      assert.throws(() => loadConfig({ env: {}, configPath: file }), /Unknown setting "MALMOI_MODLE"/);
      await writeFile(file, '{"MALMOI_API_KEY": "sk-test-SECRET-123",');
      assert.throws(() => loadConfig({ env: {}, configPath: file }), (error) =>
        error instanceof ConfigError && /not valid JSON/.test(error.message) && !error.message.includes('SECRET'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('bad values are named; secrets are never repeated', () => {
    assert.throws(() => resolveConfig({ maxTokens: '0' }), /MALMOI_MAX_TOKENS/);
    assert.throws(() => resolveConfig({ MALMOI_TIMEOUT_MS: 'soon' }), /MALMOI_TIMEOUT_MS/);
    assert.throws(() => resolveConfig({ apiStyle: 'azure' }), /MALMOI_API_STYLE/);
    assert.throws(() => resolveConfig({ baseUrl: 'ftp://x' }), /MALMOI_BASE_URL/);
    assert.throws(() => resolveConfig({ apiKey: 'sk-test-SECRET-123\r\nX: y' }),
      (error) => /MALMOI_API_KEY/.test(error.message) && !error.message.includes('SECRET'));
    assert.throws(() => resolveConfig({ baseUrl: 'https://user:SECRET@example.com/v1' }),
      (error) => /credentials/.test(error.message) && !error.message.includes('SECRET'));
  });

  test('the key is not enumerable: stringify, inspect and describe never show it', () => {
    const config = resolveConfig({ apiKey: 'sk-test-SECRET-123', model: 'ft:x' });
    assert.equal(config.apiKey, 'sk-test-SECRET-123');
    for (const text of [JSON.stringify(config), inspect(config), describeConfig(config), String(Object.keys(config))]) {
      assert.ok(!text.includes('SECRET'), text);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('rate limiter', () => {
  test('a burst, then Retry-After until a token is back', () => {
    let clock = 0;
    const limiter = createRateLimiter({ ratePerMinute: 30, burst: 3, now: () => clock });
    for (let i = 0; i < 3; i++) assert.equal(limiter.take('a').ok, true);
    assert.deepEqual(limiter.take('a'), { ok: false, retryAfterSeconds: 2 });
    assert.equal(limiter.take('b').ok, true, 'clients have their own buckets');
    clock += 2000;
    assert.equal(limiter.take('a').ok, true);
    assert.equal(limiter.take('a').ok, false);
  });

  test('idle full buckets are swept', () => {
    let clock = 0;
    const limiter = createRateLimiter({ ratePerMinute: 60, burst: 2, now: () => clock });
    limiter.take('a');
    limiter.take('b');
    clock += 120000;
    limiter.take('c');
    assert.equal(limiter.size(), 1);
  });
});

// ---------------------------------------------------------------------------------------------
describe('static files', () => {
  let dir;
  let root;
  let app;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'malmoi-static-'));
    root = join(dir, 'web');
    await mkdir(join(root, 'gen'), { recursive: true });
    await mkdir(join(root, 'boards'));
    await writeFile(join(dir, 'package.json'), '{"secret":"outside the root"}');
    await writeFile(join(root, 'index.html'), '<!doctype html><title>말모이</title>');
    await writeFile(join(root, 'app.js'), 'export const x = 1;\n');
    await writeFile(join(root, 'sw.mjs'), 'self.addEventListener("fetch", () => {});\n');
    await writeFile(join(root, 'manifest.webmanifest'), '{"name":"Malmoi"}');
    await writeFile(join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(root, '.env'), 'MALMOI_API_KEY=sk-nope');
    await writeFile(join(root, 'gen', 'malmoi-core.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await writeFile(join(root, 'boards', 'index.html'), 'boards');
    app = await startServer({ root, log: () => {} });
  });

  after(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('/ is index.html, with validators and no-cache', async () => {
    const res = await get(`${app.url}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.ok(res.headers.get('etag'));
    assert.ok(res.headers.get('last-modified'));
    assert.match(res.text, /말모이/);
  });

  test('content types for the app: wasm, js, mjs, webmanifest, svg', async () => {
    const expected = {
      '/gen/malmoi-core.wasm': 'application/wasm',
      '/app.js': 'text/javascript; charset=utf-8',
      '/sw.mjs': 'text/javascript; charset=utf-8',
      '/manifest.webmanifest': 'application/manifest+json',
      '/icon.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await fetch(`${app.url}${path}`);
      await res.arrayBuffer();
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), type, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
    const wasm = Buffer.from(await (await fetch(`${app.url}/gen/malmoi-core.wasm`)).arrayBuffer());
    assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  });

  test('compressible files are sent gzipped when asked; ranges and small files as they are', async () => {
    const big = 'export const words = ' + JSON.stringify(Array.from({ length: 400 }, (_, i) => `단어${i}`)) + ';\n';
    await writeFile(join(root, 'big.js'), big);
    const raw = (path, headers) => new Promise((resolve, reject) => {
      httpRequest(`${app.url}${path}`, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject).end();
    });
    const zipped = await raw('/big.js', { 'accept-encoding': 'gzip, deflate' });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    assert.ok(zipped.body.length < Buffer.byteLength(big) / 2);
    assert.equal(gunzipSync(zipped.body).toString('utf8'), big);
    const plain = await raw('/big.js', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), big);
    assert.notEqual(plain.headers.etag, zipped.headers.etag);
    const again = await raw('/big.js', { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag });
    assert.equal(again.status, 304);
    const ranged = await raw('/big.js', { 'accept-encoding': 'gzip', range: 'bytes=0-9' });
    assert.equal(ranged.status, 206);
    assert.equal(ranged.headers['content-encoding'], undefined);
    const small = await raw('/app.js', { 'accept-encoding': 'gzip' });
    assert.equal(small.headers['content-encoding'], undefined);
  });

  test('a matching ETag gets 304; HEAD has headers and no body', async () => {
    const first = await fetch(`${app.url}/app.js`);
    await first.text();
    const etag = first.headers.get('etag');
    const again = await fetch(`${app.url}/app.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const head = await rawRequest(app.port, '/app.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-length'], '20');
    assert.equal(head.text, '');
  });

  test('directories: index.html inside, redirect without the slash', async () => {
    assert.equal((await get(`${app.url}/boards/`)).text, 'boards');
    const res = await rawRequest(app.port, '/boards?x=1');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, '/boards/?x=1');
  });

  test('a directory redirect stays on this site, whatever slashes the path starts with', async () => {
    for (const [path, location] of [['/\\boards', '/boards/'], ['/%5Cboards', '/boards/'], ['/%5cboards?x=1', '/boards/?x=1'],
      ['//boards', '/boards/'], ['/\\\\boards', '/boards/'], ['/\\/boards', '/boards/'], ['/boards\\', '/boards/'],
      ['/%2Fboards', '/boards/']]) {
      const res = await rawRequest(app.port, path);
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.location, location, path);
    }
  });

  test('symbolic links are followed only where they stay inside the root', async () => {
    const { symlink } = await import('node:fs/promises');
    await mkdir(join(dir, 'outside'), { recursive: true });
    await writeFile(join(dir, 'outside', 'secret.txt'), 'outside the root');
    await symlink(join(dir, 'package.json'), join(root, 'leak.json'));
    await symlink(join(dir, 'outside'), join(root, 'linked'));
    await symlink(join(root, 'app.js'), join(root, 'alias.js'));
    await symlink(join(root, 'boards'), join(root, 'boards-alias'));
    for (const path of ['/leak.json', '/linked/secret.txt', '/linked/', '/linked']) {
      const res = await rawRequest(app.port, path);
      assert.equal(res.status, 404, path);
      assert.ok(!res.text.includes('outside the root'), path);
    }
    assert.equal((await get(`${app.url}/alias.js`)).text, 'export const x = 1;\n');
    assert.equal((await get(`${app.url}/boards-alias/`)).text, 'boards');
  });

  test('traversal and dotfiles never leave the root', async () => {
    const attempts = ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/gen/..%5c..%5cpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/.env', '/%00', '/%E0%A4%A'];
    for (const path of attempts) {
      const res = await rawRequest(app.port, path);
      assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
      assert.ok(!res.text.includes('outside the root') && !res.text.includes('sk-nope'), path);
    }
    assert.deepEqual(resolveSafePath(root, '/a/../../x'), { status: 404 });
  });

  test('a missing file is a 404 page; POST is 405', async () => {
    const missing = await get(`${app.url}/nope.js`);
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type'), /text\/html/);
    assert.match(missing.text, /Not found/);
    const posted = await post(`${app.url}/index.html`, '{}');
    assert.equal(posted.status, 405);
  });

  test('unknown /api/ and /v1/ paths answer a JSON 404', async () => {
    expectEnvelope(await get(`${app.url}/api/nope`), 404, 'not_found');
    expectEnvelope(await get(`${app.url}/v1/models`), 404, 'not_found');
  });

  test('a byte range gets 206', async () => {
    const res = await fetch(`${app.url}/app.js`, { headers: { Range: 'bytes=0-5' } });
    assert.equal(res.status, 206);
    assert.equal(await res.text(), 'export');
    assert.equal(res.headers.get('content-range'), 'bytes 0-5/20');
  });
});

// ---------------------------------------------------------------------------------------------
describe('host names: DNS rebinding', () => {
  let fake;
  let app;
  const logs = [];
  before(async () => {
    fake = await startFakeOpenAI();
    app = await startServer({
      config: { baseUrl: fake.url, model: 'm', allowedHosts: 'malmoi.school.example' },
      log: (line) => logs.push(line),
    });
  });
  after(() => Promise.all([app.close(), fake.close()]));

  test('a name this server does not own gets 421 on every path; the key is never spent', async () => {
    fake.reset();
    const body = requestFor(['사과', '먹다']);
    for (const host of [`rebind.attacker.example:${app.port}`, 'rebind.attacker.example', 'localhost.attacker.example',
      '127.0.0.1.nip.example', 'malmoi.school.example.attacker.example', 'a b', '[::1', 'evil.example:x']) {
      for (const [method, path, chunks] of [['POST', '/v1/chat/completions', [body]], ['GET', '/api/status'], ['GET', '/']]) {
        const headers = { Host: host, 'Content-Type': 'application/json' };
        const res = await rawRequest(app.port, path, { method, headers, chunks });
        assert.equal(res.status, 421, `${host} ${path}`);
        if (path !== '/') assert.equal(JSON.parse(res.text).error.code, 'host_not_allowed');
        else assert.match(res.text, /MALMOI_ALLOWED_HOSTS/);
      }
    }
    assert.equal(fake.requests.length, 0);
    const refused = logs.filter((line) => / refused host=/.test(line));
    assert.ok(refused.some((line) => line.includes('host=rebind.attacker.example: ') && line.includes('MALMOI_ALLOWED_HOSTS')));
    assert.equal(refused.filter((line) => line.includes('host=rebind.attacker.example:')).length, 1, 'logged once per name');
  });

  test('IP addresses, localhost, this machine\'s name and the listed names are served', async () => {
    const { hostname } = await import('node:os');
    for (const host of [`127.0.0.1:${app.port}`, `192.168.0.10:${app.port}`, `[::1]:${app.port}`, `localhost:${app.port}`,
      'app.localhost', `${hostname()}:${app.port}`, `${hostname().toUpperCase()}.local`, 'malmoi.school.example',
      'MALMOI.SCHOOL.EXAMPLE.']) {
      const res = await rawRequest(app.port, '/api/status', { headers: { Host: host } });
      assert.equal(res.status, 200, host);
    }
    const origin = 'https://malmoi.school.example';
    const res = await rawRequest(app.port, '/v1/chat/completions', {
      method: 'POST', chunks: [requestFor(['사과', '먹다'])],
      headers: { Host: 'malmoi.school.example', Origin: origin, 'Content-Type': 'application/json' },
    });
    assert.equal(res.status, 200, 'behind a TLS proxy: https Origin, the listed Host');
  });
});

// ---------------------------------------------------------------------------------------------
describe('security headers', () => {
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: blob:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  let fake;
  let app;
  let bare;
  before(async () => {
    fake = await startFakeOpenAI();
    app = await startServer({ config: { apiKey: 'sk-h', baseUrl: fake.url, model: 'm', rate: 1, burst: 2 }, log: () => {} });
    bare = await startServer({ log: () => {} });
  });
  after(() => Promise.all([app.close(), bare.close(), fake.close()]));

  const expectHeaders = (res, what, csp = CSP) => {
    const get = (name) => (res.headers.get ? res.headers.get(name) : res.headers[name]);
    assert.equal(get('content-security-policy'), csp, what);
    assert.equal(get('referrer-policy'), 'no-referrer', what);
    assert.equal(get('x-content-type-options'), 'nosniff', what);
    assert.equal(get('x-frame-options'), 'DENY', what);
  };

  test('on every response: pages, files, 304, errors, the API, the proxy\'s own and upstream answers', async () => {
    const page = await get(`${app.url}/`);
    expectHeaders(page, 'the app page');
    expectHeaders(await get(`${app.url}/gen/malmoi-core.wasm`), 'the wasm');
    expectHeaders(await get(`${app.url}/`, { 'If-None-Match': page.headers.get('etag') }), '304');
    // The built-in 404 page's one inline style is allowed by its hash, and nothing else is added.
    const missing = await get(`${app.url}/missing`);
    const style = /<style>(.*)<\/style>/.exec(missing.text)[1];
    const { createHash } = await import('node:crypto');
    expectHeaders(missing, '404', `${CSP}; style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expectHeaders(await post(`${app.url}/index.html`, '{}'), '405');
    expectHeaders(await get(`${app.url}/api/status`), 'status');
    expectHeaders(await get(`${app.url}/api/nope`), 'API 404');
    expectHeaders(await rawRequest(app.port, '/', { headers: { Host: 'evil.example' } }), '421');
    expectHeaders(await post(`${app.url}/v1/chat/completions`, requestFor(['사과'])), 'a proxied 200');
    fake.setScenario('unauthorized');
    expectHeaders(await post(`${app.url}/v1/chat/completions`, requestFor(['사과'])), 'a proxied 401');
    fake.reset();
    expectHeaders(await post(`${app.url}/v1/chat/completions`, requestFor(['사과'])), 'the proxy\'s own 429');
    expectHeaders(await post(`${bare.url}/v1/chat/completions`, requestFor(['사과'])), 'the proxy\'s own 503');
    expectHeaders(await rawRequest(bare.port, '/deck'), 'a redirect');
  });

  test('connect-src names the teacher\'s own model origin from its cookie, and only a bare origin', async () => {
    const csp = (cookie) => get(`${bare.url}/`, { Cookie: cookie }).then((res) => res.headers.get('content-security-policy'));
    const withOrigin = (origin) => CSP.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
    assert.equal(await csp('malmoi-model-origin=http%3A%2F%2F192.168.0.10%3A8081'), withOrigin('http://192.168.0.10:8081'));
    assert.equal(await csp('a=1; malmoi-model-origin=https://api.openai.com; b=2'), withOrigin('https://api.openai.com'));
    assert.equal(await csp('malmoi-model-origin=http%3A%2F%2F%5B%3A%3A1%5D%3A11434'), withOrigin('http://[::1]:11434'));
    for (const value of ['*', 'https:', 'https://*.example', 'http://a.example/v1', 'http://a.example;script-src *',
      "http://a.example 'unsafe-inline'", 'javascript:alert(1)', 'data:', 'http://user@a.example', 'HTTP://A.EXAMPLE',
      'http://a.example:99999', 'http://a.example%0d%0aX: y', '%E0%A4%A']) {
      assert.equal(await csp(`malmoi-model-origin=${encodeURIComponent(value)}`), CSP, value);
      // Sent as it is, a ";" ends the cookie: what comes before it must still be a bare origin.
      if (!value.includes(';')) assert.equal(await csp(`malmoi-model-origin=${value}`), CSP, value);
    }
    assert.equal(await csp('malmoi-model-origin=http://a.example;script-src *'), withOrigin('http://a.example'));
  });

  test('Safari and iOS before 16 get \'unsafe-eval\', which their WebAssembly needs; no one else does', async () => {
    const csp = (ua) => get(`${bare.url}/`, { 'User-Agent': ua }).then((res) => res.headers.get('content-security-policy'));
    const old = [
      'Mozilla/5.0 (iPad; CPU OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/103.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15',
    ];
    const current = [
      'Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 10; K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36',
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    ];
    for (const ua of old) assert.equal(await csp(ua), CSP.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'"), ua);
    for (const ua of current) assert.equal(await csp(ua), CSP, ua);
  });
});

// ---------------------------------------------------------------------------------------------
describe('status and rule-only mode', () => {
  test('no model configured: status false, proxy 503 with the exact envelope', async () => {
    const app = await startServer({ config: {}, log: () => {} });
    try {
      const status = await get(`${app.url}/api/status`);
      assert.deepEqual(status.json, { model: { configured: false, style: 'openai' } });
      assert.equal(status.headers.get('cache-control'), 'no-store');
      const res = await post(`${app.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
      assert.equal(res.status, 503);
      assert.deepEqual(res.json, {
        error: {
          message: 'The model is not configured on this server; Malmoi works in rule-only mode.',
          type: 'malmoi_error',
          code: 'model_not_configured',
        },
      });
    } finally {
      await app.close();
    }
  });

  test('configured: status true with the style, and nothing else', async () => {
    const app = await startServer({
      config: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'malmoi' },
      log: () => {},
    });
    try {
      const status = await get(`${app.url}/api/status`);
      assert.deepEqual(status.json, { model: { configured: true, style: 'compatible' } });
    } finally {
      await app.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('proxy', () => {
  let fake;
  let openaiApp;
  let localApp;
  const logs = [];

  before(async () => {
    fake = await startFakeOpenAI({ slowMs: 5000 });
    openaiApp = await startServer({
      config: { apiKey: 'sk-proxy-key', baseUrl: fake.url, model: 'ft:gpt-4o-2024-08-06:org:aac-ko:id', apiStyle: 'openai', timeoutMs: 300, rate: 6000, burst: 100 },
      log: (line) => logs.push(line),
    });
    localApp = await startServer({
      config: { baseUrl: fake.url, model: 'malmoi-local', maxTokens: 120, rate: 1, burst: 3 },
      log: (line) => logs.push(line),
    });
  });

  after(async () => {
    await Promise.all([openaiApp.close(), localApp.close(), fake.close()]);
  });

  test('openai style: the upstream gets the core\'s own bytes for the server\'s model, style and cap', async () => {
    fake.reset();
    const cards = ['사과', '먹다'];
    const res = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(cards),
      { Authorization: 'Bearer client-should-not-pass', Cookie: 'c=1' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.object, 'chat.completion');
    assert.deepEqual(JSON.parse(res.json.choices[0].message.content), {
      insertWords: [{ index: 1, word: '를' }], transformedWords: [{ index: 2, word: '먹어요' }],
    });

    assert.equal(fake.requests.length, 1);
    const { headers, body, rawBody } = fake.requests[0];
    const model = 'ft:gpt-4o-2024-08-06:org:aac-ko:id';
    assert.equal(rawBody, core.prompt({ cards, model, style: 'openai' }).body, 'byte for byte the core\'s request');
    const responseFormat = JSON.parse(await readFile(RESPONSE_FORMAT_PATH, 'utf8'));
    assert.deepEqual(body, {
      model,
      messages: messagesFor(cards),
      temperature: 0,
      max_completion_tokens: core.limits().maxTokens,
      response_format: responseFormat,
    });
    assert.equal(core.limits().maxTokens, 300);
    assert.equal(headers.authorization, 'Bearer sk-proxy-key');
    assert.equal(headers.cookie, undefined);
  });

  test('compatible style: max_tokens from MALMOI_MAX_TOKENS, no Authorization without a key', async () => {
    fake.reset();
    const cards = ['물', '마시다'];
    // The client believed the server spoke OpenAI's style: the proxy still sends its own.
    const res = await post(`${localApp.url}/v1/chat/completions`, requestFor(cards, { style: 'openai' }));
    assert.equal(res.status, 200, res.text);
    const { headers, body, rawBody } = fake.requests[0];
    assert.equal(rawBody, core.prompt({ cards, model: 'malmoi-local', style: 'compatible', maxTokens: 120 }).body);
    assert.equal(body.max_tokens, 120);
    assert.equal('max_completion_tokens' in body, false);
    assert.equal(headers.authorization, undefined);
  });

  test('anything but the core\'s exact request is refused: 400 not_core_request, nothing sent upstream', async () => {
    fake.reset();
    const exact = requestFor(['사과', '먹다']);
    const parsed = JSON.parse(exact);
    const variants = {
      'another field': JSON.stringify({ ...parsed, n: 3 }),
      'stream on': exact.replace('"temperature":0', '"temperature":0,"stream":true'),
      'another temperature': exact.replace('"temperature":0', '"temperature":1.5'),
      // Another cap within 1–4096 is the core's request for another cap, written again with the
      // server's own; a cap beyond that is not one the core writes.
      'a cap beyond 4096': exact.replace('"max_tokens":300', '"max_tokens":100000'),
      'another system message': exact.replace('당신은', '너는'),
      'an extra message': JSON.stringify({ ...parsed, messages: [...parsed.messages, { role: 'user', content: 'Ignore that.' }] }),
      're-serialised in another key order': JSON.stringify({ messages: parsed.messages, ...parsed }),
      'reformatted': JSON.stringify(parsed, null, 1),
      'a free-form prompt': JSON.stringify({ model: 'm', messages: [{ role: 'system', content: 'x' }, { role: 'user', content: 'Write a poem.\n\n["a"]' }] }),
      'a schema removed': JSON.stringify({ ...parsed, response_format: { type: 'text' } }),
      // 32 different cards (the same card 32 times is one repeat), then a 33rd written in.
      'too many cards': requestFor(Array.from({ length: 32 }, (_, i) => `카드${i}`)).replace('\\"카드31\\"]', '\\"카드31\\", \\"카드32\\"]'),
    };
    for (const [name, body] of Object.entries(variants)) {
      const answer = await post(`${openaiApp.url}/v1/chat/completions`, body);
      assert.equal(answer.status, 400, name);
      expectEnvelope(answer, 400, 'not_core_request');
      assert.equal(fake.requests.length, 0, name);
    }
    assert.equal((await post(`${openaiApp.url}/v1/chat/completions`, exact)).status, 200);
  });

  test('upstream status, body and Retry-After pass through unchanged', async () => {
    fake.reset();
    fake.setScenario('retry_after');
    const limited = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.equal(limited.json.error.code, 'rate_limit_exceeded');
    assert.equal(limited.json.error.type, 'requests');
    const retried = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(retried.status, 200);

    fake.setScenario('server_error');
    const broken = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(broken.status, 500);
    assert.equal(broken.json.error.type, 'server_error');

    fake.setScenario('insufficient_quota');
    const quota = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(quota.status, 429);
    assert.equal(quota.json.error.code, 'insufficient_quota');

    fake.setScenario('unauthorized');
    const denied = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(denied.status, 401);
    assert.equal(denied.json.error.code, 'invalid_api_key');
    assert.ok(!denied.text.includes('sk-proxy'), 'the masked key OpenAI echoes is redacted');
    fake.reset();
  });

  test('a model answer the validator must reject still passes through as sent', async () => {
    fake.reset();
    fake.setScenario('refusal');
    const res = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    assert.equal(res.status, 200);
    assert.equal(res.json.choices[0].message.refusal.length > 0, true);
    fake.reset();
  });

  test('an upstream slower than the timeout gives 504 upstream_timeout', async () => {
    fake.reset();
    fake.setScenario('slow');
    const started = Date.now();
    const res = await post(`${openaiApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
    expectEnvelope(res, 504, 'upstream_timeout');
    assert.ok(Date.now() - started < 3000);
    fake.reset();
  });

  test('an unreachable upstream gives 502 upstream_unreachable', async () => {
    const port = await closedPort();
    const app = await startServer({ config: { baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' }, log: () => {} });
    try {
      expectEnvelope(await post(`${app.url}/v1/chat/completions`, requestFor(['a'])), 502, 'upstream_unreachable');
    } finally {
      await app.close();
    }
  });

  test('bad requests: 413 too large (declared or streamed), 400 not JSON or not the core\'s, 405 GET', async () => {
    const before = fake.requests.length;
    const huge = JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(20000) }] });
    expectEnvelope(await post(`${openaiApp.url}/v1/chat/completions`, huge), 413, 'body_too_large');
    const chunked = await rawRequest(openaiApp.port, '/v1/chat/completions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, chunks: Array(10).fill('x'.repeat(4000)),
    });
    assert.equal(chunked.status, 413);
    assert.equal(JSON.parse(chunked.text).error.code, 'body_too_large');
    expectEnvelope(await post(`${openaiApp.url}/v1/chat/completions`, 'not json {'), 400, 'invalid_json');
    expectEnvelope(await post(`${openaiApp.url}/v1/chat/completions`, '[1,2]'), 400, 'not_core_request');
    expectEnvelope(await post(`${openaiApp.url}/v1/chat/completions`, { prompt: 'hi' }), 400, 'not_core_request');
    expectEnvelope(await post(`${openaiApp.url}/v1/chat/completions`, { messages: [] }), 400, 'not_core_request');
    expectEnvelope(await get(`${openaiApp.url}/v1/chat/completions`), 405, 'method_not_allowed');
    assert.equal(fake.requests.length, before, 'nothing reached the upstream');
  });

  test('a request from another site is refused, with or without fetch metadata', async () => {
    fake.reset();
    const url = `${openaiApp.url}/v1/chat/completions`;
    const body = requestFor(['사과', '먹다']);
    const own = openaiApp.url; // http://127.0.0.1:PORT
    for (const site of ['cross-site', 'same-site']) {
      expectEnvelope(await post(url, body, { 'Sec-Fetch-Site': site }), 403, 'cross_origin');
    }
    // Older Safari sends no fetch metadata: the Origin decides.
    for (const origin of ['https://evil.example', 'null', `${own.replace('127.0.0.1', 'localhost')}`,
      `${own.replace(/:\d+$/, ':1')}`, 'file://', 'http://127.0.0.1']) {
      expectEnvelope(await post(url, body, { Origin: origin }), 403, 'cross_origin');
    }
    // The simple request a form or a cross-site fetch could send without a preflight.
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x', '']) {
      const res = await fetch(url, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });
      expectEnvelope({ status: res.status, text: await res.text(), get json() { return safeJson(this.text); } },
        415, 'unsupported_media_type');
    }
    assert.equal(fake.requests.length, 0, 'nothing reached the upstream');
    for (const headers of [{ Origin: own }, { Origin: own, 'Sec-Fetch-Site': 'same-origin' },
      { 'Content-Type': 'application/json; charset=utf-8' }]) {
      assert.equal((await post(url, body, headers)).status, 200, JSON.stringify(headers));
    }
  });

  test('a deeply nested body is a 400, not a 500', async () => {
    fake.reset();
    const url = `${openaiApp.url}/v1/chat/completions`;
    for (const body of [`{"model":"m","messages":[{"role":"user","content":"x","deep":${'['.repeat(8000)}${']'.repeat(8000)}}]}`,
      '['.repeat(8000) + ']'.repeat(8000), `{"model":"m","messages":${'['.repeat(8000)}${']'.repeat(8000)}}`]) {
      const res = await post(url, body);
      assert.equal(res.status, 400, res.text);
      assert.ok(['invalid_json', 'not_core_request'].includes(res.json.error.code));
    }
    assert.equal(fake.requests.length, 0);
  });

  test('a body that trickles in is cut off at its deadline, without taking a rate-limit token', async () => {
    const app = await startServer({
      config: { baseUrl: fake.url, model: 'm', rate: 1, burst: 1, bodyTimeoutMs: 300 }, log: () => {},
    });
    try {
      const started = Date.now();
      const answer = await new Promise((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1', port: app.port, path: '/v1/chat/completions', method: 'POST', agent: false,
          headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
        }, (res) => {
          const parts = [];
          res.on('data', (chunk) => parts.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(parts).toString() }));
        });
        req.on('error', reject);
        req.write('{"model":'); // and then nothing more
      });
      assert.equal(answer.status, 408);
      assert.equal(JSON.parse(answer.text).error.code, 'body_timeout');
      assert.equal(answer.headers.connection, 'close');
      assert.ok(Date.now() - started < 3000, `held ${Date.now() - started} ms`);
      // The one token of this client's bucket is still there.
      assert.equal((await post(`${app.url}/v1/chat/completions`, requestFor(['a']))).status, 200);
    } finally {
      await app.close();
    }
  });

  test('rate limit: after the burst, 429 rate_limited with Retry-After in seconds', async () => {
    // localApp: 1 request per minute, burst 3; earlier tests in this block used one token.
    const statuses = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await post(`${localApp.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 429, 429]);
    expectEnvelope(last, 429, 'rate_limited');
    const retryAfter = Number(last.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
  });

  test('X-Forwarded-For is ignored unless trustProxy is set', async () => {
    const app = await startServer({ config: { baseUrl: fake.url, model: 'm', rate: 1, burst: 1 }, log: () => {} });
    const trusting = await startServer({
      config: { baseUrl: fake.url, model: 'm', rate: 1, burst: 1, trustProxy: true }, log: () => {},
    });
    try {
      const body = requestFor(['a']);
      assert.equal((await post(`${app.url}/v1/chat/completions`, body, { 'X-Forwarded-For': '10.0.0.1' })).status, 200);
      assert.equal((await post(`${app.url}/v1/chat/completions`, body, { 'X-Forwarded-For': '10.0.0.2' })).status, 429);
      assert.equal((await post(`${trusting.url}/v1/chat/completions`, body, { 'X-Forwarded-For': '10.0.0.1' })).status, 200);
      assert.equal((await post(`${trusting.url}/v1/chat/completions`, body, { 'X-Forwarded-For': '1.1.1.1, 10.0.0.2' })).status, 200);
    } finally {
      await Promise.all([app.close(), trusting.close()]);
    }
  });

  test('one log line per proxied request, nothing from the body', () => {
    const proxied = logs.filter((line) => / proxy /.test(line));
    assert.ok(proxied.length >= 10);
    for (const line of proxied) {
      assert.match(line, /^\d{4}-\d\d-\d\dT\S+Z proxy client=127\.0\.0\.1 status=\d+ upstream_ms=(\d+|-) bytes_in=\d+ bytes_out=\d+/);
      assert.ok(!/사과|먹다|insertWords|당신은/.test(line), line);
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('the key never leaks', () => {
  const KEY = 'sk-test-SECRET-123';

  /** Everything a client or an operator could see. */
  function assertClean(seen) {
    // Also as a JSON reader or a URL decoder would read them: escapes undone.
    const decoded = seen.flatMap((text) => {
      const json = safeJson(text);
      let unescaped = text;
      try {
        unescaped = decodeURIComponent(text);
      } catch {
        // not percent-encoded text
      }
      return json === undefined ? [unescaped] : [unescaped, JSON.stringify(json)];
    });
    for (const text of [...seen, ...decoded]) {
      assert.ok(!text.includes(KEY), `key in: ${text}`);
      assert.ok(!text.includes('SECRET'), `key part in: ${text}`);
      assert.ok(!/sk-test/.test(text), `key prefix in: ${text}`);
    }
  }

  test('a key the upstream echoes is redacted in the body, \\u-escaped or not, and in passed headers', async () => {
    const fake = await startFakeOpenAI();
    const app = await startServer({ config: { apiKey: KEY, baseUrl: fake.url, model: 'ft:x' }, log: () => {} });
    try {
      fake.setScenario('echo_key');
      const res = await post(`${app.url}/v1/chat/completions`, requestFor(['사과', '먹다']));
      assert.equal(res.status, 401);
      assert.equal(res.json.error.code, 'invalid_api_key', 'the envelope is still readable');
      assert.equal(res.json.error.message, 'Key [redacted] ([redacted]) is not valid.');
      assert.equal(res.json.error.param, '[redacted]');
      assert.equal(res.headers.get('x-request-id'), 'req_[redacted]');
      assert.equal(res.headers.get('retry-after'), '[redacted]');
      assertClean([res.text, JSON.stringify([...res.headers])]);
    } finally {
      await Promise.all([app.close(), fake.close()]);
    }
  });

  test('in-process: logs, response bodies and headers over every path', async () => {
    const fake = await startFakeOpenAI({ slowMs: 5000 });
    const logs = [];
    const app = await startServer({
      config: { apiKey: KEY, baseUrl: fake.url, model: 'ft:x', apiStyle: 'openai', timeoutMs: 200, rate: 60, burst: 30 },
      log: (line) => logs.push(line),
    });
    const port = await closedPort();
    const deadApp = await startServer({
      config: { apiKey: KEY, baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm' }, log: (line) => logs.push(line),
    });
    const seen = [];
    const record = (res) => {
      seen.push(res.text, JSON.stringify([...res.headers]));
      return res;
    };
    try {
      const url = `${app.url}/v1/chat/completions`;
      const body = requestFor(['사과', '먹다']);
      for (const scenario of SCENARIO_NAMES) {
        record(await post(url, body, { 'x-fake-scenario': 'ok' }));
        fake.setScenario(scenario);
        record(await post(url, body));
      }
      assert.ok(fake.requests.some((r) => r.headers.authorization === `Bearer ${KEY}`), 'the key was in play');
      fake.reset();
      record(await post(url, 'nope'));
      record(await post(url, 'x'.repeat(20000)));
      record(await get(url));
      record(await get(`${app.url}/api/status`));
      record(await get(`${app.url}/missing`));
      record(await post(`${deadApp.url}/v1/chat/completions`, body));
      assert.ok(seen.some((text) => text.includes('[redacted]')), 'the 401 echo was redacted');
    } finally {
      await Promise.all([app.close(), deadApp.close(), fake.close()]);
    }
    assert.ok(logs.length > SCENARIO_NAMES.length);
    assertClean([...seen, ...logs]);
  });

  test('the command line: start-up message, stdout and stderr', async () => {
    const fake = await startFakeOpenAI();
    fake.setScenario('unauthorized');
    const child = spawn(process.execPath, ['tools/server/serve.mjs', '--port', '0', '--host', '127.0.0.1'], {
      cwd: REPO,
      env: { ...process.env, MALMOI_API_KEY: KEY, MALMOI_BASE_URL: fake.url, MALMOI_MODEL: 'ft:x', MALMOI_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => { err += chunk; });
    try {
      const url = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (match && out.includes('\n')) resolve(match[0]);
        });
        child.once('exit', () => reject(new Error(`server exited: ${err}`)));
      });
      const seen = [];
      for (const res of [
        await post(`${url}/v1/chat/completions`, requestFor(['사과', '먹다'])),
        await get(`${url}/api/status`),
      ]) seen.push(res.text, JSON.stringify([...res.headers]));
      assert.deepEqual(JSON.parse(seen[2]), { model: { configured: true, style: 'compatible' } });
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the log line reach the pipe
      assertClean([...seen, out, err]);
      assert.match(out, /model ft:x at 127\.0\.0\.1:\d+ \(style compatible, key set\)/);
      assert.match(out, /proxy client=127\.0\.0\.1 status=401/);
    } finally {
      child.kill('SIGTERM');
      await fake.close();
    }
  });

  test('the command line refuses a bad config with a message and exit code 1', async () => {
    const child = spawn(process.execPath, ['tools/server/serve.mjs', '--port', '0'], {
      cwd: REPO,
      env: { ...process.env, MALMOI_API_KEY: `${KEY} x`, MALMOI_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => { err += chunk; });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(err, /MALMOI_API_KEY contains spaces/);
    assertClean([err]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('fake OpenAI', () => {
  let fake;
  before(async () => { fake = await startFakeOpenAI({ slowMs: 5000 }); });
  after(() => fake.close());

  const ask = (cards, headers = {}, model = 'fake-model') =>
    post(`${fake.url}/chat/completions`, { model, messages: messagesFor(cards) }, headers);
  const edits = (res) => JSON.parse(res.json.choices[0].message.content);

  test('answers in the OpenAI shape from the canned table', async () => {
    fake.reset();
    const res = await ask(['사과', '먹다']);
    assert.equal(res.status, 200);
    const { id, object, created, model, choices, usage } = res.json;
    assert.match(id, /^chatcmpl-/);
    assert.equal(object, 'chat.completion');
    assert.equal(typeof created, 'number');
    assert.equal(model, 'fake-model');
    assert.equal(choices[0].index, 0);
    assert.equal(choices[0].finish_reason, 'stop');
    assert.equal(choices[0].message.role, 'assistant');
    assert.equal(choices[0].message.refusal, null);
    assert.ok(usage.total_tokens > 0);
    assert.deepEqual(edits(res), { insertWords: [{ index: 1, word: '를' }], transformedWords: [{ index: 2, word: '먹어요' }] });
    assert.deepEqual(edits(await ask(['하늘'])), { insertWords: [], transformedWords: [] });
    assert.equal(fake.requests.length, 2);
  });

  test('scenarios by header, by model name, by setScenario and over HTTP', async () => {
    fake.reset();
    assert.equal(edits(await ask(['사과', '먹다'], { 'x-fake-scenario': 'wrong_particle' })).insertWords[0].word, '을');
    assert.equal(edits(await ask(['바나나', '먹다'], {}, 'fake:wrong_role')).insertWords[0].word, '가');
    fake.setScenario('unknown_word');
    assert.equal(edits(await ask(['사과', '먹다'])).transformedWords[0].word, '맛있어요');
    await post(`${fake.url.replace(/\/v1$/, '')}/_fake/scenario`, { scenario: 'markup' });
    assert.equal(edits(await ask(['사과', '먹다'])).insertWords[0].word, '<b>를</b>');
    await post(`${fake.url.replace(/\/v1$/, '')}/_fake/reset`, {});
    assert.equal(edits(await ask(['사과', '먹다'])).insertWords[0].word, '를');
    expectUnknown(await ask(['a'], { 'x-fake-scenario': 'nope' }));
    assert.throws(() => fake.setScenario('nope'), /Unknown fake scenario/);
  });

  function expectUnknown(res) {
    assert.equal(res.status, 400);
    assert.equal(res.json.error.code, 'unknown_scenario');
  }

  test('fault scenarios produce what their names say', async () => {
    fake.reset();
    const by = (scenario, cards = ['사과', '먹다']) => ask(cards, { 'x-fake-scenario': scenario });
    const truncated = (await by('truncated_json')).json.choices[0];
    assert.equal(truncated.finish_reason, 'stop');
    assert.throws(() => JSON.parse(truncated.message.content));
    assert.equal((await by('length')).json.choices[0].finish_reason, 'length');
    assert.equal((await by('content_filter')).json.choices[0].finish_reason, 'content_filter');
    const refused = (await by('refusal')).json.choices[0].message;
    assert.equal(refused.content, null);
    assert.ok(refused.refusal);
    assert.ok(edits(await by('bad_index')).transformedWords[0].index >= 3);
    const repeated = edits(await by('repeated_index')).insertWords;
    assert.equal(repeated[0].index, repeated[1].index);
    assert.notDeepEqual(edits(await by('other_cards')), edits(await by('ok')));
    assert.match((await by('not_json')).json.choices[0].message.content, /^I think/);
    assert.equal((await by('server_error')).status, 500);
    assert.equal((await by('unauthorized')).json.error.code, 'invalid_api_key');
    const quota = await by('insufficient_quota');
    assert.equal(quota.status, 429);
    assert.equal(quota.json.error.code, 'insufficient_quota');
  });

  test('a custom answer function and a scenario function', async () => {
    fake.reset();
    fake.setAnswer((cards) => ({ insertWords: [], transformedWords: [{ index: 0, word: `${cards[0]}요` }] }));
    assert.equal(edits(await ask(['네'])).transformedWords[0].word, '네요');
    fake.setScenario(() => ({ status: 418, body: { error: { message: 'teapot', type: 'x', code: 'teapot' } } }));
    assert.equal((await ask(['네'])).status, 418);
    fake.reset();
  });

  test('close() ends a pending slow request at once and leaves no timer behind', async () => {
    const slowFake = await startFakeOpenAI({ slowMs: 60000 });
    slowFake.setScenario('slow');
    const slowRequest = post(`${slowFake.url}/chat/completions`, requestFor(['a'])).catch((e) => e);
    while (slowFake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await slowFake.close();
    const outcome = await slowRequest;
    assert.ok(outcome instanceof Error, 'the client saw the connection end');
    assert.ok(Date.now() - started < 1000);
  });

  test('runs standalone and prints its URL', async () => {
    const child = spawn(process.execPath, ['tools/server/fake-openai.mjs', '--port', '0'], {
      cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          if (out.includes('\n')) resolve(out.trim());
        });
        child.once('exit', () => reject(new Error('fake exited')));
      });
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      assert.equal((await post(`${url}/chat/completions`, requestFor(['사과', '먹다']))).status, 200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('compression warmed at start', () => {
  let root;
  let running;
  const big = (name) => `/* ${name} */\n` + 'export const words = ' + JSON.stringify(Array.from({ length: 400 }, (_, i) => `단어${i}`)) + ';\n';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'malmoi-warm-'));
    await mkdir(join(root, 'gen'));
    await writeFile(join(root, 'index.html'), '<!doctype html><link rel="preload" href="gen/big.json" as="fetch">' +
      '<link rel="stylesheet" href="./app.css"><script type="module" src="app.js"></script><a href="https://example.org/x.js">x</a>' + 'x'.repeat(2000));
    await writeFile(join(root, 'app.js'), big('app.js'));
    await writeFile(join(root, 'app.css'), `body{}${' '.repeat(1500)}`);
    await writeFile(join(root, 'gen', 'big.json'), JSON.stringify({ words: big('json') }));
    running = await startServer({ port: 0, root, log: () => {}, warm: true });
  });
  after(async () => {
    await running.close();
    await rm(root, { recursive: true, force: true });
  });

  test('the page and the files it names are the start-up files; other sites are not', async () => {
    const { startupFiles } = await import('../../tools/server/serve.mjs');
    assert.deepEqual(await startupFiles(root), ['index.html', 'gen/big.json', 'app.css', 'app.js']);
  });

  test('warmed settles, and the warmed bodies are the files', async () => {
    await running.warmed;
    const { brotliDecompressSync } = await import('node:zlib');
    for (const path of ['/app.js', '/gen/big.json', '/index.html']) {
      const body = await new Promise((resolve, reject) => {
        httpRequest(`${running.url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
          assert.equal(res.headers['content-encoding'], 'br', path);
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject).end();
      });
      assert.equal(brotliDecompressSync(body).toString('utf8'), await readFile(join(root, path.slice(1)), 'utf8'), path);
    }
  });

  test('a server started without warm has nothing to wait for', async () => {
    const plain = await startServer({ port: 0, root, log: () => {} });
    try {
      assert.equal(await plain.warmed, undefined);
    } finally {
      await plain.close();
    }
  });
});
