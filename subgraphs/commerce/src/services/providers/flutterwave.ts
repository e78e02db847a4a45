/**
 * Flutterwave v3 (https://developer.flutterwave.com): amounts in MAJOR units (naira, not kobo) — converted
 * exactly here. Hosted payment link from POST /v3/payments; confirmation with
 * GET /v3/transactions/:id/verify (or /v3/transactions/verify_by_reference?tx_ref= before the id is
 * known); refunds with POST /v3/transactions/:id/refund. A card payment's `card.token` (verify's answer) is charged
 * again without the customer with POST /v3/tokenized-charges (subscriptions' renewals). Webhooks carry `verif-hash`, which must equal the
 * secret hash configured in the dashboard; `charge.completed` carries the transaction's status.
 * USSD and mobile money (decision 0087): POST /v3/charges?type=ussd with `account_bank` answers the code
 * to dial in `meta.authorization.note`; ?type=mpesa, mobile_money_ghana or mobile_money_uganda (with
 * `network`) start a charge approved on the phone, some through the page in `meta.authorization.redirect`.
 * Both settle by `charge.completed` and the ordinary verify (by the transaction id the charge returned).
 */
import { safeEqual } from '@webwaka/kit';
import { providerPhone } from './direct-charges';
import { fromMajor, parseJsonBody, providerCall, providerFailed, signatureInvalid, toMajor, type DirectCharge, type PaymentProviderAdapter, type ProviderEvent, type VerifyResult } from './provider';

/** POST /v3/charges' answer: the transaction (when made at once) and what the shopper must do next. */
interface ChargeAnswer {
  status: string;
  message: string;
  data?: { id?: number; tx_ref?: string; status?: string; processor_response?: string } | null;
  meta?: { authorization?: { mode?: string; note?: string; redirect?: string } } | null;
}

export const FLUTTERWAVE_BASE_URL = 'https://api.flutterwave.com';

interface Envelope<T> {
  status: string;
  message: string;
  data: T;
}

interface Transaction {
  id: number;
  tx_ref: string;
  amount: number | string;
  currency: string;
  status: string;
  processor_response?: string;
  card?: { token?: string } | null;
}

function verified(data: Transaction): VerifyResult {
  const status = data.status === 'successful' ? 'SUCCEEDED' : data.status === 'failed' ? 'FAILED' : 'PENDING';
  return {
    status,
    amount: fromMajor(data.amount, data.currency),
    currency: data.currency,
    providerReference: String(data.id),
    failureReason: status === 'FAILED' ? (data.processor_response ?? 'failed') : null,
    authorization: status === 'SUCCEEDED' ? (data.card?.token ?? null) : null,
  };
}

export function flutterwave(opts: { secretKey: string; secretHash: string | null; baseUrl?: string }): PaymentProviderAdapter {
  const base = (opts.baseUrl ?? process.env.FLUTTERWAVE_BASE_URL ?? FLUTTERWAVE_BASE_URL).replace(/\/$/, '');
  const headers = { authorization: `Bearer ${opts.secretKey}`, 'content-type': 'application/json' };
  const ok = <T>(r: Envelope<T>) => {
    if (r?.status !== 'success' || !r.data) throw providerFailed('FLUTTERWAVE', r?.message ?? 'unexpected answer');
    return r.data;
  };
  async function charge(type: string, body: Record<string, unknown>, reference: string): Promise<DirectCharge> {
    const r = await providerCall<ChargeAnswer>('FLUTTERWAVE', `${base}/v3/charges?type=${encodeURIComponent(type)}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (r?.status !== 'success') throw providerFailed('FLUTTERWAVE', r?.message ?? 'unexpected answer');
    if (r.data?.tx_ref && r.data.tx_ref !== reference) throw providerFailed('FLUTTERWAVE', `charge answered for ${r.data.tx_ref}, not ${reference}`);
    const providerReference = r.data?.id == null ? null : String(r.data.id);
    if (r.data?.status === 'failed') {
      const why = r.data.processor_response ?? 'declined';
      return { status: 'FAILED', ussdCode: null, instruction: why, authorizationUrl: null, providerReference, failureReason: why };
    }
    const auth = r.meta?.authorization ?? {};
    if (auth.mode === 'ussd') return { status: 'PENDING', ussdCode: auth.note ?? null, instruction: 'Dial the code on the phone linked to your bank account', authorizationUrl: null, providerReference };
    return { status: 'PENDING', ussdCode: null, instruction: auth.note ?? 'Approve the payment on your phone', authorizationUrl: auth.redirect ?? null, providerReference };
  }
  return {
    name: 'FLUTTERWAVE',
    refundsIdempotent: false,
    async initialize(input) {
      const data = ok(
        await providerCall<Envelope<{ link: string }>>('FLUTTERWAVE', `${base}/v3/payments`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            tx_ref: input.reference,
            amount: toMajor(input.amount, input.currency),
            currency: input.currency,
            redirect_url: input.returnUrl ?? undefined,
            customer: { email: input.email },
            meta: input.metadata,
            customizations: { title: input.description },
          }),
        }),
      );
      return { authorizationUrl: data.link, providerReference: null };
    },
    async verify(reference, providerReference): Promise<VerifyResult> {
      const url = providerReference
        ? `${base}/v3/transactions/${encodeURIComponent(providerReference)}/verify`
        : `${base}/v3/transactions/verify_by_reference?tx_ref=${encodeURIComponent(reference)}`;
      const data = ok(await providerCall<Envelope<Transaction>>('FLUTTERWAVE', url, { method: 'GET', headers }));
      if (data.tx_ref !== reference) throw providerFailed('FLUTTERWAVE', `verify answered for ${data.tx_ref}, not ${reference}`);
      return verified(data);
    },
    async chargeAuthorization(input) {
      const data = ok(
        await providerCall<Envelope<Transaction>>('FLUTTERWAVE', `${base}/v3/tokenized-charges`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ token: input.authorization, currency: input.currency, amount: toMajor(input.amount, input.currency), email: input.email, tx_ref: input.reference }),
        }),
      );
      if (data.tx_ref !== input.reference) throw providerFailed('FLUTTERWAVE', `charge answered for ${data.tx_ref}, not ${input.reference}`);
      return verified(data);
    },
    async refund(input) {
      if (!input.providerReference) throw providerFailed('FLUTTERWAVE', 'a refund needs the transaction id');
      const data = ok(
        await providerCall<Envelope<{ id: number; status: string }>>('FLUTTERWAVE', `${base}/v3/transactions/${encodeURIComponent(input.providerReference)}/refund`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ amount: toMajor(input.amount, input.currency) }),
        }),
      );
      return { providerRefundId: String(data.id), status: data.status === 'completed' ? 'SUCCEEDED' : 'PENDING' };
    },
    async openVirtualAccount(input) {
      // A temporary account for this payment and amount (is_permanent: false); its transfers carry our tx_ref.
      const data = ok(
        await providerCall<Envelope<{ account_number: string; bank_name: string; order_ref?: string; flw_ref?: string }>>('FLUTTERWAVE', `${base}/v3/virtual-account-numbers`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: input.email, tx_ref: input.reference, amount: toMajor(input.amount, input.currency), currency: input.currency, is_permanent: false, narration: input.description, ...(input.phone ? { phonenumber: input.phone } : {}) }),
        }),
      );
      return { accountNumber: data.account_number, bankName: data.bank_name, accountName: input.description, providerReference: data.order_ref ?? data.flw_ref ?? null };
    },
    async verifyTransfer(transferReference) {
      const data = ok(await providerCall<Envelope<Transaction>>('FLUTTERWAVE', `${base}/v3/transactions/${encodeURIComponent(transferReference)}/verify`, { method: 'GET', headers }));
      const v = verified(data);
      return { status: v.status, amount: v.amount, currency: v.currency, accountNumber: null, reference: data.tx_ref ?? null };
    },
    async chargeUssd(input) {
      const answer = await charge('ussd', {
        tx_ref: input.reference,
        account_bank: input.bank,
        amount: toMajor(input.amount, input.currency),
        currency: input.currency,
        email: input.email,
        ...(input.phone ? { phone_number: input.phone } : {}),
      }, input.reference);
      if (answer.status === 'PENDING' && !answer.ussdCode) throw providerFailed('FLUTTERWAVE', 'the USSD charge came back without a code to dial');
      return answer;
    },
    async chargeMobileMoney(input) {
      const [type, network] = input.network.code.split(':');
      return charge(type, {
        tx_ref: input.reference,
        amount: toMajor(input.amount, input.currency),
        currency: input.currency,
        email: input.email,
        phone_number: providerPhone(input.phone, input.network),
        ...(network ? { network } : {}),
      }, input.reference);
    },
    verifyAndParseWebhook({ rawBody, headers: h }): ProviderEvent {
      if (!opts.secretHash) throw signatureInvalid('no secret hash is configured for Flutterwave');
      const given = h['verif-hash'];
      if (!given) throw signatureInvalid('no verif-hash header');
      if (!safeEqual(given, opts.secretHash)) throw signatureInvalid('verif-hash does not match the secret hash');
      const body = parseJsonBody(rawBody);
      const data = body?.data ?? {};
      const type = String(body?.event ?? body?.type ?? '');
      if (type === 'charge.completed' && data.payment_type === 'bank_transfer' && data.status === 'successful') {
        return { eventId: `${type}:${data.id}:${data.status}`, kind: 'TRANSFER_RECEIVED', type, reference: data.tx_ref ?? null, providerReference: data.id == null ? null : String(data.id), transferReference: data.id == null ? null : String(data.id), payload: body };
      }
      const kind = type === 'charge.completed' ? (data.status === 'successful' ? 'PAYMENT_SUCCEEDED' : data.status === 'failed' ? 'PAYMENT_FAILED' : 'OTHER') : 'OTHER';
      return {
        eventId: `${type}:${data.id}:${data.status}`,
        kind,
        type,
        reference: data.tx_ref ?? null,
        providerReference: data.id == null ? null : String(data.id),
        payload: body,
      };
    },
  };
}
