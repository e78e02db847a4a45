// The shop's service worker (decision 0053), as the text `<shop>/sw.js` serves with the shop's settings
// in front of it. Plain JavaScript for the browser: nothing here is bundled or transpiled.
//
// - Navigations inside the shop: network first. A page the server marked as the same for every signed-out
//   visitor (OFFLINE_COPY_HEADER, set by proxy.ts on exactly the pages its page cache may share) is kept,
//   the last MAX_PAGES per shop. Nothing else is kept: no cart, checkout, account or order page, no page
//   of a signed-in shopper, no redirect, no error.
// - Offline (the fetch fails): the kept copy, marked on <html data-ww-offline="copy"> so the page script
//   shows the offline notice, else the shop's offline page (kept when the worker installed).
// - An "Add to cart" form posted while the network fails: the offline page, carrying the form's fields
//   (data-ww-unsent), which the page script keeps and sends later.
// - Next's build assets (`/_next/static/`, names carry a content hash): cache first, the last MAX_STATIC.
//   Product photos (`/media/`): network first, the last MAX_MEDIA kept for offline copies.
// - The back office (`/admin`) and the till (`/pos`) are never touched, whatever the scope.
// - Web push (decision 0063): the notification handlers of `/push-sw.js` (storefront/public), imported
//   here so the shop's one registration carries the push subscription; without them the shell still works.

export const OFFLINE_WORKER_SOURCE = `
'use strict';
try { importScripts('/push-sw.js'); } catch (e) {}
var PREFIX = 'ww-shop:' + CONFIG.slug + ':';
var SHELL = PREFIX + 'shell:' + CONFIG.version;
var PAGES = PREFIX + 'pages';
var STATIC = PREFIX + 'static';
var MEDIA = PREFIX + 'media';
var MAX_PAGES = 50;
var MAX_STATIC = 150;
var MAX_MEDIA = 60;
var OFFLINE_URL = CONFIG.base + '/offline';
var SCRIPT_URL = CONFIG.base + '/offline.js';

function inShop(path) {
  if (/^\\/(admin|pos)(\\/|$)/.test(path)) return false;
  return CONFIG.base === '' || path === CONFIG.base || path.indexOf(CONFIG.base + '/') === 0;
}

function trim(cache, max) {
  return cache.keys().then(function (keys) {
    var extra = keys.slice(0, Math.max(0, keys.length - max));
    return Promise.all(extra.map(function (key) { return cache.delete(key); }));
  });
}

function keep(cacheName, key, response, max) {
  return caches.open(cacheName).then(function (cache) {
    return cache.put(key, response).then(function () { return trim(cache, max); });
  });
}

/** Signed-out pages only: no credentials, so the offline page never names whoever installed the worker. */
function fetchShell() {
  return caches.open(SHELL).then(function (cache) {
    return fetch(OFFLINE_URL, { credentials: 'omit', cache: 'no-store' }).then(function (page) {
      if (!page.ok) throw new Error('offline page: ' + page.status);
      return page.clone().text().then(function (html) {
        var assets = html.match(/\\/_next\\/static\\/[^"'\\s)]+/g) || [];
        var unique = assets.filter(function (a, i) { return assets.indexOf(a) === i; });
        return Promise.all([
          cache.put(OFFLINE_URL, page),
          cache.add(new Request(SCRIPT_URL, { credentials: 'omit' })),
          // Its styles, so the offline page looks like the shop; one missing asset does not stop the install.
          caches.open(STATIC).then(function (s) { return Promise.all(unique.map(function (a) { return s.add(a).catch(function () {}); })); }),
        ]);
      });
    });
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(fetchShell().then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf(PREFIX + 'shell:') === 0 && n !== SHELL; }).map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function shareable(response) {
  return response.status === 200 && response.type === 'basic' && !response.redirected && response.headers.get(CONFIG.header) === 'shared' && /text\\/html/.test(response.headers.get('content-type') || '');
}

/** A copy without the original headers (set-cookie, caching, encoding): the HTML, its title and when. */
function storePage(url, response) {
  return response.text().then(function (html) {
    var title = (/<title[^>]*>([^<]*)<\\/title>/i.exec(html) || [])[1] || '';
    var copy = new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'x-ww-saved-at': new Date().toISOString(), 'x-ww-title': encodeURIComponent(title) } });
    return keep(PAGES, url, copy, MAX_PAGES);
  });
}

function marked(response, attributes) {
  return response.text().then(function (html) {
    var extra = Object.keys(attributes).map(function (name) { return ' ' + name + '="' + encodeURIComponent(attributes[name]) + '"'; }).join('');
    return new Response(html.replace(/<html([^>]*)>/i, function (tag, rest) { return '<html' + rest + extra + '>'; }), { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
  });
}

function offlinePage(attributes) {
  return caches.open(SHELL).then(function (cache) { return cache.match(OFFLINE_URL); }).then(function (page) {
    return page ? marked(page, attributes) : Response.error();
  });
}

function navigate(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    if (shareable(response)) event.waitUntil(storePage(request.url, response.clone()).catch(function () {}));
    return response;
  }, function () {
    return caches.open(PAGES).then(function (cache) { return cache.match(request.url); }).then(function (copy) {
      if (copy) return marked(copy, { 'data-ww-offline': 'copy', 'data-ww-saved-at': copy.headers.get('x-ww-saved-at') || '' });
      return offlinePage({ 'data-ww-offline': 'missing' });
    });
  });
}

function addToCart(event) {
  var request = event.request;
  var fields = request.clone().formData().catch(function () { return null; });
  return fetch(request).catch(function () {
    return fields.then(function (form) {
      var unsent = form ? JSON.stringify({ variantId: String(form.get('variantId') || ''), quantity: Number(form.get('quantity')) || 1 }) : '';
      return offlinePage({ 'data-ww-offline': 'missing', 'data-ww-unsent': unsent });
    });
  });
}

function cacheFirst(request, cacheName, max) {
  return caches.open(cacheName).then(function (cache) { return cache.match(request); }).then(function (hit) {
    return hit || fetch(request).then(function (response) {
      if (response.ok && response.type === 'basic') keep(cacheName, request, response.clone(), max).catch(function () {});
      return response;
    });
  });
}

function networkFirst(request, cacheName, max) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic' && max) keep(cacheName, request, response.clone(), max).catch(function () {});
    return response;
  }, function () {
    return caches.open(cacheName).then(function (cache) { return cache.match(request); }).then(function (hit) { return hit || Response.error(); });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST') {
    if (request.mode === 'navigate' && url.pathname === CONFIG.base + '/cart/add') event.respondWith(addToCart(event));
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.indexOf('/_next/static/') === 0) return event.respondWith(cacheFirst(request, STATIC, MAX_STATIC));
  if (url.pathname.indexOf('/media/') === 0) return event.respondWith(networkFirst(request, MEDIA, MAX_MEDIA));
  if (url.pathname === SCRIPT_URL) return event.respondWith(networkFirst(request, SHELL, 0));
  if (request.mode === 'navigate' && inShop(url.pathname)) event.respondWith(navigate(event));
});

/** The page script's "keep this page too" (the first page, loaded before the worker controlled it). */
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'keep' || typeof data.url !== 'string') return;
  var url = new URL(data.url, self.location.href);
  if (url.origin !== self.location.origin || !inShop(url.pathname)) return;
  event.waitUntil(fetch(url.href, { credentials: 'same-origin' }).then(function (response) {
    if (shareable(response)) return storePage(url.href, response);
  }).catch(function () {}));
});
`;
