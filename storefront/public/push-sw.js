// Web push for the shop (decision 0063): imported by each shop's service worker (`<shop>/sw.js`,
// decision 0053), whose registration the account page's "Order updates on this phone" switch subscribes.
// The payload, decrypted by the browser, is the JSON notifications sends: { title, body, url }. A tap
// opens (or focuses) the page the message links to, on this site only.
'use strict';

self.addEventListener('push', function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (e) {
    data = { body: event.data ? event.data.text() : '' };
  }
  var title = typeof data.title === 'string' && data.title ? data.title : self.location.hostname;
  var options = { body: typeof data.body === 'string' ? data.body : '', data: { url: typeof data.url === 'string' ? data.url : null }, tag: typeof data.url === 'string' ? data.url : undefined };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = event.notification.data && event.notification.data.url;
  var target;
  try {
    target = url ? new URL(url, self.location.href) : null;
  } catch (e) {
    target = null;
  }
  // Only pages of this site: a message's link to elsewhere is not followed from a notification.
  if (!target || target.origin !== self.location.origin) target = new URL(self.registration.scope);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
      for (var i = 0; i < windows.length; i++) if (windows[i].url === target.href && 'focus' in windows[i]) return windows[i].focus();
      return self.clients.openWindow(target.href);
    }),
  );
});
