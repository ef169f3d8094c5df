// The board never moves (issue 12): at tablet and phone sizes every card, grammar card and tab keeps
// its box whatever the child taps; every category and card is in reach without scrolling, through
// fixed pages; the teacher's grid, the repeat-tap guard, the empty prompt and the paper board.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, openTeacher, settledBoxes, tapCards, useApp, VIEWPORTS, waitEngine, waitReady } from '../support/browser.mjs';

const defaultDeck = JSON.parse(readFileSync(new URL('../../web/deck/default.json', import.meta.url), 'utf8'));

const session = useApp();
const QUIET = { speech: { onTap: false, rate: 0.9, voiceURI: '' } };
const NO_GUARD = { ...QUIET, board: { rows: 0, cols: 0, repeatMs: 0 } };

/** Every card, grammar card and tab, the sentence area and the strip, with its box once the tap's flash has run. */
function boxes(page) {
  return settledBoxes(page, '#board button.card, #pinned button.card, #tabs button, #pager button, .message, #sentence-box, [data-testid="strip"]', true);
}

/** Taps the board's own cards (the active page) until `count` are on the strip. */
async function tapOnPage(page, count) {
  const cards = page.locator('#board button.card');
  const n = await cards.count();
  while ((await page.getByTestId('strip').locator('li').count()) < count) {
    const at = await page.getByTestId('strip').locator('li').count();
    await cards.nth(at % n).click();
  }
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`at ${viewport.width}×${viewport.height} (${name})`, () => {
    test('tapping 1, 5 and 12 cards and a long sentence leave every card, tab and the sentence area where they were', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport, settings: NO_GUARD });
      try {
        await waitEngine(page);
        const empty = await boxes(page);
        for (const count of [1, 5, 12]) {
          await tapOnPage(page, count);
          await page.getByTestId('sentence').filter({ hasText: /\S/ }).waitFor();
          assert.deepEqual(await boxes(page), empty, `${count} cards`);
        }
        // A long real sentence built across categories, then back to the first tab.
        await page.getByTestId('clear').click();
        await tapCards(page, ['어제', '나', '친구', '같이', '학교', '가다', '싶다', '엄마', '사과', '먹다', '안', '?']);
        await page.getByTestId('sentence').filter({ hasText: '먹었어요?' }).waitFor();
        await page.getByRole('tab', { name: '자주 쓰는 말' }).click();
        assert.deepEqual(await boxes(page), empty, 'a long sentence');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('every tab and every card of the page is on screen with nothing to scroll; pages reach all 46 cards of 동작 once', async () => {
      const categories = defaultDeck.categories.filter((c) => !c.pinned).length;
      const { context, page } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        const reach = () => page.evaluate(() => {
          const inView = (el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5 && r.width > 0; };
          const board = document.getElementById('board');
          return {
            tabs: [...document.querySelectorAll('#tabs [role="tab"]')].filter(inView).length,
            cardsOut: [...board.querySelectorAll('button.card')].filter((c) => !inView(c)).map((c) => c.textContent),
            pageScroll: document.scrollingElement.scrollHeight - innerHeight,
            boardScroll: board.scrollHeight - board.clientHeight,
          };
        });
        assert.deepEqual(await reach(), { tabs: categories, cardsOut: [], pageScroll: 0, boardScroll: 0 });

        await page.getByRole('tab', { name: '동작' }).click();
        const grid = (await page.getByTestId('board').getAttribute('data-grid')).split('x').map(Number);
        const pages = Math.ceil(46 / (grid[0] * grid[1]));
        const seen = [];
        const cells = new Map();
        for (let n = 1; n <= pages; n += 1) {
          assert.match(await page.getByTestId('page-indicator').textContent(), new RegExp(`${n} / ${pages}쪽`));
          assert.equal(await page.getByTestId('page-prev').isDisabled(), n === 1);
          assert.equal(await page.getByTestId('page-next').isDisabled(), n === pages);
          assert.deepEqual((await reach()).cardsOut, []);
          for (const card of await page.locator('#board button.card').all()) {
            const label = await card.locator('.card-label').textContent();
            seen.push(label);
            cells.set(label, [n, await card.getAttribute('data-row'), await card.getAttribute('data-col'), await card.boundingBox()]);
          }
          if (n < pages) await page.getByTestId('page-next').click();
        }
        assert.equal(seen.length, 46);
        assert.equal(new Set(seen).size, 46);
        // Away and back: the category opens at its first page, and each card is in the same cell again.
        await page.getByRole('tab', { name: '음식' }).click();
        await page.getByRole('tab', { name: '동작' }).click();
        assert.match(await page.getByTestId('page-indicator').textContent(), new RegExp(`1 / ${pages}쪽`));
        for (let n = 1; n <= pages; n += 1) {
          for (const card of await page.locator('#board button.card').all()) {
            const label = await card.locator('.card-label').textContent();
            assert.deepEqual([n, await card.getAttribute('data-row'), await card.getAttribute('data-col'), await card.boundingBox()], cells.get(label), label);
          }
          if (n < pages) await page.getByTestId('page-next').click();
        }
      } finally {
        await context.close();
      }
    });
  });
}

test('the teacher picks the grid (3 × 4) and the repeat-tap time in 말하기·화면; both survive a reload', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    assert.equal(await page.getByTestId('board').getAttribute('data-grid'), '4x6');
    await openTeacher(page);
    await page.getByRole('tab', { name: '말하기·화면' }).click();
    assert.equal(await page.getByTestId('grid-auto').isChecked(), true);
    await page.getByTestId('grid-auto').uncheck();
    await page.getByTestId('grid-rows').selectOption('3');
    await page.getByTestId('grid-cols').selectOption('4');
    await page.getByTestId('repeat-ms').fill('600');
    await page.getByTestId('display-save').click();
    await page.locator('#display-saved').filter({ hasText: '저장했어요.' }).waitFor();
    await page.getByTestId('teacher-close').click();
    assert.equal(await page.getByTestId('board').getAttribute('data-grid'), '3x4');
    assert.equal(await page.locator('#board button.card').count(), 12);

    await page.reload();
    await waitReady(page);
    assert.equal(await page.getByTestId('board').getAttribute('data-grid'), '3x4');
    const settings = await page.evaluate(async () => (await (await import('./store.js')).openStore()).getSettings());
    assert.deepEqual(settings.board, { rows: 3, cols: 4, repeatMs: 600 });
  } finally {
    await context.close();
  }
});

test('a second tap on the same card within the guard time is ignored, by mouse and by a touch double tap', async () => {
  // The default guard (300 ms) against a mouse double click.
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await waitEngine(page);
    // The page counts the clicks that reach the board, so the check waits on the second click itself.
    await page.evaluate(() => {
      window.__clicks = 0;
      document.getElementById('board').addEventListener('click', () => { window.__clicks += 1; });
    });
    const strip = page.getByTestId('strip').locator('li');
    const water = page.getByRole('button', { name: '물', exact: true });
    await water.dblclick();
    await page.waitForFunction(() => window.__clicks === 2);
    assert.equal(await strip.count(), 1);
    // Another card is not held back by the guard.
    await page.getByRole('button', { name: '더', exact: true }).click();
    await strip.nth(1).waitFor();
    assert.equal(await strip.count(), 2);
  } finally {
    await context.close();
  }

  const touch = await session.browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
  try {
    const page = await touch.newPage();
    await page.goto(`${session.app.url}/manifest.webmanifest`);
    await page.evaluate(async (values) => (await (await import('/store.js')).openStore()).saveSettings(values),
      { ...QUIET, board: { rows: 0, cols: 0, repeatMs: 1500 } });
    await page.goto(`${session.app.url}/`);
    await waitReady(page);
    await page.evaluate(() => {
      window.__clicks = 0;
      document.getElementById('board').addEventListener('click', () => { window.__clicks += 1; });
    });
    const box = await page.getByRole('button', { name: '물', exact: true }).boundingBox();
    const started = Date.now();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__clicks === 2);
    assert.ok(Date.now() - started < 1500, 'both taps fell within the guard');
    assert.equal(await page.getByTestId('strip').locator('li').count(), 1, 'a touch double tap adds the card once');
  } finally {
    await touch.close();
  }
});

test('a lone grammar card is on the strip and the empty prompt is gone', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await waitEngine(page);
    assert.equal(await page.locator('#sentence-empty').isVisible(), true);
    for (const label of ['싶다', '?', '안', '주다', '어제']) {
      await tapCards(page, [label]);
      await page.getByTestId('strip').locator('li').first().waitFor();
      assert.equal(await page.locator('#sentence-empty').isVisible(), false, label);
      await page.getByTestId('clear').click();
      await page.locator('#sentence-empty').waitFor();
    }
  } finally {
    await context.close();
  }
});

test('print: one category or the whole board as A4 landscape sheets, the cards in their screen cells', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await openTeacher(page);
    await page.getByRole('tab', { name: '도구·정보' }).click();
    await page.getByTestId('print-category').selectOption({ label: '동작' });
    await page.getByTestId('print').click();
    await page.waitForFunction(() => window.__printed === 1);
    const sheets = page.locator('#print-sheet .print-page');
    assert.equal(await sheets.count(), 2); // 46 cards, 24 to a page
    assert.equal(await sheets.nth(0).locator('.print-grid .print-card').count(), 24);
    assert.equal(await sheets.nth(1).locator('.print-grid .print-card').count(), 22);
    assert.deepEqual(await sheets.nth(0).locator('.print-grammar .print-label').allTextContents(), ['싶다', '주다', '안', '?', '어제']);
    assert.match(await sheets.nth(1).locator('.print-head').textContent(), /동작.*2 \/ 2쪽/);
    // The 13th card of 동작 is in row 3, column 1 on paper as on screen.
    assert.deepEqual(await sheets.nth(0).locator('.print-grid .print-card').nth(12).evaluate((el) => [el.style.gridRow, el.style.gridColumn]), ['3', '1']);
    const images = await sheets.locator('img').evaluateAll((imgs) => imgs.filter((img) => !img.complete || !img.naturalWidth).length);
    assert.equal(images, 0, 'every picture is loaded before printing');
    assert.equal(await sheets.locator('[data-symbol]').count(), 0, 'every symbol is drawn before printing');
    assert.ok(await sheets.locator('.print-picture > svg').count() >= 40, 'the symbols are on the sheets');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#app').isVisible(), false);
    assert.equal(await sheets.first().isVisible(), true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 2);
    await page.emulateMedia({ media: 'screen' });

    await page.getByTestId('print-category').selectOption({ label: '모든 분류' });
    await page.getByTestId('print').click();
    await page.waitForFunction(() => window.__printed === 2);
    // The default deck's visible cards of each category, at 24 a page (the hidden 친구에게 card is not printed).
    const sheetsOf = defaultDeck.categories.filter((c) => !c.pinned)
      .map((c) => Math.max(1, Math.ceil(defaultDeck.cards.filter((card) => card.category === c.id && !card.hidden).length / 24)));
    assert.equal(await sheets.count(), sheetsOf.reduce((a, b) => a + b, 0));
  } finally {
    await context.close();
  }
});

test('the sentence is drawn at the largest size that fits its box, and the newest card on the strip is in view', async () => {
  for (const viewport of [VIEWPORTS.tabletLandscape, VIEWPORTS.phone]) {
    const { context, page } = await openApp(session.browser, session.app.url, { viewport, settings: NO_GUARD });
    try {
      await waitEngine(page);
      const shown = [];
      for (const [labels, last] of [[['사과', '먹다'], '먹어요'], [['엄마', '친구', '같이', '학교', '가다', '싶다'], '싶어요'],
        [['어제', '나', '친구', '같이', '학교', '가다', '싶다', '엄마', '사과', '먹다', '안', '?'], '먹었어요?']]) {
        if (await page.getByTestId('clear').isEnabled()) await page.getByTestId('clear').click();
        await tapCards(page, labels);
        await page.getByTestId('sentence').filter({ hasText: last }).waitFor();
        const fit = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
          const box = document.getElementById('sentence-box');
          const words = /** @type {HTMLElement} */ (document.querySelector('.sentence-words'));
          const max = parseFloat(getComputedStyle(box).getPropertyValue('--sentence-max'));
          const fits = () => words.scrollHeight <= box.clientHeight + 1 && words.scrollWidth <= words.clientWidth + 1;
          const size = parseFloat(words.style.fontSize);
          const fitsNow = fits();
          let fitsLarger = false;
          if (size < max) {
            words.style.fontSize = `${size + 1}px`;
            fitsLarger = fits();
            words.style.fontSize = `${size}px`;
          }
          const strip = document.querySelector('[data-testid="strip"]');
          resolve({ size, max, fitsNow, fitsLarger, compact: words.classList.contains('compact'),
            stripAtEnd: strip.scrollLeft + strip.clientWidth >= strip.scrollWidth - 1, chips: strip.children.length });
        }))));
        shown.push(fit.size);
        assert.equal(fit.fitsNow, true, `${labels.join(' ')} fits at ${fit.size}px`);
        assert.equal(fit.fitsLarger, false, `${labels.join(' ')}: ${fit.size + 1}px would fit too`);
        assert.equal(fit.stripAtEnd, true, `${labels.join(' ')}: the newest card is in view`);
        assert.equal(fit.chips, labels.length);
      }
      assert.ok(shown[0] >= shown[2], `a short sentence is drawn no smaller than a long one: ${shown}`);
    } finally {
      await context.close();
    }
  }
});
