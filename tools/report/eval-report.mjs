// The evaluation report as one self-contained HTML page (tools/eval.mjs --report FILE): accuracy
// overall and per category, the calibration of the rules' confidence, what became of the model's
// answers and how long they took, and the rows that failed with the differing words marked. Given a
// second run (--compare), each figure shows both runs, and the rows that improved or regressed are
// listed.
import { barChart, COLORS, histogram, percent, stackedChart } from './charts.mjs';
import { esc, html, page, paragraph, section, table } from './html.mjs';

const CONFIDENCES = ['high', 'medium', 'low', 'error'];
const OUTCOMES = [
  { key: 'accepted', name: 'validated, shown as it came', color: COLORS.green },
  { key: 'repaired', name: 'validated after a repair', color: COLORS.sky },
  { key: 'overridden', name: 'overridden by confident rules', color: COLORS.orange },
  { key: 'refused', name: 'refused', color: COLORS.vermillion },
];
const RUN_COLORS = [COLORS.blue, COLORS.orange];

const share = ([right, total]) => (total ? right / total : null);
const count = ([right, total]) => (total ? `${percent(right / total)} (${right}/${total})` : '—');

/** What a run is, in a few words: "rules" or "model ft:… (auto)". */
export function runName(run) {
  if (run.engine === 'rules') return 'rules';
  return `${run.modelId || 'model'} (${run.engine})`;
}

/** The key that identifies a gold row across runs: its cards and its options. */
export const rowKey = (row) => JSON.stringify([row.cards, row.options || null]);

/** The nearest-rank percentile of sorted values. */
function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
}

/**
 * The words of `sentence` that are not in `reference`, by a longest common subsequence of words.
 * @returns {Array<{word: string, same: boolean}>}
 */
export function wordDiff(sentence, reference) {
  const a = sentence.split(' ').filter(Boolean);
  const b = reference.split(' ').filter(Boolean);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length) {
    if (j < b.length && a[i] === b[j]) {
      out.push({ word: a[i], same: true });
      i += 1;
      j += 1;
    } else if (j < b.length && lcs[i][j + 1] > lcs[i + 1][j]) {
      j += 1;
    } else {
      out.push({ word: a[i], same: false });
      i += 1;
    }
  }
  return out;
}

/** The acceptable sentence closest to `sentence` (most words in common). */
export function closestExpected(sentence, expected) {
  const options = expected.split(' | ').map((s) => s.trim()).filter(Boolean);
  let best = options[0] || '';
  let bestSame = -1;
  for (const o of options) {
    const same = wordDiff(sentence, o).filter((w) => w.same).length;
    if (same > bestSame) {
      best = o;
      bestSame = same;
    }
  }
  return best;
}

/** A sentence with the words that differ from the closest acceptable one in <mark>. */
function marked(sentence, expected) {
  if (sentence === undefined || sentence === null) return html('<span class="note">—</span>');
  const words = wordDiff(sentence, closestExpected(sentence, expected));
  return html(words.map((w) => (w.same ? esc(w.word) : `<mark title="differs from the expected sentence">${esc(w.word)}</mark>`)).join(' '));
}

function tiles(runs) {
  const measures = [
    ['exact sentence match', (r) => [r.totals.exact, r.totals.rows]],
    ['particle accuracy', (r) => r.totals.particles],
    ['conjugation accuracy', (r) => r.totals.conjugations],
  ];
  if (runs.some((r) => r.model)) {
    measures.push(['model answers validated', (r) => (r.model ? [r.model.valid, r.model.asked] : [0, 0])]);
  }
  return html(`<div class="tiles">${measures.map(([name, of]) => {
    const [mine, other] = runs.map(of);
    let otherText = '';
    if (other && other[1] > 0) {
      const d = share(mine) !== null && share(other) !== null ? share(mine) - share(other) : null;
      const points = d === null ? '' : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(100 * d).toFixed(1)} points`;
      const delta = d === null ? '' : ` <span class="${d > 0 ? 'up' : d < 0 ? 'down' : ''}">(${points})</span>`;
      otherText = `<div class="other">${esc(runName(runs[1]))}: ${esc(count(other))}${delta}</div>`;
    }
    return `<div class="tile" data-measure="${esc(name)}"><div class="name">${esc(name)}</div>`
      + `<div class="value">${esc(share(mine) === null ? '—' : percent(share(mine)))}</div>`
      + `<div class="other">${esc(`${mine[0]} of ${mine[1]}`)}</div>${otherText}</div>`;
  }).join('')}</div>`);
}

function accuracySection(runs, series) {
  /** @type {Array<[string, (totals: any) => [number, number]]>} */
  const measures = [
    ['exact sentence', (t) => [t.exact, t.rows]],
    ['particles', (t) => t.particles],
    ['conjugations', (t) => t.conjugations],
  ];
  const overall = barChart({
    id: 'chart-accuracy',
    title: 'Accuracy',
    width: 640,
    description: measures.map(([name, of]) => `${name}: ${runs.map((r) => `${runName(r)} ${count(of(r.totals))}`).join(', ')}`).join('; '),
    series,
    groups: measures.map(([name, of]) => ({ label: name, values: runs.map((r) => share(of(r.totals))) })),
    data: { head: ['measure', ...runs.map(runName)], rows: measures.map(([name, of]) => [name, ...runs.map((r) => count(of(r.totals)))]) },
  });
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.categories)))].sort();
  const perCategory = measures.map(([name, of], k) => barChart({
    id: `chart-category-${k}`,
    title: `${name[0].toUpperCase()}${name.slice(1)} by category`,
    description: names.map((c) => `${c}: ${runs.map((r) => `${runName(r)} ${r.categories[c] ? count(of(r.categories[c])) : '—'}`).join(', ')}`).join('; '),
    series,
    width: 420,
    groups: names.map((c) => ({ label: c, values: runs.map((r) => (r.categories[c] ? share(of(r.categories[c])) : null)) })),
    data: { head: ['category', ...runs.map(runName)], rows: names.map((c) => [c, ...runs.map((r) => (r.categories[c] ? count(of(r.categories[c])) : '—'))]) },
  }));
  return [
    section('Accuracy', [
      ...runs.filter((r) => r.renderedApart).map((r) => html(`<div class="warning" role="alert">${esc(`${runName(r)}: ${r.renderedApart} answers rendered differently when scored (options the scorer does not apply?); their particle and conjugation counts may be off.`)}</div>`)),
      tiles(runs),
      html(`<div style="margin-top:14px">${overall}</div>`),
    ], 'accuracy'),
    section('By category', [
      paragraph('Particles: each noun’s word with its particle against the closest acceptable sentence. Conjugations: each verb’s, adjective’s and grammar card’s form. A category with no particle or no conjugation to score has no bar.', 'note'),
      html(`<div class="grid wide">${perCategory.join('')}</div>`),
    ], 'categories'),
  ];
}

function calibrationSection(runs) {
  const charts = runs.map((run, k) => {
    const levels = CONFIDENCES.filter((c) => run.calibration[c] && run.calibration[c].right + run.calibration[c].wrong > 0);
    const rows = levels.map((c) => ({
      label: c, values: [run.calibration[c].right, run.calibration[c].wrong], end: `${run.calibration[c].right} right, ${run.calibration[c].wrong} wrong`,
    }));
    const line = (c) => {
      const { right, wrong } = run.calibration[c];
      return `${c}: ${right} right, ${wrong} wrong (${percent(right / (right + wrong))} right)`;
    };
    return stackedChart({
      id: `chart-calibration-${k}`,
      title: `Calibration of the rules${runs.length > 1 ? `: ${runName(run)}` : ''}`,
      description: `The rules' confidence against an exact match. ${levels.map(line).join('; ')}`,
      series: [{ name: 'right', color: COLORS.green }, { name: 'wrong', color: COLORS.vermillion }],
      rows,
      width: 460,
      data: {
        head: ["rules' confidence", 'rows', 'right', 'wrong', 'right share'],
        numeric: [false, true, true, true, true],
        rows: levels.map((c) => {
          const { right, wrong } = run.calibration[c];
          return [c, right + wrong, right, wrong, percent(right / (right + wrong))];
        }),
      },
    });
  });
  return section('Calibration', [
    paragraph('How often the rules’ sentence matched exactly, by the confidence the rules gave it. High confidence should be nearly always right: the policy lets a confident rule answer override the model.', 'note'),
    html(`<div class="grid">${charts.join('')}</div>`),
  ], 'calibration');
}

function modelSection(runs) {
  const withModel = runs.filter((r) => r.model);
  if (!withModel.length) return null;
  const parts = [];
  const outcomeRows = withModel.map((r) => ({ label: runName(r), values: OUTCOMES.map((o) => r.model.outcomes[o.key] || 0) }));
  parts.push(stackedChart({
    id: 'chart-outcomes',
    title: 'What became of the model’s answers',
    description: withModel.map((r) => `${runName(r)}: ${OUTCOMES.map((o) => `${o.name} ${r.model.outcomes[o.key] || 0}`).join(', ')} of ${r.model.asked}`).join('; '),
    series: OUTCOMES.map((o) => ({ name: o.name, color: o.color })),
    rows: outcomeRows,
    scale: 'share',
    width: 720,
    data: {
      head: ['run', ...OUTCOMES.map((o) => o.name), 'asked'],
      numeric: [false, true, true, true, true, true],
      rows: withModel.map((r) => [runName(r), ...OUTCOMES.map((o) => r.model.outcomes[o.key] || 0), r.model.asked]),
    },
  }));
  const codes = [...new Set(withModel.flatMap((r) => Object.keys(r.model.codes)))].sort();
  if (codes.length) {
    const max = Math.max(...withModel.flatMap((r) => Object.values(r.model.codes)));
    parts.push(barChart({
      id: 'chart-refusals',
      title: 'Refused answers by error code',
      description: codes.map((c) => `${c}: ${withModel.map((r) => `${runName(r)} ${r.model.codes[c] || 0}`).join(', ')}`).join('; '),
      series: withModel.map((r) => ({ name: runName(r), color: RUN_COLORS[runs.indexOf(r)] })),
      groups: codes.map((c) => ({ label: c, values: withModel.map((r) => r.model.codes[c] || 0) })),
      max,
      format: (v) => String(Math.round(v)),
      data: { head: ['code', ...withModel.map(runName)], numeric: [false, ...withModel.map(() => true)], rows: codes.map((c) => [c, ...withModel.map((r) => r.model.codes[c] || 0)]) },
    }));
  }
  /** @type {Array<[string, number]>} */
  const qs = [['p50', 0.5], ['p90', 0.9], ['p95', 0.95], ['p99', 0.99], ['max', 1]];
  const ms = (v) => (v === null ? '—' : `${Math.round(v)} ms`);
  parts.push(html('<h3>Latency</h3>'));
  parts.push(table({
    head: ['run', 'answers', ...qs.map(([name]) => name)],
    numeric: [false, true, ...qs.map(() => true)],
    rows: withModel.map((r) => [runName(r), r.model.latencies.length, ...qs.map(([, q]) => ms(percentile(r.model.latencies, q)))]),
  }));
  const histograms = withModel.map((r, k) => {
    const l = r.model.latencies;
    const top = Math.max(1, l.at(-1) || 1);
    const bins = 12;
    const step = Math.max(1, Math.ceil(top / bins / 10) * 10);
    const edges = Array.from({ length: bins + 1 }, (_, i) => i * step);
    const counts = new Array(bins).fill(0);
    for (const v of l) counts[Math.min(bins - 1, Math.floor(v / step))] += 1;
    return histogram({
      id: `chart-latency-${k}`,
      title: `Latency of the model’s answers${withModel.length > 1 ? `: ${runName(r)}` : ''}`,
      description: `${l.length} answers; ${qs.map(([name, q]) => `${name} ${ms(percentile(l, q))}`).join(', ')}. Per ${step} ms: ${counts.map((c, i) => `${edges[i]}–${edges[i + 1]} ms ${c}`).join(', ')}`,
      edges,
      counts,
      color: RUN_COLORS[runs.indexOf(r)],
      format: (v) => `${v}`,
      xLabel: 'milliseconds, each request with its retries',
      width: 460,
    });
  });
  parts.push(html(`<div class="grid">${histograms.join('')}</div>`));
  return section('The model', parts, 'model');
}

function changesSection(run, other) {
  const before = new Map(other.rows.map((r) => [rowKey(r), r]));
  const improved = [];
  const regressed = [];
  let matched = 0;
  for (const r of run.rows) {
    const o = before.get(rowKey(r));
    if (!o) continue;
    matched += 1;
    if (r.score.exact && !o.score.exact) improved.push([r, o]);
    if (!r.score.exact && o.score.exact) regressed.push([r, o]);
  }
  const rowsOf = (pairs) => pairs.map(([r, o]) => [
    String(r.line), r.category, r.cards.join(' '), r.expected, marked(o.shown?.sentence, r.expected), marked(r.shown?.sentence, r.expected),
  ]);
  const head = ['line', 'category', 'cards', 'expected', runName(other), runName(run)];
  return section('Rows that changed', [
    paragraph(`${matched} rows are in both runs (matched by their cards and options). ${improved.length} improved (right in ${runName(run)}, wrong in ${runName(other)}); ${regressed.length} regressed.`),
    html(`<h3 id="improved">Improved (${improved.length})</h3>`),
    improved.length ? table({ head, rows: rowsOf(improved) }) : paragraph('None.', 'note'),
    html(`<h3 id="regressed">Regressed (${regressed.length})</h3>`),
    regressed.length ? table({ head, rows: rowsOf(regressed) }) : paragraph('None.', 'note'),
  ], 'changes');
}

function failuresSection(run) {
  const model = run.engine !== 'rules';
  const head = ['line', 'category', 'cards', 'expected', 'rules', ...(model ? ['model', 'shown'] : [])];
  const rows = run.failures.map((r) => {
    const cards = r.options ? `${r.cards.join(' ')}  ${JSON.stringify(r.options)}` : r.cards.join(' ');
    const rules = r.rules.error ? `error: ${r.rules.error}` : marked(r.rules.sentence, r.expected);
    const cells = [String(r.line), r.category, cards, r.expected, rules];
    if (model) {
      const m = r.model;
      cells.push(!m ? '—' : m.sentence !== undefined ? marked(m.sentence, r.expected) : `refused: ${m.code}`);
      cells.push(r.source);
    }
    return cells;
  });
  return section(`Failing rows of ${runName(run)} (${rows.length})`, [
    paragraph('The words that differ from the closest acceptable sentence are marked.', 'note'),
    rows.length ? table({ head, rows }) : paragraph('Every row matched.'),
  ], 'failures');
}

/**
 * The report page for a run (evaluate()'s result or a run saved with --json), beside `other` if given.
 * @param {object} run @param {object|null} [other]
 * @returns {string} the HTML document
 */
export function evalReportHtml(run, other = null) {
  const runs = other ? [run, other] : [run];
  const series = runs.map((r, k) => ({ name: runName(r), color: RUN_COLORS[k] }));
  const gold = String(run.gold).split('/').slice(-3).join('/');
  const subtitle = `Gold set ${gold}, ${run.totals.rows} rows; engine ${runName(run)}${run.endpoint ? ` at ${run.endpoint}` : ''}`
    + `${other ? `; compared with ${runName(other)} (${other.totals.rows} rows)` : ''}${run.date ? `; ${run.date.slice(0, 16).replace('T', ' ')} UTC` : ''}`;
  // The figures first, then what to read row by row, then the long per-category charts.
  const [accuracy, categories] = accuracySection(runs, series);
  const body = [
    accuracy,
    calibrationSection(runs),
    modelSection(runs),
    other ? changesSection(run, other) : null,
    failuresSection(run),
    categories,
  ].filter(Boolean);
  return page({ title: 'Malmoi evaluation', subtitle, body });
}
