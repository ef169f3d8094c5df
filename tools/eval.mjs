#!/usr/bin/env node
// Evaluates an engine on a gold set of card sequences with expected sentences, with the same code
// the app runs: web/core.js (the wasm core: rules, prompt, validation, scoring), web/model.js (the
// request and its network policy) and web/policy.js (what the child would be shown).
//
//   node tools/eval.mjs                                   the rules on tests/gold/gold.tsv
//   node tools/eval.mjs --engine model --endpoint http://127.0.0.1:8080/v1
//   node tools/eval.mjs --engine auto --endpoint https://api.openai.com/v1 \
//        --model ft:gpt-4o-2024-08-06:org:aac-ko:id --key-env OPENAI_API_KEY
//
// Options: --gold FILE, --engine rules|model|auto, --endpoint BASE_URL, --model ID,
// --style openai|compatible, --key-env VAR (the key is read from that variable, never from the
// command line), --timeout MS (one attempt), --limit MS (auto's time limit), --failures (list the
// rows that do not match), --json (the whole report as JSON).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBuiltCore, root } from '../tests/support/build.mjs';
import { requestModel } from '../web/model.js';
import { choose } from '../web/policy.js';
import { isMain } from './is-main.mjs';

/**
 * Reads a gold file: category<TAB>cards as a JSON array<TAB>expected (alternatives " | ").
 * @returns {Array<{line: number, category: string, cards: string[], expected: string}>}
 */
export function readGold(path) {
  const rows = [];
  readFileSync(path, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim() || text.startsWith('#')) return;
    const [category, cards, expected] = text.split('\t');
    rows.push({ line: i + 1, category, cards: JSON.parse(cards), expected });
  });
  return rows;
}

function percentile(sorted, q) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
}

/**
 * Runs the evaluation and returns the report (numbers, per category, failures).
 * @param {object} options {gold, engine, endpoint, model, style, apiKey, timeoutMs, limitMs, core}
 */
export async function evaluate(options) {
  const core = options.core || await loadBuiltCore();
  const rows = readGold(options.gold);
  const engine = options.engine || 'rules';
  const settings = {
    timeoutMs: options.timeoutMs || 8000,
    endpoint: { kind: 'custom', baseUrl: options.endpoint, model: options.model || '', style: options.style },
    apiKey: options.apiKey,
  };
  const totals = { rows: 0, exact: 0, particles: [0, 0], conjugations: [0, 0] };
  const model = { asked: 0, valid: 0, shown: 0, fellBack: 0, codes: {}, latencies: [] };
  const categories = {};
  const failures = [];

  for (const row of rows) {
    const cards = row.cards.map((label) => ({ label }));
    let rules;
    try {
      rules = core.complete(cards);
    } catch (error) {
      rules = null;
      failures.push({ ...row, got: `error: ${error.code}` });
    }
    let shown = rules;
    if (engine !== 'rules' && rules) {
      model.asked += 1;
      const started = performance.now();
      let answer = null;
      try {
        answer = await requestModel(cards, settings, { core, signal: AbortSignal.timeout(options.limitMs || 30000) });
        model.valid += 1;
      } catch (error) {
        model.codes[error.code] = (model.codes[error.code] || 0) + 1;
      }
      model.latencies.push(performance.now() - started);
      const decision = choose(engine, rules, answer);
      shown = decision.result;
      if (decision.source === 'model') model.shown += 1;
      else model.fellBack += 1;
    }
    const c = (categories[row.category] ||= { rows: 0, exact: 0 });
    c.rows += 1;
    totals.rows += 1;
    if (!shown) continue;
    const s = core.score({ cards, edits: shown.edits, expected: row.expected });
    totals.exact += s.exact ? 1 : 0;
    c.exact += s.exact ? 1 : 0;
    totals.particles[0] += s.particles.right;
    totals.particles[1] += s.particles.total;
    totals.conjugations[0] += s.conjugations.right;
    totals.conjugations[1] += s.conjugations.total;
    if (!s.exact) failures.push({ ...row, got: shown.sentence });
  }
  model.latencies.sort((a, b) => a - b);
  return { gold: options.gold, engine, totals, model: engine === 'rules' ? null : model, categories, failures };
}

const pct = (right, total) => (total ? `${((100 * right) / total).toFixed(1)}% (${right}/${total})` : '—');
const ms = (v) => (v === null ? '—' : `${Math.round(v)} ms`);

/** The report as the Markdown the README quotes. */
export function formatReport(report) {
  const { totals, model } = report;
  const lines = [
    `Gold set ${report.gold.replace(`${root}/`, '')}: ${totals.rows} rows; engine: ${report.engine}`,
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
    lines.push(`| sentences shown from the rules instead (fallback) | ${pct(model.fellBack, model.asked)} |`);
    lines.push(`| model latency p50 / p95 / max | ${ms(percentile(l, 0.5))} / ${ms(percentile(l, 0.95))} / ${ms(l.at(-1) ?? null)} |`);
    const codes = Object.entries(model.codes).map(([k, v]) => `${k} ${v}`).join(', ');
    if (codes) lines.push(`| why answers were rejected | ${codes} |`);
  }
  lines.push('', '| category | exact |', '|---|---|');
  for (const [name, c] of Object.entries(report.categories).sort()) lines.push(`| ${name} | ${pct(c.exact, c.rows)} |`);
  return lines.join('\n');
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
    },
  });
  if (!['rules', 'model', 'auto'].includes(values.engine)) throw new Error('--engine is rules, model or auto');
  if (values.engine !== 'rules' && !values.endpoint) throw new Error('--engine model and auto need --endpoint');
  const report = await evaluate({
    gold: values.gold,
    engine: values.engine,
    endpoint: values.endpoint,
    model: values.model,
    style: values.style,
    apiKey: values['key-env'] ? process.env[values['key-env']] : undefined,
    timeoutMs: Number(values.timeout),
    limitMs: Number(values.limit),
  });
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(formatReport(report));
  if (values.failures) {
    console.log('\nRows that do not match:');
    for (const f of report.failures) console.log(`  line ${f.line} [${f.category}] ${JSON.stringify(f.cards)} → ${f.got}  (want: ${f.expected})`);
  }
}

if (isMain(import.meta.url)) {
  main().catch((error) => {
    console.error(`eval: ${error.message}`);
    process.exit(2);
  });
}
