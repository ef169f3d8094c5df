// Arranging is idempotent on every row of every gold set: the cards the rules arranged arrange to
// themselves, and the rules' sentence for them is the sentence for the taps. The prompt sends the
// arranged cards, so this is what makes the model see the cards the rules completed. (The C++
// tables check the same on their own rows; the gold sets are where real children's taps are.)
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from '../../tools/eval.mjs';
import { loadBuiltCore, root } from '../support/build.mjs';

let core;
before(async () => {
  core = await loadBuiltCore();
});

/** Every distinct (cards, options) of tests/gold/*.tsv. */
function goldRows() {
  const dir = join(root, 'tests', 'gold');
  const seen = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
    for (const row of readGold(join(dir, name))) {
      const key = JSON.stringify([row.cards, row.options ?? {}]);
      if (!seen.has(key)) seen.set(key, { where: `${name}:${row.line}`, cards: row.cards, options: row.options });
    }
  }
  return [...seen.values()];
}

test('every gold row arranges to itself and keeps its sentence', () => {
  const rows = goldRows();
  assert.ok(rows.length > 2000, `the gold sets hold ${rows.length} distinct rows`);
  const request = (labels, options) => ({ cards: labels.map((label) => ({ label })), ...(options ? { options } : {}) });
  // (A batch holds at most 1,000 requests.)
  const complete = (requests) => {
    const out = [];
    for (let i = 0; i < requests.length; i += 1000) out.push(...core.batch('complete', requests.slice(i, i + 1000)));
    return out;
  };
  const first = complete(rows.map((r) => request(r.cards, r.options)));
  const again = complete(rows.map((r, i) => request(first[i].value.labels, r.options)));
  const differ = [];
  rows.forEach((row, i) => {
    assert.ok(first[i].ok && again[i].ok, `${row.where}: the core answers`);
    const once = first[i].value;
    const twice = again[i].value;
    if (JSON.stringify(twice.labels) !== JSON.stringify(once.labels) || twice.sentence !== once.sentence) {
      differ.push(`${row.where} ${JSON.stringify(row.cards)}: ${once.labels.join(' ')} → ${once.sentence} | ${twice.labels.join(' ')} → ${twice.sentence}`);
    }
  });
  assert.deepEqual(differ, [], `rows whose arrangement is not a fixed point:\n${differ.join('\n')}`);
});
