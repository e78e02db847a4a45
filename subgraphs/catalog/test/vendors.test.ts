/**
 * Vendors: applications, the review queue, the approval state machine (every status x every action,
 * legal and illegal), its persisted trail and outbox events, concurrent decisions, private details, and
 * a store being its own vendor.
 */
import { ErrorCode, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { applyAsVendor, ensureStoreVendor, transitionVendor, type VendorAction, type VendorStatus } from '../src/services/vendors';
import { call, codes, makePerson, makeTenant, makeVendor, ok, payload, serviceCtx, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let market: Tenant;
let admin: Person;
let adminNo2fa: Person;
let applicant: Person;
let other: Person;

const APPLY = `mutation ($input: VendorApplicationInput!) { applyAsVendor(input: $input) { vendor { id slug name status tin email documentUrls ownerUserId } userErrors { code field message } } }`;
const DECIDE = (action: string) => `mutation ($id: ID!, $reason: String${action === 'reject' || action === 'suspend' ? '!' : ''}) { ${action}Vendor(id: $id, reason: $reason) { vendor { id status } userErrors { code field message } } }`;

const application = (over: Record<string, unknown> = {}) => ({
  businessName: 'Chiamaka Closet',
  legalName: 'Chiamaka Closet Enterprises Ltd',
  tin: '12345678-0001',
  email: 'Hello@Chiamaka.example.ng',
  phone: '+234 803 123 4567',
  address: '12 Allen Avenue, Ikeja, Lagos',
  documentUrls: ['https://docs.example.ng/cac.pdf'],
  ...over,
});

/** What an application or decision may write: checked unchanged after every refusal. */
async function counts() {
  return {
    vendors: await prisma.vendor.count({ where: { tenantId: market.id } }),
    changes: await prisma.vendorStatusChange.count({ where: { tenantId: market.id } }),
    events: await prisma.outboxEvent.count({ where: { tenantId: market.id, topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED } }),
  };
}

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = await makeTenant(prisma, 'MARKETPLACE', 'vmarket');
  admin = await makePerson(s, market, 'CLIENT_ADMIN');
  adminNo2fa = await makePerson(s, market, 'CLIENT_ADMIN', { twoFactor: false });
  applicant = await makePerson(s, market, 'CUSTOMER');
  other = await makePerson(s, market, 'CUSTOMER');
});
afterAll(async () => {
  await s?.stop();
});

describe('applying', () => {
  let vendorId: string;

  it('a signed-in customer applies: PENDING, owned by them, with a trail row and an outbox event', async () => {
    const before = await counts();
    const p = await payload(s, applicant, APPLY, { input: application() }, 'applyAsVendor');
    expect(p.userErrors).toEqual([]);
    expect(p.vendor).toMatchObject({ slug: 'chiamaka-closet', name: 'Chiamaka Closet', status: 'PENDING', tin: '12345678-0001', email: 'hello@chiamaka.example.ng', ownerUserId: applicant.id });
    expect(p.vendor.documentUrls).toEqual(['https://docs.example.ng/cac.pdf']);
    vendorId = p.vendor.id;
    expect(await counts()).toEqual({ vendors: before.vendors + 1, changes: before.changes + 1, events: before.events + 1 });
    const [change] = await prisma.vendorStatusChange.findMany({ where: { vendorId } });
    expect(change).toMatchObject({ fromStatus: null, toStatus: 'PENDING', actorUserId: applicant.id, tenantId: market.id });
    const event = await prisma.outboxEvent.findFirstOrThrow({ where: { topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED, tenantId: market.id }, orderBy: { id: 'desc' } });
    expect(event.payload).toMatchObject({ vendorId, tenantId: market.id, from: null, to: 'PENDING', actorUserId: applicant.id, changeId: change.id });
  });

  it('myVendor shows the applicant their own pending account with its details', async () => {
    const r = ok(await call(s, applicant, '{ myVendor { id status tin statusHistory { toStatus } } }'));
    expect(r.myVendor).toEqual({ id: vendorId, status: 'PENDING', tin: '12345678-0001', statusHistory: [{ toStatus: 'PENDING' }] });
    expect(ok(await call(s, other, '{ myVendor { id } }')).myVendor).toBeNull();
  });

  it('a second application by the same user is ALREADY_EXISTS, nothing written', async () => {
    const before = await counts();
    const p = await payload(s, applicant, APPLY, { input: application({ businessName: 'Another Shop' }) }, 'applyAsVendor');
    expect(codes(p)).toEqual(['ALREADY_EXISTS']);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['malformed TIN', { tin: '1234567-0001' }, 'tin'],
    ['TIN without the dash', { tin: '123456780001' }, 'tin'],
    ['non-https document', { documentUrls: ['http://docs.example.ng/cac.pdf'] }, 'documentUrls'],
    ['not a URL', { documentUrls: ['https://ok.example.ng/a.pdf', 'cac.pdf'] }, 'documentUrls'],
    ['bad e-mail', { email: 'not-an-email' }, 'email'],
    ['bad phone', { phone: 'call me' }, 'phone'],
    ['empty business name', { businessName: '   ' }, 'businessName'],
    ['bad slug', { slug: 'Not A Slug' }, 'slug'],
  ])('refuses a %s (BAD_USER_INPUT on the field), nothing written', async (_why, over, field) => {
    const before = await counts();
    const p = await payload(s, other, APPLY, { input: application(over) }, 'applyAsVendor');
    expect(p.vendor).toBeNull();
    expect(p.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: expect.arrayContaining([field]) })]);
    expect(await counts()).toEqual(before);
  });

  it('two applicants with the same business name get distinct slugs; an explicit taken slug is SLUG_TAKEN', async () => {
    const p = await payload(s, other, APPLY, { input: application() }, 'applyAsVendor');
    expect(p.vendor.slug).toBe('chiamaka-closet-2');
    const third = await makePerson(s, market, 'CUSTOMER');
    const before = await counts();
    const q = await payload(s, third, APPLY, { input: application({ slug: 'chiamaka-closet' }) }, 'applyAsVendor');
    expect(codes(q)).toEqual(['SLUG_TAKEN']);
    expect(await counts()).toEqual(before);
  });

  it('anonymous callers cannot apply', async () => {
    const r = await call(s, { headers: { 'x-tenant': market.slug } }, APPLY, { input: application() });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the review queue and decisions through the gateway', () => {
  let vendorId: string;
  beforeAll(async () => {
    const person = await makePerson(s, market, 'CUSTOMER');
    vendorId = (await payload(s, person, APPLY, { input: application({ businessName: 'Kano Leather Works' }) }, 'applyAsVendor')).vendor.id;
  });

  it('vendorApplications lists pending applications, oldest first, for administrators only', async () => {
    const r = ok(await call(s, admin, '{ vendorApplications(first: 100) { edges { node { id status name tin } } } }'));
    const nodes = r.vendorApplications.edges.map((e: any) => e.node);
    const pending = await prisma.vendor.findMany({ where: { tenantId: market.id, status: 'PENDING' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(nodes.map((n: any) => n.id)).toEqual(pending.map((v) => v.id));
    expect(nodes.map((n: any) => n.id)).toContain(vendorId);
    expect(new Set(nodes.map((n: any) => n.status))).toEqual(new Set(['PENDING']));
    for (const who of [applicant, other]) expect((await call(s, who, '{ vendorApplications { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(s, adminNo2fa, '{ vendorApplications { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('approve, suspend (reason required), reinstate: each persisted with actor, reason and event; illegal steps are INVALID_TRANSITION', async () => {
    const step = async (action: string, reason?: string) => payload(s, admin, DECIDE(action), { id: vendorId, reason }, `${action}Vendor`);
    expect(await step('approve')).toEqual({ vendor: { id: vendorId, status: 'APPROVED' }, userErrors: [] });

    let before = await counts();
    const again = await step('approve');
    expect(again.vendor).toBeNull();
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect(codes(await step('reject', 'too late'))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await step('reinstate'))).toEqual(['INVALID_TRANSITION']);
    expect((await call(s, admin, DECIDE('suspend'), { id: vendorId })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(codes(await step('suspend', '   '))).toEqual(['BAD_USER_INPUT']);
    expect(await counts()).toEqual(before);

    expect((await step('suspend', 'Counterfeit goods reported')).vendor.status).toBe('SUSPENDED');
    expect(codes(await step('approve'))).toEqual(['INVALID_TRANSITION']);
    expect((await step('reinstate', 'Cleared after review')).vendor.status).toBe('APPROVED');

    const trail = ok(await call(s, admin, 'query ($id: ID!) { vendor(id: $id) { status statusHistory { fromStatus toStatus reason actorUserId } } }', { id: vendorId })).vendor;
    const person = (await prisma.vendor.findUniqueOrThrow({ where: { id: vendorId } })).ownerUserId;
    expect(trail).toEqual({
      status: 'APPROVED',
      statusHistory: [
        { fromStatus: null, toStatus: 'PENDING', reason: null, actorUserId: person },
        { fromStatus: 'PENDING', toStatus: 'APPROVED', reason: null, actorUserId: admin.id },
        { fromStatus: 'APPROVED', toStatus: 'SUSPENDED', reason: 'Counterfeit goods reported', actorUserId: admin.id },
        { fromStatus: 'SUSPENDED', toStatus: 'APPROVED', reason: 'Cleared after review', actorUserId: admin.id },
      ],
    });
    const events = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED, payload: { path: ['vendorId'], equals: vendorId } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [(e.payload as any).from, (e.payload as any).to])).toEqual([
      [null, 'PENDING'],
      ['PENDING', 'APPROVED'],
      ['APPROVED', 'SUSPENDED'],
      ['SUSPENDED', 'APPROVED'],
    ]);
  });

  it('reject needs a reason; a rejected applicant applies again (same vendor, back to PENDING)', async () => {
    const person = await makePerson(s, market, 'CUSTOMER');
    const v = (await payload(s, person, APPLY, { input: application({ businessName: 'Aba Made', tin: '99999999-0001' }) }, 'applyAsVendor')).vendor;
    const missing = await call(s, admin, 'mutation ($id: ID!) { rejectVendor(id: $id) { vendor { id } } }', { id: v.id });
    expect(missing.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await payload(s, admin, DECIDE('reject'), { id: v.id, reason: 'TIN does not match CAC records' }, 'rejectVendor')).vendor.status).toBe('REJECTED');
    const again = await payload(s, person, APPLY, { input: application({ businessName: 'Aba Made', tin: '88888888-0001' }) }, 'applyAsVendor');
    expect(again.vendor).toMatchObject({ id: v.id, status: 'PENDING', tin: '88888888-0001' });
    const trail = await prisma.vendorStatusChange.findMany({ where: { vendorId: v.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    expect(trail.map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      [null, 'PENDING', null],
      ['PENDING', 'REJECTED', 'TIN does not match CAC records'],
      ['REJECTED', 'PENDING', 'applied again'],
    ]);
  });

  it('decisions on unknown, malformed or foreign ids are NOT_FOUND; non-admins are refused', async () => {
    const foreign = await makeTenant(prisma, 'MARKETPLACE', 'vforeign');
    const foreignVendor = await prisma.vendor.create({ data: { id: uuidv7(), tenantId: foreign.id, slug: 'far-away', name: 'Far Away', email: 'x@far.example.ng', documentUrls: [], status: 'PENDING' } });
    for (const id of [uuidv7(), 'not-a-uuid', foreignVendor.id]) {
      expect(codes(await payload(s, admin, DECIDE('approve'), { id }, 'approveVendor'))).toEqual(['NOT_FOUND']);
    }
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: foreignVendor.id } })).status).toBe('PENDING');
    expect((await call(s, applicant, DECIDE('approve'), { id: vendorId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(s, adminNo2fa, DECIDE('approve'), { id: vendorId })).errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
  });
});

describe('the state machine, exhaustively (service level)', () => {
  const STATUSES: VendorStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'];
  const ACTIONS: Exclude<VendorAction, 'apply'>[] = ['approve', 'reject', 'suspend', 'reinstate'];
  // Written out independently of VENDOR_TRANSITIONS, so a change to the table must be a change here too.
  const EXPECTED: Record<VendorStatus, Partial<Record<(typeof ACTIONS)[number], VendorStatus>>> = {
    PENDING: { approve: 'APPROVED', reject: 'REJECTED' },
    APPROVED: { suspend: 'SUSPENDED' },
    SUSPENDED: { reinstate: 'APPROVED' },
    REJECTED: {},
  };
  const cases = STATUSES.flatMap((from) => ACTIONS.map((action) => ({ from, action, to: EXPECTED[from][action] ?? null })));

  it.each(cases)('$from --$action--> $to', async ({ from, action, to }) => {
    const ctx = serviceCtx(prisma, admin.actor);
    const vendor = await prisma.vendor.create({ data: { id: uuidv7(), tenantId: market.id, slug: `sm-${uuidv7()}`, name: 'State machine', email: 'sm@example.ng', documentUrls: [], status: from } });
    const attempt = transitionVendor(ctx, vendor.id, action, 'because');
    if (to) {
      expect((await attempt).status).toBe(to);
      const trail = await prisma.vendorStatusChange.findMany({ where: { vendorId: vendor.id } });
      expect(trail.map((c) => ({ from: c.fromStatus, to: c.toStatus, reason: c.reason, actor: c.actorUserId }))).toEqual([{ from, to, reason: 'because', actor: admin.id }]);
      expect(await prisma.outboxEvent.count({ where: { topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED, payload: { path: ['vendorId'], equals: vendor.id } } })).toBe(1);
    } else {
      await expect(attempt).rejects.toMatchObject({ code: ErrorCode.INVALID_TRANSITION });
      expect((await prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).status).toBe(from);
      expect(await prisma.vendorStatusChange.count({ where: { vendorId: vendor.id } })).toBe(0);
    }
  });

  it('two administrators deciding at once: exactly one decision lands, one trail row', async () => {
    const vendor = await prisma.vendor.create({ data: { id: uuidv7(), tenantId: market.id, slug: `race-${uuidv7()}`, name: 'Race', email: 'race@example.ng', documentUrls: [], status: 'PENDING' } });
    const ctx = serviceCtx(prisma, admin.actor);
    const results = await Promise.allSettled([
      transitionVendor(ctx, vendor.id, 'approve'),
      transitionVendor(ctx, vendor.id, 'reject', 'no'),
      transitionVendor(ctx, vendor.id, 'approve'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await prisma.vendorStatusChange.count({ where: { vendorId: vendor.id } })).toBe(1);
  });

  it('the trail is append-only in the database', async () => {
    const change = await prisma.vendorStatusChange.findFirstOrThrow({ where: { tenantId: market.id } });
    await expect(prisma.vendorStatusChange.update({ where: { id: change.id }, data: { reason: 'rewritten' } })).rejects.toThrow(/append-only/);
    await expect(prisma.vendorStatusChange.delete({ where: { id: change.id } })).rejects.toThrow(/append-only/);
  });

  it('concurrent applications by one user create one vendor', async () => {
    const person = await makePerson(s, market, 'CUSTOMER');
    const ctx = serviceCtx(prisma, person.actor);
    const results = await Promise.allSettled([0, 1, 2].map((i) => applyAsVendor(ctx, application({ businessName: `Twice ${i}` }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.vendor.count({ where: { tenantId: market.id, ownerUserId: person.id } })).toBe(1);
  });
});

describe('reading vendors', () => {
  let approvedId: string;
  let pendingId: string;
  beforeAll(async () => {
    const a = await makePerson(s, market, 'CUSTOMER');
    approvedId = (await payload(s, a, APPLY, { input: application({ businessName: 'Ife Beauty' }) }, 'applyAsVendor')).vendor.id;
    await payload(s, admin, DECIDE('approve'), { id: approvedId }, 'approveVendor');
    const b = await makePerson(s, market, 'CUSTOMER');
    pendingId = (await payload(s, b, APPLY, { input: application({ businessName: 'Not Yet' }) }, 'applyAsVendor')).vendor.id;
  });

  it('the public sees approved vendors (name, slug) but not their private details, and no pending ones', async () => {
    const anon = { headers: { 'x-tenant': market.slug } };
    expect(ok(await call(s, anon, 'query ($id: ID!) { vendor(id: $id) { id name status } }', { id: approvedId })).vendor).toEqual({ id: approvedId, name: 'Ife Beauty', status: 'APPROVED' });
    expect(ok(await call(s, anon, 'query ($id: ID!) { vendor(id: $id) { id } }', { id: pendingId })).vendor).toBeNull();
    const secret = await call(s, anon, 'query ($id: ID!) { vendor(id: $id) { id tin } }', { id: approvedId });
    expect(secret.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(secret.data?.vendor).toEqual({ id: approvedId, tin: null });
    const asCustomer = await call(s, other, 'query ($id: ID!) { vendor(id: $id) { id email } }', { id: approvedId });
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const vendors = ok(await call(s, anon, '{ vendors(first: 100) { edges { node { id status } } } }')).vendors.edges.map((e: any) => e.node);
    const approved = await prisma.vendor.findMany({ where: { tenantId: market.id, status: 'APPROVED' } });
    expect(vendors.map((v: any) => v.id).sort()).toEqual(approved.map((v) => v.id).sort());
    expect(vendors.map((v: any) => v.id)).not.toContain(pendingId);
  });

  it('administrators see any vendor with details; unknown and malformed ids are null', async () => {
    expect(ok(await call(s, admin, 'query ($id: ID!) { vendor(id: $id) { id status tin } }', { id: pendingId })).vendor).toEqual({ id: pendingId, status: 'PENDING', tin: '12345678-0001' });
    for (const id of [uuidv7(), 'nope']) expect(ok(await call(s, admin, 'query ($id: ID!) { vendor(id: $id) { id } }', { id })).vendor).toBeNull();
  });
});

describe('a vendor edits its own profile', () => {
  const UPDATE = `mutation ($input: VendorProfileInput!) { updateMyVendorProfile(input: $input) { vendor { id slug name email phone address legalName tin } userErrors { code field message } } }`;
  const profile = (over: Record<string, unknown> = {}) => ({ name: 'Amaka Wears', email: 'Sales@Amaka.example.ng', phone: '+234 809 000 1111', address: '5 Awolowo Road, Ikoyi, Lagos', ...over });
  let mine: Awaited<ReturnType<typeof makeVendor>>;
  let theirs: Awaited<ReturnType<typeof makeVendor>>;
  beforeAll(async () => {
    mine = await makeVendor(s, market, admin, 'Amaka Closet');
    theirs = await makeVendor(s, market, admin, 'Tunde Shoes');
  });

  it('the owner changes name, e-mail, phone and address; slug, legal name and TIN stay; no other vendor is touched; nothing joins the status trail', async () => {
    const before = await counts();
    const other = await prisma.vendor.findUniqueOrThrow({ where: { id: theirs.vendor.id } });
    const p = await payload(s, mine.person, UPDATE, { input: profile() }, 'updateMyVendorProfile');
    expect(p).toEqual({
      vendor: { id: mine.vendor.id, slug: mine.vendor.slug, name: 'Amaka Wears', email: 'sales@amaka.example.ng', phone: '+234 809 000 1111', address: '5 Awolowo Road, Ikoyi, Lagos', legalName: mine.vendor.legalName, tin: mine.vendor.tin },
      userErrors: [],
    });
    expect(await prisma.vendor.findUniqueOrThrow({ where: { id: mine.vendor.id } })).toMatchObject({ name: 'Amaka Wears', phone: '+234 809 000 1111', status: 'APPROVED' });
    expect(await prisma.vendor.findUniqueOrThrow({ where: { id: theirs.vendor.id } })).toEqual(other);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ email: 'not-an-email' }, ['input', 'email']],
    [{ phone: 'call me' }, ['input', 'phone']],
    [{ address: 'x' }, ['input', 'address']],
    [{ name: ' ' }, ['input', 'name']],
  ])('refuses %o beside the field, nothing written', async (over, field) => {
    const row = await prisma.vendor.findUniqueOrThrow({ where: { id: mine.vendor.id } });
    const p = await payload(s, mine.person, UPDATE, { input: profile(over) }, 'updateMyVendorProfile');
    expect(p.vendor).toBeNull();
    expect(p.userErrors.map((e: any) => [e.code, e.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(await prisma.vendor.findUniqueOrThrow({ where: { id: mine.vendor.id } })).toEqual(row);
  });

  it('administrators, staff, customers and anonymous callers are refused; a VENDOR without a vendor account is NOT_FOUND', async () => {
    const staff = await makePerson(s, market, 'STAFF');
    for (const [who, code] of [
      [admin, 'FORBIDDEN'],
      [staff, 'FORBIDDEN'],
      [other, 'FORBIDDEN'],
      [{ headers: { 'x-tenant': market.slug } }, 'UNAUTHENTICATED'],
    ] as const) {
      const r = await call(s, who, UPDATE, { input: profile({ name: 'Hijacked' }) });
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
    }
    const noAccount = await makePerson(s, market, 'VENDOR');
    expect(codes(await payload(s, noAccount, UPDATE, { input: profile({ name: 'Hijacked' }) }, 'updateMyVendorProfile'))).toEqual(['NOT_FOUND']);
    expect(await prisma.vendor.count({ where: { tenantId: market.id, name: 'Hijacked' } })).toBe(0);
  });
});

describe('a store is its own vendor', () => {
  it('ensureStoreVendor creates one APPROVED vendor on first use (also when called concurrently), then returns it', async () => {
    const store = await makeTenant(prisma, 'STORE', 'vstore');
    const ctx = serviceCtx(prisma, admin.actor);
    const [a, b] = await Promise.all([ensureStoreVendor(ctx, store.id, 'Ade Fashion House'), ensureStoreVendor(ctx, store.id, 'Ade Fashion House')]);
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({ status: 'APPROVED', name: 'Ade Fashion House', slug: 'ade-fashion-house', ownerUserId: null, tenantId: store.id });
    expect(await prisma.vendor.count({ where: { tenantId: store.id } })).toBe(1);
    expect(await prisma.vendorStatusChange.findMany({ where: { vendorId: a.id }, select: { fromStatus: true, toStatus: true } })).toEqual([{ fromStatus: null, toStatus: 'APPROVED' }]);
    expect((await ensureStoreVendor(ctx, store.id, 'Renamed?')).id).toBe(a.id);
  });

  it('refuses a tenant with several vendors (a marketplace)', async () => {
    await expect(ensureStoreVendor(serviceCtx(prisma, admin.actor), market.id, 'Market')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
