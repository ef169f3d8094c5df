// One source of truth: the parts of speech, the noun classes and the card limit belong to the core,
// the part-of-speech colours to web/pos-colours.json. The build writes them into web/gen/facts.json
// and web/gen/pos-colours.css (tools/facts.mjs); the web reads them through web/facts.js and deck.js.
// These tests fail when a copy appears or the generated files are stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli } from '../support/build.mjs';
import { coloursCss, composeFacts, generate, paths } from '../../tools/facts.mjs';

const core = JSON.parse(runCli(['facts']).stdout);
const colourFile = JSON.parse(readFileSync(paths.colours, 'utf8'));

test('build/malmoi facts prints the core\'s lists and limit', () => {
  assert.ok(core.partsOfSpeech.includes('noun') && core.partsOfSpeech.includes('particle'));
  assert.ok(core.nounClasses.includes('food') && core.nounClasses.includes('direction'));
  assert.ok(Number.isInteger(core.maxCards) && core.maxCards > 1);
});

test('the card limit is the one the core enforces', () => {
  const cards = (n) => JSON.stringify(Array.from({ length: n }, () => '사과'));
  const at = runCli(['complete'], `${cards(core.maxCards)}\n`);
  assert.equal(at.status, 0, at.stdout);
  const over = runCli(['complete'], `${cards(core.maxCards + 1)}\n`);
  assert.equal(over.status, 1);
  assert.match(over.stdout, /^error: too_many_cards/);
});

test('web/gen/facts.json and web/gen/pos-colours.css are what the build writes today', () => {
  for (const path of [paths.facts, paths.css]) assert.ok(existsSync(path), `${path} is missing: run tools/build.sh`);
  const fresh = generate();
  assert.equal(readFileSync(paths.facts, 'utf8'), fresh.facts, 'stale web/gen/facts.json: run tools/build.sh');
  assert.equal(readFileSync(paths.css, 'utf8'), fresh.css, 'stale web/gen/pos-colours.css: run tools/build.sh');
});

test('deck.js offers exactly the core\'s parts of speech and noun classes, each with a Korean name', async () => {
  const { FACTS } = await import('../../web/facts.js');
  const deck = await import('../../web/deck.js');
  assert.equal(FACTS.generated, true, 'web/facts.js fell back: gen/facts.json was not read');
  assert.deepEqual(deck.PARTS_OF_SPEECH.map(([id]) => id), core.partsOfSpeech);
  assert.deepEqual(deck.NOUN_CLASSES.map(([id]) => id), ['', ...core.nounClasses]);
  for (const [id, name] of [...deck.PARTS_OF_SPEECH, ...deck.NOUN_CLASSES.slice(1)]) {
    assert.match(name, /[가-힣]/, `no Korean name for "${id}": add it to web/deck.js`);
  }
  // A Korean name for something the core does not know is a stale copy.
  assert.deepEqual(Object.keys(deck.NAMES.partsOfSpeech).sort(), [...core.partsOfSpeech].sort());
  assert.deepEqual(Object.keys(deck.NAMES.nounClasses).sort(), [...core.nounClasses].sort());
  assert.equal(deck.MAX_CARDS, core.maxCards);
  assert.deepEqual(deck.POS_COLOURS, composeFacts(core, colourFile).posColours);
});

test('the colours file and the core agree, or the build stops', () => {
  assert.deepEqual(Object.keys(colourFile.colours).sort(), [...core.partsOfSpeech].sort());
  const without = structuredClone(colourFile);
  delete without.colours.noun;
  assert.throws(() => composeFacts(core, without), /no colours for the part of speech "noun"/);
  const extra = structuredClone(colourFile);
  extra.colours.article = { line: '#000000', background: '#ffffff' };
  assert.throws(() => composeFacts(core, extra), /"article", which the core does not know/);
  const css = coloursCss(composeFacts(core, colourFile));
  for (const [pos, c] of Object.entries(colourFile.colours)) {
    assert.ok(css.includes(`--pos-${pos}: ${c.line}; --pos-${pos}-bg: ${c.background};`), pos);
    assert.ok(css.includes(`[data-pos="${pos}"] {`), pos);
  }
});

test('the Open Board export uses the app\'s colours', async () => {
  const { exportObf } = await import('../../web/obf-export.js');
  const deck = {
    id: 'd', categories: [{ id: 'c', name: '음식' }],
    cards: core.partsOfSpeech.map((pos, i) => ({ id: `k${i}`, label: `낱말${i}`, pos, category: 'c' })),
  };
  const board = JSON.parse(await exportObf(deck, async () => null));
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  for (const button of board.buttons) {
    const c = colourFile.colours[button.ext_malmoi_pos];
    assert.equal(button.border_color, rgb(c.line), button.ext_malmoi_pos);
    assert.equal(button.background_color, rgb(c.background), button.ext_malmoi_pos);
  }
});

test('no copy of these facts remains in the web\'s sources', () => {
  const source = (file) => readFileSync(join(root, 'web', file), 'utf8');
  assert.doesNotMatch(source('app.css'), /--pos-[a-z]+(-bg)?\s*:/, 'app.css defines part-of-speech colours');
  assert.doesNotMatch(source('app.css'), /\[data-pos=/, 'app.css has its own [data-pos] rules');
  assert.doesNotMatch(source('obf-export.js'), /rgb\(\s*\d/, 'obf-export.js has colours of its own');
  assert.doesNotMatch(source('app.js'), /strip\.length\s*>=?\s*\d/, 'app.js has a card limit of its own');
  assert.match(source('index.html'), /<link rel="stylesheet" href="gen\/pos-colours\.css">/);
});
