/**
 * Where a selling tenant sits in the tenant tree, from identity (MLAS never reads identity's tables): the
 * tenant itself (the CLIENT beneficiary and its storefront link), the nearest PARTNER above it and the
 * PLATFORM at the root. Asked through a peer call as a service actor with `identity:read`, and cached per
 * tenant for a few minutes (the tree changes rarely; a moved tenant is picked up when its entry expires).
 * Never called inside a transaction.
 */
import { AppError, ErrorCode, callPeer, type Peers } from '@webwaka/kit';

export interface Ancestry {
  tenant: { id: string; slug: string; kind: string };
  partnerId: string | null;
  platformId: string;
}

const TTL_MS = Number(process.env.MLAS_ANCESTRY_TTL_MS ?? 5 * 60_000);
const cache = new Map<string, { value: Ancestry; expiresAt: number }>();

const QUERY = 'query MlasTenantAncestry { tenantAncestry { id kind slug } }';

export async function tenantAncestry(peers: Peers, tenantId: string, requestId?: string): Promise<Ancestry> {
  const hit = cache.get(tenantId);
  if (hit && hit.expiresAt > Date.now()) return hit.value;
  const data = await callPeer<{ tenantAncestry: { id: string; kind: string; slug: string }[] }>(peers, 'identity', QUERY, {}, {
    tenantId,
    service: 'mlas',
    scopes: ['identity:read'],
    requestId,
  });
  const chain = data.tenantAncestry;
  const root = chain[chain.length - 1];
  if (!chain.length || chain[0].id !== tenantId || root.kind !== 'PLATFORM') {
    throw new AppError(ErrorCode.PEER_UNAVAILABLE, `identity returned no usable ancestry for tenant ${tenantId}`);
  }
  const value: Ancestry = {
    tenant: chain[0],
    partnerId: chain.find((t) => t.kind === 'PARTNER')?.id ?? null,
    platformId: root.id,
  };
  cache.set(tenantId, { value, expiresAt: Date.now() + TTL_MS });
  return value;
}
