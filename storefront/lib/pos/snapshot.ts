import 'server-only';
import { gatewayRequest, type GatewayGraphQLError } from '../gateway';
import { PosCatalogueQuery, PosCouponsQuery, PosLocationsQuery, PosStockQuery, PosTillQuery } from './operations';
import type { TillCoupon, TillItem, TillSnapshot } from './till';

// The till's snapshot, put together by its route handler (app/pos/[tenant]/api/till) with the device key:
// the device and its cashiers, settings, tax and open session (posTill), the tenant's ACTIVE products with
// their variants' POS prices (catalog), and what is on hand at the till's location (inventory), every page.

/** A refusal the till should show (the device key refused, the gateway down...), by stable code. */
export class SnapshotError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const MAX_PAGES = 200;

function firstCode(errors: GatewayGraphQLError[]): string {
  return String(errors[0]?.extensions?.code ?? 'UNKNOWN');
}

export async function tillSnapshot(tenant: string, apiKey: string): Promise<TillSnapshot> {
  const options = { tenant, apiKey };
  const till = await gatewayRequest(PosTillQuery, {}, options);
  const t = till.data?.posTill;
  if (!t) throw new SnapshotError(till.errors.length ? firstCode(till.errors) : 'NOT_PAIRED');
  const currency = till.data?.currentTenant?.currency ?? 'NGN';
  const locations = await gatewayRequest(PosLocationsQuery, {}, options).catch(() => null);
  const locationName = locations?.data?.locations.edges.find((e) => e.node.id === t.device.locationId)?.node.name ?? '';

  const items: TillItem[] = [];
  const priceContext = { currency, channel: 'POS' as const };
  const products = (after: string | null) => gatewayRequest(PosCatalogueQuery, { after, priceContext }, options);
  const stock = (after: string | null) => gatewayRequest(PosStockQuery, { locationId: t.device.locationId, after }, options).catch(() => null);
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const r: Awaited<ReturnType<typeof products>> = await products(after);
    if (!r.data) throw new SnapshotError(firstCode(r.errors));
    for (const { node } of r.data.products.edges) {
      for (const v of node.variants) {
        if (!v.price) continue;
        const named = node.variants.length > 1 && v.title && v.title !== node.title;
        items.push({
          variantId: v.id,
          productId: node.id,
          categoryId: node.category?.id ?? null,
          vendorId: node.vendor?.id ?? null,
          title: named ? `${node.title} – ${v.title}` : node.title,
          sku: v.sku,
          barcode: v.barcode ?? null,
          unitPrice: v.price.unit.amount,
          taxInclusive: v.price.taxInclusive,
          taxRateBps: v.price.taxRateBps,
          stock: null,
        });
      }
    }
    if (!r.data.products.pageInfo.hasNextPage) break;
    after = r.data.products.pageInfo.endCursor ?? null;
  }

  // Stock is a convenience on the till (a sale is never refused for it): a failure leaves it unknown.
  const onHand = new Map<string, number>();
  after = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const r: Awaited<ReturnType<typeof stock>> = await stock(after);
    if (!r?.data) break;
    for (const { node } of r.data.stockLevels.edges) onHand.set(node.variantId, node.onHand);
    if (!r.data.stockLevels.pageInfo.hasNextPage) break;
    after = r.data.stockLevels.pageInfo.endCursor ?? null;
  }
  for (const item of items) item.stock = onHand.get(item.variantId) ?? null;

  // Coupons too are an extra (decision 0071): a failure leaves the till without them, selling goes on.
  const couponsAnswer = await gatewayRequest(PosCouponsQuery, {}, options).catch(() => null);
  const coupons: TillCoupon[] = (couponsAnswer?.data?.posCoupons ?? []).map((c) => ({
    id: c.id,
    codeHash: c.codeHash,
    kind: c.kind,
    percentBps: c.percentBps ?? null,
    amount: c.amount ?? null,
    currency: c.currency,
    minimumSpend: c.minimumSpend ?? null,
    productIds: c.productIds,
    categoryIds: c.categoryIds,
    vendorIds: c.vendorIds,
    startsAt: c.startsAt ?? null,
    endsAt: c.endsAt ?? null,
  }));

  return {
    fetchedAt: new Date().toISOString(),
    coupons,
    device: { id: t.device.id, name: t.device.name, receiptPrefix: t.receiptPrefix, locationId: t.device.locationId, locationName },
    currency,
    // The shop's tax mode as its POS prices are quoted (each item keeps its own quote's).
    taxInclusive: items[0]?.taxInclusive ?? true,
    taxRateBps: items[0]?.taxRateBps ?? 0,
    cashiers: t.cashiers.map((c) => ({ id: c.id, name: c.name, role: c.role, discountLimitBps: c.discountLimitBps, pinSalt: c.pinSalt, pinHash: c.pinHash })),
    settings: { receiptHeader: t.settings.receiptHeader ?? '', receiptFooter: t.settings.receiptFooter ?? '', vatNumber: t.settings.vatNumber ?? '' },
    openSession: t.openSession ? { id: t.openSession.id, openedAt: t.openSession.openedAt, openingFloat: t.openSession.openingFloat.amount } : null,
    nextSequence: t.nextSequence,
    items,
  };
}
