import messages from '../../messages/rewards.en.json';

// Gift cards, loyalty and store credit: the back office's and the shop's English strings live in their own
// file (messages/rewards.en.json), next to the catalogue's en.json. Safe in server and client components.

export type RewardsMessageKey = keyof typeof messages;

const table: Record<RewardsMessageKey, string> = messages;

/** Look a rewards message up and fill `{name}` placeholders. */
export function rt(key: RewardsMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}
