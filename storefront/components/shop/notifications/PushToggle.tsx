'use client';

import { useEffect, useState } from 'react';
import { ns } from '../../../lib/shop/notification-messages';
import { registerThisBrowser, removeThisBrowser } from '../../../lib/shop/push-actions';

type State = 'checking' | 'unsupported' | 'denied' | 'off' | 'on' | 'busy';

/** The shop's service worker registration (decision 0053's `<shop>/sw.js`, which imports /push-sw.js). */
async function registration(base: string): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(`${base}/sw.js`, { scope: base || '/' });
  return navigator.serviceWorker.ready;
}

const keyBytes = (base64url: string) => {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
};

/** A name the customer may recognise the device by in a list: the browser and the system, roughly. */
function deviceLabel(): string {
  const ua = navigator.userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser';
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '';
  return system ? `${browser} on ${system}` : browser;
}

/**
 * "Order updates on this phone" (decision 0063): subscribes this browser through its PushManager with the
 * installation's VAPID key and registers the subscription for the signed-in customer at this shop; off
 * unsubscribes and removes it. Where the browser has no push support, or notifications are blocked, it
 * says so instead of offering a switch that cannot work.
 */
export function PushToggle({ slug, base, publicKey }: { slug: string; base: string; publicKey: string }) {
  const [state, setState] = useState<State>('checking');
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return setState('unsupported');
    if (Notification.permission === 'denied') return setState('denied');
    let live = true;
    navigator.serviceWorker
      .getRegistration(base || '/')
      .then((reg) => reg?.pushManager.getSubscription() ?? null)
      .then((sub) => live && setState(sub ? 'on' : 'off'))
      .catch(() => live && setState('off'));
    return () => {
      live = false;
    };
  }, [base]);

  async function turnOn() {
    if ((await Notification.requestPermission()) !== 'granted') {
      setState(Notification.permission === 'denied' ? 'denied' : 'off');
      return;
    }
    const reg = await registration(base);
    const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
    const json = sub.toJSON();
    const code = await registerThisBrowser(slug, { endpoint: sub.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '', label: deviceLabel() });
    if (code) {
      await sub.unsubscribe().catch(() => {});
      throw new Error(code);
    }
    setState('on');
    setNotice({ ok: true, text: ns('push.on') });
  }

  async function turnOff() {
    const reg = await navigator.serviceWorker.getRegistration(base || '/');
    const sub = await reg?.pushManager.getSubscription();
    if (sub) {
      const code = await removeThisBrowser(slug, sub.endpoint);
      if (code) throw new Error(code);
      await sub.unsubscribe().catch(() => {});
    }
    setState('off');
    setNotice({ ok: true, text: ns('push.off') });
  }

  async function toggle(on: boolean) {
    const before = state;
    setState('busy');
    setNotice(null);
    try {
      await (on ? turnOn() : turnOff());
    } catch (e) {
      setState(before === 'busy' ? 'off' : before);
      setNotice({ ok: false, text: ns('push.failed', { reason: (e as Error)?.message || String(e) }) });
    }
  }

  const unavailable = state === 'unsupported' || state === 'denied';
  return (
    <fieldset className="card" aria-describedby="push-hint" data-testid="push-toggle">
      <legend>{ns('push.legend')}</legend>
      <p id="push-hint" className="hint">
        {ns('push.hint')}
      </p>
      <label className="choice">
        <input type="checkbox" name="push" checked={state === 'on'} disabled={unavailable || state === 'checking' || state === 'busy'} onChange={(e) => void toggle(e.currentTarget.checked)} /> {ns('push.toggle')}
      </label>
      <div aria-live="polite">
        {unavailable && <p className="hint">{ns(state === 'denied' ? 'push.denied' : 'push.unsupported')}</p>}
        {notice && (
          <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'ok-notice' : 'alert'}>
            {notice.text}
          </p>
        )}
      </div>
    </fieldset>
  );
}
