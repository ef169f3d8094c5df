// The page preloads what the board needs first (web/index.html): every module app.js imports at
// start, at any depth, is a modulepreload, so the browser fetches them all while the page is parsed
// instead of one import level at a time; and every preloaded file exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, normalize, relative } from 'node:path';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const html = readFileSync(join(WEB, 'index.html'), 'utf8');
const links = [...html.matchAll(/<link rel="(modulepreload|preload)" href="([^"]+)"/g)].map((m) => ({ rel: m[1], href: m[2] }));

/** The modules `file` imports statically (import … from './x.js'; dynamic import() is left out). */
function staticImports(file) {
  const text = readFileSync(join(WEB, file), 'utf8');
  return [...text.matchAll(/^\s*import\s+(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)]
    .map((m) => relative(WEB, normalize(join(WEB, dirname(file), m[1]))));
}

function startGraph() {
  const seen = new Set(['app.js']);
  const queue = ['app.js'];
  while (queue.length) {
    for (const next of staticImports(queue.shift())) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

test('every module the start-up graph imports is preloaded', () => {
  const preloaded = new Set(links.filter((l) => l.rel === 'modulepreload').map((l) => l.href));
  const graph = startGraph();
  assert.ok(graph.has('core.js') && graph.has('facts.js'), [...graph].join(' '));
  assert.ok(![...graph].some((file) => file.startsWith('gen/malmoi-core')), 'the engine needs no JS glue (web/core.js loads the wasm)');
  const missing = [...graph].filter((file) => !preloaded.has(file));
  assert.deepEqual(missing, [], `add <link rel="modulepreload"> for: ${missing.join(', ')}`);
  // Nothing preloaded that the start does not import (the teacher area loads when first used).
  const extra = [...preloaded].filter((file) => !graph.has(file));
  assert.deepEqual(extra, []);
});

test('the engine, the deck, the facts and the first page\'s symbol sheets are fetched while the page is parsed, and exist', () => {
  const fetched = links.filter((l) => l.rel === 'preload').map((l) => l.href).sort();
  // The sheets the built-in deck's first page draws: the tabs and grammar row, and its first category.
  const deck = JSON.parse(readFileSync(join(WEB, 'deck', 'default.json'), 'utf8'));
  const sheets = ['tabs', deck.categories[0].id].map((name) => `gen/vendor/openmoji/sheets/${name}.svg`);
  assert.deepEqual(fetched, ['deck/default.json', 'gen/facts.json', 'gen/malmoi-core.wasm', ...sheets].sort());
  for (const { href } of links) assert.ok(existsSync(join(WEB, href)), `${href} is not in web/`);
});
