// The progress of long runs (tools/progress.mjs): one line redrawn in place on a terminal, plain lines
// now and then otherwise, nothing left behind by a quick run. A fake clock drives it; then the real
// commands run in a pseudo-terminal and in a pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgress, formatDuration, progressLine } from '../../tools/progress.mjs';

/** A stream that records what is written, a terminal or not. */
function recorder(isTTY) {
  const writes = [];
  return { isTTY, writes, write: (text) => writes.push(text), text: () => writes.join('') };
}

/** A clock the test moves. */
function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

test('durations read as a person says them', () => {
  assert.equal(formatDuration(400), '0.4 s');
  assert.equal(formatDuration(12_400), '12 s');
  assert.equal(formatDuration(185_000), '3 m 05 s');
  assert.equal(formatDuration(3_720_000), '1 h 02 m');
  assert.equal(formatDuration(Infinity), '—');
});

test('the line: rows done of total, rate, time left, failures', () => {
  const line = progressLine({ label: 'eval', unit: 'rows', done: 100, total: 572, failed: 3, elapsedMs: 25_000 });
  assert.equal(line, 'eval: 100/572 rows (17%) · 4.0 rows/s · 1 m 58 s left · 3 failed');
  const final = progressLine({ label: 'eval', unit: 'rows', done: 572, total: 572, failed: 4, elapsedMs: 143_000, final: true, failedWord: 'not matching' });
  assert.equal(final, 'eval: 572/572 rows (100%) · 4.0 rows/s · done in 2 m 23 s · 4 not matching');
  assert.match(progressLine({ label: 'x', unit: 'rows', done: 0, total: 5, failed: 0, elapsedMs: 10 }), /time left unknown/);
});

test('on a terminal: one line redrawn in place, at most every redrawMs, and a summary at the end', () => {
  const stream = recorder(true);
  const c = clock();
  const p = createProgress({ label: 'eval', total: 10, stream, now: c.now, redrawMs: 100, quietMs: 2000 });
  for (let i = 1; i <= 10; i += 1) {
    c.advance(50); // two updates per redraw interval
    p.update(i, i >= 8 ? i - 7 : 0);
  }
  c.advance(3000);
  p.finish();
  // Each write starts by returning to the start of the line and clearing it; none ends in a newline
  // but the last.
  assert.ok(stream.writes.every((w) => w.startsWith('\r\x1b[2K')));
  assert.ok(stream.writes.slice(0, -1).every((w) => !w.endsWith('\n')));
  assert.ok(stream.writes.length <= 7, `redrawn ${stream.writes.length} times for 10 updates`);
  assert.match(stream.writes[0], /^\r\x1b\[2Keval: 1\/10 rows \(10%\) · 20 rows\/s · 0\.5 s left · 0 failed$/);
  assert.equal(stream.writes.at(-1), '\r\x1b[2Keval: 10/10 rows (100%) · 2.9 rows/s · done in 3.5 s · 3 failed\n');
});

test('on a terminal, a quick run clears its line and leaves nothing', () => {
  const stream = recorder(true);
  const c = clock();
  const p = createProgress({ label: 'eval', total: 3, stream, now: c.now, quietMs: 2000 });
  p.update(1);
  c.advance(300);
  p.update(3);
  p.finish();
  assert.equal(stream.writes.at(-1), '\r\x1b[2K');
});

test('not a terminal: plain lines, the first after quietMs, then every everyMs, and the summary', () => {
  const stream = recorder(false);
  const c = clock();
  const p = createProgress({ label: 'eval', total: 100, stream, now: c.now, quietMs: 2000, everyMs: 10_000 });
  for (let i = 1; i <= 100; i += 1) {
    c.advance(250);
    p.update(i, Math.floor(i / 40));
  }
  p.finish();
  const lines = stream.text().split('\n').filter(Boolean);
  // 25 s in all: a line at 2 s, 12 s and 22 s, then the summary.
  assert.deepEqual(lines, [
    'eval: 8/100 rows (8%) · 4.0 rows/s · 23 s left · 0 failed',
    'eval: 48/100 rows (48%) · 4.0 rows/s · 13 s left · 1 failed',
    'eval: 88/100 rows (88%) · 4.0 rows/s · 3.0 s left · 2 failed',
    'eval: 100/100 rows (100%) · 4.0 rows/s · done in 25 s · 2 failed',
  ]);
  assert.ok(!stream.text().includes('\r') && !stream.text().includes('\x1b'), 'no terminal codes in a log');
});

test('not a terminal, a quick run prints nothing', () => {
  const stream = recorder(false);
  const c = clock();
  const p = createProgress({ label: 'eval', total: 5, stream, now: c.now });
  for (let i = 1; i <= 5; i += 1) {
    c.advance(100);
    p.update(i);
  }
  p.finish();
  assert.deepEqual(stream.writes, []);
});

test('a note goes above the progress line on a terminal, and the rate counts from where the run was joined', () => {
  const stream = recorder(true);
  const c = clock();
  const p = createProgress({ label: 'fine-tuning', total: 100, unit: 'steps', failedWord: 'warnings', stream, now: c.now, from: 40 });
  c.advance(10_000);
  p.update(50, 0);
  p.note('job is running');
  assert.equal(stream.writes.at(-2), '\r\x1b[2Kfine-tuning: 50/100 steps (50%) · 1.0 steps/s · 50 s left · 0 warnings');
  assert.equal(stream.writes.at(-1), '\r\x1b[2Kjob is running\nfine-tuning: 50/100 steps (50%) · 1.0 steps/s · 50 s left · 0 warnings');
});

// ---- the real commands, in a terminal (a pseudo-terminal from script(1)) and in a pipe ----------

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a shell command in a pseudo-terminal: what a person at a terminal sees, both streams. */
function inTerminal(command) {
  const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', timeout: 60000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return run.stdout;
}

test('in a terminal: eval and malmoi dataset redraw one line, then clear it when the run was quick', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malmoi-progress-'));
  try {
    const gold = join(dir, 'gold.tsv');
    writeFileSync(gold, 'object\t["사과", "먹다"]\t사과를 먹어요\nobject\t["밥", "먹다"]\t밥을 먹어요\n');
    const evalRun = inTerminal(`node tools/eval.mjs --gold ${gold}`);
    // The line is redrawn at most every 100 ms, so which counts a fast machine shows is not fixed:
    // the first draw always comes, and the line is cleared before the report.
    assert.match(evalRun, /\r\x1b\[2Keval: [0-2]\/2 rows \(\d+%\) · [\d.]+ rows\/s · [^·]+ · 0 not matching/);
    assert.match(evalRun, /\r\x1b\[2KGold set .*gold\.tsv: 2 rows; engine: rules/); // the line cleared, then the report
    const dataset = inTerminal(`build/malmoi dataset --train 200 --val 40 --seed 1 --out ${join(dir, 'data')}`);
    // (A first draw before any example is done knows no rate yet: 0.0 examples/s, time left unknown.)
    assert.match(dataset, /\r\x1b\[2Kdataset train: \d+\/200 examples \(\d+%\) · [\d.]+ examples\/s · [^·]+ · \d+ dropped/);
    assert.match(dataset, /\r\x1b\[2Kdataset val: \d+\/40 examples/);
    assert.match(dataset, /train\.jsonl: 200 examples/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in a pipe: a run of a few seconds prints plain lines on standard error, the report on standard output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'malmoi-progress-'));
  const { loadBuiltCore } = await import('../../tools/built.mjs');
  const { startFakeOpenAI } = await import('../../tools/server/fake-openai.mjs');
  const core = await loadBuiltCore();
  // Five rows answered after 600 ms each: about three seconds in all.
  const fake = await startFakeOpenAI({ scenario: 'slow', slowMs: 600, answer: (cards) => core.complete(cards.map((label) => ({ label }))).edits });
  try {
    const gold = join(dir, 'gold.tsv');
    writeFileSync(gold, ['사과', '밥', '물', '우유', '빵'].map((n) => `object\t["${n}", "먹다"]\tx\n`).join(''));
    const run = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['tools/eval.mjs', '--gold', gold, '--engine', 'model', '--endpoint', fake.url], { cwd: root });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stderr.split('\n').filter(Boolean);
    assert.ok(lines.length >= 2, run.stderr);
    assert.match(lines[0], /^eval: [1-4]\/5 rows \(\d+%\) · [\d.]+ rows\/s · [^·]+ left · [1-4] not matching$/);
    assert.match(lines.at(-1), /^eval: 5\/5 rows \(100%\) · [\d.]+ rows\/s · done in [\d.]+ s · 5 not matching$/);
    assert.ok(!run.stderr.includes('\r') && !run.stderr.includes('\x1b'), 'no terminal codes in a pipe');
    assert.match(run.stdout, /^Gold set .*: 5 rows; engine: model$/m);
    assert.doesNotMatch(run.stdout, /eval: \d/);
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
