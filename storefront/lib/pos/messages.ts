import messages from '../../messages/pos.en.json';

// The till's English strings live in their own small file (messages/pos.en.json): the till is a client
// app with a byte budget, and must not pull in the storefront's catalogue. Safe in server and client code.

export type PosMessageKey = keyof typeof messages;

const table: Record<PosMessageKey, string> = messages;

/** Look a till message up and fill `{name}` placeholders. */
export function pt(key: PosMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** Our wording for an error code from the till's routes or the gateway, or the generic one. */
export function posError(code: string | null | undefined): string {
  const key = `error.${code ?? ''}`;
  return Object.prototype.hasOwnProperty.call(table, key) ? pt(key as PosMessageKey) : pt('error.UNKNOWN', { code: code ?? '' });
}
