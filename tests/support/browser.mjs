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
