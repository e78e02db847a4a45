import 'server-only';
import { redirect } from 'next/navigation';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { ShopExportMyDataQuery } from './operations';
import { shopperToken, shopRequest } from './shopper';

/**
 * `GET <store>/account/export`: the signed-in customer's data as a JSON download (identity's
 * `exportMyData`, the GDPR/NDPR portability export). Signed out: to sign-in and back here.
 */
export async function exportMyData(kind: StorefrontKind, slug: string): Promise<Response> {
  if (!SLUG_PATTERN.test(slug)) redirect('/');
  const base = await storeBase(kind, slug);
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(`${base}/account`)}`);
  const result = await shopRequest(slug, ShopExportMyDataQuery, {});
  if (!result.data) {
    const code = result.errors[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'TOKEN_INVALID') redirect(`${base}/sign-in?next=${encodeURIComponent(`${base}/account`)}`);
    return new Response(JSON.stringify({ error: 'export unavailable' }), { status: 503, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(result.data.exportMyData, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="my-data-${slug}-${day}.json"`,
      'cache-control': 'private, no-store',
    },
  });
}
