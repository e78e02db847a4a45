import messages from '../../messages/whatsapp-admin.en.json';
import { fill } from '../fill';

// The back office's WhatsApp inbox, number settings and simulator keep their English strings in their own
// file (messages/whatsapp-admin.en.json).

export type WhatsappAdminMessageKey = keyof typeof messages;

const table: Record<WhatsappAdminMessageKey, string> = messages;

export function wt(key: WhatsappAdminMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

export const whatsappPath = (slug: string, rest = '') => `/admin/${slug}/orders/whatsapp${rest}`;
