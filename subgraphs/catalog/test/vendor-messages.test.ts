/**
 * The vendor's status message (vendor-messages.ts): approving, rejecting, suspending and reinstating a
 * vendor (through the gateway, as the back office does) each record one `vendor.status_changed` to the
 * vendor's e-mail, in the move's transaction, with the reason and the link the vendor needs; a refused
 * repeat records nothing; applying is not announced; no payload holds the vendor's TIN or bank details.
 */
import { TOPICS, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { applyAsVendor } from '../src/services/vendors';
import { codes, makePerson, makeTenant, payload, serviceCtx, vendorApplication, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let market: Tenant;
let admin: Person;
beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = await makeTenant(prisma, 'MARKETPLACE', 'vmsg');
  admin = await makePerson(s, market, 'CLIENT_ADMIN');
});
afterAll(async () => {
  await s?.stop();
});

const DECIDE = (action: string) => `mutation ($id: ID!, $reason: String${action === 'reject' || action === 'suspend' ? '!' : ''}) { ${action}Vendor(id: $id, reason: $reason) { vendor { id status } userErrors { code field message } } }`;
const decide = (action: string, id: string, reason?: string) => payload(s, admin, DECIDE(action), { id, reason }, `${action}Vendor`);

async function messages(vendorName: string): Promise<MessageRequestedPayload[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { tenantId: market.id, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((m) => m.variables.vendorName === vendorName);
}

async function applied(name: string) {
  const person = await makePerson(s, market, 'CUSTOMER');
  return applyAsVendor(serviceCtx(prisma, person.actor), vendorApplication(name));
}

it('approve, suspend and reinstate are each told once; a refused repeat and the application itself are not', async () => {
  const vendor = await applied('Message Closet');
  expect(await messages('Message Closet')).toEqual([]);
  await decide('approve', vendor.id);
  expect(codes(await decide('approve', vendor.id))).toEqual(['INVALID_TRANSITION']);
  await decide('suspend', vendor.id, 'Counterfeit goods reported');
  await decide('reinstate', vendor.id);
  const said = await messages('Message Closet');
  expect(said.map((m) => [m.variables.status, m.variables.reason])).toEqual([
    ['approved', ''],
    ['suspended', 'Counterfeit goods reported'],
    ['reinstated', ''],
  ]);
  expect(new Set(said.map((m) => m.key)).size).toBe(3);
  const changes = await prisma.vendorStatusChange.findMany({ where: { vendorId: vendor.id, toStatus: 'APPROVED' }, orderBy: { createdAt: 'asc' } });
  expect(said[0]).toEqual({
    key: `vendor.status_changed:${changes[0].id}`,
    tenantId: market.id,
    template: 'vendor.status_changed',
    to: { email: vendor.email, name: 'Message Closet', userId: vendor.ownerUserId },
    channels: ['EMAIL'],
    variables: { vendorName: 'Message Closet', status: 'approved', reason: '', adminUrl: expect.stringMatching(new RegExp(`^https?://[^/]+/admin/${market.slug}$`)) },
  });
  expect(said[1].variables.adminUrl).toMatch(new RegExp(`/m/${market.slug}/sell$`));
  for (const m of said) {
    expect(JSON.stringify(m)).not.toContain(vendor.tin!);
    expect(m.secretSealed ?? null).toBeNull();
  }
});

it('a rejection is told with its reason and the link to apply again', async () => {
  const vendor = await applied('Rejected Closet');
  await decide('reject', vendor.id, 'Documents unreadable');
  const [m, ...more] = await messages('Rejected Closet');
  expect(more).toEqual([]);
  expect(m).toMatchObject({ template: 'vendor.status_changed', to: { email: vendor.email }, variables: { status: 'rejected', reason: 'Documents unreadable', adminUrl: expect.stringMatching(new RegExp(`/m/${market.slug}/sell$`)) } });
});
