// The browser tests' own helper: Chromium and the app server for the length of a test file. The
// rest (launching, opening the app, tapping cards) is tools/browser.mjs, which the measuring tools use too.
import { after, before } from 'node:test';
import { launchBrowser, startApp } from '../../tools/browser.mjs';

export * from '../../tools/browser.mjs';

/**
 * For a test file: starts Chromium and the app server before its tests and closes both after.
 * The returned object's `browser` and `app` are set once the tests run.
 * @param {object} [config] as for startApp
 * @returns {{browser: import('playwright-core').Browser, app: {url: string, close: Function}}}
 */
export function useApp(config = {}) {
  const session = { browser: null, app: null };
  before(async () => {
    session.browser = await launchBrowser();
    session.app = await startApp(config);
  });
  after(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}

/**
 * How many pictures `locator` shows once its symbols are drawn (symbols are inline <svg> that
 * arrive after the card, web/symbols.js; a teacher's photo is an <img>).
 * @param {import('playwright-core').Locator} locator
 */
export async function drawnPictures(locator) {
  await locator.page().waitForFunction((elements) => elements.every((e) => !e.querySelector('[data-symbol]')),
    await locator.elementHandles());
  return locator.locator(':is(.card-picture, .phrase-picture, .said-picture, .suggestion-picture, .word-picture, .chip-picture, .tab-picture, .item-picture, .print-picture, .print-title-picture, .symbol-picture) > :is(svg, img)').count();
}

/**
 * The box ([x, y, width, height], to 0.1 px) of every element `selector` finds, once the tap's flash
 * has run: it starts the frame after the tap's sentence is drawn (web/view.js pulse), so the page
 * first waits that long, then for every animation to end. Keys are the element's card id, id or
 * test id, after its index when `indexed` (two cards may share an id across the board and the row).
 * @param {import('playwright-core').Page} page @param {string} selector @param {boolean} [indexed]
 * @returns {Promise<Record<string, number[]>>}
 */
export function settledBoxes(page, selector, indexed = false) {
  return page.evaluate(async ([sel, withIndex]) => {
    const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await afterFrame();
    await afterFrame();
    await Promise.all(document.getAnimations().map((a) => a.finished));
    const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 10) / 10); };
    return Object.fromEntries([...document.querySelectorAll(sel)].map((el, i) => {
      const key = el.dataset.cardId || el.id || el.dataset.testid || el.className;
      return [withIndex ? `${i}:${key}` : key, box(el)];
    }));
  }, [selector, indexed]);
}
