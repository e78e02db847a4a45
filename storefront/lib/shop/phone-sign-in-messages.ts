import messages from '../../messages/phone-sign-in.en.json';
import { fill } from '../fill';

// The shop's phone sign-in page keeps its English strings in its own file (messages/phone-sign-in.en.json).

export type PhoneSignInMessageKey = keyof typeof messages;

const table: Record<PhoneSignInMessageKey, string> = messages;

/** Look a phone sign-in message up and fill `{name}` placeholders. */
export function pm(key: PhoneSignInMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

/** Our wording for an error code of the phone sign-in operations. */
export function phoneError(code: string): string {
  const key = `phone.error.${code}`;
  return key in table ? table[key as PhoneSignInMessageKey] : table['phone.error.UNKNOWN'];
}

/** Our wording for an error code of closing an account (decision 0079). */
export function closeError(code: string): string {
  const key = `phone.close.error.${code}`;
  return key in table ? table[key as PhoneSignInMessageKey] : table['phone.close.error.UNKNOWN'];
}
