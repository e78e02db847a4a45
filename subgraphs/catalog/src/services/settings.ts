import { CHANNELS, DomainError, ErrorCode, requireTenant, type PubSub } from '@webwaka/kit';
import type { ServiceContext } from './context';

const BPS_MAX = 10_000;

/** The tenant's settings; a tenant that never changed them reads the defaults (7.5% VAT, tax-inclusive, 10%). */
export async function getCatalogSettings(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string) {
  return (
    (await ctx.prisma.catalogSettings.findUnique({ where: { tenantId } })) ?? {
      tenantId,
      taxRateBps: 750,
      pricesIncludeTax: true,
      defaultCommissionBps: 1000,
      updatedAt: new Date(0),
    }
  );
}

type CatalogSettings = Awaited<ReturnType<typeof getCatalogSettings>>;

/**
 * How long a process trusts its copy of a tenant's settings without hearing of a change: the bound on
 * staleness should an announcement be lost. Changes are rare (an administrator's) and announced, so the
 * copy is re-read by a request once a minute per tenant, not once every few seconds.
 */
const SETTINGS_TTL_MS = 60_000;

/** Per process (per Prisma client, i.e. per database): tenant id -> settings being read or read. */
const settingsCaches = new WeakMap<object, Map<string, { settings: Promise<CatalogSettings>; expires: number }>>();

/**
 * The tenant's settings for pricing, kept per process: every price quote needs them (tax rate, whether
 * prices include tax), so reading them per request was one statement of every catalogue page. A change
 * is announced by updateCatalogSettings on `catalogSettingsChanged` and heard by every replica (not on
 * `tenantDataChanged`, which every mutation and stock movement of the tenant sends). Only a request's
 * context, which carries the pubsub to hear changes on, uses the copy; a context without one (a service
 * called directly, as tests do after writing the table) reads the table.
 */
export function catalogSettingsFor(ctx: Pick<ServiceContext, 'prisma'> & { pubsub?: PubSub }, tenantId: string): Promise<CatalogSettings> {
  if (!ctx.pubsub) return getCatalogSettings(ctx, tenantId);
  let cache = settingsCaches.get(ctx.prisma);
  if (!cache) {
    const entries = new Map<string, { settings: Promise<CatalogSettings>; expires: number }>();
    settingsCaches.set(ctx.prisma, (cache = entries));
    void ctx.pubsub.subscribe(CHANNELS.catalogSettingsChanged, ({ tenantId: changed }: { tenantId: string }) => entries.delete(changed));
  }
  const hit = cache.get(tenantId);
  if (hit && hit.expires > Date.now()) return hit.settings;
  const entry = { settings: getCatalogSettings(ctx, tenantId), expires: Date.now() + SETTINGS_TTL_MS };
  cache.set(tenantId, entry);
  // A failed read is not kept.
  entry.settings.catch(() => cache.get(tenantId) === entry && cache.delete(tenantId));
  return entry.settings;
}

export async function updateCatalogSettings(
  ctx: ServiceContext & { pubsub?: PubSub },
  input: { taxRateBps?: number | null; pricesIncludeTax?: boolean | null; defaultCommissionBps?: number | null },
) {
  const tenantId = requireTenant(ctx);
  for (const field of ['taxRateBps', 'defaultCommissionBps'] as const) {
    const v = input[field];
    if (v !== undefined && v !== null && (!Number.isInteger(v) || v < 0 || v > BPS_MAX)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a whole number of basis points from 0 to ${BPS_MAX}`, [field]);
    }
  }
  const data = {
    ...(input.taxRateBps != null ? { taxRateBps: input.taxRateBps } : {}),
    ...(input.pricesIncludeTax != null ? { pricesIncludeTax: input.pricesIncludeTax } : {}),
    ...(input.defaultCommissionBps != null ? { defaultCommissionBps: input.defaultCommissionBps } : {}),
  };
  const settings = await ctx.prisma.catalogSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
  // This process quotes with the new settings at once; the other replicas when they hear of it.
  settingsCaches.get(ctx.prisma)?.delete(tenantId);
  await ctx.pubsub?.publish(CHANNELS.catalogSettingsChanged, { tenantId });
  return settings;
}
