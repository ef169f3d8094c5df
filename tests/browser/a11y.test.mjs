// Keyboard and assistive technology (issue 17): axe-core finds no WCAG 2.x A/AA violation on the
// board, in every teacher panel, in the card editor or on the particle page; the tabs follow the
// WAI-ARIA tabs pattern; focus never drops to the page; the landmarks, the live sentence and the
// grammar cards say what they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openApp, openTeacher, tapCards, useApp, VIEWPORTS, waitEngine } from '../support/browser.mjs';

const session = useApp();
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const QUIET = { speech: { onTap: false, rate: 0.9, voiceURI: '' } };

/** axe-core's WCAG 2.0–2.2 A and AA violations on the page as it is now, as readable lines. */
async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  assert.ok(result.passes.length > 10, 'axe ran its rules');
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`axe: the board at ${viewport.width}×${viewport.height} (${name}), empty, with a sentence and with scanning`, async () => {
    const { context, page } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
    try {
      await waitEngine(page);
      assert.deepEqual(await violations(page), [], 'empty');
      await tapCards(page, ['사과', '먹다']);
      await page.getByTestId('sentence').filter({ hasText: '사과를 먹어요' }).waitFor();
      assert.deepEqual(await violations(page), [], 'with a sentence');
    } finally {
      await context.close();
    }
    const scanning = await openApp(session.browser, session.app.url, {
      viewport, settings: { ...QUIET, scan: { enabled: true, mode: 'rowcol', intervalMs: 60000 } },
    });
    try {
      await scanning.page.locator('.scan-row').first().waitFor();
      assert.deepEqual(await violations(scanning.page), [], 'scanning');
    } finally {
      await scanning.context.close();
    }
  });
}

test('axe: every teacher panel, the card editor and the particle page', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await openTeacher(page);
    for (const panel of ['카드', '분류', '문장 만들기', '말하기·화면', '가져오기·내보내기', '도구·정보']) {
      await page.getByRole('tab', { name: panel }).click();
      assert.deepEqual(await violations(page), [], panel);
    }
    await page.getByRole('tab', { name: '카드' }).click();
    await page.getByTestId('card-add').click();
    await page.getByTestId('card-editor').waitFor();
    assert.deepEqual(await violations(page), [], 'card editor');
    await page.goto(`${session.app.url}/particles.html`);
    await page.getByTestId('status').filter({ hasText: '준비됐어요' }).waitFor();
    assert.deepEqual(await violations(page), [], 'particles.html');
  } finally {
    await context.close();
  }
});

test('landmarks: one main with the board, an h1, the tabs not a nav; the status line is live', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('main').getByRole('tabpanel').count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '말모이');
    assert.equal(await page.getByRole('tablist', { name: '분류' }).evaluate((el) => el.tagName), 'DIV');
    assert.equal(await page.getByTestId('status').getAttribute('role'), 'status');
  } finally {
    await context.close();
  }
});

test('the live sentence is one text with its spaces; the ? card says 질문', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await waitEngine(page);
    await tapCards(page, ['사과', '먹다', '?']);
    const sentence = page.getByTestId('sentence');
    await sentence.filter({ hasText: '사과를 먹어요?' }).waitFor();
    assert.equal(await sentence.getAttribute('aria-live'), 'polite');
    // What assistive technology gets: one paragraph, one text, spaces kept.
    assert.equal((await sentence.ariaSnapshot()).trim(), '- paragraph: 사과를 먹어요?');
    assert.equal(await page.locator('#pinned').getByRole('button', { name: '? 질문', exact: true }).count(), 1);
  } finally {
    await context.close();
  }
});

test('category tabs: arrows, Home and End select and keep focus on the selected tab', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await page.getByRole('tab', { name: '자주 쓰는 말' }).focus();
    const steps = [['ArrowRight', 'tab-people'], ['ArrowDown', 'tab-food'], ['ArrowLeft', 'tab-people'], ['End', 'tab-time'],
      ['ArrowRight', 'tab-quick'], ['ArrowUp', 'tab-time'], ['Home', 'tab-quick']];
    for (const [key, id] of steps) {
      await page.keyboard.press(key);
      assert.equal(await focused(page), id, key);
      assert.equal(await page.locator(`#${id}`).getAttribute('aria-selected'), 'true', key);
      assert.equal(await page.locator('#board').getAttribute('aria-labelledby'), id);
    }
    // One tab stop: Tab leaves the tablist for the board.
    assert.deepEqual(await page.locator('#tabs [role="tab"]').evaluateAll((tabs) => tabs.filter((t) => t.tabIndex === 0).map((t) => t.id)), ['tab-quick']);
  } finally {
    await context.close();
  }
});

test('teacher tabs: arrows, Home and End select the panel and keep focus', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await openTeacher(page);
    await page.getByRole('tab', { name: '카드' }).focus();
    const steps = [['ArrowRight', '분류', 'panel-categories'], ['ArrowRight', '문장 만들기', 'panel-sentence'], ['End', '도구·정보', 'panel-tools'],
      ['ArrowRight', '카드', 'panel-cards'], ['ArrowLeft', '도구·정보', 'panel-tools'], ['Home', '카드', 'panel-cards']];
    for (const [key, name, panel] of steps) {
      await page.keyboard.press(key);
      const tab = page.getByRole('tab', { name, exact: true });
      assert.equal(await tab.evaluate((el) => el === document.activeElement), true, key);
      assert.equal(await tab.getAttribute('aria-selected'), 'true');
      assert.equal(await page.locator(`#${panel}`).isVisible(), true);
      assert.equal(await page.getByTestId('teacher-area').getByRole('tabpanel').getAttribute('aria-labelledby'), await tab.getAttribute('id'));
    }
  } finally {
    await context.close();
  }
});

test('focus after the last 하나 지우기 and after 모두 지우기 goes to the selected tab, not the page', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await tapCards(page, ['물']);
    await page.getByTestId('undo').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('undo').and(page.locator(':disabled')).waitFor();
    assert.equal(await focused(page), 'tab-quick');
    await tapCards(page, ['물', '더']);
    await page.getByTestId('clear').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('clear').and(page.locator(':disabled')).waitFor();
    assert.equal(await focused(page), 'tab-quick');
  } finally {
    await context.close();
  }
});

test('holding Enter on 선생님 opens the teacher area once: the repeats do not close it', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, { settings: QUIET });
  try {
    await page.getByTestId('teacher').focus();
    await page.keyboard.down('Enter');
    await page.getByTestId('teacher-area').waitFor({ state: 'visible' });
    // The key is still down: the keyboard repeats it into the open area (to its close button).
    for (let i = 0; i < 5; i += 1) await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    assert.equal(await page.getByTestId('teacher-area').isVisible(), true);
    // Released, Enter works again as usual: here on the close button.
    await page.getByTestId('teacher-close').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('teacher-area').waitFor({ state: 'hidden' });
  } finally {
    await context.close();
  }
});
