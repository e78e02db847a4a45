// Settings pages' pure helpers (shared by pages and actions; no request APIs).

/** The providers that take credentials (the sandbox needs none). */
export const CREDENTIAL_PROVIDERS = ['PAYSTACK', 'FLUTTERWAVE', 'STRIPE'] as const;
export type CredentialProvider = (typeof CREDENTIAL_PROVIDERS)[number];
export const PAYMENT_PROVIDERS = ['SANDBOX', ...CREDENTIAL_PROVIDERS] as const;
export type PaymentProvider = (typeof PAYMENT_PROVIDERS)[number];

/**
 * Test or live, read from a public key's prefix (Paystack and Stripe `pk_test_`/`pk_live_`, Flutterwave
 * `FLWPUBK_TEST-`/`FLWPUBK-`); null when there is no public key or its form is unknown.
 */
export function keyMode(publicKey: string | null | undefined): 'TEST' | 'LIVE' | null {
  if (!publicKey) return null;
  if (/^pk_test_/.test(publicKey) || /^FLWPUBK_TEST-/.test(publicKey)) return 'TEST';
  if (/^pk_live_/.test(publicKey) || /^FLWPUBK-/.test(publicKey)) return 'LIVE';
  return null;
}

/** The last four characters of a key, all the page ever shows of one. */
export function lastFour(key: string): string {
  return key.slice(-4);
}

/** Regions as typed (one per line or comma-separated) → a clean list; commerce normalises each one. */
export function regionList(input: string): string[] {
  return input
    .split(/[\n,;]+/)
    .map((r) => r.trim())
    .filter(Boolean);
}

/** A stored region ("akwa ibom") as people write it ("Akwa Ibom"). */
export function regionName(region: string): string {
  return region.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Carriers a shop can have quote at checkout (decision 0091): commerce refuses one that cannot quote here. */
export const CHECKOUT_CARRIERS = ['SANDBOX', 'KWIK'] as const;
