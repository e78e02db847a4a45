import messages from '../../messages/mlas.en.json';

// The affiliate programme and ledger pages' English strings live in their own file (messages/mlas.en.json),
// next to the catalogue's en.json. Safe in server and client components.

export type MlasMessageKey = keyof typeof messages;

const table: Record<MlasMessageKey, string> = messages;

/** Look an affiliate-programme or ledger message up and fill `{name}` placeholders. */
export function mt(key: MlasMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** A message whose key is built from data (a status, a beneficiary): the key itself when the file lacks it. */
export function mlabel(key: string, vars?: Record<string, string | number>): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? mt(key as MlasMessageKey, vars) : key;
}

/** Basis points as a percentage to read or to edit: 1250 → "12.5". */
export function bpsToPercent(bps: number): string {
  return String(bps / 100);
}

/** A percentage as typed ("12.5", "20", "7.25 %") → basis points; null when malformed or over 100. */
export function percentToBps(input: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}
