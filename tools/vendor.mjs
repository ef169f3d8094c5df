// Copies the npm assets the app serves itself (so it works offline and looks the same on every
// tablet) from node_modules into web/gen/vendor/, then writes web/gen/precache.js, the list of files
// the service worker keeps for offline use, versioned by a hash of their contents so that every new
// build replaces the old cache. Run by tools/build.sh.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSymbolSheets } from './symbol-sheets.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const out = join(web, 'gen', 'vendor');
mkdirSync(out, { recursive: true });

const copies = [
  ['node_modules/fflate/esm/browser.js', 'fflate.js'],
  ['node_modules/fflate/esm/browser.d.ts', 'fflate.d.ts'], // its types, for tsc (tools/check.sh)
  ['node_modules/fflate/LICENSE', 'fflate.LICENSE'],
  ['node_modules/openmoji/LICENSE.txt', 'openmoji/LICENSE.txt'],
  ['node_modules/emojibase-data/LICENSE', 'emojibase-data.LICENSE'],
];
mkdirSync(join(out, 'openmoji'), { recursive: true });
for (const [from, to] of copies) {
  const source = join(root, from);
  if (!existsSync(source)) throw new Error(`missing ${from}: run tools/setup.sh (npm ci)`);
  cpSync(source, join(out, to));
}

// OpenMoji symbols: the ones the default deck uses (precached for offline use) and, for the cards a
// teacher makes with an emoji, the everyday groups without skin-tone variants (fetched when first
// shown, then kept by the service worker). Flags and brand logos are left out.
const deck = JSON.parse(readFileSync(join(web, 'deck', 'default.json'), 'utf8'));
const deckSymbols = new Set();
for (const item of [...deck.categories, ...deck.cards]) if (item.symbol) deckSymbols.add(String(item.symbol).toUpperCase());
const TEACHER_GROUPS = new Set(['smileys-emotion', 'people-body', 'animals-nature', 'food-drink', 'travel-places',
  'activities', 'objects', 'symbols']);
const openmojiData = JSON.parse(readFileSync(join(root, 'node_modules', 'openmoji', 'data', 'openmoji.json'), 'utf8'));
const svgDir = join(root, 'node_modules', 'openmoji', 'color', 'svg');
const symbols = new Set(deckSymbols);
for (const entry of openmojiData) {
  if (TEACHER_GROUPS.has(entry.group) && !entry.skintone && existsSync(join(svgDir, `${entry.hexcode}.svg`))) symbols.add(entry.hexcode);
}

// The card editor's symbol search (web/symbol-search.js): every symbol that reads well at card size —
// no flags, letters, keycaps of letters, signs of religion or the zodiac, skin-tone variants, brand
// logos or interface pieces — with its Korean keywords (CLDR annotations, from emojibase-data's ko
// locale) and OpenMoji's English ones. Precached, so search works offline.
const UNREADABLE = new Set(['flags', 'component', 'extras-unicode']);
const UNREADABLE_SUBGROUPS = new Set(['alphanum', 'religion', 'zodiac', 'punctuation', 'currency', 'gender', 'brand', 'flags',
  'queer-symbols', 'ui-element', 'subdivision-flag', 'country-flag', 'flag', 'regional-indicator']);
const koData = JSON.parse(readFileSync(join(root, 'node_modules', 'emojibase-data', 'ko', 'data.json'), 'utf8'));
const bare = (hex) => String(hex).toUpperCase().replace(/-FE0F/g, '');
const korean = new Map(koData.map((entry) => [bare(entry.hexcode), [entry.label, ...(entry.tags || [])]]));
const searchIndex = [];
for (const entry of openmojiData) {
  if (UNREADABLE.has(entry.group) || UNREADABLE_SUBGROUPS.has(entry.subgroups) || entry.skintone) continue;
  if (!existsSync(join(svgDir, `${entry.hexcode}.svg`))) continue;
  const ko = [...new Set(korean.get(bare(entry.hexcode)) || [])].filter(Boolean);
  const en = [...new Set([entry.annotation, ...`${entry.tags},${entry.openmoji_tags}`.split(',')].map((w) => w.trim().toLowerCase()).filter(Boolean))];
  searchIndex.push([entry.hexcode, entry.emoji && entry.unicode ? entry.emoji : '', ko.join('|'), en.join('|')]);
  symbols.add(entry.hexcode);
}
const openmojiDir = join(out, 'openmoji');
for (const name of readdirSync(openmojiDir)) {
  if (name.endsWith('.svg') && !symbols.has(name.slice(0, -4))) rmSync(join(openmojiDir, name));
}
for (const hex of [...symbols].sort()) {
  const source = join(svgDir, `${hex}.svg`);
  if (!existsSync(source)) throw new Error(`web/deck/default.json uses OpenMoji ${hex}, which openmoji has no SVG for`);
  const target = join(openmojiDir, `${hex}.svg`);
  if (!existsSync(target) || statSync(target).size !== statSync(source).size) cpSync(source, target);
}
writeFileSync(join(openmojiDir, 'index.json'), `${JSON.stringify([...symbols].sort())}\n`);
writeFileSync(join(openmojiDir, 'search.json'), `${JSON.stringify(searchIndex)}\n`);
// The deck's symbols again, a sheet per category: the board's first page in two requests.
const sheets = writeSymbolSheets(deck, openmojiDir, join(openmojiDir, 'sheets'), join(web, 'gen', 'symbol-sheets.js'));

// The service worker's precache: the app shell, the engine, the deck and every vendored file.
const skip = new Set(['sw.js', join('gen', 'precache.js')]);
const openmojiPrefix = join('gen', 'vendor', 'openmoji') + sep;
const sheetPrefix = join(openmojiPrefix, 'sheets') + sep;
const wanted = (path) => !skip.has(path) && !path.split(sep).some((part) => part.startsWith('.')) &&
  /\.(html|js|mjs|css|json|webmanifest|wasm|svg|png|txt|LICENSE)$/.test(path) &&
  (!path.startsWith(openmojiPrefix) || !path.endsWith('.svg') || path.startsWith(sheetPrefix) || deckSymbols.has(path.slice(openmojiPrefix.length, -4)));
const files = walk(web).map((file) => relative(web, file)).filter(wanted).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update('\0').update(readFileSync(join(web, file)));
const version = hash.digest('hex').slice(0, 16);
const urls = files.map((file) => file.split(sep).join('/'));
writeFileSync(join(web, 'gen', 'precache.js'),
  '// Generated by tools/vendor.mjs: the files the service worker keeps for offline use.\n' +
  `self.MALMOI_PRECACHE = ${JSON.stringify({ version, files: ['./', ...urls] }, null, 1)};\n`);

console.log(`vendor: ${copies.length} files and ${symbols.size} OpenMoji symbols (${deckSymbols.size} in the deck, ` +
  `${searchIndex.length} in the symbol search, ${searchIndex.filter((row) => row[2]).length} with Korean keywords) in web/gen/vendor; ` +
  `${sheets.symbols} of the deck's in ${sheets.sheets} sheets${sheets.alone.length ? ` (alone: ${sheets.alone.join(' ')})` : ''}; ` +
  `precache ${urls.length} files, version ${version}`);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
