import type { EntrySide, JournalKind, LedgerOwnerType, LedgerPurpose, SeatEventKind, VendorStatus } from './generated/prisma/enums';
import { SUBGRAPH_REGISTRY, uuidv7, type SubgraphName } from '@webwaka/protocol';
import type { Prisma } from './db';
import { recordOutboxEvent, rememberWriter, type OutboxEventRecord, type OutboxHandler } from './outbox';

/**
 * The event contracts between capabilities: every outbox topic, its payload, who writes it and who reads
 * it (decision 0033). Producers and consumers import the topic names (`TOPICS`) and payload types from here;
 * no other source file writes a topic string (subgraphs/kit/test/events.test.ts checks that, and that each
 * producer records and each consumer registers what this file says).
 *
 * Naming. An EVENT is named by its producer for what happened: `<producer>.<thing>.<past tense>`
 * (`commerce.order.paid`), whoever reads it (this file says who). A REQUEST,
 * addressed to one capability (by one producer or several), is named by that consumer:
 * `<consumer>.<thing>.requested` (`ledger.posting.requested`: post this entry; `commerce.refund.requested`:
 * refund this order). So a topic's first word is its producer for an event and its consumer for a request.
 *
 * One consumer per topic. `OutboxDispatcher.drain` leases the undelivered events of the topics its own
 * handler map names, runs those handlers and marks each event dispatched for everybody: there is one
 * `kit.OutboxEvent` row per event, not one per reader. A second subgraph registering the same topic would
 * split the events between the two at random. So each topic below has exactly one consuming capability
 * (several handlers inside that subgraph are fine; its replicas share the work through the lease). A
 * topic a second capability must hear needs a second topic (or a consumer that re-announces it).
 *
 * Payloads are JSON: amounts are strings of integer minor units (`MinorUnits`), times ISO 8601 strings
 * (`IsoTime`). Delivery is at least once and old events outlive code changes, so consumers still check
 * what they read (ledger's `parsePostingPayload`, mlas's parsers); the types say what producers write.
 */

/** The capabilities (subgraphs) that produce or consume events: the registry's. */
export type Capability = SubgraphName;
export const CAPABILITIES: readonly Capability[] = SUBGRAPH_REGISTRY.map((s) => s.name);

export const TOPICS = {
  IDENTITY_AUDIT_RECORDED: 'identity.audit.recorded',
  IDENTITY_API_KEY_REVOKED: 'identity.api_key.revoked',
  IDENTITY_SESSIONS_ENDED: 'identity.sessions.ended',
  IDENTITY_AUDIT_REQUESTED: 'identity.audit.requested',
  CATALOG_VARIANT_UPSERTED: 'catalog.variant.upserted',
  CATALOG_VENDOR_STATUS_CHANGED: 'catalog.vendor.status_changed',
  INVENTORY_AVAILABILITY_CHANGED: 'inventory.availability.changed',
  INVENTORY_STOCK_CHANGED: 'inventory.stock.changed',
  INVENTORY_MOVEMENTS_REQUESTED: 'inventory.movements.requested',
  COMMERCE_ORDER_PAID: 'commerce.order.paid',
  COMMERCE_ORDER_REFUNDED: 'commerce.order.refunded',
  COMMERCE_ORDER_DISPUTE_CHANGED: 'commerce.order.dispute_changed',
  COMMERCE_EXTERNAL_ORDER_PAID: 'commerce.external_order.paid',
  COMMERCE_REFUND_REQUESTED: 'commerce.refund.requested',
  COMMERCE_WHATSAPP_MESSAGE_RECEIVED: 'commerce.whatsapp_message.received',
  LEDGER_POSTING_REQUESTED: 'ledger.posting.requested',
  LEDGER_PAYOUT_HOLD_REQUESTED: 'ledger.payout_hold.requested',
  LEDGER_INVOICE_REQUESTED: 'ledger.invoice.requested',
  TRANSPORT_SEATS_CHANGED: 'transport.seats.changed',
  TRANSPORT_TICKET_SOLD: 'transport.ticket.sold',
  POS_SALE_RECORDED: 'pos.sale.recorded',
  NOTIFICATIONS_MESSAGE_REQUESTED: 'notifications.message.requested',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/**
 * Topics renamed by decision 0033 (old name -> new), for the record: migration
 * 20261206165000_rename_outbox_topics renamed the events already in outboxes.
 */
export const RENAMED_TOPICS: Readonly<Record<string, Topic>> = {
  // Commerce wrote it, named after its consumer; it says an order of external (transport) lines was paid.
  'transport.order.paid': TOPICS.COMMERCE_EXTERNAL_ORDER_PAID,
};

/**
 * Topics no longer written, whose undelivered events the same migration deleted. A topic is produced only
 * with a consumer: `identity.account.sign_up_existing_email` had none (the attempt is in the audit log as
 * `user.sign_up_existing_email`); the owner's notice comes back as a topic with its notifications consumer.
 */
export const RETIRED_TOPICS: readonly string[] = ['identity.account.sign_up_existing_email'];

/** Integer minor units of a currency, as a decimal string (BigInt-safe in JSON). */
export type MinorUnits = string;
/** A UTC time as an ISO 8601 string. */
export type IsoTime = string;

// ---- identity

export interface AuditRecordedPayload {
  /** The AuditEvent row; subscribers re-read it through `auditEvent(id)`. */
  id: string;
  tenantId: string;
  type: string;
}
/**
 * Another capability's act to put in the tenant's audit log (decision 0085: a WhatsApp conversation exported
 * or erased on a data-subject request). Identity records it once, under the event's id.
 */
export interface AuditRequestedPayload {
  type: 'privacy.conversation_exported' | 'privacy.conversation_erased';
  /** Who did it (null: the customer themselves, from the chat). */
  actorUserId: string | null;
  requestId: string | null;
  ip: string | null;
  /** Ids and masked values only: never the erased content. */
  data: Record<string, string | number | boolean | null>;
}
export interface ApiKeyRevokedPayload {
  apiKeyId: string;
}
export interface SessionsEndedPayload {
  /** Refresh-token family ids: the `sid` of the access tokens to refuse. */
  sessionIds: string[];
}
// ---- catalog

export interface VariantUpsertedPayload {
  variantId: string;
  tenantId: string;
  productId: string;
  sku: string;
  /** The vendor selling the product, and the user who runs it (null for a store's own vendor). */
  vendorId?: string;
  vendorOwnerUserId?: string | null;
}
export interface VendorStatusChangedPayload {
  changeId: string;
  vendorId: string;
  tenantId: string;
  ownerUserId: string | null;
  from: VendorStatus | null;
  to: VendorStatus;
  reason: string | null;
  actorUserId: string | null;
}

// ---- inventory

export interface AvailabilityChangedPayload {
  tenantId: string;
  variantId: string;
  productId: string;
  /** Sellable units in the shared pool. */
  available: number;
}
export interface StockChangedPayload {
  stockLevelIds: string[];
  /** Whether some variant's availability changed too (cached anonymous answers are then stale). */
  availabilityChanged: boolean;
}

// ---- commerce

export interface OrderPaidPayload {
  orderId: string;
  orderNumber: string;
  currency: string;
  paidAt: IsoTime;
  total: MinorUnits;
  tax: MinorUnits;
  shipping: MinorUnits;
  customer: { userId: string | null; email: string | null };
  visitor: { visitorId: string | null; ip: string | null; deviceId: string | null };
  referralCode: string | null;
  vendorOrders: { vendorOrderId: string; vendorId: string; subtotal: MinorUnits; shipping: MinorUnits; tax: MinorUnits; commissionBps: number; commission: MinorUnits }[];
}
export interface OrderRefundedPayload {
  orderId: string;
  refundId: string;
  currency: string;
  refundedAt: IsoTime;
  amount: MinorUnits;
  vendorOrders: { vendorOrderId: string; vendorId: string; subtotal: MinorUnits; shipping: MinorUnits; tax: MinorUnits }[];
  fullyRefunded: boolean;
}
export interface OrderDisputeChangedPayload {
  orderId: string;
  disputed: boolean;
  reason: string | null;
  at: IsoTime;
}
/**
 * An order of external lines was paid. Today the only external source is transport (lines of source
 * TRANSPORT, one event per hold); the event's tenant is where the order was made.
 */
export interface ExternalOrderPaidPayload {
  orderId: string;
  orderNumber: string;
  holdId: string;
  /** What the source gave back for each line when it created the order. */
  passengers: { seatLabel: string | null; name: string | null }[];
  paymentReference: string;
  amount: MinorUnits;
  currency: string;
  paidAt: IsoTime;
}
/** Refund a paid order in full: its source could not deliver it. */
export interface RefundRequestedPayload {
  orderId: string;
  reason: string | null;
}

// ---- ledger (requests)

/** The kinds a posting request may ask for (REVERSAL and EXPENSE are the ledger's own). */
export type PostingKind = Exclude<JournalKind, 'REVERSAL' | 'EXPENSE'>;

/** A ledger account: created on first posting (the currency is the line's). */
export interface PostingAccount {
  /** The book: the selling tenant, or the partner / platform tenant for their own accounts. */
  tenantId: string;
  ownerType: LedgerOwnerType;
  ownerId: string;
  purpose: LedgerPurpose;
}
export interface PostingLine {
  account: PostingAccount;
  side: EntrySide;
  /** Positive. */
  amount: MinorUnits;
  /** The line's currency when it differs from the request's (a multi-currency entry). */
  currency?: string;
  memo?: string | null;
}
/**
 * `ledger.posting.requested`: post one balanced entry (debits equal credits per currency), once per
 * (event tenant, idempotencyKey). The event's tenant is the entry's.
 */
export interface PostingRequestPayload {
  idempotencyKey: string;
  kind: PostingKind;
  currency: string;
  memo: string;
  reference: { type: string; id: string };
  occurredAt: IsoTime;
  /** The entry this one undoes in part or whole (a refund of an ORDER_PAID, a clawback of a COMMISSION). */
  reversesIdempotencyKey?: string | null;
  lines: PostingLine[];
}
/** Hold a vendor order's part of the payable until delivery plus the return window (decision 0031). */
export interface PayoutHoldRequestPayload {
  action: 'PAID' | 'REFUNDED' | 'DELIVERED';
  orderId: string;
  currency: string;
  at: IsoTime;
  /** REFUNDED only. */
  refundId?: string;
  /** amount: the vendor's payable (subtotal + shipping) paid, or refunded. */
  vendorOrders: { vendorOrderId: string; vendorId: string; amount: MinorUnits }[];
}

/** One line of an invoice or credit note; amounts in minor units, `subtotal` excluding tax. */
export interface InvoiceLinePayload {
  description: string;
  sku: string | null;
  quantity: number;
  /** As quoted to the customer (tax included when the order's prices include tax). */
  unitPrice: MinorUnits;
  subtotal: MinorUnits;
  /** The rate the order charged on the line (0 for a line without tax). */
  taxRateBps: number;
  tax: MinorUnits;
}
/**
 * `ledger.invoice.requested` (decision 0077): issue an invoice for a paid vendor order (a receipt: it is
 * already paid), or a credit note for what a refund gave back; once per (event tenant, idempotencyKey).
 * The ledger numbers it in the tenant's unbroken sequence and adds the seller's details from its settings.
 */
export interface InvoiceRequestPayload {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  /** `invoice:<vendorOrderId>`, or `credit:<refundId>:<vendorOrderId>`. */
  idempotencyKey: string;
  /** A credit note's invoice: its key. */
  creditsKey?: string | null;
  orderId: string;
  orderNumber: string;
  vendorOrderId: string;
  vendorId: string;
  vendorName: string;
  channel: string;
  customer: { userId: string | null; name: string | null; email: string | null; phone: string | null; address: string | null; taxId: string | null };
  currency: string;
  issuedAt: IsoTime;
  lines: InvoiceLinePayload[];
  reason?: string | null;
}

// ---- transport

export interface SeatsChangedPayload {
  seatEventId: string;
  tripId: string;
  kind: SeatEventKind;
}
/** A ticket was sold on any channel; the event's tenant is the operator. */
export interface TicketSoldPayload {
  ticketId: string;
  bookingId: string;
  tripId: string;
  seatLabel: string;
  seatClass: string;
  channel: 'ONLINE' | 'WINDOW' | 'AGENT';
  /** Where it was sold: the operator itself or a motor park listing it. */
  channelTenantId: string;
  agentUserId: string | null;
  currency: string;
  fare: MinorUnits;
  amountPaid: MinorUnits;
  soldAt: IsoTime;
}

// ---- inventory (requests)

/**
 * `inventory.movements.requested`: stock that left or came back at a till (a sale, a return restocked).
 * Applied like offline batches (`applyStockMovements`): once per clientId, never refused; a sale beyond the
 * stock is applied up to it and recorded as a conflict plus an alert.
 */
export interface MovementsRequestedPayload {
  movements: {
    clientId: string;
    deviceId: string;
    variantId: string;
    locationId: string;
    /** Signed: negative takes stock out. */
    quantity: number;
    reason: 'SALE' | 'RETURN';
    occurredAt: IsoTime;
    reference: string;
  }[];
}

// ---- pos

/** A sale or a return made at a till and synced (decision 0052); the event's tenant is the shop's. */
export interface PosSaleRecordedPayload {
  saleId: string;
  kind: 'SALE' | 'RETURN';
  /** For a RETURN: the sale it returns goods of. */
  returnOfSaleId: string | null;
  receiptNumber: string;
  deviceId: string;
  locationId: string;
  customerUserId: string | null;
  currency: string;
  taxInclusive: boolean;
  taxRateBps: number;
  occurredAt: IsoTime;
  /** Amounts as charged (a RETURN's are what was refunded): each line's total is after its discount, with tax. */
  lines: { variantId: string; productId: string | null; vendorId: string | null; vendorName: string | null; sku: string; title: string; quantity: number; unitPrice: MinorUnits; subtotal: MinorUnits; tax: MinorUnits }[];
  subtotal: MinorUnits;
  discount: MinorUnits;
  tax: MinorUnits;
  total: MinorUnits;
  /** How it was paid (or refunded), for the order's timeline. */
  /** `holdId`: the points or gift-card hold a POINTS or GIFT_CARD tender spent (decision 0080), once pos captured it for the sale. */
  tenders: { tender: string; amount: MinorUnits; holdId?: string | null }[];
  /**
   * A SALE's coupon (decision 0071), once pos has checked the till applied it by its rules: commerce counts
   * its use once with the order (over the limit: recorded and flagged, never refused). Absent before 0071.
   */
  coupon?: { couponId: string; discount: MinorUnits } | null;
}

/** A customer's WhatsApp message, stored once (decision 0075): the bot answers it from the outbox. */
export interface WhatsappMessageReceivedPayload {
  /** The ConversationMessage row (direction IN). */
  messageId: string;
  conversationId: string;
}

// ---- notifications

/** The messages the platform sends (notifications' template catalogue has each one's texts and variables). */
export const MESSAGE_TEMPLATES = [
  'order.confirmed',
  'order.status_changed',
  'payment.received',
  'shipment.updated',
  'shipment.dispatched',
  'ticket.issued',
  'account.password_reset',
  'account.email_verification',
  'account.sign_in_code',
  'invitation.sent',
  'inventory.low_stock',
  'vendor.status_changed',
  'payout.sent',
  'gift_card.issued',
  'pos.points_code',
] as const;
export type MessageTemplateKey = (typeof MESSAGE_TEMPLATES)[number];
export type MessageChannel = 'EMAIL' | 'SMS' | 'WHATSAPP' | 'PUSH';

export interface MessageRequestedPayload {
  /** Unique per message within the tenant (e.g. `order.confirmed:<orderId>`): the same key twice sends once. */
  key: string;
  tenantId: string;
  template: MessageTemplateKey;
  /**
   * Whom to: an address the producer holds (a guest order's e-mail and phone), a user (notifications asks
   * identity for their address), or the tenant's administrators (`role: 'ADMIN'`, e.g. low stock).
   */
  to: { email?: string | null; phone?: string | null; name?: string | null; userId?: string | null; role?: 'ADMIN' | null };
  /** Channels to send on; by default the template's own (e-mail, plus SMS for order and ticket messages). */
  channels?: MessageChannel[];
  /** BCP 47 language (en, pcm, ha, yo, ig); the recipient's or tenant's language when absent; English as a fallback. */
  locale?: string | null;
  /** The template's variables, plain text (templates escape them for HTML). Never a secret. */
  variables: Record<string, string>;
  /**
   * The one-time code or link the message exists to deliver (password reset, verification, sign-in code),
   * sealed with kit's `encryptSecret`: the outbox never holds it in clear, the delivery log shows it redacted,
   * and it is erased once the message is sent. Templates place it as `{{secret}}`.
   */
  secretSealed?: string | null;
}

/** Each topic's payload. */
export interface EventPayloads {
  [TOPICS.IDENTITY_AUDIT_RECORDED]: AuditRecordedPayload;
  [TOPICS.IDENTITY_API_KEY_REVOKED]: ApiKeyRevokedPayload;
  [TOPICS.IDENTITY_SESSIONS_ENDED]: SessionsEndedPayload;
  [TOPICS.IDENTITY_AUDIT_REQUESTED]: AuditRequestedPayload;
  [TOPICS.CATALOG_VARIANT_UPSERTED]: VariantUpsertedPayload;
  [TOPICS.CATALOG_VENDOR_STATUS_CHANGED]: VendorStatusChangedPayload;
  [TOPICS.INVENTORY_AVAILABILITY_CHANGED]: AvailabilityChangedPayload;
  [TOPICS.INVENTORY_STOCK_CHANGED]: StockChangedPayload;
  [TOPICS.INVENTORY_MOVEMENTS_REQUESTED]: MovementsRequestedPayload;
  [TOPICS.COMMERCE_ORDER_PAID]: OrderPaidPayload;
  [TOPICS.COMMERCE_ORDER_REFUNDED]: OrderRefundedPayload;
  [TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED]: OrderDisputeChangedPayload;
  [TOPICS.COMMERCE_EXTERNAL_ORDER_PAID]: ExternalOrderPaidPayload;
  [TOPICS.COMMERCE_REFUND_REQUESTED]: RefundRequestedPayload;
  [TOPICS.COMMERCE_WHATSAPP_MESSAGE_RECEIVED]: WhatsappMessageReceivedPayload;
  [TOPICS.LEDGER_POSTING_REQUESTED]: PostingRequestPayload;
  [TOPICS.LEDGER_PAYOUT_HOLD_REQUESTED]: PayoutHoldRequestPayload;
  [TOPICS.LEDGER_INVOICE_REQUESTED]: InvoiceRequestPayload;
  [TOPICS.TRANSPORT_SEATS_CHANGED]: SeatsChangedPayload;
  [TOPICS.TRANSPORT_TICKET_SOLD]: TicketSoldPayload;
  [TOPICS.POS_SALE_RECORDED]: PosSaleRecordedPayload;
  [TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED]: MessageRequestedPayload;
}
// Every topic has a payload type (a compile error here names the missing one).
const _everyTopicHasAPayload: Record<Topic, unknown> = {} as EventPayloads;
void _everyTopicHasAPayload;

export interface TopicContract {
  /** An event (named by its producer) or a request (named by its one consumer); see the top of the file. */
  kind: 'event' | 'request';
  producers: readonly Capability[];
  /** The one capability whose dispatcher delivers it (a topic is written only when someone reads it). */
  consumer: Capability;
  /** What the consumer does with it. */
  does: string;
}

/** Who writes and who reads each topic. docs/architecture.md's topic table is made from this (`npm run docs:topics`). */
export const TOPIC_CONTRACTS: { readonly [T in Topic]: TopicContract } = {
  [TOPICS.IDENTITY_AUDIT_REQUESTED]: {
    kind: 'request',
    producers: ['commerce'],
    consumer: 'identity',
    does: 'records another capability\'s act in the tenant\'s audit log once, under the event\'s id (a WhatsApp conversation exported or erased; decision 0085)',
  },
  [TOPICS.IDENTITY_AUDIT_RECORDED]: {
    kind: 'event',
    producers: ['identity'],
    consumer: 'identity',
    does: 'publishes `{id, type}` on pubsub `audit:<tenant>`, which the gateway\'s `auditEvents` subscription reads',
  },
  [TOPICS.IDENTITY_API_KEY_REVOKED]: {
    kind: 'event',
    producers: ['identity'],
    consumer: 'identity',
    does: 'publishes `{apiKeyId}` on pubsub `gateway:api-key-revoked`: every gateway forgets the key and closes its sockets',
  },
  [TOPICS.IDENTITY_SESSIONS_ENDED]: {
    kind: 'event',
    producers: ['identity'],
    consumer: 'identity',
    does: 'publishes `{sessionIds}` on pubsub `gateway:sessions-ended`: every gateway refuses those sessions\' access tokens and closes their sockets (logout, reuse, erasure, a role granted or revoked in the tenant)',
  },
  [TOPICS.CATALOG_VARIANT_UPSERTED]: {
    kind: 'event',
    producers: ['catalog'],
    consumer: 'inventory',
    does: 'upserts its `InventoryItem` projection (with the vendor and its owner: a vendor reads only its own stock)',
  },
  [TOPICS.CATALOG_VENDOR_STATUS_CHANGED]: {
    kind: 'event',
    producers: ['catalog'],
    consumer: 'identity',
    does: 'grants or takes back the owner\'s VENDOR membership to match the vendor\'s current status (audited; decision 0026)',
  },
  [TOPICS.INVENTORY_AVAILABILITY_CHANGED]: {
    kind: 'event',
    producers: ['inventory'],
    consumer: 'catalog',
    does: 'upserts `VariantAvailability` (search\'s in-stock filter); publishes `gateway:tenant-data-changed` (gateways drop cached anonymous answers)',
  },
  [TOPICS.INVENTORY_STOCK_CHANGED]: {
    kind: 'event',
    producers: ['inventory'],
    consumer: 'inventory',
    does: 'publishes `{id}` on pubsub `inventory:<tenant>`, which the gateway\'s `inventoryChanged` subscription reads (and `gateway:tenant-data-changed` when availability changed)',
  },
  [TOPICS.INVENTORY_MOVEMENTS_REQUESTED]: {
    kind: 'request',
    producers: ['pos'],
    consumer: 'inventory',
    does: 'applies a till\'s stock movements like an offline batch: once per clientId, a shortfall recorded as a conflict and an alert, never refused',
  },
  [TOPICS.COMMERCE_ORDER_PAID]: {
    kind: 'event',
    producers: ['commerce'],
    consumer: 'mlas',
    does: 'attributes the order and posts its commissions',
  },
  [TOPICS.COMMERCE_ORDER_REFUNDED]: {
    kind: 'event',
    producers: ['commerce'],
    consumer: 'mlas',
    does: 'claws commissions back in proportion',
  },
  [TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED]: {
    kind: 'event',
    producers: ['commerce'],
    consumer: 'mlas',
    does: 'holds or releases the order\'s commissions',
  },
  [TOPICS.COMMERCE_EXTERNAL_ORDER_PAID]: {
    kind: 'event',
    producers: ['commerce'],
    consumer: 'transport',
    does: 'books the held seats of a paid ticket order (tickets ONLINE), or asks for a refund (decision 0016)',
  },
  [TOPICS.COMMERCE_REFUND_REQUESTED]: {
    kind: 'request',
    producers: ['transport'],
    consumer: 'commerce',
    does: 'refunds a paid ticket order in full (the seats were gone when the money arrived)',
  },
  [TOPICS.LEDGER_POSTING_REQUESTED]: {
    kind: 'request',
    producers: ['commerce', 'mlas', 'transport', 'pos'],
    consumer: 'ledger',
    does: 'posts one balanced journal entry, once per idempotency key (a malformed one becomes a `RejectedPosting`)',
  },
  [TOPICS.LEDGER_PAYOUT_HOLD_REQUESTED]: {
    kind: 'request',
    producers: ['commerce'],
    consumer: 'ledger',
    does: 'holds a vendor order\'s payable (PAID), reduces the hold (REFUNDED), starts its return window (DELIVERED) (decision 0031)',
  },
  [TOPICS.LEDGER_INVOICE_REQUESTED]: {
    kind: 'request',
    producers: ['commerce'],
    consumer: 'ledger',
    does: 'issues the invoice of a paid vendor order, or the credit note of a refund, once per key, numbered in the tenant\'s unbroken sequence (decision 0077)',
  },
  [TOPICS.TRANSPORT_SEATS_CHANGED]: {
    kind: 'event',
    producers: ['transport'],
    consumer: 'transport',
    does: 'publishes `{id}` on pubsub `transport:seats:<trip>`, which the gateway\'s `seatMap` subscription reads; publishes `gateway:tenant-data-changed` for the operator and its parks',
  },
  [TOPICS.TRANSPORT_TICKET_SOLD]: {
    kind: 'event',
    producers: ['transport'],
    consumer: 'mlas',
    does: 'shares an agent\'s ticket commission along its upline',
  },
  [TOPICS.COMMERCE_WHATSAPP_MESSAGE_RECEIVED]: {
    kind: 'event',
    producers: ['commerce'],
    consumer: 'commerce',
    does: 'runs the WhatsApp bot for the message once and sends its replies (one idempotency key per reply; decision 0075)',
  },
  [TOPICS.POS_SALE_RECORDED]: {
    kind: 'event',
    producers: ['pos'],
    consumer: 'commerce',
    does: 'makes a synced till sale a completed order of channel POS (once per sale), or records a till return against its order (decision 0052)',
  },
  [TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED]: {
    kind: 'request',
    // Each capability joins as it starts asking (kit's events test holds the list to the code).
    producers: ['identity', 'commerce', 'transport', 'inventory', 'catalog', 'ledger'],
    consumer: 'notifications',
    does: 'queues the message once per key on each channel the recipient can receive, rendered from the tenant\'s template; a sender delivers it with retries (decision 0055)',
  },
};

type OutboxTx = Parameters<typeof recordOutboxEvent>[0];

/** Writes an event of a declared topic in the caller's transaction; the payload is checked against the topic's type. */
export function recordEvent<T extends Topic>(tx: OutboxTx, event: { tenantId: string; topic: T; payload: EventPayloads[T] }): Promise<string> {
  return recordOutboxEvent(tx, { tenantId: event.tenantId, topic: event.topic, payload: event.payload as unknown as Prisma.InputJsonValue });
}

/** An event to record, of a declared topic with its payload type. */
export type EventToRecord = { [T in Topic]: { tenantId: string; topic: T; payload: EventPayloads[T] } }[Topic];

/**
 * Records several events in one statement (a till's batch asks for three per sale), in the order given:
 * their UUIDv7 ids keep it, and dispatchers deliver by (createdAt, id).
 */
export async function recordEvents(tx: OutboxTx, events: EventToRecord[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({ id: uuidv7(), tenantId: e.tenantId, topic: e.topic, payload: e.payload as unknown as Prisma.InputJsonValue }));
  await tx.outboxEvent.createMany({ data: rows });
  for (const row of rows) rememberWriter(row.id);
}

/** An outbox event of one topic, its payload as the producer's type says (consumers still check it). */
export type TopicEvent<T extends Topic> = Omit<OutboxEventRecord, 'topic' | 'payload'> & { topic: T; payload: EventPayloads[T] };

/** A dispatcher's handlers, by declared topic. */
export type TopicHandlers = { [T in Topic]?: ((event: TopicEvent<T>) => Promise<void>)[] };

/** The handler map an `OutboxDispatcher` takes, from handlers typed by topic. */
export function topicHandlers(handlers: TopicHandlers): Record<string, OutboxHandler[]> {
  // Sound: the dispatcher calls a topic's handlers only with events of that topic.
  return handlers as unknown as Record<string, OutboxHandler[]>;
}

/**
 * The topic table of docs/architecture.md (`npm run docs:topics` writes it between its markers; the events
 * test fails when the page and this file differ). Indented: it sits inside a list item.
 */
export function topicTable(indent = '  '): string {
  const rows = (Object.entries(TOPIC_CONTRACTS) as [Topic, TopicContract][]).map(
    ([topic, c]) => `| \`${topic}\` | ${c.kind} | ${c.producers.join(', ')} | ${c.consumer} | ${c.does} |`,
  );
  return ['| topic | kind | producer | consumer | what the consumer does |', '|---|---|---|---|---|', ...rows].map((l) => indent + l).join('\n');
}
