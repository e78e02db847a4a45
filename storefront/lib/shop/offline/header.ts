/**
 * Response header by which proxy.ts tells the shop's service worker that a page may be kept on the phone
 * for offline reading (decision 0053): `shared`, on exactly the pages its page cache would share, a
 * catalogue page rendered for a signed-out visitor. Next marks every rendered page `private, no-store`
 * (pages read cookies), so the worker goes by this mark instead, and keeps nothing without it.
 */
export const OFFLINE_COPY_HEADER = 'x-offline-copy';
