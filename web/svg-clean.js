/**
 * Cleans an SVG picture from outside (a board file) down to drawing: it is parsed with a small strict
 * XML reader and written out again from an allowlist of SVG elements and attributes. Whatever is not
 * on the list goes, with its content: script, foreignObject, animation (which can set a link),
 * event handlers, links that leave the picture, external style sheets, other namespaces (an
 * Illustrator file's private data). References stay only within the picture (`#id`); an embedded
 * bitmap stays only as a PNG, JPEG, GIF or WebP data URI.
 *
 * A DOCTYPE may declare entities (Illustrator writes xmlns="&ns_svg;"): plain text entities are
 * expanded within a budget (so "billion laughs" stops at once) and the DOCTYPE is not written out.
 * Anything the reader does not understand makes the picture unusable rather than half-cleaned.
 */

export const SVG_LIMITS = Object.freeze({
  chars: 2 * 1024 * 1024, // the SVG text
  expansion: 64 * 1024, // characters produced by entity references, all together
  depth: 64, // element nesting
  elements: 20000,
});

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'title', 'desc', 'style', 'image',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology',
  'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);
/** Kept as a plain group: a link cannot be followed from a card's picture. */
const AS_GROUP = new Set(['a']);

const ATTRIBUTES = new Set([
  // structure and geometry
  'id', 'class', 'style', 'transform', 'viewBox', 'preserveAspectRatio', 'version', 'baseProfile',
  'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr',
  'd', 'points', 'pathLength', 'overflow', 'enable-background', 'lang', 'type', 'media',
  // presentation
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color',
  'display', 'visibility', 'clip-path', 'clip-rule', 'mask', 'filter', 'marker-start', 'marker-mid',
  'marker-end', 'stop-color', 'stop-opacity', 'font-family', 'font-size', 'font-weight', 'font-style',
  'font-variant', 'font-stretch', 'font-size-adjust', 'text-anchor', 'dominant-baseline',
  'alignment-baseline', 'baseline-shift', 'letter-spacing', 'word-spacing', 'text-decoration',
  'writing-mode', 'direction', 'unicode-bidi', 'paint-order', 'vector-effect', 'shape-rendering',
  'image-rendering', 'text-rendering', 'color-interpolation', 'color-interpolation-filters',
  'color-rendering', 'flood-color', 'flood-opacity', 'lighting-color', 'isolation', 'mix-blend-mode',
  'kerning', 'glyph-orientation-vertical', 'glyph-orientation-horizontal',
  // paint servers, clipping, markers, text
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'markerWidth', 'markerHeight',
  'markerUnits', 'refX', 'refY', 'orient', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'startOffset', 'method', 'spacing', 'side',
  // filters
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'values', 'operator',
  'k1', 'k2', 'k3', 'k4', 'scale', 'xChannelSelector', 'yChannelSelector', 'radius', 'baseFrequency',
  'numOctaves', 'seed', 'stitchTiles', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  'edgeMode', 'order', 'kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY', 'kernelUnitLength',
  'preserveAlpha', 'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent', 'azimuth',
  'elevation', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle', 'filterRes',
]);

/** Text that could reach outside the picture or run something, in an attribute or in CSS. */
const UNSAFE_VALUE = /javascript:|vbscript:|data:|expression\s*\(|@import|behavior\s*:|-moz-binding|\\/i;
const URL_CALL = /url\s*\(\s*(['"]?)\s*([^'")\s]*)/gi;
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

/** Why an SVG could not be used; `code` is stable. */
export class SvgError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.name = 'SvgError';
    this.code = code;
  }
}

/**
 * The picture with only drawing left, as SVG text; throws SvgError (not_svg, svg_too_big,
 * svg_entities, svg_malformed) when it cannot be cleaned.
 * @param {string} text
 * @param {Partial<typeof SVG_LIMITS>} [limits]
 * @returns {string}
 */
export function cleanSvg(text, limits = {}) {
  const caps = { ...SVG_LIMITS, ...limits };
  if (typeof text !== 'string') throw new SvgError('not_svg', 'not text');
  if (text.length > caps.chars) throw new SvgError('svg_too_big', 'the SVG is too large');
  const reader = new Reader(text.replace(/^\uFEFF/, ''), caps);
  return reader.run();
}

/** True when the text's first element is <svg> (after a declaration, comments and a DOCTYPE). */
export function looksLikeSvg(text) {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*|<\?[\s\S]*?\?>\s*)*<svg[\s>/]/i.test(text.replace(/^\uFEFF/, ''));
}

class Reader {
  constructor(text, caps) {
    this.text = text;
    this.caps = caps;
    this.at = 0;
    this.entities = new Map();
    this.expanded = 0;
    this.out = [];
    this.stack = []; // {name, keep, scope}
    this.elements = 0;
    this.rootSeen = false;
    this.rootClosed = false;
    this.styleDepth = 0;
  }

  run() {
    const { text } = this;
    while (this.at < text.length) {
      if (text.startsWith('<!--', this.at)) this.skipPast('-->');
      else if (text.startsWith('<![CDATA[', this.at)) this.cdata();
      else if (text.startsWith('<?', this.at)) this.skipPast('?>');
      else if (text.startsWith('<!DOCTYPE', this.at)) this.doctype();
      else if (text.startsWith('</', this.at)) this.endTag();
      else if (text[this.at] === '<') this.startTag();
      else this.textRun();
    }
    if (!this.rootSeen || !this.rootClosed || this.stack.length) throw new SvgError('svg_malformed', 'the SVG is not complete');
    return this.out.join('');
  }

  fail(message) {
    throw new SvgError('svg_malformed', message);
  }

  skipPast(end) {
    const stop = this.text.indexOf(end, this.at);
    if (stop === -1) this.fail(`no ${end}`);
    this.at = stop + end.length;
  }

  doctype() {
    if (this.rootSeen) this.fail('a DOCTYPE after the root element');
    const open = this.text.indexOf('[', this.at);
    const close = this.text.indexOf('>', this.at);
    if (close === -1) this.fail('no end of DOCTYPE');
    if (open === -1 || open > close) {
      this.at = close + 1;
      return;
    }
    const end = this.text.indexOf(']', open);
    if (end === -1) this.fail('no end of the internal subset');
    this.subset(this.text.slice(open + 1, end));
    this.at = end + 1;
    const after = /^\s*>/.exec(this.text.slice(this.at, this.at + 200));
    if (!after) this.fail('no end of DOCTYPE');
    this.at += after[0].length;
  }

  /** The internal subset: only general entities with a literal value are taken; anything else is ignored. */
  subset(body) {
    const declaration = /<!ENTITY\s+(%\s+)?([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;
    const rest = body.replace(/<!--[\s\S]*?-->/g, '');
    let match;
    while ((match = declaration.exec(rest))) {
      const [, parameter, name, double, single, external] = match;
      if (parameter || external) continue; // never fetched; a reference to it makes the picture unusable
      const value = double ?? single;
      if (value.includes('<')) throw new SvgError('svg_entities', 'an entity holds markup');
      if (!this.entities.has(name)) this.entities.set(name, value);
    }
  }

  /** Replaces character and entity references, within the expansion budget. */
  decode(raw, depth = 0) {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[A-Za-z_][\w.-]*);|&/gi, (whole, ref) => {
      if (!ref) this.fail('a bare &');
      let value;
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) this.fail('a bad character reference');
        value = String.fromCodePoint(code);
      } else if (PREDEFINED[ref] !== undefined) {
        value = PREDEFINED[ref];
      } else if (this.entities.has(ref)) {
        if (depth >= 8) throw new SvgError('svg_entities', 'entities nest too deeply');
        value = this.decode(this.entities.get(ref), depth + 1);
      } else {
        throw new SvgError('svg_entities', `an unknown entity &${ref};`);
      }
      this.expanded += value.length;
      if (this.expanded > this.caps.expansion) throw new SvgError('svg_entities', 'entities expand too far');
      return value;
    });
  }

  cdata() {
    const stop = this.text.indexOf(']]>', this.at);
    if (stop === -1) this.fail('no end of CDATA');
    this.emitText(this.text.slice(this.at + 9, stop));
    this.at = stop + 3;
  }

  textRun() {
    const stop = this.text.indexOf('<', this.at);
    const raw = this.text.slice(this.at, stop === -1 ? this.text.length : stop);
    this.at = stop === -1 ? this.text.length : stop;
    if (!this.stack.length) {
      if (raw.trim()) this.fail('text outside the root element');
      return;
    }
    this.emitText(this.decode(raw));
  }

  emitText(value) {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (value.trim()) this.fail('text outside the root element');
      return;
    }
    if (!top.keep) return;
    if (top.css) top.css.push(value);
    else this.out.push(escapeText(value));
  }

  startTag() {
    START_TAG.lastIndex = this.at;
    const tag = START_TAG.exec(this.text);
    if (!tag) this.fail('a broken start tag');
    this.at = START_TAG.lastIndex;
    const [, qname, attributeText, selfClosing] = tag;
    if (this.rootClosed) this.fail('a second root element');
    this.elements += 1;
    if (this.elements > this.caps.elements) throw new SvgError('svg_too_big', 'too many elements');
    if (this.stack.length >= this.caps.depth) throw new SvgError('svg_too_big', 'elements nest too deeply');

    const attributes = [];
    const names = new Set();
    for (const match of attributeText.matchAll(ATTRIBUTE)) {
      if (names.has(match[1])) this.fail('an attribute given twice');
      names.add(match[1]);
      attributes.push([match[1], this.decode(match[2] ?? match[3])]);
    }

    const parent = this.stack[this.stack.length - 1];
    const scope = new Map(parent ? parent.scope : [['xml', XML_NS]]);
    for (const [name, value] of attributes) {
      if (name === 'xmlns') scope.set('', value.trim());
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value.trim());
    }
    const [prefix, local] = splitName(qname);
    const namespace = scope.get(prefix) ?? (prefix ? null : '');
    if (!this.rootSeen) {
      // An <svg> with no namespace at all is taken as SVG (the cleaned copy declares it).
      if (local !== 'svg' || (namespace !== SVG_NS && namespace !== '')) throw new SvgError('not_svg', 'the root element is not <svg>');
      this.rootSeen = true;
      this.bare = namespace === '';
    }
    const isSvg = namespace === SVG_NS || (this.bare && namespace === '');
    const keep = Boolean(parent ? parent.keep : true) && isSvg && (ELEMENTS.has(local) || AS_GROUP.has(local));
    const name = AS_GROUP.has(local) ? 'g' : local;
    const element = { qname, name, keep, scope, css: name === 'style' ? [] : null };
    if (keep) {
      const kept = [];
      if (!parent) kept.push(['xmlns', SVG_NS], ['xmlns:xlink', XLINK_NS]);
      for (const [attributeName, value] of attributes) {
        const clean = cleanAttribute(attributeName, value, name, scope, this.bare);
        if (clean) kept.push(clean);
      }
      this.out.push(`<${name}${kept.map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('')}${selfClosing ? '/>' : '>'}`);
    }
    if (selfClosing) {
      if (!parent) this.rootClosed = true;
      return;
    }
    this.stack.push(element);
  }

  endTag() {
    END_TAG.lastIndex = this.at;
    const tag = END_TAG.exec(this.text);
    if (!tag) this.fail('a broken end tag');
    this.at = END_TAG.lastIndex;
    const element = this.stack.pop();
    if (!element || element.qname !== tag[1]) this.fail('end tag does not match');
    if (element.keep) {
      // A style sheet is written only whole and clean.
      const css = element.css?.join('') ?? '';
      if (css && cssIsSafe(css)) this.out.push(escapeText(css));
      this.out.push(`</${element.name}>`);
    }
    if (!this.stack.length) this.rootClosed = true;
  }
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function splitName(qname) {
  const colon = qname.indexOf(':');
  return colon === -1 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** [name, value] to write, or null to leave the attribute out. */
function cleanAttribute(qname, value, element, scope, bare) {
  if (qname === 'xmlns' || qname.startsWith('xmlns:')) return null;
  const [prefix, local] = splitName(qname);
  // A bare SVG's "xlink:href" has no declared prefix; it means the xlink one all the same.
  const namespace = prefix ? scope.get(prefix) ?? (bare && prefix === 'xlink' ? XLINK_NS : null) : '';
  if (namespace === XLINK_NS || (namespace === '' && local === 'href')) {
    if (local !== 'href') return null;
    const target = value.trim();
    if (element === 'image') return RASTER_DATA.test(target) ? ['xlink:href', target] : null;
    if (!['use', 'linearGradient', 'radialGradient', 'pattern', 'textPath', 'filter'].includes(element)) return null;
    return /^#[A-Za-z_][\w.:-]*$/.test(target) ? ['xlink:href', target] : null;
  }
  if (namespace === XML_NS) return local === 'space' || local === 'lang' ? [`xml:${local}`, value] : null;
  if (prefix) return null; // another vocabulary's attribute
  if (!ATTRIBUTES.has(local)) return null; // includes every on… event handler
  if (local === 'style') return cssIsSafe(value) ? [local, value] : null;
  if (!valueIsSafe(value)) return null;
  return [local, value];
}

/** An attribute value that refers to nothing outside the picture. */
function valueIsSafe(value) {
  if (UNSAFE_VALUE.test(value)) return false;
  for (const match of value.matchAll(URL_CALL)) if (!match[2].startsWith('#')) return false;
  return true;
}

/** CSS with no import, no escapes and no url() outside the picture. */
function cssIsSafe(css) {
  return valueIsSafe(css) && !/<\/?\s*[a-z]/i.test(css);
}

function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value) {
  return escapeText(value).replace(/"/g, '&quot;');
}
