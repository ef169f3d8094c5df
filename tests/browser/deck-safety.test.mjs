// The teacher's deck is never lost: two tabs cannot overwrite each other's changes, an unreadable
// stored deck is kept aside (and can be exported) instead of being overwritten, a failed write
// changes nothing and says why in Korean, the browser is asked not to evict, snapshots are kept and
// restored (undoably), and one card the engine would refuse never blanks the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cardOnPages, openApp, openTeacher, storedDeck, tapCards, useApp, waitEngine, waitReady } from '../support/browser.mjs';

const session = useApp();

/** Adds a noun card through the card editor; returns the editor's error text ('' when it saved). */
async function addCard(page, label, category = '음식') {
  await page.getByTestId('cards-category').selectOption({ label: category });
  await page.getByTestId('card-add').click();
  const editor = page.getByTestId('card-editor');
  await editor.getByTestId('card-label').fill(label);
  await editor.getByTestId('card-category').selectOption({ label: category });
  await editor.getByTestId('card-save').click();
  const saved = editor.waitFor({ state: 'hidden' }).then(() => '');
  const failed = editor.locator('#card-error').filter({ hasText: /.+/ }).waitFor().then(() => editor.locator('#card-error').textContent());
  return Promise.race([saved, failed]);
}

/** Writes the app's database directly, as another program or an older tab would (no broadcast). */
function writeRaw(page, entries) {
  return page.evaluate((values) => new Promise((resolve, reject) => {
    const open = indexedDB.open('malmoi');
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      for (const [key, value] of Object.entries(values)) tx.objectStore('kv').put(value, key);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), entries);
}

const rawVersion = (page) => page.evaluate(async () => (await (await import('./store.js')).openStore()).readDeck().then((r) => r.version));

test('two tabs: a card added in one tab survives an edit in a tab opened earlier', async () => {
  const { context, page: first, errors } = await openApp(session.browser, session.app.url);
  try {
    const second = await context.newPage();
    second.on('pageerror', (error) => errors.push(error));
    await second.goto(`${session.app.url}/`);
    await waitReady(second);

    await second.bringToFront(); // a tab in the background gets throttled timers, as on a tablet
    await openTeacher(second);
    assert.equal(await addCard(second, '바나나'), '');
    // The first tab hears of it and shows it without a reload.
    await first.bringToFront();
    await first.getByRole('tab', { name: '음식' }).click();
    await (await cardOnPages(first, '바나나')).waitFor(); // after the 30 cards of 음식: the second page

    await openTeacher(first);
    assert.equal(await addCard(first, '키위'), '');
    const labels = (await storedDeck(first)).cards.map((c) => c.label);
    assert.ok(labels.includes('바나나') && labels.includes('키위'), 'both cards are stored');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a write not based on the latest stored deck is refused; the tab reloads the deck and says so', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openTeacher(page);
    assert.equal(await addCard(page, '바나나'), '');
    // Another program writes a newer deck without telling this tab.
    const newer = await storedDeck(page);
    newer.cards.push({ id: 'card-melon', label: '멜론', pos: 'noun', category: 'food' });
    await writeRaw(page, { deck: newer, deckVersion: (await rawVersion(page)) + 1 });

    const error = await addCard(page, '키위');
    assert.match(error, /다른 창에서 낱말판이 바뀌었어요/);
    let labels = (await storedDeck(page)).cards.map((c) => c.label);
    assert.ok(labels.includes('멜론') && !labels.includes('키위'), 'the newer deck was not overwritten');
    await page.getByTestId('card-editor').getByRole('button', { name: '취소' }).click();
    await page.getByTestId('card-list').getByText('멜론', { exact: true }).waitFor();

    assert.equal(await addCard(page, '키위'), '', 'the next try is based on the newer deck');
    labels = (await storedDeck(page)).cards.map((c) => c.label);
    assert.ok(['바나나', '멜론', '키위'].every((l) => labels.includes(l)));
  } finally {
    await context.close();
  }
});

test('an unreadable stored deck is kept aside, the teacher is told in Korean and can export it', async () => {
  const { context, page, errors } = await openApp(session.browser, session.app.url);
  try {
    const broken = { format: 'malmoi-deck-1', cards: '선생님이 만든 카드 120장', categories: 7 };
    await writeRaw(page, { deck: broken, deckVersion: 5 });
    await page.reload();
    await waitReady(page);
    // The teacher is told on opening the teacher area.
    await openTeacher(page);
    await page.locator('#confirm-text').filter({ hasText: /저장된 낱말판을 읽을 수 없어서 기본 낱말판을 보여 줘요.*내려받을 수 있어요/ }).waitFor();
    await page.getByTestId('confirm-ok').click();
    await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
    await page.getByTestId('deck-aside').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('aside-export').click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    assert.deepEqual(JSON.parse(await readFile(await download.path(), 'utf8')), broken);

    // The teacher's next edit does not touch the copy kept aside.
    await page.getByRole('tab', { name: '카드' }).click();
    assert.equal(await addCard(page, '바나나'), '');
    const aside = await page.evaluate(async () => (await (await import('./store.js')).openStore()).getDeckAside());
    assert.deepEqual(aside.deck, broken);
    assert.ok((await storedDeck(page)).cards.some((c) => c.label === '바나나'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a failed write changes nothing: the board does not show the card, and every failure is a Korean message', async () => {
  const { context, page, errors } = await openApp(session.browser, session.app.url);
  try {
    await openTeacher(page);
    assert.equal(await addCard(page, '바나나'), '');
    const before = await storedDeck(page);
    // From now on the browser aborts every deck write, with no error (as a browser may).
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function patched(value, key) {
        if (key === 'deck') {
          this.transaction.abort();
          return { set onsuccess(f) {}, set onerror(f) {} };
        }
        return put.call(this, value, key);
      };
    });
    const error = await addCard(page, '키위');
    assert.match(error, /저장하지 못했어요/);
    assert.deepEqual(await storedDeck(page), before);
    await page.getByTestId('card-editor').getByRole('button', { name: '취소' }).click();
    await page.getByTestId('teacher-close').click();
    await page.getByRole('tab', { name: '음식' }).click();
    await (await cardOnPages(page, '바나나')).waitFor(); // the last page of 음식, where 키위 would be too
    assert.equal(await page.locator('#board').getByRole('button', { name: '키위', exact: true }).count(), 0, 'never shown before it is stored');

    // A list action has no place for a message of its own: a dialog says it.
    await openTeacher(page);
    await page.getByTestId('cards-category').selectOption({ label: '음식' });
    await page.getByRole('button', { name: '바나나 숨기기' }).click();
    await page.locator('#confirm-text').filter({ hasText: '저장하지 못했어요' }).waitFor();
    await page.getByTestId('confirm-ok').click();

    // An import whose write fails says so, and is never stuck at 읽는 중….
    await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
    const links = await readFile(new URL('../fixtures/boards/links.obz', import.meta.url));
    await page.getByTestId('import-file').setInputFiles({ name: 'links.obz', mimeType: 'application/zip', buffer: links });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-message').filter({ hasText: /저장하지 못했어요.*지금 낱말판은 그대로예요/ }).waitFor();
    assert.deepEqual(await storedDeck(page), before);
    assert.deepEqual(errors, [], 'no uncaught error or rejection');
  } finally {
    await context.close();
  }
});

test('the store rejects with an Error that has a Korean message, never with null', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    const outcome = await page.evaluate(async () => {
      const { openStore } = await import('./store.js');
      const store = await openStore();
      const { version } = await store.readDeck();
      const results = [];
      for (const attempt of [
        () => store.saveDeck({ cards: [], categories: [], fn: () => 1 }, { basedOn: version }), // cannot be cloned
        () => store.saveDeck({ cards: [], categories: [] }, { basedOn: version + 7 }), // stale
      ]) {
        try {
          await attempt();
          results.push('saved');
        } catch (error) {
          results.push({ isError: error instanceof Error, code: error.code, message: error.message });
        }
      }
      return results;
    });
    for (const result of outcome) {
      assert.equal(result.isError, true);
      assert.match(result.message, /[가-힣]/);
    }
    assert.deepEqual(outcome.map((r) => r.code), ['write_failed', 'deck_stale']);
  } finally {
    await context.close();
  }
});

test('the browser is asked not to evict the deck once the teacher saves something', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await page.evaluate(() => {
      window.__persistAsked = 0;
      Object.defineProperty(navigator.storage, 'persisted', { configurable: true, value: async () => false });
      Object.defineProperty(navigator.storage, 'persist', { configurable: true, value: async () => { window.__persistAsked += 1; return true; } });
    });
    assert.equal(await page.evaluate(() => window.__persistAsked), 0, 'not at start: some browsers ask the user');
    await openTeacher(page);
    assert.equal(await addCard(page, '바나나'), '');
    assert.equal(await addCard(page, '키위'), '');
    await page.waitForFunction(() => window.__persistAsked === 1);
    await page.getByRole('tab', { name: '도구·정보' }).click();
    await page.locator('#storage-note').filter({ hasText: '지우지 않도록 보호' }).waitFor();
  } finally {
    await context.close();
  }
});

test('snapshots: kept before a reset and on request, the last 10 listed, restoring them undoable', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openTeacher(page);
    assert.equal(await addCard(page, '바나나'), '');
    const withBanana = await storedDeck(page);
    await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
    await page.getByTestId('snapshot-name').fill('1학기');
    await page.getByTestId('snapshot-save').click();
    const list = page.getByTestId('snapshot-list');
    await list.getByText('1학기', { exact: true }).waitFor();

    await page.getByTestId('reset-deck').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('import-message').filter({ hasText: '기본 낱말판으로 되돌렸어요' }).waitFor();
    assert.equal(await storedDeck(page), undefined);
    await list.getByText('기본 낱말판으로 되돌리기 전', { exact: true }).waitFor();

    await list.locator('li', { hasText: '1학기' }).getByRole('button', { name: /되돌리기/ }).click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('import-message').filter({ hasText: '"1학기"(으)로 되돌렸어요' }).waitFor();
    assert.deepEqual(await storedDeck(page), withBanana);

    // Restoring is itself undoable: back to the default deck it replaced.
    await page.getByTestId('import-undo').click();
    await page.getByTestId('import-message').filter({ hasText: '되돌리기 취소' }).waitFor();
    const after = await storedDeck(page);
    assert.ok(!after.cards.some((c) => c.label === '바나나'));

    for (let i = 1; i <= 11; i += 1) {
      await page.getByTestId('snapshot-name').fill(`보관 ${i}`);
      await page.getByTestId('snapshot-save').click();
      await list.getByText(`보관 ${i}`, { exact: true }).waitFor();
    }
    assert.equal(await list.locator('li').count(), 10);
    assert.deepEqual(await list.locator('li b').first().textContent(), '보관 11', 'newest first');
  } finally {
    await context.close();
  }
});

test('a card the engine would refuse (unknown annotation, broken character) never blanks the sentence', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await page.evaluate(async () => {
      const { openStore } = await import('./store.js');
      const { loadDefaultDeck } = await import('./deck.js');
      const deck = await loadDefaultDeck();
      const apple = deck.cards.find((c) => c.label === '사과');
      Object.assign(apple, { pos: 'gerund', class: 'spaceship', annotated: true });
      deck.cards.find((c) => c.label === '밥').label = '밥\uD800';
      await (await openStore()).saveDeck(deck);
    });
    await page.reload();
    await waitReady(page);
    await waitEngine(page);
    await tapCards(page, ['사과', '먹다']);
    await page.getByTestId('sentence').filter({ hasText: '사과를 먹어요' }).waitFor();
    await page.getByTestId('clear').click();
    await tapCards(page, ['밥\uD800', '먹다']);
    await page.locator('[data-testid="engine"][data-engine="rules"]').waitFor();
    assert.doesNotMatch(await page.getByTestId('status').textContent(), /문장 엔진을 준비하고 있어요/);
  } finally {
    await context.close();
  }
});
