/**
 * The OpenMoji symbols, drawn inline as <svg> elements of the page. As an <img>, every symbol costs
 * the browser a separate SVG document (about 25 ms of the main thread each on a CPU 4× slower than
 * this project's machine, and the first page shows over 40: `node tools/measure-load.mjs --trace`);
 * inline, a symbol is a few more elements of the page. Each file is fetched and parsed once, cleaned,
 * then cloned for every card that shows it. Pictures a teacher adds stay <img> (view.js).
 *
 * Cleaning keeps drawing and nothing else: SVG shapes and groups only (no script, style,
 * foreignObject, link, use, title or text), no text at all (a card's and the sentence's text stay
 * their words), no ids (they would repeat across symbols), no event handler attributes, no references.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const DRAWING = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect']);

/** @type {Map<string, Promise<SVGSVGElement|null>>} parsed symbols by URL (null: not a usable file) */
const parsed = new Map();
/** @type {Set<Promise<unknown>>} symbols being drawn now */
const drawing = new Set();

/**
 * A fresh copy of the symbol at `url`, or null when it cannot be fetched or is not a clean drawing.
 * @param {string} url
 * @returns {Promise<SVGSVGElement|null>}
 */
export function symbolElement(url) {
  let symbol = parsed.get(url);
  if (!symbol) {
    symbol = fetch(url)
      .then((response) => (response.ok ? response.text() : null))
      .then((text) => (text === null ? null : cleanSymbol(text)), () => null);
    // A failure (offline, say) is not remembered: the next card asks again.
    symbol.then((svg) => { if (!svg) parsed.delete(url); });
    parsed.set(url, symbol);
  }
  const copy = symbol.then((svg) => (svg ? /** @type {SVGSVGElement} */ (document.importNode(svg, true)) : null));
  drawing.add(copy);
  copy.finally(() => drawing.delete(copy)).catch(() => {});
  return copy;
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
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  for (const element of [...root.querySelectorAll('*')]) {
    if (element.namespaceURI !== SVG_NS || !DRAWING.has(element.localName)) element.remove();
  }
  // Text, white space and comments between the shapes: none of it is drawing.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_CDATA_SECTION | NodeFilter.SHOW_PROCESSING_INSTRUCTION);
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
