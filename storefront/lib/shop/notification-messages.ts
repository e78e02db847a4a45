import messages from '../../messages/notifications-shop.en.json';
import { fill } from '../fill';

// The shop's notification preferences and the one-click unsubscribe page keep their English strings in their
// own file (messages/notifications-shop.en.json), next to the catalogue's en.json.

export type NotificationShopMessageKey = keyof typeof messages;

const table: Record<NotificationShopMessageKey, string> = messages;

/** Look a notification-preferences message up and fill `{name}` placeholders. */
export function ns(key: NotificationShopMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

/** The four choices a customer makes, in the order the form shows them. */
export const PREFERENCES = ['orderUpdatesSms', 'orderUpdatesWhatsapp', 'marketingEmail', 'marketingSms'] as const;
export type Preference = (typeof PREFERENCES)[number];
