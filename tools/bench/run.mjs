// Measures what the README reports: particle attachments, conjugations and 3-to-5-card sentences
// per second, natively and in wasm under Node (batches through web/core.js, as the app calls it),
// es-hangul's josa() on the same particle inputs in the same run, and the gzipped size of the wasm
// module and its JS glue. Prints what it measured; asserts nothing.
//   node tools/bench/run.mjs [--ms 1000]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { josa } from 'es-hangul';
import { gluePath, loadBuiltCore, root, wasmPath } from '../../tests/support/build.mjs';
import { WASM_BUDGET_BYTES, gzippedSizes } from '../wasm-size.mjs';

const msArg = process.argv.indexOf('--ms');
const ms = msArg > 0 ? Number(process.argv[msArg + 1]) : 1000;
const benchPath = join(root, 'build', 'malmoi_bench');

function native(args) {
  const result = spawnSync(benchPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${benchPath} failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

/** Calls `fn` repeatedly for at least `ms` and returns items per second. */
function rate(fn, itemsPerCall) {
  fn(); // warm up
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < ms) {
    fn();
    calls += 1;
  }
  return (calls * itemsPerCall) / ((performance.now() - start) / 1000);
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');

const workload = native(['--workload']);
const nat = native([String(ms)]);
const core = await loadBuiltCore();
const batchJson = Object.fromEntries(Object.entries(workload).map(([k, v]) => [k, JSON.stringify(v)]));
const wasm = {
  particle: rate(() => core.raw('particle', batchJson.particle), workload.particle.length),
  conjugate: rate(() => core.raw('conjugate', batchJson.conjugate), workload.conjugate.length),
  complete: rate(() => core.raw('complete', batchJson.complete), workload.complete.length),
};

// es-hangul takes a pair written "A/B"; run it on the workload's pairs.
const pairs = workload.particle.filter((r) => r.particle.includes('/') && !r.particle.startsWith('('));
const esRate = rate(() => { for (const r of pairs) josa(r.word, r.particle); }, pairs.length);
const ours = JSON.parse(core.raw('particle', JSON.stringify(pairs))).value;
const differ = pairs.filter((r, i) => ours[i].ok && josa(r.word, r.particle) !== ours[i].value.text);

const { wasm: wasmGz, glue: glueGz } = gzippedSizes(wasmPath, gluePath);

console.log(`Node ${process.version}, ${ms} ms per measurement, ${workload.particle.length} particle inputs, ` +
  `${workload.conjugate.length} verbs, ${workload.complete.length} sentences of 3 to 5 cards\n`);
console.log('| per second | native, direct | native, JSON batch | wasm in Node, JSON batch | es-hangul josa() |');
console.log('|---|---:|---:|---:|---:|');
console.log(`| particle attachments | ${fmt(nat.particles_per_second)} | ${fmt(nat.particles_per_second_json_batch)} | ${fmt(wasm.particle)} | ${fmt(esRate)} |`);
console.log(`| conjugations | ${fmt(nat.conjugations_per_second)} | ${fmt(nat.conjugations_per_second_json_batch)} | ${fmt(wasm.conjugate)} | — |`);
console.log(`| sentences (3–5 cards) | ${fmt(nat.sentences_per_second)} | ${fmt(nat.sentences_per_second_json_batch)} | ${fmt(wasm.complete)} | — |`);
// One example per word where the two differ.
const byWord = new Map();
for (const r of differ) if (!byWord.has(r.word)) byWord.set(r.word, r);
console.log(`\nes-hangul and Malmoi attach differently in ${differ.length} of ${pairs.length} "A/B" inputs, ` +
  `on these words: ` + [...byWord.values()].map((r) => `${r.word}+${r.particle} → es-hangul ${josa(r.word, r.particle)}, ` +
  `Malmoi ${ours[pairs.indexOf(r)].value.text}`).join('; '));
console.log(`\nwasm ${fmt(wasmGz)} B + JS glue ${fmt(glueGz)} B gzipped = ${fmt(wasmGz + glueGz)} B (${wasmGz + glueGz <= WASM_BUDGET_BYTES ? 'under' : 'OVER'} the ${WASM_BUDGET_BYTES / 1024} KB budget: ${((wasmGz + glueGz) / 1024).toFixed(1)} KB)`);
