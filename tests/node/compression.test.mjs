/**
 * The static server's compression: brotli where the request accepts it, else gzip, else the file as
 * it is; each variant with its own ETag, answering 304 to it. Run: node --test tests/node/
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../../tools/server/serve.mjs';

let root;
let app;
const big = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `단어${i}`))};\n`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'malmoi-compression-'));
  await writeFile(join(root, 'big.js'), big);
  app = await startServer({ port: 0, root, log: () => {} });
});

after(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

function get(path, headers) {
  return new Promise((resolve, reject) => {
    httpRequest(`${app.url}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

test('each Accept-Encoding gets the encoding it names first in our order: br, then gzip, then none', async () => {
  const rows = [
    ['gzip, deflate, br', 'br'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;q=0.5', 'br'],
    ['gzip;q=0', undefined],
    ['deflate', undefined],
    ['', undefined],
  ];
  for (const [accept, expected] of rows) {
    const res = await get('/big.js', accept ? { 'accept-encoding': accept } : {});
    assert.equal(res.status, 200, accept);
    assert.equal(res.headers['content-encoding'], expected, accept);
    assert.equal(res.headers.vary, 'Accept-Encoding', accept);
    const body = expected === 'br' ? brotliDecompressSync(res.body) : expected === 'gzip' ? gunzipSync(res.body) : res.body;
    assert.equal(body.toString('utf8'), big, accept);
    assert.equal(Number(res.headers['content-length']), res.body.length, accept);
  }
});

test('brotli is smaller than gzip here, and each variant has its own ETag that answers 304', async () => {
  const br = await get('/big.js', { 'accept-encoding': 'br' });
  const gz = await get('/big.js', { 'accept-encoding': 'gzip' });
  const plain = await get('/big.js', {});
  assert.ok(br.body.length < gz.body.length, `${br.body.length} < ${gz.body.length}`);
  assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);
  const again = await get('/big.js', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag });
  assert.equal(again.status, 304);
  const other = await get('/big.js', { 'accept-encoding': 'br', 'if-none-match': gz.headers.etag });
  assert.equal(other.status, 200);
  const ranged = await get('/big.js', { 'accept-encoding': 'br', range: 'bytes=0-9' });
  assert.equal(ranged.status, 206);
  assert.equal(ranged.headers['content-encoding'], undefined);
});
