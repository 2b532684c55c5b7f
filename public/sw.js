/*
 * PodLife service worker (hand-written; registered by src/app/serviceWorker.ts in production only).
 *
 * - Precache: the build (vite.config.ts, plugin "podlife-hardening") replaces the PRECACHE
 *   placeholder below with { version, files }: the app shell and every hashed asset of this build.
 *   Installing caches them all under `podlife-<version>`; activating drops other PodLife caches.
 *   No skipWaiting: a tab still running the old build keeps its lazy chunks until it is closed.
 * - Fetch: cache-first for same-origin GETs, filled on first use for anything not precached;
 *   navigations fall back to the cached shell so the site opens offline at any path or query.
 *   Requests to any other origin are never touched, fetched or stored.
 */
const PRECACHE = /*__PRECACHE__*/ { version: 'dev', files: [] };
const PREFIX = 'podlife-';
const CACHE = PREFIX + PRECACHE.version;
const SHELL = new URL('./', self.registration ? self.registration.scope : self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.files.map((f) => new Request(new URL(f, self.location.href).href, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Same origin, GET, not a partial (range) request: everything else is left to the browser. */
function handled(request) {
  if (request.method !== 'GET' || request.headers.has('range')) return false;
  return new URL(request.url).origin === self.location.origin;
}

/**
 * ignoreVary: hosts like `vite preview` answer with `Vary: Origin`, and module scripts
 * (`<script type=module crossorigin>`) send an Origin header that the precache request did not:
 * honouring Vary would turn every offline module load into a miss. Our files do not vary.
 */
const MATCH = { ignoreVary: true };

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // index.html is the only page; the query (?scenario=) and hash are read by the app itself.
    const shell = (await cache.match(request, { ...MATCH, ignoreSearch: true })) || (await cache.match(SHELL, MATCH));
    if (shell) return shell;
  } else {
    const hit = await cache.match(request, MATCH);
    if (hit) return hit;
  }
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  if (handled(event.request)) event.respondWith(respond(event.request));
});
