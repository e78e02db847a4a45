/**
 * A tenant's templates: its own text per (key, channel, language) where it wrote one, else the catalogue's
 * default, in the asked language or English. Administrators list, edit, preview and reset them.
 */
import { DomainError, ErrorCode, MESSAGE_TEMPLATES, uuidv7, type MessageChannel, type MessageTemplateKey } from '@webwaka/kit';
import { CATALOGUE, DEFAULT_LOCALE, LOCALES, isTemplateKey, type TemplateText } from './catalogue';
import { defaultText, render, type Branding, type Rendered } from './render';
import type { Db } from './context';

export const CHANNELS: readonly MessageChannel[] = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'];
const MAX_SUBJECT = 200;
const MAX_BODY = 5000;

export interface TemplateView {
  key: MessageTemplateKey;
  channel: MessageChannel;
  locale: string;
  subject: string | null;
  body: string;
  customised: boolean;
  variables: string[];
}

export function checkLocale(locale: string): string {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Templates are written in ${LOCALES.join(', ')}; "${locale}" is not one of them`, ['locale']);
  return locale;
}

function checkKey(key: string): MessageTemplateKey {
  if (!isTemplateKey(key)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `There is no message "${key}"`, ['key']);
  return key;
}

/** The text a message of this tenant uses: its own for the language, its own in English, the default in the language, the default in English. */
export async function templateText(db: Db, tenantId: string, key: MessageTemplateKey, channel: MessageChannel, locale: string): Promise<TemplateText | null> {
  const own = await db.messageTemplate.findMany({ where: { tenantId, key, channel, locale: { in: [locale, DEFAULT_LOCALE] } } });
  const pick = own.find((t) => t.locale === locale) ?? own.find((t) => t.locale === DEFAULT_LOCALE);
  if (pick) return { subject: pick.subject ?? undefined, body: pick.body };
  return defaultText(key, channel, locale) ?? defaultText(key, channel, DEFAULT_LOCALE);
}

/** Every message on every channel it can go on, in one language, as the tenant would send it. */
export async function listTemplates(db: Db, tenantId: string, locale = DEFAULT_LOCALE): Promise<TemplateView[]> {
  checkLocale(locale);
  const own = await db.messageTemplate.findMany({ where: { tenantId, locale } });
  const views: TemplateView[] = [];
  for (const key of MESSAGE_TEMPLATES) {
    for (const channel of CHANNELS) {
      const mine = own.find((t) => t.key === key && t.channel === channel);
      const fallback = defaultText(key, channel, locale);
      if (!mine && !fallback) continue;
      views.push({
        key,
        channel,
        locale,
        subject: mine ? mine.subject : (fallback!.subject ?? null),
        body: mine ? mine.body : fallback!.body,
        customised: !!mine,
        variables: ['storeName', ...CATALOGUE[key].variables, ...(CATALOGUE[key].secret ? ['secret'] : [])],
      });
    }
  }
  return views;
}

export interface TemplateInput {
  key: string;
  channel: MessageChannel;
  locale: string;
  subject?: string | null;
  body: string;
}

function checkInput(input: TemplateInput): { key: MessageTemplateKey; subject: string | null; body: string; locale: string } {
  const key = checkKey(input.key);
  const locale = checkLocale(input.locale);
  const body = input.body.trim();
  if (!body) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A message needs a body', ['body']);
  if (body.length > MAX_BODY) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A message body is at most ${MAX_BODY} characters`, ['body']);
  const subject = input.subject?.trim() || null;
  if (input.channel === 'EMAIL' && !subject) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'An e-mail needs a subject', ['subject']);
  if (subject && subject.length > MAX_SUBJECT) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A subject is at most ${MAX_SUBJECT} characters`, ['subject']);
  // A message that exists to deliver a code or link must still deliver it.
  if (CATALOGUE[key].secret && !/\{\{\s*secret\s*\}\}/.test(body)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This message must keep {{secret}}: it is the link or code it delivers', ['body']);
  return { key, subject: input.channel === 'EMAIL' ? subject : null, body, locale };
}

export async function saveTemplate(db: Db, tenantId: string, input: TemplateInput): Promise<TemplateView> {
  const { key, subject, body, locale } = checkInput(input);
  await db.messageTemplate.upsert({
    where: { tenantId_key_channel_locale: { tenantId, key, channel: input.channel, locale } },
    create: { id: uuidv7(), tenantId, key, channel: input.channel, locale, subject, body },
    update: { subject, body },
  });
  return (await listTemplates(db, tenantId, locale)).find((t) => t.key === key && t.channel === input.channel)!;
}

export async function resetTemplate(db: Db, tenantId: string, keyName: string, channel: MessageChannel, locale: string): Promise<TemplateView | null> {
  const key = checkKey(keyName);
  checkLocale(locale);
  await db.messageTemplate.deleteMany({ where: { tenantId, key, channel, locale } });
  return (await listTemplates(db, tenantId, locale)).find((t) => t.key === key && t.channel === channel) ?? null;
}

/** Renders a draft with the template's sample values (the secret shown as it is in the log: redacted). */
export function previewTemplate(input: TemplateInput, brand: Branding): Rendered {
  const { key, subject, body } = checkInput(input);
  return render({ subject: subject ?? undefined, body }, input.channel, CATALOGUE[key].sample, brand);
}
