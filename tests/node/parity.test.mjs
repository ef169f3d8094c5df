// The wasm module answers exactly what the native core answers: every request line of
// tests/parity/<function>.jsonl goes through build/malmoi api <function> and through web/core.js,
// and the JSON envelopes must be byte-identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltCore, root, runCli } from '../support/build.mjs';

const tables = readdirSync(join(root, 'tests', 'parity')).filter((name) => name.endsWith('.jsonl'));

test('every parity table names a core function', async () => {
  const core = await loadBuiltCore();
  const functions = core.functions();
  assert.ok(tables.length > 0);
  for (const table of tables) assert.ok(functions.includes(table.replace('.jsonl', '')), table);
});

for (const table of tables) {
  const fn = table.replace('.jsonl', '');
  test(`parity: ${fn}`, async () => {
    const core = await loadBuiltCore();
    const lines = readFileSync(join(root, 'tests', 'parity', table), 'utf8').split('\n').filter(Boolean);
    const native = runCli(['api', fn], lines.join('\n') + '\n').stdout.split('\n').slice(0, -1);
    assert.equal(native.length, lines.length);
    lines.forEach((line, i) => assert.equal(core.raw(fn, line), native[i], `request: ${line}`));
  });
}

test('core.js unwraps values and throws CoreError with the stable code', async () => {
  const core = await loadBuiltCore();
  assert.equal(core.particle('사과', '을/를').text, '사과를');
  assert.throws(() => core.particle('사과', '엉'), { name: 'CoreError', code: 'unknown_particle' });
  const batch = core.batch('particle', [{ word: '밥', particle: '이/가' }, { word: '', particle: '이' }]);
  assert.equal(batch[0].value.text, '밥이');
  assert.equal(batch[1].error.code, 'empty_word');
});
