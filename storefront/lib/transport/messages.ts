import messages from '../../messages/transport.en.json';

// The transport pages' English strings live in their own file (messages/transport.en.json), next to the
// catalogue's en.json. Safe in server and client components.

export type TransportMessageKey = keyof typeof messages;

const table: Record<TransportMessageKey, string> = messages;

/** Look a transport message up and fill `{name}` placeholders. */
export function tt(key: TransportMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** True when `key` names a transport message (gateway error codes map onto `error.<CODE>`). */
export function hasTransportMessage(key: string): key is TransportMessageKey {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Our wording for a gateway error code, or the generic one. */
export function errorMessage(code: string | null | undefined): string {
  const key = `error.${code ?? ''}`;
  return hasTransportMessage(key) ? tt(key) : tt('error.UNKNOWN');
}

/** A seat class as travellers read it ("Premium"); classes without a message show as the operator named them. */
export function seatClassName(seatClass: string): string {
  const key = `seatClass.${seatClass}`;
  return hasTransportMessage(key) ? tt(key) : seatClass;
}
