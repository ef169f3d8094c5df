#!/usr/bin/env node
// What the engine costs before the first sentence, in Node (V8, as in Chromium): compiling the wasm
// module, instantiating it, and the first calls (which read the embedded tables: the lexicon, the
// stem table, the readings) against a later call. Each sample is a fresh process, so nothing is
// compiled or loaded yet; CPU time is the process's own (this machine is shared, so wall time says
// more about the neighbours). Prints medians; asserts nothing.
//   node tools/bench/engine-start.mjs [--runs 7] [--wasm path/to/malmoi-core.wasm]
//   node tools/bench/engine-start.mjs --browser [--runs 5] [--throttle 1,4] [--root web] [--compare dir]
// --wasm measures another build of the module.
// --browser measures the same in headless Chromium, as the app loads it (web/core.js, streaming
// compile), each sample in a fresh browser context with the CPU throttled by each rate: loadCore()
// (fetch, compile, instantiate), the first complete() (the tables read, the code it runs compiled)
// and a second. --root serves another web folder, --compare a second one, interleaved with the first.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { root, wasmPath } from '../built.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' }, wasm: { type: 'string' }, child: { type: 'boolean' }, browser: { type: 'boolean' },
    throttle: { type: 'string', default: '1,4' }, root: { type: 'string' }, compare: { type: 'string' },
  },
});
const wasm = values.wasm || wasmPath;

if (values.browser) {
  await inBrowser();
} else if (values.child) {
  const bytes = readFileSync(wasm);
  const { startModule } = await import(pathToFileURL(`${root}/web/core.js`).href);
  const out = {};
  const step = async (name, fn) => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const value = await fn();
    const used = process.cpuUsage(cpu);
    out[name] = { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
    return value;
  };
  const compiled = await step('compile', () => WebAssembly.compile(bytes));
  const calls = await step('instantiate', () => startModule(compiled));
  const call = (name, request) => calls[name](JSON.stringify(request));
  await step('first complete', () => call('complete', { cards: [{ label: '사과' }, { label: '먹다' }] }));
  await step('second complete', () => call('complete', { cards: [{ label: '우유' }, { label: '마시다' }, { label: '싶다' }] }));
  await step('first words', () => call('words', { typed: '사' }));
  await step('first hints', () => call('hints', { after: { label: '사과' }, candidates: [{ label: '먹다' }, { label: '학교' }] }));
  process.stdout.write(JSON.stringify(out));
} else {
  const runs = Math.max(1, Number(values.runs) || 7);
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--wasm', wasm], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    samples.push(JSON.parse(result.stdout));
  }
  const median = (name, key) => {
    const sorted = samples.map((s) => s[name][key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  console.log(`Engine start-up in Node ${process.version}, ${wasm.replace(/^.*\/(web|tmp)\//, '$1/')}, ` +
    `${runs} fresh processes, medians (machine load average ${load1}):`);
  console.log('| step | CPU time | wall time |');
  console.log('|---|---:|---:|');
  for (const name of Object.keys(samples[0])) {
    console.log(`| ${name} | ${median(name, 'cpu').toFixed(1)} ms | ${median(name, 'wall').toFixed(1)} ms |`);
  }
}

/** The engine's start in headless Chromium, as the app loads it; prints medians per root and rate. */
async function inBrowser() {
  const { launchBrowser } = await import('../browser.mjs');
  const { startServer } = await import('../server/serve.mjs');
  const { relative, resolve } = await import('node:path');
  const runs = Math.max(1, Number(values.runs) || 5);
  const rates = values.throttle.split(',').map(Number).filter((r) => r >= 1);
  const roots = [values.root ? resolve(values.root) : fileURLToPath(new URL('../../web/', import.meta.url)),
    ...(values.compare ? [resolve(values.compare)] : [])];
  const servers = await Promise.all(roots.map((root) => startServer({ port: 0, root, config: {}, log: () => {}, warm: true })));
  await Promise.all(servers.map((server) => server.warmed));
  const browser = await launchBrowser();
  /** @type {Record<string, {load: number, first: number, second: number}[]>} */
  const samples = {};
  try {
    for (const rate of rates) {
      for (let run = 0; run < runs; run += 1) {
        for (const [i, server] of servers.entries()) {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          const base = `${server.url}/`;
          await page.goto(`${base}manifest.webmanifest`);
          const times = await page.evaluate(async (url) => {
            const start = performance.now();
            const { loadCore } = await import(`${url}core.js`);
            const core = await loadCore();
            const loaded = performance.now();
            core.complete([{ label: '사과' }, { label: '먹다' }]);
            const first = performance.now();
            core.complete([{ label: '우유' }, { label: '마시다' }, { label: '싶다' }]);
            return { load: loaded - start, first: first - loaded, second: performance.now() - first };
          }, base);
          (samples[`${roots[i]}|${rate}`] ??= []).push(times);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  const median = (list, key) => list.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const [load1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  console.log(`Engine start-up in headless Chromium, ${runs} fresh contexts each, medians (machine load average ${load1}):`);
  console.log('| web folder | CPU | loadCore() | first complete | second complete |');
  console.log('|---|---|---:|---:|---:|');
  for (const root of roots) {
    for (const rate of rates) {
      const list = samples[`${root}|${rate}`];
      console.log(`| ${relative(process.cwd(), root) || '.'} | ${rate === 1 ? 'as is' : `${rate}× slower`} | ` +
        `${median(list, 'load').toFixed(0)} ms | ${median(list, 'first').toFixed(0)} ms | ${median(list, 'second').toFixed(1)} ms |`);
    }
  }
}
