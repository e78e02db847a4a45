/**
 * Phone numbers of passengers: the first way an operator reaches someone in Nigeria (a delayed bus, a
 * changed departure). Kept in E.164 so every number of one person compares equal and an SMS provider can
 * dial it: local Nigerian forms (0803 123 4567, 234803...) become +234803...; other countries are taken
 * with their + and country code.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';

export function normalisePhone(raw: string, field: string[]): string {
  const compact = (raw ?? '').trim().replace(/[\s().-]/g, '');
  let e164: string | null = null;
  if (/^0[789][01]\d{8}$/.test(compact)) e164 = `+234${compact.slice(1)}`;
  else if (/^234[789][01]\d{8}$/.test(compact)) e164 = `+${compact}`;
  else if (/^\+234[789][01]\d{8}$/.test(compact)) e164 = compact;
  else if (/^\+(?!234)[1-9]\d{7,14}$/.test(compact)) e164 = compact;
  if (!e164) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a phone number such as 0803 123 4567 or +234 803 123 4567', field);
  return e164;
}

/** An optional phone: blank is none. */
export function optionalPhone(raw: string | null | undefined, field: string[]): string | null {
  return raw && raw.trim() ? normalisePhone(raw, field) : null;
}
