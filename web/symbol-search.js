/**
 * The card editor's symbol search: the bundled OpenMoji symbols that read well at card size, found by
 * Korean keywords (CLDR annotations, from emojibase-data's ko locale) and English ones (OpenMoji's own
 * tags). The index is written at build time by tools/vendor.mjs (gen/vendor/openmoji/search.json,
 * precached by the service worker) and read once, the first time a teacher searches.
 */

const INDEX_URL = new URL('./gen/vendor/openmoji/search.json', import.meta.url);

/** @typedef {{hex: string, emoji: string, name: string, ko: string[], en: string[]}} SymbolEntry */

let loading = null;

/**
 * The index, loaded once ([] when it cannot be had: the editor still takes an emoji or a photo).
 * @param {(url: URL) => Promise<Response>} [fetchImpl]
 * @returns {Promise<SymbolEntry[]>}
 */
export function loadSymbolIndex(fetchImpl = (url) => fetch(url)) {
  loading ??= fetchImpl(INDEX_URL)
    .then((response) => (response.ok ? response.json() : []))
    .then((rows) => rows.map(([hex, emoji, ko, en]) => {
      const koWords = ko ? ko.split('|') : [];
      const enWords = en ? en.split('|') : [];
      return { hex, emoji, name: koWords[0] || enWords[0] || hex, ko: koWords, en: enWords };
    }))
    .catch(() => {
      loading = null;
      return [];
    });
  return loading;
}

/**
 * The symbols for a query, best first: the Korean name itself, a word of the name, a Korean keyword,
 * then any part of a Korean or English keyword.
 * @param {SymbolEntry[]} index @param {string} query @param {number} [limit]
 * @returns {SymbolEntry[]}
 */
export function searchSymbols(index, query, limit = 24) {
  const q = String(query || '').trim().toLowerCase();
  if (!q) return [];
  /** @type {Array<[number, SymbolEntry]>} */
  const scored = [];
  for (const entry of index) {
    const rank = rankOf(entry, q);
    if (rank < Infinity) scored.push([rank, entry]);
  }
  // Array sort is stable: within a rank, OpenMoji's own order (faces, people, animals, food …) stays.
  return scored.sort((a, b) => a[0] - b[0]).slice(0, limit).map(([, entry]) => entry);
}

function rankOf(entry, q) {
  const [name = '', ...tags] = entry.ko;
  if (name === q) return 0;
  if (name.split(' ').includes(q)) return 1;
  if (tags.includes(q)) return 2;
  if (entry.en[0] === q) return 2;
  if (entry.en.includes(q)) return 3;
  if (name.includes(q)) return 4;
  if (tags.some((tag) => tag.includes(q))) return 5;
  if (entry.en.some((word) => word.includes(q))) return 6;
  return Infinity;
}
