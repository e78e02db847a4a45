/**
 * graphql-ws on the gateway's port: the auditEvents feed is authorised like the query it hydrates through,
 * carries the fields the subscriber selected (aliases included), and is scoped to the subscriber's tenant.
 */
import { startStack, type TestStack } from '../../test/support/stack';
import { totpCode } from '../../test/support/callers';
import { gql } from '../../test/support/graphql';
import { settle, subscribe } from '../../test/support/subscribe';

let s: TestStack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.stop();
});

const adminToken = async (tenantSlug: string) => {
  const r = await gql(s.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
    i: { tenantSlug, email: 'client@webwaka.test', password: s.demo.password, totpCode: totpCode(s) },
  });
  return r.data.login.session.accessToken as string;
};
const failLogin = (tenantSlug: string) =>
  gql(s.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', {
    i: { tenantSlug, email: 'customer@webwaka.test', password: 'definitely-wrong-pw' },
  });

it('streams the tenant’s audit events with the selected fields, and only that tenant’s', async () => {
  const sub = subscribe<any>(
    s.wsUrl,
    'subscription { auditEvents { kind: type data createdAt ...Who } } fragment Who on AuditEvent { id ip }',
    { authorization: `Bearer ${await adminToken('ade-fashion')}` },
  );
  try {
    await settle();
    await failLogin('naija-market'); // another tenant: must not arrive
    await failLogin('ade-fashion');
    const e = await sub.next((x) => x.auditEvents.kind === 'session.login_failed');
    expect(e.auditEvents).toEqual({ kind: 'session.login_failed', data: { reason: 'bad_password' }, createdAt: expect.any(String), id: expect.any(String), ip: expect.any(String) });
    const stored = await s.stack.prisma.auditEvent.findUniqueOrThrow({ where: { id: e.auditEvents.id } });
    const fashion = await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } });
    expect(stored.tenantId).toBe(fashion.id);
    await settle(300);
    for (const ev of sub.events) {
      const row = await s.stack.prisma.auditEvent.findUniqueOrThrow({ where: { id: ev.auditEvents.id } });
      expect(row.tenantId).toBe(fashion.id);
    }
  } finally {
    await sub.close();
  }
});

it('refuses anonymous subscribers and customers', async () => {
  const anon = subscribe(s.wsUrl, 'subscription { auditEvents { id } }', { tenant: 'ade-fashion' });
  const login = await gql(s.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
    i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: s.demo.password },
  });
  const customer = subscribe(s.wsUrl, 'subscription { auditEvents { id } }', { authorization: `Bearer ${login.data.login.session.accessToken}` });
  await settle(500);
  const codes = (sub: { errors: unknown[] }) => JSON.stringify(sub.errors);
  expect(codes(anon)).toContain('UNAUTHENTICATED');
  expect(codes(customer)).toContain('FORBIDDEN');
  await anon.close();
  await customer.close();
});

it('refuses a connection with a bad token', async () => {
  const sub = subscribe(s.wsUrl, 'subscription { auditEvents { id } }', { authorization: 'Bearer forged.token.here' });
  await settle(500);
  expect(sub.errors.length).toBeGreaterThan(0);
  expect(sub.events).toEqual([]);
  await sub.close();
});
