// The shop's page script (decision 0053), as the text `<shop>/offline.js` serves with the shop's
// settings and strings in front of it. Plain JavaScript, loaded `async` by every shop page (a few kB; the
// pages stay server-rendered and work without it):
// - registers the shop's service worker (worker-source.ts) for the shop's prefix;
// - shows the offline notice in #ww-notices (in its shadow root, out of React's way): while the browser
//   is offline, and on a copy the worker served from the phone (<html data-ww-offline="copy">), with the
//   time it was saved;
// - an "Add to cart" made offline is kept in localStorage with a notice, named again on every page while
//   offline; one posted while the network failed comes back from the worker in data-ww-unsent, is kept
//   the same way, and the script returns to the form's page. Kept items are posted to `<shop>/cart/add`
//   when the browser is back online (the `online` event, or the next page loaded online) and named as
//   added, or as refused with the cart's own reason. One tab sends at a time (Web Locks); an item leaves
//   the list only once the shop answered for it; if it cannot be kept at all, the shopper is told so.
// - on the offline page, lists the pages kept on this phone (in #ww-saved-pages' shadow root).

export const OFFLINE_PAGE_SOURCE = `
(function () {
  'use strict';
  var T = CONFIG.text;
  var KEY = 'ww-shop-pending:' + CONFIG.slug;
  var root = document.documentElement;
  var state = root.getAttribute('data-ww-offline');
  var box = null; // the live region in #ww-notices, once the page is parsed (React puts this script in <head>)
  // In shadow roots: React hydrates the server's HTML and would take nodes added to its tree for a mismatch.
  var STYLE = '<style>p{margin:0 0 .5rem;padding:.75rem;border:1px solid var(--border,#ccc);border-radius:6px;background:var(--card,#fff);box-shadow:0 2px 6px rgb(0 0 0/15%)}' +
    'p.alert{color:var(--danger,#b00020);background:var(--danger-bg,#fff0f0);border-color:currentColor}a{color:var(--ink,inherit)}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}ul{margin:0;padding-left:1.25rem}li{margin:.25rem 0}</style>';
  function shadowOf(id) {
    var host = document.getElementById(id);
    if (!host || !host.attachShadow) return null;
    var shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    shadow.innerHTML = STYLE;
    return shadow;
  }

  function attr(name) { try { return decodeURIComponent(root.getAttribute(name) || ''); } catch (e) { return ''; } }
  function fill(text, vars) { return text.replace(/\\{(\\w+)\\}/g, function (m, k) { return k in vars ? vars[k] : m; }); }
  function say(text, alert, link) {
    if (!box) return null;
    var p = document.createElement('p');
    p.className = alert ? 'alert' : 'notice';
    p.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = T.viewCart;
      p.appendChild(document.createTextNode(' '));
      p.appendChild(a);
    }
    box.appendChild(p);
    return p;
  }

  var connectionNote = null;
  function showConnection() {
    var show = state === 'copy' || (!navigator.onLine && state !== 'missing');
    if (show && !connectionNote) {
      var saved = new Date(attr('data-ww-saved-at'));
      var when = isNaN(saved.getTime()) ? '' : saved.toLocaleString('en-NG', { dateStyle: 'medium', timeStyle: 'short' });
      connectionNote = say(state === 'copy' ? fill(T.copy, { when: when }) : T.offline, false);
    } else if (!show && connectionNote) {
      connectionNote.remove();
      connectionNote = null;
    }
  }

  function pending() {
    try { var list = JSON.parse(localStorage.getItem(KEY) || '[]'); return Array.isArray(list) ? list : []; } catch (e) { return []; }
  }
  function store(list) {
    try { if (list.length) localStorage.setItem(KEY, JSON.stringify(list)); else localStorage.removeItem(KEY); return true; } catch (e) { return false; }
  }
  function hold(item, quiet) {
    if (!item.variantId) return;
    item.id = Date.now().toString(36) + Math.random().toString(36).slice(2);
    var list = pending();
    list.push(item);
    if (!store(list)) say(T.notKept, true);
    else if (!quiet) say(fill(T.queued, { item: item.name || T.item }), false);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (navigator.onLine || !form.classList || !form.classList.contains('add-to-cart')) return;
    event.preventDefault();
    var data = new FormData(form);
    var heading = document.querySelector('main h1');
    hold({ variantId: String(data.get('variantId') || ''), quantity: Number(data.get('quantity')) || 1, name: heading ? heading.textContent.trim() : '' });
  });

  function keepUnsent() {
    var unsent = attr('data-ww-unsent');
    if (!unsent) return false;
    try { var u = JSON.parse(unsent); hold({ variantId: String(u.variantId || ''), quantity: Number(u.quantity) || 1, name: '' }, true); } catch (e) {}
    // Back to the page the form was on (a reload must not post it again); the notice is shown there.
    var back = document.referrer && new URL(document.referrer).origin === location.origin ? document.referrer : (CONFIG.base || '/');
    location.replace(back);
    return true;
  }

  /** Offline (or on the worker's answer), every kept item is named; on its product page it learns its name. */
  function showKept() {
    if (navigator.onLine && !state) return;
    var list = pending();
    var here = document.querySelector('form.add-to-cart input[name=variantId]');
    var heading = document.querySelector('main h1');
    list.forEach(function (item) {
      if (!item.name && here && heading && here.value === item.variantId) item.name = heading.textContent.trim();
      say(fill(T.queued, { item: item.name || T.item }), false);
    });
    store(list);
  }

  function report(item, response) {
    var name = item.name || T.item;
    var url = new URL(response.url || location.href);
    if (url.searchParams.get('added')) return say(fill(T.sent, { item: name }), false, CONFIG.base + '/cart');
    return response.text().then(function (html) {
      var alert = url.searchParams.get('error') ? new DOMParser().parseFromString(html, 'text/html').querySelector('main [role=alert]') : null;
      say(fill(T.refused, { item: name, reason: alert ? alert.textContent.trim() : T.unknownReason }), true);
    });
  }
  function sendNext() {
    var item = pending()[0];
    if (!item || !navigator.onLine) return Promise.resolve();
    var body = new FormData();
    body.set('variantId', item.variantId);
    body.set('quantity', String(item.quantity));
    return fetch(CONFIG.base + '/cart/add', { method: 'POST', body: body, credentials: 'same-origin' }).then(function (response) {
      var answered = /[?&](added|error)=/.test(response.url) || (response.status < 500 && response.status !== 429);
      if (!answered) throw new Error('not answered: ' + response.status);
      store(pending().filter(function (i) { return i.id !== item.id; }));
      return Promise.resolve(report(item, response)).then(sendNext);
    });
  }
  var sending = false;
  function send() {
    if (sending || !navigator.onLine || !pending().length) return;
    sending = true;
    var done = function () { sending = false; };
    var run = function () { return sendNext().catch(function () {}); };
    (navigator.locks ? navigator.locks.request(KEY, run) : run()).then(done, done);
  }

  function titleOf(html) { return new DOMParser().parseFromString(html, 'text/html').documentElement.textContent; }
  function listKept() {
    if (!state || !window.caches || !document.getElementById('ww-saved-pages')) return;
    caches.open('ww-shop:' + CONFIG.slug + ':pages').then(function (cache) {
      return cache.keys().then(function (keys) {
        return Promise.all(keys.reverse().map(function (key) { return cache.match(key).then(function (r) { return { url: key.url, title: r ? titleOf(decodeURIComponent(r.headers.get('x-ww-title') || '')) : '' }; }); }));
      });
    }).then(function (pages) {
      var shadow = pages.length && shadowOf('ww-saved-pages');
      if (!shadow) return;
      var heading = document.createElement('h2');
      heading.textContent = T.savedPages;
      var saved = document.createElement('ul');
      shadow.appendChild(heading);
      shadow.appendChild(saved);
      pages.forEach(function (page) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = page.url;
        a.textContent = page.title || new URL(page.url).pathname;
        li.appendChild(a);
        saved.appendChild(li);
      });
    }).catch(function () {});
  }

  function start() {
    var notices = shadowOf('ww-notices');
    if (notices) {
      box = document.createElement('div');
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      notices.appendChild(box);
    }
    if (keepUnsent()) return;
    showKept();
    listKept();
    window.addEventListener('online', function () { showConnection(); send(); });
    window.addEventListener('offline', showConnection);
    showConnection();
    send();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  if ('serviceWorker' in navigator && window.isSecureContext) {
    var controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register(CONFIG.base + '/sw.js', { scope: CONFIG.base || '/' }).then(function () {
      if (controlled || state) return;
      // This page came before the worker: ask it to keep this page too (it keeps only shareable pages).
      return navigator.serviceWorker.ready.then(function (registration) {
        if (registration.active) registration.active.postMessage({ type: 'keep', url: location.href });
      });
    }).catch(function () {});
  }
})();
`;
