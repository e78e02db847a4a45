import { cookies } from 'next/headers';
import { clientIpProof, CLIENT_IP_HEADER } from '../client-ip';
import { gatewayUrl } from '../config';
import { forwardedFor } from '../request';
import { accessCookieName } from '../session-cookies';
import { SLUG_PATTERN } from '../slug';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE = /^(320|640|1280)\.(avif|webp|jpg)$/;
const PRIVATE = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };

/**
 * A private photo (a return photo, decision 0065; an expense receipt, decision 0082) on the back office's
 * host: `GET <gatewayPath>/<id>/<file>` from the gateway as the signed-in user (their session cookie); the
 * owning subgraph decides who sees it. Passed on private and uncached; anything else is a 404.
 */
export async function privatePhoto(tenant: string, gatewayPath: string, id: string, file: string): Promise<Response> {
  const token = SLUG_PATTERN.test(tenant) ? (await cookies()).get(accessCookieName(tenant))?.value : undefined;
  if (!token || !ID.test(id) || !FILE.test(file)) return new Response(null, { status: 404, headers: PRIVATE });
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  const ip = await forwardedFor();
  const proof = ip ? clientIpProof(ip) : null;
  if (proof) headers[CLIENT_IP_HEADER] = proof;
  const upstream = await fetch(`${gatewayUrl().replace(/\/graphql$/, '')}${gatewayPath}/${id}/${file}`, { headers, signal: AbortSignal.timeout(15_000) }).catch(() => null);
  if (!upstream) return new Response(null, { status: 502, headers: PRIVATE });
  if (!upstream.ok) return new Response(null, { status: upstream.status === 401 ? 401 : 404, headers: PRIVATE });
  return new Response(upstream.body, { status: 200, headers: { ...PRIVATE, 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' } });
}
