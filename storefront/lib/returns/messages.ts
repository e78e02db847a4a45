import messages from '../../messages/returns.en.json';

// The return pages' English strings (the shop's return requests and the back office's Returns) live in
// their own file (messages/returns.en.json), next to the catalogue's en.json. Safe in server and client components.

export type ReturnMessageKey = keyof typeof messages;

const table: Record<ReturnMessageKey, string> = messages;

export function hasReturnMessage(key: string): key is ReturnMessageKey {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Look a return message up and fill `{name}` placeholders. */
export function rt(key: ReturnMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}
