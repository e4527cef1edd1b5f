// Service worker: the calculator works offline, one build at a time.
//
// scripts/post-build.mjs rewrites the marked line below in dist/sw.js with
// this build's id and the exact list of its files (paths relative to this
// script, "./" standing for index.html). Everything here is relative to the
// worker's scope, the directory sw.js is served from, so the app works under
// any sub-path.
//
//   install   fetch every file of the build (bypassing the HTTP cache) into
//             the cache "bdsc-<build id>"; no skipWaiting, so a new build
//             waits until the page asks for it ({type: 'SKIP_WAITING'}).
//   activate  delete the older bdsc-* caches of this scope, claim the pages.
//   fetch     same-origin GETs of this build's files: cache first (network
//             if the entry is missing). The scope itself, index.html and
//             those with any query string: the cached index.html. Anything
//             else: the network, untouched.
//
// A page controlled by this worker only ever gets this build's files; a new
// build is used after the page reloads into the new worker.
'use strict';

const BUILD_ID = 'dev'; const FILES = []; // @bdsc-build

const PREFIX = 'bdsc-';
const CACHE = PREFIX + BUILD_ID;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL('./', SCOPE).href;
const PRECACHE = new Set(FILES.map((f) => new URL(f, SCOPE).href));
// Without a file list (the post-build hook did not run) the worker caches
// nothing and only passes requests through.
const ACTIVE = BUILD_ID !== 'dev' && PRECACHE.size > 0;

// FNV-1a, 64 bit, as 16 hex digits: the data file's name (its Rust twin is
// `fnv1a64` in crates/core/src/survey/format.rs). In two 32-bit halves:
// h × 0x100000001b3 = h × 0x1b3 + (h << 40), and h << 40 only reaches the
// high half, as lo << 8.
function fnv1a64(bytes) {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < bytes.length; i++) {
    lo = (lo ^ bytes[i]) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) % 0x100000000;
    lo = low % 0x100000000;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

self.addEventListener('install', (event) => {
  if (!ACTIVE) return;
  event.waitUntil((async () => {
    // Fetch everything first: a single failure fails the install, and the
    // old worker (if any) stays in charge with its complete cache.
    const entries = await Promise.all([...PRECACHE].map(async (url) => {
      const res = await fetch(new Request(url, { cache: 'reload', credentials: 'same-origin' }));
      if (!res.ok) throw new Error(`precache ${url}: HTTP ${res.status}`);
      // The data file is named by a hash of its content: a copy that does
      // not match (cut off by a deploy in progress, altered by a proxy)
      // fails the install rather than staying cached for the whole build.
      const named = /\/survey-([0-9a-f]{16})\.txt$/.exec(url);
      if (named && fnv1a64(new Uint8Array(await res.clone().arrayBuffer())) !== named[1]) {
        throw new Error(`precache ${url}: content does not match its name`);
      }
      // A redirected response cannot answer a navigation: store a clean copy.
      const clean = res.redirected
        ? new Response(await res.blob(), { status: res.status, statusText: res.statusText, headers: res.headers })
        : res;
      return [url, clean];
    }));
    await caches.delete(CACHE);
    const cache = await caches.open(CACHE);
    await Promise.all(entries.map(([url, res]) => cache.put(url, res)));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX) || name === CACHE) continue;
      // Only caches of this scope: another copy of the app elsewhere on the
      // same origin keeps its own.
      const other = await caches.open(name);
      if (await other.match(INDEX)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

function cacheKey(request) {
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return null;
  const bare = url.origin + url.pathname;
  if (bare === INDEX || bare === INDEX + 'index.html') return INDEX;
  return PRECACHE.has(bare) ? bare : null;
}

self.addEventListener('fetch', (event) => {
  if (!ACTIVE || event.request.method !== 'GET') return;
  const key = cacheKey(event.request);
  if (!key) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key);
    return hit || fetch(event.request);
  })());
});
