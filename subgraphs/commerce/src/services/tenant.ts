/**
 * The selling tenant as commerce needs it (kind, currency, slug), from identity through a peer call and
 * cached briefly: a store sells on the SVM channel, a marketplace on MVM; other kinds (platform, partner,
 * client) do not sell. Identity owns tenants; commerce never reads its tables.
 */
import { AppError, DomainError, ErrorCode, callPeer } from '@webwaka/kit';
import type { ServiceContext } from './context';

export interface SellingTenant {
  id: string;
  slug: string;
  name: string;
  kind: string;
  currency: string;
  /** The tenant's own domain, once identity has it as the tenant's (payment return URLs may go there). */
  customDomain: string | null;
  channel: 'SVM' | 'MVM' | null;
}

const TTL_MS = 60_000;
const cache = new Map<string, { value: SellingTenant; expires: number }>();

export async function sellingTenant(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string): Promise<SellingTenant> {
  const hit = cache.get(tenantId);
  if (hit && hit.expires > Date.now()) return hit.value;
  const data = await callPeer<{ currentTenant: Omit<SellingTenant, 'channel'> | null }>(
    ctx.peers,
    'identity',
    'query { currentTenant { id slug name kind currency customDomain } }',
    {},
    { tenantId, service: 'commerce', scopes: [], requestId: ctx.requestId },
  );
  if (!data.currentTenant) throw new AppError(ErrorCode.TENANT_NOT_FOUND, 'Unknown tenant');
  const t = data.currentTenant;
  const value: SellingTenant = { ...t, channel: t.kind === 'STORE' ? 'SVM' : t.kind === 'MARKETPLACE' ? 'MVM' : null };
  cache.set(tenantId, { value, expires: Date.now() + TTL_MS });
  return value;
}

/** The tenant's channel; BAD_USER_INPUT for tenants that do not sell (a partner, the platform). */
export async function salesChannel(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string): Promise<SellingTenant & { channel: 'SVM' | 'MVM' }> {
  const t = await sellingTenant(ctx, tenantId);
  if (!t.channel) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${t.name} does not sell: carts and orders belong to stores and marketplaces`);
  return t as SellingTenant & { channel: 'SVM' | 'MVM' };
}
