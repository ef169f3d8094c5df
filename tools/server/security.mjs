/**
 * What keeps other sites out: which Host names are this server's own (against DNS rebinding),
 * whether a request comes from the app's own origin (against cross-site POSTs, also from browsers
 * that send no fetch metadata), and the security headers every response carries, with the page's
 * Content-Security-Policy.
 */
import { isIP } from 'node:net';
import { hostname as machineHostname } from 'node:os';

/**
 * The cookie in which the app names the origin of the teacher's own model endpoint (web/store.js
 * writes it when a custom endpoint is saved). The server adds that one origin to connect-src.
 */
export const MODEL_ORIGIN_COOKIE = 'malmoi-model-origin';

/**
 * The host name of a Host header, lower-case, without the port or a trailing dot; '' when malformed.
 * IPv6 literals keep their brackets off: "[::1]:8080" → "::1".
 * @param {string | undefined} header
 */
export function hostNameOf(header) {
  if (typeof header !== 'string' || header.length > 300) return '';
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/.exec(header.trim());
  if (!match) return '';
  if (match[1]) return isIP(match[1]) === 6 ? match[1].toLowerCase() : '';
  return match[2].toLowerCase().replace(/\.$/, '');
}

/**
 * Which Host names this server answers to: any IP address (a page at an IP literal is that IP's
 * own origin, so DNS rebinding cannot produce one), localhost and *.localhost, this machine's name
 * and name.local, and the names listed in MALMOI_ALLOWED_HOSTS.
 * @param {{allowedHosts?: string[], machineName?: string}} [options]
 * @returns {(hostHeader: string | undefined) => boolean}
 */
export function createHostPolicy({ allowedHosts = [], machineName = machineHostname() } = {}) {
  const names = new Set(['localhost', ...allowedHosts.map((name) => name.toLowerCase())]);
  const machine = String(machineName || '').toLowerCase();
  if (machine) names.add(machine).add(`${machine}.local`);
  return (hostHeader) => {
    const name = hostNameOf(hostHeader);
    if (!name) return false;
    return isIP(name) !== 0 || names.has(name) || name.endsWith('.localhost');
  };
}

/**
 * Whether an Origin header, when the browser sent one, is the origin the request was addressed to
 * (same host and port; http or https, since TLS may end at a reverse proxy). "null" never is.
 * @param {string | undefined} origin
 * @param {string | undefined} hostHeader
 */
export function sameOrigin(origin, hostHeader) {
  if (origin === undefined) return true;
  if (typeof hostHeader !== 'string' || !hostNameOf(hostHeader)) return false;
  let from;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if ((from.protocol !== 'http:' && from.protocol !== 'https:') || from.origin !== origin.toLowerCase()) return false;
  try {
    return new URL(`${from.protocol}//${hostHeader}`).host === from.host;
  } catch {
    return false;
  }
}

/**
 * Whether fetch metadata, when the browser sent it, says the request came from this origin.
 * @param {string | undefined} site Sec-Fetch-Site
 */
export function sameSite(site) {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Whether a Content-Type is JSON (parameters such as charset allowed). Anything else, text/plain
 * above all, is a request a page on another site could send without asking first.
 * @param {string | undefined} type
 */
export function isJsonType(type) {
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type.trim());
}

/**
 * A bare http(s) origin ("http://192.168.0.10:8081"), exactly as URL.origin writes it, or ''.
 * Nothing else may reach the CSP: no path, wildcard, quote, semicolon, space or credentials.
 * @param {unknown} text
 */
export function bareOrigin(text) {
  if (typeof text !== 'string' || text.length > 300) return '';
  if (!/^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(text)) return '';
  try {
    return new URL(text).origin === text ? text : '';
  } catch {
    return '';
  }
}

/**
 * The teacher's model origin from the request's cookies, validated; '' when none or invalid.
 * @param {string | undefined} cookieHeader
 */
export function modelOriginFrom(cookieHeader) {
  if (typeof cookieHeader !== 'string') return '';
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== MODEL_ORIGIN_COOKIE) continue;
    try {
      return bareOrigin(decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      return '';
    }
  }
  return '';
}

/**
 * Safari before 16, and every iOS browser before iOS 16 (all WebKit), do not know 'wasm-unsafe-eval'
 * and compile WebAssembly only where 'unsafe-eval' is allowed. Chromium's User-Agent also says
 * AppleWebKit, with Chrome/ after it.
 * @param {string | undefined} userAgent
 */
export function wasmNeedsUnsafeEval(userAgent) {
  const ua = String(userAgent || '');
  if (!/AppleWebKit\//.test(ua) || /\b(?:Chrome|Chromium|Edg|OPR)\//.test(ua)) return false;
  const ios = /\bOS (\d+)_\d+(?:_\d+)? like Mac OS X/.exec(ua);
  if (ios) return Number(ios[1]) < 16;
  const version = /\bVersion\/(\d+)/.exec(ua);
  return version ? Number(version[1]) < 16 : false;
}

/**
 * The Content-Security-Policy of every response. Scripts, styles, fonts, workers and the manifest
 * come only from this origin, with no inline script or style; images also from data: and blob: (a
 * teacher's photos); fetches only to this origin and, when set, the teacher's own model endpoint;
 * no plugins, no <base>, no framing by any site.
 * @param {{modelOrigin?: string, unsafeEval?: boolean}} [options]
 */
export function contentSecurityPolicy({ modelOrigin = '', unsafeEval = false } = {}) {
  const script = ["'self'", "'wasm-unsafe-eval'", ...(unsafeEval ? ["'unsafe-eval'"] : [])];
  const connect = ["'self'", ...(bareOrigin(modelOrigin) ? [modelOrigin] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "img-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The headers every response carries, proxied answers and errors included.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Record<string, string>}
 */
export function securityHeaders(req) {
  return {
    'Content-Security-Policy': contentSecurityPolicy({
      modelOrigin: modelOriginFrom(req.headers.cookie),
      unsafeEval: wasmNeedsUnsafeEval(req.headers['user-agent']),
    }),
    'X-Frame-Options': 'DENY', // frame-ancestors for browsers older than CSP 2
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}
