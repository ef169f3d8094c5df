// Bounded work and memory for any input, through the wasm module (as the app and the proxy call it)
// and the CLI: deep JSON, oversized requests and batches answer stable codes, and any exception
// from the module that is not the core's own error restarts the module.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CoreError, makeCore } from '../../web/core.js';
import { loadBuiltCore, runCli } from '../support/build.mjs';

const nested = (depth, inside = '') => '['.repeat(depth) + inside + ']'.repeat(depth);
const CARDS = ['사과', '먹다'];


/** The CoreError a call throws (and fails the test when it does not throw one). */
function coreError(fn) {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof CoreError, `expected a CoreError, got ${error?.name}: ${error?.message}`);
    return error;
  }
  assert.fail('expected a CoreError');
}

describe('the wasm core under hostile input', () => {
  let core;
  before(async () => { core = await loadBuiltCore(); });

  test('a model answer nested 10,000 deep is a bad response, forty times over, and the engine lives', () => {
    const body = nested(10000); // 20 KB: well inside the proxy's body limit
    for (let i = 0; i < 40; i++) {
      assert.equal(coreError(() => core.validate({ cards: CARDS, status: 200, body })).code, 'bad_response', `call ${i}`);
    }
    assert.equal(coreError(() => core.validate({ cards: CARDS, status: 503, body })).code, 'server_error');
    assert.equal(core.complete(CARDS.map((label) => ({ label }))).sentence, '사과를 먹어요');
  });

  test('a request nested 10,000 deep answers bad_json from every function', () => {
    for (const name of core.functions()) {
      assert.equal(JSON.parse(core.raw(name, nested(10000))).error.code, 'bad_json', name);
      assert.equal(coreError(() => core.batch(name, JSON.parse(nested(65)))).code, 'bad_json', name);
    }
    assert.equal(JSON.parse(core.raw('complete', `{"cards":${nested(10000, '"사과"')}}`)).error.code, 'bad_json');
    assert.equal(core.particle('사과', '을/를').text, '사과를');
  });

  test('a batch of a million items is refused at once, and the heap does not grow for it', () => {
    const million = `[${Array(1e6).fill('{"word":"밥","particle":"이/가"}').join(',')}]`;
    const before = process.memoryUsage().rss;
    assert.equal(JSON.parse(core.raw('particle', million)).error.code, 'request_too_large');
    // Before the limits, this one call grew the process by about 2 GB (the wasm heap and the answer).
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 64 * 1024 * 1024, `the process grew by ${grown} bytes`);
    assert.equal(coreError(() => core.batch('particle', JSON.parse(million))).code, 'request_too_large');
    const over = Array.from({ length: 1001 }, () => ({ word: '밥', particle: '이/가' }));
    assert.equal(coreError(() => core.batch('particle', over)).code, 'batch_too_large');
    assert.equal(core.batch('particle', over.slice(1)).length, 1000);
    const { maxRequestBytes, maxBatch, maxDepth } = core.limits();
    assert.deepEqual([maxRequestBytes, maxBatch, maxDepth], [262144, 1000, 64]);
    // Just over the size limit in UTF-8 but not in UTF-16 units: the core itself refuses it.
    const hangul = JSON.stringify({ word: '가'.repeat(Math.ceil(maxRequestBytes / 3)), particle: '이/가' });
    assert.ok(hangul.length < maxRequestBytes);
    assert.equal(coreError(() => core.particle('가'.repeat(Math.ceil(maxRequestBytes / 3)), '이/가')).code, 'request_too_large');
  });

  test('a request JavaScript cannot write as JSON is the caller\'s bad_request, not a restart', () => {
    const cycle = { cards: [] };
    cycle.cards.push(cycle);
    assert.equal(coreError(() => core.complete(cycle.cards)).code, 'bad_request');
    assert.equal(core.complete([{ label: '물' }, { label: '마시다' }]).sentence, '물을 마셔요');
  });
});

describe('web/core.js: any exception from the module is a trap', () => {
  /** A stand-in module whose `complete` throws what it is given, once. */
  function fakeModule(failure) {
    return {
      thrown: false,
      complete(json) {
        if (failure && !this.thrown) {
          this.thrown = true;
          throw failure;
        }
        return JSON.stringify({ ok: true, value: { echo: JSON.parse(json) } });
      },
      functions: () => '["complete"]',
    };
  }

  for (const failure of [new RangeError('Maximum call stack size exceeded'), new TypeError('x is not a function'),
    new WebAssembly.RuntimeError('memory access out of bounds'), 'Aborted()']) {
    test(`${failure?.name || 'a thrown string'}: an internal CoreError, then a fresh module`, async () => {
      let starts = 0;
      const fresh = fakeModule(null);
      const core = makeCore(fakeModule(failure), async () => { starts += 1; return fresh; });
      const error = coreError(() => core.complete([{ label: '사과' }]));
      assert.equal(error.code, 'internal');
      assert.equal(starts, 1);
      assert.equal(coreError(() => core.complete([])).code, 'internal', 'calls during the restart fail cleanly');
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(core.complete([{ label: '사과' }]).echo, { cards: [{ label: '사과' }] });
      assert.equal(starts, 1);
    });
  }

  test('an answer that is not an envelope restarts the module too', async () => {
    let starts = 0;
    const broken = { complete: () => 'not json', functions: () => '[]' };
    const core = makeCore(broken, async () => { starts += 1; return fakeModule(null); });
    assert.equal(coreError(() => core.complete([])).code, 'internal');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(starts, 1);
    assert.deepEqual(core.complete([]).echo, { cards: [] });
  });

  test('the core\'s own errors pass through without a restart', () => {
    let starts = 0;
    const module = { complete: () => '{"ok":false,"error":{"code":"no_cards","message":"none"}}' };
    const core = makeCore(module, async () => { starts += 1; return module; });
    assert.equal(coreError(() => core.complete([])).code, 'no_cards');
    assert.equal(starts, 0);
  });
});

describe('the CLI on deep lines', () => {
  for (const [command, args] of [['complete', ['complete']], ['complete --json', ['complete', '--json']],
    ['prompt', ['prompt']], ['validate', ['validate']]]) {
    test(`${command}: a line nested 1,000,000 deep is an error line, and the next line is answered`, () => {
      const { status, stdout } = runCli(args, `${nested(1000000)}\n${nested(1000000, '"사과"')}\n["물", "마시다"]\n`);
      assert.equal(status, 1);
      const lines = stdout.split('\n');
      assert.match(lines[0], /^error: bad_json /);
      assert.match(lines[1], /^error: bad_json /);
      assert.equal(lines.length, 4);
    });
  }
});
