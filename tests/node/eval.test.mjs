// The evaluation tool against the rules and against a local OpenAI-compatible test server, through
// the same request, validation and policy code as the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatReport, readGold } from '../../tools/eval.mjs';
import { loadBuiltCore } from '../support/build.mjs';
import { startFakeOpenAI } from '../support/fake-openai.mjs';

let core;
let dir;
let gold;

before(async () => {
  core = await loadBuiltCore();
  dir = mkdtempSync(join(tmpdir(), 'malmoi-eval-'));
  gold = join(dir, 'gold.tsv');
  writeFileSync(gold, [
    '# category\tcards\texpected',
    'object\t["사과", "먹다"]\t사과를 먹어요',
    'unseen_object\t["바나나", "먹다"]\t바나나를 먹어요',
    'companion\t["친구", "놀다"]\t친구랑 놀아요 | 친구하고 놀아요',
    'want\t["물", "마시다", "싶다"]\t물을 마시고 싶어요',
    'wrong_on_purpose\t["학교", "가다"]\t학교에서 가요',
  ].join('\n') + '\n');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('gold files are read with their alternatives and line numbers', () => {
  const rows = readGold(gold);
  assert.equal(rows.length, 5);
  assert.deepEqual(rows[0], { line: 2, category: 'object', cards: ['사과', '먹다'], expected: '사과를 먹어요' });
});

test('the rules: exact match, particle and conjugation accuracy', async () => {
  const report = await evaluate({ gold, engine: 'rules', core });
  assert.equal(report.totals.rows, 5);
  assert.equal(report.totals.exact, 4); // the last row is wrong on purpose
  assert.deepEqual(report.totals.particles, [4, 5]);
  assert.deepEqual(report.totals.conjugations, [6, 6]);
  assert.equal(report.model, null);
  assert.equal(report.failures.length, 1);
  assert.match(formatReport(report), /exact sentence match \| 80\.0% \(4\/5\)/);
});

test('a model that answers as the rules do: every answer valid and shown', async () => {
  const fake = await startFakeOpenAI({ answer: (cards) => core.complete(cards.map((label) => ({ label }))).edits });
  try {
    const report = await evaluate({ gold, engine: 'model', endpoint: fake.url, model: 'ft:test', core, timeoutMs: 2000 });
    assert.equal(report.model.asked, 5);
    assert.equal(report.model.valid, 5);
    assert.equal(report.model.shown, 5);
    assert.equal(report.model.fellBack, 0);
    assert.equal(report.totals.exact, 4);
    assert.equal(report.model.latencies.length, 5);
    assert.equal(fake.requests.length, 5);
    assert.match(formatReport(report), /model latency p50/);
  } finally {
    await fake.close();
  }
});

test('a model that gets roles wrong: its answers pass validation but the rules are shown', async () => {
  // 바나나가 먹어요: valid Korean words, the wrong role. The policy keeps the confident rule answer.
  const fake = await startFakeOpenAI({ scenario: 'wrong_role', answer: (cards) => core.complete(cards.map((label) => ({ label }))).edits });
  try {
    const report = await evaluate({ gold, engine: 'auto', endpoint: fake.url, core, timeoutMs: 2000 });
    assert.equal(report.model.valid, 5);
    assert.ok(report.model.fellBack >= 1);
    assert.equal(report.totals.exact, 4); // what the child sees is still right
  } finally {
    await fake.close();
  }
});

test('a server that fails: nothing passes, everything falls back to the rules, retries bounded', async () => {
  const fake = await startFakeOpenAI({ scenario: 'unauthorized' });
  try {
    const report = await evaluate({ gold, engine: 'model', endpoint: fake.url, core, timeoutMs: 2000 });
    assert.equal(report.model.valid, 0);
    assert.equal(report.model.fellBack, 5);
    assert.deepEqual(report.model.codes, { unauthorized: 5 });
    assert.equal(fake.requests.length, 5); // 401 is never retried
    assert.equal(report.totals.exact, 4);
  } finally {
    await fake.close();
  }
});
