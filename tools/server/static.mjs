/**
 * Static files from the web root. Every response says `Cache-Control: no-cache` with an ETag and
 * Last-Modified, so reloads and the service worker revalidate (cheap 304s) and never run stale code.
 * Paths are checked lexically (no `..`, no dotfiles except .well-known) and then on disk: a file
 * whose real path, symbolic links followed, lies outside the root is not served.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

/** The encodings offered, best first: brotli where the browser takes it (every current one over
 * https and on localhost), else gzip. Each file is compressed once per change, at the highest level. */
const ENCODINGS = [
  { name: 'br', suffix: '-br', compress: promisify(brotliCompress), options: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } },
  { name: 'gzip', suffix: '-gz', compress: promisify(gzip), options: { level: 9 } },
];

/** Types worth compressing: the wasm module shrinks from about 360 KiB to about 135 KiB gzipped, 112 KiB with brotli. */
const COMPRESSIBLE = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.wasm',
  '.svg', '.txt', '.tsv', '.csv', '.xml', '.obf']);
const MIN_COMPRESSED_SIZE = 1024;
/** Compressed bodies by file, encoding and version, so each file is compressed once per change. */
const compressedCache = new Map();

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.obf': 'application/json',
  '.obz': 'application/zip',
  '.zip': 'application/zip',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

const NOT_FOUND_STYLE = 'body{font-family:sans-serif;text-align:center;padding:3em}';
/** The one inline style the policy allows, by its hash, on the built-in page only. */
const NOT_FOUND_STYLE_SOURCE = `'sha256-${createHash('sha256').update(NOT_FOUND_STYLE).digest('base64')}'`;
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>찾을 수 없어요 · Not found</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${NOT_FOUND_STYLE}</style></head>
<body>
<h1>찾을 수 없어요</h1><p>Not found. <a href="/">말모이로 돌아가기 · Back to Malmoi</a></p>
</body></html>
`;

/**
 * The content type sent for a file name (application/octet-stream when unknown).
 * @param {string} name
 */
export function contentTypeFor(name) {
  return CONTENT_TYPES[extname(name).toLowerCase()] || 'application/octet-stream';
}

/**
 * Maps a request path to a file under root, or null when it must not be served.
 * @param {string} root  absolute
 * @param {string} urlPath  the request target without query, still percent-encoded
 * @returns {{file: string, segments: string[]} | {status: 400 | 404}}
 */
export function resolveSafePath(root, urlPath) {
  if (!urlPath.startsWith('/')) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  // Backslashes count as separators so that /..\secret cannot slip through on any platform.
  const segments = decoded.split(/[\\/]+/).filter(Boolean);
  for (const segment of segments) {
    if (segment === '..' || (segment.startsWith('.') && segment !== '.well-known')) {
      return { status: 404 };
    }
  }
  const file = join(root, ...segments);
  if (file !== root && !file.startsWith(root + sep)) return { status: 404 };
  return { file, segments };
}

/**
 * Whether `file`, with every symbolic link resolved, is still inside `realRoot`.
 * @param {string} realRoot  the root's own real path
 * @param {string} file
 */
async function insideRoot(realRoot, file) {
  try {
    const real = await realpath(file);
    return real === realRoot || real.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

/**
 * A request handler for GET and HEAD of files under `root`.
 * @param {string} root
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createStaticHandler(root) {
  const base = resolve(root);
  let realBase = null;

  return async function serveStatic(req, res) {
    realBase ??= await realpath(base).catch(() => base);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const [urlPath, query] = splitTarget(req.url || '/');
    const target = resolveSafePath(base, urlPath);
    if ('status' in target) {
      if (target.status === 404) return notFound(base, req, res);
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Bad request\n');
      return;
    }

    let file = target.file;
    let info = await statOrNull(file);
    if (info && !(await insideRoot(realBase, file))) return notFound(base, req, res);
    if (info?.isDirectory()) {
      if (!urlPath.endsWith('/')) {
        // The location is rebuilt from the checked segments, so it always starts with exactly one
        // slash: //host, /\host (which browsers read as //host) and %5C cannot lead off the site.
        const location = `/${target.segments.map(encodeURIComponent).join('/')}/`;
        res.writeHead(301, { Location: `${location}${query}` });
        res.end();
        return;
      }
      file = join(file, 'index.html');
      info = await statOrNull(file);
      if (info && !(await insideRoot(realBase, file))) return notFound(base, req, res);
    }
    if (!info?.isFile()) return notFound(base, req, res);
    await sendFile(req, res, file, info);
  };
}

/** @param {string} target */
function splitTarget(target) {
  const cut = target.search(/[?#]/);
  return cut === -1 ? [target, ''] : [target.slice(0, cut), target.slice(cut)];
}

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

async function notFound(base, req, res) {
  let page = NOT_FOUND_PAGE;
  try {
    page = await readFile(join(base, '404.html'), 'utf8');
  } catch {
    // No custom page: the built-in one will do, with its style allowed by hash.
    const policy = res.getHeader('Content-Security-Policy');
    if (policy) res.setHeader('Content-Security-Policy', `${policy}; style-src 'self' ${NOT_FOUND_STYLE_SOURCE}`);
  }
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : page);
}

/**
 * The encoding to answer with, or null for the file as it is: a compressible file, no range asked,
 * and an encoding the request accepts (not refused with q=0).
 */
function chooseEncoding(req, file, info) {
  if (req.headers.range || !worthCompressing(file, info)) return null;
  const accepted = String(req.headers['accept-encoding'] || '').toLowerCase().split(',').map((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean);
    return { name: name.trim(), q: q ? Number(q[1]) : 1 };
  });
  return ENCODINGS.find((encoding) => accepted.some((a) => a.name === encoding.name && a.q > 0)) || null;
}

/**
 * The file compressed, from the cache when this version was compressed before. The cache holds the
 * work in progress too, so requests arriving while a file is compressed wait for that one result.
 * @returns {Promise<Buffer>}
 */
function compressed(file, version, encoding) {
  const key = `${file}\n${encoding.name}\n${version}`;
  let body = compressedCache.get(key);
  if (!body) {
    for (const old of compressedCache.keys()) if (old.startsWith(`${file}\n${encoding.name}\n`)) compressedCache.delete(old);
    body = readFile(file).then((bytes) => encoding.compress(bytes, encoding.options));
    body.catch(() => compressedCache.delete(key)); // a failure is not remembered
    compressedCache.set(key, body);
  }
  return body;
}

/**
 * Compresses `files` (paths under `root`) for the encoding browsers take, one after the other, so
 * the first visitor after the server starts does not wait for it: the wasm module alone takes about
 * a second at brotli's highest level. Files that are missing or not worth compressing are skipped.
 * @param {string} root @param {string[]} files
 */
export async function warmCompressed(root, files) {
  const [best] = ENCODINGS;
  for (const name of files) {
    const file = join(resolve(root), name);
    const info = await statOrNull(file);
    if (!info?.isFile() || !worthCompressing(file, info)) continue;
    await compressed(file, versionOf(info), best).catch(() => {});
  }
}

/** A file of a compressible type and large enough to gain from it. */
function worthCompressing(file, info) {
  return info.size >= MIN_COMPRESSED_SIZE && COMPRESSIBLE.has(extname(file).toLowerCase());
}

/** A file's version for ETags and the compression cache: its size and modification time. */
function versionOf(info) {
  return `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
}

async function sendFile(req, res, file, info) {
  const version = versionOf(info);
  const encoding = chooseEncoding(req, file, info);
  const etag = `W/"${version}${encoding ? encoding.suffix : ''}"`;
  const headers = {
    'Content-Type': contentTypeFor(file),
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  if (COMPRESSIBLE.has(extname(file).toLowerCase())) headers.Vary = 'Accept-Encoding';
  if (isNotModified(req, etag, info.mtime)) {
    delete headers['Content-Type'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding) {
    let body;
    try {
      body = await compressed(file, version, encoding);
    } catch {
      res.destroy();
      return;
    }
    headers['Content-Encoding'] = encoding.name;
    headers['Content-Length'] = String(body.length);
    delete headers['Accept-Ranges'];
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }

  let start = 0;
  let end = info.size - 1;
  let status = 200;
  const range = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (range && (!ifRange || ifRange === etag)) {
    const parsed = parseRange(range, info.size);
    if (parsed === 'unsatisfiable') {
      res.writeHead(416, { 'Content-Range': `bytes */${info.size}`, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    if (parsed) {
      [start, end] = parsed;
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${info.size}`;
    }
  }
  headers['Content-Length'] = String(Math.max(0, end - start + 1));
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || info.size === 0) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file, { start, end }), res);
  } catch {
    // The client went away or the file vanished mid-read; the socket is already closed.
    res.destroy();
  }
}

function isNotModified(req, etag, mtime) {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
  }
  const since = Date.parse(req.headers['if-modified-since'] || '');
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/**
 * One byte range (`bytes=a-b`, `bytes=a-`, `bytes=-n`); null means "ignore, send everything".
 * @returns {[number, number] | 'unsatisfiable' | null}
 */
function parseRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start;
  let end;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, end];
}
