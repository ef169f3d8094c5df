// The progress of long runs (tools/progress.mjs): one line redrawn in place on a terminal, plain lines
// now and then otherwise, nothing left behind by a quick run. A fake clock drives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
