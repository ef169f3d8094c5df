#!/usr/bin/env node
/**
 * Measures the latency the proxy adds: the fake upstream and the proxy on ephemeral ports, then N
 * sequential requests straight to the fake and N through the proxy (interleaved, so drift hits both),
 * after a warm-up. Prints median and p95 of each and the difference.
 *
 *   node tools/server/bench-proxy.mjs [--n 500] [--warmup 50]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startServer } from './serve.mjs';
import { startFakeOpenAI } from './fake-openai.mjs';
import { loadBuiltCore } from '../built.mjs';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '500' }, warmup: { type: 'string', default: '50' } },
});
const n = Number(values.n);
const warmup = Number(values.warmup);

// The request the app sends: the core's own text (the proxy accepts nothing else).
const core = await loadBuiltCore();
const body = core.prompt({ cards: ['사과', '먹다'], model: 'malmoi', style: 'compatible' }).body;

const fake = await startFakeOpenAI();
const proxy = await startServer({
  config: { apiKey: 'sk-bench', baseUrl: fake.url, model: 'bench-model', rate: 1e9, burst: 1e9 },
  log: () => {},
});

async function timed(url) {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return ms;
}

const targets = { direct: `${fake.url}/chat/completions`, proxied: `${proxy.url}/v1/chat/completions` };
const times = { direct: [], proxied: [] };
try {
  for (let i = 0; i < warmup; i++) {
    await timed(targets.direct);
    await timed(targets.proxied);
  }
  fake.reset();
  for (let i = 0; i < n; i++) {
    times.direct.push(await timed(targets.direct));
    times.proxied.push(await timed(targets.proxied));
  }
} finally {
  await proxy.close();
  await fake.close();
}

const quantile = (list, q) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const row = (name, list) => `${name.padEnd(8)} median ${quantile(list, 0.5).toFixed(3)} ms   p95 ${quantile(list, 0.95).toFixed(3)} ms`;
console.log(`Node ${process.version}, ${n} sequential requests each (after ${warmup} warm-up), loopback, keep-alive`);
console.log(row('direct', times.direct));
console.log(row('proxied', times.proxied));
console.log(`added    median ${(quantile(times.proxied, 0.5) - quantile(times.direct, 0.5)).toFixed(3)} ms   ` +
  `p95 ${(quantile(times.proxied, 0.95) - quantile(times.direct, 0.95)).toFixed(3)} ms`);
