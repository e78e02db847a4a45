import { lookup as dnsLookup, resolveTxt as dnsResolveTxt } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Readable } from 'node:stream';
import { DomainError, ErrorCode, isPublicAddress, isUniqueViolation, randomToken, requireTenant, uuidv7 } from '@webwaka/kit';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';

/**
 * Custom domains with proof of ownership (decision 0022). A tenant claims a host name and gets a token; the
 * domain goes live (Tenant.customDomain, which the gateway and the storefront resolve) only once the token
 * is found in a DNS TXT record or behind an HTTP URL on that host. Pending claims route nowhere and do not
 * stop another tenant claiming the same name: only a verified domain is unique.
 */

const DOMAIN_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** A tenant's claims, pending and verified: enough for a shop and its aliases, not a way to squat on names. */
export const MAX_DOMAINS_PER_TENANT = 10;
/** The DNS name whose TXT record carries the token: `_webwaka-challenge.<domain>`. */
export const TXT_PREFIX = '_webwaka-challenge';
/** The URL path under which the HTTP token is served: `http://<domain>/.well-known/webwaka-challenge/<token>`. */
export const HTTP_PATH = '/.well-known/webwaka-challenge/';
export const HTTP_TIMEOUT_MS = 5_000;
/** The token is ~50 characters; anything much bigger is not our file. */
export const HTTP_MAX_BODY_BYTES = 1_024;
const HTTP_MAX_REDIRECTS = 3;

/** Which addresses identity connects to for a tenant's domain (protocol's, shared with web push). */
export { isPublicAddress };

/**
 * How identity looks at the outside world: replaced in tests (fake DNS, fake web server); nothing else
 * should touch it. `fetch` is given the address `resolveHost` answered and already checked (decision 0030):
 * it must connect there and nowhere else, sending the domain only as the Host header (and TLS name).
 */
export const domainProbes: {
  resolveTxt: (name: string) => Promise<string[][]>;
  resolveHost: (host: string) => Promise<string[]>;
  fetch: (url: string, init: RequestInit, address: string) => Promise<Response>;
} = {
  resolveTxt: dnsResolveTxt,
  resolveHost: async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address),
  fetch: (url, init, address) => fetchPinned(url, init, address),
};

/**
 * Development and tests only: DOMAIN_VERIFY_ALLOW_PRIVATE=1 lets the HTTP check reach a domain that resolves
 * to a local address (a web server on this machine). Ignored unless NODE_ENV is test or development, so a
 * production process given it by mistake still refuses.
 */
export const privateAddressesAllowed = (env: NodeJS.ProcessEnv = process.env) =>
  env.DOMAIN_VERIFY_ALLOW_PRIVATE === '1' && (env.NODE_ENV === 'test' || env.NODE_ENV === 'development');

/** The reason kept on the claim when the domain points inside: stable, and naming no address. */
export const NOT_PUBLIC_REASON = 'HTTP token: the domain resolves to a private or reserved address (DOMAIN_ADDRESS_NOT_PUBLIC); identity does not connect there';

/**
 * One HTTP(S) request to `address` (an IP identity resolved and checked), for `url`'s host: the domain goes
 * only into the Host header and the TLS server name (certificates are still checked against the domain),
 * so a DNS answer that changes after the check (rebinding) is never consulted. No connection reuse.
 */
function fetchPinned(url: string, init: RequestInit, address: string): Promise<Response> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const request = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address,
        family: isIP(address),
        port: target.port || (secure ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { ...(init.headers as Record<string, string>), host: target.host },
        servername: secure ? target.hostname : undefined,
        signal: init.signal ?? undefined,
        agent: false,
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        // Statuses a Response cannot carry, or carry with a body, are passed on without one.
        if (status < 200 || status > 599 || [204, 205, 304].includes(status)) {
          res.destroy();
          resolve(new Response(null, { status: status < 200 || status > 599 ? 502 : status, headers }));
          return;
        }
        resolve(new Response(Readable.toWeb(res) as ReadableStream<Uint8Array>, { status, headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * The one address the HTTP check may connect to for `domain`, or the reason there is none. Every address
 * the name has must be public (a name with one public and one private address could be answered either way
 * by a later lookup); the first is used for every request of this check.
 */
async function pinnedAddress(domain: string, signal: AbortSignal): Promise<{ address: string } | { reason: string }> {
  let addresses: string[];
  try {
    addresses = await Promise.race([
      domainProbes.resolveHost(domain),
      new Promise<never>((_, reject) => {
        if (signal.aborted) reject(Object.assign(new Error('timed out'), { code: 'ETIMEOUT' }));
        signal.addEventListener('abort', () => reject(Object.assign(new Error('timed out'), { code: 'ETIMEOUT' })), { once: true });
      }),
    ]);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { reason: `HTTP token: ${domain} has no address${code ? ` (${code})` : ''}` };
  }
  if (!addresses.length) return { reason: `HTTP token: ${domain} has no address` };
  if (!privateAddressesAllowed() && !addresses.every(isPublicAddress)) return { reason: NOT_PUBLIC_REASON };
  return { address: addresses[0] };
}

const hostOf = (url: string | undefined) => {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
};

/**
 * Host names that are the platform's own: no tenant may claim them or any name under them. Defaults plus
 * PLATFORM_HOSTS and STOREFRONT_PLATFORM_HOSTS (comma-separated) and the hosts of the public URLs.
 */
export function reservedHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = (v: string | undefined) => (v ?? '').split(',').map((h) => h.trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
  const urls = [env.STOREFRONT_PUBLIC_URL, env.PUBLIC_GATEWAY_URL, env.PUBLIC_API_URL, env.GATEWAY_PUBLIC_URL, env.STOREFRONT_URL, env.GATEWAY_URL].map(hostOf);
  return [...new Set(['localhost', '127.0.0.1', '::1', ...list(env.PLATFORM_HOSTS), ...list(env.STOREFRONT_PLATFORM_HOSTS), ...urls.filter((h): h is string => !!h)])];
}

export const isReservedHost = (domain: string, reserved = reservedHosts()) => reserved.some((r) => domain === r || domain.endsWith(`.${r}`));

/** `Shop.Example.NG.` → `shop.example.ng`, or BAD_USER_INPUT / DOMAIN_RESERVED. */
export function normalizeDomain(input: string): string {
  const domain = (input ?? '').trim().toLowerCase().replace(/\.$/, '');
  if (!DOMAIN_RE.test(domain)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a host name such as shop.example.ng', ['domain']);
  if (isReservedHost(domain)) throw new DomainError(ErrorCode.DOMAIN_RESERVED, 'That host belongs to the platform', ['domain']);
  return domain;
}

async function verifiedElsewhere(ctx: ServiceContext, tenantId: string, domain: string) {
  const owner = await ctx.prisma.tenant.findUnique({ where: { customDomain: domain }, select: { id: true } });
  return !!owner && owner.id !== tenantId;
}

const taken = () => new DomainError(ErrorCode.DOMAIN_TAKEN, 'Another organisation has proved it owns that domain', ['domain']);

/** The current tenant's claims, newest first. */
export function listDomains(ctx: ServiceContext) {
  return ctx.prisma.tenantDomain.findMany({ where: { tenantId: requireTenant(ctx) }, orderBy: { createdAt: 'desc' } });
}

/** Claims a domain for the current tenant: a pending claim with its token (claiming it again returns it). */
export async function addDomain(ctx: ServiceContext, input: string) {
  const tenantId = requireTenant(ctx);
  const domain = normalizeDomain(input);
  const existing = await ctx.prisma.tenantDomain.findUnique({ where: { tenantId_domain: { tenantId, domain } } });
  if (existing) return existing;
  if (await verifiedElsewhere(ctx, tenantId, domain)) throw taken();
  if ((await ctx.prisma.tenantDomain.count({ where: { tenantId } })) >= MAX_DOMAINS_PER_TENANT) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_DOMAINS_PER_TENANT} domains; remove one first`, ['domain']);
  }
  try {
    const claim = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.tenantDomain.create({ data: { id: uuidv7(), tenantId, domain, token: `webwaka-verify-${randomToken(24)}` } });
      await recordAudit(tx, ctx, { tenantId, type: 'tenant.domain_added', subjectId: created.id, data: { domain } });
      return created;
    });
    ctx.eventsRecorded();
    return claim;
  } catch (e) {
    // Two concurrent adds of one name by one tenant: the second finds the first.
    if (isUniqueViolation(e)) return ctx.prisma.tenantDomain.findUniqueOrThrow({ where: { tenantId_domain: { tenantId, domain } } });
    throw e;
  }
}

async function claimOf(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  // Scoped to the tenant: another tenant's claim id is "not found", never acted on.
  const claim = await ctx.prisma.tenantDomain.findFirst({ where: { id, tenantId } });
  if (!claim) throw new DomainError(ErrorCode.NOT_FOUND, 'No such domain', ['id']);
  return { tenantId, claim };
}

/** Looks for the token in `_webwaka-challenge.<domain>` TXT records; null when found, else why not. */
export async function checkDns(domain: string, token: string): Promise<string | null> {
  try {
    // The resolver retries on its own for longer than a person waits for "Verify": bound it like HTTP.
    const records = await Promise.race([
      domainProbes.resolveTxt(`${TXT_PREFIX}.${domain}`),
      new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEOUT' })), HTTP_TIMEOUT_MS).unref()),
    ]);
    // A long TXT value may be split into 255-byte strings; the record is their concatenation.
    if (records.some((chunks) => chunks.join('').trim() === token)) return null;
    return `TXT ${TXT_PREFIX}.${domain} does not contain the token`;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return `No TXT record at ${TXT_PREFIX}.${domain}${code ? ` (${code})` : ''}`;
  }
}

/**
 * Fetches `http://<domain>/.well-known/webwaka-challenge/<token>` and expects the token as the body. Short
 * timeout, small body, redirects followed only on the same host (a claimed name must not make identity
 * fetch another site's URL for it). The name is resolved once and every address checked before anything
 * is sent (decision 0030: a tenant's domain must not turn identity into a proxy to the platform's own
 * network or the cloud metadata service); all requests of the check then go to that one address.
 * The reasons name no address, and say nothing of what an unreachable host answered beyond its status.
 */
export async function checkHttp(domain: string, token: string): Promise<string | null> {
  let url = `http://${domain}${HTTP_PATH}${encodeURIComponent(token)}`;
  const signal = AbortSignal.timeout(HTTP_TIMEOUT_MS);
  const pinned = await pinnedAddress(domain, signal);
  if ('reason' in pinned) return pinned.reason;
  try {
    for (let hop = 0; hop <= HTTP_MAX_REDIRECTS; hop++) {
      const res = await domainProbes.fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/plain' } }, pinned.address);
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel();
        const next = res.headers.get('location');
        const target = next ? new URL(next, url) : null;
        if (!target || target.hostname.toLowerCase() !== domain || !/^https?:$/.test(target.protocol)) return `HTTP token: redirect away from ${domain} refused`;
        url = target.toString();
        continue;
      }
      if (res.status !== 200) {
        await res.body?.cancel();
        return `HTTP token: ${url} answered ${res.status}`;
      }
      const body = await readLimited(res, HTTP_MAX_BODY_BYTES);
      if (body === null) return `HTTP token: the answer is larger than ${HTTP_MAX_BODY_BYTES} bytes`;
      return body.trim() === token ? null : 'HTTP token: the page does not contain the token';
    }
    return 'HTTP token: too many redirects';
  } catch (e) {
    // The error's code only (ECONNREFUSED, ...): its message would carry the address and port.
    const code = (e as { code?: string }).code;
    return `HTTP token: ${url} could not be fetched (${signal.aborted || (e as Error).name === 'TimeoutError' ? 'timed out' : (code ?? 'failed')})`;
  }
}

/** The body as text, or null as soon as it passes `max` bytes (the rest is never read). */
async function readLimited(res: Response, max: number): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * "Verify": looks for the token by DNS, then by HTTP. Found: the domain becomes the tenant's live domain
 * (a previous live domain goes back to pending). Not found: the reasons are kept on the claim and the
 * answer is DOMAIN_NOT_VERIFIED.
 */
export async function verifyDomain(ctx: ServiceContext, id: string) {
  const { tenantId, claim } = await claimOf(ctx, id);
  if (await verifiedElsewhere(ctx, tenantId, claim.domain)) throw taken();
  const dnsError = await checkDns(claim.domain, claim.token);
  const httpError = dnsError ? await checkHttp(claim.domain, claim.token) : null;
  const now = new Date();
  if (dnsError && httpError) {
    const lastError = `${dnsError}; ${httpError}`.slice(0, 500);
    await ctx.prisma.$transaction(async (tx) => {
      await tx.tenantDomain.update({ where: { id: claim.id }, data: { lastCheckedAt: now, lastError } });
      await recordAudit(tx, ctx, { tenantId, type: 'tenant.domain_verification_failed', subjectId: claim.id, data: { domain: claim.domain } });
    });
    ctx.eventsRecorded();
    throw new DomainError(ErrorCode.DOMAIN_NOT_VERIFIED, lastError, ['id']);
  }
  try {
    const verified = await ctx.prisma.$transaction(async (tx) => {
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { customDomain: true } });
      if (tenant.customDomain && tenant.customDomain !== claim.domain) {
        await tx.tenantDomain.updateMany({ where: { tenantId, domain: tenant.customDomain }, data: { verifiedAt: null } });
      }
      // Tenant.customDomain is unique: if another tenant proved the same name a moment ago, this fails.
      await tx.tenant.update({ where: { id: tenantId }, data: { customDomain: claim.domain } });
      const updated = await tx.tenantDomain.update({ where: { id: claim.id }, data: { verifiedAt: now, lastCheckedAt: now, lastError: null } });
      await recordAudit(tx, ctx, {
        tenantId,
        type: 'tenant.domain_verified',
        subjectId: claim.id,
        data: { domain: claim.domain, method: dnsError ? 'http' : 'dns', replaced: tenant.customDomain && tenant.customDomain !== claim.domain ? tenant.customDomain : null },
      });
      return updated;
    });
    ctx.eventsRecorded();
    return verified;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}

/** Removes a claim; removing the live domain takes the tenant off it (caches forget it within a minute). */
export async function removeDomain(ctx: ServiceContext, id: string) {
  const { tenantId, claim } = await claimOf(ctx, id);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.tenantDomain.delete({ where: { id: claim.id } });
    await tx.tenant.updateMany({ where: { id: tenantId, customDomain: claim.domain }, data: { customDomain: null } });
    await recordAudit(tx, ctx, { tenantId, type: 'tenant.domain_removed', subjectId: claim.id, data: { domain: claim.domain, wasLive: !!claim.verifiedAt } });
  });
  ctx.eventsRecorded();
  return claim;
}
