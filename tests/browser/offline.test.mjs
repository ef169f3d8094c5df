// After one visit the service worker has everything: with the network off the app reloads, the
// engine loads from the cache and completes a sentence. Model and status answers are never cached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnPictures, stubSpeech, tapCards, useApp, waitEngine, waitReady } from '../support/browser.mjs';

const session = useApp();

test('the app reloads and completes sentences with the network off', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'allow' });
  await stubSpeech(context);
  const page = await context.newPage();
  try {
    await page.goto(`${session.app.url}/`);
    await waitReady(page);
    // The worker has installed (precached everything) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await waitReady(page);
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
    // The page's own request starts while the worker boots (navigation preload), and is what the
    // reload showed: the served page, not a stale copy.
    const preload = await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState());
    assert.equal(preload.enabled, true);
    const symbolsOnline = await drawnPictures(page.locator('#board'));
    assert.ok(symbolsOnline > 10, `${symbolsOnline} symbols on the first page`);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return keys.map((r) => new URL(r.url).pathname);
    });
    assert.ok(cached.includes('/gen/malmoi-core.wasm'), 'the engine is precached');
    assert.ok(cached.includes('/gen/vendor/openmoji/1F34E.svg'), 'the deck symbols are precached');
    assert.ok(!cached.some((p) => p.startsWith('/v1/') || p.startsWith('/api/')), 'no API answer is cached');

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    // Every symbol is drawn from the cache, as online: none fell back to a letter tile.
    assert.equal(await drawnPictures(page.locator('#board')), symbolsOnline);
    await waitEngine(page);
    await tapCards(page, ['사과', '먹다']);
    await page.getByTestId('sentence').filter({ hasText: '사과를 먹어요' }).waitFor();
    const broken = await page.evaluate(() => [...document.images].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src));
    assert.deepEqual(broken, []);

  } finally {
    await context.setOffline(false);
    await context.close();
  }
});
