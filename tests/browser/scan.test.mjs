// One-switch scanning (issue 17), with the page's clock under the test's control: the presses and
// steps one fixed sentence (사과를 먹어요) costs in both modes, the first item of a chosen row
// highlighted at once, switch presses that never reach the teacher button, and readable text under
// every highlight.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTeacher, stubSpeech, useApp, VIEWPORTS, waitReady } from '../support/browser.mjs';

const session = useApp();
const INTERVAL = 1000;

/** A page with scanning on in `mode`, its timers driven by page.clock. */
async function openScanning(mode, viewport = VIEWPORTS.tabletLandscape, extra = {}) {
  const context = await session.browser.newContext({ viewport, serviceWorkers: 'block', locale: 'ko-KR' });
  await stubSpeech(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${session.app.url}/manifest.webmanifest`);
  await page.evaluate(async (values) => (await (await import('/store.js')).openStore()).saveSettings(values), {
    scan: { enabled: true, mode, intervalMs: INTERVAL }, speech: { onTap: false, rate: 0.9, voiceURI: '' }, ...extra,
  });
  // The page's time stands still except when the test lets an interval pass.
  const start = new Date('2025-03-03T09:00:00+09:00');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1000));
  await page.goto(`${session.app.url}/`);
  await waitReady(page);
  await page.locator('.scan-row, .scan-item').first().waitFor();
  return { context, page, errors };
}

/** What is highlighted now: the row's items or the one item, by name. */
function highlighted(page) {
  return page.evaluate(() => {
    const name = (el) => el.querySelector('.card-label, .tab-label')?.textContent || el.getAttribute('aria-label') || el.textContent.trim();
    return { row: [...document.querySelectorAll('.scan-row')].map(name), item: [...document.querySelectorAll('.scan-item')].map(name) };
  });
}

/**
 * The scanning order the README promises, read from the page (not from scan.js): the enabled
 * sentence tools, the grammar row, the tabs, each row of the board's page, the enabled page buttons.
 * Each row: its elements' ids (a card's id for a card) and whether it is a row of the board.
 */
function rowsOnScreen(page) {
  return page.evaluate(() => {
    const usable = (list) => [...list].filter((b) => !b.disabled);
    const groups = [usable(document.querySelectorAll('.controls button')), [...document.querySelectorAll('#pinned button')],
      [...document.querySelectorAll('#tabs button')]];
    const rows = {};
    for (const card of document.querySelectorAll('#board button.card')) (rows[card.dataset.row] ||= []).push(card);
    groups.push(...Object.keys(rows).sort((a, b) => a - b).map((k) => rows[k]));
    groups.push(usable(document.querySelectorAll('#pager button')));
    return groups.filter((g) => g.length).map((g) => ({ ids: g.map((el) => el.id || el.dataset.cardId), board: Boolean(g[0].closest('#board')) }));
  });
}

/**
 * Builds 사과를 먹어요 with the switch alone: presses Space when the goal (its tab, the page button,
 * then the card) is highlighted, otherwise lets one interval pass. Counts presses and steps, and the
 * steps the promised order allows: a row's first item is highlighted as soon as the row is chosen,
 * and after a tab or a page button scanning starts at the board's first row.
 */
async function buildWithSwitch(page, mode) {
  const goals = [['food', 'apple'], ['action', 'eat']];
  let presses = 0;
  let steps = 0;
  let expected = 0;
  let fromBoard = false; // after a tab or a page button, scanning starts at the board's first row
  for (const [category, card] of goals) {
    for (let guard = 0; guard < 200; guard += 1) {
      const goal = await page.evaluate(({ category, card }) => {
        if (document.querySelector(`#board [data-card-id="${card}"]`)) return card;
        const tab = document.getElementById(`tab-${category}`);
        return tab.getAttribute('aria-selected') === 'true' ? 'page-next' : `tab-${category}`;
      }, { category, card });
      // The steps to the goal from where scanning starts: the top, or the board after a tab or page.
      const rows = await rowsOnScreen(page);
      const groups = rows.map((row) => row.ids);
      const start = fromBoard ? rows.findIndex((row) => row.board) : 0;
      const g = groups.findIndex((row) => row.includes(goal));
      const flat = groups.flat().indexOf(goal) - groups.slice(0, start).flat().length;
      expected += mode === 'linear' ? flat : g - start + groups[g].indexOf(goal);
      fromBoard = goal.startsWith('tab-') || goal === 'page-next';
      if (process.env.SCAN_DEBUG) console.log(goal, { g, flat, steps, expected, groups: groups.map((r) => r.length) });
      // Walk there with the switch.
      for (;;) {
        const at = await page.evaluate((id) => {
          const el = document.getElementById(id) || document.querySelector(`#board [data-card-id="${id}"]`);
          return el.classList.contains('scan-item') ? 'item' : el.classList.contains('scan-row') ? 'row' : '';
        }, goal);
        if (at === 'item' || (at === 'row' && groups[g].length === 1)) {
          await page.keyboard.press('Space');
          presses += 1;
          break;
        }
        if (at === 'row') {
          await page.keyboard.press('Space');
          presses += 1;
          continue;
        }
        await page.clock.runFor(INTERVAL);
        steps += 1;
      }
      if (goal === card) break;
    }
  }
  return { presses, steps, expected };
}

/** Lets intervals pass until the highlighted row holds `name`. */
async function untilRow(page, name) {
  for (let i = 0; i < 20 && !(await highlighted(page)).row.includes(name); i += 1) await page.clock.runFor(INTERVAL);
  assert.ok((await highlighted(page)).row.includes(name), name);
}

describe('사과를 먹어요 with one switch', () => {
  for (const mode of ['rowcol', 'linear']) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      test(`${mode} at ${viewport.width}×${viewport.height}: presses and steps as the order promises`, async () => {
        const { context, page, errors } = await openScanning(mode, viewport);
        try {
          const { presses, steps, expected } = await buildWithSwitch(page, mode);
          await page.getByTestId('sentence').filter({ hasText: '사과를 먹어요' }).waitFor();
          console.log(`scan ${mode} ${name}: ${presses} presses, ${steps} steps (${steps * 1.5} s at the default 1.5 s a step)`);
          assert.equal(steps, expected, 'every row starts at its first item, nothing skipped');
          // Row-column: a row then an item for each tab and card; linear: one press each.
          assert.equal(presses, mode === 'linear' ? 4 : 8);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

test('row-column: the first item of a chosen row is highlighted as soon as the row is chosen', async () => {
  const { context, page } = await openScanning('rowcol');
  try {
    // With an empty strip the first row is the grammar row.
    assert.deepEqual((await highlighted(page)).row, ['싶다', '주다', '안', '?', '어제']);
    await page.keyboard.press('Space');
    assert.deepEqual(await highlighted(page), { row: [], item: ['싶다'] });
    await page.clock.runFor(INTERVAL);
    assert.deepEqual(await highlighted(page), { row: [], item: ['주다'] });
    // 주다 chosen: scanning starts again at the top, the sentence tools now first.
    await page.keyboard.press('Space');
    await page.getByTestId('strip').locator('li').first().waitFor();
    assert.deepEqual((await highlighted(page)).row, ['말하기', '하나 지우기', '모두 지우기']);
    await page.clock.runFor(INTERVAL); // the grammar row
    await page.clock.runFor(INTERVAL); // the tabs: the first tab at once when chosen
    assert.equal((await highlighted(page)).row[0], '자주 쓰는 말');
    await page.keyboard.press('Space');
    assert.deepEqual((await highlighted(page)).item, ['자주 쓰는 말']);
  } finally {
    await context.close();
  }
});

test('after a tab or 다음 쪽, scanning starts at the first row of the new page of cards', async () => {
  const { context, page } = await openScanning('rowcol');
  try {
    const firstRow = () => page.locator('#board button.card[data-row="0"]').evaluateAll((cards) => cards.map((c) => c.textContent));
    // The tabs row, its items, then 동작 (the sixth tab).
    await untilRow(page, '자주 쓰는 말');
    await page.keyboard.press('Space');
    await page.clock.runFor(INTERVAL * 5);
    assert.deepEqual((await highlighted(page)).item, ['동작']);
    await page.keyboard.press('Space');
    assert.deepEqual((await highlighted(page)).row, await firstRow());
    assert.equal((await highlighted(page)).row[0], '먹다');
    // Down the page to the page buttons: 다음 쪽 alone in its row, one press turns the page.
    await untilRow(page, '다음 쪽');
    await page.keyboard.press('Space');
    assert.match(await page.getByTestId('page-indicator').textContent(), /2 \/ 2쪽/);
    assert.deepEqual((await highlighted(page)).row, await firstRow());
    assert.equal((await highlighted(page)).row[0], '닦다');
  } finally {
    await context.close();
  }
});

test('a tab or card chosen by touch while scanning: the highlight stays in place and the switch still works', async () => {
  const { context, page } = await openScanning('rowcol');
  try {
    assert.deepEqual((await highlighted(page)).row, ['싶다', '주다', '안', '?', '어제']);
    await page.getByRole('tab', { name: '동작' }).click();
    assert.deepEqual((await highlighted(page)).row, ['싶다', '주다', '안', '?', '어제'], 'the grammar row, drawn again, is still marked');
    await page.keyboard.press('Space');
    assert.deepEqual((await highlighted(page)).item, ['싶다']);
    await page.getByRole('button', { name: '먹다', exact: true }).click();
    await page.getByTestId('strip').locator('li').first().waitFor();
    // The sentence tools now come first, but the marked item is still 싶다.
    assert.deepEqual((await highlighted(page)).item, ['싶다'], 'the same item after the strip changed');
  } finally {
    await context.close();
  }
});

test('switch presses never reach the teacher button: no hint, no hold', async () => {
  const { context, page } = await openScanning('rowcol');
  try {
    const teacherButton = page.getByTestId('teacher');
    // Focus left on 선생님 (the case): Space and Enter only press the switch.
    await teacherButton.focus();
    assert.deepEqual((await highlighted(page)).item, []);
    await page.keyboard.press('Space');
    assert.deepEqual((await highlighted(page)).item, ['싶다'], 'Space chose the grammar row');
    await page.keyboard.press('Enter');
    await page.getByTestId('strip').locator('li').first().waitFor();
    assert.equal(await page.getByTestId('strip').textContent(), '싶다', 'Enter chose 싶다');
    assert.equal(await page.locator('#teacher-hint').isVisible(), false);
    // A 2.6 s hold of the switch key on 선생님 does not open the teacher area: it is one press.
    await teacherButton.focus();
    await page.keyboard.down('Space');
    // One press: the first item of the sentence tools (a lone 싶다 says 하고 싶어요, so 말하기 is on).
    assert.deepEqual((await highlighted(page)).item, ['말하기'], 'the hold pressed the switch once');
    await page.clock.runFor(2600);
    await page.keyboard.up('Space');
    assert.equal(await page.getByTestId('teacher-area').isVisible(), false);
    assert.equal(await page.locator('#teacher-hint').isVisible(), false);
    assert.equal(await page.locator('.scan-item, .scan-row').count() > 0, true, 'scanning goes on');
  } finally {
    await context.close();
  }
});

test('after the teacher area closes with scanning on, focus is off 선생님 and Space is the switch', async () => {
  const context = await session.browser.newContext({ viewport: VIEWPORTS.tabletLandscape, serviceWorkers: 'block', locale: 'ko-KR' });
  await stubSpeech(context);
  const page = await context.newPage();
  try {
    await page.goto(`${session.app.url}/`);
    await waitReady(page);
    await openTeacher(page);
    await page.getByRole('tab', { name: '말하기·화면' }).click();
    await page.getByTestId('scan-enabled').check();
    await page.locator('#scan-speed').fill('5');
    await page.getByTestId('display-save').click();
    await page.locator('#display-saved').filter({ hasText: '저장했어요.' }).waitFor();
    await page.getByTestId('teacher-close').click();
    await page.locator('.scan-item, .scan-row').first().waitFor();
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'teacher-open');
    await page.keyboard.press('Space');
    await page.locator('.scan-item').first().waitFor();
    assert.equal(await page.locator('#teacher-hint').isVisible(), false);
  } finally {
    await context.close();
  }
});

/** WCAG contrast of each text under the highlight against the colour actually behind it. */
function contrastsUnderHighlight(page) {
  return page.evaluate(() => {
    const rgb = (value) => value.match(/[\d.]+/g).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
        if (a > 0) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const out = [];
    for (const marked of document.querySelectorAll('.scan-row, .scan-item')) {
      const texts = [...marked.querySelectorAll('*'), marked].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
      for (const el of texts) {
        const fg = lum(rgb(getComputedStyle(el).color));
        const bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        out.push({ text: el.textContent.trim(), ratio: Math.round(ratio * 100) / 100 });
      }
    }
    return out;
  });
}

test('every text under a row or item highlight keeps at least 4.5:1', async () => {
  const { context, page } = await openScanning('rowcol');
  try {
    // 동작 (two pages, so 다음 쪽 works) and a word on the strip, which enables the sentence tools
    // (the white-on-blue 말하기 among them).
    await page.getByRole('tab', { name: '동작' }).click();
    await page.getByRole('button', { name: '먹다', exact: true }).click();
    await page.getByTestId('speak').and(page.locator(':enabled')).waitFor();
    const seen = [];
    // Every row in turn, once round.
    await untilRow(page, '말하기');
    for (let row = 0; row < 9; row += 1) {
      seen.push(...await contrastsUnderHighlight(page));
      await page.clock.runFor(INTERVAL);
    }
    // Items: 말하기; then each tab, the selected one (white on blue) among them.
    await untilRow(page, '말하기');
    await page.keyboard.press('Space');
    seen.push(...await contrastsUnderHighlight(page));
    await untilRow(page, '자주 쓰는 말');
    await page.keyboard.press('Space');
    for (let tab = 0; tab < 12; tab += 1) {
      seen.push(...await contrastsUnderHighlight(page));
      await page.clock.runFor(INTERVAL);
    }
    const texts = new Set(seen.map((s) => s.text));
    if (process.env.SCAN_DEBUG) console.log([...texts]);
    for (const text of ['말하기', '동작', '사람', '싶다', '먹다', '다음 쪽']) assert.ok(texts.has(text), `${text} was checked`);
    assert.ok(seen.filter((s) => s.text === '동작').length >= 2, 'the selected tab, under the row and the item highlight');
    assert.deepEqual(seen.filter((s) => s.ratio < 4.5), []);
  } finally {
    await context.close();
  }
});
