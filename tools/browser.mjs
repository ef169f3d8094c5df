// Driving the app in a real browser, for the browser tests and the measuring tools alike: headless
// Chromium through playwright-core, the app served in-process by tools/server/serve.mjs, a stub for
// speech, and the teacher lock's long press.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './server/serve.mjs';

export const CHROMIUM_PATH = process.env.MALMOI_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** The sizes the app is checked at: two tablet orientations and a phone. */
export const VIEWPORTS = {
  tabletLandscape: { width: 1024, height: 768 },
  tabletPortrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};

/** Launches Chromium the one way that works here (no downloaded browsers). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Starts the Malmoi server on an ephemeral port; `config` as for startServer (e.g. a fake model).
 * @param {object} [config]
 */
export function startApp(config = {}) {
  return startServer({ port: 0, config, log: () => {} });
}

/**
 * Replaces speechSynthesis.speak in every page of the context by a recorder: window.__spoken holds
 * {text, lang, rate} for each utterance handed to speech.
 */
export async function stubSpeech(context) {
  await context.addInitScript(() => {
    const page = /** @type {any} */ (window);
    page.__spoken = [];
    if (!window.speechSynthesis) return;
    Object.defineProperty(window.speechSynthesis, 'speak', {
      configurable: true,
      value: (utterance) => page.__spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate }),
    });
  });
}

/**
 * A new context and page at the app, waiting until the board is drawn.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{viewport?: {width: number, height: number}, serviceWorkers?: 'allow'|'block', settings?: object}} [options]
 *   settings: stored through the app's own store.js before the app starts (as a teacher would have)
 */
export async function openApp(browser, url, { viewport = VIEWPORTS.tabletLandscape, serviceWorkers = 'block', settings } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers, locale: 'ko-KR' });
  await stubSpeech(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  if (settings) {
    // Any page of the same origin will do to write the app's IndexedDB before the app first runs.
    await page.goto(`${url}/manifest.webmanifest`);
    await page.evaluate(async (values) => {
      const { openStore } = await import(/** @type {string} */ ('/store.js'));
      await (await openStore()).saveSettings(values);
    }, settings);
  }
  await page.goto(`${url}/`);
  await waitReady(page);
  return { context, page, errors };
}

/** Waits for app.js to finish starting (deck drawn, handlers bound). */
export async function waitReady(page) {
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#board button.card');
}

/** Waits until the engine has loaded (the rule engine answers, not the plain fallback). */
export async function waitEngine(page) {
  await page.waitForFunction(async () => {
    const { loadCore } = await import(/** @type {string} */ ('./core.js'));
    try {
      const core = await loadCore();
      core.complete([{ label: '사과' }]);
      return true;
    } catch {
      return false;
    }
  });
}

const defaultDeck = JSON.parse(readFileSync(new URL('../web/deck/default.json', import.meta.url), 'utf8'));

/**
 * The board card with this label in the active category, turning pages with 다음 쪽 until it is on
 * the page (an empty locator when the category has no such card).
 * @param {import('playwright-core').Page} page @param {string} label
 */
export async function cardOnPages(page, label) {
  const card = () => page.locator('#board button.card')
    .filter({ has: page.locator('.card-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();
  const next = page.getByTestId('page-next');
  while (!(await card().count()) && (await next.isEnabled())) await next.click();
  return card();
}

/**
 * Taps the cards with these labels, switching category tabs and pages as needed (the grammar row, the
 * current page, the card's tab in the default deck, then each tab in turn).
 * @param {import('playwright-core').Page} page @param {string[]} labels
 */
export async function tapCards(page, labels) {
  for (const label of labels) {
    const card = (scope) => scope.locator('button.card').filter({ has: page.locator('.card-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) }).first();
    let target = card(page.locator('#pinned'));
    if (!(await target.count())) target = card(page.locator('#board'));
    const home = defaultDeck.cards.find((c) => c.label === label && !defaultDeck.categories.find((k) => k.id === c.category)?.pinned);
    if (!(await target.count()) && home && (await page.locator(`#tab-${home.category}`).count())) {
      await page.locator(`#tab-${home.category}`).click();
      target = await cardOnPages(page, label);
    }
    if (!(await target.count())) {
      for (const tab of await page.locator('#tabs [role="tab"]').all()) {
        await tab.click();
        target = await cardOnPages(page, label);
        if (await target.count()) break;
      }
    }
    await target.click();
  }
}

/** Presses and holds `locator` for `ms` (the teacher lock opens after 2 s). */
export async function longPress(page, locator, ms = 2150) {
  const box = await locator.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

/** Opens the teacher area through its lock. */
export async function openTeacher(page) {
  await longPress(page, page.getByTestId('teacher'));
  await page.getByTestId('teacher-area').waitFor({ state: 'visible' });
}

/**
 * Writes settings through the app's own store module, then reloads so the app starts with them.
 * @param {import('playwright-core').Page} page @param {object} patch
 */
export async function seedSettings(page, patch) {
  await page.evaluate(async (values) => {
    const { openStore } = await import(/** @type {string} */ ('./store.js'));
    const store = await openStore();
    await store.saveSettings({ ...((await store.getSettings()) || {}), ...values });
  }, patch);
  await page.reload();
  await waitReady(page);
}

/** The deck as the app keeps it in IndexedDB (undefined before a teacher changes anything). */
export function storedDeck(page) {
  return page.evaluate(async () => {
    const { openStore } = await import(/** @type {string} */ ('./store.js'));
    return (await openStore()).getDeck();
  });
}

/** The sentence's text once it equals `expected` (or the last text seen when it does not). */
export async function sentenceText(page) {
  return (await page.getByTestId('sentence').textContent()).trim();
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
