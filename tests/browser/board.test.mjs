// The child's board in a real browser at tablet and phone sizes: cards are buttons named by their
// label, taps build 사과를 먹어요 with the rule engine, and the speak button hands it to speech in ko-KR.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, tapCards, useApp, VIEWPORTS, waitEngine } from '../support/browser.mjs';

const session = useApp();

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`board at ${viewport.width}×${viewport.height} (${name})`, () => {
    test('tapping 사과 then 먹다 shows 사과를 먹어요 and speaks it in Korean', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport });
      try {
        await waitEngine(page);
        await page.getByRole('tab', { name: '음식' }).click();
        await page.getByRole('button', { name: '사과', exact: true }).click();
        await page.getByRole('tab', { name: '동작' }).click();
        await page.getByRole('button', { name: '먹다', exact: true }).click();

        const sentence = page.getByTestId('sentence');
        await assert.doesNotReject(sentence.filter({ hasText: '사과를 먹어요' }).waitFor());
        assert.equal((await sentence.textContent()).trim(), '사과를 먹어요');
        assert.equal(await sentence.getAttribute('aria-live'), 'polite');
        assert.equal(await page.getByTestId('strip').locator('li').count(), 2);
        assert.equal(await page.getByTestId('engine').getAttribute('data-engine'), 'rules');

        await page.getByTestId('speak').click();
        const spoken = await page.evaluate(() => window.__spoken);
        assert.deepEqual(spoken.at(-1), { text: '사과를 먹어요', lang: 'ko-KR', rate: spoken.at(-1).rate });
        // Speak-on-tap said each word as it was tapped.
        assert.deepEqual(spoken.slice(0, 2).map((u) => u.text), ['사과', '먹다']);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('every card is at least 48 px and nothing overflows the screen sideways', async () => {
      const { context, page } = await openApp(session.browser, session.app.url, { viewport });
      try {
        const sizes = await page.evaluate(() => [...document.querySelectorAll('button')]
          .filter((b) => b.offsetParent !== null)
          .map((b) => { const r = b.getBoundingClientRect(); return { name: b.textContent.trim() || b.getAttribute('aria-label'), w: r.width, h: r.height }; }));
        const small = sizes.filter((s) => s.w < 47.5 || s.h < 47.5);
        assert.deepEqual(small, []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      } finally {
        await context.close();
      }
    });
  });
}

test('undo removes the last card, clear removes all; the cards stay buttons named by their label', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await waitEngine(page);
    await tapCards(page, ['화장실', '가다', '싶다']);
    const sentence = page.getByTestId('sentence');
    await sentence.filter({ hasText: '화장실에 가고 싶어요' }).waitFor();
    await page.getByTestId('undo').click();
    await sentence.filter({ hasText: '화장실에 가요' }).waitFor();
    await page.getByTestId('clear').click();
    assert.equal((await sentence.textContent()).trim(), '');
    assert.equal(await page.getByTestId('strip').locator('li').count(), 0);
    // Every card on the page is a <button> whose accessible name is exactly its label.
    const names = await page.locator('#board button.card').evaluateAll((buttons) =>
      buttons.map((b) => [b.querySelector('.card-label').textContent, b.textContent.trim(), b.querySelector('img')?.alt ?? '']));
    for (const [label, text, alt] of names) {
      assert.equal(text, label);
      assert.equal(alt, '');
    }
  } finally {
    await context.close();
  }
});

test('the teacher button does not open on a tap, and the OpenMoji credit is in the 정보 panel', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    // A tap is a short press: what it does is show the hint; waiting for that is waiting for the tap
    // to have been handled, and the teacher area must still be closed.
    await page.getByTestId('teacher').click();
    await page.locator('#teacher-hint').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('teacher-area').isVisible(), false);
    await page.getByRole('button', { name: '정보' }).click();
    const credit = page.getByTestId('openmoji-credit');
    assert.equal((await credit.textContent()).trim(), 'OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0');
  } finally {
    await context.close();
  }
});

test('scanning steps through rows and the switch chooses a card', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await waitEngine(page);
    await page.evaluate(async () => {
      const { openStore } = await import('./store.js');
      const store = await openStore();
      await store.saveSettings({ scan: { enabled: true, mode: 'linear', intervalMs: 60000 } });
    });
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    const switchButton = page.getByTestId('switch');
    await switchButton.waitFor();
    // Linear scanning, first item highlighted; with nothing on the strip it is the first grammar card.
    const first = page.locator('.scan-item');
    assert.equal(await first.count(), 1);
    const label = await first.locator('.card-label').textContent();
    await page.keyboard.press('Space');
    await page.getByTestId('strip').locator('li').first().waitFor();
    assert.equal((await page.getByTestId('strip').textContent()).trim(), label);
  } finally {
    await context.close();
  }
});
