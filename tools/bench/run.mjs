// Measures what the README reports: particle attachments, conjugations and 3-to-5-card sentences
// per second, natively and in wasm under Node (batches through web/core.js, as the app calls it),
// es-hangul's josa() on the same particle inputs, and the gzipped size of the wasm module (there is
// no JS glue: web/core.js instantiates it). Prints what it measured; asserts nothing.
//
// Rates are per second of CPU time (a shared machine descheduling the benchmark would otherwise
// be measured too). The native and es-hangul particle rates are measured in alternating rounds on
// the same "A/B" inputs, and the best round of each is reported, so both meet the same machine.
//   node tools/bench/run.mjs [--ms 1000] [--rounds 5]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { josa } from 'es-hangul';
import { loadBuiltCore, root, wasmPath } from '../built.mjs';
import { WASM_BUDGET_BYTES, gzippedSize } from '../wasm-size.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ms = option('--ms', 1000);
const rounds = option('--rounds', 5);
const benchPath = join(root, 'build', 'malmoi_bench');

function native(args) {
  const result = spawnSync(benchPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${benchPath} failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

const cpuMicros = (since) => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

/**
 * Calls `fn` repeatedly for at least `ms` of CPU time and returns items per CPU second: the steady
 * state. It first warms up for a quarter of that (at least 300 ms), because process CPU time counts
 * V8's background threads too, which compile the wasm module's hot functions again, optimised, in
 * the first few hundred milliseconds of calls (a single warm-up call left that in the measurement).
 */
function rate(fn, itemsPerCall, budget = ms) {
  const warm = process.cpuUsage();
  while (cpuMicros(warm) < Math.max(300, budget / 4) * 1000) fn();
  const start = process.cpuUsage();
  let calls = 0;
  let used = 0;
  while (used < budget * 1000) {
    fn();
    calls += 1;
    used = cpuMicros(start);
  }
  return (calls * itemsPerCall) / (used / 1e6);
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

const workload = native(['--workload']);
const pairs = workload.pairs;

// Particles: native and es-hangul in alternating rounds, best of each.
const particleRounds = [];
for (let r = 0; r < rounds; r += 1) {
  const n = native(['--particles', String(ms)]);
  const es = rate(() => { for (const p of pairs) josa(p.word, p.particle); }, pairs.length);
  particleRounds.push({ all: n.particles_per_second, pairs: n.pairs_per_second, es });
}
const best = (key) => Math.max(...particleRounds.map((round) => round[key]));
const ratios = particleRounds.map((round) => round.pairs / round.es).sort((a, b) => a - b);
const medianRatio = ratios[Math.floor(ratios.length / 2)];

const nat = native([String(ms)]);
const core = await loadBuiltCore();
const batchJson = Object.fromEntries(Object.entries(workload).map(([k, v]) => [k, JSON.stringify(v)]));
const wasm = {
  particle: rate(() => core.raw('particle', batchJson.particle), workload.particle.length),
  conjugate: rate(() => core.raw('conjugate', batchJson.conjugate), workload.conjugate.length),
  complete: rate(() => core.raw('complete', batchJson.complete), workload.complete.length),
};
const ours = JSON.parse(core.raw('particle', JSON.stringify(pairs))).value;
const differ = pairs.filter((p, i) => ours[i].ok && josa(p.word, p.particle) !== ours[i].value.text);

const wasmGz = gzippedSize(wasmPath);

console.log(`Node ${process.version}, ${ms} ms of CPU time per measurement, ${workload.particle.length} particle inputs ` +
  `(${pairs.length} of them "A/B" pairs), ${workload.conjugate.length} verbs, ${workload.complete.length} sentences of 3 to 5 cards\n`);
console.log(`Particle attachments per CPU second, best of ${rounds} alternating rounds on the ${pairs.length} "A/B" inputs:`);
console.log(`  native attach(): ${fmt(best('pairs'))}   es-hangul josa(): ${fmt(best('es'))}   ` +
  `native is ${(best('pairs') / best('es')).toFixed(2)}× es-hangul`);
console.log(`  rounds (native / es-hangul): ` + particleRounds.map((r) => `${fmt(r.pairs)} / ${fmt(r.es)}`).join(', '));
console.log(`  native ÷ es-hangul within each round: ` + ratios.map((r) => r.toFixed(2)).join(', ') +
  ` (median ${medianRatio.toFixed(2)})\n`);
console.log('| per CPU second | native, direct | native, JSON batch | wasm in Node, JSON batch |');
console.log('|---|---:|---:|---:|');
console.log(`| particle attachments (all ${workload.particle.length} inputs) | ${fmt(best('all'))} | ${fmt(nat.particles_per_second_json_batch)} | ${fmt(wasm.particle)} |`);
console.log(`| conjugations | ${fmt(nat.conjugations_per_second)} | ${fmt(nat.conjugations_per_second_json_batch)} | ${fmt(wasm.conjugate)} |`);
console.log(`| sentences (3–5 cards) | ${fmt(nat.sentences_per_second)} | ${fmt(nat.sentences_per_second_json_batch)} | ${fmt(wasm.complete)} |`);
// One example per word where the two differ.
const byWord = new Map();
for (const p of differ) if (!byWord.has(p.word)) byWord.set(p.word, p);
console.log(`\nes-hangul and Malmoi attach differently in ${differ.length} of ${pairs.length} "A/B" inputs, ` +
  `on these words: ` + [...byWord.values()].map((p) => `${p.word}+${p.particle} → es-hangul ${josa(p.word, p.particle)}, ` +
  `Malmoi ${ours[pairs.indexOf(p)].value.text}`).join('; '));
console.log(`\nwasm ${fmt(wasmGz)} B gzipped (${wasmGz <= WASM_BUDGET_BYTES ? 'under' : 'OVER'} the ${WASM_BUDGET_BYTES / 1024} KB budget: ${(wasmGz / 1024).toFixed(1)} KB)`);
