// Progress of a long run, on standard error so that standard output stays the report: rows done of
// the total, the rate, the time left and the failures so far. On a terminal it is one line that
// updates in place; otherwise (a CI log, a file) a plain line every so often. A run that ends within
// `quietMs` leaves nothing behind, so quick runs print only their report.
//
//   const progress = createProgress({ label: 'eval', total: rows.length });
//   progress.update(done, failed);  …  progress.finish();

const CLEAR_LINE = '\r\x1b[2K';

/**
 * "1 h 02 m", "3 m 05 s", "12 s", "0.4 s".
 * @param {number} ms
 */
export function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  if (whole < 60) return `${whole} s`;
  const m = Math.floor(whole / 60);
  if (m < 60) return `${m} m ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} m`;
}

/**
 * The progress line: "eval: 123/572 rows (22%) · 4.1 rows/s · 1 m 50 s left · 2 failed".
 * @param {{label: string, unit: string, done: number, total: number, failed: number, elapsedMs: number,
 *   failedWord?: string, final?: boolean, from?: number}} state
 */
export function progressLine({ label, unit, done, total, failed, elapsedMs, failedWord = 'failed', final = false, from = 0 }) {
  const share = total > 0 ? Math.floor((100 * done) / total) : 100;
  const rate = elapsedMs > 0 ? ((done - from) * 1000) / elapsedMs : 0;
  const parts = [`${label}: ${done}/${total} ${unit} (${share}%)`];
  parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${unit}/s`);
  if (final) parts.push(`done in ${formatDuration(elapsedMs)}`);
  else parts.push(rate > 0 ? `${formatDuration(((total - done) / rate) * 1000)} left` : 'time left unknown');
  if (failedWord) parts.push(`${failed} ${failedWord}`);
  return parts.join(' · ');
}

/**
 * @param {object} options
 * @param {string} options.label       what runs ("eval", "dataset train")
 * @param {number} options.total       how many items
 * @param {string} [options.unit]      what an item is ("rows")
 * @param {string|null} [options.failedWord] what a failure is called ("failed", "dropped"); null
 *   for a run that cannot fail an item
 * @param {{write: Function, isTTY?: boolean}} [options.stream] standard error by default
 * @param {() => number} [options.now] a clock in milliseconds (tests pass their own)
 * @param {number} [options.redrawMs]  a terminal line is redrawn at most this often
 * @param {number} [options.everyMs]   without a terminal, a plain line this often
 * @param {number} [options.quietMs]   a run shorter than this leaves no trace
 * @param {number} [options.from]      items already done when the run was joined (a job followed
 *   midway): the rate counts only the items seen done since
 */
export function createProgress({
  label, total, unit = 'rows', failedWord = 'failed', stream = process.stderr, now = () => performance.now(),
  redrawMs = 100, everyMs = 10000, quietMs = 2000, from = 0,
}) {
  const started = now();
  const tty = Boolean(stream.isTTY);
  let done = from;
  let failed = 0;
  let lastDraw = -Infinity;
  let lastLine = started;
  let drawn = false;   // a terminal line is on screen
  let printed = false; // a plain line was written
  let finished = false;

  const line = (final = false) => progressLine({ label, unit, done, total, failed, elapsedMs: now() - started, failedWord, final, from });

  return {
    /**
     * @param {number} doneNow items finished so far @param {number} [failedNow] failures so far
     */
    update(doneNow, failedNow = failed) {
      if (finished) return;
      done = doneNow;
      failed = failedNow;
      const t = now();
      if (tty) {
        if (t - lastDraw < redrawMs) return;
        lastDraw = t;
        stream.write(`${CLEAR_LINE}${line()}`);
        drawn = true;
      } else if (t - started >= quietMs && (!printed || t - lastLine >= everyMs)) {
        lastLine = t;
        printed = true;
        stream.write(`${line()}\n`);
      }
    },
    /** A message of its own line (a job's status changed), above the progress line on a terminal. */
    note(text) {
      if (tty && drawn) {
        stream.write(`${CLEAR_LINE}${text}\n${line()}`);
      } else {
        stream.write(`${text}\n`);
      }
    },
    /** Ends the run: its summary line stays, unless the run was quick enough to leave no trace. */
    finish() {
      if (finished) return;
      finished = true;
      const quick = now() - started < quietMs;
      if (tty) {
        if (quick) {
          if (drawn) stream.write(CLEAR_LINE);
        } else {
          stream.write(`${CLEAR_LINE}${line(true)}\n`);
        }
      } else if (!quick || printed) {
        stream.write(`${line(true)}\n`);
      }
    },
  };
}
