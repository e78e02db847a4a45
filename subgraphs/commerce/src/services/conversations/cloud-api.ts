/**
 * The Cloud API's message formats (decision 0075): what the bot and the staff inbox send, as Meta documents
 * `POST {base}/v21.0/{phone-number-id}/messages` — text, interactive reply buttons (at most 3, titles up to
 * 20 characters, an optional image header: a product card), interactive lists (at most 10 rows, titles up
 * to 24, descriptions up to 72) and images with a caption. The same bytes go to Meta or to the simulator.
 */
import { postJson } from '@webwaka/kit';
import type { OpenConnection } from './connection';

export const CLOUD_API_VERSION = 'v21.0';

export interface Choice {
  id: string;
  title: string;
  description?: string;
}

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'buttons'; text: string; buttons: Choice[]; imageUrl?: string | null }
  | { kind: 'list'; text: string; button: string; rows: Choice[] }
  | { kind: 'image'; imageUrl: string; caption: string }
  /** A message template Meta approved (the only kind WhatsApp delivers outside the 24-hour window), with its body variables' values in order. */
  | { kind: 'template'; name: string; language: string; parameters?: readonly string[] };

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The JSON the Cloud API takes for a reply to `to` (digits only). */
export function cloudApiMessage(to: string, r: Reply): Record<string, unknown> {
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  switch (r.kind) {
    case 'text':
      return { ...base, type: 'text', text: { preview_url: true, body: cut(r.text, 4096) } };
    case 'image':
      return { ...base, type: 'image', image: { link: r.imageUrl, caption: cut(r.caption, 1024) } };
    case 'template':
      return {
        ...base,
        type: 'template',
        template: {
          name: r.name,
          language: { code: r.language },
          ...(r.parameters?.length ? { components: [{ type: 'body', parameters: r.parameters.map((text) => ({ type: 'text', text })) }] } : {}),
        },
      };
    case 'buttons':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'button',
          ...(r.imageUrl ? { header: { type: 'image', image: { link: r.imageUrl } } } : {}),
          body: { text: cut(r.text, 1024) },
          action: { buttons: r.buttons.slice(0, 3).map((b) => ({ type: 'reply', reply: { id: cut(b.id, 256), title: cut(b.title, 20) } })) },
        },
      };
    case 'list':
      return {
        ...base,
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text: cut(r.text, 4096) },
          action: {
            button: cut(r.button, 20),
            sections: [{ title: cut(r.button, 24), rows: r.rows.slice(0, 10).map((row) => ({ id: cut(row.id, 200), title: cut(row.title, 24), ...(row.description ? { description: cut(row.description, 72) } : {}) })) }],
          },
        },
      };
  }
}

/** What a person reads of a reply (the inbox and the export show it). */
export function readable(r: Reply): string {
  if (r.kind === 'text') return r.text;
  if (r.kind === 'image') return r.caption;
  if (r.kind === 'template') return r.parameters?.length ? `[template ${r.name}: ${r.parameters.join(' | ')}]` : `[template ${r.name}]`;
  if (r.kind === 'buttons') return `${r.text}\n${r.buttons.map((b) => `[${b.title}]`).join(' ')}`;
  return `${r.text}\n${r.rows.map((row) => `• ${row.title}${row.description ? ` — ${row.description}` : ''}`).join('\n')}`;
}

export type SendOutcome = { ok: true; waMessageId: string } | { ok: false; error: string; permanent: boolean };

/** Posts one message; a 4xx is final (Meta refused it, e.g. outside the 24-hour window), anything else is retried. */
export async function sendCloudApiMessage(conn: Pick<OpenConnection, 'baseUrl' | 'phoneNumberId' | 'accessToken'>, body: Record<string, unknown>): Promise<SendOutcome> {
  try {
    const res = await postJson(`${conn.baseUrl}/${CLOUD_API_VERSION}/${encodeURIComponent(conn.phoneNumberId)}/messages`, JSON.stringify(body), {
      headers: { authorization: `Bearer ${conn.accessToken}` },
      timeoutMs: 15_000,
    });
    if (res.status >= 200 && res.status < 300) {
      const id = (JSON.parse(res.text) as { messages?: { id?: string }[] }).messages?.[0]?.id;
      return id ? { ok: true, waMessageId: id } : { ok: false, error: 'No message id in the answer', permanent: false };
    }
    let reason = `HTTP ${res.status}`;
    try {
      const e = (JSON.parse(res.text) as { error?: { message?: string; code?: number } }).error;
      if (e?.message) reason = `${reason}: ${e.code ?? ''} ${e.message}`.slice(0, 300);
    } catch {
      // not JSON: the status says enough
    }
    return { ok: false, error: reason, permanent: res.status >= 400 && res.status < 500 && res.status !== 429 };
  } catch (e) {
    return { ok: false, error: `Cloud API not reached (${(e as Error).message ?? e})`, permanent: false };
  }
}
