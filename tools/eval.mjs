#!/usr/bin/env node
// Evaluates an engine on a gold set of card sequences with expected sentences, with the same code
// the app runs: web/core.js (the app's wasm core: rules, prompt, validation), web/model.js (the
// request and its network policy) and web/policy.js (what the child would be shown). Scoring is
// not part of the app: it runs in the native tools (build/malmoi api score).
//
//   node tools/eval.mjs                                   the rules on tests/gold/gold.tsv
//   node tools/eval.mjs --engine model --endpoint http://127.0.0.1:8080/v1
//   node tools/eval.mjs --engine auto --endpoint https://api.openai.com/v1 \
//        --model ft:gpt-4o-2024-08-06:org:aac-ko:id --key-env OPENAI_API_KEY --report report.html
//
// Options: --gold FILE, --engine rules|model|auto, --endpoint BASE_URL, --model ID,
// --style openai|compatible, --key-env VAR (the key is read from that variable, never from the
// command line), --timeout MS (one attempt), --limit MS (auto's time limit), --failures (list the
// rows that do not match), --json (the whole run as JSON, rows included), --report FILE (an HTML
// page with charts), --compare RUN.json (a run saved with --json, shown beside this one).
// Progress goes to standard error; the report to standard output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { callTools, loadBuiltCore, root } from './built.mjs';
import { createProgress } from './progress.mjs';
import { evalReportHtml } from './report/eval-report.mjs';
import { requestModel } from '../web/model.js';
import { choose } from '../web/policy.js';
import { isMain } from './is-main.mjs';

export const CONFIDENCES = ['high', 'medium', 'low'];

/**
 * Reads a gold file: category<TAB>cards as a JSON array<TAB>expected (alternatives " | "), and an
 * optional fourth column, a JSON object of options for the sentence engine ({"register":"plain"}).
 * @returns {Array<{line: number, category: string, cards: string[], expected: string, options?: object}>}
 */
export function readGold(path) {
  const rows = [];
  readFileSync(path, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim() || text.startsWith('#')) return;
    const where = `${path}:${i + 1}`;
    const [category, cardsText, expected, optionsText] = text.replace(/\r$/, '').split('\t');
    if (!category || !cardsText || !expected) throw new Error(`${where}: a row is category, cards and expected, separated by tabs`);
    const cards = parseJson(cardsText, where, 'cards');
    if (!Array.isArray(cards) || !cards.every((c) => typeof c === 'string')) throw new Error(`${where}: cards must be a JSON array of strings`);
    const row = { line: i + 1, category, cards, expected };
    if (optionsText && optionsText.trim()) {
      const options = parseJson(optionsText, where, 'options');
      if (!options || typeof options !== 'object' || Array.isArray(options)) throw new Error(`${where}: options must be a JSON object`);
      row.options = options;
    }
    rows.push(row);
  });
  return rows;
}

function parseJson(text, where, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: ${what} is not JSON (${error.message})`);
  }
}

/** The acceptable sentences of a gold row's expected column. */
export function alternatives(expected) {
  return expected.split(' | ').map((s) => s.trim()).filter(Boolean);
}

/** The q-quantile of sorted values (nearest rank), or null. */
export function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
}

/**
 * The core, with a gold row's options added to every sentence request (complete, prompt, validate).
 * Without options it is the core itself, and the requests are what the app sends today.
 */
export function withOptions(core, options) {
  if (!options) return core;
  return {
    ...core,
    complete: (cards) => {
      const [answer] = core.batch('complete', [{ cards, options }]);
      if (answer.ok) return answer.value;
      throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    },
    prompt: (request) => core.prompt({ ...request, options }),
    validate: (request) => core.validate({ ...request, options }),
  };
}

/** Scores answers natively: one {cards, edits, expected} request each → {exact, particles, …}. */
export function scoreNatively(requests) {
  return callTools('score', requests).map((envelope) => {
    if (envelope.ok) return envelope.value;
    return { error: envelope.error.code, message: envelope.error.message };
  });
}

// What became of the model's answer for one row, one outcome each:
//   accepted    valid and shown as it came
//   repaired    valid and shown after a wrong allomorph was repaired (사과을 → 사과를)
//   overridden  valid, but it disagreed with a confident rule answer, so the rules were shown
//   refused     rejected (by the validator's or the network's code)
export const OUTCOMES = ['accepted', 'repaired', 'overridden', 'refused'];

function modelOutcome(answer, decision) {
  if (!answer) return 'refused';
  if (decision.source !== 'model') return 'overridden';
  if ((answer.warnings || []).some((w) => w.code === 'allomorph_repaired')) return 'repaired';
  return 'accepted';
}

/**
 * Runs the evaluation and returns the run: every row with what the rules said, what the model said,
 * what the child was shown and how each scored, and the totals.
 * @param {object} options {gold, engine, endpoint, model, style, apiKey, timeoutMs, limitMs,
 *   core (web/core.js loaded), score (requests → scores; native by default),
 *   onProgress(done, total, failed)}
 */
export async function evaluate(options) {
  const core = options.core || await loadBuiltCore();
  const score = options.score || scoreNatively;
  const rows = readGold(options.gold);
  const engine = options.engine || 'rules';
  /** @type {import('../web/model.js').ModelSettings} */
  const settings = {
    timeoutMs: options.timeoutMs || 8000,
    endpoint: { kind: 'custom', baseUrl: options.endpoint, model: options.model || '', style: options.style },
    apiKey: options.apiKey,
  };
  const results = [];
  let failed = 0;
  options.onProgress?.(0, rows.length, 0);
  for (const row of rows) {
    const rowCore = withOptions(core, row.options);
    const cards = row.cards.map((label) => ({ label }));
    const result = { line: row.line, category: row.category, cards: row.cards, expected: row.expected };
    if (row.options) result.options = row.options;
    let rules = null;
    try {
      rules = rowCore.complete(cards);
      result.rules = { sentence: rules.sentence, confidence: rules.confidence, edits: rules.edits };
    } catch (error) {
      result.rules = { error: error.code || 'error', message: error.message };
    }
    let shown = rules;
    result.source = 'rules';
    if (engine !== 'rules' && rules) {
      const started = performance.now();
      let answer = null;
      let code;
      try {
        answer = await requestModel(cards, settings, { core: rowCore, signal: AbortSignal.timeout(options.limitMs || 30000) });
      } catch (error) {
        code = error.code || 'error';
      }
      const latencyMs = performance.now() - started;
      const decision = choose(engine, rules, answer);
      const outcome = modelOutcome(answer, decision);
      result.model = { outcome, latencyMs };
      if (code) result.model.code = code;
      if (answer) {
        result.model.sentence = answer.sentence;
        result.model.edits = answer.edits;
        if (answer.disagreements?.length) result.model.disagreements = answer.disagreements;
      }
      shown = decision.result;
      result.source = decision.source;
    }
    if (shown) result.shown = { sentence: shown.sentence, edits: shown.edits };
    const right = shown ? alternatives(row.expected).includes(shown.sentence) : false;
    if (!right) failed += 1;
    results.push(result);
    options.onProgress?.(results.length, rows.length, failed);
  }

  // Scoring: the rules' answer and (for a model run) the model's, against the acceptable sentences.
  const requests = [];
  const targets = [];
  for (const r of results) {
    for (const which of ['rules', 'model']) {
      const answer = r[which];
      if (!answer?.edits) continue;
      requests.push({ cards: r.cards, edits: answer.edits, expected: r.expected, ...(r.options ? { options: r.options } : {}) });
      targets.push(answer);
    }
  }
  // Exact match is the sentence the core answered against the acceptable ones; the scorer renders the
  // edits again to find each word's card. Should it render another sentence (options the scorer does
  // not apply), the row is counted in `renderedApart` and the report says so.
  let renderedApart = 0;
  score(requests).forEach((s, i) => {
    const exact = alternatives(requests[i].expected).includes(targets[i].sentence);
    if (s.error) {
      targets[i].score = { exact, particles: { right: 0, total: 0 }, conjugations: { right: 0, total: 0 }, error: s.error };
      return;
    }
    if (s.sentence !== targets[i].sentence) renderedApart += 1;
    targets[i].score = { exact, particles: s.particles, conjugations: s.conjugations, closest: s.closest };
  });
  for (const r of results) {
    const from = r.source === 'model' ? r.model : r.rules;
    r.score = from?.score || { exact: false, particles: { right: 0, total: 0 }, conjugations: { right: 0, total: 0 } };
  }
  const about = { gold: options.gold, engine, endpoint: options.endpoint || null, modelId: options.model || null, date: new Date().toISOString() };
  return { ...summarise(about, results), renderedApart };
}

/** The totals of a run from its rows (also used for runs read back from JSON). */
export function summarise(about, rows) {
  const empty = () => ({ rows: 0, exact: 0, particles: [0, 0], conjugations: [0, 0] });
  const add = (t, s) => {
    t.rows += 1;
    t.exact += s.exact ? 1 : 0;
    t.particles[0] += s.particles.right;
    t.particles[1] += s.particles.total;
    t.conjugations[0] += s.conjugations.right;
    t.conjugations[1] += s.conjugations.total;
  };
  const totals = empty();
  const categories = {};
  const calibration = Object.fromEntries([...CONFIDENCES, 'error'].map((c) => [c, { right: 0, wrong: 0 }]));
  const failures = [];
  for (const r of rows) {
    add(totals, r.score);
    add((categories[r.category] ||= empty()), r.score);
    const level = r.rules.error ? 'error' : r.rules.confidence;
    (calibration[level] ||= { right: 0, wrong: 0 })[r.rules.score?.exact ? 'right' : 'wrong'] += 1;
    if (!r.score.exact) failures.push(r);
  }
  let model = null;
  if (about.engine !== 'rules') {
    model = { asked: 0, valid: 0, shown: 0, fellBack: 0, outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])), codes: {}, latencies: [] };
    for (const r of rows) {
      if (!r.model) continue;
      model.asked += 1;
      model.outcomes[r.model.outcome] += 1;
      if (r.model.outcome !== 'refused') model.valid += 1;
      if (r.model.code) model.codes[r.model.code] = (model.codes[r.model.code] || 0) + 1;
      if (r.source === 'model') model.shown += 1;
      else model.fellBack += 1;
      model.latencies.push(r.model.latencyMs);
    }
    model.latencies.sort((a, b) => a - b);
  }
  return { ...about, totals, categories, calibration, model, failures, rows };
}

const pct = (right, total) => (total ? `${((100 * right) / total).toFixed(1)}% (${right}/${total})` : '—');
const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);

/** A gold file's path as the report names it: relative to the repository when inside it. */
export function goldName(path) {
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}

/** The report as the Markdown the README quotes. */
export function formatReport(report) {
  const { totals, model } = report;
  const lines = [
    `Gold set ${goldName(report.gold)}: ${totals.rows} rows; engine: ${report.engine}`,
    '',
    '| measure | value |',
    '|---|---|',
    `| exact sentence match | ${pct(totals.exact, totals.rows)} |`,
    `| particle accuracy | ${pct(...totals.particles)} |`,
    `| conjugation accuracy | ${pct(...totals.conjugations)} |`,
  ];
  if (model) {
    const l = model.latencies;
    lines.push(`| model answers that passed validation | ${pct(model.valid, model.asked)} |`);
    lines.push(`| … shown as they came / repaired / overridden by confident rules | ${model.outcomes.accepted} / ${model.outcomes.repaired} / ${model.outcomes.overridden} |`);
    lines.push(`| sentences shown from the rules instead (fallback) | ${pct(model.fellBack, model.asked)} |`);
    lines.push(`| model latency p50 / p95 / max | ${ms(percentile(l, 0.5))} / ${ms(percentile(l, 0.95))} / ${ms(l.at(-1) ?? null)} |`);
    const codes = Object.entries(model.codes).map(([k, v]) => `${k} ${v}`).join(', ');
    if (codes) lines.push(`| why answers were rejected | ${codes} |`);
  }
  lines.push('', 'Calibration of the rules (their confidence against an exact match):', '',
    "| rules' confidence | rows | right | wrong | right share |", '|---|---:|---:|---:|---:|');
  for (const [level, c] of Object.entries(report.calibration)) {
    const n = c.right + c.wrong;
    if (level === 'error' && n === 0) continue;
    lines.push(`| ${level} | ${n} | ${c.right} | ${c.wrong} | ${n ? `${((100 * c.right) / n).toFixed(1)}%` : '—'} |`);
  }
  if (report.renderedApart) {
    lines.push('', `Warning: ${report.renderedApart} answers rendered differently when scored (options the scorer does not apply?): their particle and conjugation counts may be off.`);
  }
  lines.push('', '| category | exact | particles | conjugations |', '|---|---|---|---|');
  for (const [name, c] of Object.entries(report.categories).sort()) {
    lines.push(`| ${name} | ${pct(c.exact, c.rows)} | ${pct(...c.particles)} | ${pct(...c.conjugations)} |`);
  }
  return lines.join('\n');
}

/** One line per failing row, for --failures. */
export function formatFailures(report) {
  return report.failures.map((f) => {
    const got = f.shown ? f.shown.sentence : `error: ${f.rules.error}`;
    const options = f.options ? ` ${JSON.stringify(f.options)}` : '';
    return `  line ${f.line} [${f.category}] ${JSON.stringify(f.cards)}${options} → ${got}  (want: ${f.expected})`;
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', default: join(root, 'tests', 'gold', 'gold.tsv') },
      engine: { type: 'string', default: 'rules' },
      endpoint: { type: 'string' },
      model: { type: 'string', default: '' },
      style: { type: 'string' },
      'key-env': { type: 'string' },
      timeout: { type: 'string', default: '8000' },
      limit: { type: 'string', default: '30000' },
      failures: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      report: { type: 'string' },
      compare: { type: 'string' },
    },
  });
  if (!['rules', 'model', 'auto'].includes(values.engine)) throw new Error('--engine is rules, model or auto');
  if (values.engine !== 'rules' && !values.endpoint) throw new Error('--engine model and auto need --endpoint');
  const other = values.compare ? readRun(values.compare) : null;
  let progress = null;
  const report = await evaluate({
    gold: values.gold,
    engine: values.engine,
    endpoint: values.endpoint,
    model: values.model,
    style: values.style,
    apiKey: values['key-env'] ? process.env[values['key-env']] : undefined,
    timeoutMs: Number(values.timeout),
    limitMs: Number(values.limit),
    onProgress(done, total, failed) {
      progress ||= createProgress({ label: 'eval', total, failedWord: 'not matching' });
      progress.update(done, failed);
      if (done === total) progress.finish();
    },
  });
  if (values.report) {
    writeFileSync(values.report, evalReportHtml(report, other));
    console.error(`eval: wrote ${values.report}`);
  }
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(formatReport(report));
  if (values.failures) console.log(['', 'Rows that do not match:', ...formatFailures(report)].join('\n'));
}

/** A run saved with --json, for --compare. */
export function readRun(path) {
  let run;
  try {
    run = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`--compare ${path}: ${error.message}`);
  }
  if (!Array.isArray(run?.rows) || !run.totals) throw new Error(`--compare ${path}: not a run saved with --json (no rows)`);
  return run;
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(`eval: ${error.message}`);
    process.exit(2);
  });
}
