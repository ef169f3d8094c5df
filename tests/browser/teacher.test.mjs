// The teacher area: the lock, adding a card the lexicon may not know, the deck surviving a reload,
// Open Board Format export and import (a round trip gives the same deck) and a refused import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

test('export to .obz then import gives the same deck; .obf too', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await addBanana(page);
    // A hidden card and a photo must survive the round trip as well.
    await page.evaluate(async () => {
      const { openStore } = await import('./store.js');
      const store = await openStore();
      const deck = await store.getDeck();
      deck.cards.find((c) => c.label === '바나나').image = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      deck.cards.find((c) => c.label === '콜라' || c.label === '사이다').hidden = true;
      await store.saveDeck(deck);
    });
    await page.reload();
    await waitReady(page);
    const before = await storedDeck(page);

    for (const kind of ['obz', 'obf']) {
      await openTeacher(page);
      await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`\\.${kind}$`));
      const file = await readFile(await download.path());
      await page.getByTestId('import-file').setInputFiles({ name: `deck.${kind}`, mimeType: 'application/octet-stream', buffer: file });
      await page.getByTestId('confirm-ok').click();
      await page.getByTestId('import-message').filter({ hasText: '가져왔어요' }).waitFor();
      assert.deepEqual(await storedDeck(page), before, `${kind} round trip`);
      await page.getByTestId('teacher-close').click();
    }
  } finally {
    await context.close();
  }
});

test('a malformed or hostile import is refused with a Korean message and the deck stays as it was', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await addBanana(page);
    const before = await storedDeck(page);
    await openTeacher(page);
    await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
    const message = page.getByTestId('import-message');
    const hostile = [
      ['broken.obf', Buffer.from('{"format": "open-board-0.1", "buttons": [', 'utf8'), '읽을 수 없어요'],
      ['other.obf', Buffer.from(JSON.stringify({ name: 'x', items: [] })), 'Open Board Format'],
      ['script.obf', Buffer.from(JSON.stringify({
        format: 'open-board-0.1', id: 'b', name: 'b', buttons: [{ id: '1', label: '나쁨', image_id: 'i' }],
        images: [{ id: 'i', url: 'javascript:alert(1)' }],
      })), '허용되지 않는 링크'],
      ['html.obf', Buffer.from(JSON.stringify({
        format: 'open-board-0.1', id: 'b', name: 'b', buttons: [{ id: '1', label: '나쁨', image_id: 'i' }],
        images: [{ id: 'i', data: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }],
      })), '그림이 아닌 데이터'],
    ];
    for (const [name, buffer, expected] of hostile) {
      await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      await message.filter({ hasText: expected }).waitFor();
      assert.match(await message.textContent(), /지금 낱말판은 그대로예요/);
      assert.deepEqual(await storedDeck(page), before, name);
    }
    await page.getByTestId('teacher-close').click();
    await page.getByRole('tab', { name: '음식' }).click();
    await (await cardOnPages(page, '바나나')).waitFor();
    assert.equal(await page.getByRole('button', { name: '나쁨' }).count(), 0);
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
