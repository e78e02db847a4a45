/**
 * What the bot reads of the shop: categories and products from catalog (a peer call as commerce with
 * `catalog:read`: active products only), prices from catalog's checkout quote, as a cart shows them.
 */
import { callPeer, formatMoney } from '@webwaka/kit';
import type { ServiceContext } from '../context';
import { quoteLines } from '../peers';

type Ctx = Pick<ServiceContext, 'peers' | 'requestId'>;

export interface ShopProduct {
  id: string;
  title: string;
  status: string;
  imageUrl: string | null;
  variants: { id: string; title: string }[];
}

const PRODUCT_FIELDS = 'id title status media { url } variants { id title }';
const toProduct = (p: { id: string; title: string; status: string; media: { url: string }[]; variants: { id: string; title: string }[] }): ShopProduct => ({
  id: p.id,
  title: p.title,
  status: p.status,
  imageUrl: p.media[0]?.url ?? null,
  variants: p.variants,
});

const read = <T>(ctx: Ctx, tenantId: string, query: string, variables: Record<string, unknown> = {}) =>
  callPeer<T>(ctx.peers, 'catalog', query, variables, { tenantId, service: 'commerce', scopes: ['catalog:read'], requestId: ctx.requestId });

export async function topCategories(ctx: Ctx, tenantId: string): Promise<{ id: string; name: string }[]> {
  return (await read<{ categories: { id: string; name: string }[] }>(ctx, tenantId, 'query { categories { id name } }')).categories.slice(0, 10);
}

export async function productsInCategory(ctx: Ctx, tenantId: string, categoryId: string): Promise<ShopProduct[]> {
  const data = await read<{ products: { edges: { node: Parameters<typeof toProduct>[0] }[] } }>(
    ctx,
    tenantId,
    `query ($c: ID!) { products(categoryId: $c, status: ACTIVE, first: 10) { edges { node { ${PRODUCT_FIELDS} } } } }`,
    { c: categoryId },
  );
  return data.products.edges.map((e) => toProduct(e.node));
}

export async function searchShop(ctx: Ctx, tenantId: string, query: string): Promise<ShopProduct[]> {
  const data = await read<{ searchProducts: { edges: { node: Parameters<typeof toProduct>[0] }[] } }>(
    ctx,
    tenantId,
    `query ($q: String!) { searchProducts(query: $q, first: 10) { edges { node { ${PRODUCT_FIELDS} } } } }`,
    { q: query.slice(0, 100) },
  );
  return data.searchProducts.edges.map((e) => toProduct(e.node)).filter((p) => p.status === 'ACTIVE');
}

export async function productById(ctx: Ctx, tenantId: string, id: string): Promise<ShopProduct | null> {
  const data = await read<{ productById: Parameters<typeof toProduct>[0] | null }>(ctx, tenantId, `query ($id: ID!) { productById(id: $id) { ${PRODUCT_FIELDS} } }`, { id });
  return data.productById && data.productById.status === 'ACTIVE' ? toProduct(data.productById) : null;
}

export interface PricedLine {
  variantId: string;
  quantity: number;
  title: string;
  sellable: boolean;
  reason: string | null;
  total: bigint;
}

/** Each line's price now (with tax, as the shop shows it); unsellable lines priced 0 with the reason. */
export async function priceLines(ctx: Ctx, tenantId: string, channel: 'SVM' | 'MVM', currency: string, lines: { variantId: string; quantity: number }[]): Promise<PricedLine[]> {
  if (lines.length === 0) return [];
  const quoted = await quoteLines(ctx, tenantId, channel, currency, lines);
  return quoted.map((q) => ({ variantId: q.variantId, quantity: q.quantity, title: q.title ?? q.sku ?? 'Item', sellable: q.sellable, reason: q.reason, total: q.sellable && q.totalInclTax ? BigInt(q.totalInclTax) : 0n }));
}

export const money = (amount: bigint, currency: string) => formatMoney({ amount, currency });
