/**
 * Decides whether bytes from outside (a board file, a download) are a picture a card may show, and
 * makes the data URI it is kept as. The bytes decide, not the label: a PNG, JPEG, GIF or WebP is
 * recognised by its signature and its size in pixels is read from its header (a tiny file that
 * declares a huge canvas would exhaust memory when drawn); an SVG is cleaned (svg-clean.js). Anything
 * else — WMF labelled image/png, HTML, a truncated file — is not a picture.
 */
import { cleanSvg, looksLikeSvg, SvgError } from './svg-clean.js';

export const PICTURE_LIMITS = Object.freeze({
  bytes: 3 * 1024 * 1024, // one picture as found
  pixels: 4096 * 4096, // width × height from its header
});

/**
 * @typedef {{ok: true, type: string, bytes: Uint8Array, url: string} | {ok: false, code: string}} Checked
 * codes: not_image (not a picture we can show), too_big, too_many_pixels, and SvgError's codes
 * (not_svg, svg_too_big, svg_entities, svg_malformed).
 */

/**
 * @param {Uint8Array} bytes
 * @param {Partial<typeof PICTURE_LIMITS>} [limits]
 * @returns {Checked}
 */
export function checkPicture(bytes, limits = {}) {
  const caps = { ...PICTURE_LIMITS, ...limits };
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return { ok: false, code: 'not_image' };
  if (bytes.length > caps.bytes) return { ok: false, code: 'too_big' };
  const type = sniffRaster(bytes);
  if (type) {
    const size = rasterSize(bytes, type);
    if (!size) return { ok: false, code: 'not_image' };
    if (size.width * size.height > caps.pixels) return { ok: false, code: 'too_many_pixels' };
    return { ok: true, type, bytes, url: `data:${type};base64,${toBase64(bytes)}` };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!looksLikeSvg(text)) return { ok: false, code: 'not_image' };
  try {
    const clean = new TextEncoder().encode(cleanSvg(text));
    return { ok: true, type: 'image/svg+xml', bytes: clean, url: `data:image/svg+xml;base64,${toBase64(clean)}` };
  } catch (error) {
    if (error instanceof SvgError) return { ok: false, code: error.code };
    throw error;
  }
}

/**
 * A data URL's declared type and bytes, or null when it is not a data URL at all.
 * @param {string} url
 * @returns {{type: string, bytes: Uint8Array} | null}
 */
export function parseDataUrl(url) {
  if (typeof url !== 'string') return null;
  const match = /^\s*data:([^,;]*)((?:;[^,;]*)*),([\s\S]*)$/i.exec(url);
  if (!match) return null;
  const type = match[1].trim().toLowerCase() || 'text/plain';
  const base64 = /;\s*base64\s*$/i.test(match[2]) || /;\s*base64\s*;/i.test(match[2]);
  try {
    const bytes = base64 ? fromBase64(match[3]) : new TextEncoder().encode(decodeURIComponent(match[3]));
    return { type, bytes };
  } catch {
    return null;
  }
}

/** The raster type from the first bytes, or null. @param {Uint8Array} bytes */
export function sniffRaster(bytes) {
  const starts = (...signature) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}

/** {width, height} from the header, or null when the header is not there. */
function rasterSize(bytes, type) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (n) => bytes.length >= n;
  if (type === 'image/png') {
    if (!has(24) || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
    return positive(view.getUint32(16), view.getUint32(20));
  }
  if (type === 'image/gif') return has(10) ? positive(view.getUint16(6, true), view.getUint16(8, true)) : null;
  if (type === 'image/jpeg') return jpegSize(bytes, view);
  if (type === 'image/webp') return webpSize(bytes, view);
  return null;
}

function jpegSize(bytes, view) {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end, or image data before any frame header
    const length = view.getUint16(at + 2);
    const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (frame) return at + 9 <= bytes.length ? positive(view.getUint16(at + 7), view.getUint16(at + 5)) : null;
    at += 2 + length;
  }
  return null;
}

function webpSize(bytes, view) {
  if (bytes.length < 30) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8X') return positive(1 + (view.getUint32(24, true) & 0xffffff), 1 + (view.getUint32(27, true) & 0xffffff));
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return positive(1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff));
  }
  if (chunk === 'VP8 ') {
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return positive(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  return null;
}

function positive(width, height) {
  return width > 0 && height > 0 ? { width, height } : null;
}

/** @param {Uint8Array} bytes */
export function toBase64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** @param {string} text */
export function fromBase64(text) {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}
