#!/usr/bin/env node
/**
 * The Malmoi server: the web app from web/, GET /api/status, and the model proxy at
 * POST /v1/chat/completions (so the app can use its own origin + "/v1" as an OpenAI base URL).
 * Every request is first checked to be addressed to one of this server's names, and every response
 * carries the security headers of security.mjs.
 *
 *   node tools/server/serve.mjs [--port 8080] [--host 0.0.0.0] [--root web] [--config path]
 *
 * Tests start it in-process with startServer({port: 0, root, config, log}).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, describeConfig, loadConfig, resolveConfig } from './config.mjs';
import { createProxyHandler, redactSecrets, sendError } from './proxy.mjs';
import { createRateLimiter } from './rate-limit.mjs';
import { createHostPolicy, hostNameOf, securityHeaders } from './security.mjs';
import { createStaticHandler, warmCompressed } from './static.mjs';
import { isMain } from '../is-main.mjs';

export const DEFAULT_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));
/** The one copy of the response schema; the core embeds it in every request it writes. */
export const RESPONSE_FORMAT_PATH = fileURLToPath(
  new URL('../../core/data/response_format.json', import.meta.url),
);
const CORE_WASM_PATH = fileURLToPath(new URL('../../web/gen/malmoi-core.wasm', import.meta.url));

/**
 * Loads the core the app runs (web/core.js and its wasm), which writes and checks every model
 * request. Any configuration it refuses (a token cap out of its range) stops the server here.
 * @param {import('./config.mjs').ServerConfig} config
 */
export async function loadServerCore(config) {
  if (!existsSync(CORE_WASM_PATH)) {
    throw new ConfigError(`${CORE_WASM_PATH} is missing: build it first (./tools/build.sh).`);
  }
  const { loadCore } = await import('../../web/core.js');
  const core = await loadCore({ wasmBinary: readFileSync(CORE_WASM_PATH) });
  try {
    const request = { body: core.prompt({ cards: ['사과'] }).body, model: config.model, style: config.apiStyle };
    if (config.maxTokens) request.maxTokens = config.maxTokens;
    core.forward(request);
  } catch (error) {
    throw new ConfigError(`The core refuses this configuration: ${error.message} (MALMOI_MAX_TOKENS, MALMOI_MODEL).`);
  }
  return core;
}

/**
 * @typedef {object} RunningServer
 * @property {string} url   e.g. http://127.0.0.1:8080 (no trailing slash)
 * @property {number} port
 * @property {import('./config.mjs').ServerConfig} config
 * @property {import('node:http').Server} server
 * @property {Promise<void>} warmed   settles once the start-up files are compressed (at once without `warm`)
 * @property {() => Promise<void>} close   closes the listener and every open connection
 */

/**
 * Starts the server.
 * @param {object} [options]
 * @param {number} [options.port=0]           0 picks a free port
 * @param {string} [options.host='127.0.0.1']
 * @param {string} [options.root]             the web root (default: the repository's web/)
 * @param {object} [options.config]           a loadConfig()/resolveConfig() result, or a plain object
 *                                            for resolveConfig ({apiKey, baseUrl, model, …}); default
 *                                            {} = no model (rule-only mode)
 * @param {(line: string) => void} [options.log]  one call per log line (default: stdout)
 * @param {() => number} [options.now]        clock for the rate limiter, in ms (tests)
 * @param {boolean} [options.warm=false]      compress the page and what it loads first in the
 *                                            background once listening (`warmed` says when done),
 *                                            so the first visitor does not wait for it
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  root = DEFAULT_ROOT,
  config = {},
  log = (line) => process.stdout.write(`${line}\n`),
  now = Date.now,
  warm = false,
} = {}) {
  const settings = typeof config.configured === 'boolean' ? config : resolveConfig(config);
  // Last line of defence: whatever is logged, the key is not.
  const safeLog = (line) => log(redactSecrets(line, settings.apiKey));
  const limiter = createRateLimiter({ ratePerMinute: settings.rate, burst: settings.burst, now });
  const core = settings.configured ? await loadServerCore(settings) : null;
  const proxy = createProxyHandler({ config: settings, core, limiter, log: safeLog });
  const serveStatic = createStaticHandler(root);
  const status = JSON.stringify({
    model: { configured: settings.configured, style: settings.apiStyle },
  });
  const ownHost = createHostPolicy({ allowedHosts: settings.allowedHosts });
  const refusedHosts = new Set();
  // One log line per refused name, so the operator learns what to list without a flood.
  const noteRefusedHost = (header) => {
    const name = (hostNameOf(header) || '(none)').replace(/[^\w.:-]/g, '');
    if (refusedHosts.has(name) || refusedHosts.size >= 100) return;
    refusedHosts.add(name);
    safeLog(`${new Date().toISOString()} refused host=${name}: not this server's name; ` +
      'list it in MALMOI_ALLOWED_HOSTS to serve it');
  };

  const server = createServer({
    // Node checks these only every connectionsCheckingInterval; the proxy's body deadline is tighter.
    requestTimeout: 30000,
    headersTimeout: 10000,
    connectionsCheckingInterval: 1000,
  }, async (req, res) => {
    const path = (req.url || '/').split('?')[0];
    for (const [name, value] of Object.entries(securityHeaders(req))) res.setHeader(name, value);
    try {
      // DNS rebinding: a page at another name that resolves here must not reach the app or the key.
      if (!ownHost(req.headers.host)) {
        noteRefusedHost(req.headers.host);
        return refuseHost(req, res, path);
      }
      if (path === '/v1/chat/completions') return await proxy(req, res);
      if (path === '/api/status') return sendStatus(req, res, status);
      if (path.startsWith('/api/') || path.startsWith('/v1/')) return sendError(res, 404, 'not_found');
      return await serveStatic(req, res);
    } catch (error) {
      if (req.socket.destroyed) return; // the client hung up; the proxy's own line already says "aborted"
      safeLog(`${new Date().toISOString()} error ${req.method} ${path}: ${error?.message || error}`);
      if (!res.headersSent) sendError(res, 500, 'internal_error');
      else res.destroy();
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const urlHost = shownHost.includes(':') ? `[${shownHost}]` : shownHost;

  const warmed = warm ? warmCompressed(root, await startupFiles(root)).catch(() => {}) : Promise.resolve();
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    config: settings,
    server,
    warmed,
    close: () => new Promise((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    }),
  };
}

/**
 * The page and what it loads first: index.html and every file its tags name (scripts, style sheets,
 * preloads, icons), as paths under the root.
 */
export async function startupFiles(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8').catch(() => '');
  const named = [...html.matchAll(/\b(?:href|src)="([^"#?:]+)"/g)].map((m) => m[1].replace(/^\.?\//, ''));
  return ['index.html', ...new Set(named)];
}

/** 421 for a Host that is not this server's: JSON for the API, a line of text for pages. */
function refuseHost(req, res, path) {
  if (path.startsWith('/api/') || path.startsWith('/v1/')) {
    sendError(res, 421, 'host_not_allowed', req.complete ? {} : { Connection: 'close' });
    return;
  }
  const text = 'This Malmoi server does not answer to this host name. ' +
    'Its operator can list the name in MALMOI_ALLOWED_HOSTS.\n';
  res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

function sendStatus(req, res, body) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The addresses a tablet on the same network can use, for the start-up message. */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((item) => item && item.family === 'IPv4' && !item.internal)
    .map((item) => item.address);
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '0.0.0.0' },
      root: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: node tools/server/serve.mjs [--port 8080] [--host 0.0.0.0] [--root web] [--config file.json]\n' +
      'Model settings come from MALMOI_* environment variables or the config file; see "Serving" in README.md.\n',
    );
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port must be 0–65535.');
  const config = loadConfig({ configPath: values.config });
  const root = values.root ? resolve(values.root) : DEFAULT_ROOT;
  const running = await startServer({ port, host: values.host, root, config, warm: true });

  const urls = [running.url];
  if (values.host === '0.0.0.0') urls.push(...lanAddresses().map((ip) => `http://${ip}:${running.port}`));
  process.stdout.write(`Malmoi serving ${root} at ${urls.join(' ')}\n${describeConfig(config)}\n`);

  const stop = () => running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}


if (isMain(import.meta.url)) {
  main().catch((error) => {
    const known = error instanceof ConfigError || error?.code === 'EADDRINUSE' || error?.code === 'EACCES';
    const message = error?.code === 'EADDRINUSE' ? `Port already in use (${error.address}:${error.port}).` : error.message;
    process.stderr.write(`malmoi: ${known ? message : error.stack}\n`);
    process.exit(1);
  });
}
