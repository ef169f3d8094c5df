// Importing boards in the teacher area: the preview (what the file holds, what is left out and why),
// Add beside the deck (the default), Replace, Cancel, 가져오기 취소 right after, refusals that leave
// the deck as it was, Malmoi's own round trip, and internet pictures fetched only when asked.
// The board files are real ones from other AAC software (tests/fixtures/boards, see SOURCES.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, openTeacher, storedDeck, useApp, waitReady } from '../support/browser.mjs';
import { board, obf, PNG_1x1, svgData, SCRIPTED_SVG } from '../support/hostile-boards.mjs';

const session = useApp();
const fixture = (name) => readFile(new URL(`../fixtures/boards/${name}`, import.meta.url));
const GRAMMAR_ROW = ['싶다', '주다', '안', '?', '어제'];

/** The 가져오기·내보내기 panel, open. */
async function openFiles(page) {
  await openTeacher(page);
  await page.getByRole('tab', { name: '가져오기·내보내기' }).click();
}

/** Chooses a file and waits for the preview; returns what it says. */
async function preview(page, name, buffer) {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
  const dialog = page.getByTestId('import-preview');
  await dialog.waitFor({ state: 'visible' });
  return {
    holds: (await dialog.getByTestId('import-holds').textContent()).trim(),
    skipped: await dialog.getByTestId('import-skipped').locator('li').evaluateAll((items) => items.map((li) => [li.dataset.code || '', li.textContent])),
    boards: await dialog.getByTestId('import-boards').locator('li').count(),
  };
}

/** Confirms the open preview with this mode and waits for the outcome message. */
async function confirm(page, mode = 'add', remote) {
  const dialog = page.getByTestId('import-preview');
  await dialog.getByTestId(`import-mode-${mode}`).check();
  if (remote) await dialog.getByTestId(`import-remote-${remote}`).check();
  await dialog.getByTestId('import-confirm').click();
  await dialog.waitFor({ state: 'hidden' });
  const message = page.getByTestId('import-message');
  await message.filter({ hasText: /가져왔어요|못했어요|없어요/ }).waitFor();
  return (await message.textContent()).trim();
}

/** A deck the teacher has changed, so something is stored: the default deck plus one card. */
async function seedDeck(page) {
  await page.evaluate(async () => {
    const { openStore } = await import('./store.js');
    const { loadDefaultDeck, saveCard } = await import('./deck.js');
    const deck = saveCard(await loadDefaultDeck(), { id: 'card-mine', label: '우리 선생님', pos: 'noun', class: 'person', category: 'people', annotated: true });
    await (await openStore()).saveDeck(deck);
  });
  await page.reload();
  await waitReady(page);
  return storedDeck(page);
}

const expectations = {
  'simple.obf': { cards: 2, boards: 1, skipped: [] },
  'foreign.obf': { cards: 4, boards: 1, skipped: [] },
  'inline_images.obf': { cards: 2, boards: 1, skipped: [] },
  'links.obz': { cards: 4, boards: 2, skipped: ['navigation'] },
  'path_images.obz': { cards: 3, boards: 2, skipped: ['navigation'] },
  'lots_of_stuff.obz': { cards: 11, boards: 5, skipped: ['navigation', 'action_other', 'action_clear', 'link_elsewhere', 'picture_missing', 'sound'] },
  'pageset.obz': { cards: 742, boards: 81, skipped: ['picture_missing', 'title', 'navigation', 'link_elsewhere', 'no_label'] },
  'deep_simple.zip': { cards: 1171, boards: 93, skipped: ['navigation', 'board_empty', 'no_label'] },
};

test('each real board file: the preview counts it, Add keeps the deck and the grammar row, 가져오기 취소 restores it', async () => {
  const { context, page, errors } = await openApp(session.browser, session.app.url);
  try {
    const before = await seedDeck(page);
    await openFiles(page);
    for (const [name, expected] of Object.entries(expectations)) {
      const shown = await preview(page, name, await fixture(name));
      assert.match(shown.holds, new RegExp(`낱말판 ${expected.boards}개, 카드 ${expected.cards}장`), name);
      assert.equal(shown.boards, expected.boards, `${name}: boards listed`);
      assert.deepEqual(shown.skipped.map(([code]) => code).filter(Boolean).sort(), [...expected.skipped].sort(), `${name}: skipped`);
      const message = await confirm(page, 'add');
      assert.match(message, /옆에 더해서 가져왔어요/, name);

      const after = await storedDeck(page);
      assert.equal(after.cards.length, before.cards.length + expected.cards, `${name}: cards added`);
      assert.equal(after.categories.length, before.categories.length + expected.boards, `${name}: one category per board`);
      for (const card of before.cards) assert.deepEqual(after.cards.find((c) => c.id === card.id), card, `${name}: ${card.label} is still there`);
      const pinned = after.categories.filter((c) => c.pinned).map((c) => c.id);
      assert.deepEqual(after.cards.filter((c) => pinned.includes(c.category)).map((c) => c.label), GRAMMAR_ROW, `${name}: the grammar row`);
      assert.ok(!after.cards.some((c) => typeof c.image === 'string' && !c.image.startsWith('data:image/')), `${name}: no picture link to the internet`);

      await page.getByTestId('import-undo').click();
      await page.getByTestId('import-message').filter({ hasText: '가져오기 취소' }).waitFor();
      assert.deepEqual(await storedDeck(page), before, `${name}: undo restores the deck as it was`);
    }
    // The child's board shows the deck as it was, grammar row included.
    await page.getByTestId('teacher-close').click();
    // By the label on the card (the ? card's accessible name also says what it does: "? 질문").
    for (const label of GRAMMAR_ROW) await page.locator('#pinned button.card .card-label').getByText(label, { exact: true }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Add puts the boards beside the deck as new tabs; a clashing name gets a suffix', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openFiles(page);
    await preview(page, 'food.obf', obf(board([{ id: '1', label: '망고' }, { id: '2', label: ':clear', action: ':clear' }], [], { id: 'food', name: '음식' })));
    await confirm(page, 'add');
    await page.getByTestId('teacher-close').click();
    await page.getByRole('tab', { name: '음식 (2)' }).click();
    await page.locator('#board').getByRole('button', { name: '망고', exact: true }).waitFor();
    await page.getByRole('tab', { name: '음식', exact: true }).click();
    await page.locator('#board').getByRole('button', { name: '사과', exact: true }).waitFor();
  } finally {
    await context.close();
  }
});

test('export to .obz or .obf, then import with Replace: the same deck', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await seedDeck(page);
    // A hidden card and a photo must survive the round trip as well.
    await page.evaluate(async () => {
      const { openStore } = await import('./store.js');
      const store = await openStore();
      const deck = await store.getDeck();
      deck.cards.find((c) => c.label === '우리 선생님').image = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      deck.cards.find((c) => c.label === '콜라' || c.label === '사이다').hidden = true;
      await store.saveDeck(deck);
    });
    await page.reload();
    await waitReady(page);
    const before = await storedDeck(page);
    await openFiles(page);
    for (const kind of ['obz', 'obf']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`\\.${kind}$`));
      const shown = await preview(page, `deck.${kind}`, await readFile(await download.path()));
      assert.match(shown.holds, new RegExp(`카드 ${before.cards.length}장`));
      assert.match(await confirm(page, 'replace'), /대신 쓰기로 가져왔어요/);
      assert.deepEqual(await storedDeck(page), before, `${kind} round trip`);
    }
  } finally {
    await context.close();
  }
});

test('a file that is not a board is refused with a Korean message; Cancel changes nothing', async () => {
  const { context, page, errors } = await openApp(session.browser, session.app.url);
  try {
    const before = await seedDeck(page);
    await openFiles(page);
    const message = page.getByTestId('import-message');
    for (const [name, buffer, expected] of [
      ['broken.obf', Buffer.from('{"format": "open-board-0.1", "buttons": [', 'utf8'), '읽을 수 없어요'],
      ['other.obf', Buffer.from(JSON.stringify({ name: 'x', items: [] })), 'Open Board Format'],
      ['nothing.obf', obf(board([{ id: '1', action: ':clear', label: 'Clear' }])), '가져올 카드가 없어요'],
      ['picture.png', Buffer.from(PNG_1x1), '읽을 수 없어요'],
    ]) {
      await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
      await message.filter({ hasText: expected }).waitFor();
      assert.match(await message.textContent(), /지금 낱말판은 그대로예요/);
      assert.equal(await page.getByTestId('import-undo').isVisible(), false);
      assert.deepEqual(await storedDeck(page), before, name);
    }
    await preview(page, 'links.obz', await fixture('links.obz'));
    await page.getByTestId('import-cancel').click();
    await message.filter({ hasText: '가져오지 않았어요' }).waitFor();
    assert.deepEqual(await storedDeck(page), before);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('bad pictures are skipped, not fatal: the card keeps its label with a letter tile, and the preview says why', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openFiles(page);
    const images = [
      { id: 'js', url: 'javascript:alert(1)' },
      { id: 'html', data: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
      { id: 'svg', data: svgData(SCRIPTED_SVG) },
    ];
    const shown = await preview(page, 'bad.obf', obf(board([
      { id: '1', label: '나쁨', image_id: 'js' }, { id: '2', label: '웹', image_id: 'html' }, { id: '3', label: '빨강', image_id: 'svg' },
    ], images)));
    assert.deepEqual(shown.skipped.map(([code]) => code).sort(), ['picture_bad', 'picture_unsafe']);
    assert.match(shown.skipped.find(([code]) => code === 'picture_unsafe')[1], /javascript:/);
    await confirm(page, 'add');
    const deck = await storedDeck(page);
    const card = (label) => deck.cards.find((c) => c.label === label);
    assert.equal(card('나쁨').image, undefined);
    assert.equal(card('웹').image, undefined);
    const svg = Buffer.from(card('빨강').image.split(',')[1], 'base64').toString();
    assert.doesNotMatch(svg, /script|onload|onclick|javascript|foreignObject|example\.com/i);
    await page.getByTestId('teacher-close').click();
    await page.getByRole('tab', { name: '시험' }).click();
    const tile = page.locator('#board button.card', { hasText: '나쁨' }).locator('.picture-letter');
    await tile.waitFor();
  } finally {
    await context.close();
  }
});

test('internet pictures: dropped by default; fetched, checked and kept only when the teacher asks', async () => {
  const { context, page } = await openApp(session.browser, session.app.url);
  try {
    await openFiles(page);
    // Pictures on a host: the app's own server stands in for the internet (no other network here).
    const host = session.app.url;
    const file = () => obf(board([
      { id: '1', label: '아이콘', image_id: 'a' }, { id: '2', label: '페이지', image_id: 'b' },
    ], [{ id: 'a', url: `${host}/icons/icon-192.png` }, { id: 'b', url: `${host}/index.html` }], { name: '인터넷' }));
    const requested = [];
    page.on('request', (request) => { if (request.url().includes('/icons/icon-192.png') || request.url().endsWith('/index.html')) requested.push(request.url()); });

    await preview(page, 'web.obf', file());
    assert.match(await page.locator('#import-preview-remote-title').textContent(), /인터넷에 있는 그림 2개/);
    await confirm(page, 'replace');
    assert.deepEqual(requested, [], 'an import never contacts a host by itself');
    assert.ok((await storedDeck(page)).cards.every((c) => c.image === undefined));

    await preview(page, 'web.obf', file());
    const message = await confirm(page, 'replace', 'inline');
    assert.match(message, /인터넷 그림 1개를 받아 저장했어요\(1개는 받지 못해/);
    const deck = await storedDeck(page);
    assert.match(deck.cards.find((c) => c.label === '아이콘').image, /^data:image\/png;base64,/);
    assert.equal(deck.cards.find((c) => c.label === '페이지').image, undefined, 'a page is not a picture');
  } finally {
    await context.close();
  }
});
