#!/usr/bin/env node
/**
 * Writes the fuzzers' seed corpora from the test tables: tests/parity/*.jsonl (the requests wasm
 * and native must answer alike), tests/fixtures/responses.jsonl (75 model answers), tests/gold/*.tsv
 * and tests/deck/examples.tsv (sentences with their cards), one file per input.
 *
 *   node tests/fuzz/seeds.mjs OUT_DIR     → OUT_DIR/<target>/<n> for every fuzz target
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltCore, root } from '../support/build.mjs';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: node tests/fuzz/seeds.mjs OUT_DIR\n');
  process.exit(2);
}

const lines = (path) => readFileSync(join(root, path), 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
const jsonl = (path) => lines(path).map((line) => JSON.parse(line));
const tsvRows = (path, cardColumn, expectedColumn) => lines(path).map((line) => {
  const fields = line.split('\t');
  return { cards: JSON.parse(fields[cardColumn]), expected: fields[expectedColumn] };
});

const gold = [...tsvRows('tests/gold/gold.tsv', 1, 2), ...tsvRows('tests/gold/holdout.tsv', 1, 2),
  ...tsvRows('tests/deck/examples.tsv', 0, 1)];
const parity = (name) => lines(`tests/parity/${name}.jsonl`);
const particles = jsonl('tests/parity/particle.jsonl');
const conjugations = jsonl('tests/parity/conjugate.jsonl');
const fixtures = jsonl('tests/fixtures/responses.jsonl');
/** A line's JSON, or undefined: the parity tables also hold requests that are not JSON at all. */
const parsed = (line) => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};
const cardSets = [...lines('tests/parity/complete.jsonl').map((line) => parsed(line)?.cards), ...gold.map((r) => r.cards)]
  .filter((cards) => Array.isArray(cards)); // the parity table also holds malformed requests
const core = await loadBuiltCore();

/** The rules' Edits for a gold row, so the score seeds hold real answers. */
function editsFor(cards) {
  try {
    return core.complete(cards.map((label) => (typeof label === 'string' ? { label } : label))).edits;
  } catch {
    return { insertWords: [], transformedWords: [] };
  }
}

/** The core's request for each prompt row (in both API styles and on a 반말 and a 저 board), to forward. */
function forwardSeeds() {
  const out = [];
  for (const line of parity('prompt')) {
    const request = JSON.parse(line);
    for (const options of [undefined, { register: 'plain' }, { firstPerson: '저' }]) {
      try {
        const body = core.prompt(options ? { ...request, options } : request).body;
        out.push(JSON.stringify({ body, model: 'ft:server-model', style: request.style === 'openai' ? 'compatible' : 'openai' }));
      } catch {
        // a row the core refuses has no request to forward
      }
    }
  }
  return out;
}

const labelsOf = (cards) => cards.map((card) => (typeof card === 'string' ? card : card?.label)).filter((l) => typeof l === 'string');

const cardLine = (card) => (card && typeof card === 'object'
  ? [card.label, card.pos || '', card.class || ''].join('\t') : String(card));

const corpora = {
  fuzz_api_particle: parity('particle'),
  fuzz_api_conjugate: parity('conjugate'),
  fuzz_api_complete: [...parity('complete'), ...gold.map((r) => JSON.stringify({ cards: r.cards }))],
  fuzz_api_prompt: parity('prompt'),
  fuzz_api_validate: [...parity('validate'),
    ...fixtures.map(({ cards, status, body }) => JSON.stringify({ cards, status, body }))],
  fuzz_api_hints: cardSets.filter((cards) => cards.length > 1)
    .map((cards) => JSON.stringify({ after: cards[0], candidates: cards.slice(1) })),
  fuzz_api_words: cardSets.flatMap(labelsOf).flatMap((label) => [...label].slice(0, 2)
    .map((_, i) => JSON.stringify({ typed: [...label].slice(0, i + 1).join(''), limit: 8 }))),
  fuzz_api_forward: forwardSeeds(),
  fuzz_api_score: gold.map((r) => JSON.stringify({ cards: r.cards, edits: editsFor(r.cards), expected: r.expected })),
  fuzz_particle: particles.map((r) => `${r.word}\t${r.particle}`),
  fuzz_conjugate: conjugations.map((r) => `${r.word}\t${r.form}`),
  fuzz_cards: cardSets.map((cards) => cards.map(cardLine).join('\n')),
  fuzz_json: [...parity('complete'), ...parity('prompt'), ...parity('validate'), ...parity('limits'),
    ...fixtures.map(({ body }) => (typeof body === 'string' ? body : JSON.stringify(body)))],
};

let total = 0;
for (const [target, seeds] of Object.entries(corpora)) {
  const dir = join(out, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const unique = [...new Set(seeds)];
  unique.forEach((seed, i) => writeFileSync(join(dir, String(i).padStart(4, '0')), seed));
  total += unique.length;
}
process.stdout.write(`seeds: ${total} inputs for ${Object.keys(corpora).length} targets in ${out}\n`);
