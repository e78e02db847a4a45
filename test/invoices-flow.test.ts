/**
 * Invoices from real sales (decision 0077): commerce asks the ledger in the transaction that marks an order
 * paid, records a till sale or completes a refund, and the ledger issues them once. A store's web order gets
 * one invoice whose lines, VAT per line and total match the order; a marketplace order one per vendor order;
 * a till sale its receipt; a refund a credit note referencing the invoice. Staff read them (and the PDF)
 * through the gateway; another tenant's staff do not.
 */
import { uuidv7, type PosSaleRecordedPayload } from '@webwaka/kit';
import { gql } from './support/graphql';
import type { TestStack } from './support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor } from '../subgraphs/commerce/test/support';
import { recordPosReturn, recordPosSale } from '../subgraphs/commerce/src/services/pos-orders';

let s: TestStack;
let store: string;
let market: string;
const staff: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  staff.store = await signIn(s, 'ade-fashion', 'client');
  staff.market = await signIn(s, 'naija-market', 'client');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const INVOICES = `query ($o: ID!) { orderInvoices(orderId: $o) { id kind number vendorId creditsInvoiceId subtotal { amount } tax { amount } total { amount } lines { description quantity subtotal { amount } taxRateBps tax { amount } } } }`;

async function paidOrder(slug: string, lines: { variantId: string; quantity: number }[], extra: Record<string, unknown> = {}) {
  const token = await guestCart(s, slug, lines);
  const r = payload(await checkout(s, slug, { ...checkoutInput(token), ...extra }), 'checkout');
  expect(await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay')).toBe(200);
  lastCartToken = token;
  return r.order as { id: string; total: { amount: string }; lines: { id: string }[]; vendorOrders: { id: string; vendorId: string }[] };
}

let lastCartToken = '';

const invoicesOf = (orderId: string, who: Record<string, string>, count: number) =>
  waitFor(async () => {
    const list = payload(await gql(s.gatewayUrl, INVOICES, { o: orderId }, who), 'orderInvoices');
    return list.length >= count ? list : null;
  }, 30_000);

it('a paid web order: one invoice matching the order line by line, its PDF, and a credit note for a refund', async () => {
  const p = await makeProduct(s.stack.prisma, store, { price: 1_250_000n, stock: 10 });
  const order = await paidOrder('ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
  const [invoice] = await invoicesOf(order.id, staff.store, 1);
  // ₦12,500 incl. 7.5% ×2 and ₦1,500 Lagos shipping incl.: as commerce's own flow test computes the order.
  expect(invoice).toMatchObject({
    kind: 'INVOICE',
    number: expect.stringMatching(/^INV-\d{6}$/),
    subtotal: { amount: String(2_325_581 + 139_535) },
    tax: { amount: '184884' },
    total: { amount: order.total.amount },
    lines: [
      { description: `Test product ${p.sku} — Default`, quantity: 2, subtotal: { amount: '2325581' }, taxRateBps: 750, tax: { amount: '174419' } },
      { description: 'Shipping', quantity: 1, subtotal: { amount: '139535' }, taxRateBps: 750, tax: { amount: '10465' } },
    ],
  });
  const pdf = payload(await gql(s.gatewayUrl, 'query ($id: ID!) { invoice(id: $id) { pdfBase64 } }', { id: invoice.id }, staff.store), 'invoice');
  expect(Buffer.from(pdf.pdfBase64, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  // Another tenant's administrator reads nothing of it.
  expect(payload(await gql(s.gatewayUrl, INVOICES, { o: order.id }, staff.market), 'orderInvoices')).toEqual([]);
  expect(payload(await gql(s.gatewayUrl, 'query ($id: ID!) { invoice(id: $id) { id } }', { id: invoice.id }, staff.market), 'invoice')).toBeNull();

  const refund = await gql(s.gatewayUrl, 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id } userErrors { code message } } }', { i: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } }, staff.store);
  expect(payload(refund, 'refundOrder').userErrors).toEqual([]);
  const [, credit] = await invoicesOf(order.id, staff.store, 2);
  expect(credit).toMatchObject({ kind: 'CREDIT_NOTE', number: expect.stringMatching(/^CN-\d{6}$/), creditsInvoiceId: invoice.id });
  expect(credit.lines.map((l: any) => [l.quantity, l.taxRateBps])).toEqual([[1, 750]]);
  expect(BigInt(credit.total.amount)).toBeGreaterThan(0n);
  expect(BigInt(credit.total.amount)).toBeLessThan(BigInt(invoice.total.amount));
}, 120_000);

it("a business buyer's TIN given at checkout is on its invoice and the PDF; a malformed TIN places no order", async () => {
  const p = await makeProduct(s.stack.prisma, store, { price: 500_000n, stock: 10 });
  const order = await paidOrder('ade-fashion', [{ variantId: p.variantId, quantity: 1 }], { taxId: ' 12345678-0001 ' });
  const [invoice] = await invoicesOf(order.id, staff.store, 1);
  const read = payload(await gql(s.gatewayUrl, 'query ($id: ID!) { invoice(id: $id) { customerTaxId pdfBase64 } }', { id: invoice.id }, staff.store), 'invoice');
  expect(read.customerTaxId).toBe('12345678-0001');
  expect(Buffer.from(read.pdfBase64, 'base64').toString('latin1')).toContain('TIN: 12345678-0001');

  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const refused = (await checkout(s, 'ade-fashion', { ...checkoutInput(token), taxId: '1234-5' })).data!.checkout;
  expect(refused).toMatchObject({ order: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['taxId'] }] });
}, 120_000);

it("a guest reads their order's invoice and PDF with the order's cart token; a wrong token or another shop reads nothing", async () => {
  const p = await makeProduct(s.stack.prisma, market, { price: 300_000n, stock: 10, commissionBps: 1000 });
  const order = await paidOrder('naija-market', [{ variantId: p.variantId, quantity: 1 }]);
  const cartToken = lastCartToken;
  const [invoice] = await invoicesOf(order.id, staff.market, 1);
  const GUEST = `query ($o: ID!, $id: ID!, $t: String!) { guestOrderInvoices(orderId: $o, cartToken: $t) { id number } guestInvoice(id: $id, cartToken: $t) { id pdfBase64 } }`;
  const asGuest = (t: string, tenant: string) => gql(s.gatewayUrl, GUEST, { o: order.id, id: invoice.id, t }, { 'x-tenant': tenant });
  const mine = await asGuest(cartToken, 'naija-market');
  expect(mine.errors).toBeUndefined();
  expect(mine.data.guestOrderInvoices).toEqual([{ id: invoice.id, number: invoice.number }]);
  expect(Buffer.from(mine.data.guestInvoice.pdfBase64, 'base64').subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  // Another cart's token (a real one, of another guest order) proves nothing about this order.
  await paidOrder('naija-market', [{ variantId: p.variantId, quantity: 1 }]);
  for (const [t, tenant] of [[lastCartToken, 'naija-market'], ['00000000-0000-4000-8000-000000000000', 'naija-market'], [cartToken, 'ade-fashion']]) {
    const r = await asGuest(t, tenant);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ guestOrderInvoices: [], guestInvoice: null });
  }
}, 120_000);

it('a marketplace order: one invoice per vendor order, numbered one after the other; a vendor reads its own only', async () => {
  const vendorUser = await signIn(s, 'naija-market', 'vendor');
  const me = payload(await gql(s.gatewayUrl, '{ me { id } }', {}, vendorUser), 'me');
  const own = await s.stack.prisma.vendor.findFirstOrThrow({ where: { tenantId: market, status: 'APPROVED', ownerUserId: me.id } });
  const other = await s.stack.prisma.vendor.findFirstOrThrow({ where: { tenantId: market, status: 'APPROVED', id: { not: own.id }, OR: [{ ownerUserId: null }, { ownerUserId: { not: me.id } }] } });
  const vendors = [own, other];
  const a = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 5, vendorSlug: vendors[0].slug, commissionBps: 1000 });
  const b = await makeProduct(s.stack.prisma, market, { price: 700_000n, stock: 5, vendorSlug: vendors[1].slug, commissionBps: 1000 });
  const order = await paidOrder('naija-market', [{ variantId: a.variantId, quantity: 1 }, { variantId: b.variantId, quantity: 1 }]);
  const invoices = await invoicesOf(order.id, staff.market, 2);
  expect(invoices.map((i: any) => i.vendorId).sort()).toEqual([a.vendorId, b.vendorId].sort());
  const numbers = invoices.map((i: any) => Number(i.number.slice(4))).sort((x: number, y: number) => x - y);
  expect(numbers[1]).toBe(numbers[0] + 1);
  expect(invoices.reduce((n: bigint, i: any) => n + BigInt(i.total.amount), 0n)).toBe(BigInt(order.total.amount));
  const mine = payload(await gql(s.gatewayUrl, INVOICES, { o: order.id }, vendorUser), 'orderInvoices');
  expect(mine.map((i: any) => i.vendorId)).toEqual([own.id]);
  const theirs = invoices.find((i: any) => i.vendorId === other.id);
  expect(payload(await gql(s.gatewayUrl, 'query ($id: ID!) { invoice(id: $id) { id } }', { id: theirs.id }, vendorUser), 'invoice')).toBeNull();
  expect(payload(await gql(s.gatewayUrl, 'query ($id: ID!) { invoice(id: $id) { id } }', { id: mine[0].id }, vendorUser), 'invoice')).toEqual({ id: mine[0].id });
}, 120_000);

it('a till sale: its receipt, issued once however often the sale is delivered; a till return: its credit note', async () => {
  const p = await makeProduct(s.stack.prisma, store, { price: 107_500n, stock: 5 });
  const saleId = uuidv7();
  const sale: PosSaleRecordedPayload = {
    saleId,
    kind: 'SALE',
    returnOfSaleId: null,
    receiptNumber: 'T1-000042',
    deviceId: uuidv7(),
    locationId: p.locationId,
    customerUserId: null,
    currency: 'NGN',
    taxInclusive: true,
    taxRateBps: 750,
    occurredAt: new Date().toISOString(),
    lines: [{ variantId: p.variantId, productId: p.productId, vendorId: p.vendorId, vendorName: 'Ade Fashion', sku: p.sku, title: 'Ankara wrap', quantity: 1, unitPrice: '107500', subtotal: '100000', tax: '7500' }],
    subtotal: '100000',
    discount: '0',
    tax: '7500',
    total: '107500',
    tenders: [{ tender: 'CASH', amount: '107500' }],
  };
  const ctx = serviceContext(s, store);
  await recordPosSale(ctx, store, sale);
  await recordPosSale(ctx, store, sale);
  const checkoutRow = await s.stack.prisma.checkout.findUniqueOrThrow({ where: { tenantId_idempotencyKey: { tenantId: store, idempotencyKey: `pos:${saleId}` } } });
  const [receipt] = await invoicesOf(checkoutRow.orderId!, staff.store, 1);
  expect(receipt).toMatchObject({ kind: 'INVOICE', total: { amount: '107500' }, tax: { amount: '7500' }, lines: [{ description: 'Ankara wrap', taxRateBps: 750 }] });
  await new Promise((r) => setTimeout(r, 500));
  expect(await s.stack.prisma.invoice.count({ where: { tenantId: store, orderId: checkoutRow.orderId! } })).toBe(1);

  const ret: PosSaleRecordedPayload = { ...sale, saleId: uuidv7(), kind: 'RETURN', returnOfSaleId: saleId, receiptNumber: 'T1-000043', tenders: [{ tender: 'CASH', amount: '107500' }] };
  await recordPosReturn(ctx, store, ret);
  await recordPosReturn(ctx, store, ret);
  const [, credit] = await invoicesOf(checkoutRow.orderId!, staff.store, 2);
  expect(credit).toMatchObject({ kind: 'CREDIT_NOTE', creditsInvoiceId: receipt.id, total: { amount: '107500' }, tax: { amount: '7500' }, lines: [{ description: 'Ankara wrap', taxRateBps: 750 }] });
  await new Promise((r) => setTimeout(r, 500));
  expect(await s.stack.prisma.invoice.count({ where: { tenantId: store, orderId: checkoutRow.orderId! } })).toBe(2);
}, 120_000);
