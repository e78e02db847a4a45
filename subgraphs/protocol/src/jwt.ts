import { AppError, ErrorCode } from './errors';
import { b64url, hmacSha256, randomToken, safeEqual } from './crypto';

/**
 * Compact HS256 JWTs (RFC 7519) for access tokens. Only HS256 is accepted, so an `alg: none` or an
 * algorithm-confusion token is refused before its signature is even looked at.
 */
export interface AccessTokenClaims {
  sub: string;
  /** Tenant the session was opened in. */
  tid: string;
  roles: string[];
  /** Whether the session passed the second factor. */
  mfa: boolean;
  /** Session (refresh-token family) id. */
  sid: string;
  /** Unique token id: two tokens issued in the same second still differ. */
  jti: string;
  typ: 'access';
  iat: number;
  exp: number;
}

const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: Omit<AccessTokenClaims, 'iat' | 'exp' | 'typ' | 'jti'>, secret: string, ttlSeconds: number, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const payload = b64url(JSON.stringify({ ...claims, typ: 'access', jti: randomToken(12), iat, exp: iat + ttlSeconds }));
  const sig = b64url(hmacSha256(secret, `${HEADER}.${payload}`));
  return `${HEADER}.${payload}.${sig}`;
}

export function verifyJwt(token: string, secret: string, now = Date.now()): AccessTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new AppError(ErrorCode.TOKEN_INVALID, 'Malformed access token');
  const [h, p, s] = parts;
  let header: { alg?: string };
  let claims: AccessTokenClaims;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString());
    claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  } catch {
    throw new AppError(ErrorCode.TOKEN_INVALID, 'Malformed access token');
  }
  if (header.alg !== 'HS256') throw new AppError(ErrorCode.TOKEN_INVALID, 'Unsupported token algorithm');
  if (!safeEqual(s, b64url(hmacSha256(secret, `${h}.${p}`)))) throw new AppError(ErrorCode.TOKEN_INVALID, 'Bad token signature');
  if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.tid !== 'string') {
    throw new AppError(ErrorCode.TOKEN_INVALID, 'Not an access token');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) throw new AppError(ErrorCode.TOKEN_EXPIRED, 'Access token expired');
  return claims;
}
