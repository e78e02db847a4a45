import { resolveTxt as dnsResolveTxt } from 'node:dns/promises';
import { DomainError, ErrorCode, isUniqueViolation, randomToken, requireTenant, uuidv7 } from '@webwaka/kit';
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

/**
 * How identity looks at the outside world: replaced in tests (fake DNS, fake web server); nothing else
 * should touch it.
 */
export const domainProbes: {
  resolveTxt: (name: string) => Promise<string[][]>;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
} = {
  resolveTxt: dnsResolveTxt,
  fetch: (url, init) => fetch(url, init),
};

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
 * fetch another site's URL for it).
 */
export async function checkHttp(domain: string, token: string): Promise<string | null> {
  let url = `http://${domain}${HTTP_PATH}${encodeURIComponent(token)}`;
  const signal = AbortSignal.timeout(HTTP_TIMEOUT_MS);
  try {
    for (let hop = 0; hop <= HTTP_MAX_REDIRECTS; hop++) {
      const res = await domainProbes.fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/plain' } });
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
    return `HTTP token: ${url} could not be fetched (${(e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message})`;
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
