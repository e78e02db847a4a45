/**
 * The built-in sandbox provider: it plays a payment service so the whole flow runs offline. Its hosted
 * page is served by the gateway at /pay/sandbox/:reference (Pay / Decline); a decision is recorded in the
 * sandbox's own book (SandboxCharge) and announced by a signed webhook to /webhooks/sandbox/:tenant, just
 * as a real provider would. `verify` reads that book, refunds are kept per refund id (idempotent).
 * A paid charge leaves a reusable authorisation (SandboxAuthorization, returned by `verify`) that
 * `chargeAuthorization` charges again at once, once per reference; paid with "Pay, decline renewals" on
 * the page, every later charge on it is declined (to try subscriptions' dunning offline).
 * Webhooks carry `x-sandbox-signature`: hex HMAC-SHA256 of the raw body under a per-tenant secret derived
 * from the data key (no configuration, never shown). Refused in production unless PAYMENTS_SANDBOX=1.
 * Bank transfer (decision 0076): the sandbox opens an account number per payment; its page's "simulate a
 * transfer of ₦X" books a SandboxTransfer and sends `transfer.received`, which `verifyTransfer` answers from.
 * USSD and mobile money (decision 0087): a charge like a card's, whose page shows the code to dial
 * ("Simulate dialling") or the phone to approve on ("Approve on phone" / "Decline"); the outcome is the
 * same `payment.succeeded`/`payment.failed` webhook and `verify` as a card's.
 */
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { config, DomainError, ErrorCode, safeEqual, type PrismaClient } from '@webwaka/kit';
import { parseJsonBody, providerFailed, signatureInvalid, type InitializeInput, type PaymentProviderAdapter, type ProviderEvent } from './provider';

export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';

/** The sandbox is for development, tests and demos: production only with PAYMENTS_SANDBOX=1. */
export const sandboxAllowed = () => process.env.PAYMENTS_SANDBOX === '1' || (!config.isProduction && process.env.PAYMENTS_SANDBOX !== '0');

export const sandboxWebhookSecret = (tenantId: string) => createHmac('sha256', config.dataKey).update(`sandbox-webhook:${tenantId}`).digest('hex');

export const sandboxSignature = (tenantId: string, rawBody: Buffer | string) => createHmac('sha256', sandboxWebhookSecret(tenantId)).update(rawBody).digest('hex');

/**
 * Where the hosted page is: on the gateway's public URL (PUBLIC_GATEWAY_URL; `npm start` sets
 * http://localhost:<port>), or relative to it when none is configured (the storefront resolves it).
 */
export const sandboxPageUrl = (reference: string) => `${config.publicGatewayUrl ?? ''}/pay/sandbox/${encodeURIComponent(reference)}`;

/** The reusable authorisation a paid sandbox charge leaves (derived, so it is the same on every verify). */
export const sandboxAuthorizationCode = (reference: string) => `sbx_auth_${createHmac('sha256', config.dataKey).update(`sandbox-authorization:${reference}`).digest('hex').slice(0, 32)}`;

/** The code a sandbox USSD charge asks to dial: the bank's short code and four digits of the reference (the same on every call). */
export const sandboxUssdCode = (bank: string, reference: string) =>
  `*${bank}*000*${String(parseInt(createHmac('sha256', 'sandbox-ussd').update(reference).digest('hex').slice(0, 8), 16) % 10_000).padStart(4, '0')}#`;

export function sandbox(prisma: PrismaClient, tenantId: string): PaymentProviderAdapter {
  // Create-if-missing as one INSERT ... ON CONFLICT DO NOTHING: Prisma runs an upsert with nothing to
  // update as a transaction of its own (BEGIN, SELECT, INSERT, SELECT, COMMIT), five round trips per checkout.
  const openCharge = async (input: InitializeInput) => {
    if (!sandboxAllowed()) throw new DomainError(ErrorCode.PAYMENT_FAILED, 'The sandbox payment provider is turned off here');
    await prisma.sandboxCharge.createMany({ data: [{ reference: input.reference, tenantId, amount: input.amount, currency: input.currency }], skipDuplicates: true });
  };
  return {
    name: 'SANDBOX',
    refundsIdempotent: true,
    async initialize(input) {
      await openCharge(input);
      return { authorizationUrl: sandboxPageUrl(input.reference), providerReference: input.reference };
    },
    async verify(reference) {
      const charge = await prisma.sandboxCharge.findFirst({ where: { reference, tenantId } });
      if (!charge) throw providerFailed('SANDBOX', `no charge ${reference}`);
      const status = charge.status === 'SUCCEEDED' ? 'SUCCEEDED' : charge.status === 'FAILED' ? 'FAILED' : 'PENDING';
      let authorization: string | null = null;
      if (status === 'SUCCEEDED') {
        authorization = sandboxAuthorizationCode(reference);
        await prisma.sandboxAuthorization.createMany({ data: [{ code: authorization, tenantId, reference }], skipDuplicates: true });
      }
      return { status, amount: charge.amount, currency: charge.currency, providerReference: reference, failureReason: status === 'FAILED' ? 'declined on the sandbox page' : null, authorization };
    },
    async chargeAuthorization(input) {
      if (!sandboxAllowed()) throw new DomainError(ErrorCode.PAYMENT_FAILED, 'The sandbox payment provider is turned off here');
      const saved = await prisma.sandboxAuthorization.findFirst({ where: { code: input.authorization, tenantId } });
      if (!saved) return { status: 'FAILED', amount: input.amount, currency: input.currency, providerReference: null, failureReason: 'unknown authorisation' };
      // Once per reference: a repeated charge finds the first one's outcome.
      await prisma.sandboxCharge.createMany({
        data: [{ reference: input.reference, tenantId, amount: input.amount, currency: input.currency, status: saved.declineRenewals ? 'FAILED' : 'SUCCEEDED' }],
        skipDuplicates: true,
      });
      const charge = await prisma.sandboxCharge.findFirstOrThrow({ where: { reference: input.reference, tenantId } });
      const status = charge.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED';
      return { status, amount: charge.amount, currency: charge.currency, providerReference: input.reference, failureReason: status === 'FAILED' ? 'renewal declined by the sandbox card' : null };
    },
    async chargeUssd(input) {
      await openCharge(input);
      const ussdCode = sandboxUssdCode(input.bank, input.reference);
      return { status: 'PENDING', ussdCode, instruction: `Dial ${ussdCode} on the phone linked to your bank account`, authorizationUrl: null, providerReference: input.reference };
    },
    async chargeMobileMoney(input) {
      await openCharge(input);
      return { status: 'PENDING', ussdCode: null, instruction: `Approve the payment on your phone (${input.network.name}, ${input.phone})`, authorizationUrl: null, providerReference: input.reference };
    },
    async openVirtualAccount(input) {
      if (!sandboxAllowed()) throw new DomainError(ErrorCode.PAYMENT_FAILED, 'The sandbox payment provider is turned off here');
      const existing = await prisma.sandboxCharge.findFirst({ where: { reference: input.reference, tenantId } });
      let accountNumber = existing?.accountNumber ?? null;
      if (!accountNumber) {
        accountNumber = `99${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
        // The charge's amount grows with what is transferred (a refund may give back no more than arrived).
        await prisma.sandboxCharge.create({ data: { reference: input.reference, tenantId, amount: 0n, currency: input.currency, accountNumber } });
      }
      return { accountNumber, bankName: 'Sandbox Bank', accountName: `WebWaka ${input.description}`, providerReference: input.reference };
    },
    async verifyTransfer(transferReference) {
      const transfer = await prisma.sandboxTransfer.findFirst({ where: { id: transferReference, tenantId } });
      // The bank never saw it (a made-up reference): nothing arrived.
      if (!transfer) return { status: 'FAILED', amount: 0n, currency: 'NGN', accountNumber: null, reference: null };
      return { status: 'SUCCEEDED', amount: transfer.amount, currency: transfer.currency, accountNumber: transfer.accountNumber, reference: null };
    },
    async refund(input) {
      return prisma.$transaction(async (tx) => {
        const done = await tx.sandboxRefund.findUnique({ where: { id: input.refundId } });
        if (done) return { providerRefundId: `sbx_re_${done.id}`, status: 'SUCCEEDED' as const };
        // A transfer is refunded from the account's charge.
        const transfer = await tx.sandboxTransfer.findFirst({ where: { id: input.reference, tenantId } });
        if (transfer) input = { ...input, reference: (await tx.sandboxCharge.findFirstOrThrow({ where: { accountNumber: transfer.accountNumber, tenantId } })).reference };
        const rows = await tx.$queryRaw<{ reference: string }[]>`
          UPDATE "commerce"."SandboxCharge" SET "refunded" = "refunded" + ${input.amount}, "updatedAt" = now()
          WHERE "reference" = ${input.reference} AND "tenantId" = ${tenantId}::uuid AND "status" = 'SUCCEEDED' AND "refunded" + ${input.amount} <= "amount"
          RETURNING "reference"`;
        if (rows.length === 0) throw providerFailed('SANDBOX', `charge ${input.reference} cannot refund ${input.amount}`);
        await tx.sandboxRefund.create({ data: { id: input.refundId, reference: input.reference, amount: input.amount } });
        return { providerRefundId: `sbx_re_${input.refundId}`, status: 'SUCCEEDED' as const };
      });
    },
    verifyAndParseWebhook({ rawBody, headers }): ProviderEvent {
      const given = headers[SANDBOX_SIGNATURE_HEADER];
      if (!given) throw signatureInvalid(`no ${SANDBOX_SIGNATURE_HEADER} header`);
      if (!safeEqual(given.toLowerCase(), sandboxSignature(tenantId, rawBody))) throw signatureInvalid(`${SANDBOX_SIGNATURE_HEADER} does not match the body`);
      const body = parseJsonBody(rawBody);
      const type = String(body?.type ?? '');
      if (type === 'transfer.received') {
        return { eventId: String(body?.id ?? ''), kind: 'TRANSFER_RECEIVED', type, reference: null, providerReference: null, transferReference: body?.data?.id ?? null, payload: body };
      }
      return {
        eventId: String(body?.id ?? ''),
        kind: type === 'payment.succeeded' ? 'PAYMENT_SUCCEEDED' : type === 'payment.failed' ? 'PAYMENT_FAILED' : 'OTHER',
        type,
        reference: body?.data?.reference ?? null,
        providerReference: body?.data?.reference ?? null,
        payload: body,
      };
    },
  };
}

export interface SandboxWebhook {
  tenantId: string;
  body: string;
  headers: Record<string, string>;
}

/**
 * The customer decided on the hosted page: the sandbox books the outcome (once: a second click replays the
 * first decision) and returns the webhook it sends, signed. Null when there is no such charge.
 */
export async function decideSandboxCharge(prisma: PrismaClient, reference: string, decision: 'pay' | 'decline' | 'pay-decline-renewals'): Promise<SandboxWebhook | null> {
  const wanted = decision === 'decline' ? 'FAILED' : 'SUCCEEDED';
  const decided = await prisma.sandboxCharge.updateMany({ where: { reference, status: 'PENDING' }, data: { status: wanted } });
  const charge = await prisma.sandboxCharge.findUnique({ where: { reference } });
  if (!charge || charge.status === 'PENDING') return null;
  if (decided.count === 1 && decision === 'pay-decline-renewals') {
    await prisma.sandboxAuthorization.createMany({ data: [{ code: sandboxAuthorizationCode(reference), tenantId: charge.tenantId, reference, declineRenewals: true }], skipDuplicates: true });
  }
  const outcome = charge.status === 'SUCCEEDED' ? 'succeeded' : 'failed';
  const body = JSON.stringify({
    id: `sbx_evt_${reference}_${outcome}`,
    type: `payment.${outcome}`,
    created: charge.updatedAt.toISOString(),
    data: { reference, amount: charge.amount.toString(), currency: charge.currency, status: charge.status },
  });
  return { tenantId: charge.tenantId, body, headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(charge.tenantId, body) } };
}

/**
 * "Simulate a transfer of ₦X" on the sandbox's transfer page: books a transfer into the account (a new
 * one each time, like a bank) and returns the signed `transfer.received` webhook. Null: no such account.
 */
export async function simulateSandboxTransfer(prisma: PrismaClient, accountNumber: string, amount: bigint): Promise<SandboxWebhook | null> {
  if (amount <= 0n) return null;
  const charge = await prisma.sandboxCharge.findUnique({ where: { accountNumber } });
  if (!charge) return null;
  const id = `sbx_trf_${randomBytes(8).toString('hex')}`;
  await prisma.$transaction([
    prisma.sandboxTransfer.create({ data: { id, tenantId: charge.tenantId, accountNumber, amount, currency: charge.currency } }),
    prisma.sandboxCharge.update({ where: { reference: charge.reference }, data: { amount: { increment: amount }, status: 'SUCCEEDED' } }),
  ]);
  const body = JSON.stringify({ id: `sbx_evt_${id}`, type: 'transfer.received', created: new Date().toISOString(), data: { id, account_number: accountNumber, amount: amount.toString(), currency: charge.currency } });
  return { tenantId: charge.tenantId, body, headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(charge.tenantId, body) } };
}
