/**
 * The default texts of every message the platform sends (kit's MESSAGE_TEMPLATES), in English; a tenant
 * overrides any of them per channel and language (MessageTemplate rows), and a language without a text
 * falls back to English. `{{name}}` is a variable the producer passes (kit's contract lists them), `{{secret}}`
 * the one-time link or code the message exists to deliver, `{{storeName}}` the tenant's name.
 */
import { MESSAGE_TEMPLATES, type MessageChannel, type MessageTemplateKey } from '@webwaka/kit';

export interface TemplateText {
  subject?: string;
  body: string;
}

export interface CatalogueEntry {
  /** Channels sent when the request names none (a channel is used only when the recipient has its address). */
  channels: MessageChannel[];
  /** Marketing messages carry an unsubscribe link and respect the opt-out; transactional ones do not. */
  marketing: boolean;
  /** Whether it carries a secret: its log shows it redacted, and it is never sent on a shared channel. */
  secret: boolean;
  variables: string[];
  /** Sample values for previews. */
  sample: Record<string, string>;
  texts: Partial<Record<MessageChannel, TemplateText>>;
}

/** The languages a tenant may write templates in: English first, then Nigerian Pidgin, Hausa, Yoruba, Igbo. */
export const LOCALES = ['en', 'pcm', 'ha', 'yo', 'ig'] as const;
export const DEFAULT_LOCALE = 'en';

const ORDER_SAMPLE = { name: 'Ada', orderNumber: 'ADE-10042', total: '₦12,500.00', itemsSummary: '2 × Ankara shirt, 1 × Cap', orderUrl: 'https://shop.example.ng/s/ade-fashion/orders/ADE-10042' };

export const CATALOGUE: Record<MessageTemplateKey, CatalogueEntry> = {
  'order.confirmed': {
    channels: ['EMAIL', 'SMS'],
    marketing: false,
    secret: false,
    variables: ['name', 'orderNumber', 'total', 'itemsSummary', 'orderUrl'],
    sample: ORDER_SAMPLE,
    texts: {
      EMAIL: {
        subject: 'Your order {{orderNumber}} is confirmed',
        body: 'Hello {{name}},\n\nThank you for shopping with {{storeName}}. We have received your payment for order {{orderNumber}} ({{total}}):\n{{itemsSummary}}\n\nFollow your order: {{orderUrl}}',
      },
      SMS: { body: '{{storeName}}: order {{orderNumber}} confirmed, {{total}}. Track it: {{orderUrl}}' },
      PUSH: { subject: 'Order {{orderNumber}} confirmed', body: '{{storeName}} received your order ({{total}}). Tap to follow it: {{orderUrl}}' },
      WHATSAPP: { body: 'Hello {{name}}, your {{storeName}} order {{orderNumber}} ({{total}}) is confirmed. Track it: {{orderUrl}}' },
    },
  },
  'order.status_changed': {
    channels: ['EMAIL', 'SMS'],
    marketing: false,
    secret: false,
    variables: ['name', 'orderNumber', 'status', 'orderUrl'],
    sample: { ...ORDER_SAMPLE, status: 'shipped' },
    texts: {
      EMAIL: { subject: 'Order {{orderNumber}}: {{status}}', body: 'Hello {{name}},\n\nYour {{storeName}} order {{orderNumber}} is now {{status}}.\n\nDetails: {{orderUrl}}' },
      SMS: { body: '{{storeName}}: order {{orderNumber}} is {{status}}. {{orderUrl}}' },
      PUSH: { subject: 'Order {{orderNumber}}: {{status}}', body: 'Your {{storeName}} order is now {{status}}. {{orderUrl}}' },
      WHATSAPP: { body: 'Your {{storeName}} order {{orderNumber}} is now {{status}}. {{orderUrl}}' },
    },
  },
  'payment.received': {
    channels: ['EMAIL'],
    marketing: false,
    secret: false,
    variables: ['name', 'orderNumber', 'amount', 'method', 'orderUrl'],
    sample: { ...ORDER_SAMPLE, amount: '₦12,500.00', method: 'card' },
    texts: {
      EMAIL: { subject: 'Payment received for {{orderNumber}}', body: 'Hello {{name}},\n\n{{storeName}} received {{amount}} by {{method}} for order {{orderNumber}}. This e-mail is your receipt.\n\n{{orderUrl}}' },
      SMS: { body: '{{storeName}}: {{amount}} received by {{method}} for order {{orderNumber}}.' },
    },
  },
  'shipment.updated': {
    channels: ['EMAIL', 'SMS'],
    marketing: false,
    secret: false,
    variables: ['name', 'orderNumber', 'status', 'trackingUrl'],
    sample: { ...ORDER_SAMPLE, status: 'out for delivery', trackingUrl: 'https://shop.example.ng/t/ADE-10042' },
    texts: {
      EMAIL: { subject: 'Delivery update for {{orderNumber}}: {{status}}', body: 'Hello {{name}},\n\nYour {{storeName}} order {{orderNumber}} is {{status}}.\n\nTrack it: {{trackingUrl}}' },
      SMS: { body: '{{storeName}}: order {{orderNumber}} {{status}}. Track: {{trackingUrl}}' },
      PUSH: { subject: 'Delivery: {{orderNumber}} {{status}}', body: 'Your {{storeName}} order is {{status}}. {{trackingUrl}}' },
    },
  },
  'shipment.dispatched': {
    channels: ['EMAIL', 'SMS'],
    marketing: false,
    secret: true,
    variables: ['name', 'orderNumber', 'trackingNumber', 'orderUrl'],
    sample: { ...ORDER_SAMPLE, trackingNumber: 'WW-3F9A1C2B7E' },
    texts: {
      EMAIL: {
        subject: 'Your order {{orderNumber}} is on its way',
        body: 'Hello {{name}},\n\nYour {{storeName}} order {{orderNumber}} has been packed for delivery (tracking {{trackingNumber}}).\n\nYour delivery code is {{secret}}. Give it to the rider only when you have your goods in hand.\n\nFollow it: {{orderUrl}}',
      },
      SMS: { body: '{{storeName}}: order {{orderNumber}} is on its way. Delivery code {{secret}}: give it to the rider only when you have your goods. {{orderUrl}}' },
    },
  },
  'ticket.issued': {
    channels: ['EMAIL', 'SMS'],
    marketing: false,
    secret: false,
    variables: ['name', 'reference', 'route', 'departure', 'seats', 'ticketUrl'],
    sample: { name: 'Emeka', reference: 'K7PQ2MXA', route: 'Lagos → Abuja', departure: 'Mon 8 Dec, 07:30', seats: '3A, 3B', ticketUrl: 'https://shop.example.ng/s/abc-transport/tickets/K7PQ2MXA' },
    texts: {
      EMAIL: {
        subject: 'Your ticket {{reference}}: {{route}}',
        body: 'Hello {{name}},\n\nYour {{storeName}} booking {{reference}} is confirmed: {{route}}, departing {{departure}}, seats {{seats}}.\n\nShow the QR code on your ticket when you board: {{ticketUrl}}',
      },
      SMS: { body: '{{storeName}} ticket {{reference}}: {{route}} {{departure}}, seats {{seats}}. QR: {{ticketUrl}}' },
      PUSH: { subject: 'Ticket {{reference}}: {{route}}', body: '{{departure}}, seats {{seats}}. Your QR code: {{ticketUrl}}' },
      WHATSAPP: { body: 'Your {{storeName}} ticket {{reference}}: {{route}}, {{departure}}, seats {{seats}}. Show the QR code when boarding: {{ticketUrl}}' },
    },
  },
  'account.password_reset': {
    channels: ['EMAIL'],
    marketing: false,
    secret: true,
    variables: ['name', 'expiresInMinutes'],
    sample: { name: 'Ada', expiresInMinutes: '30' },
    texts: {
      EMAIL: {
        subject: 'Reset your {{storeName}} password',
        body: 'Hello {{name}},\n\nSomeone asked to reset the password of your {{storeName}} account. If it was you, choose a new password here within {{expiresInMinutes}} minutes:\n{{secret}}\n\nIf it was not you, ignore this e-mail: your password has not changed.',
      },
    },
  },
  'account.email_verification': {
    channels: ['EMAIL'],
    marketing: false,
    secret: true,
    variables: ['name'],
    sample: { name: 'Ada' },
    texts: {
      EMAIL: { subject: 'Confirm your e-mail for {{storeName}}', body: 'Hello {{name}},\n\nPlease confirm this is your e-mail address:\n{{secret}}\n\nIf you did not create a {{storeName}} account, ignore this e-mail.' },
    },
  },
  'account.sign_in_code': {
    channels: ['SMS'],
    marketing: false,
    secret: true,
    variables: ['expiresInMinutes'],
    sample: { expiresInMinutes: '10' },
    texts: {
      SMS: { body: '{{secret}} is your {{storeName}} sign-in code. It expires in {{expiresInMinutes}} minutes. Never share it.' },
      EMAIL: { subject: 'Your {{storeName}} sign-in code', body: '{{secret}} is your {{storeName}} sign-in code. It expires in {{expiresInMinutes}} minutes. Never share it with anyone.' },
    },
  },
  'invitation.sent': {
    channels: ['EMAIL'],
    marketing: false,
    secret: true,
    variables: ['role', 'inviterName', 'expiresInDays'],
    sample: { role: 'staff', inviterName: 'Ade', expiresInDays: '7' },
    texts: {
      EMAIL: { subject: 'You are invited to {{storeName}}', body: 'Hello,\n\n{{inviterName}} invited you to join {{storeName}} as {{role}}. Accept within {{expiresInDays}} days:\n{{secret}}' },
    },
  },
  'inventory.low_stock': {
    channels: ['EMAIL'],
    marketing: false,
    secret: false,
    variables: ['sku', 'title', 'available', 'location', 'adminUrl'],
    sample: { sku: 'ANK-SHIRT-M', title: 'Ankara shirt (M)', available: '2', location: 'Lekki shop', adminUrl: 'https://shop.example.ng/admin/ade-fashion/inventory' },
    texts: {
      EMAIL: { subject: 'Low stock: {{title}}', body: '{{title}} ({{sku}}) is down to {{available}} at {{location}}.\n\nRestock it: {{adminUrl}}' },
    },
  },
  'vendor.status_changed': {
    channels: ['EMAIL'],
    marketing: false,
    secret: false,
    variables: ['vendorName', 'status', 'reason', 'adminUrl'],
    sample: { vendorName: 'Kemi Crafts', status: 'approved', reason: '', adminUrl: 'https://shop.example.ng/admin/naija-market' },
    texts: {
      EMAIL: { subject: '{{vendorName}} is {{status}} on {{storeName}}', body: 'Hello,\n\nYour shop {{vendorName}} is now {{status}} on {{storeName}}. {{reason}}\n\n{{adminUrl}}' },
    },
  },
  'payout.sent': {
    channels: ['EMAIL'],
    marketing: false,
    secret: false,
    variables: ['vendorName', 'amount', 'reference'],
    sample: { vendorName: 'Kemi Crafts', amount: '₦84,000.00', reference: 'PO-2026-0142' },
    texts: {
      EMAIL: { subject: '{{storeName}} sent you {{amount}}', body: 'Hello {{vendorName}},\n\n{{storeName}} has paid out {{amount}} to your bank account (reference {{reference}}).' },
      SMS: { body: '{{storeName}} paid out {{amount}} to your bank account. Ref {{reference}}.' },
    },
  },
  'gift_card.issued': {
    channels: ['EMAIL'],
    marketing: false,
    secret: true,
    variables: ['name', 'fromName', 'amount', 'message', 'balanceUrl'],
    sample: { name: 'Ngozi', fromName: 'Ada', amount: '₦10,000.00', message: 'Happy birthday!', balanceUrl: 'https://shop.example.ng/gift-cards' },
    texts: {
      EMAIL: {
        subject: 'A {{amount}} {{storeName}} gift card for you',
        body: 'Hello {{name}},\n\n{{fromName}} sent you a {{storeName}} gift card worth {{amount}}.\n{{message}}\n\nYour gift card code:\n{{secret}}\n\nSpend it at checkout; check what is left on it here: {{balanceUrl}}',
      },
    },
  },
  // The customer confirms points spent at a till (decision 0084): sent only when a cashier asks, so the
  // text says what it is for; someone who is not paying with points now should not read it out.
  'pos.points_code': {
    channels: ['SMS'],
    marketing: false,
    secret: true,
    variables: ['points', 'value', 'expiresInMinutes'],
    sample: { points: '250', value: '₦2,500.00', expiresInMinutes: '10' },
    texts: {
      SMS: { body: '{{secret}} confirms paying with up to {{points}} points ({{value}}) at {{storeName}}. Tell it to the cashier only if you are paying with points now. Expires in {{expiresInMinutes}} min.' },
      EMAIL: {
        subject: 'Your {{storeName}} code to pay with points',
        body: 'The cashier at {{storeName}} asked to spend up to {{points}} of your points ({{value}}).\n\nYour code: {{secret}}\n\nTell it to the cashier only if you are paying with points now. It expires in {{expiresInMinutes}} minutes. If you are not at the till, ignore this message: your points stay yours.',
      },
    },
  },
};

// The catalogue covers the contract exactly (a compile-time and a start-time check).
for (const key of MESSAGE_TEMPLATES) if (!CATALOGUE[key]) throw new Error(`notifications: no default template for ${key}`);

export function isTemplateKey(key: string): key is MessageTemplateKey {
  return (MESSAGE_TEMPLATES as readonly string[]).includes(key);
}

/** Nigerian Pidgin defaults for the messages shoppers get most, so a tenant serving `pcm` starts somewhere. */
export const PIDGIN: Partial<Record<MessageTemplateKey, Partial<Record<MessageChannel, TemplateText>>>> = {
  'order.confirmed': {
    SMS: { body: '{{storeName}}: we don collect your money for order {{orderNumber}} ({{total}}). Follow am here: {{orderUrl}}' },
    EMAIL: { subject: 'Your order {{orderNumber}} don confirm', body: 'How far {{name}},\n\nThank you say you buy from {{storeName}}. We don collect your money for order {{orderNumber}} ({{total}}):\n{{itemsSummary}}\n\nFollow your order: {{orderUrl}}' },
  },
  'order.status_changed': {
    SMS: { body: '{{storeName}}: order {{orderNumber}} don {{status}}. {{orderUrl}}' },
  },
};
