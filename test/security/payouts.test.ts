/**
 * Payout bank details and payout batches, attacked from outside (issue 10; decision 0031):
 *  - a vendor sets its own payout bank details, but not another vendor's; a customer, staff and an
 *    anonymous visitor set nobody's; the account number is sealed at rest and never comes back whole
 *    (only its last 4 digits), not to its owner, not to an administrator, not to the public;
 *  - a batch made through the gateway pays a vendor with bank details to that bank (masked), holds out one
 *    without, saying why, and holds back a paid order that is not delivered.
 * Setup writes demo rows straight to the database; every attack goes through the gateway over HTTP.
 */
import { decryptSecret, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../support/graphql';
import { payload, signIn } from '../support/callers';
import { startStack, type TestStack } from '../support/stack';
import { postJournalEntry } from '../../subgraphs/ledger/src/services/posting';
import { applyHold, parseHoldPayload } from '../../subgraphs/ledger/src/services/holds';
import { orderPaid, payeeVendor } from '../../subgraphs/ledger/test/support';

let s: TestStack;
let prisma: PrismaClient;
let market: string;
let own: string; // the demo vendor's (Chiamaka's Closet)
let foreign: string; // another vendor's (Kano Leather Works)
let callers: Record<'vendor' | 'client' | 'customer' | 'staff', Record<string, string>>;
const NUMBER = '0712345678';

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
  own = (await prisma.vendor.findFirstOrThrow({ where: { tenantId: market, slug: 'chiamakas-closet' } })).id;
  foreign = (await prisma.vendor.findFirstOrThrow({ where: { tenantId: market, slug: 'kano-leather-works' } })).id;
  callers = {
    vendor: await signIn(s, 'naija-market', 'vendor'),
    client: await signIn(s, 'naija-market', 'client'),
    customer: await signIn(s, 'naija-market', 'customer'),
    staff: await signIn(s, 'naija-market', 'staff'),
  };
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const SET = 'mutation ($v: ID!, $i: VendorPayoutBankInput!) { setVendorPayoutBank(vendorId: $v, input: $i) { vendor { id payoutBank { bankName accountName accountNumberLast4 accountNumberMasked } } userErrors { code field } } }';
const input = (accountNumber = NUMBER) => ({ bankName: 'Zenith Bank', accountName: 'Chiamaka Closet Ltd', accountNumber });
const sealedOf = async (id: string) => (await prisma.vendor.findUniqueOrThrow({ where: { id } })).payoutAccountNumberSealed;

describe('payout bank details', () => {
  it('the owner sets its own: sealed at rest, shown as the last 4 digits only; bad numbers are refused', async () => {
    const bad = await gql(s.gatewayUrl, SET, { v: own, i: input('12345') }, callers.vendor);
    expect(bad.data!.setVendorPayoutBank.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'accountNumber'] }]);
    const r = await gql(s.gatewayUrl, SET, { v: own, i: input() }, callers.vendor);
    expect(payload(r, 'setVendorPayoutBank').vendor.payoutBank).toEqual({ bankName: 'Zenith Bank', accountName: 'Chiamaka Closet Ltd', accountNumberLast4: '5678', accountNumberMasked: '••••••5678' });
    expect(JSON.stringify(r)).not.toContain(NUMBER);
    const sealed = (await sealedOf(own))!;
    expect(sealed).not.toContain(NUMBER);
    expect(decryptSecret(sealed)).toBe(NUMBER);
  });

  it('nobody else sets a vendor’s bank: another vendor, a customer, staff, an anonymous visitor', async () => {
    const before = await sealedOf(foreign);
    for (const headers of [callers.vendor, callers.customer, callers.staff]) {
      const r = await gql(s.gatewayUrl, SET, { v: foreign, i: input('0000000001') }, headers);
      expect(r.data!.setVendorPayoutBank.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
    }
    const anon = await gql(s.gatewayUrl, SET, { v: foreign, i: input('0000000001') }, { 'x-tenant': 'naija-market' });
    expect(anon.data?.setVendorPayoutBank?.vendor ?? null).toBeNull();
    expect(await sealedOf(foreign)).toBe(before);
  });

  it('the public and other vendors never read bank details; nobody reads the whole number', async () => {
    const q = 'query ($v: ID!) { vendor(id: $v) { id payoutBank { bankName accountNumberLast4 } } }';
    for (const headers of [{ 'x-tenant': 'naija-market' }, callers.customer]) {
      const r = await gql(s.gatewayUrl, q, { v: own }, headers);
      expect(r.data?.vendor?.payoutBank ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('5678');
    }
    const admin = await gql(s.gatewayUrl, q, { v: own }, callers.client);
    expect(admin.data!.vendor.payoutBank).toEqual({ bankName: 'Zenith Bank', accountNumberLast4: '5678' });
    expect(JSON.stringify(admin)).not.toContain(NUMBER);
  });
});

describe('a payout batch through the gateway', () => {
  it('pays a vendor to its (masked) bank, holds out one without bank details and an undelivered order, saying why', async () => {
    // The administrator sets the other vendor's bank (an administrator with 2FA may).
    payload(await gql(s.gatewayUrl, SET, { v: foreign, i: input('0099887766') }, callers.client), 'setVendorPayoutBank');
    const noBank = await payeeVendor(prisma, market, { bank: false });
    await postJournalEntry(prisma, orderPaid(market, foreign, { goods: 12_000n, tax: 0n }));
    await postJournalEntry(prisma, orderPaid(market, noBank, { goods: 3_000n, tax: 0n }));
    // The demo vendor's order is paid but not delivered: held.
    const undelivered = orderPaid(market, own, { goods: 9_000n, tax: 0n });
    await postJournalEntry(prisma, undelivered);
    await applyHold(prisma, market, parseHoldPayload({ action: 'PAID', orderId: undelivered.reference.id, currency: 'NGN', at: new Date().toISOString(), vendorOrders: [{ vendorOrderId: uuidv7(), vendorId: own, amount: '9000' }] }));
    const ownBalance = (await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: market, ownerType: 'VENDOR', ownerId: own, purpose: 'VENDOR_PAYABLE', currency: 'NGN' } })).balance;

    const r = await gql(
      s.gatewayUrl,
      'mutation { createPayoutBatch(currency: "NGN") { batch { id items { account { ownerId } amount { amount } heldAmount { amount } bankName accountNumberLast4 } heldBack { ownerId held { amount } reason } } userErrors { code message } } }',
      {},
      callers.client,
    );
    const batch = payload(r, 'createPayoutBatch').batch;
    expect(JSON.stringify(r)).not.toContain('0099887766');
    expect(batch.items.find((i: any) => i.account.ownerId === foreign)).toMatchObject({ bankName: 'Zenith Bank', accountNumberLast4: '7766' });
    expect(batch.items.find((i: any) => i.account.ownerId === noBank)).toBeUndefined();
    expect(batch.heldBack.find((h: any) => h.ownerId === noBank).reason).toMatch(/No payout bank details/);
    // The demo vendor: paid its balance less the undelivered 9,000 (or held out entirely when that is all).
    const ownItem = batch.items.find((i: any) => i.account.ownerId === own);
    if (ownBalance > 9_000n) expect(ownItem).toMatchObject({ amount: { amount: String(ownBalance - 9_000n) }, heldAmount: { amount: '9000' } });
    else expect(batch.heldBack.find((h: any) => h.ownerId === own).reason).toMatch(/not yet delivered/);
    expect((await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: market, ownerType: 'VENDOR', ownerId: own, purpose: 'VENDOR_PAYABLE', currency: 'NGN' } })).balance).toBeGreaterThanOrEqual(9_000n);
  });
});
