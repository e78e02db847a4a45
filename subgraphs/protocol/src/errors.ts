import { GraphQLError } from 'graphql';

/**
 * The stable error codes of the API (docs/api.md). Authentication, authorization and malformed requests
 * are GraphQL errors with `extensions.code`; expected business failures are `userErrors` entries in
 * mutation payloads with the same codes.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  TWO_FACTOR_REQUIRED: 'TWO_FACTOR_REQUIRED',
  TWO_FACTOR_INVALID: 'TWO_FACTOR_INVALID',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  TOKEN_INVALID: 'TOKEN_INVALID',
  TOKEN_REUSED: 'TOKEN_REUSED',
  /** A single-use link (password reset, e-mail verification) that was already used (decision 0056). */
  TOKEN_USED: 'TOKEN_USED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  SLUG_TAKEN: 'SLUG_TAKEN',
  DOMAIN_TAKEN: 'DOMAIN_TAKEN',
  /** A platform host (or a name under one) that no tenant may claim. */
  DOMAIN_RESERVED: 'DOMAIN_RESERVED',
  /** The DNS TXT record / HTTP token that proves a custom domain was not found (the message says why). */
  DOMAIN_NOT_VERIFIED: 'DOMAIN_NOT_VERIFIED',
  NOT_FOUND: 'NOT_FOUND',
  ALREADY_EXISTS: 'ALREADY_EXISTS',
  SKU_TAKEN: 'SKU_TAKEN',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  TENANT_NOT_FOUND: 'TENANT_NOT_FOUND',
  /** The tenant (or one above it) is suspended by the business above it: nobody signs in or calls it until reinstated. */
  TENANT_SUSPENDED: 'TENANT_SUSPENDED',
  PAGE_SIZE_EXCEEDED: 'PAGE_SIZE_EXCEEDED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An upload that is not a JPEG, PNG, WebP or AVIF image (by its bytes, whatever its name or content type says). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** Sign-in or code guessing throttled (decision 0023): nothing was checked; the message says how many seconds to wait. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** A subscription over the cap per socket or per caller (docs/api.md, realtime limits). */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  INSUFFICIENT_STOCK: 'INSUFFICIENT_STOCK',
  UNKNOWN_SKU: 'UNKNOWN_SKU',
  RESERVATION_EXPIRED: 'RESERVATION_EXPIRED',
  /** An idempotency key reused with a different request (Stripe semantics). */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  PAYMENT_FAILED: 'PAYMENT_FAILED',
  /** A payment method the shop has not enabled, or one its payment provider cannot take (decision 0076). */
  PAYMENT_METHOD_UNAVAILABLE: 'PAYMENT_METHOD_UNAVAILABLE',
  /** USSD or mobile money: a bank, network or wallet phone the provider cannot charge (decision 0087; the field says which). */
  PAYMENT_DETAILS_INVALID: 'PAYMENT_DETAILS_INVALID',
  /** Money collected on delivery that is not exactly what the order owes (decision 0083; the message says how much). */
  COLLECTION_AMOUNT_MISMATCH: 'COLLECTION_AMOUNT_MISMATCH',
  /** A pay-on-delivery order whose money was already recorded as collected by someone else or another way. */
  ALREADY_COLLECTED: 'ALREADY_COLLECTED',
  /** A hand-in for a collector who holds no cash collected on delivery in that currency. */
  NOTHING_TO_HAND_IN: 'NOTHING_TO_HAND_IN',
  WEBHOOK_SIGNATURE_INVALID: 'WEBHOOK_SIGNATURE_INVALID',
  /** A shipment that would carry more of an order line than was ordered, across its shipments (decision 0086). */
  SHIPMENT_EXCEEDS_ORDERED: 'SHIPMENT_EXCEEDS_ORDERED',
  /** A delivery code that is not the customer's (the message says how many tries are left). */
  DELIVERY_CODE_INVALID: 'DELIVERY_CODE_INVALID',
  /** Five wrong delivery codes: only a manager's override with a reason delivers the shipment now. */
  DELIVERY_CODE_LOCKED: 'DELIVERY_CODE_LOCKED',
  /** A carrier's checkout quote past its expiry (decision 0091): ask for a new one. */
  SHIPPING_QUOTE_EXPIRED: 'SHIPPING_QUOTE_EXPIRED',
  /** A carrier's checkout quote for another cart, lines, address, currency or method, or none at all (decision 0091). */
  SHIPPING_QUOTE_INVALID: 'SHIPPING_QUOTE_INVALID',
  /** A journal entry whose debits and credits differ in some currency. */
  UNBALANCED_ENTRY: 'UNBALANCED_ENTRY',
  /** Another subgraph this operation needs did not answer. */
  PEER_UNAVAILABLE: 'PEER_UNAVAILABLE',
  /** A capability the gateway asked for part of the query did not answer (decision 0068): that part is null, the rest answers. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  SEAT_UNAVAILABLE: 'SEAT_UNAVAILABLE',
  HOLD_EXPIRED: 'HOLD_EXPIRED',
  /** A visitor, user or address already holds as many seats of the trip as it may (or held too many lately). */
  HOLD_LIMIT_REACHED: 'HOLD_LIMIT_REACHED',
  /** A checkout asking for more units than one order (or one line) may reserve. */
  ORDER_QUANTITY_LIMIT: 'ORDER_QUANTITY_LIMIT',
  /** The buyer (or their address) already has as many orders awaiting payment as it may. */
  PENDING_ORDER_LIMIT: 'PENDING_ORDER_LIMIT',
  /** A ticket scanned a second time: the message says when and by whom it was boarded. */
  ALREADY_BOARDED: 'ALREADY_BOARDED',
  /** A ticket QR code whose signature does not verify (tampered, forged, or another operator's). */
  TICKET_INVALID: 'TICKET_INVALID',
  /** The same idempotency key is still being processed by another request (retry shortly). */
  CHECKOUT_IN_PROGRESS: 'CHECKOUT_IN_PROGRESS',
  /** A cash hand-in larger than the cash the agent still holds for the operator (the message says how much). */
  HAND_IN_EXCEEDS_CASH_HELD: 'HAND_IN_EXCEEDS_CASH_HELD',
  /** A coupon code the shop does not have (another shop's code reads the same), or one it switched off. */
  COUPON_INVALID: 'COUPON_INVALID',
  /** A coupon outside its validity window (not started yet, or ended). */
  COUPON_EXPIRED: 'COUPON_EXPIRED',
  /** A coupon with no uses left, in total or for this customer (the message says which). */
  COUPON_USED_UP: 'COUPON_USED_UP',
  /** An order whose goods do not reach the coupon's minimum spend (the message says how much). */
  COUPON_MINIMUM_NOT_MET: 'COUPON_MINIMUM_NOT_MET',
  /** A coupon none of whose products, categories or vendors is in the cart (or of another currency). */
  COUPON_NOT_APPLICABLE: 'COUPON_NOT_APPLICABLE',
  /** A coupon code already used by another coupon of this shop (codes are unique regardless of case). */
  COUPON_CODE_TAKEN: 'COUPON_CODE_TAKEN',
  /** A gift card code this shop does not have, or one disabled, expired, used up or in another currency (the message says which). */
  GIFT_CARD_INVALID: 'GIFT_CARD_INVALID',
  /** A refund of a sold gift card someone has already spent from (decision 0064): only unused cards are refunded. */
  GIFT_CARD_USED: 'GIFT_CARD_USED',
  /** Spending more points, store credit or gift-card value than is there (or than was left when the order was placed). */
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  /** A record that cannot be removed while others refer to it (a category with subcategories or products); the message says what. */
  IN_USE: 'IN_USE',
  /** `extensions.persistedQuery` named a hash the gateway does not trust: send the query text (decision 0038). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** A till whose registration a manager revoked (or never paired): it must be registered again (decision 0052). */
  POS_DEVICE_REVOKED: 'POS_DEVICE_REVOKED',
  /** Free text to a WhatsApp customer who has not written in 24 hours: WhatsApp takes only an approved template then (decision 0075). */
  WHATSAPP_WINDOW_CLOSED: 'WHATSAPP_WINDOW_CLOSED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error whose code is part of the public contract. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** An expected business failure, reported in a mutation payload rather than thrown. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string[],
  ) {
    super(message);
  }
}

export interface UserError {
  code: ErrorCode;
  message: string;
  field: string[] | null;
}

export const toUserError = (e: DomainError): UserError => ({ code: e.code, message: e.message, field: e.field ?? null });

/**
 * Runs a mutation's service call and shapes the payload: the result with an empty `userErrors`, or, for an
 * expected business failure (DomainError), no result and the error in `userErrors`. Anything else is a bug
 * or an infrastructure failure and propagates as a GraphQL error.
 */
export async function withUserErrors<T extends object>(fn: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await fn()), userErrors: [] };
  } catch (e) {
    if (e instanceof DomainError) return { userErrors: [toUserError(e)] } as Partial<T> & { userErrors: UserError[] };
    throw e;
  }
}

/**
 * Runs a query's (or a peer-only field's) service call: an expected failure (DomainError) becomes a GraphQL
 * error with the same stable code (thrown as a DomainError it would be masked as INTERNAL).
 */
export async function asQuery<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof DomainError) throw new AppError(e.code, e.message);
    throw e;
  }
}
