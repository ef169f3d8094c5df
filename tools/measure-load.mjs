#!/usr/bin/env node
// Measures how fast the app becomes usable in headless Chromium, as it is and with the CPU throttled
// (a school tablet is several times slower than a development machine): navigation → a usable board
// (data-ready, the first page's cards drawn and the engine completing a sentence, on the next frame),
// cold (empty cache, no service worker) and warm (a second visit, service worker in control), and the
// bytes a cold load transfers. Prints numbers; asserts nothing.
//
//   node tools/measure-load.mjs [--runs 3] [--throttle 1,4] [--root web] [--compare dir] [--trace]
//
// --trace also records one cold and one warm load per throttle rate with Chromium's tracing and its
// sampling profiler and prints where the main thread's time went up to the usable board: HTML parse,
// script compile and evaluation (by file), wasm compile, style and layout, paint, pictures, GC, and
// the app's own spans (performance.measure "malmoi:…": deck, board, engine).
// --root serves another web folder; --compare serves a second one beside it (e.g. a built copy of an
// older commit) and interleaves the runs, so both see the same conditions (this machine is shared:
// compare runs taken side by side, not runs taken an hour apart).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './server/serve.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    throttle: { type: 'string', default: '1,4' },
    root: { type: 'string' },
    compare: { type: 'string' },
    trace: { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 3);
const rates = values.throttle.split(',').map(Number).filter((r) => r >= 1);
const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const roots = [values.root ? resolve(values.root) : WEB, ...(values.compare ? [resolve(values.compare)] : [])];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run'];

/**
 * One load's times (ms after navigation start) as watchLoad records them, and what coldAndWarm adds:
 * a traced load's trace, and whether the service worker controlled the page.
 * @typedef {{ready?: number, engine?: number, pictures?: number, usable?: number, domContentLoaded?: number,
 *   load?: number, trace?: Awaited<ReturnType<typeof stopTrace>>, controlled?: boolean}} LoadTimes
 * @typedef {Window & {__load?: Promise<LoadTimes>}} LoadWindow  the page, with watchLoad's promise
 */

/**
 * Runs in the page before the app: waits frame by frame for a usable board, then records the times
 * (ms after navigation start) in window.__load and as the performance mark "malmoi:usable".
 * ready: data-ready and the first page's cards in the DOM; engine: the core completes a sentence;
 * pictures: every picture of the first page (board, grammar row, tabs) drawn; usable: the frame
 * after ready and engine both hold.
 */
function watchLoad() {
  const times = {};
  let engineAsked = false;
  /** @type {LoadWindow} */ (window).__load = new Promise((resolve) => {
    const frame = () => {
      const now = performance.now();
      if (times.ready === undefined && document.documentElement.dataset.ready === 'true' && document.querySelector('#board button.card')) {
        times.ready = now;
      }
      if (times.ready !== undefined && !engineAsked) {
        engineAsked = true;
        const ask = async () => {
          const { loadCore } = await import(new URL('./core.js', document.baseURI).href);
          for (;;) {
            try {
              (await loadCore()).complete([{ label: '사과' }, { label: '먹다' }]);
              times.engine = performance.now();
              return;
            } catch {
              await new Promise((r) => setTimeout(r, 5));
            }
          }
        };
        ask();
      }
      // Every picture of the first page drawn: symbols are inline <svg> once drawn (symbols.js), a
      // teacher's photo an <img>.
      const images = [.../** @type {NodeListOf<HTMLImageElement>} */ (document.querySelectorAll('#board img, #pinned img, #tabs img'))];
      const drawing = document.querySelector('#board [data-symbol], #pinned [data-symbol], #tabs [data-symbol]');
      const drawn = document.querySelector('#board svg, #pinned svg, #tabs svg') || images.length;
      if (times.pictures === undefined && times.ready !== undefined && drawn && !drawing && images.every((img) => img.complete)) {
        times.pictures = now;
      }
      if (times.ready !== undefined && times.engine !== undefined && times.usable === undefined) {
        times.usable = now;
        performance.mark('malmoi:usable');
      }
      if (times.usable !== undefined && times.pictures !== undefined) {
        const nav = /** @type {PerformanceNavigationTiming|undefined} */ (performance.getEntriesByType('navigation')[0]);
        resolve({ ...times, domContentLoaded: nav?.domContentLoadedEventEnd, load: nav?.loadEventEnd });
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function openPage(context, rate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, cdp };
}

async function load(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(() => /** @type {LoadWindow} */ (window).__load);
}

/**
 * A fresh context (cold), its first visit and, once the service worker controls it, a second (warm).
 * @param {import('playwright-core').Browser} browser @param {{url: string}} server @param {number} rate
 * @param {{trace?: boolean}} [options]
 */
async function coldAndWarm(browser, server, rate, { trace } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'allow' });
  await context.addInitScript(watchLoad);
  try {
    const first = await openPage(context, rate);
    await first.cdp.send('Network.enable');
    const transfer = { bytes: 0, requests: 0, byType: {} };
    first.cdp.on('Network.loadingFinished', (event) => { transfer.bytes += event.encodedDataLength; transfer.requests += 1; });
    first.cdp.on('Network.responseReceived', (event) => { transfer.byType[event.type] = (transfer.byType[event.type] || 0) + 1; });
    const coldTrace = trace ? await startTrace(browser, first) : null;
    const cold = await load(first.page, `${server.url}/`);
    const transferred = { ...transfer, byType: { ...transfer.byType } };
    if (coldTrace) cold.trace = await stopTrace(browser, first);
    // The service worker finishes precaching and takes control; the second visit is the warm one.
    await first.page.evaluate(() => navigator.serviceWorker.ready);
    await first.page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    const second = await openPage(context, rate);
    const warmTrace = trace ? await startTrace(browser, second) : null;
    const warm = await load(second.page, `${server.url}/`);
    if (warmTrace) warm.trace = await stopTrace(browser, second);
    warm.controlled = await second.page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    return { cold, warm, transferred };
  } finally {
    await context.close();
  }
}

// ——— tracing: where the main thread's time goes

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink',
  'blink.user_timing', 'loading', 'disabled-by-default-v8.compile', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'];

async function startTrace(browser, { page, cdp }) {
  await browser.startTracing(page, { categories: CATEGORIES });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return true;
}

async function stopTrace(browser, { page, cdp }) {
  const { profile } = await cdp.send('Profiler.stop');
  const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
  const spans = await page.evaluate(() => performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('malmoi:')).map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })));
  return { events, profile, spans };
}

/** Trace event names by what they are. @type {Array<[string, RegExp]>} */
const GROUPS = [
  ['HTML parse', /^ParseHTML$/],
  ['script compile', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.Compile.*|v8\.produceModuleCache)$/],
  ['wasm compile', /wasm/i],
  ['style and layout', /^(UpdateLayoutTree|RecalculateStyles|Layout|ParseAuthorStyleSheet|InvalidateLayout|UpdateLayerTree|PrePaint|HitTest|ScheduleStyleRecalculation|StyleInvalidator.*|LayoutShift)$/],
  ['paint', /^(Paint|PaintImage|Layerize|Commit|CompositeLayers|UpdateLayer|PaintSetup|RasterTask|Decode.*Image.*|ImageDecodeTask|Decode LazyPixelRef)$/],
  ['GC', /GC|Gc|garbage/],
  ['script evaluation', /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.run|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|v8\.callFunction|V8\.Execute|v8\.callModuleMethod.*|FireIdleCallback|XHRReadyStateChange|ResourceReceivedData|ResourceFinish)$/],
];

/** Self time of each main-thread event, grouped, from navigation start to the usable mark. */
function breakdown({ events, profile, spans }) {
  const usable = events.find((e) => e.name === 'malmoi:usable');
  const pid = usable.pid;
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name' && e.pid === pid).map((e) => [e.tid, e.args.name]));
  const tid = [...threadNames].find(([, name]) => name === 'CrRendererMain')?.[0];
  // The app's own navigation (not the about:blank a new page starts with), the last one before usable.
  const navigation = events.filter((e) => e.pid === pid && e.name === 'navigationStart' && e.ts <= usable.ts &&
    /^http/.test(e.args?.data?.documentLoaderURL || '')).sort((a, b) => a.ts - b.ts).at(-1);
  const from = navigation ? navigation.ts : Math.min(...events.filter((e) => e.pid === pid && e.tid === tid && e.ts > 0).map((e) => e.ts));
  const to = usable.ts;
  // Complete events ('X') and begin/end pairs on the main thread, clipped to the window.
  const slices = [];
  const open = [];
  for (const e of events.filter((x) => x.pid === pid && x.tid === tid).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur) slices.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) slices.push({ name: b.name, start: b.ts, end: e.ts });
    }
  }
  const inside = slices.map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) })).filter((s) => s.end > s.start);
  inside.sort((a, b) => a.start - b.start || b.end - a.end);
  const self = new Map();
  const stack = [];
  let busy = 0;
  const add = (name, us) => self.set(name, (self.get(name) || 0) + us);
  for (const s of inside) {
    while (stack.length && stack.at(-1).end <= s.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.name, -(Math.min(s.end, parent.end) - s.start));
    else busy += s.end - s.start;
    add(s.name, s.end - s.start);
    stack.push(s);
  }
  const groups = new Map([...GROUPS.map(([label]) => /** @type {[string, number]} */ ([label, 0])), ['other', 0]]);
  const others = new Map();
  for (const [name, us] of self) {
    const group = GROUPS.find(([, re]) => re.test(name))?.[0];
    if (group) groups.set(group, groups.get(group) + us);
    else {
      groups.set('other', groups.get('other') + us);
      others.set(name, (others.get(name) || 0) + us);
    }
  }
  // The sampling profiler's self time by file, for the script evaluation above.
  const byFile = new Map();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const next = i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : 0;
    const node = nodes.get(id);
    const url = node.callFrame.url;
    let file = url ? url.replace(/^.*\/\/[^/]+\//, '') || 'index.html' : node.callFrame.functionName || '(native)';
    if (node.callFrame.functionName.startsWith('wasm-function') || url.startsWith('wasm://')) file = 'malmoi-core.wasm (running)';
    if (file === '(idle)' || file === '(program)') return;
    byFile.set(file, (byFile.get(file) || 0) + next);
  });
  const ms = (us) => us / 1000;
  return {
    window: ms(to - from),
    busy: ms(busy),
    groups: [...groups].map(([label, us]) => [label, ms(us)]),
    others: [...others].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => [name, ms(us)]),
    files: [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, us]) => [name, ms(us)]),
    spans,
  };
}

function printBreakdown(label, b) {
  const f = (n) => `${n.toFixed(0)} ms`;
  console.log(`\n  ${label}: usable at ${f(b.window)}; main thread busy ${f(b.busy)} of it`);
  console.log(`    ${b.groups.filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${f(v)}`).join(', ')}`);
  console.log(`    other, largest: ${b.others.map(([k, v]) => `${k} ${f(v)}`).join(', ')}`);
  console.log(`    JavaScript self time by file (sampling profiler): ${b.files.map(([k, v]) => `${k} ${f(v)}`).join(', ')}`);
  if (b.spans.length) console.log(`    the app's spans: ${b.spans.map((s) => `${s.name.slice(7)} ${f(s.start)}→${f(s.start + s.duration)}`).join(', ')}`);
}

// ——— run

// A running server has compressed its start-up files long before the first visitor; so has this one.
const servers = await Promise.all(roots.map((root) => startServer({ port: 0, root, log: () => {}, warm: true })));
await Promise.all(servers.map((server) => server.warmed));
const browser = await chromium.launch({ executablePath: process.env.MALMOI_CHROMIUM || '/usr/bin/chromium', args: ARGS });
const results = roots.map(() => new Map(rates.map((rate) => [rate, { cold: [], warm: [], transferred: null, traces: null }])));
try {
  // Rates and folders interleaved run by run, so a busy moment on this shared machine does not land
  // on one of them.
  for (let i = 0; i < runs; i += 1) {
    for (const rate of rates) {
      for (const [n, server] of servers.entries()) {
        const { cold, warm, transferred } = await coldAndWarm(browser, server, rate);
        const r = results[n].get(rate);
        r.cold.push(cold);
        r.warm.push(warm);
        r.transferred ??= transferred;
      }
    }
  }
  if (values.trace) {
    for (const rate of rates) {
      for (const [n, server] of servers.entries()) {
        const { cold, warm } = await coldAndWarm(browser, server, rate, { trace: true });
        results[n].get(rate).traces = { cold: breakdown(cold.trace), warm: breakdown(warm.trace) };
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const median = (list, key) => {
  const sorted = list.map((x) => x[key]).filter((v) => v !== undefined).sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};
const [load1, load5] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
for (const [n, root] of roots.entries()) {
  console.log(`${n ? '\n' : ''}Malmoi load, headless Chromium, 1024×768, ${root === WEB ? 'web/' : root}, ` +
    `local server, ${runs} run(s), medians (machine load average ${load1} / ${load5}):`);
  console.log('| visit | CPU | usable board | pictures shown | engine ready | DOMContentLoaded |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const [rate, r] of results[n]) {
    for (const kind of ['cold', 'warm']) {
      const list = r[kind];
      console.log(`| ${kind} | ${rate === 1 ? 'as is' : `${rate}× slower`} | ${median(list, 'usable')} ms | ${median(list, 'pictures')} ms | ` +
        `${median(list, 'engine')} ms | ${median(list, 'domContentLoaded')} ms |`);
    }
  }
  const { transferred } = results[n].get(rates[0]);
  console.log(`\n  cold load transferred ${(transferred.bytes / 1024).toFixed(1)} KiB in ${transferred.requests} responses until usable ` +
    `(${Object.entries(transferred.byType).map(([k, v]) => `${k} ${v}`).join(', ')}), plus the service worker's precache in the background`);
  const precache = JSON.parse(readFileSync(`${root}/gen/precache.js`, 'utf8').replace(/^[\s\S]*?= /, '').replace(/;\s*$/, ''));
  const precacheBytes = precache.files.filter((f) => f !== './').reduce((sum, f) => sum + statSync(`${root}/${f}`).size, 0);
  console.log(`  service worker precache: ${precache.files.length} files, ${(precacheBytes / 1024).toFixed(0)} KiB uncompressed ` +
    `(wasm ${(statSync(`${root}/gen/malmoi-core.wasm`).size / 1024).toFixed(0)} KiB)`);
  if (values.trace) {
    console.log('\nWhere the main thread\'s time went, navigation start → usable board (one traced load each; tracing adds its own cost):');
    for (const [rate, r] of results[n]) {
      printBreakdown(`cold, ${rate === 1 ? 'CPU as is' : `CPU ${rate}× slower`}`, r.traces.cold);
      printBreakdown(`warm, ${rate === 1 ? 'CPU as is' : `CPU ${rate}× slower`}`, r.traces.warm);
    }
  }
}
