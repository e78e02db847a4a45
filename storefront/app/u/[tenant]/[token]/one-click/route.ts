import { SLUG_PATTERN } from '../../../../../lib/slug';
import { unsubscribeByToken } from '../../../../../lib/shop/unsubscribe';

// The List-Unsubscribe address of a marketing e-mail (RFC 8058, decision 0066): a mail client's one-click
// POST (`List-Unsubscribe=One-Click`) unsubscribes at once, with no sign-in (the token is the proof) and
// no redirect; a GET (a client without one-click, a scanner, a link preview) only goes to the page that asks.

type Params = { params: Promise<{ tenant: string; token: string }> };

export async function POST(_request: Request, { params }: Params) {
  const { tenant, token } = await params;
  const outcome = SLUG_PATTERN.test(tenant) ? await unsubscribeByToken(tenant, token) : 'failed';
  const status = outcome === 'done' ? 200 : outcome === 'failed' ? 400 : 503;
  return new Response(outcome === 'done' ? 'Unsubscribed\n' : outcome === 'failed' ? 'This unsubscribe link is not valid\n' : 'Please try again later\n', {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...(status === 503 ? { 'retry-after': '60' } : {}) },
  });
}

export async function GET(request: Request, { params }: Params) {
  const { tenant, token } = await params;
  return new Response(null, { status: 303, headers: { location: new URL(`/u/${encodeURIComponent(tenant)}/${encodeURIComponent(token)}`, request.url).toString(), 'cache-control': 'no-store' } });
}
