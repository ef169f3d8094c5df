// What teachers expect of a modern AAC app (issue 12), at the three sizes: the Hangul keyboard and its
// suggestions, the message history, 자주 하는 말 (favourites), next-card hints that only highlight,
// the board's speech level (해요체, 반말, the 친구에게 card), 나 or 저, and the card editor's symbol
// search, a noun's own verb and the honorific mark. Each layer opens over the board without moving it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnPictures, openApp, openTeacher, settledBoxes, storedDeck, tapCards, useApp, VIEWPORTS, waitEngine } from '../support/browser.mjs';

const session = useApp();
const QUIET = { speech: { onTap: false, rate: 0.9, voiceURI: '' } };

/** Every board card, grammar card and tab with its box, once the tap's flash has run. */
function boxes(page) {
  return settledBoxes(page, '#board button.card, #pinned button.card, #tabs button, #pager button, .message');
}

const sentence = (page, text) => page.getByTestId('sentence').filter({ hasText: new RegExp(`^${text.replace(/[?.]/g, '\\$&')}$`) }).waitFor();
const spoken = (page) => page.evaluate(() => window.__spoken.map((u) => u.text));

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  describe(`at ${viewport.width}×${viewport.height} (${name})`, () => {
    test('keyboard: 바나나 typed jamo by jamo becomes a card the engine completes (바나나 + 먹다); the board stays put', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        await waitEngine(page);
        const before = await boxes(page);
        await page.getByTestId('keyboard-open').click();
        const keyboard = page.getByTestId('keyboard');
        await keyboard.waitFor();
        // The layer covers the board from below the sentence, and every key is a 48 px target.
        const [layer, message] = await Promise.all([keyboard.boundingBox(), page.locator('.message').boundingBox()]);
        assert.ok(layer.y >= message.y + message.height, 'the sentence stays in sight');
        const small = await page.locator('#keys button, #typed-add, [data-testid="keyboard-close"]').evaluateAll((keys) => keys
          .map((k) => k.getBoundingClientRect()).filter((r) => r.width < 48 || r.height < 48 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5).length);
        assert.equal(small, 0, 'keys of at least 48 px, all on screen');
        for (const jamo of 'ㅂㅏㄴㅏ') await keyboard.locator(`#keys button[data-jamo="${jamo}"]`).click();
        assert.equal(await page.getByTestId('typed').inputValue(), '바나');
        // Suggestions as the child types: the lexicon's 바나나.
        await page.getByTestId('suggestions').getByRole('button', { name: '바나나' }).waitFor();
        await keyboard.locator('#keys button[data-jamo="ㄴ"]').click();
        await keyboard.locator('#keys button[data-jamo="ㅏ"]').click();
        await page.getByTestId('key-erase').click();
        await page.getByTestId('key-erase').click();
        assert.equal(await page.getByTestId('typed').inputValue(), '바나');
        await keyboard.locator('#keys button[data-jamo="ㄴ"]').click();
        await keyboard.locator('#keys button[data-jamo="ㅏ"]').click();
        await page.getByTestId('typed-add').click();
        assert.equal(await page.getByTestId('typed').inputValue(), '');
        // A word of the deck is offered with its picture, deck first: 머 → 먹다.
        for (const jamo of 'ㅁㅓ') await keyboard.locator(`#keys button[data-jamo="${jamo}"]`).click();
        const eat = page.getByTestId('suggestions').getByRole('button', { name: '먹다' });
        await eat.waitFor();
        assert.equal(await drawnPictures(eat), 1, 'the deck card keeps its picture');
        await eat.click();
        await page.getByTestId('keyboard-close').click();
        await keyboard.waitFor({ state: 'hidden' });
        await sentence(page, '바나나를 먹어요');
        assert.deepEqual(await page.getByTestId('strip').locator('li').allTextContents(), ['바나나', '먹다']);
        await page.getByRole('tab', { name: '자주 쓰는 말' }).click();
        assert.deepEqual(await boxes(page), before, 'nothing on the board moved');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('history and favourites: said sentences are kept, one tap says one again; 저장 makes a 자주 하는 말 card with its pictures', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        await waitEngine(page);
        const before = await boxes(page);
        assert.equal(await page.getByTestId('favourite-save').isDisabled(), true, 'nothing to save yet');
        await tapCards(page, ['사과', '먹다']);
        await sentence(page, '사과를 먹어요');
        await page.getByTestId('speak').click();
        await page.getByTestId('clear').click();
        await tapCards(page, ['물', '마시다', '싶다']);
        await sentence(page, '물을 마시고 싶어요');
        await page.getByTestId('speak').click();
        await page.getByTestId('clear').click();

        const history = page.getByTestId('history');
        await page.getByTestId('history-open').click();
        await history.waitFor();
        const entries = history.getByTestId('history-list').locator('.said-button');
        assert.deepEqual(await entries.evaluateAll((all) => all.map((e) => e.textContent)), ['물을 마시고 싶어요', '사과를 먹어요']);
        assert.equal(await drawnPictures(entries.nth(1)), 2, 'each word keeps its picture');
        await history.getByRole('button', { name: '사과를 먹어요 다시 말하기' }).click();
        await history.waitFor({ state: 'hidden' });
        await sentence(page, '사과를 먹어요');
        assert.deepEqual((await spoken(page)).slice(-1), ['사과를 먹어요']);
        assert.equal(await page.getByTestId('engine').getAttribute('data-engine'), 'said');

        // Saved from the screen: a card in 자주 하는 말 that says the whole sentence and shows its pictures.
        await page.getByTestId('favourite-save').click();
        await page.getByTestId('status').filter({ hasText: '자주 하는 말에 저장했어요' }).waitFor();
        const deck = await storedDeck(page);
        const phrase = deck.cards.find((c) => c.category === 'phrases');
        assert.equal(phrase.speak, '사과를 먹어요');
        assert.deepEqual(phrase.phrase.cards.map((c) => [c.label, c.symbol]), [['사과', '1F34E'], ['먹다', '1F37D']]);
        // Saved again from the history: not twice.
        await page.getByTestId('history-open').click();
        await history.waitFor();
        await history.getByRole('button', { name: '사과를 먹어요 자주 하는 말로 저장' }).click();
        await history.locator('#history-note').filter({ hasText: '벌써' }).waitFor();
        await page.getByTestId('history-close').click();

        await page.getByTestId('clear').click();
        await tapCards(page, ['더']);
        await page.getByRole('tab', { name: '자주 하는 말' }).click();
        const card = page.locator('#board button.card--phrase');
        assert.equal(await drawnPictures(card), 2);
        await card.click();
        await sentence(page, '사과를 먹어요');
        assert.deepEqual((await spoken(page)).slice(-1), ['사과를 먹어요']);
        assert.deepEqual(await page.getByTestId('strip').locator('li').allTextContents(), ['사과를 먹어요'], 'the phrase replaces the strip');
        // A word tapped after a said sentence starts a new one.
        await tapCards(page, ['물']);
        assert.deepEqual(await page.getByTestId('strip').locator('li').allTextContents(), ['물']);
        // The history survives a reload, on this device.
        await page.reload();
        await page.waitForSelector('html[data-ready="true"]');
        await page.getByTestId('history-open').click();
        await history.waitFor();
        assert.equal(await history.getByTestId('history-list').locator('.said-button').count(), 2);
        await page.getByTestId('history-close').click();
        await page.getByRole('tab', { name: '자주 쓰는 말' }).click();
        const after = await boxes(page);
        // The new tab took the free place after the others: every card, grammar card and old tab is where it was.
        for (const [key, box] of Object.entries(before)) assert.deepEqual(after[key], box, key);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('next-card hints highlight the verbs that take 사과 and nothing moves; the teacher can switch them off', async () => {
      const { context, page } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        await waitEngine(page);
        await page.getByRole('tab', { name: '동작' }).click();
        const before = await boxes(page);
        assert.equal(await page.locator('#board .card.hinted').count(), 0);
        await tapCards(page, ['사과']);
        await page.getByRole('tab', { name: '동작' }).click();
        const hinted = () => page.locator('#board .card.hinted .card-label').allTextContents();
        await page.locator('#board .card.hinted').first().waitFor();
        const verbs = await hinted();
        assert.ok(verbs.includes('먹다'), verbs.join());
        assert.ok(!verbs.includes('가다') && !verbs.includes('자다'), verbs.join());
        assert.deepEqual(await boxes(page), before, 'a highlight only');
        // After a verb, the nouns it takes: 먹다 → food.
        await page.getByTestId('clear').click();
        await tapCards(page, ['먹다']);
        await page.getByRole('tab', { name: '음식' }).click();
        await page.locator('#board .card.hinted').first().waitFor();
        assert.ok((await hinted()).includes('사과'));

        await openTeacher(page);
        await page.getByRole('tab', { name: '말하기·화면' }).click();
        await page.getByTestId('tool-hints').uncheck();
        await page.getByTestId('display-save').click();
        await page.locator('#display-saved').filter({ hasText: '저장했어요.' }).waitFor();
        await page.getByTestId('teacher-close').click();
        await page.getByRole('tab', { name: '음식' }).click();
        assert.equal(await page.locator('#board .card.hinted').count(), 0);
      } finally {
        await context.close();
      }
    });

    test('speech level: 반말 for the board, or 친구에게 for one sentence; 저 instead of 나', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        await waitEngine(page);
        await openTeacher(page);
        await page.getByRole('tab', { name: '문장 만들기' }).click();
        assert.equal(await page.getByTestId('register-polite').isChecked(), true);
        assert.equal(await page.getByTestId('first-person-na').isChecked(), true);
        assert.equal(await page.getByTestId('order-arrange').isChecked(), true);
        assert.equal(await page.getByTestId('collapse-repeats').isChecked(), true);
        await page.getByTestId('register-plain').check();
        await page.getByTestId('first-person-jeo').check();
        await page.getByTestId('sentence-save').click();
        await page.locator('#sentence-saved').filter({ hasText: '저장했어요.' }).waitFor();
        await page.getByTestId('teacher-close').click();
        await tapCards(page, ['사과', '먹다']);
        await sentence(page, '사과를 먹어');
        await page.getByTestId('clear').click();
        // The 나 card reads 저 on this board.
        await page.getByRole('tab', { name: '사람' }).click();
        assert.equal(await page.locator('#board [data-card-id="me"] .card-label').textContent(), '저');
        await tapCards(page, ['저', '배고프다']);
        await sentence(page, '저는 배고파');
        await page.getByTestId('clear').click();

        // Back to 해요체, with the 친구에게 card allowed: it makes one sentence 반말.
        await openTeacher(page);
        await page.getByRole('tab', { name: '문장 만들기' }).click();
        await page.getByTestId('register-polite').check();
        await page.getByTestId('friend-card').check();
        await page.getByTestId('sentence-save').click();
        await page.locator('#sentence-saved').filter({ hasText: '저장했어요.' }).waitFor();
        await page.getByTestId('teacher-close').click();
        await tapCards(page, ['친구에게', '같이', '놀다']);
        await sentence(page, '같이 놀자'); // 같이 to a friend asks them along
        await page.getByTestId('clear').click();
        await tapCards(page, ['같이', '놀다']);
        await sentence(page, '같이 놀아요');
        const settings = await page.evaluate(async () => (await (await import('./store.js')).openStore()).getSettings());
        assert.deepEqual(settings.language, { register: 'polite', firstPerson: '저', order: 'arrange', collapseRepeats: true });
        assert.equal((await storedDeck(page)).cards.find((c) => c.label === '친구에게').hidden, undefined);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('card editor: a symbol found by a Korean keyword, a noun\'s own verb and the honorific mark', async () => {
      const { context, page, errors } = await openApp(session.browser, session.app.url, { viewport, settings: QUIET });
      try {
        await waitEngine(page);
        await openTeacher(page);
        await page.getByTestId('cards-category').selectOption({ label: '사람' });
        await page.getByTestId('card-add').click();
        const editor = page.getByTestId('card-editor');
        await editor.getByTestId('card-label').fill('교장님');
        await editor.getByTestId('symbol-query').fill('선생님');
        const results = editor.getByTestId('symbol-results').locator('button');
        await results.first().waitFor();
        const sizes = await results.evaluateAll((all) => all.map((b) => b.getBoundingClientRect()).filter((r) => r.width < 48 || r.height < 48).length);
        assert.equal(sizes, 0, 'each symbol is a 48 px target');
        const teacherSymbol = await results.first().getAttribute('data-hex');
        await results.first().click();
        assert.equal(await results.first().getAttribute('aria-pressed'), 'true');
        await editor.getByTestId('card-class').selectOption('person');
        await editor.getByTestId('card-honorific').check();
        await editor.getByTestId('card-save').click();
        await editor.waitFor({ state: 'hidden' });

        await page.getByTestId('cards-category').selectOption({ label: '놀이' });
        await page.getByTestId('card-add').click();
        await editor.getByTestId('card-label').fill('킥보드');
        await editor.getByTestId('symbol-query').fill('scooter');
        await results.first().waitFor();
        await results.first().click();
        await editor.getByTestId('card-class').selectOption('toy');
        await editor.getByTestId('card-verb').fill('타');
        await editor.getByTestId('card-save').click();
        await editor.locator('#card-error').filter({ hasText: '-다로 끝나는' }).waitFor();
        await editor.getByTestId('card-verb').fill('타다');
        await editor.getByTestId('card-save').click();
        await editor.waitFor({ state: 'hidden' });
        await page.getByTestId('teacher-close').click();

        const cards = (await storedDeck(page)).cards;
        const principal = cards.find((c) => c.label === '교장님');
        assert.deepEqual([principal.symbol, principal.honorific], [teacherSymbol, true]);
        assert.equal(cards.find((c) => c.label === '킥보드').verb, '타다');
        await tapCards(page, ['교장님', '오다']);
        await sentence(page, '교장님이 오세요');
        await page.getByTestId('clear').click();
        await tapCards(page, ['킥보드', '싶다']);
        await sentence(page, '킥보드 타고 싶어요');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}

test('the child\'s tools can be hidden by the teacher; the board does not move when they are', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, {
    settings: { ...QUIET, tools: { history: false, favourite: false, keyboard: false, hints: true } },
  });
  try {
    for (const id of ['history-open', 'favourite-save', 'keyboard-open']) assert.equal(await page.getByTestId(id).isVisible(), false, id);
    const hidden = await boxes(page);
    await openTeacher(page);
    await page.getByRole('tab', { name: '말하기·화면' }).click();
    for (const id of ['tool-history', 'tool-favourite', 'tool-keyboard']) await page.getByTestId(id).check();
    await page.getByTestId('display-save').click();
    await page.locator('#display-saved').filter({ hasText: '저장했어요.' }).waitFor();
    await page.getByTestId('teacher-close').click();
    for (const id of ['history-open', 'favourite-save', 'keyboard-open']) assert.equal(await page.getByTestId(id).isVisible(), true, id);
    assert.deepEqual(await boxes(page), hidden);
  } finally {
    await context.close();
  }
});

test('tap order and repeats as the teacher sets them', async () => {
  const { context, page } = await openApp(session.browser, session.app.url, {
    settings: { ...QUIET, board: { rows: 0, cols: 0, repeatMs: 0 }, language: { register: 'polite', firstPerson: '나', order: 'arrange', collapseRepeats: false } },
  });
  try {
    await waitEngine(page);
    await tapCards(page, ['사과', '사과', '먹다']);
    await sentence(page, '사과랑 사과를 먹어요');
    await page.getByTestId('clear').click();
    await tapCards(page, ['먹다', '사과']);
    await sentence(page, '사과를 먹어요');
  } finally {
    await context.close();
  }
});
