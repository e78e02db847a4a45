/**
 * Issue 4's "done when", end to end through the gateway: a shopper referred by an agent buys from a
 * marketplace vendor and pays on the sandbox page; commerce, MLAS and the ledger (three subgraphs joined
 * only by outbox events) leave the vendor's, the agents', the partner's, the client's and the platform's
 * balances exactly right; the agent sees its own balance through the API; a full refund brings every
 * balance back to zero. The ledger's invariants hold after each step.
 */
import { gql } from './support/graphql';
import { assertLedgerInvariants, ledgerBalance, type AccountKey } from './support/ledger';
import { startStack, type TestStack } from './support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, KANO, makeProduct, payload, signIn, tenantId, waitFor } from '../subgraphs/commerce/test/support';
import { DEMO_AGENTS } from '../prisma/seed/mlas';

let s: TestStack;
let market: string;
let partner: string;
let platform: string;

beforeAll(async () => {
  s = await startStack();
  market = await tenantId(s.stack.prisma, 'naija-market');
  partner = await tenantId(s.stack.prisma, 'lagos-digital');
  platform = await tenantId(s.stack.prisma, 'webwaka');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

const agent = DEMO_AGENTS.find((a) => a.code === 'MUSA-NJM')!;
const upline = DEMO_AGENTS.find((a) => a.code === 'ZAINAB-NJM')!;

test('cart to paid order moves money exactly to everyone it is owed to, and a full refund reverses it exactly', async () => {
  // ₦10,750.00 including 7.5% VAT → ₦10,000.00 of goods; the listing's commission is 10% → ₦1,000.00.
  const product = await makeProduct(s.stack.prisma, market, { price: 1_075_000n, stock: 3, vendorSlug: 'aba-made', commissionBps: 1000 });
  const token = await guestCart(s, 'naija-market', [{ variantId: product.variantId, quantity: 1 }], { visitorId: 'visitor-money-flow', referralCode: agent.code });
  const placed = payload(await checkout(s, 'naija-market', checkoutInput(token, { shippingAddress: KANO })), 'checkout');
  const [vendorOrder] = placed.order.vendorOrders;
  expect(vendorOrder).toMatchObject({ vendorId: product.vendorId, subtotal: { amount: '1000000' }, commission: { amount: '100000' } });
  const total = BigInt(placed.order.total.amount);
  const tax = BigInt(placed.order.tax.amount);
  const shipping = BigInt(placed.order.shipping.amount);
  expect(total).toBe(1_000_000n + shipping + tax);

  expect(await decideOnSandboxPage(s, placed.payment.authorizationUrl, 'pay')).toBeLessThan(400);

  const account = (owner: Omit<AccountKey, 'currency'>): AccountKey => ({ ...owner, currency: 'NGN' });
  const books = {
    clearing: account({ tenantId: market, ownerType: 'TENANT', ownerId: market, purpose: 'PAYMENT_CLEARING' }),
    tax: account({ tenantId: market, ownerType: 'TENANT', ownerId: market, purpose: 'TAX_PAYABLE' }),
    vendor: account({ tenantId: market, ownerType: 'VENDOR', ownerId: product.vendorId, purpose: 'VENDOR_PAYABLE' }),
    agent: account({ tenantId: market, ownerType: 'AGENT', ownerId: agent.userId, purpose: 'AGENT_COMMISSION_PAYABLE' }),
    upline: account({ tenantId: market, ownerType: 'AGENT', ownerId: upline.userId, purpose: 'AGENT_COMMISSION_PAYABLE' }),
    client: account({ tenantId: market, ownerType: 'TENANT', ownerId: market, purpose: 'CLIENT_REVENUE' }),
    partner: account({ tenantId: partner, ownerType: 'TENANT', ownerId: partner, purpose: 'PARTNER_PAYABLE' }),
    platform: account({ tenantId: platform, ownerType: 'PLATFORM', ownerId: platform, purpose: 'PLATFORM_REVENUE' }),
  };
  const balances = async () => Object.fromEntries(await Promise.all(Object.entries(books).map(async ([k, key]) => [k, await ledgerBalance(s.stack.prisma, key)])));

  // naija-market shares commissions by the HYBRID model: platform 15%, partner 15%, agent 20%, its upline
  // 10%, a third agent level 5% (nobody: it goes to the residual, the client), the rest to the client.
  const expected = {
    clearing: total,
    tax,
    vendor: 1_000_000n + shipping - 100_000n,
    agent: 20_000n,
    upline: 10_000n,
    client: 40_000n,
    partner: 15_000n,
    platform: 15_000n,
  };
  // Settlement is asynchronous (commerce → outbox → MLAS → outbox → ledger): wait for the last posting.
  await waitFor(async () => (await ledgerBalance(s.stack.prisma, books.platform)) !== 0n, 30_000);
  expect(await balances()).toEqual(expected);

  // The agent reads its own payable through the API; nobody else's.
  const agentHeaders = await signIn(s, 'naija-market', 'agent');
  const mine = payload(await gql(s.gatewayUrl, '{ myLedgerAccounts { edges { node { purpose ownerId balance { amount currency } } } } }', {}, agentHeaders), 'myLedgerAccounts');
  expect(mine.edges.map((e: any) => e.node)).toEqual([{ purpose: 'AGENT_COMMISSION_PAYABLE', ownerId: agent.userId, balance: { amount: '20000', currency: 'NGN' } }]);

  const admin = await signIn(s, 'naija-market', 'client');
  const refunded = payload(
    await gql(s.gatewayUrl, 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { status amount { amount } } userErrors { code message } } }', { i: { orderId: placed.order.id, reason: 'Customer changed their mind', restock: true } }, admin),
    'refundOrder',
  );
  expect(refunded.refund).toMatchObject({ status: 'SUCCEEDED', amount: { amount: String(total) } });

  const zero = Object.fromEntries(Object.keys(books).map((k) => [k, 0n]));
  await waitFor(async () => Object.values(await balances()).every((v) => v === 0n), 30_000);
  expect(await balances()).toEqual(zero);
  // Every posting went through: none rejected.
  expect(await s.stack.prisma.rejectedPosting.count()).toBe(0);
});
