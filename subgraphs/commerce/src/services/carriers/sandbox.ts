/**
 * The sandbox carrier (decision 0086): plays a courier so the whole shipping flow runs offline. It quotes
 * from the packages' weight, books pickups with its own tracking numbers, and reports tracking steps by
 * webhooks to the gateway's public route `/webhooks/carrier-sandbox/<tenant>`, exactly as a real carrier:
 * `x-carrier-timestamp` (Unix seconds) and `x-carrier-signature` (hex HMAC-SHA256 of `<timestamp>.<raw body>`
 * under the tenant's secret, sealed at rest in CarrierAccount). A webhook whose signature does not verify,
 * or whose timestamp is more than five minutes from our clock, is refused; the event id makes a replay
 * inside the window a no-op (ShipmentEvent's unique key). Refused in production unless PAYMENTS_SANDBOX=1.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { decryptSecret, DomainError, encryptSecret, ErrorCode, isUniqueViolation, safeEqual, uuidv7, type PrismaClient } from '@webwaka/kit';
import { sandboxAllowed } from '../providers/sandbox';
import { SHIPMENT_STATUSES, WEBHOOK_TOLERANCE_MS, type CarrierAdapter, type CarrierEvent, type ShipmentStatus } from './carrier';

export const CARRIER_SIGNATURE_HEADER = 'x-carrier-signature';
export const CARRIER_TIMESTAMP_HEADER = 'x-carrier-timestamp';

export const signatureInvalidCarrier = (why: string) => new DomainError(ErrorCode.WEBHOOK_SIGNATURE_INVALID, `Carrier webhook refused: ${why}`);

/** The tenant's webhook secret with the sandbox carrier, made (and sealed) on first use. */
export async function sandboxCarrierSecret(prisma: Pick<PrismaClient, 'carrierAccount'>, tenantId: string): Promise<string> {
  const found = await prisma.carrierAccount.findUnique({ where: { tenantId_carrier: { tenantId, carrier: 'SANDBOX' } } });
  if (found) return decryptSecret(found.webhookSecretSealed);
  try {
    await prisma.carrierAccount.create({ data: { id: uuidv7(), tenantId, carrier: 'SANDBOX', webhookSecretSealed: encryptSecret(randomBytes(32).toString('hex')) } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
  const made = await prisma.carrierAccount.findUniqueOrThrow({ where: { tenantId_carrier: { tenantId, carrier: 'SANDBOX' } } });
  return decryptSecret(made.webhookSecretSealed);
}

export const carrierSignature = (secret: string, timestamp: string, rawBody: Buffer | string) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');

/** The webhook the sandbox carrier sends for a tracking step (what the gateway's route receives). */
export async function sandboxCarrierWebhook(prisma: Pick<PrismaClient, 'carrierAccount'>, tenantId: string, step: { trackingNumber: string; status: ShipmentStatus; note?: string | null; location?: string | null }, at = new Date()) {
  const secret = await sandboxCarrierSecret(prisma, tenantId);
  const body = JSON.stringify({ event_id: `sbxevt_${randomBytes(12).toString('hex')}`, tracking_number: step.trackingNumber, status: step.status, occurred_at: at.toISOString(), note: step.note ?? null, location: step.location ?? null });
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return { body, headers: { 'content-type': 'application/json', [CARRIER_TIMESTAMP_HEADER]: timestamp, [CARRIER_SIGNATURE_HEADER]: carrierSignature(secret, timestamp, body) } };
}

const sandboxOff = () => new DomainError(ErrorCode.BAD_USER_INPUT, 'The sandbox carrier is turned off here', ['carrier']);

export function sandboxCarrier(prisma: PrismaClient, tenantId: string): CarrierAdapter {
  return {
    name: 'SANDBOX',
    async quote({ packages, currency }) {
      if (!sandboxAllowed()) throw sandboxOff();
      // ₦1,500 a pickup plus ₦2 a gram: enough to see a quote move with the packages.
      const grams = packages.reduce((s, p) => s + p.weightGrams, 0);
      return { amount: 150_000n + BigInt(grams) * 200n, currency, etaHours: 24 };
    },
    async bookPickup() {
      if (!sandboxAllowed()) throw sandboxOff();
      return { trackingNumber: `SBX${randomBytes(6).toString('hex').toUpperCase()}` };
    },
    cancel: async () => {},
    async verifyWebhook({ rawBody, headers, now }) {
      const timestamp = headers[CARRIER_TIMESTAMP_HEADER] ?? '';
      const signature = headers[CARRIER_SIGNATURE_HEADER] ?? '';
      if (!/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) throw signatureInvalidCarrier('missing signature or timestamp');
      const secret = await sandboxCarrierSecret(prisma, tenantId);
      if (!safeEqual(signature, carrierSignature(secret, timestamp, rawBody))) throw signatureInvalidCarrier('signature does not match');
      if (Math.abs(now.getTime() - Number(timestamp) * 1000) > WEBHOOK_TOLERANCE_MS) throw signatureInvalidCarrier('timestamp outside five minutes');
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Carrier webhook body is not JSON');
      }
      const status = String(body.status ?? '') as ShipmentStatus;
      if (typeof body.event_id !== 'string' || !body.event_id || typeof body.tracking_number !== 'string' || !SHIPMENT_STATUSES.includes(status)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Carrier webhook lacks an event id, tracking number or known status');
      }
      const at = new Date(String(body.occurred_at ?? ''));
      const event: CarrierEvent = {
        eventId: body.event_id.slice(0, 100),
        trackingNumber: body.tracking_number.slice(0, 100),
        status,
        at: Number.isNaN(at.getTime()) ? now : at,
        note: typeof body.note === 'string' ? body.note.slice(0, 500) : null,
        location: typeof body.location === 'string' ? body.location.slice(0, 200) : null,
      };
      return event;
    },
  };
}
