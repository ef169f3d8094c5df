/**
 * Reads a zip archive (an .obz board set) with hard limits, so a hostile archive costs little:
 * every name is checked before anything is inflated, a file is inflated only when it is asked for,
 * and inflation stops at a cap (the size the directory declares and a per-file and total budget), so
 * a bomb or a header that lies about its size stops at the cap.
 *
 * Why a directory reader of our own rather than fflate's streaming Unzip: Unzip reads the local
 * headers front to back and cannot seek, so every file would be inflated to reach the manifest, and
 * it finds the end of an entry written with a data descriptor (Java's and many streaming writers')
 * by scanning for a signature, which a picture's bytes can contain. The central directory is the
 * archive's own list with every size; reading it is some 60 lines. Inflation is fflate's (Inflate,
 * streamed, so the cap is enforced while inflating).
 */
import { Inflate } from './gen/vendor/fflate.js';

export const ZIP_LIMITS = Object.freeze({
  entries: 3000,
  entryBytes: 8 * 1024 * 1024, // one file, inflated
  totalBytes: 48 * 1024 * 1024, // everything inflated from one archive
  nameLength: 500,
});

/** A refused archive; `code` is stable: zip_damaged, zip_unsupported, zip_bomb, zip_bad_path, zip_too_many. */
export class ZipError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.name = 'ZipError';
    this.code = code;
  }
}

/** True when the bytes start like a zip archive. @param {Uint8Array} bytes */
export function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Opens an archive. Throws ZipError for a damaged archive, an unsafe name (absolute, drive letter,
 * "..") or one beyond the limits; reading a file can throw ZipError too (a bomb found while inflating).
 * @param {Uint8Array} bytes
 * @param {Partial<typeof ZIP_LIMITS>} [limits]
 * @returns {{paths: string[], has: (path: string) => boolean, read: (path: string) => Uint8Array|null}}
 */
export function openZip(bytes, limits = {}) {
  const caps = { ...ZIP_LIMITS, ...limits };
  const entries = readDirectory(bytes, caps);
  let total = 0;
  const cache = new Map();
  const count = (n) => {
    total += n;
    if (total > caps.totalBytes) throw new ZipError('zip_bomb', 'the archive inflates beyond the total limit');
  };
  return {
    paths: [...entries.keys()],
    has: (path) => entries.has(path),
    read(path) {
      const entry = entries.get(path);
      if (!entry) return null;
      if (!cache.has(path)) cache.set(path, extract(bytes, entry, caps, count));
      return cache.get(path);
    },
  };
}

/**
 * An archive member's name made safe: separators normalised to "/", "." segments dropped; null for a
 * directory. Throws for an absolute path, a drive letter or a ".." segment.
 * @param {string} name
 * @param {number} [maxLength]
 */
export function cleanZipPath(name, maxLength = ZIP_LIMITS.nameLength) {
  if (typeof name !== 'string' || name.length > maxLength || /[\u0000]/.test(name)) {
    throw new ZipError('zip_bad_path', 'an entry name is not a safe relative path');
  }
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-z]:/i.test(slashed)) throw new ZipError('zip_bad_path', 'an entry name is absolute');
  const parts = slashed.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) throw new ZipError('zip_bad_path', 'an entry name climbs out of the archive');
  if (slashed.endsWith('/') || parts.length === 0) return null;
  return parts.join('/');
}

function readDirectory(bytes, caps) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ZipError('zip_damaged', 'no end of central directory');
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('zip_unsupported', 'zip64 archives are not read');
  if (count > caps.entries) throw new ZipError('zip_too_many', `more than ${caps.entries} entries`);
  if (offset + size > bytes.length) throw new ZipError('zip_damaged', 'the central directory lies outside the file');
  const entries = new Map();
  const decoder = new TextDecoder();
  let at = offset;
  let declared = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipError('zip_damaged', 'a central directory record is broken');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const inflated = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('zip_damaged', 'an entry name runs past the end');
    const name = cleanZipPath(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), caps.nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name === null || entries.has(name)) continue; // a directory, or a second entry of one name (the first wins)
    if (flags & 1) throw new ZipError('zip_unsupported', 'encrypted entries are not read');
    if (method !== 0 && method !== 8) throw new ZipError('zip_unsupported', `compression method ${method} is not read`);
    if (inflated > caps.entryBytes) throw new ZipError('zip_bomb', `${name} inflates beyond the per-file limit`);
    declared += inflated;
    if (declared > caps.totalBytes) throw new ZipError('zip_bomb', 'the archive declares more than the total limit');
    entries.set(name, { name, method, compressed, inflated, local });
  }
  return entries;
}

function extract(bytes, entry, caps, count) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== 0x04034b50) {
    throw new ZipError('zip_damaged', `${entry.name}: no local header`);
  }
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  if (start + entry.compressed > bytes.length) throw new ZipError('zip_damaged', `${entry.name}: data runs past the end`);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    if (data.length !== entry.inflated) throw new ZipError('zip_damaged', `${entry.name}: stored size disagrees`);
    count(data.length);
    return data.slice();
  }
  // More bytes than the directory declared is a lie: stop there, as at the per-file cap.
  const cap = Math.min(entry.inflated, caps.entryBytes);
  const chunks = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > cap) throw new ZipError('zip_bomb', `${entry.name} inflates beyond what it declares`);
    count(chunk.length);
    chunks.push(chunk);
  });
  const step = 1024; // 1 KB of deflate inflates to at most ~1 MB: the cap is never overshot by much
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('zip_damaged', `${entry.name}: the compressed data is broken`);
  }
  if (length !== entry.inflated) throw new ZipError('zip_damaged', `${entry.name}: inflated size disagrees`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
