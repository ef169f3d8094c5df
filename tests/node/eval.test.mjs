// The evaluation tool against the rules and against a local OpenAI-compatible test server, through
// the same request, validation and policy code as the app, scored by the native tools.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, formatFailures, formatReport, readGold, withOptions } from '../../tools/eval.mjs';
import { loadBuiltCore, root } from '../support/build.mjs';
import { startFakeOpenAI } from '../../tools/server/fake-openai.mjs';

let core;
let dir;
let gold;

// A model that answers as the rules do, for the cards and the board options its prompt names.
const rulesAnswer = (cards, prompt = '') => {
  const options = prompt.includes('반말') ? { register: 'plain' } : undefined;
  return core.complete(cards.map((label) => ({ label })), options).edits;
};

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

function writeGold(name, lines) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

test('gold files are read with their alternatives and line numbers', () => {
  const rows = readGold(gold);
  assert.equal(rows.length, 5);
  assert.deepEqual(rows[0], { line: 2, category: 'object', cards: ['사과', '먹다'], expected: '사과를 먹어요' });
});

test('a fourth column holds the sentence engine options; rows without it have none', () => {
  const path = writeGold('options.tsv', [
    'object\t["사과", "먹다"]\t사과를 먹어 | 사과 먹어\t{"register":"plain"}',
    'topic\t["나", "가다"]\t저는 가요\t{"firstPerson":"저"}',
    'object\t["사과", "먹다"]\t사과를 먹어요\t',
  ]);
  const rows = readGold(path);
  assert.deepEqual(rows[0].options, { register: 'plain' });
  assert.deepEqual(rows[1].options, { firstPerson: '저' });
  assert.equal('options' in rows[2], false);
});

test('a malformed gold row names its file and line', () => {
  const cases = [
    ['object\t["사과", "먹다"\t사과를 먹어요', /bad\.tsv:1: cards is not JSON/],
    ['object\t"사과"\t사과를 먹어요', /bad\.tsv:1: cards must be a JSON array of strings/],
    ['object\t["사과"]', /bad\.tsv:1: a row is category, cards and expected/],
    ['object\t["사과"]\t사과\t{"register":', /bad\.tsv:1: options is not JSON/],
    ['object\t["사과"]\t사과\t["plain"]', /bad\.tsv:1: options must be a JSON object/],
  ];
  for (const [line, error] of cases) {
    const path = writeGold('bad.tsv', [line]);
    assert.throws(() => readGold(path), error, line);
  }
});

test('the rules: exact match, particle and conjugation accuracy, calibration, categories', async () => {
  const report = await evaluate({ gold, engine: 'rules', core });
  assert.equal(report.totals.rows, 5);
  assert.equal(report.totals.exact, 4); // the last row is wrong on purpose
  assert.deepEqual(report.totals.particles, [4, 5]);
  assert.deepEqual(report.totals.conjugations, [6, 6]);
  assert.equal(report.model, null);
  assert.equal(report.failures.length, 1);
  assert.equal(report.failures[0].rules.sentence, '학교에 가요');
  assert.deepEqual(report.categories.want, { rows: 1, exact: 1, particles: [1, 1], conjugations: [2, 2] });
  // Every row's rules answer lands in one confidence level, right or wrong.
  const levels = Object.values(report.calibration);
  assert.equal(levels.reduce((n, c) => n + c.right + c.wrong, 0), 5);
  assert.equal(levels.reduce((n, c) => n + c.wrong, 0), 1);
  assert.equal(report.calibration[report.rows[4].rules.confidence].wrong, 1);
  const text = formatReport(report);
  assert.match(text, /exact sentence match \| 80\.0% \(4\/5\)/);
  assert.match(text, /\| rules' confidence \| rows \| right \| wrong \| right share \|/);
  assert.match(text, /\| want \| 100\.0% \(1\/1\) \| 100\.0% \(1\/1\) \| 100\.0% \(2\/2\) \|/);
  assert.deepEqual(formatFailures(report), ['  line 6 [wrong_on_purpose] ["학교","가다"] → 학교에 가요  (want: 학교에서 가요)']);
});

test('the calibration table is printed for every gold set, with a row per confidence level seen', async () => {
  for (const name of ['gold.tsv', 'holdout.tsv']) {
    const report = await evaluate({ gold: join(root, 'tests', 'gold', name), engine: 'rules', core });
    const text = formatReport(report);
    const rows = [...text.matchAll(/^\| (high|medium|low) \| (\d+) \| (\d+) \| (\d+) \| [\d.]+% \|$/gm)];
    assert.ok(rows.length >= 1, name);
    assert.equal(rows.reduce((n, m) => n + Number(m[2]), 0), report.totals.rows, name);
    for (const m of rows) assert.equal(Number(m[2]), Number(m[3]) + Number(m[4]));
  }
});

test('progress: each row is reported done with the failures so far', async () => {
  const calls = [];
  await evaluate({ gold, engine: 'rules', core, onProgress: (...args) => calls.push(args) });
  assert.deepEqual(calls, [[0, 5, 0], [1, 5, 0], [2, 5, 0], [3, 5, 0], [4, 5, 0], [5, 5, 1]]);
});

test('options reach complete, prompt and validate; rows without them send none', async () => {
  const path = writeGold('options-run.tsv', [
    'object\t["사과", "먹다"]\t사과를 먹어요\t{"register":"plain"}',
    'object\t["물", "마시다"]\t물을 마셔요',
  ]);
  const seen = [];
  const spy = {
    ...core,
    complete: (cards) => { seen.push(['complete', null]); return core.complete(cards); },
    prompt: (request) => { seen.push(['prompt', request.options ?? null]); return core.prompt(request); },
    validate: (request) => { seen.push(['validate', request.options ?? null]); return core.validate(request); },
    batch: (name, requests) => { seen.push([name, requests[0].options ?? null]); return core.batch(name, requests); },
  };
  const scored = [];
  const fake = await startFakeOpenAI({ answer: rulesAnswer });
  try {
    const report = await evaluate({
      gold: path, engine: 'model', endpoint: fake.url, core: spy, timeoutMs: 2000,
      score: (requests) => { scored.push(...requests); return requests.map(() => ({ exact: true, particles: { right: 1, total: 1 }, conjugations: { right: 1, total: 1 } })); },
    });
    assert.deepEqual(seen, [
      ['complete', { register: 'plain' }], ['prompt', { register: 'plain' }], ['validate', { register: 'plain' }],
      ['complete', null], ['prompt', null], ['validate', null],
    ]);
    assert.deepEqual(report.rows[0].options, { register: 'plain' });
    assert.equal('options' in report.rows[1], false);
    assert.deepEqual(scored.map((r) => r.options ?? null), [{ register: 'plain' }, { register: 'plain' }, null, null]);
  } finally {
    await fake.close();
  }
  // withOptions leaves the core as it is when a row has no options.
  assert.equal(withOptions(core, undefined), core);
});

test('a model that answers as the rules do: every answer valid and shown', async () => {
  const fake = await startFakeOpenAI({ answer: rulesAnswer });
  try {
    const report = await evaluate({ gold, engine: 'model', endpoint: fake.url, model: 'ft:test', core, timeoutMs: 2000 });
    assert.equal(report.model.asked, 5);
    assert.equal(report.model.valid, 5);
    assert.equal(report.model.shown, 5);
    assert.equal(report.model.fellBack, 0);
    assert.deepEqual(report.model.outcomes, { accepted: 5, repaired: 0, overridden: 0, refused: 0 });
    assert.equal(report.totals.exact, 4);
    assert.equal(report.model.latencies.length, 5);
    assert.equal(fake.requests.length, 5);
    assert.equal(report.modelId, 'ft:test');
    assert.match(formatReport(report), /model latency p50/);
  } finally {
    await fake.close();
  }
});

test('what became of each answer: accepted, repaired, overridden by confident rules, refused by code', async () => {
  // 사과: the wrong allomorph (사과을, repaired); 바나나: the wrong role (바나나가 먹어요, the confident
  // rules win); 친구: not JSON (refused); the rest as the rules answer.
  const fake = await startFakeOpenAI({
    answer: rulesAnswer,
    scenario: ({ cards, edits }) => {
      if (cards[0] === '사과') edits.insertWords[0].word = '을';
      if (cards[0] === '바나나') edits.insertWords[0].word = '가';
      if (cards[0] === '친구') return 'I think it is 친구랑 놀아요.';
      return edits;
    },
  });
  try {
    const report = await evaluate({ gold, engine: 'auto', endpoint: fake.url, core, timeoutMs: 2000 });
    assert.deepEqual(report.model.outcomes, { accepted: 2, repaired: 1, overridden: 1, refused: 1 });
    assert.deepEqual(report.model.codes, { not_json: 1 });
    assert.equal(report.model.valid, 4);
    assert.equal(report.rows[0].model.outcome, 'repaired');
    assert.equal(report.rows[0].model.sentence, '사과를 먹어요');
    assert.equal(report.rows[1].model.outcome, 'overridden');
    assert.equal(report.rows[1].model.sentence, '바나나가 먹어요');
    assert.equal(report.rows[1].source, 'rules');
    assert.equal(report.rows[1].model.score.exact, false); // the model's own answer is scored too
    assert.equal(report.rows[2].model.code, 'not_json');
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
    assert.deepEqual(report.model.outcomes, { accepted: 0, repaired: 0, overridden: 0, refused: 5 });
    assert.equal(fake.requests.length, 5); // 401 is never retried
    assert.equal(report.totals.exact, 4);
  } finally {
    await fake.close();
  }
});

test('the command: --json keeps every row, --report writes a page, --compare reads a saved run', () => {
  const eval_ = (args) => spawnSync(process.execPath, [join(root, 'tools', 'eval.mjs'), '--gold', gold, ...args], { encoding: 'utf8' });
  const saved = eval_(['--json']);
  assert.equal(saved.status, 0, saved.stderr);
  const run = JSON.parse(saved.stdout);
  assert.equal(run.rows.length, 5);
  assert.equal(run.rows[4].score.exact, false);
  const runPath = join(dir, 'run.json');
  writeFileSync(runPath, saved.stdout);

  const page = join(dir, 'report.html');
  const withReport = eval_(['--report', page, '--compare', runPath]);
  assert.equal(withReport.status, 0, withReport.stderr);
  assert.match(withReport.stdout, /^Gold set .*gold\.tsv: 5 rows; engine: rules$/m);
  assert.match(withReport.stderr, /eval: wrote .*report\.html/);
  const html = readFileSync(page, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<h2>Rows that changed<\/h2>/);

  const bad = eval_(['--compare', gold]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--compare .*gold\.tsv: /);
});

test('exact match is the core\u2019s own sentence; a scorer that renders another one is reported', async () => {
  const honest = await evaluate({ gold, engine: 'rules', core });
  assert.equal(honest.renderedApart, 0);
  assert.doesNotMatch(formatReport(honest), /rendered differently/);
  // A scorer that renders every answer otherwise (as if it ignored an option) cannot change exact match.
  const apart = await evaluate({
    gold, engine: 'rules', core,
    score: (requests) => requests.map(() => ({ exact: false, sentence: '다른 문장', particles: { right: 0, total: 1 }, conjugations: { right: 0, total: 1 } })),
  });
  assert.equal(apart.totals.exact, 4);
  assert.equal(apart.renderedApart, 5);
  assert.match(formatReport(apart), /Warning: 5 answers rendered differently when scored/);
});
