// FALLBACK ONLY (STOREFRONT_FAKE_GATEWAY=1): a tiny stand-in for the gateway that answers the three
// operations the storefront sends today, so the browser test can run before the real stack exists.
// The default path of the browser test uses test/support/stack.ts (real gateway + identity subgraph).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGateway {
  gatewayUrl: string;
  demo: { tenantSlug: string; tenantName: string; customerEmail: string; customerPassword: string; customerName: string };
  /** A second customer with 2FA on; TOTP code is always `totpCode`. */
  twoFactor: { email: string; password: string; name: string; totpCode: string };
  /** Refresh tokens the storefront revoked through `logout`. */
  loggedOut: string[];
  /** Every request seen, for assertions about headers. */
  requests: Array<{ operationName: string | null; tenant: string | undefined; authorization: string | undefined; forwardedFor: string | undefined; fromTest: boolean }>;
  stop(): Promise<void>;
}

interface FakeUser {
  id: string;
  name: string;
  email: string;
  password: string;
  totp?: string;
}

const TENANTS = [
  { id: '0190a000-0000-7000-8000-000000000001', slug: 'ade-fashion', name: 'Ade Fashion House', kind: 'STORE', logoUrl: null, primaryColor: '#7a1f5c' },
  { id: '0190a000-0000-7000-8000-000000000002', slug: 'lagos-market', name: 'Lagos Market', kind: 'MARKETPLACE', logoUrl: null, primaryColor: null },
];

const USERS: Record<string, FakeUser[]> = {
  'ade-fashion': [
    { id: '0190a000-0000-7000-8000-0000000000a1', name: 'Ada Customer', email: 'customer@ade-fashion.test', password: 'demo-password-1' },
    { id: '0190a000-0000-7000-8000-0000000000a2', name: 'Tunde Secure', email: 'secure@ade-fashion.test', password: 'demo-password-2', totp: '123456' },
  ],
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startFakeGateway(): Promise<FakeGateway> {
  const sessions = new Map<string, { tenant: string; user: FakeUser }>();
  const refreshTokens = new Map<string, { tenant: string; user: FakeUser; spent: boolean }>();
  const loggedOut: string[] = [];
  const requests: FakeGateway['requests'] = [];

  const issue = (tenant: string, user: FakeUser) => {
    const accessToken = `at_${randomBytes(16).toString('hex')}`;
    const refreshToken = `rt_${randomBytes(16).toString('hex')}`;
    sessions.set(accessToken, { tenant, user });
    refreshTokens.set(refreshToken, { tenant, user, spent: false });
    return {
      accessToken,
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      refreshTokenExpiresAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
      user: { id: user.id, name: user.name, email: user.email },
    };
  };

  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || !req.url?.startsWith('/graphql')) return send(res, 404, { error: 'not found' });
    let body: { query?: string; variables?: Record<string, any>; operationName?: string };
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { errors: [{ message: 'bad JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const tenant = req.headers['x-tenant'] as string | undefined;
    const authorization = req.headers.authorization;
    const query = body.query ?? '';
    const operationName = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? null;
    requests.push({ operationName, tenant, authorization, forwardedFor: req.headers['x-forwarded-for'] as string | undefined, fromTest: req.headers['x-test-direct'] === '1' });
    const vars = body.variables ?? {};

    if (!tenant) return send(res, 400, { errors: [{ message: 'x-tenant header required', extensions: { code: 'BAD_USER_INPUT' } }] });
    // Like the real gateway: an unknown x-tenant fails the whole request before it runs.
    if (!authorization && !TENANTS.some((t) => t.slug === tenant)) {
      return send(res, 200, { errors: [{ message: `No tenant "${tenant}"`, extensions: { code: 'TENANT_NOT_FOUND' } }] });
    }

    switch (operationName) {
      case 'TenantBySlug':
        return send(res, 200, { data: { tenantBySlug: TENANTS.find((t) => t.slug === vars.slug) ?? null } });
      case 'Login': {
        const input = vars.input ?? {};
        const user = (USERS[input.tenantSlug] ?? []).find((u) => u.email === input.email && u.password === input.password);
        const fail = (code: string, message: string, field: string[] | null) =>
          send(res, 200, { data: { login: { session: null, userErrors: [{ code, message, field }] } } });
        if (!user || input.tenantSlug !== tenant) return fail('INVALID_CREDENTIALS', 'Invalid email or password', null);
        if (user.totp && !input.totpCode) return fail('TWO_FACTOR_REQUIRED', 'Two-factor code required', ['input', 'totpCode']);
        if (user.totp && input.totpCode !== user.totp) return fail('TWO_FACTOR_INVALID', 'That code is not valid', ['input', 'totpCode']);
        return send(res, 200, { data: { login: { session: issue(tenant, user), userErrors: [] } } });
      }
      case 'RefreshSession': {
        const found = refreshTokens.get(vars.refreshToken);
        if (!found || found.spent) {
          if (found) for (const [token, s] of refreshTokens) if (s.user === found.user) refreshTokens.delete(token); // reuse: end the family
          return send(res, 200, { data: { refreshSession: { session: null, userErrors: [{ code: 'TOKEN_INVALID', message: 'Session has ended; sign in again' }] } } });
        }
        found.spent = true;
        return send(res, 200, { data: { refreshSession: { session: issue(found.tenant, found.user), userErrors: [] } } });
      }
      case 'Logout': {
        refreshTokens.delete(vars.refreshToken);
        loggedOut.push(vars.refreshToken);
        return send(res, 200, { data: { logout: { ok: true, userErrors: [] } } });
      }
      case 'Me': {
        const token = authorization?.replace(/^Bearer\s+/i, '');
        const session = token ? sessions.get(token) : undefined;
        if (!session || session.tenant !== tenant) {
          return send(res, 200, { data: { me: null }, errors: [{ message: 'Not authenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
        }
        const { id, name, email } = session.user;
        return send(res, 200, { data: { me: { id, name, email } } });
      }
      default:
        return send(res, 400, { errors: [{ message: `fake gateway: unknown operation ${operationName}`, extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const [customer, secure] = USERS['ade-fashion'];
  return {
    gatewayUrl: `http://127.0.0.1:${port}/graphql`,
    demo: {
      tenantSlug: 'ade-fashion',
      tenantName: TENANTS[0].name,
      customerEmail: customer.email,
      customerPassword: customer.password,
      customerName: customer.name,
    },
    twoFactor: { email: secure.email, password: secure.password, name: secure.name, totpCode: secure.totp! },
    requests,
    loggedOut,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
