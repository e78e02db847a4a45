import messages from '../../messages/coupons.en.json';

// The coupon pages' English strings (back office and the shop's coupon field) live in their own file
// (messages/coupons.en.json), next to the catalogue's en.json. Safe in server and client components.

export type CouponMessageKey = keyof typeof messages;

const table: Record<CouponMessageKey, string> = messages;

/** Look a coupon message up and fill `{name}` placeholders. */
export function ct(key: CouponMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}
