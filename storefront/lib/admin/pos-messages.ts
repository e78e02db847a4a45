import messages from '../../messages/pos-admin.en.json';
import { sectionPath } from './access';

// The back office's point-of-sale pages' English strings live in their own file (messages/pos-admin.en.json),
// next to the catalogue's en.json (the till app has its own, messages/pos.en.json). Safe in server and client
// components.

export type PosAdminMessageKey = keyof typeof messages;

const table: Record<PosAdminMessageKey, string> = messages;

/** Look a point-of-sale back-office message up and fill `{name}` placeholders. */
export function pt(key: PosAdminMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** A message whose key is built from data (a status, a tender, a conflict kind): the raw value when the file lacks it. */
export function plabel(prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return Object.prototype.hasOwnProperty.call(table, key) ? pt(key as PosAdminMessageKey) : value;
}

/** A page of the point-of-sale section: '' (tills), '/cashiers', '/sessions', '/sessions/<id>', '/conflicts', '/receipts'. */
export const posPath = (slug: string, sub = '') => `${sectionPath(slug, 'pos')}${sub}`;
