// The adjustment form's accounts, as plain data shared by the journal page and its server action.

/** Lines on the adjustment form (rows left without an account are skipped). */
export const ADJUSTMENT_LINES = 3;

export interface AccountChoice {
  ownerType: string;
  ownerId: string;
  purpose: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WORD = /^[A-Z_]{2,40}$/;

/** One account as the form's option value: owner type, owner id and purpose. */
export function accountChoiceValue(a: AccountChoice): string {
  return `${a.ownerType}|${a.ownerId}|${a.purpose}`;
}

/** The account an option names, or null (the "none" option, or anything malformed). */
export function parseAccountChoice(value: string): AccountChoice | null {
  const [ownerType, ownerId, purpose, ...rest] = value.split('|');
  if (rest.length > 0 || !WORD.test(ownerType ?? '') || !UUID.test(ownerId ?? '') || !WORD.test(purpose ?? '')) return null;
  return { ownerType, ownerId, purpose };
}
