// The Open Board Format import (web/obf-import.js) on real boards made by other AAC software
// (tests/fixtures/boards, see its SOURCES.md) and on small boards that show one rule each: every board
// the manifest lists, link order, actions and navigation, pictures from every place the spec allows,
// annotations, tolerance of older exporters, and the round trip of Malmoi's own export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readBoardFile, describeReport, ImportError, inlineRemotePictures } from '../../web/obf-import.js';
import { exportObz, exportObf } from '../../web/obf-export.js';
import { addDeck, checkDeck } from '../../web/deck.js';
import { zipSync, strToU8 } from '../../web/gen/vendor/fflate.js';
import { board, obf, obz, PNG_1x1 } from '../support/hostile-boards.mjs';

const fixture = (name) => new Uint8Array(readFileSync(new URL(`../fixtures/boards/${name}`, import.meta.url)));
const read = (bytes, options) => readBoardFile(bytes, options);
const labels = (deck, categoryName) => {
  const category = deck.categories.find((c) => c.name === categoryName);
  assert.ok(category, `a category named ${categoryName}`);
  return deck.cards.filter((c) => c.category === category.id).map((c) => c.label);
};
const defaultDeck = JSON.parse(readFileSync(new URL('../../web/deck/default.json', import.meta.url), 'utf8'));

test('simple.obf: one board, two words; the inline SVG is kept (cleaned), the other picture is on the internet', async () => {
  const { deck, report } = await read(fixture('simple.obf'));
  assert.deepEqual(deck.categories.map((c) => c.name), ['Simple Images Board']);
  assert.deepEqual(deck.cards.map((c) => [c.label, c.speak]), [['kids', 'children'], ['cat', 'feline']]);
  assert.match(deck.cards[0].image, /^data:image\/svg\+xml;base64,/);
  assert.equal(deck.cards[1].image, undefined);
  assert.deepEqual(report.remote.map((r) => r.cards), [[deck.cards[1].id]]);
  assert.equal(report.pictures, 1);
});

test('foreign.obf: labels in other scripts import as they are; its pictures are all on the internet', async () => {
  const { deck, report } = await read(fixture('foreign.obf'));
  assert.deepEqual(deck.cards.map((c) => c.label), ['हेर्नुहोस्', 'यो', 'صرخة', '水很酷哟']);
  assert.equal(report.remote.length, 3);
  assert.ok(report.remote.every((r) => r.url.startsWith('https://s3.amazonaws.com/')));
  assert.ok(report.remote[0].url.includes('communication%20aid'), 'a space in a URL is encoded');
  assert.ok(deck.cards.every((c) => c.image === undefined), 'nothing on the internet is kept as a link');
});

test('inline_images.obf: both pictures are data: PNGs and are kept', async () => {
  const { deck, report } = await read(fixture('inline_images.obf'));
  assert.equal(deck.cards.length, 2);
  assert.ok(deck.cards.every((c) => c.image.startsWith('data:image/png;base64,')));
  assert.equal(report.pictures, 2);
  assert.equal(report.remote.length, 0, 'a picture that is inline is not fetched even when it has a url too');
});

test('links.obz: a root of links only is a menu; each linked board is a category named by its link', async () => {
  const { deck, report } = await read(fixture('links.obz'));
  assert.deepEqual(deck.categories.map((c) => c.name), ['feelings', 'colors']);
  assert.deepEqual(labels(deck, 'feelings'), ['happy', 'sad']);
  assert.deepEqual(labels(deck, 'colors'), ['green', 'blue']);
  assert.deepEqual(report.skipped, { navigation: 2 });
});

test('path_images.obz: pictures stored as files in the archive', async () => {
  const { deck, report } = await read(fixture('path_images.obz'));
  assert.deepEqual(deck.categories.map((c) => c.name), ['Path Images Board', 'happy']);
  assert.deepEqual(labels(deck, 'Path Images Board'), ['sad']);
  assert.deepEqual(labels(deck, 'happy'), ['Really happy', 'Sort of happy']);
  assert.match(deck.cards.find((c) => c.label === 'sad').image, /^data:image\/png;base64,iVBOR/);
  assert.match(deck.categories[1].image, /^data:image\/png/, 'the link button’s picture becomes the category picture');
  assert.equal(report.pictures, 2);
});

test('lots_of_stuff.obz: all five boards, actions mapped or dropped, manifest-listed pictures, sounds counted', async () => {
  const { deck, report } = await read(fixture('lots_of_stuff.obz'));
  assert.equal(report.boards.length, 5);
  assert.equal(deck.cards.length, 11);
  // Buttons that are not words never become cards.
  for (const label of ['+less', 'Clear Text', 'feelings', 'kitty', 'living things']) {
    assert.ok(!deck.cards.some((c) => c.label === label), `${label} is not a word card`);
  }
  assert.deepEqual(report.actions, { '+less': 2 });
  assert.equal(report.skipped.action_clear, 2);
  assert.equal(report.skipped.action_other, 2);
  assert.equal(report.skipped.link_elsewhere, 1, 'the link to a board on the internet');
  assert.equal(report.skipped.sound, 3);
  // ext_load_board is another app's extension, not a link: its button is a word. The boards it points
  // at are read all the same, because the manifest lists them.
  assert.ok(deck.cards.some((c) => c.label === 'strong feelings'));
  assert.ok(deck.cards.some((c) => c.label === 'really happy'));
  // inline_images.obf's buttons name image ids its own list lacks; the manifest's paths.images has them.
  const kids = deck.cards.find((c) => c.label === 'kids');
  assert.match(kids.image, /^data:image\/png/);
  assert.equal(kids.image, deck.cards.find((c) => c.label === 'really happy').image, 'one picture, converted once, shared');
  // A hidden button stays hidden.
  assert.equal(deck.cards.find((c) => c.label === 'No way').hidden, true);
});

test('pageset.obz (CommuniKate 20): all 81 boards, title cells and navigation left out, no pictures', async () => {
  const { deck, report } = await read(fixture('pageset.obz'));
  assert.equal(report.boardsRead, 81);
  assert.equal(deck.categories.length, 81);
  assert.equal(deck.cards.length, 742);
  assert.deepEqual(labels(deck, 'Questions').slice(0, 4), ['Yes', 'No', 'Can I see that?', "What's next?"]);
  assert.ok(!deck.cards.some((c) => /^top page$/i.test(c.label)), 'Top page is navigation or a title, never a word');
  assert.equal(report.skipped.title, 80);
  assert.equal(report.skipped.navigation, 159);
  assert.equal(report.skipped.link_elsewhere, 15, 'links to boards the file does not have');
  // Nine boards are linked from no board; the manifest lists them, so they come after the linked ones.
  const names = deck.categories.map((c) => c.name);
  assert.ok(names.indexOf('CommuniKate christmas') > names.indexOf('Chatting'));
  assert.equal(report.pictures, 0);
});

test('deep_simple.zip: about 100 boards without a format field, packed as .zip, pictures on the internet', async () => {
  const { deck, report } = await read(fixture('deep_simple.zip'));
  assert.equal(report.boardsRead, 98);
  assert.equal(deck.categories.length, 93);
  assert.equal(deck.cards.length, 1171);
  assert.equal(report.skipped.board_empty, 5);
  assert.equal(report.remote.length, 947);
  // Food holds 14 links (Top Page and 13 food boards) and six words, in grid order.
  assert.deepEqual(labels(deck, 'Food'), ["I'm hungry", "I'm thirsty", 'some', 'with', 'and', 'favorite food']);
  assert.ok(deck.categories.some((c) => c.name === 'Fruit'));
  assert.ok(deck.cards.every((c) => c.image === undefined));
});

test('every fixture adds beside the default deck: the grammar row and every default card stay', async () => {
  for (const name of ['simple.obf', 'foreign.obf', 'inline_images.obf', 'links.obz', 'path_images.obz', 'lots_of_stuff.obz', 'pageset.obz', 'deep_simple.zip']) {
    const { deck } = await read(fixture(name));
    const { deck: merged } = addDeck(defaultDeck, deck);
    assert.equal(merged.cards.length, defaultDeck.cards.length + deck.cards.length, name);
    for (const card of defaultDeck.cards) assert.deepEqual(merged.cards.find((c) => c.id === card.id), card, `${name}: ${card.label}`);
    const grammar = merged.categories.filter((c) => c.pinned).map((c) => c.id);
    assert.deepEqual(grammar, defaultDeck.categories.filter((c) => c.pinned).map((c) => c.id), `${name}: the grammar row is still pinned`);
    checkDeck(merged);
  }
});

test('Add: clashing category names get a suffix, clashing ids are renumbered', async () => {
  const { deck } = await read(obf(board([{ id: 'apple', label: '사과' }], [], { id: 'food', name: '음식' })));
  const { deck: merged, renamed } = addDeck(defaultDeck, deck);
  assert.deepEqual(renamed, ['음식 (2)']);
  const added = merged.categories.find((c) => c.name === '음식 (2)');
  assert.equal(added.id, 'food-2');
  assert.equal(merged.cards.find((c) => c.category === 'food-2').label, '사과');
  assert.equal(merged.categories.at(-1).pinned, true, 'the new category goes before the pinned grammar row');
});

test('actions: :clear, :backspace, :speak map to Malmoi’s buttons; :home, :back and links are navigation; the rest are dropped', async () => {
  const buttons = [
    { id: '1', label: 'Clear', action: ':clear' },
    { id: '2', label: 'Delete', action: ':backspace' },
    { id: '3', label: 'Say it', action: ':speak' },
    { id: '4', label: 'Home', action: ':home' },
    { id: '5', label: 'Back', action: ':back' },
    { id: '6', label: 'space', action: ':space' },
    { id: '7', label: 'ing', action: '+ing' },
    { id: '8', label: 'Talk', actions: [':ext_other_thing', ':speak'] },
    { id: '9', label: 'Keyboard', load_board: { path: 'boards/keyboard.obf' } },
    { id: '10', label: '물' },
  ];
  const { deck, report } = await read(obf(board(buttons)));
  assert.deepEqual(deck.cards.map((c) => c.label), ['물']);
  assert.deepEqual(report.skipped, { action_clear: 1, action_backspace: 1, action_speak: 2, navigation: 2, action_other: 2, link_elsewhere: 1 });
  assert.deepEqual(report.actions, { ':space': 1, '+ing': 1 });
  const text = describeReport(report).skipped.map((l) => l.text).join('\n');
  assert.match(text, /모두 지우기/);
  assert.match(text, /하나 지우기/);
  assert.match(text, /말하기/);
  assert.match(text, /:space, \+ing/);
});

test('every board the manifest lists, linked ones first (breadth first, load_board by path or by id)', async () => {
  const bytes = obz({
    'boards/root.obf': board([{ id: 'l1', label: 'A', load_board: { path: 'boards/a.obf' } }, { id: 'l2', label: 'B', load_board: { id: 'bee' } }], [], { id: 'root', name: '첫 화면' }),
    'boards/a.obf': board([{ id: 'a1', label: '가' }, { id: 'l3', label: 'C', load_board: { path: 'boards/c.obf' } }], [], { id: 'a', name: 'A' }),
    'boards/b.obf': board([{ id: 'b1', label: '나' }], [], { id: 'bee', name: 'B' }),
    'boards/c.obf': board([{ id: 'c1', label: '다' }], [], { id: 'c', name: 'C' }),
    'boards/lonely.obf': board([{ id: 'z1', label: '라' }], [], { id: 'lonely', name: '외딴' }),
    'manifest.json': {
      format: 'open-board-0.1', root: 'boards/root.obf',
      paths: { boards: { lonely: 'boards/lonely.obf', root: 'boards/root.obf', a: 'boards/a.obf', bee: 'boards/b.obf', c: 'boards/c.obf' } },
    },
  });
  const { deck } = await read(bytes);
  assert.deepEqual(deck.categories.map((c) => c.name), ['A', 'B', 'C', '외딴']);
  assert.deepEqual(deck.cards.map((c) => c.label), ['가', '나', '다', '라']);
});

test('a root board that is an empty dashboard still imports the boards the manifest lists', async () => {
  const phrases = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, label: `말 ${i}` }));
  const bytes = obz({
    'boards/dash.obf': board([], [], { id: 'dash', name: 'Dashboard' }),
    'boards/phrases.obf': board(phrases, [], { id: 'phrases', name: 'Phrases' }),
  }, { root: 'boards/dash.obf' });
  const { deck } = await read(bytes);
  assert.equal(deck.cards.length, 200);
});

test('tolerance: no format field, a manifest in a folder, and a .zip holding an .obz', async () => {
  const noFormat = { id: 'x', name: 'Old', buttons: [{ id: 1, label: 'hello' }], grid: { rows: 1, columns: 1, order: [[1]] } };
  assert.equal((await read(obf(noFormat))).deck.cards[0].label, 'hello');
  const inner = obz({ 'boards/1.obf': noFormat });
  const folder = zipSync({
    'my board/manifest.json': strToU8(JSON.stringify({ format: 'open-board-0.1', root: 'boards/1.obf', paths: { boards: { x: 'boards/1.obf' } } })),
    'my board/boards/1.obf': strToU8(JSON.stringify(noFormat)),
  });
  assert.equal((await read(folder)).deck.cards[0].label, 'hello');
  const wrapped = zipSync({ 'board.obz': inner });
  assert.equal((await read(wrapped)).deck.cards[0].label, 'hello');
  await assert.rejects(read(obf({ name: 'x', items: [] })), (e) => e instanceof ImportError && e.code === 'not_obf');
  await assert.rejects(read(obf('{"format": "open-board-0.1", "buttons": [')), (e) => e instanceof ImportError && e.code === 'not_board');
});

test('annotations the core does not know are dropped and counted; known ones are kept', async () => {
  const { deck, report } = await read(obf(board([
    { id: '1', label: '바나나', ext_malmoi_pos: 'noun', ext_malmoi_class: 'food' },
    { id: '2', label: '뭔가', ext_malmoi_pos: 'gerund', ext_malmoi_class: 'spaceship' },
  ])));
  assert.deepEqual(deck.cards.map((c) => [c.pos, c.class]), [['noun', 'food'], [undefined, undefined]]);
  assert.equal(report.skipped.annotation_unknown, 2);
  assert.deepEqual(report.annotations, { 'pos: gerund': 1, 'class: spaceship': 1 });
});

test('Malmoi’s own .obz and .obf give back the same deck', async () => {
  const deck = structuredClone(defaultDeck);
  deck.cards[3].image = `data:image/png;base64,${Buffer.from(PNG_1x1).toString('base64')}`;
  deck.cards[4].hidden = true;
  deck.cards[5] = { ...deck.cards[5], pos: 'noun', class: 'food', annotated: true };
  const known = new Set(deck.cards.map((c) => c.symbol).concat(deck.categories.map((c) => c.symbol)).filter(Boolean));
  const readSymbol = async (hex) => new Uint8Array(readFileSync(new URL(`../../web/gen/vendor/openmoji/${hex}.svg`, import.meta.url)));
  for (const bytes of [await exportObz(deck, readSymbol), new TextEncoder().encode(await exportObf(deck, readSymbol))]) {
    const { deck: back, report } = await read(bytes, { knownSymbols: known });
    assert.deepEqual(back, deck);
    // The .obz's root links to each category's board: those links are all it leaves out.
    assert.deepEqual(Object.keys(report.skipped).filter((code) => code !== 'navigation'), []);
  }
});

test('internet pictures are fetched only when asked, once per address, and checked like any other', async () => {
  const buttons = [
    { id: '1', label: '하나', image_id: 'a' }, { id: '2', label: '둘', image_id: 'a' },
    { id: '3', label: '셋', image_id: 'b' }, { id: '4', label: '넷', image_id: 'c' },
  ];
  const images = [
    { id: 'a', url: 'https://pictures.example/one.png' },
    { id: 'b', url: 'https://pictures.example/page.html' },
    { id: 'c', url: 'https://pictures.example/missing.png' },
  ];
  const result = await read(obf(board(buttons, images)));
  assert.equal(result.report.remote.length, 3);
  const asked = [];
  const fetchStub = async (url, init) => {
    asked.push(url);
    assert.equal(init.credentials, 'omit');
    if (url.endsWith('one.png')) return new Response(PNG_1x1);
    if (url.endsWith('page.html')) return new Response('<html><script>alert(1)</script></html>');
    return new Response('no', { status: 404 });
  };
  const { fetched, failed } = await inlineRemotePictures(result, { fetch: fetchStub });
  assert.deepEqual(asked.sort(), images.map((i) => i.url).sort());
  assert.deepEqual({ fetched, failed }, { fetched: 1, failed: 2 });
  assert.deepEqual(result.deck.cards.map((c) => Boolean(c.image)), [true, true, false, false]);
  assert.equal(result.deck.cards[0].image, result.deck.cards[1].image);
});
