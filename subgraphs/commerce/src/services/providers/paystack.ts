/**
 * Paystack (https://paystack.com/docs/api): amounts in the currency's minor unit (kobo). Initialize with
 * POST /transaction/initialize, confirm with GET /transaction/verify/:reference, refund with POST /refund.
 * A reusable card's `authorization.authorization_code` (verify's answer, when `reusable`) is charged again
 * without the customer with POST /transaction/charge_authorization (subscriptions' renewals).
 * Webhooks carry `x-paystack-signature`: the hex HMAC-SHA512 of the raw body under the secret key;
 * `charge.success` is the payment event. Paystack refunds are queued (status pending) and not idempotent.
 * Bank transfer (decision 0076): a dedicated virtual account (POST /customer, then POST /dedicated_account)
 * belongs to the customer; a transfer into it is a `charge.success` with `channel: dedicated_nuban`, whose
 * transaction (verified like any other) names the account in `authorization.receiver_bank_account_number`.
 * USSD and mobile money (decision 0087): POST /charge with `ussd: { type }` (answers `pay_offline` with the
 * `ussd_code` to dial) or `mobile_money: { phone, provider }` (answers `pay_offline` with a `display_text`:
 * approve on the phone). Both settle by `charge.success` and the ordinary verify of our reference.
 */
import { createHmac } from 'node:crypto';
import { safeEqual } from '@webwaka/kit';
import { providerPhone } from './direct-charges';
import { parseJsonBody, providerCall, providerFailed, signatureInvalid, type DirectCharge, type PaymentProviderAdapter, type ProviderEvent, type VerifyResult } from './provider';

/** POST /charge's answer for an offline channel: pay_offline (do it on the phone), failed, or a step we do not take. */
interface OfflineCharge {
  reference: string;
  status: string;
  display_text?: string;
  ussd_code?: string;
  message?: string;
  gateway_response?: string;
}

function offlineCharge(data: OfflineCharge, reference: string, fallback: string): DirectCharge {
  if (data.reference && data.reference !== reference) throw providerFailed('PAYSTACK', `charge answered for ${data.reference}, not ${reference}`);
  if (data.status === 'pay_offline' || data.status === 'pending' || data.status === 'ongoing') {
    return { status: 'PENDING', ussdCode: data.ussd_code ?? null, instruction: data.display_text ?? fallback, authorizationUrl: null, providerReference: null };
  }
  // send_otp, send_pin, open_url...: steps of a charge this checkout cannot take; failed: declined at once.
  const why = data.status === 'failed' ? (data.gateway_response ?? data.message ?? 'declined') : `paystack asked for ${data.status}, which this checkout cannot do`;
  return { status: 'FAILED', ussdCode: null, instruction: why, authorizationUrl: null, providerReference: null, failureReason: why };
}

export const PAYSTACK_BASE_URL = 'https://api.paystack.co';

export const paystackSignature = (secretKey: string, rawBody: Buffer | string) => createHmac('sha512', secretKey).update(rawBody).digest('hex');

interface Envelope<T> {
  status: boolean;
  message: string;
  data: T;
}

interface Transaction {
  id: number;
  status: string;
  reference: string;
  amount: number | string;
  currency: string;
  gateway_response?: string;
  channel?: string;
  authorization?: { authorization_code?: string; reusable?: boolean; receiver_bank_account_number?: string | null } | null;
}

function verified(data: Transaction): VerifyResult {
  const status = data.status === 'success' ? 'SUCCEEDED' : ['failed', 'reversed', 'abandoned'].includes(data.status) ? 'FAILED' : 'PENDING';
  const reusable = status === 'SUCCEEDED' && data.authorization?.reusable && data.authorization.authorization_code;
  return {
    status,
    amount: BigInt(data.amount),
    currency: data.currency,
    providerReference: String(data.id),
    failureReason: status === 'FAILED' ? (data.gateway_response ?? data.status) : null,
    authorization: reusable ? data.authorization!.authorization_code! : null,
  };
}

export function paystack(opts: { secretKey: string; baseUrl?: string }): PaymentProviderAdapter {
  const base = (opts.baseUrl ?? process.env.PAYSTACK_BASE_URL ?? PAYSTACK_BASE_URL).replace(/\/$/, '');
  const headers = { authorization: `Bearer ${opts.secretKey}`, 'content-type': 'application/json' };
  const ok = <T>(r: Envelope<T>) => {
    if (!r?.status || !r.data) throw providerFailed('PAYSTACK', r?.message ?? 'unexpected answer');
    return r.data;
  };
  return {
    name: 'PAYSTACK',
    refundsIdempotent: false,
    async initialize(input) {
      const data = ok(
        await providerCall<Envelope<{ authorization_url: string; access_code: string; reference: string }>>('PAYSTACK', `${base}/transaction/initialize`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            email: input.email,
            amount: input.amount.toString(),
            currency: input.currency,
            reference: input.reference,
            ...(input.returnUrl ? { callback_url: input.returnUrl } : {}),
            metadata: { ...input.metadata, description: input.description },
          }),
        }),
      );
      return { authorizationUrl: data.authorization_url, providerReference: data.access_code ?? null };
    },
    async verify(reference): Promise<VerifyResult> {
      const data = ok(
        await providerCall<Envelope<Transaction>>(
          'PAYSTACK',
          `${base}/transaction/verify/${encodeURIComponent(reference)}`,
          { method: 'GET', headers },
        ),
      );
      if (data.reference !== reference) throw providerFailed('PAYSTACK', `verify answered for ${data.reference}, not ${reference}`);
      return verified(data);
    },
    async chargeAuthorization(input) {
      const data = ok(
        await providerCall<Envelope<Transaction>>('PAYSTACK', `${base}/transaction/charge_authorization`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ authorization_code: input.authorization, email: input.email, amount: input.amount.toString(), currency: input.currency, reference: input.reference }),
        }),
      );
      if (data.reference !== input.reference) throw providerFailed('PAYSTACK', `charge answered for ${data.reference}, not ${input.reference}`);
      return verified(data);
    },
    async refund(input) {
      const data = ok(
        await providerCall<Envelope<{ id: number; status: string }>>('PAYSTACK', `${base}/refund`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ transaction: input.reference, amount: input.amount.toString(), currency: input.currency, merchant_note: `refund ${input.refundId}` }),
        }),
      );
      return { providerRefundId: String(data.id), status: data.status === 'processed' ? 'SUCCEEDED' : 'PENDING' };
    },
    async openVirtualAccount(input) {
      const customer = ok(
        await providerCall<Envelope<{ customer_code: string }>>('PAYSTACK', `${base}/customer`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: input.email, ...(input.phone ? { phone: input.phone } : {}) }),
        }),
      );
      const account = ok(
        await providerCall<Envelope<{ account_number: string; account_name: string; bank: { name: string } }>>('PAYSTACK', `${base}/dedicated_account`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ customer: customer.customer_code, preferred_bank: process.env.PAYSTACK_PREFERRED_BANK ?? 'wema-bank' }),
        }),
      );
      return { accountNumber: account.account_number, bankName: account.bank.name, accountName: account.account_name, providerReference: customer.customer_code };
    },
    async verifyTransfer(transferReference) {
      const data = ok(await providerCall<Envelope<Transaction>>('PAYSTACK', `${base}/transaction/verify/${encodeURIComponent(transferReference)}`, { method: 'GET', headers }));
      if (data.reference !== transferReference) throw providerFailed('PAYSTACK', `verify answered for ${data.reference}, not ${transferReference}`);
      const v = verified(data);
      return { status: v.status, amount: v.amount, currency: v.currency, accountNumber: data.authorization?.receiver_bank_account_number ?? null, reference: null };
    },
    async chargeUssd(input) {
      const data = ok(
        await providerCall<Envelope<OfflineCharge>>('PAYSTACK', `${base}/charge`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: input.email, amount: input.amount.toString(), currency: input.currency, reference: input.reference, ussd: { type: input.bank }, metadata: { ...input.metadata, description: input.description } }),
        }),
      );
      const charge = offlineCharge(data, input.reference, 'Dial the code on the phone linked to your bank account');
      if (charge.status === 'PENDING' && !charge.ussdCode) throw providerFailed('PAYSTACK', 'the USSD charge came back without a code to dial');
      return charge;
    },
    async chargeMobileMoney(input) {
      const data = ok(
        await providerCall<Envelope<OfflineCharge>>('PAYSTACK', `${base}/charge`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: input.email, amount: input.amount.toString(), currency: input.currency, reference: input.reference, mobile_money: { phone: providerPhone(input.phone, input.network), provider: input.network.code }, metadata: { ...input.metadata, description: input.description } }),
        }),
      );
      return offlineCharge(data, input.reference, 'Approve the payment on your phone');
    },
    verifyAndParseWebhook({ rawBody, headers: h }): ProviderEvent {
      const given = h['x-paystack-signature'];
      if (!given) throw signatureInvalid('no x-paystack-signature header');
      if (!safeEqual(given.toLowerCase(), paystackSignature(opts.secretKey, rawBody))) throw signatureInvalid('x-paystack-signature does not match the body');
      const body = parseJsonBody(rawBody);
      const data = body?.data ?? {};
      const type = String(body?.event ?? '');
      if (type === 'charge.success' && data.channel === 'dedicated_nuban') {
        return { eventId: `${type}:${data.id ?? data.reference}`, kind: 'TRANSFER_RECEIVED', type, reference: null, providerReference: data.id == null ? null : String(data.id), transferReference: data.reference ?? null, payload: body };
      }
      return {
        // Paystack events have no id of their own: the event name and the transaction id identify one.
        eventId: `${type}:${data.id ?? data.reference}`,
        kind: type === 'charge.success' ? 'PAYMENT_SUCCEEDED' : type === 'charge.failed' ? 'PAYMENT_FAILED' : 'OTHER',
        type,
        reference: data.reference ?? null,
        providerReference: data.id == null ? null : String(data.id),
        payload: body,
      };
    },
  };
}
