/**
 * Tills (decision 0052). A manager registers one to a location and gets a pairing code (one use, 15
 * minutes, kept only as its SHA-256); the till presents the code once and receives its own identity API key
 * (scopes pos:device, catalog:read, inventory:read), which it sends on every call from then on. Revoking the
 * till refuses it here at once and revokes the key (every gateway forgets it through identity's event).
 * Which till is calling is read from the key (`requireDevice`): a till acts only in its tenant and location.
 */
import { randomBytes } from 'node:crypto';
import { base32Encode, DEVICE_SCOPE, DomainError, ErrorCode, isUuid, logger, requireTenant, sha256Hex, uuidv7 } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { issueDeviceKey, revokeDeviceKey, tenantLocations } from './peers';

export const PAIRING_MINUTES = 15;
export const MAX_DEVICES = 200;

type Device = Awaited<ReturnType<ServiceContext['prisma']['posDevice']['findUniqueOrThrow']>>;

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

/** A pairing code people type: 10 characters of base32 (50 bits), shown as XXXXX-XXXXX. */
function newPairingCode() {
  const raw = base32Encode(randomBytes(8)).toUpperCase().slice(0, 10);
  return { shown: `${raw.slice(0, 5)}-${raw.slice(5)}`, hash: sha256Hex(raw) };
}
const normaliseCode = (code: string) => (code ?? '').toUpperCase().replace(/[^A-Z2-7]/g, '');

/** T01, T02...: the prefix of the till's receipt numbers. */
export const receiptPrefix = (d: { number: number }) => `T${String(d.number).padStart(2, '0')}`;

export async function findDevice(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, id: string): Promise<Device> {
  const device = isUuid(id) ? await ctx.prisma.posDevice.findFirst({ where: { id, tenantId } }) : null;
  if (!device) throw new DomainError(ErrorCode.NOT_FOUND, 'No such till', ['id']);
  return device;
}

export async function registerDevice(ctx: ServiceContext, input: { name: string; locationId: string }) {
  const tenantId = requireTenant(ctx);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 60) throw bad('Name must be 1 to 60 characters', ['name']);
  const location = (await tenantLocations(ctx, tenantId)).find((l) => l.id === input.locationId);
  if (!location || !location.active) throw bad('Choose one of your active stock locations', ['locationId']);
  if ((await ctx.prisma.posDevice.count({ where: { tenantId, status: { not: 'REVOKED' } } })) >= MAX_DEVICES) throw bad(`A business has at most ${MAX_DEVICES} tills`, ['name']);
  const code = newPairingCode();
  const device = await ctx.prisma.$transaction(async (tx) => {
    const number = await nextDeviceNumber(tx, tenantId);
    return tx.posDevice.create({
      data: { id: uuidv7(), tenantId, number, name, locationId: location.id, pairingCodeHash: code.hash, pairingExpiresAt: pairingDeadline(), registeredById: ctx.actor.userId },
    });
  });
  return { device, pairingCode: code.shown };
}

const pairingDeadline = () => new Date(Date.now() + PAIRING_MINUTES * 60_000);

async function nextDeviceNumber(tx: Tx, tenantId: string): Promise<number> {
  // Serialised per tenant by the advisory lock, so two registrations never pick the same number.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pos-device:${tenantId}`}))`;
  const last = await tx.posDevice.aggregate({ where: { tenantId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}

/** A new pairing code for a till not yet paired (the old one stops working). */
export async function renewPairingCode(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const device = await findDevice(ctx, tenantId, id);
  if (device.status !== 'PENDING') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Only a till not yet paired gets a new pairing code', ['id']);
  const code = newPairingCode();
  const renewed = await ctx.prisma.posDevice.update({ where: { id: device.id }, data: { pairingCodeHash: code.hash, pairingExpiresAt: pairingDeadline(), registeredById: ctx.actor.userId ?? device.registeredById } });
  return { device: renewed, pairingCode: code.shown };
}

/**
 * The till's side of pairing (anonymous, in the shop's tenant): the code is used once; the key is returned
 * once. The key is issued before the code is spent, and revoked again if another till spent it meanwhile.
 */
export async function pairDevice(ctx: ServiceContext, rawCode: string) {
  const tenantId = requireTenant(ctx);
  const code = normaliseCode(rawCode);
  const invalid = () => bad('That pairing code is not valid or has expired: ask a manager for a new one', ['code']);
  if (code.length !== 10) throw invalid();
  const hash = sha256Hex(code);
  const device = await ctx.prisma.posDevice.findFirst({ where: { tenantId, pairingCodeHash: hash, status: 'PENDING', pairingExpiresAt: { gt: new Date() } } });
  if (!device) throw invalid();
  const issued = await issueDeviceKey(ctx, tenantId, `Till ${receiptPrefix(device)}: ${device.name}`, device.registeredById ?? uuidv7());
  const claimed = await ctx.prisma.posDevice.updateMany({
    where: { id: device.id, pairingCodeHash: hash, status: 'PENDING' },
    data: { status: 'ACTIVE', apiKeyId: issued.apiKeyId, pairedAt: new Date(), pairingCodeHash: null, pairingExpiresAt: null, lastSeenAt: new Date() },
  });
  if (claimed.count === 0) {
    await revokeDeviceKey(ctx, tenantId, issued.apiKeyId);
    throw invalid();
  }
  return { device: await ctx.prisma.posDevice.findUniqueOrThrow({ where: { id: device.id } }), deviceKey: issued.key };
}

/** Refused here at once; the key is revoked too (retried by revoking again if identity could not be reached). */
export async function revokeDevice(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const device = await findDevice(ctx, tenantId, id);
  const revoked =
    device.status === 'REVOKED' ? device : await ctx.prisma.posDevice.update({ where: { id: device.id }, data: { status: 'REVOKED', revokedAt: new Date(), pairingCodeHash: null, pairingExpiresAt: null } });
  if (device.apiKeyId) {
    try {
      await revokeDeviceKey(ctx, tenantId, device.apiKeyId);
    } catch (e) {
      // The till is already refused by every pos operation; its key stays readable for catalogue data until a retry.
      logger.error('pos: revoking a till key failed', { deviceId: device.id, error: String(e) });
      throw new DomainError(ErrorCode.INTERNAL, 'The till is revoked, but its key could not be revoked yet: revoke it again shortly', ['id']);
    }
  }
  return revoked;
}

/**
 * The till making this request: the caller must be a till's key (scope pos:device) of this tenant whose
 * device is paired and not revoked (POS_DEVICE_REVOKED). Anyone else is FORBIDDEN.
 */
export async function requireDevice(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<Device> {
  const tenantId = requireTenant(ctx);
  const { actor } = ctx;
  if (actor.kind !== 'apiKey' || !actor.apiKeyId || !actor.scopes.includes(DEVICE_SCOPE)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a registered till may do this');
  const device = await ctx.prisma.posDevice.findUnique({ where: { apiKeyId: actor.apiKeyId } });
  if (!device || device.tenantId !== tenantId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a registered till may do this');
  if (device.status !== 'ACTIVE') throw new DomainError(ErrorCode.POS_DEVICE_REVOKED, 'This till was revoked: register it again');
  return device;
}
