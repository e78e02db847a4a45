import { b64url, hmacSha256, safeEqual } from './crypto';

/** Roles a membership can grant, in one tenant. */
export const ROLES = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'CUSTOMER'] as const;
export type RoleName = (typeof ROLES)[number];
export const ADMIN_ROLES: readonly RoleName[] = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'];

/**
 * Who is making a request, as established by the gateway. Subgraphs trust it only when it arrives in the
 * signed actor header (they refuse unsigned calls), so nobody can reach a subgraph around the gateway.
 */
export interface Actor {
  /** `service`: one subgraph calling another (kit/src/peers.ts), with the scopes it needs and nothing else. */
  kind: 'anonymous' | 'user' | 'apiKey' | 'service';
  /** The tenant this request acts in: the session's tenant, the API key's, or the storefront's. */
  tenantId: string | null;
  userId: string | null;
  roles: RoleName[];
  /** API-key scopes (e.g. `audit:read`); users act through roles instead. */
  scopes: string[];
  apiKeyId: string | null;
  sessionId: string | null;
  mfa: boolean;
}

export const anonymousActor = (tenantId: string | null = null): Actor => ({
  kind: 'anonymous',
  tenantId,
  userId: null,
  roles: [],
  scopes: [],
  apiKeyId: null,
  sessionId: null,
  mfa: false,
});

/**
 * Scopes an API key may carry. Each capability adds its own as it lands; operations name the scope they
 * accept beside the roles they allow.
 */
export const API_SCOPES = [
  'identity:read',
  'audit:read',
  'catalog:read',
  'catalog:write',
  'inventory:read',
  'inventory:write',
  'commerce:read',
  'commerce:write',
  'ledger:read',
  'mlas:read',
  'mlas:write',
  'transport:read',
  'transport:write',
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const ACTOR_HEADER = 'x-webwaka-actor';
export const REQUEST_ID_HEADER = 'x-request-id';
/** Signed headers older than this are refused, which bounds the replay window of a leaked header. */
const MAX_AGE_SECONDS = 120;

interface SignedEnvelope {
  actor: Actor;
  rid: string;
  /** The end client's address as the gateway saw it (for the audit log and rate limits). */
  ip: string | null;
  iat: number;
}

export interface VerifiedCall {
  actor: Actor;
  requestId: string;
  ip: string | null;
}

export function signActorHeader(actor: Actor, requestId: string, secret: string, ip: string | null = null, now = Date.now()): string {
  const body = b64url(JSON.stringify({ actor, rid: requestId, ip, iat: Math.floor(now / 1000) } satisfies SignedEnvelope));
  return `${body}.${b64url(hmacSha256(secret, body))}`;
}

/** Returns the actor and request id, or null when the header is missing, forged, malformed or stale. */
export function verifyActorHeader(value: string | undefined | null, secret: string, now = Date.now()): VerifiedCall | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 1) return null;
  const body = value.slice(0, dot);
  if (!safeEqual(value.slice(dot + 1), b64url(hmacSha256(secret, body)))) return null;
  try {
    const env = JSON.parse(Buffer.from(body, 'base64url').toString()) as SignedEnvelope;
    if (Math.abs(now / 1000 - env.iat) > MAX_AGE_SECONDS) return null;
    return { actor: env.actor, requestId: env.rid, ip: env.ip ?? null };
  } catch {
    return null;
  }
}
