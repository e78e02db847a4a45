import { MAX_PAGE_SIZE, isUuid, withUserErrors } from '@webwaka/kit';
import { ownVendor, readsEverything } from '../services/access';
import { listProductInMarketplace, type ListingRow } from '../services/listings';
import { CATALOG_BACKOFFICE_READERS } from './auth';
import { CATALOG_WRITERS, builder } from './builder';

export const MarketplaceListing = builder.prismaObject('MarketplaceListing', {
  description: "A vendor's product offered in the marketplace, with the marketplace's commission on it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    product: t.relation('product'),
    vendor: t.relation('vendor'),
    commissionBps: t.exposeInt('commissionBps', { description: 'Basis points: 1000 = 10%.' }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectField('Product', 'listing', (t) =>
  t.field({
    type: MarketplaceListing,
    nullable: true,
    authScopes: CATALOG_BACKOFFICE_READERS,
    description: "The product's marketplace listing (null when it has none: a marketplace sells listed products only). The back office, and a vendor for its own products.",
    resolve: async (product, _a, ctx) => {
      if (!readsEverything(ctx.actor) && (await ownVendor(ctx))?.id !== product.vendorId) return null;
      return ctx.prisma.marketplaceListing.findFirst({ where: { tenantId: ctx.tenantId!, productId: product.id } });
    },
  }),
);

builder.queryFields((t) => ({
  marketplaceListings: t.prismaConnection({
    type: 'MarketplaceListing',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: CATALOG_BACKOFFICE_READERS,
    description: "Listings, newest first: all of them for the back office, a vendor's own for a vendor.",
    args: { vendorId: t.arg.id(), active: t.arg.boolean() },
    resolve: async (query, _r, args, ctx) => {
      const tenantId = ctx.tenantId!;
      let vendorId = args.vendorId == null ? null : String(args.vendorId);
      if (vendorId !== null && !isUuid(vendorId)) return [];
      if (!readsEverything(ctx.actor)) {
        const own = await ownVendor(ctx);
        if (!own || (vendorId !== null && vendorId !== own.id)) return [];
        vendorId = own.id;
      }
      return ctx.prisma.marketplaceListing.findMany({
        ...query,
        where: { tenantId, ...(vendorId ? { vendorId } : {}), ...(args.active === undefined || args.active === null ? {} : { active: args.active }) },
        orderBy: { id: 'desc' },
      });
    },
  }),
}));

const ListingPayload = builder.payloadObject<{ listing: ListingRow }>('MarketplaceListingPayload', (t) => ({
  listing: t.field({ type: MarketplaceListing, nullable: true, resolve: (p) => p.listing ?? null }),
}));

builder.mutationFields((t) => ({
  listProductInMarketplace: t.field({
    type: ListingPayload,
    authScopes: CATALOG_WRITERS,
    description: "Offer a product in the marketplace. The commission defaults to the vendor's rate, else the marketplace default; only managers set one.",
    args: { productId: t.arg.id({ required: true }), commissionBps: t.arg.int() },
    resolve: (_r, { productId, commissionBps }, ctx) => withUserErrors(async () => ({ listing: await listProductInMarketplace(ctx, String(productId), commissionBps) })),
  }),
}));
