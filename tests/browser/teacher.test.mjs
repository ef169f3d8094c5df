// The teacher area: the lock, adding a card the lexicon may not know and the deck surviving a reload.
// Export and import are in import.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cardOnPages, openApp, openTeacher, storedDeck, tapCards, useApp, waitEngine, waitReady } from '../support/browser.mjs';

const session = useApp();

async function addBanana(page) {
  await openTeacher(page);
  await page.getByTestId('cards-category').selectOption({ label: '음식' });
  await page.getByTestId('card-add').click();
  const editor = page.getByTestId('card-editor');
  await editor.getByTestId('card-label').fill('바나나');
  await editor.getByTestId('card-emoji').fill('🍌');
  await editor.getByTestId('card-category').selectOption({ label: '음식' });
  await editor.getByTestId('card-pos').selectOption('noun');
  await editor.getByTestId('card-class').selectOption('food');
  await editor.getByTestId('card-save').click();
  await editor.waitFor({ state: 'hidden' });
  await page.getByTestId('card-list').getByText('바나나', { exact: true }).waitFor();
  await page.getByTestId('teacher-close').click();
}

test('a teacher adds 바나나 (noun, food); 바나나 먹다 completes and the deck survives a reload', async () => {
  const { context, page, errors } = await openApp(session.browser, session.app.url);
  try {
    await waitEngine(page);
    await addBanana(page);
    await tapCards(page, ['바나나', '먹다']);
    await page.getByTestId('sentence').filter({ hasText: '바나나를 먹어요' }).waitFor();
    assert.equal((await page.getByTestId('sentence').textContent()).trim(), '바나나를 먹어요');
    const banana = (await storedDeck(page)).cards.find((c) => c.label === '바나나');
    // The emoji is drawn with the OpenMoji symbol the app ships, not the tablet's emoji font.
    assert.deepEqual({ pos: banana.pos, class: banana.class, category: banana.category, emoji: banana.emoji, symbol: banana.symbol },
      { pos: 'noun', class: 'food', category: 'food', emoji: '🍌', symbol: '1F34C' });

    await page.reload();
    await waitReady(page);
    await page.getByRole('tab', { name: '음식' }).click();
    // 바나나 came after the 30 cards of 음식: it is on the category's second page.
    await (await cardOnPages(page, '바나나')).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('with a PIN the lock asks for it after the long press', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openTeacher(page);
    await page.getByRole('tab', { name: '말하기·화면' }).click();
    await page.locator('#pin-new').fill('2468');
    await page.getByTestId('display-save').click();
    await page.getByText('저장했어요.').first().waitFor();
    await page.getByTestId('teacher-close').click();

    await page.reload();
    await waitReady(page);
    const { longPress } = await import('../support/browser.mjs');
    await longPress(page, page.getByTestId('teacher'));
    await page.locator('#pin-input').fill('1111');
    await page.locator('#pin-form button[type="submit"]').click();
    await page.getByText('비밀번호가 맞지 않아요.').waitFor();
    await page.locator('#pin-input').fill('2468');
    await page.locator('#pin-form button[type="submit"]').click();
    await page.getByTestId('teacher-area').waitFor({ state: 'visible' });
  } finally {
    await context.close();
  }
});
