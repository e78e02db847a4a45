import messages from '../../messages/promotions.en.json';

// The promotions page's English strings live in their own file
// (messages/promotions.en.json), next to the catalogue's en.json. Safe in server and client components.

export type PromotionMessageKey = keyof typeof messages;

const table: Record<PromotionMessageKey, string> = messages;

/** Look a promotion message up and fill `{name}` placeholders. */
export function pt(key: PromotionMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}
