// The board import against hostile and broken files: zip bombs, path traversal, huge and deeply
// nested JSON, a picture shared by thousands of buttons, scripted and entity-declaring SVG, wrong
// MIME types, broken text and oversized extension fields. Each is either refused with a Korean
// message or imported with the bad part left out and counted; none may hang or exhaust memory.
// The time each takes is printed (for the record), not asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from '../../web/gen/vendor/fflate.js';
import { readBoardFile, ImportError, IMPORT_LIMITS, tooDeep } from '../../web/obf-import.js';
import { pictureChars, checkDeck } from '../../web/deck.js';
import { cleanSvg } from '../../web/svg-clean.js';
import { checkPicture } from '../../web/picture-check.js';
import {
  board, obf, obz, sharedPicture, deepNesting, zipBomb, svgData, fakePng, PNG_1x1,
  SCRIPTED_SVG, ILLUSTRATOR_SVG, LAUGHS_SVG, WMF,
} from '../support/hostile-boards.mjs';

async function timed(name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    console.log(`# ${name}: ${(performance.now() - start).toFixed(0)} ms`);
  }
}

const refusedWith = (code) => (error) => {
  assert.ok(error instanceof ImportError, `an ImportError, not ${error}`);
  assert.equal(error.code, code);
  assert.match(error.message, /[가-힣]/, 'the message is Korean');
  return true;
};

test('zip bombs: a header that lies stops at its declared size; an honest huge entry is refused unread', async () => {
  const lying = zipBomb(32 * 1024 * 1024, 1000);
  await timed(`bomb, lying header (32 MB declared as 1 KB, file ${lying.length} bytes)`, () => assert.rejects(readBoardFile(lying), refusedWith('zip_bomb')));
  const honest = zipBomb(32 * 1024 * 1024);
  await timed('bomb, honest header (32 MB)', () => assert.rejects(readBoardFile(honest), refusedWith('zip_bomb')));
  // Many entries, each within its limit, that together pass the total limit.
  const files = {};
  for (let i = 0; i < 8; i += 1) files[`images/${i}.png`] = fakePng(7 * 1024 * 1024);
  files['boards/1.obf'] = board([{ id: '1', label: '하나' }]);
  const many = obz(files, { level: 1 });
  await timed('bomb, eight 7 MB entries', () => assert.rejects(readBoardFile(many), refusedWith('zip_bomb')));
});

test('path traversal in the archive is refused; in a link or picture path it leads nowhere', async () => {
  const evil = zipSync({
    'manifest.json': strToU8(JSON.stringify({ format: 'open-board-0.1', root: 'boards/1.obf', paths: { boards: { 1: 'boards/1.obf' } } })),
    'boards/1.obf': strToU8(JSON.stringify(board([{ id: '1', label: '하나' }]))),
    '../../outside.obf': strToU8('{}'),
  });
  await assert.rejects(readBoardFile(evil), refusedWith('zip_bad_path'));
  const absolute = zipSync({ '/etc/passwd': strToU8('x'), 'boards/1.obf': strToU8(JSON.stringify(board([{ id: '1', label: '하나' }]))) });
  await assert.rejects(readBoardFile(absolute), refusedWith('zip_bad_path'));
  const { deck, report } = await readBoardFile(obz({
    'boards/1.obf': board([
      { id: '1', label: '하나', image_id: 'p' },
      { id: '2', label: '둘', load_board: { path: '../../../secret.obf' } },
    ], [{ id: 'p', path: '../images/p.png' }]),
  }));
  assert.deepEqual(deck.cards.map((c) => [c.label, c.image]), [['하나', undefined]]);
  assert.deepEqual(report.skipped, { picture_missing: 1, link_elsewhere: 1 });
});

test('huge JSON is refused by size; deep nesting is refused before parsing, at once', async () => {
  await assert.rejects(readBoardFile(new Uint8Array(IMPORT_LIMITS.fileBytes + 1)), refusedWith('too_big'));
  const deep = deepNesting(9 * 1024 * 1024, 19 * 1024 * 1024);
  await timed('19 MB nested 9 million deep', () => assert.rejects(readBoardFile(deep), refusedWith('too_deep')));
  const packed = obz({ 'boards/1.obf': deepNesting(100000) });
  await timed('deep nesting inside an .obz', () => assert.rejects(readBoardFile(packed), refusedWith('too_deep')));
  assert.equal(tooDeep('{"a": "[[[[[[[[[[[[", "b": [[1]]}', 3), false, 'brackets inside strings do not count');
  assert.equal(tooDeep('[[[[1]]]]', 3), true);
  const buttons = Array.from({ length: IMPORT_LIMITS.buttons + 1 }, (_, i) => ({ id: String(i), label: 'x' }));
  await assert.rejects(readBoardFile(obf(board(buttons))), refusedWith('too_many'));
});

test('one 3 MB picture shared by 300 buttons, and by 2,000: converted once; the deck’s pictures stay under the cap', async () => {
  for (const count of [300, 2000]) {
    const shrunk = [];
    const shrinkPicture = async (bytes, type) => {
      shrunk.push(bytes.length);
      return `data:${type};base64,${Buffer.from(PNG_1x1).toString('base64')}`;
    };
    const file = sharedPicture(count);
    const { deck } = await timed(`${count} buttons sharing a 3 MB picture (file ${file.length} bytes)`, () => readBoardFile(file, { shrinkPicture }));
    assert.equal(deck.cards.length, count);
    assert.equal(shrunk.length, 1, 'the picture is converted once');
    assert.ok(deck.cards.every((c) => c.image === deck.cards[0].image));
    // Without a way to make it smaller, the cap decides how many cards keep it.
    const { deck: plain, report } = await timed(`${count} buttons, nothing to shrink with`, () => readBoardFile(file));
    assert.ok(pictureChars(plain) <= IMPORT_LIMITS.pictureChars);
    assert.equal(report.skipped.picture_over_total, plain.cards.filter((c) => !c.image).length);
    assert.ok(plain.cards.some((c) => c.image), 'the first cards keep it');
  }
});

test('scripted SVG is cleaned to drawing; nothing that runs or reaches out survives', async () => {
  const clean = cleanSvg(SCRIPTED_SVG);
  for (const bad of [/<script/i, /\son\w+=/i, /javascript:/i, /foreignObject/i, /<iframe/i, /<set/i, /example\.com/, /@import/]) {
    assert.doesNotMatch(clean, bad);
  }
  assert.match(clean, /<rect width="10" height="10" fill="red"\/>/);
  assert.match(clean, /fill: url\(#g\)/, 'a reference inside the picture stays');
  const { deck } = await readBoardFile(obf(board([{ id: '1', label: '빨강', image_id: 'p' }], [{ id: 'p', data: svgData(SCRIPTED_SVG), content_type: 'image/svg+xml' }])));
  const kept = Buffer.from(deck.cards[0].image.split(',')[1], 'base64').toString();
  assert.equal(kept, clean);
});

test('an Illustrator SVG whose DOCTYPE declares entities imports, its namespaces resolved and its private data gone', async () => {
  const clean = cleanSvg(ILLUSTRATOR_SVG);
  assert.match(clean, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(clean, /<circle class="st0" cx="50" cy="50" r="40"\/>/);
  assert.match(clean, /\.st0\{fill:#E30613;\}/);
  assert.doesNotMatch(clean, /DOCTYPE|ENTITY|pgf|adobe|foreignObject|i:/i);
  const { deck, report } = await readBoardFile(obf(board([{ id: '1', label: '동그라미', image_id: 'p' }], [{ id: 'p', data: svgData(ILLUSTRATOR_SVG) }])));
  assert.match(deck.cards[0].image, /^data:image\/svg\+xml;base64,/);
  assert.deepEqual(report.skipped, {});
});

test('billion laughs, WMF labelled image/png, HTML and a huge canvas: the card stays, with a letter tile', async () => {
  const images = [
    { id: 'laughs', data: svgData(LAUGHS_SVG) },
    { id: 'wmf', data: `data:image/png;base64,${Buffer.from(WMF).toString('base64')}`, content_type: 'image/png' },
    { id: 'html', data: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
    { id: 'canvas', data: `data:image/png;base64,${Buffer.from(fakePng(100, 100000, 100000)).toString('base64')}` },
    { id: 'js', url: 'javascript:alert(1)' },
    { id: 'ok', data: `data:image/png;base64,${Buffer.from(PNG_1x1).toString('base64')}` },
  ];
  const buttons = images.map((image, i) => ({ id: String(i), label: `카드${i}`, image_id: image.id }));
  const { deck, report } = await timed('six bad pictures', () => readBoardFile(obf(board(buttons, images))));
  assert.equal(deck.cards.length, 6, 'no bad picture refuses the board');
  assert.deepEqual(deck.cards.map((c) => Boolean(c.image)), [false, false, false, false, false, true]);
  assert.deepEqual(report.skipped, { picture_bad: 3, picture_too_big: 1, picture_unsafe: 1 });
  assert.equal(checkPicture(new Uint8Array(WMF)).code, 'not_image');
});

test('lone UTF-16 surrogates in labels are replaced, so every sentence with the card can still be sent', async () => {
  const { deck, report } = await readBoardFile(obf(board([
    { id: '1', label: '사과\uD800', vocalization: '\uDC00사과' },
    { id: '2', label: '😀'.repeat(50) }, // clipped to 80 units without splitting an emoji
  ])));
  assert.equal(deck.cards[0].label, '사과\uFFFD');
  assert.equal(deck.cards[0].speak, '\uFFFD사과');
  assert.equal(report.skipped.text_repaired, 2);
  assert.equal(deck.cards[1].label, '😀'.repeat(40));
  assert.doesNotThrow(() => new TextEncoder().encode(JSON.stringify(deck)));
  assert.equal(JSON.stringify(deck).includes('\\ud'), false);
});

test('extension fields are capped: at most 20 small keys per card; the rest are counted', async () => {
  const many = Object.fromEntries(Array.from({ length: 100000 }, (_, i) => [`k${i}`, i]));
  const file = obf(board([
    { id: '1', label: '하나', ext_malmoi_fields: many },
    { id: '2', label: '둘', ext_malmoi_fields: { note: 'x'.repeat(10000), nested: { a: { b: { c: { d: 1 } } } }, ['__proto__']: { x: 1 }, ok: 'fine', label: 'no' } },
  ]));
  const { deck, report } = await timed('100,000 ext_malmoi_fields keys', () => readBoardFile(file));
  assert.equal(Object.keys(deck.cards[0]).filter((k) => k.startsWith('k')).length, 20);
  assert.equal(deck.cards[1].ok, 'fine');
  assert.equal(deck.cards[1].label, '둘', 'an extension field never overrides a card field');
  assert.equal(deck.cards[1].note, undefined);
  assert.equal(deck.cards[1].nested, undefined);
  assert.ok(report.skipped.field_dropped >= 100000 - 20 + 3);
  checkDeck(deck);
});
