/**
 * Marketplace listings (MVM): a vendor's product offered in the marketplace, with the commission the
 * marketplace takes. The commission is the marketplace's to set: a vendor lists its own products at the
 * default (the vendor's negotiated rate, else the tenant's default); only managers name a rate.
 */
import { DomainError, ErrorCode, uuidv7 } from '@webwaka/kit';
import type { MarketplaceListing as ListingRow } from '@webwaka/kit/src/generated/prisma/client';
import { commissionBps, requireTenant, writerAccess } from './access';
import type { ServiceContext } from './context';
import { productForWrite } from './products';
import { getCatalogSettings } from './settings';

export type { ListingRow };

/** Lists a product (again): creates the listing, or re-activates it and updates the rate when one is given. */
export async function listProductInMarketplace(ctx: ServiceContext, productId: string, rate?: number | null): Promise<ListingRow> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const explicit = rate === undefined || rate === null ? null : commissionBps(rate, 'commissionBps');
  if (explicit !== null && access.kind === 'vendor') throw new DomainError(ErrorCode.FORBIDDEN, 'The marketplace sets the commission, not the vendor', ['commissionBps']);
  const product = await productForWrite(ctx, access, productId, 'productId');
  if (product.status === 'ARCHIVED') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'An archived product cannot be listed', ['productId']);
  const vendor = await ctx.prisma.vendor.findUniqueOrThrow({ where: { id: product.vendorId } });
  if (vendor.status !== 'APPROVED') throw new DomainError(ErrorCode.BAD_USER_INPUT, `The vendor is ${vendor.status.toLowerCase()}; only approved vendors are listed`, ['productId']);
  const fallback = vendor.commissionBps ?? (await getCatalogSettings(ctx, tenantId)).defaultCommissionBps;
  return ctx.prisma.marketplaceListing.upsert({
    where: { tenantId_productId: { tenantId, productId: product.id } },
    create: { id: uuidv7(), tenantId, productId: product.id, vendorId: vendor.id, commissionBps: explicit ?? fallback, active: true },
    update: { active: true, ...(explicit !== null ? { commissionBps: explicit } : {}) },
  });
}
