#!/usr/bin/env node
// Measures the time from a child's tap to the sentence shown, in each mode, in headless Chromium
// against the app's own server and proxy with a local OpenAI-compatible test server behind it
// (answering at once, as a fast model would: what is measured is Malmoi's own path). Prints the
// median and 95th percentile; asserts nothing.
//   node tools/measure-modes.mjs [--trials 20] [--throttle 1] [--root web]
// --throttle N slows the page's CPU N times (Chromium's CPU throttling), as on a cheap tablet;
// --root serves another web folder (a built copy of an older commit, to compare).
//
// Timing is taken in the page, from the tap's click event to two moments: a MutationObserver seeing
// the sentence (rules) or the AI badge's "done" state (model) appear, and the sentence on screen.
// A sentence drawn in the tap's own handler is on screen at the click's next paint, which the Event
// Timing API measures (in steps of 8 ms; a click under 16 ms has no entry and counts as 16); a later
// sentence (the model's) counts from the start of the frame that draws it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server/serve.mjs';
import { launchBrowser, openApp, startApp, tapCards, waitEngine } from './browser.mjs';
import { startFakeOpenAI } from './server/fake-openai.mjs';
import { loadBuiltCore } from './built.mjs';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '20' }, throttle: { type: 'string', default: '1' }, root: { type: 'string' } } });
const rate = Math.max(1, Number(values.throttle) || 1);
const trials = Math.max(3, Number(values.trials) || 20);

// Pairs of cards from the default deck; each trial uses a new pair, so no answer is remembered.
const NOUNS = ['사과', '밥', '빵', '과자', '김밥', '라면', '떡', '계란', '고기', '생선', '김치', '국', '우유', '주스', '물'];
const pairs = NOUNS.flatMap((n) => [[n, '먹다'], [n, '보다'], [n, '사다']]).slice(0, trials);

const core = await loadBuiltCore();
const fake = await startFakeOpenAI({ answer: (cards) => core.complete(cards.map((label) => ({ label }))).edits });
const config = { baseUrl: fake.url, model: 'fake-model', rate: 100000, burst: 100000 };
const app = values.root ? await startServer({ port: 0, root: resolve(values.root), config, log: () => {} }) : await startApp(config);
const browser = await launchBrowser();

/** Taps all but the last card, then times the last tap until `waitFor` holds in the page. */
async function timeTap(page, labels, waitFor) {
  if (await page.getByTestId('clear').isEnabled()) await page.getByTestId('clear').click();
  await tapCards(page, labels.slice(0, -1));
  await page.waitForTimeout(400); // let any request for the first card settle
  await page.evaluate((condition) => {
    /** @type {any} */ (window).__tap = new Promise((resolve) => {
      let start = null;
      let stamp = 0;
      let sameTask = false;
      /** @type {PerformanceEntry[]} */
      const clicks = [];
      const events = new PerformanceObserver((list) => clicks.push(...list.getEntries().filter((e) => e.name === 'click')));
      events.observe(/** @type {any} */ ({ type: 'event', durationThreshold: 16 }));
      const check = () => {
        const sentence = document.querySelector('[data-testid="sentence"]')?.textContent.trim() || '';
        const engine = /** @type {HTMLElement|null} */ (document.querySelector('[data-testid="engine"]'));
        const ready = condition === 'model'
          ? engine?.dataset.engine === 'model' && engine?.dataset.state === 'done' && sentence.includes(' ')
          : sentence.includes(' ');
        if (start !== null && ready) {
          observer.disconnect();
          const dom = performance.now() - start;
          const inTap = sameTask;
          // On screen: for a sentence drawn in the tap's own handler, the Event Timing API's
          // duration of the click (to the next paint after it, in steps of 8 ms; no entry under
          // 16 ms); for a later sentence, the start of the frame that draws it.
          requestAnimationFrame(() => {
            const frame = performance.now() - start;
            setTimeout(() => {
              const event = clicks.find((e) => Math.abs(e.startTime - stamp) < 1);
              events.disconnect();
              resolve({ dom, frame: inTap ? (event ? event.duration : 16) : frame });
            }, 100);
          });
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const onClick = (event) => {
        if (!(/** @type {Element} */ (event.target)).closest('button.card')) return; // a tab switch is not the tap
        document.removeEventListener('click', onClick, true);
        start = performance.now();
        stamp = event.timeStamp;
        queueMicrotask(check);
        setTimeout(() => { sameTask = false; });
        sameTask = true;
      };
      document.addEventListener('click', onClick, true);
    });
  }, waitFor);
  await tapCards(page, labels.slice(-1));
  return page.evaluate(() => /** @type {any} */ (window).__tap);
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  return `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms (n=${sorted.length})`;
};

try {
  const results = {};
  for (const [mode, waitFor] of [['rules', 'rules'], ['auto', 'rules'], ['auto', 'model'], ['model', 'model']]) {
    const { context, page } = await openApp(browser, app.url, { settings: { mode } });
    if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await waitEngine(page);
    const times = [];
    for (const pair of pairs) times.push(await timeTap(page, pair, waitFor));
    const what = `${mode} → ${waitFor === 'model' ? 'validated model sentence' : 'first sentence (rules)'}`;
    results[`${what}, in the page`] = stats(times.map((t) => t.dom));
    results[`${what}, on screen (its frame drawn)`] = stats(times.map((t) => t.frame));
    await context.close();
  }
  console.log(`Tap to shown sentence, headless Chromium 1024×768${rate > 1 ? `, CPU ${rate}× slower` : ''}, app server + proxy + local test upstream, ${trials} taps each:`);
  for (const [what, line] of Object.entries(results)) console.log(`  ${what}: ${line}`);
  console.log('  (model and auto wait 250 ms after the last tap before asking, so fast taps cost one request)');
} finally {
  await browser.close();
  await app.close();
  await fake.close();
}
