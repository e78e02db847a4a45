import messages from '../../messages/subscriptions-shop.en.json';
import { fill } from '../fill';

// The account's subscriptions page keeps its English strings in its own file (messages/subscriptions-shop.en.json).

export type SubscriptionShopMessageKey = keyof typeof messages;

const table: Record<SubscriptionShopMessageKey, string> = messages;

/** Look a subscriptions message up and fill `{name}` placeholders. */
export function sm(key: SubscriptionShopMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

/** What a customer can do to a subscription from the account page. */
export const SUBSCRIPTION_OPS = ['pause', 'resume', 'skip', 'cancel', 'update'] as const;
export type SubscriptionOp = (typeof SUBSCRIPTION_OPS)[number];
