/**
 * Turning a template and its variables into a message: plain text for every channel, and for e-mail an
 * HTML part in the tenant's colours. Variables are plain text from the producer, escaped for HTML here;
 * links in the text become links in the HTML. `{{secret}}` is the one-time link or code: the delivery log
 * keeps the message rendered with it redacted, and only the sender renders it in clear.
 */
import type { MessageChannel, MessageTemplateKey } from '@webwaka/kit';
import { CATALOGUE, DEFAULT_LOCALE, PIDGIN, type TemplateText } from './catalogue';

export const REDACTED = '••••••';

export interface Branding {
  storeName: string;
  logoUrl?: string | null;
  primaryColor?: string | null;
}

export interface Rendered {
  subject: string | null;
  text: string;
  html: string | null;
}

/** SMS bodies longer than this are cut (with an ellipsis) rather than billed as many parts. */
const SMS_MAX = 459; // three concatenated GSM-7 parts

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g, (_m, name: string) => vars[name] ?? '');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A colour a tenant set, used in a style attribute only when it is a plain hex colour. */
const safeColour = (c: string | null | undefined) => (c && /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#0b6e4f');

function toHtml(text: string, brand: Branding): string {
  const paragraphs = escapeHtml(text)
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>').replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')}</p>`)
    .join('\n');
  const colour = safeColour(brand.primaryColor);
  const logo = brand.logoUrl && /^https:\/\//.test(brand.logoUrl) ? `<img src="${escapeHtml(brand.logoUrl)}" alt="" height="32" style="vertical-align:middle;margin-right:8px">` : '';
  return `<!doctype html><html><body style="margin:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;color:#222">
<div style="max-width:560px;margin:0 auto;background:#fff">
<div style="background:${colour};color:#fff;padding:16px 20px;font-size:18px;font-weight:bold">${logo}${escapeHtml(brand.storeName)}</div>
<div style="padding:8px 20px 20px;font-size:15px;line-height:1.5">${paragraphs}</div>
</div></body></html>`;
}

/** The default text of a template on a channel in a language (Pidgin's where it has one), or null when the channel has none. */
export function defaultText(key: MessageTemplateKey, channel: MessageChannel, locale: string): TemplateText | null {
  if (locale === 'pcm') {
    const pidgin = PIDGIN[key]?.[channel];
    if (pidgin) return pidgin;
  }
  return CATALOGUE[key].texts[channel] ?? null;
}

/**
 * Renders a template. `secret` is the clear one-time value when sending, or absent for the log (then
 * `{{secret}}` shows as REDACTED). `unsubscribeUrl` is appended to marketing messages.
 */
export function render(
  text: TemplateText,
  channel: MessageChannel,
  vars: Record<string, string>,
  brand: Branding,
  opts: { secret?: string | null; unsubscribeUrl?: string | null } = {},
): Rendered {
  const all = { ...vars, storeName: brand.storeName, secret: opts.secret ?? REDACTED };
  let body = fill(text.body, all).trim();
  if (opts.unsubscribeUrl) body += channel === 'EMAIL' ? `\n\nUnsubscribe: ${opts.unsubscribeUrl}` : ` STOP: ${opts.unsubscribeUrl}`;
  if (channel === 'SMS' && body.length > SMS_MAX) body = body.slice(0, SMS_MAX - 1) + '…';
  const subject = text.subject ? fill(text.subject, all).replace(/\s+/g, ' ').trim() : null;
  return { subject, text: body, html: channel === 'EMAIL' ? toHtml(body, brand) : null };
}

export { DEFAULT_LOCALE };
