import messages from '../../messages/notifications-admin.en.json';
import { fill } from '../fill';
import { sectionPath } from './access';

// The back office's "Messages" and "Mailbox" pages keep their English strings in their own file
// (messages/notifications-admin.en.json), next to the catalogue's en.json. Safe in server and client components.

export type NotificationAdminMessageKey = keyof typeof messages;

const table: Record<NotificationAdminMessageKey, string> = messages;

/** Look a Messages/Mailbox message up and fill `{name}` placeholders. */
export function nt(key: NotificationAdminMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

/** A message whose key is built from data (a status, a channel, a template key): the raw value when the file lacks it. */
export function nlabel(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as NotificationAdminMessageKey] : value;
}

export const CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STATUSES = ['QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD', 'SUPPRESSED'] as const;
export type Status = (typeof STATUSES)[number];
/** The languages templates are kept in: English first, then Nigerian Pidgin, Hausa, Yoruba and Igbo. */
export const LOCALES = ['en', 'pcm', 'ha', 'yo', 'ig'] as const;
export type Locale = (typeof LOCALES)[number];

/** Statuses an administrator may send again. */
export const RETRYABLE: readonly string[] = ['FAILED', 'DEAD'];

export const isChannel = (v: string): v is Channel => (CHANNELS as readonly string[]).includes(v);
export const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);
export const isLocale = (v: string): v is Locale => (LOCALES as readonly string[]).includes(v);

/** A template key as the API names them: `order.confirmed`, `account.sign_in_code`. */
export const TEMPLATE_KEY = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

/** A page of the Messages section: '' (log), '/<id>', '/templates', '/templates/edit', '/providers'. */
export const messagesPath = (slug: string, sub = '') => `${sectionPath(slug, 'messages')}${sub}`;

/** Which template a page or form is about: key, channel and language. */
export interface TemplateRef {
  key: string;
  channel: string;
  locale: string;
}

/** The editor's page for a template. */
export function templateEditorPath(slug: string, ref: TemplateRef): string {
  const search = new URLSearchParams({ locale: ref.locale, key: ref.key, channel: ref.channel });
  return `${messagesPath(slug, '/templates/edit')}?${search.toString()}`;
}

/**
 * The providers the form offers for each channel messages are sent on (notifications decides and lists the
 * channels): `default` is the platform's own set-up, `sandbox` keeps messages on the platform (the
 * Mailbox) instead of sending them.
 */
export const PROVIDERS: Record<Channel, readonly string[]> = {
  EMAIL: ['default', 'smtp', 'sandbox'],
  SMS: ['default', 'termii', 'africastalking', 'sandbox'],
  WHATSAPP: ['default', 'whatsapp-cloud', 'sandbox'],
  PUSH: ['default'],
};
