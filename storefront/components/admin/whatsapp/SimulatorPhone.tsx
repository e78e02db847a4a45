'use client';

import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { simulatorChatAction, simulatorSendAction, type SimulatorChat } from '../../../lib/admin/whatsapp-simulator-actions';
import { wt } from '../../../lib/admin/whatsapp-messages';
import type { SimulatorEntry } from '../../../lib/admin/whatsapp-simulator';

interface Choice {
  id: string;
  title: string;
}

/** What a person reads of an entry, and the buttons or list rows it offers. */
function view(e: SimulatorEntry): { text: string; image: string | null; choices: Choice[] } {
  const b = e.body as any;
  if (e.direction === 'in') return { text: b.text?.body ?? b.interactive?.button_reply?.title ?? b.interactive?.list_reply?.title ?? '', image: null, choices: [] };
  if (b.type === 'text') return { text: b.text?.body ?? '', image: null, choices: [] };
  if (b.type === 'image') return { text: b.image?.caption ?? '', image: b.image?.link ?? null, choices: [] };
  if (b.type === 'template') {
    // Meta fills the approved text in on the phone; the simulator knows only the name and the values sent for {{1}}, {{2}}…
    const values: string[] = (b.template?.components ?? []).filter((c: any) => c.type === 'body').flatMap((c: any) => (c.parameters ?? []).map((p: any) => String(p.text ?? '')));
    return { text: [wt('simulator.template', { name: b.template?.name ?? '' }), ...values.map((v, i) => `{{${i + 1}}} ${v}`)].join('\n'), image: null, choices: [] };
  }
  const i = b.interactive ?? {};
  const choices: Choice[] =
    i.type === 'button'
      ? (i.action?.buttons ?? []).map((x: any) => ({ id: x.reply.id, title: x.reply.title }))
      : (i.action?.sections ?? []).flatMap((s: any) => (s.rows ?? []).map((r: any) => ({ id: r.id, title: r.description ? `${r.title} — ${r.description}` : r.title })));
  return { text: i.body?.text ?? '', image: i.header?.image?.link ?? null, choices };
}

const POLL_MS = 1500;

/** A phone-shaped chat with the shop: types or taps as a customer, polls for the platform's replies. */
export function SimulatorPhone({ slug }: { slug: string }) {
  const [waId, setWaId] = useState('2348031234567');
  const [draft, setDraft] = useState('');
  const [entries, setEntries] = useState<SimulatorEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const list = useRef<HTMLOListElement>(null);

  const apply = useCallback((r: SimulatorChat) => {
    if (r.ok) {
      setEntries(r.entries);
      setError(null);
    } else setError(r.message);
  }, []);

  useEffect(() => {
    let alive = true;
    const tick = () => simulatorChatAction(slug, waId).then((r) => alive && apply(r)).catch(() => {});
    tick();
    const timer = setInterval(tick, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [slug, waId, apply]);

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [entries.length]);

  const send = (message: { text?: string; choiceId?: string; title?: string }) => startTransition(async () => apply(await simulatorSendAction(slug, waId, message)));

  return (
    <div>
      <div className="field">
        <label htmlFor="wa-sim-phone">{wt('simulator.phone')}</label>
        <input id="wa-sim-phone" inputMode="numeric" value={waId} onChange={(e) => setWaId(e.target.value.replace(/\D/g, '').slice(0, 16))} />
      </div>
      <div className="wa-phone" data-testid="simulator-phone">
        <header>WhatsApp</header>
        <ol className="wa-messages" ref={list} aria-live="polite">
          {entries.length === 0 && <li className="wa-in">{wt('simulator.empty')}</li>}
          {entries.map((e) => {
            const v = view(e);
            return (
              <li key={e.id} className={e.direction === 'in' ? 'wa-out' : 'wa-in'} data-testid={e.direction === 'in' ? 'simulator-sent' : 'simulator-reply'}>
                {v.image && <img className="wa-image" src={v.image} alt="" />}
                <span>{v.text}</span>
                {v.choices.length > 0 && (
                  <div className="wa-choices" role="group" aria-label={wt('simulator.choose')}>
                    {v.choices.map((c) => (
                      <button key={c.id} type="button" disabled={pending} onClick={() => send({ choiceId: c.id, title: c.title })}>
                        {c.title}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            send({ text: draft });
            setDraft('');
          }}
        >
          <input aria-label={wt('simulator.message')} value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit" disabled={pending}>
            {wt('simulator.send')}
          </button>
        </form>
      </div>
    </div>
  );
}
