import { createHash } from 'node:crypto';
import { b64url, hmacSha256, safeEqual } from './crypto';

/** Roles a membership can grant, in one tenant. */
export const ROLES = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'] as const;
export type RoleName = (typeof ROLES)[number];
export const ADMIN_ROLES: readonly RoleName[] = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'];

/**
 * Who is making a request, as established by the gateway. Subgraphs trust it only when it arrives in the
 * signed actor header (they refuse unsigned calls), so nobody can reach a subgraph around the gateway.
 */
export interface Actor {
  /** `service`: one subgraph calling another (kit `callPeer`), with the scopes it needs and nothing else. */
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

export const ACTOR_HEADER = 'x-webwaka-actor';
export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * Signed headers older than this are refused. With the audience and body binding below, a leaked header
 * is good only for the very same request to the very same subgraph, and only this long (decision 0023).
 */
const MAX_AGE_SECONDS = 30;

interface SignedEnvelope {
  actor: Actor;
  rid: string;
  /** The end client's address as the gateway saw it (for the audit log and rate limits). */
  ip: string | null;
  iat: number;
  /** The subgraph the call is for (its name): another subgraph refuses the header. */
  aud: string;
  /** SHA-256 (base64url) of the exact request body bytes: another body is refused. */
  bh: string;
}

export interface VerifiedCall {
  actor: Actor;
  requestId: string;
  ip: string | null;
}

/** What a signed header is bound to: the callee subgraph and the exact bytes of the body sent with it. */
export interface ActorBinding {
  audience: string;
  body: string | Uint8Array;
  ip?: string | null;
  now?: number;
}

export const bodyHash = (body: string | Uint8Array) => createHash('sha256').update(body).digest('base64url');

export function signActorHeader(actor: Actor, requestId: string, secret: string, bind: ActorBinding): string {
  const env: SignedEnvelope = {
    actor,
    rid: requestId,
    ip: bind.ip ?? null,
    iat: Math.floor((bind.now ?? Date.now()) / 1000),
    aud: bind.audience,
    bh: bodyHash(bind.body),
  };
  const body = b64url(JSON.stringify(env));
  return `${body}.${b64url(hmacSha256(secret, body))}`;
}

/** The headers of a signed call to subgraph `audience` whose body is exactly `body`. */
export const signedCallHeaders = (actor: Actor, requestId: string, secret: string, bind: ActorBinding): Record<string, string> => ({
  [ACTOR_HEADER]: signActorHeader(actor, requestId, secret, bind),
  [REQUEST_ID_HEADER]: requestId,
});

/**
 * Returns the actor and request id, or null when the header is missing, forged, malformed, stale, for
 * another subgraph than `expected.audience`, or for another body than `expected.body`.
 */
export function verifyActorHeader(value: string | undefined | null, secret: string, expected: { audience: string; body: string | Uint8Array }, now = Date.now()): VerifiedCall | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 1) return null;
  const body = value.slice(0, dot);
  if (!safeEqual(value.slice(dot + 1), b64url(hmacSha256(secret, body)))) return null;
  try {
    const env = JSON.parse(Buffer.from(body, 'base64url').toString()) as SignedEnvelope;
    if (Math.abs(now / 1000 - env.iat) > MAX_AGE_SECONDS) return null;
    if (typeof env.aud !== 'string' || env.aud !== expected.audience) return null;
    if (typeof env.bh !== 'string' || !safeEqual(env.bh, bodyHash(expected.body))) return null;
    return { actor: env.actor, requestId: env.rid, ip: env.ip ?? null };
  } catch {
    return null;
  }
}
