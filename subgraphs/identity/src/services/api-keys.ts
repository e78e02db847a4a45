import { API_SCOPES, DEVICE_KEY_SCOPES, DomainError, base32Encode, ErrorCode, isUuid, randomToken, recordEvent, safeEqual, sha256Hex, TOPICS, uuidv7 } from '@webwaka/kit';
import { randomBytes } from 'node:crypto';
import { recordAudit, requireTenant } from './audit';
import type { ServiceContext } from './context';

/**
 * API keys for headless integrators: `ww_<prefix>_<secret>`. The prefix finds the row; the secret (256
 * random bits) is stored only as a SHA-256 hash — a slow KDF adds nothing at that entropy. The full key is
 * returned once, at creation.
 */
const KEY_RE = /^ww_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;
/** lastUsedAt is written at most this often per key, so busy integrations do not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function createApiKey(ctx: ServiceContext, input: { name: string; scopes: string[] }) {
  const tenantId = requireTenant(ctx);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 80) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 80 characters', ['name']);
  const scopes = [...new Set(input.scopes ?? [])];
  const unknown = scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Scopes must be some of: ${API_SCOPES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`, ['scopes']);
  }
  const prefix = base32Encode(randomBytes(7)).toLowerCase().slice(0, 10);
  const secret = randomToken(32);
  const apiKey = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { id: uuidv7(), tenantId, name, prefix, secretHash: sha256Hex(secret), scopes, createdById: ctx.actor.userId! },
    });
    await recordAudit(tx, ctx, { tenantId, type: 'api_key.created', subjectId: created.id, data: { name, scopes, prefix } });
    return created;
  });
  ctx.eventsRecorded();
  return { apiKey, key: `ww_${prefix}_${secret}` };
}

export async function revokeApiKey(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  // Scoped by tenant: another tenant's key id is simply not found (and so is a malformed one).
  const key = isUuid(id) ? await ctx.prisma.apiKey.findFirst({ where: { id, tenantId } }) : null;
  if (!key) throw new DomainError(ErrorCode.NOT_FOUND, 'No such API key', ['id']);
  if (key.revokedAt) return key;
  const revoked = await ctx.prisma.$transaction(async (tx) => {
    const r = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, { tenantId, type: 'api_key.revoked', subjectId: id });
    await recordEvent(tx, { tenantId, topic: TOPICS.IDENTITY_API_KEY_REVOKED, payload: { apiKeyId: id } });
    return r;
  });
  ctx.eventsRecorded();
  return revoked;
}

/**
 * A till's key (decision 0052), for the pos subgraph only (a service actor with identity:device-keys): the
 * scopes are the till's fixed set, which `createApiKey` cannot give (pos:device is not an API scope), and
 * the creator is the manager who registered the till. Audited like any key.
 */
export async function issueDeviceKey(ctx: ServiceContext, input: { name: string; createdById: string }) {
  const tenantId = requireTenant(ctx);
  const name = (input.name ?? '').trim().slice(0, 80) || 'Till';
  if (!isUuid(input.createdById)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'createdById must be a user id', ['createdById']);
  const prefix = base32Encode(randomBytes(7)).toLowerCase().slice(0, 10);
  const secret = randomToken(32);
  const apiKey = await ctx.prisma.$transaction(async (tx) => {
    const created = await tx.apiKey.create({ data: { id: uuidv7(), tenantId, name, prefix, secretHash: sha256Hex(secret), scopes: [...DEVICE_KEY_SCOPES], createdById: input.createdById } });
    await recordAudit(tx, ctx, { tenantId, type: 'api_key.created', subjectId: created.id, data: { name, scopes: created.scopes, prefix, device: true } });
    return created;
  });
  ctx.eventsRecorded();
  return { apiKeyId: apiKey.id, key: `ww_${prefix}_${secret}` };
}

/** Revokes a till's key (pos, as a service): only keys that are tills' keys. */
export async function revokeDeviceKey(ctx: ServiceContext, apiKeyId: string) {
  const tenantId = requireTenant(ctx);
  const key = isUuid(apiKeyId) ? await ctx.prisma.apiKey.findFirst({ where: { id: apiKeyId, tenantId } }) : null;
  if (!key || !key.scopes.includes(DEVICE_KEY_SCOPES[0])) throw new DomainError(ErrorCode.NOT_FOUND, 'No such till key', ['apiKeyId']);
  await revokeApiKey(ctx, key.id);
  return true;
}

/** For the gateway: the key's tenant and scopes, or null if it is unknown, forged or revoked. */
export async function verifyApiKey(ctx: Pick<ServiceContext, 'prisma'>, presented: string): Promise<{ apiKeyId: string; tenantId: string; scopes: string[] } | null> {
  const m = KEY_RE.exec(presented ?? '');
  if (!m) return null;
  const key = await ctx.prisma.apiKey.findUnique({ where: { prefix: m[1] } });
  if (!key || key.revokedAt || !safeEqual(key.secretHash, sha256Hex(m[2]))) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await ctx.prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  return { apiKeyId: key.id, tenantId: key.tenantId, scopes: key.scopes };
}
