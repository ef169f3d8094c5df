#!/usr/bin/env node
// Measures how fast the app becomes usable in headless Chromium, and what a first visit costs:
// navigation → a usable board (cards drawn, engine answering), cold (empty cache, no service worker)
// and warm (a second visit, service worker in control), and the bytes transferred on the cold load.
// Prints numbers; asserts nothing.   node tools/measure-load.mjs [--runs 3]
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './server/serve.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 3);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run'];

/** Navigation start → board drawn and the engine completing a sentence, as the page measures it. */
async function timeToUsable(page, url) {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#board button.card img');
  await page.waitForFunction(async () => {
    const { loadCore } = await import(/** @type {string} */ ('./core.js'));
    try {
      (await loadCore()).complete([{ label: '사과' }, { label: '먹다' }]);
      return true;
    } catch {
      return false;
    }
  }, null, { polling: 20 });
  const wall = Date.now() - started;
  const nav = await page.evaluate(() => {
    const entry = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd, now: performance.now() };
  });
  return { wall, ...nav };
}

const server = await startServer({ port: 0, log: () => {} });
const browser = await chromium.launch({ executablePath: process.env.MALMOI_CHROMIUM || '/usr/bin/chromium', args: ARGS });
const cold = [];
const warm = [];
let coldBytes = null;
try {
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    const byType = {};
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    cdp.on('Network.responseReceived', (event) => {
      byType[event.type] = (byType[event.type] || 0) + 1;
    });
    const first = await timeToUsable(page, `${server.url}/`);
    await page.waitForTimeout(300);
    cold.push(first);
    if (i === 0) coldBytes = { bytes, requests, byType };
    // The service worker finishes precaching; the second visit is the warm one.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller) || true);
    const second = await context.newPage();
    warm.push(await timeToUsable(second, `${server.url}/`));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (list, key) => {
  const sorted = list.map((x) => x[key]).sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};
console.log(`Malmoi load, headless Chromium, 1024×768, local server, ${runs} run(s), medians:`);
console.log(`  cold (first visit):  usable board in ${median(cold, 'now')} ms after navigation start ` +
  `(DOMContentLoaded ${median(cold, 'domContentLoaded')} ms, load ${median(cold, 'load')} ms)`);
console.log(`  warm (second visit): usable board in ${median(warm, 'now')} ms ` +
  `(DOMContentLoaded ${median(warm, 'domContentLoaded')} ms, load ${median(warm, 'load')} ms)`);
console.log(`  cold load transferred ${(coldBytes.bytes / 1024).toFixed(1)} KiB in ${coldBytes.requests} responses ` +
  `until usable, plus the service worker's precache in the background`);
const web = fileURLToPath(new URL('../web/', import.meta.url));
const precache = JSON.parse(readFileSync(`${web}gen/precache.js`, 'utf8').replace(/^[\s\S]*?= /, '').replace(/;\s*$/, ''));
const precacheBytes = precache.files.filter((f) => f !== './').reduce((sum, f) => sum + statSync(`${web}${f}`).size, 0);
console.log(`  service worker precache: ${precache.files.length} files, ${(precacheBytes / 1024).toFixed(0)} KiB uncompressed ` +
  `(wasm ${(statSync(`${web}gen/malmoi-core.wasm`).size / 1024).toFixed(0)} KiB)`);
console.log(`  responses by type: ${Object.entries(coldBytes.byType).map(([k, v]) => `${k} ${v}`).join(', ')}`);
