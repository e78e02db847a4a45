import { NextResponse, type NextRequest } from 'next/server';
import type { AdminImportCategoriesQuery, AdminImportSkusQuery } from '../../../../../../../gql/graphql';
import type { GatewayResult } from '../../../../../../../lib/gateway';
import { adminBase } from '../../../../../../../lib/admin/access';
import {
  AdminImportCategoriesQuery as CategoriesDocument,
  AdminImportSkusQuery as SkusDocument,
} from '../../../../../../../lib/admin/product-import-operations';
import { MAX_FILE_BYTES, previewImport, type CatalogCategory, type ImportPreview } from '../../../../../../../lib/admin/product-import';
import { adminMutate, getViewer } from '../../../../../../../lib/admin/session';
import { t } from '../../../../../../../lib/messages';
import { SLUG_PATTERN } from '../../../../../../../lib/slug';

/** Pages of 100 products read to learn the store's SKUs (20,000 products); beyond, the API's SKU_TAKEN decides. */
const MAX_SKU_PAGES = 200;

// Categories three levels deep, as the product form reads them (a fourth exceeds the gateway's cost limit).
type CategoryNode = { id: string; slug: string; name: string; children?: CategoryNode[] };
const flatten = (nodes: readonly CategoryNode[]): CatalogCategory[] => nodes.flatMap((n) => [{ id: n.id, slug: n.slug, name: n.name }, ...flatten(n.children ?? [])]);

const answer = (preview: ImportPreview, status = 200) => NextResponse.json(preview, { status, headers: { 'cache-control': 'no-store' } });

/**
 * The preview of a CSV import: the file (the request body, up to 2 MB, more than a server action takes)
 * parsed and checked against the store's categories and SKUs, as the signed-in user sees them. Changes
 * nothing; the import itself runs through server actions.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  if (!SLUG_PATTERN.test(slug)) return new NextResponse('Not found', { status: 404 });
  const viewer = await getViewer(slug);
  if (viewer === 'expired' || !viewer) return answer({ ok: false, message: t('admin.import.sessionEnded') }, 401);
  if (!viewer.access.sections.includes('products')) return answer({ ok: false, message: t('admin.error.forbidden') }, 403);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) return answer({ ok: false, message: t('admin.import.csv.tooLarge') }, 413);
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_FILE_BYTES) return answer({ ok: false, message: t('admin.import.csv.tooLarge') }, 413);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return answer({ ok: false, message: t('admin.import.csv.notUtf8') }, 400);
  }

  const back = `${adminBase(slug)}/products/import`;
  const categories = await adminMutate(slug, back, CategoriesDocument, {});
  if (!categories.data) return answer({ ok: false, message: categories.errors[0]?.message ?? t('admin.error.failed') }, 502);
  const existingSkus = new Map<string, string>();
  let after: string | null = null;
  for (let page = 0; page < MAX_SKU_PAGES; page++) {
    const result: GatewayResult<AdminImportSkusQuery> = await adminMutate(slug, back, SkusDocument, { after });
    const products = result.data?.products;
    if (!products) return answer({ ok: false, message: result.errors[0]?.message ?? t('admin.error.failed') }, 502);
    for (const edge of products.edges) for (const variant of edge.node.variants) existingSkus.set(variant.sku, edge.node.id);
    if (!products.pageInfo.hasNextPage) break;
    after = products.pageInfo.endCursor ?? null;
  }
  return answer(previewImport(text, { categories: flatten((categories.data as AdminImportCategoriesQuery).categories), existingSkus }));
}
