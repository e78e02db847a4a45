import { gatewayRequest } from './gateway';
import { RefreshSessionMutation } from './operations';
import type { Session } from './session-cookies';

export type RefreshOutcome =
  | { kind: 'renewed'; session: Session }
  /** The gateway refused the token (expired, revoked, reused): the session is over. */
  | { kind: 'ended'; code: string }
  /** The gateway could not be asked; keep the cookies and try again on the next request. */
  | { kind: 'unavailable' }
  /**
   * The token was just renewed for another browser (its binding cookie differs or is missing): this
   * request gets nothing, and the cookies are left alone (decision 0023).
   */
  | { kind: 'refused' };

// Refresh tokens rotate and a token presented twice ends the whole session (reuse detection), so
// requests that arrive together with the same expired session must share one refresh. Results are kept
// briefly for requests still carrying the old cookie — but only for the browser the session belongs to:
// each sign-in sets a random binding cookie beside the tokens (session-cookies.ts), and a request must
// carry the same one to share the renewal, so an old refresh token replayed from elsewhere within the
// grace gets no tokens (decision 0023). (Per process: several storefront replicas would need sticky
// sessions or a shared store for this.)
const inFlight = new Map<string, { binding: string | null; outcome: Promise<RefreshOutcome> }>();
const KEEP_RESULT_MS = 30_000;

async function refresh(slug: string, refreshToken: string, forwardedFor: string | null): Promise<RefreshOutcome> {
  try {
    const result = await gatewayRequest(RefreshSessionMutation, { refreshToken }, { tenant: slug, forwardedFor });
    const payload = result.data?.refreshSession;
    if (payload?.session) return { kind: 'renewed', session: payload.session };
    const code = payload?.userErrors[0]?.code ?? result.errors[0]?.extensions?.code;
    // A GraphQL error without a payload (rate limit, outage behind the gateway) is not the end of the session.
    if (!payload) return { kind: 'unavailable' };
    return { kind: 'ended', code: typeof code === 'string' ? code : 'UNKNOWN' };
  } catch {
    return { kind: 'unavailable' };
  }
}

/**
 * Exchange a refresh token for a new session, at most once per token in this process. `binding` is the
 * request's session-binding cookie: a request sharing another's renewal must carry the same one.
 */
export function refreshOnce(slug: string, refreshToken: string, forwardedFor: string | null, binding: string | null): Promise<RefreshOutcome> {
  const key = `${slug}\u0000${refreshToken}`;
  const pending = inFlight.get(key);
  if (pending) return pending.binding !== null && pending.binding === binding ? pending.outcome : Promise.resolve({ kind: 'refused' });
  const outcome = refresh(slug, refreshToken, forwardedFor);
  inFlight.set(key, { binding, outcome });
  void outcome.then((o) => {
    if (o.kind === 'unavailable') inFlight.delete(key);
    else setTimeout(() => inFlight.delete(key), KEEP_RESULT_MS).unref?.();
  });
  return outcome;
}
