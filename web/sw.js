/**
 * Malmoi's service worker: after one visit the app loads and completes sentences with the network off.
 *
 * Precache: every file in gen/precache.js (written by tools/vendor.mjs at each build), in a cache
 * named for the build's content hash, so a new build installs a fresh cache and removes the old one.
 * Fetch: network first with a short timeout (the server answers cheap 304s, so a reload never runs
 * stale code), the cache when the network is off or slow. The page's own request uses navigation
 * preload: it starts while the worker boots (at 4× CPU throttling a warm load was about 100 ms
 * faster for it). The page never waits for a cache write. Model (/v1/) and status (/api/) answers are
 * never cached, nor is anything but a same-origin GET.
 */
/* global self, caches */
importScripts('gen/precache.js');

const PRECACHE = self.MALMOI_PRECACHE || { version: 'dev', files: [] };
const CACHE = `malmoi-${PRECACHE.version}`;
const NETWORK_TIMEOUT_MS = 3000;
const scope = new URL(self.registration.scope);
const SYMBOL = /\/gen\/vendor\/openmoji\/[0-9A-F-]+\.svg$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' skips the HTTP cache, so the precache holds exactly this build's files.
    await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, scope), { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('malmoi-') && name !== CACHE) await caches.delete(name);
    }
    // The page's own request starts while the worker boots, instead of after it.
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

/** Requests the worker never answers from, or stores into, the cache. */
function passThrough(request, url) {
  if (request.method !== 'GET' || url.origin !== scope.origin) return true;
  const path = url.pathname.slice(scope.pathname.length - 1);
  return path.startsWith('/v1/') || path.startsWith('/api/') || path === '/v1' || path === '/api';
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (passThrough(event.request, url)) return;
  event.respondWith(networkFirst(event, url));
});

let opened = null;
/** This build's cache, opened once per worker. */
const openCache = () => (opened ??= caches.open(CACHE));

async function networkFirst(event, url) {
  const { request } = event;
  const cache = await openCache();
  const key = request.mode === 'navigate' && url.pathname === scope.pathname ? new URL('./', scope).href : request;
  // A navigation's answer was asked for while the worker booted (navigation preload); it fails
  // offline as a fetch would.
  const asked = request.mode === 'navigate'
    ? Promise.resolve(event.preloadResponse).then((preloaded) => preloaded || fetch(request))
    : fetch(request);
  const network = asked.then((response) => {
    // The page gets the answer at once; keeping the cache fresh happens beside it.
    if (response.status === 200) event.waitUntil(keepFresh(cache, key, url, response.clone()).catch(() => {}));
    return response;
  });
  try {
    return await withTimeout(network, NETWORK_TIMEOUT_MS);
  } catch {
    // Offline, or the network is slow: the cached copy if there is one, else keep waiting.
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    try {
      return await network;
    } catch {
      const shell = request.mode === 'navigate' ? await cache.match(new URL('./', scope).href) : null;
      return shell || new Response('', { status: 504, statusText: 'offline' });
    }
  }
}

/**
 * Keeps precached files fresh with what the server just sent (never partial or error answers), and
 * any OpenMoji symbol once shown (a teacher's card), so it is there offline too. An answer the cache
 * already holds (same ETag: the server's cheap 304 on a reload) is not written again.
 */
async function keepFresh(cache, key, url, response) {
  const cached = await cache.match(key);
  if (!cached && !SYMBOL.test(url.pathname)) return;
  const etag = response.headers.get('ETag');
  if (cached && etag && cached.headers.get('ETag') === etag) return;
  await cache.put(key, response);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}
