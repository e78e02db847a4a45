import messages from '../../messages/settings.en.json';

// The English strings of the back office's stock set-up pages (locations, reorder points, channels) and shop
// settings (checkout, shipping, payment providers) live in their own file (messages/settings.en.json), next
// to the catalogue's en.json. Safe in server and client components.

export type SettingsMessageKey = keyof typeof messages;

const table: Record<SettingsMessageKey, string> = messages;

/** Look a settings message up and fill `{name}` placeholders. */
export function st(key: SettingsMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** A message whose key is built from data (a location kind, a channel mode): the key itself when the file lacks it. */
export function stLabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as SettingsMessageKey] : key;
}
