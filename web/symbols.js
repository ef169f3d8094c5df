/**
 * The OpenMoji symbols, drawn inline as <svg> elements of the page. As an <img>, every symbol costs
 * the browser a separate SVG document (about 25 ms of the main thread each on a CPU 4× slower than
 * this project's machine, and the first page shows over 40: `node tools/measure-load.mjs --trace`);
 * inline, a symbol is a few more elements of the page. The built-in deck's symbols come in sheets,
 * one per category (tools/symbol-sheets.mjs): the first page is two requests, not one per picture.
 * Any other symbol (a teacher's card), or one whose sheet cannot be fetched, comes from its own
 * file. Each symbol is parsed and cleaned once, then cloned for every card that shows it. Pictures
 * a teacher adds stay <img> (view.js).
 *
 * Cleaning keeps drawing and nothing else: SVG shapes and groups only (no script, style,
 * foreignObject, link, use, title or text), no text at all (a card's and the sentence's text stay
 * their words), no ids (they would repeat across symbols), no event handler attributes, no references.
 * A symbol from a sheet is cleaned exactly as a file is.
 */
import { SHEET_OF, SHEETS } from './gen/symbol-sheets.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const DRAWING = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);

const SYMBOL_DIR = new URL('./gen/vendor/openmoji/', import.meta.url).href;

/** @type {Map<string, Promise<SVGSVGElement|null>>} cleaned symbols by code (null: no usable drawing) */
const parsed = new Map();
/** @type {Map<number, Promise<Map<string, Element>|null>>} each sheet's symbols, uncleaned, by code */
const sheets = new Map();
/** @type {Set<Promise<unknown>>} symbols being drawn now */
const drawing = new Set();

/**
 * A fresh copy of an OpenMoji symbol, or null when it cannot be fetched or is not a clean drawing.
 * @param {string} code the symbol's code point(s) in hex, e.g. "1F34E"
 * @returns {Promise<SVGSVGElement|null>}
 */
export function symbolElement(code) {
  const hex = String(code).toUpperCase();
  let symbol = parsed.get(hex);
  if (!symbol) {
    const sheet = Object.hasOwn(SHEET_OF, hex) ? SHEET_OF[hex] : -1;
    symbol = (sheet >= 0 ? fromSheet(sheet, hex) : Promise.resolve(null)).then((svg) => svg ?? fromFile(hex));
    // A failure (offline, say) is not remembered: the next card asks again.
    symbol.then((svg) => { if (!svg) parsed.delete(hex); });
    parsed.set(hex, symbol);
  }
  const copy = symbol.then((svg) => (svg ? /** @type {SVGSVGElement} */ (document.importNode(svg, true)) : null));
  drawing.add(copy);
  copy.finally(() => drawing.delete(copy)).catch(() => {});
  return copy;
}

/** The symbol's own file, cleaned, or null. @param {string} hex */
function fromFile(hex) {
  return fetch(`${SYMBOL_DIR}${encodeURIComponent(hex)}.svg`)
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => (text === null ? null : cleanSymbol(text)), () => null);
}

/** The symbol from its sheet, cleaned, or null (the sheet failed or does not hold it). */
async function fromSheet(number, hex) {
  let sheet = sheets.get(number);
  if (!sheet) {
    sheet = fetch(`${SYMBOL_DIR}sheets/${encodeURIComponent(SHEETS[number])}.svg`)
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => (text === null ? null : readSheet(text)), () => null);
    sheet.then((symbols) => { if (!symbols) sheets.delete(number); });
    sheets.set(number, sheet);
  }
  const root = (await sheet)?.get(hex);
  if (!root) return null;
  root.removeAttribute('data-symbol');
  return cleanDrawing(root);
}

/**
 * A sheet's symbols by code: the <svg> children of its root that carry data-symbol.
 * @param {string} text @returns {Map<string, Element>|null}
 */
function readSheet(text) {
  const root = parseSvg(text);
  if (!root) return null;
  const symbols = new Map();
  for (const child of root.children) {
    const hex = child.getAttribute('data-symbol');
    if (hex && child.namespaceURI === SVG_NS && child.localName === 'svg' && !symbols.has(hex)) symbols.set(hex, child);
  }
  return symbols;
}

/** Settles once every symbol asked for so far is drawn or has failed (printing waits for this). */
export async function symbolsDrawn() {
  while (drawing.size) await Promise.allSettled([...drawing]);
}

/**
 * The drawing in an SVG file's text, cleaned, or null.
 * @param {string} text
 * @returns {SVGSVGElement|null}
 */
export function cleanSymbol(text) {
  const root = parseSvg(text);
  return root && cleanDrawing(root);
}

/** The root <svg> of an SVG document's text, or null when the text is not one. @param {string} text */
function parseSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  return root;
}

/**
 * Cleans an <svg> element in place down to drawing (see the top of this file) and returns it.
 * @param {Element} root
 * @returns {SVGSVGElement}
 */
function cleanDrawing(root) {
  for (const element of [...root.querySelectorAll('*')]) {
    if (element.namespaceURI !== SVG_NS || !DRAWING.has(element.localName)) element.remove();
  }
  // Text, white space and comments between the shapes: none of it is drawing.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_CDATA_SECTION | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
  const loose = [];
  while (walker.nextNode()) loose.push(walker.currentNode);
  for (const node of loose) node.parentNode?.removeChild(node);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower === 'id' || lower === 'style' || lower === 'class' || lower.startsWith('on') || lower.endsWith('href') ||
        (element === root && (lower === 'width' || lower === 'height'))) {
        element.removeAttribute(name);
      }
    }
  }
  root.setAttribute('focusable', 'false');
  root.setAttribute('aria-hidden', 'true');
  return /** @type {SVGSVGElement} */ (/** @type {unknown} */ (root));
}
