/**
 * Publishing in a marketplace lists the product (decision 0026). A marketplace sells listed products only
 * (checkout refuses others as NOT_LISTED), so a vendor's product that goes ACTIVE there gets its listing in
 * the same transaction, at the default rate: the vendor's negotiated commission, else the marketplace's
 * default. A product that already has a listing keeps it as it is: a manager who unlisted it, or set
 * another rate, decided so on purpose.
 *
 * Whether the tenant is a marketplace is identity's to say (tenant kinds live there): asked once per
 * tenant over a peer call and remembered, since a tenant's kind never changes.
 */
import { callPeer, logger, uuidv7, type Peers } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { getCatalogSettings } from './settings';

const kinds = new Map<string, Promise<string | null>>();

/** Whether the request's tenant is a marketplace; null when it cannot tell (no peers: seeders and unit tests). */
export async function isMarketplace(ctx: Pick<ServiceContext, 'tenantId' | 'requestId'> & { peers?: Peers }): Promise<boolean | null> {
  const tenantId = ctx.tenantId;
  if (!tenantId || !ctx.peers) return null;
  let kind = kinds.get(tenantId);
  if (!kind) {
    kind = callPeer<{ currentTenant: { kind: string } | null }>(ctx.peers, 'identity', '{ currentTenant { kind } }', {}, { tenantId, service: 'catalog', scopes: [], requestId: ctx.requestId }).then(
      (d) => d.currentTenant?.kind ?? null,
    );
    kinds.set(tenantId, kind);
    // A failed lookup is not remembered.
    kind.catch(() => kinds.delete(tenantId));
  }
  return (await kind) === 'MARKETPLACE';
}

/** Inside the publishing transaction: lists the product at the default rate unless it has a listing already. */
export async function listOnPublish(tx: Tx, tenantId: string, product: { id: string; vendorId: string }): Promise<void> {
  if (await tx.marketplaceListing.findUnique({ where: { tenantId_productId: { tenantId, productId: product.id } }, select: { id: true } })) return;
  const vendor = await tx.vendor.findUniqueOrThrow({ where: { id: product.vendorId } });
  if (vendor.status !== 'APPROVED') return;
  const commissionBps = vendor.commissionBps ?? (await getCatalogSettings({ prisma: tx as never }, tenantId)).defaultCommissionBps;
  // skipDuplicates: a concurrent publish of the same product listed it first; that listing stands.
  await tx.marketplaceListing.createMany({ data: [{ id: uuidv7(), tenantId, productId: product.id, vendorId: vendor.id, commissionBps, active: true }], skipDuplicates: true });
  logger.debug('catalog: product listed on publish', { tenantId, productId: product.id, commissionBps });
}
