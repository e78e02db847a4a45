/**
 * The payment provider interface every adapter implements, and what they share. Adapters never decide an
 * order's fate: they initialize a payment, report what the provider says about it (verify), ask for a
 * refund, and authenticate and parse webhooks. Amounts cross this interface as integer minor units; an
 * adapter converts to the provider's own unit when the provider wants major units (Flutterwave).
 */
import { DomainError, ErrorCode, minorDigits } from '@webwaka/kit';
import type { MobileMoneyNetwork } from './direct-charges';

export type ProviderName = 'SANDBOX' | 'PAYSTACK' | 'FLUTTERWAVE' | 'STRIPE';

/** How a shopper pays (decisions 0076, 0083, 0087): the provider's hosted page, a transfer to a virtual account, at the door, a USSD code, a mobile-money wallet. */
export type PaymentMethod = 'CARD' | 'BANK_TRANSFER' | 'PAY_ON_DELIVERY' | 'USSD' | 'MOBILE_MONEY';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['CARD', 'BANK_TRANSFER', 'PAY_ON_DELIVERY', 'USSD', 'MOBILE_MONEY'];

export interface InitializeInput {
  /** Ours, unique: the provider echoes it in webhooks and verify answers. */
  reference: string;
  amount: bigint;
  currency: string;
  email: string;
  /** Where the provider sends the customer's browser afterwards. */
  returnUrl: string | null;
  /** A short description for the hosted page (e.g. "Order WW-000123"). */
  description: string;
  metadata: Record<string, string>;
  /** Ask the provider to keep the payment method for later charges without the customer (Stripe's setup_future_usage=off_session; Paystack and Flutterwave keep a card's authorisation anyway). */
  saveAuthorization?: boolean;
}

export interface InitializeResult {
  authorizationUrl: string;
  /** The provider's own handle when it makes one at initialization (Stripe's Checkout Session id). */
  providerReference: string | null;
}

export interface VerifyResult {
  status: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  amount: bigint;
  currency: string;
  /** The provider's id of the transaction (needed for Flutterwave and Stripe refunds). */
  providerReference: string | null;
  failureReason?: string | null;
  /**
   * A reusable authorisation the provider returned for a successful payment (Paystack's
   * `authorization.authorization_code` when `reusable`, Flutterwave's `card.token`, Stripe's customer and
   * saved payment method): what `chargeAuthorization` charges later. A secret: sealed at rest, never sent out.
   */
  authorization?: string | null;
}

/** A charge without the customer present on an authorisation saved earlier (subscriptions' renewals). */
export interface ChargeAuthorizationInput {
  authorization: string;
  amount: bigint;
  currency: string;
  email: string;
  /** Ours, unique per attempt: repeating a charge with the same reference never charges twice. */
  reference: string;
}

export interface RefundInput {
  /** Our refund id: providers that take an idempotency key get this one. */
  refundId: string;
  reference: string;
  providerReference: string | null;
  amount: bigint;
  currency: string;
}

export interface RefundResult {
  providerRefundId: string;
  /** PENDING: accepted, settles later (Paystack queues refunds); it is recorded as done for our books. */
  status: 'SUCCEEDED' | 'PENDING';
}

/** A bank account the provider opened for a payment: the shopper transfers to it (decision 0076). */
export interface VirtualAccount {
  accountNumber: string;
  bankName: string;
  accountName: string;
  /** The provider's handle on the account (Flutterwave's order_ref, Paystack's customer code). */
  providerReference: string | null;
}

/** What the provider says about one transfer into a virtual account, asked by the transfer's reference. */
export interface TransferResult {
  status: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  amount: bigint;
  currency: string;
  /** The account it went to (Paystack, the sandbox) ... */
  accountNumber: string | null;
  /** ... or our payment reference it was made against (Flutterwave's tx_ref). */
  reference: string | null;
}

/**
 * A charge started on the shopper's phone (USSD, mobile money; decision 0087): what the provider asks them
 * to do. PENDING until they do it; the outcome comes later, by webhook and verify, like a card's.
 */
export interface DirectCharge {
  status: 'PENDING' | 'FAILED';
  /** USSD: the code to dial (e.g. *737*000*1234#). */
  ussdCode: string | null;
  /** What to tell the shopper, in the provider's words where it gives some. */
  instruction: string;
  /** Some wallets finish on a provider page (Flutterwave's Ghana and Uganda mobile money redirect). */
  authorizationUrl: string | null;
  providerReference: string | null;
  failureReason?: string | null;
}

export interface WebhookRequest {
  rawBody: Buffer;
  /** Header names lower-cased. */
  headers: Record<string, string>;
}

export interface ProviderEvent {
  /** Unique per provider account: a replay carries the same one. */
  eventId: string;
  kind: 'PAYMENT_SUCCEEDED' | 'PAYMENT_FAILED' | 'TRANSFER_RECEIVED' | 'OTHER';
  /** The provider's event name, e.g. charge.success. */
  type: string;
  reference: string | null;
  providerReference: string | null;
  /** TRANSFER_RECEIVED: the provider's reference of the transfer's transaction (what verifyTransfer asks about). */
  transferReference?: string | null;
  payload: unknown;
}

export interface PaymentProviderAdapter {
  readonly name: ProviderName;
  /** Whether repeating a refund request with the same refund id can never pay twice. */
  readonly refundsIdempotent: boolean;
  initialize(input: InitializeInput): Promise<InitializeResult>;
  verify(reference: string, providerReference: string | null): Promise<VerifyResult>;
  refund(input: RefundInput): Promise<RefundResult>;
  /** Charges a saved authorisation: SUCCEEDED, FAILED (declined) or PENDING (the provider has not decided). */
  chargeAuthorization(input: ChargeAuthorizationInput): Promise<VerifyResult>;
  /** Opens a bank account for a payment (BANK_TRANSFER); absent where the provider has none (Stripe). */
  openVirtualAccount?(input: InitializeInput & { phone: string | null }): Promise<VirtualAccount>;
  /** Asks about a transfer into a virtual account: the only source of what arrived (a webhook merely says to ask). */
  verifyTransfer?(transferReference: string): Promise<TransferResult>;
  /** A USSD charge on the shopper's bank (a code from USSD_BANKS); absent where the provider has none (Stripe). */
  chargeUssd?(input: InitializeInput & { bank: string; phone: string | null }): Promise<DirectCharge>;
  /** A mobile-money charge the shopper approves on `phone` (E.164) on `network` (MOBILE_MONEY_NETWORKS). */
  chargeMobileMoney?(input: InitializeInput & { network: MobileMoneyNetwork; phone: string }): Promise<DirectCharge>;
  /** Authenticates the request (WEBHOOK_SIGNATURE_INVALID otherwise) and parses it. */
  verifyAndParseWebhook(request: WebhookRequest): ProviderEvent;
}

export const signatureInvalid = (why: string) => new DomainError(ErrorCode.WEBHOOK_SIGNATURE_INVALID, `Webhook refused: ${why}`);

/** The provider's answer could not be used (HTTP error, malformed body): PAYMENT_FAILED with its words. */
export const providerFailed = (provider: ProviderName, why: string) => new DomainError(ErrorCode.PAYMENT_FAILED, `${provider.toLowerCase()}: ${why}`);

/** One JSON call to a provider's API, with a timeout; a refusal or an unreadable answer is PAYMENT_FAILED. */
export async function providerCall<T>(provider: ProviderName, url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(Number(process.env.PAYMENT_PROVIDER_TIMEOUT_MS ?? 20_000)) });
  } catch (e) {
    throw providerFailed(provider, `unreachable (${(e as Error).message})`);
  }
  const text = await res.text();
  let body: any = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw providerFailed(provider, `answered ${res.status} with a body that is not JSON`);
  }
  if (!res.ok) throw providerFailed(provider, `answered ${res.status}: ${body?.message ?? body?.error?.message ?? 'no message'}`);
  return body as T;
}

/** "12345" minor units of NGN → "123.45" (for providers that take major units). */
export function toMajor(amount: bigint, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return amount.toString();
  const s = amount.toString().padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** A provider's major-unit number or string → minor units, exactly (no float arithmetic). */
export function fromMajor(value: number | string, currency: string): bigint {
  const digits = minorDigits(currency);
  const text = typeof value === 'number' ? value.toFixed(digits) : value.trim();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`Not an amount: ${value}`);
  const fraction = (m[2] ?? '').padEnd(digits, '0');
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) throw new RangeError(`More precision than ${currency} has: ${value}`);
  return BigInt(m[1]) * 10n ** BigInt(digits) + BigInt(fraction.slice(0, digits) || '0');
}

/** Parses a JSON body, or refuses it as a webhook (a signed body that is not JSON is not an event). */
export function parseJsonBody(raw: Buffer): any {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw signatureInvalid('body is not JSON');
  }
}
