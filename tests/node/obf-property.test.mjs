// Generated hostile inputs for the import code (fast-check): whatever a file holds, readBoardFile
// either refuses it with an ImportError (a Korean message) or returns a deck that passes the deck's
// own check, whose texts are well-formed, whose annotations the core knows and whose pictures are
// only data URIs of the five kinds a card may show. The SVG cleaner never lets a script, a handler,
// a link outside the picture or foreignObject through, and cleaning its output changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { zipSync, strToU8 } from '../../web/gen/vendor/fflate.js';
import { readBoardFile, ImportError } from '../../web/obf-import.js';
import { checkDeck, knownAnnotation, PARTS_OF_SPEECH, NOUN_CLASSES, wellFormed } from '../../web/deck.js';
import { cleanSvg, SvgError } from '../../web/svg-clean.js';
import { PNG_1x1 } from '../support/hostile-boards.mjs';

const RUNS = { numRuns: 150 };
const PICTURE = /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]*$/;

/** Text as a hostile exporter writes it: any UTF-16, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 120 });
const svgPiece = fc.constantFrom(
  '<svg xmlns="http://www.w3.org/2000/svg">', '</svg>', '<g>', '</g>', '<script>alert(1)</script>', '<rect width="1" height="1"/>',
  '<a href="javascript:alert(1)">', '</a>', ' onload="x()"', '<foreignObject><div/></foreignObject>', '<!DOCTYPE svg [<!ENTITY e "&e;&e;">]>',
  '&e;', '<style>@import url(http://x/)</style>', '<use href="https://evil/x.svg#a"/>', '<image href="data:image/png;base64,AAAA"/>',
  '<![CDATA[<script>]]>', '<!-- c -->', '<?xml version="1.0"?>', '<circle style="fill:url(http://x/)" r="1"/>', 'text', '&amp;', '&#0;',
);
const svgText = fc.array(svgPiece, { maxLength: 12 }).map((parts) => parts.join(''));
const dataUrl = fc.oneof(
  svgText.map((t) => `data:image/svg+xml;base64,${Buffer.from(t).toString('base64')}`),
  fc.uint8Array({ maxLength: 64 }).map((b) => `data:image/png;base64,${Buffer.from(b).toString('base64')}`),
  fc.constant(`data:image/png;base64,${Buffer.from(PNG_1x1).toString('base64')}`),
  anyText.map((t) => `data:${t}`),
  anyText,
);
const image = fc.record({
  id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 5 })),
  data: fc.option(dataUrl, { nil: undefined }),
  url: fc.option(fc.oneof(fc.webUrl(), anyText, fc.constant('javascript:alert(1)'), fc.constant('https://x.example/a b.png')), { nil: undefined }),
  path: fc.option(fc.oneof(fc.constant('images/a.png'), fc.constant('../../x'), anyText), { nil: undefined }),
  symbol: fc.option(fc.record({ set: fc.constantFrom('openmoji', 'other'), filename: fc.oneof(fc.constant('1F34E.svg'), anyText) }), { nil: undefined }),
}, { requiredKeys: ['id'] });
const button = fc.record({
  id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 9 }), fc.constant(null)),
  label: fc.oneof(anyText, fc.integer(), fc.constant(null)),
  vocalization: anyText,
  image_id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 5 })),
  action: fc.oneof(fc.constantFrom(':clear', ':backspace', ':speak', ':home', ':space', '+ing'), anyText),
  actions: fc.array(fc.oneof(anyText, fc.integer()), { maxLength: 3 }),
  load_board: fc.oneof(fc.record({ path: fc.oneof(fc.constant('boards/2.obf'), anyText) }), fc.record({ id: anyText }), fc.constant('x')),
  hidden: fc.oneof(fc.boolean(), anyText),
  sound_id: fc.string({ maxLength: 3 }),
  ext_malmoi_pos: fc.oneof(fc.constantFrom(...PARTS_OF_SPEECH.map(([v]) => v)), anyText, fc.integer()),
  ext_malmoi_class: fc.oneof(fc.constantFrom(...NOUN_CLASSES.map(([v]) => v)), anyText),
  ext_malmoi_category: fc.oneof(fc.constant('c'), anyText),
  ext_malmoi_symbol: fc.oneof(fc.constant('1F34E'), anyText),
  ext_malmoi_emoji: anyText,
  ext_malmoi_fields: fc.oneof(fc.dictionary(anyText, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 30 }), fc.jsonValue({ maxDepth: 2 })),
}, { requiredKeys: [] });
/** A plain word button, its label any text (a label of spaces or broken characters included). */
const wordButton = fc.record({
  id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 9 })),
  label: fc.oneof(anyText, fc.constantFrom('사과', '먹다', '😀'.repeat(60))),
  image_id: fc.option(fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 5 })), { nil: undefined }),
  ext_malmoi_pos: fc.option(fc.oneof(fc.constantFrom(...PARTS_OF_SPEECH.map(([v]) => v)), anyText), { nil: undefined }),
  ext_malmoi_class: fc.option(fc.oneof(fc.constantFrom(...NOUN_CLASSES.map(([v]) => v)), anyText), { nil: undefined }),
});
const boardValue = fc.record({
  format: fc.oneof({ arbitrary: fc.constant('open-board-0.1'), weight: 4 }, { arbitrary: anyText, weight: 1 }),
  id: fc.oneof(anyText, fc.integer()),
  name: fc.oneof(anyText, fc.integer()),
  locale: anyText,
  buttons: fc.array(fc.oneof({ arbitrary: wordButton, weight: 4 }, { arbitrary: button, weight: 3 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }), { maxLength: 12 }),
  images: fc.oneof(fc.array(image, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })),
  grid: fc.oneof(fc.record({ order: fc.array(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 9 }), fc.constant(null)), { maxLength: 4 }), { maxLength: 4 }) }), fc.jsonValue({ maxDepth: 2 })),
  ext_malmoi_deck: fc.option(fc.record({ id: anyText }), { nil: undefined }),
  ext_malmoi_categories: fc.option(fc.array(fc.record({ id: fc.oneof(fc.constant('c'), anyText), name: anyText, image: dataUrl, pinned: fc.boolean() }), { maxLength: 3 }), { nil: undefined, freq: 6 }),
}, { requiredKeys: ['buttons', 'format'] });

/** The promise of every deck an import may return. */
function assertUsable(deck) {
  checkDeck(deck);
  const texts = [deck.name, ...deck.categories.flatMap((c) => [c.id, c.name]), ...deck.cards.flatMap((c) => [c.id, c.label, c.speak ?? ''])];
  for (const text of texts) assert.equal(wellFormed(text), text, 'no lone surrogate');
  for (const card of deck.cards) {
    assert.ok(card.label.trim().length > 0 && card.label.length <= 80);
    if (card.pos !== undefined) assert.ok(knownAnnotation('pos', card.pos), `pos ${card.pos}`);
    if (card.class !== undefined) assert.ok(knownAnnotation('class', card.class), `class ${card.class}`);
  }
  for (const item of [...deck.cards, ...deck.categories]) {
    if (item.image !== undefined) assert.match(item.image, PICTURE);
  }
  assert.doesNotThrow(() => JSON.stringify(deck));
}

const outcomes = { imported: 0, refused: 0 };

async function importOrRefuse(bytes) {
  let deck;
  try {
    ({ deck } = await readBoardFile(bytes));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    assert.match(error.message, /[가-힣]/);
    outcomes.refused += 1;
    return;
  }
  assertUsable(deck);
  outcomes.imported += 1;
}

test('any board JSON: a usable deck or an ImportError', async () => {
  outcomes.imported = 0;
  await fc.assert(fc.asyncProperty(boardValue, (value) => importOrRefuse(new TextEncoder().encode(JSON.stringify(value)))), RUNS);
  console.log(`# ${outcomes.imported} imported, ${outcomes.refused} refused`);
  assert.ok(outcomes.imported > 0, 'the generator makes boards that import, not only refusals');
});

test('any bytes, and any JSON at all: a usable deck or an ImportError', async () => {
  await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), importOrRefuse), RUNS);
  await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 5 }), (value) => importOrRefuse(new TextEncoder().encode(JSON.stringify(value) ?? 'null'))), RUNS);
});

test('any archive of boards, pictures, manifests and odd names: a usable deck or an ImportError', async () => {
  const entryName = fc.oneof(fc.constantFrom('manifest.json', 'boards/1.obf', 'boards/2.obf', 'images/a.png', 'x/manifest.json', 'inner.obz', '../up.obf', 'a\\b.obf'), anyText);
  const content = fc.oneof(
    boardValue.map((b) => strToU8(JSON.stringify(b))),
    fc.record({ format: fc.constant('open-board-0.1'), root: fc.oneof(fc.constant('boards/1.obf'), anyText), paths: fc.record({ boards: fc.dictionary(anyText, fc.oneof(fc.constant('boards/2.obf'), anyText)), images: fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(fc.constant('images/a.png'), anyText)) }) }).map((m) => strToU8(JSON.stringify(m))),
    fc.constant(PNG_1x1),
    fc.uint8Array({ maxLength: 64 }),
  );
  await fc.assert(fc.asyncProperty(fc.dictionary(entryName, content, { minKeys: 1, maxKeys: 6 }), async (files) => {
    let bytes;
    try {
      bytes = zipSync(files);
    } catch {
      return; // a name fflate itself will not write
    }
    await importOrRefuse(bytes);
  }), RUNS);
});

test('cleaned SVG holds nothing that runs or reaches out, and cleaning it again changes nothing', () => {
  fc.assert(fc.property(svgText, (text) => {
    let clean;
    try {
      clean = cleanSvg(text);
    } catch (error) {
      assert.ok(error instanceof SvgError, String(error));
      return;
    }
    assert.doesNotMatch(clean, /<script|<foreignObject|javascript:|https?:\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xlink)")|@import|<!DOCTYPE|<!ENTITY/i);
    // An event handler is an attribute: inside a tag. The same letters in text are only text
    // (<svg> onload="x()"</svg> draws the words), which the cleaner rightly keeps.
    for (const tag of clean.match(/<[^>]*>/g) ?? []) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i);
    assert.equal(cleanSvg(clean), clean);
  }), { numRuns: 500 });
});
