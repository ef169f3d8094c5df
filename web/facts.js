/**
 * The facts the app shares with the core: the parts of speech and noun classes it understands, the
 * most cards a sentence may have, and the part-of-speech colours. tools/build.sh writes them into
 * gen/facts.json from the core itself (`build/malmoi facts`) and web/pos-colours.json, so the app keeps
 * no copy of its own (docs/design.md, "One source of truth"). Use them through deck.js.
 *
 * Without gen/facts.json (a build that did not finish) the app still starts: it says so in the
 * console, offers the parts of speech deck.js has names for, no noun classes, no colours in exports,
 * and leaves the card limit to the core (which answers too_many_cards). The tests require the file.
 */

/**
 * @typedef {object} Facts
 * @property {number} maxCards the most cards one sentence may have
 * @property {string[]} nounClasses
 * @property {string[]} partsOfSpeech
 * @property {Record<string, {line: string, background: string}>} posColours '#rrggbb' each
 * @property {boolean} generated false when gen/facts.json could not be read
 */

const FILE = new URL('./gen/facts.json', import.meta.url);

const inNode = typeof window === 'undefined' && typeof (/** @type {any} */ (globalThis).process?.versions?.node) === 'string';

/** The file's text: fetched in the browser, read from disk in Node (tests, tools). */
async function readFacts() {
  if (inNode) {
    const fs = 'node:fs/promises'; // a variable, so that a browser never tries to resolve it
    return (await import(fs)).readFile(FILE, 'utf8');
  }
  const response = await fetch(FILE);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** @returns {Promise<Facts>} */
async function load() {
  try {
    const text = await readFacts();
    const facts = JSON.parse(text);
    if (!Array.isArray(facts.partsOfSpeech) || !Array.isArray(facts.nounClasses) || !Number.isInteger(facts.maxCards)) {
      throw new Error('not a facts file');
    }
    return { ...facts, posColours: facts.posColours ?? {}, generated: true };
  } catch (error) {
    console.error(`gen/facts.json could not be read (${error.message}): run tools/build.sh`);
    return { maxCards: Infinity, nounClasses: [], partsOfSpeech: [], posColours: {}, generated: false };
  }
}

/** @type {Readonly<Facts>} */
export const FACTS = Object.freeze(await load());
