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
