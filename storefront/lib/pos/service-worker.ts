// The till's service worker (served by app/pos/[tenant]/sw.js), as source text for one tenant. It keeps the
// till's shell so a reload with no network still opens the till:
// - the page /pos/<tenant>: network first (5 s), the last good copy when the network fails;
// - Next's /_next/static files (content-hashed, immutable): cache first; those the page names are fetched at
//   install and again after every fresh copy of the page, so the shell is complete for an offline reload;
// - the manifest and icon: the cache while it refreshes them.
// It never touches the till's API (/pos/<tenant>/api/*) nor any non-GET request: sales and the snapshot go
// to the network or fail, and the page keeps them in IndexedDB.

export function tillServiceWorker(tenant: string): string {
  const base = `/pos/${tenant}`;
  return `'use strict';
const BASE = ${JSON.stringify(base)};
const CACHE = ${JSON.stringify(`ww-pos-${tenant}-v1`)};
const EXTRA = [BASE + '/manifest.webmanifest', BASE + '/icon.svg'];

function assetsIn(html) {
  const found = new Set();
  for (const m of html.matchAll(/static\\/(?:chunks|css|media)\\/[^"'\\\\\\s)]+/g)) found.add('/_next/' + m[0]);
  return [...found];
}

async function keepShell(response) {
  const cache = await caches.open(CACHE);
  await cache.put(BASE, response.clone());
  const html = await response.text();
  await Promise.all([...assetsIn(html), ...EXTRA].map(async (url) => {
    if (await cache.match(url)) return;
    try {
      const r = await fetch(url, { credentials: 'same-origin' });
      if (r.ok) await cache.put(url, r);
    } catch (e) {}
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const r = await fetch(BASE, { credentials: 'same-origin', cache: 'no-store' });
    if (r.ok) await keepShell(r);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('ww-pos-${tenant}-') && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(BASE + '/api/')) return;
  if (req.mode === 'navigate' && (url.pathname === BASE || url.pathname === BASE + '/')) {
    event.respondWith((async () => {
      try {
        const r = await withTimeout(fetch(req), 5000);
        if (r.ok) event.waitUntil(keepShell(r.clone()));
        return r;
      } catch (e) {
        const cached = await caches.match(BASE);
        if (cached) return cached;
        throw e;
      }
    })());
    return;
  }
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith((async () => {
      const cached = await caches.match(url.pathname);
      if (cached) return cached;
      const r = await fetch(req);
      if (r.ok) {
        const copy = r.clone();
        event.waitUntil(caches.open(CACHE).then((c) => c.put(url.pathname, copy)));
      }
      return r;
    })());
    return;
  }
  if (EXTRA.includes(url.pathname)) {
    event.respondWith((async () => {
      const cached = await caches.match(url.pathname);
      const fresh = fetch(req).then(async (r) => { if (r.ok) await (await caches.open(CACHE)).put(url.pathname, r.clone()); return r; });
      if (cached) { event.waitUntil(fresh.catch(() => undefined)); return cached; }
      return fresh;
    })());
  }
});
`;
}
