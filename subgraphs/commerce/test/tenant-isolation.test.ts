/**
 * Tenant isolation of every commerce operation, through the gateway. Tenant A (the marketplace,
 * naija-market) has a guest cart, a customer's paid order with a refund and an open dispute, a guest's
 * order awaiting payment, its own settings, shipping zones and Paystack credentials. Tenant B's callers
 * (ade-fashion: its administrator, staff, an integration key, the same customer signed in there, a guest)
 * try every operation on A's tokens, ids and references: reads answer null or only B's rows, writes answer
 * NOT_FOUND exactly like ids that do not exist, and A's rows are unchanged afterwards (nor did a refused
 * write leave anything in B). A header naming A changes nothing. A guard fails when an operation is not
 * covered here.
 */
import { callPeer, encryptSecret, Peers, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { rootFieldNames } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { trackingKey } from '../src/services/rider-locations';
import { apiKey, checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

const A_SLUG = 'naija-market';
const B_SLUG = 'ade-fashion';

let s: TestStack;
let prisma: PrismaClient;
const A = {} as {
  id: string;
  product: TestProduct;
  guestCartToken: string;
  customerCartToken: string;
  paidOrderId: string;
  paidVendorOrderId: string;
  paidLineId: string;
  paidReference: string;
  pendingOrderId: string;
  pendingCartToken: string;
  pendingReference: string;
  pendingNumber: string;
  zoneId: string;
  rateId: string;
  subscriptionId: string;
  couponId: string;
  conversationId: string;
  returnId: string;
  promotionId: string;
  giftCardId: string;
  giftCardCode: string;
  customerUserId: string;
  giftCardProductId: string;
  podOrderId: string;
  collectorUserId: string;
  shipmentId: string;
};
const B = {} as { id: string; paidOrderId: string };
type Who = 'admin' | 'staff' | 'apiKey' | 'customer' | 'guest';
const callers = {} as Record<Who, Record<string, string>>;

const addLine = (tenant: string, headers: Record<string, string>, variantId: string, quantity: number) =>
  gql(s.gatewayUrl, 'mutation ($v: ID!, $q: Int!) { addCartLine(input: { variantId: $v, quantity: $q }) { cart { token } userErrors { code } } }', { v: variantId, q: quantity }, { 'x-tenant': tenant, ...headers });

/** A signed-in customer's order, paid on the sandbox page. */
async function paidCustomerOrder(tenant: string, customer: Record<string, string>, product: TestProduct) {
  const token = payload(await addLine(tenant, customer, product.variantId, 2), 'addCartLine').cart.token as string;
  const r = payload(await checkout(s, tenant, checkoutInput(token), customer), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  return { token, orderId: r.order.id as string, vendorOrderId: r.order.vendorOrders[0].id as string, lineId: r.order.lines[0].id as string, reference: r.payment.reference as string };
}

beforeAll(async () => {
  s = await startCommerceStack();
  prisma = s.stack.prisma;
  A.id = await tenantId(prisma, A_SLUG);
  B.id = await tenantId(prisma, B_SLUG);

  // ----- A's commerce, made by its own people -----
  const adminA = await signIn(s, A_SLUG, 'client');
  const customerA = await signIn(s, A_SLUG, 'customer');
  A.product = await makeProduct(prisma, A.id, { price: 500_000n, stock: 50, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
  const paid = await paidCustomerOrder(A_SLUG, customerA, A.product);
  Object.assign(A, { customerCartToken: paid.token, paidOrderId: paid.orderId, paidVendorOrderId: paid.vendorOrderId, paidLineId: paid.lineId, paidReference: paid.reference });
  // A's subscription of the customer (decision 0060), made as the job leaves an active one.
  const paidA = await prisma.order.findUniqueOrThrow({ where: { id: A.paidOrderId } });
  A.subscriptionId = (
    await prisma.subscription.create({
      data: {
        id: uuidv7(), tenantId: A.id, customerUserId: paidA.customerUserId!, email: paidA.email, variantId: A.product.variantId, title: 'A product', quantity: 1, interval: 'WEEKLY',
        currency: paidA.currency, lastTotal: paidA.total, shippingAddress: (paidA.shippingAddress ?? {}) as object, shippingMethod: paidA.shippingMethod, status: 'ACTIVE', provider: 'SANDBOX',
        authorizationSealed: encryptSecret('sbx_auth_isolation'), firstOrderId: paidA.id, nextChargeAt: new Date(Date.now() + 7 * 86_400_000),
      },
    })
  ).id;
  payload(await gql(s.gatewayUrl, 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id } userErrors { code message } } }', { i: { orderId: A.paidOrderId, lines: [{ orderLineId: A.paidLineId, quantity: 1 }] } }, adminA), 'refundOrder');
  payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { openDispute(orderId: $id, reason: "Chargeback") { dispute { id } userErrors { code } } }', { id: A.paidOrderId }, adminA), 'openDispute');
  A.guestCartToken = await guestCart(s, A_SLUG, [{ variantId: A.product.variantId, quantity: 1 }]);
  // A's coupon (decision 0057), applied to A's guest cart.
  A.couponId = payload(
    await gql(s.gatewayUrl, 'mutation { createCoupon(input: { code: "AONLY10", kind: PERCENTAGE, percentBps: 1000, fundedBy: MARKETPLACE }) { coupon { id } userErrors { code message } } }', {}, adminA),
    'createCoupon',
  ).coupon.id;
  // A's promotion (decision 0061), switched off so A's own checkouts here are priced as before.
  A.promotionId = payload(
    await gql(s.gatewayUrl, 'mutation { createPromotion(input: { name: "A only", kind: SPEND_SAVE, threshold: "100", amount: "1", active: false }) { promotion { id } userErrors { code message } } }', {}, adminA),
    'createPromotion',
  ).promotion.id;
  payload(await gql(s.gatewayUrl, 'mutation ($t: String) { applyCouponToCart(input: { cartToken: $t, couponCode: "aonly10" }) { cart { id } userErrors { code message } } }', { t: A.guestCartToken }, { 'x-tenant': A_SLUG }), 'applyCouponToCart');
  // A's return request on the customer's paid order (written here: the order is not delivered) and A's return window.
  A.returnId = uuidv7();
  const aOrder = await prisma.order.findUniqueOrThrow({ where: { id: A.paidOrderId } });
  await prisma.returnRequest.create({
    data: {
      id: A.returnId,
      tenantId: A.id,
      orderId: aOrder.id,
      orderNumber: aOrder.number,
      vendorOrderId: A.paidVendorOrderId,
      vendorName: 'A',
      customerUserId: aOrder.customerUserId!,
      reason: 'DAMAGED',
      lines: { create: { id: uuidv7(), tenantId: A.id, orderLineId: A.paidLineId, title: 'A line', sku: 'A-SKU', quantity: 1, openLineId: A.paidLineId } },
      events: { create: { id: uuidv7(), tenantId: A.id, toStatus: 'REQUESTED', actorType: 'user' } },
    },
  });
  await prisma.returnSettings.create({ data: { tenantId: A.id, windowDays: 30 } });
  // A's gift card, loyalty programme, and the customer's points and store credit there (decision 0059).
  const issued = payload(await gql(s.gatewayUrl, 'mutation { issueGiftCard(input: { amount: "500000", currency: "NGN", idempotencyKey: "a-card" }) { code giftCard { id } userErrors { code } } }', {}, adminA), 'issueGiftCard');
  Object.assign(A, { giftCardId: issued.giftCard.id, giftCardCode: issued.code, customerUserId: aOrder.customerUserId! });
  payload(await gql(s.gatewayUrl, 'mutation { saveLoyaltyProgramme(input: { enabled: true }) { programme { enabled } userErrors { code } } }', {}, adminA), 'saveLoyaltyProgramme');
  const toCustomer = (kind: string, extra: string) => `mutation ($id: ID!) { ${kind}(input: { userId: $id, ${extra}, note: "A only", idempotencyKey: "a-${kind}" }) { rewards { points } userErrors { code } } }`;
  payload(await gql(s.gatewayUrl, toCustomer('adjustPoints', 'points: 100'), { id: A.customerUserId }, adminA), 'adjustPoints');
  payload(await gql(s.gatewayUrl, toCustomer('adjustStoreCredit', 'amount: "100000", currency: "NGN"'), { id: A.customerUserId }, adminA), 'adjustStoreCredit');
  // A sells a product as a gift card (decision 0064).
  A.giftCardProductId = (await makeProduct(prisma, A.id, { price: 1_000_000n, stock: 0, vendorSlug: 'chiamakas-closet' })).productId;
  payload(await gql(s.gatewayUrl, 'mutation ($p: ID!) { setGiftCardProduct(productId: $p, giftCard: true) { giftCard userErrors { code } } }', { p: A.giftCardProductId }, adminA), 'setGiftCardProduct');
  A.pendingCartToken = await guestCart(s, A_SLUG, [{ variantId: A.product.variantId, quantity: 1 }]);
  const pending = payload(await checkout(s, A_SLUG, checkoutInput(A.pendingCartToken)), 'checkout');
  Object.assign(A, { pendingOrderId: pending.order.id, pendingReference: pending.payment.reference });
  // Its guest's e-mail is A's alone, so looking its number up in B can only find A's order (decision 0065).
  A.pendingNumber = (await prisma.order.update({ where: { id: A.pendingOrderId }, data: { email: 'a.only.guest@example.com' } })).number;
  payload(await gql(s.gatewayUrl, 'mutation { updateCommerceSettings(input: { paymentWindowMinutes: 45, taxShipping: false, paymentMethods: [CARD, BANK_TRANSFER, PAY_ON_DELIVERY, USSD, MOBILE_MONEY] }) { settings { paymentWindowMinutes } userErrors { code } } }', {}, adminA), 'updateCommerceSettings');
  // A's pay-on-delivery orders (decision 0083): one still to collect, one collected in cash by A's administrator.
  const podA = async () => payload(await checkout(s, A_SLUG, checkoutInput(await guestCart(s, A_SLUG, [{ variantId: A.product.variantId, quantity: 1 }]), { paymentMethod: 'PAY_ON_DELIVERY' })), 'checkout').order.id as string;
  A.podOrderId = await podA();
  // A's shipment of that order with A's own rider (decision 0086).
  const podOrder = await prisma.order.findUniqueOrThrow({ where: { id: A.podOrderId }, include: { lines: true } });
  A.shipmentId = payload(
    await gql(
      s.gatewayUrl,
      'mutation ($i: CreateShipmentInput!) { createShipment(input: $i) { shipment { id } userErrors { code message } } }',
      { i: { vendorOrderId: podOrder.lines[0].vendorOrderId, carrier: 'OWN_RIDERS', riderUserId: uuidv7(), items: [{ orderLineId: podOrder.lines[0].id, quantity: 1 }], packages: [{ weightGrams: 500, lengthMm: 100, widthMm: 100, heightMm: 100 }] } },
      adminA,
    ),
    'createShipment',
  ).shipment.id;
  const collected = await podA();
  const due = (await prisma.payment.findFirstOrThrow({ where: { orderId: collected } })).amount;
  payload(await gql(s.gatewayUrl, 'mutation ($i: CollectOnDeliveryInput!) { collectOnDelivery(input: $i) { order { status } userErrors { code } } }', { i: { orderId: collected, amount: due.toString(), currency: 'NGN', via: 'CASH' } }, adminA), 'collectOnDelivery');
  A.collectorUserId = (await prisma.payment.findFirstOrThrow({ where: { orderId: collected } })).collectedByUserId!;
  payload(
    await gql(s.gatewayUrl, 'mutation { setPaymentProviderCredentials(input: { provider: PAYSTACK, secretKey: "sk_test_tenant_a", publicKey: "pk_test_tenant_a" }) { account { provider } userErrors { code } } }', {}, adminA),
    'setPaymentProviderCredentials',
  );
  const zone = await prisma.shippingZone.findFirstOrThrow({ where: { tenantId: A.id, name: 'Lagos' }, include: { rates: true } });
  Object.assign(A, { zoneId: zone.id, rateId: zone.rates[0].id });
  // A's WhatsApp number and a customer's conversation with it (decision 0075).
  await prisma.whatsappConnection.create({
    data: { id: uuidv7(), tenantId: A.id, phoneNumberId: 'iso-a-number', displayPhoneNumber: '+234 800 000 0001', accessTokenSealed: encryptSecret('token-a'), appSecretSealed: encryptSecret('secret-a'), baseUrl: 'https://graph.facebook.com', verifyToken: 'iso-a-verify' },
  });
  // A's Kwik Delivery account (decision 0090), sealed as connectKwik stores it.
  const kwikA = { domainName: 'a.kwik.delivery', email: 'a@example.ng', password: 'kwik-a', baseUrl: 'https://api.kwik.delivery', pickup: { name: 'A', phone: '+2348030000001', address: '1 A Road', latitude: 6.5, longitude: 3.4 } };
  await prisma.carrierAccount.create({ data: { id: uuidv7(), tenantId: A.id, carrier: 'KWIK', webhookSecretSealed: encryptSecret('x'), configSealed: encryptSecret(JSON.stringify(kwikA)) } });
  A.conversationId = uuidv7();
  await prisma.conversation.create({ data: { id: A.conversationId, tenantId: A.id, waId: '2348031230000', lastInboundAt: new Date() } });

  // ----- B's callers, and an order of B's so B's lists are not empty by accident -----
  const adminB = await signIn(s, B_SLUG, 'client');
  callers.admin = adminB;
  callers.staff = await signIn(s, B_SLUG, 'staff');
  callers.apiKey = await apiKey(s, adminB, ['commerce:read', 'commerce:write']);
  callers.customer = await signIn(s, B_SLUG, 'customer');
  callers.guest = { 'x-tenant': B_SLUG };
  const productB = await makeProduct(prisma, B.id, { price: 300_000n, stock: 50 });
  B.paidOrderId = (await paidCustomerOrder(B_SLUG, callers.customer, productB)).orderId;
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

/** Everything commerce stores about a tenant, for "nothing was written" checks (ordered, comparable). */
async function tenantState(tenant: string) {
  const where = { tenantId: tenant };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    carts: await prisma.cart.findMany({ where, ...byId, include: { lines: { orderBy: { id: 'asc' } } } }),
    checkouts: await prisma.checkout.findMany({ where, ...byId }),
    orders: await prisma.order.findMany({ where, ...byId, include: { vendorOrders: true, lines: { orderBy: { id: 'asc' } }, events: { orderBy: { id: 'asc' } } } }),
    payments: await prisma.payment.findMany({ where, ...byId }),
    refunds: await prisma.refund.findMany({ where, ...byId, include: { lines: true, vendorParts: true } }),
    disputes: await prisma.dispute.findMany({ where, ...byId }),
    settings: await prisma.commerceSettings.findUnique({ where: { tenantId: tenant } }),
    zones: await prisma.shippingZone.findMany({ where, ...byId, include: { rates: { orderBy: { id: 'asc' } } } }),
    accounts: await prisma.paymentProviderAccount.findMany({ where, ...byId }),
    whatsapp: await prisma.whatsappConnection.findMany({ where, ...byId }),
    carrierAccounts: await prisma.carrierAccount.findMany({ where, ...byId }),
    conversations: await prisma.conversation.findMany({ where, ...byId, include: { messages: { orderBy: { id: 'asc' } } } }),
    subscriptions: await prisma.subscription.findMany({ where, ...byId }),
    subscriptionSettings: await prisma.subscriptionSettings.findUnique({ where: { tenantId: tenant } }),
    coupons: await prisma.coupon.findMany({ where, ...byId, include: { redemptions: { orderBy: { id: 'asc' } } } }),
    promotions: await prisma.promotion.findMany({ where, ...byId, include: { uses: { orderBy: { id: 'asc' } } } }),
    giftCards: await prisma.giftCard.findMany({ where, ...byId }),
    giftCardProducts: await prisma.giftCardProduct.findMany({ where, orderBy: { productId: 'asc' } }),
    giftCardRecipients: await prisma.giftCardRecipient.findMany({ where, orderBy: { orderId: 'asc' } }),
    balances: await prisma.balanceMovement.findMany({ where, ...byId }),
    credit: await prisma.storeCredit.findMany({ where, orderBy: { userId: 'asc' } }),
    points: await prisma.loyaltyAccount.findMany({ where, orderBy: { userId: 'asc' } }),
    loyalty: await prisma.loyaltySettings.findUnique({ where: { tenantId: tenant } }),
    returns: await prisma.returnRequest.findMany({ where, ...byId, include: { lines: { orderBy: { id: 'asc' } }, events: { orderBy: { id: 'asc' } } } }),
    returnSettings: await prisma.returnSettings.findUnique({ where: { tenantId: tenant } }),
    webhookEvents: await prisma.webhookEvent.count({ where }),
    sandboxCharges: await prisma.sandboxCharge.findMany({ where, orderBy: { reference: 'asc' } }),
    events: await prisma.outboxEvent.count({ where: { ...where, topic: { startsWith: 'commerce.' } } }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Reads: B's callers see only B's rows, and A's tokens and ids read as none
// ---------------------------------------------------------------------------------------------------

const BACK_OFFICE: Who[] = ['admin', 'staff', 'apiKey'];
const MONEY_READERS: Who[] = ['admin', 'apiKey'];
const EVERYONE: Who[] = ['admin', 'staff', 'apiKey', 'customer', 'guest'];

type Check = (value: any) => Promise<void> | void;
/** A read case; `refusal` when the read answers with an error (code) rather than null or a list without A's rows. */
type ReadCase = [label: string, query: string, variables: Record<string, unknown>, check: Check, refusal?: string];
const READS: Record<string, { who: Who[]; cases: () => ReadCase[] }> = {
  // A paired till's reads (decision 0071): nobody else reads them, B's staff and keys included; that a
  // till of one shop lists only its shop's coupons is pos's till-coupons test.
  posCoupons: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['refused to anyone but a till', '{ posCoupons { id } }', {}, (v) => expect(v).toBeNull(), 'FORBIDDEN']],
  },
  posCouponRules: {
    // pos's call at sync time, over the internal route only: not in the gateway's API at all.
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['not in the API', 'query ($ids: [ID!]!) { posCouponRules(ids: $ids) { id } }', { ids: [A.couponId] }, (v) => expect(v).toBeNull(), 'GRAPHQL_VALIDATION_FAILED']],
  },
  posCustomerPoints: {
    // pos's call for a till that found a customer (decision 0080), over the internal route only: not in the gateway's API.
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['not in the API', 'query ($u: ID!) { posCustomerPoints(userId: $u) { points } }', { u: A.id }, (v) => expect(v).toBeNull(), 'GRAPHQL_VALIDATION_FAILED']],
  },
  customerConversation: {
    // Identity's call for a customer's data export (decision 0081), over the peer route only: not in the gateway's API.
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['not in the API', 'query ($p: String!) { customerConversation(phone: $p) }', { p: '+2348031234567' }, (v) => expect(v).toBeNull(), 'GRAPHQL_VALIDATION_FAILED']],
  },
  guestOrderProved: {
    // The ledger's call for a guest's invoices, over the peer route only: not in the gateway's API at all.
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['not in the API', 'query ($o: ID!) { guestOrderProved(orderId: $o, cartToken: "x") }', { o: A.couponId }, (v) => expect(v).toBeNull(), 'GRAPHQL_VALIDATION_FAILED']],
  },
  mySubscriptions: {
    // The same customer signed in at B has A's subscription only in A.
    who: ['customer'],
    cases: () => [['none (A has one of theirs)', '{ mySubscriptions { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  subscriptions: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['none of A’s', '{ subscriptions(first: 50) { edges { node { id } } } }', {}, (v) => expect(v.edges.map((e: any) => e.node.id)).not.toContain(A.subscriptionId)]],
  },
  subscriptionSettings: {
    who: EVERYONE,
    cases: () => [['B’s own (off)', '{ subscriptionSettings { enabled } }', {}, (v) => expect(v).toEqual({ enabled: false })]],
  },
  cart: {
    who: EVERYONE,
    cases: () => [
      ['A’s guest cart', 'query ($t: String) { cart(cartToken: $t) { id } }', { t: A.guestCartToken }, (v) => expect(v).toBeNull()],
      ['A’s customer cart', 'query ($t: String) { cart(cartToken: $t) { id } }', { t: A.customerCartToken }, (v) => expect(v).toBeNull()],
      ['no token: never a cart of A', '{ cart { id } }', {}, async (v) => v && expect((await prisma.cart.findUniqueOrThrow({ where: { id: v.id } })).tenantId).toBe(B.id)],
    ],
  },
  order: {
    who: EVERYONE,
    cases: () => [
      ['A’s paid order', 'query ($id: ID!) { order(id: $id) { id } }', { id: A.paidOrderId }, (v) => expect(v).toBeNull()],
      ['A’s pending order with its cart token', 'query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { id } }', { id: A.pendingOrderId, t: A.pendingCartToken }, (v) => expect(v).toBeNull()],
    ],
  },
  refundPreview: {
    // A preview of a refund of A's order (or of A's line on B's order) is refused as refundOrder refuses it.
    who: ['admin', 'apiKey'], // the MONEY callers (declared further down)
    cases: () => [
      ['A’s paid order', 'query ($i: RefundOrderInput!) { refundPreview(input: $i) { amount { amount } } }', { i: { orderId: A.paidOrderId } }, (v) => expect(v).toBeNull(), 'NOT_FOUND'],
      ['A’s order line on B’s order', 'query ($i: RefundOrderInput!) { refundPreview(input: $i) { amount { amount } } }', { i: { orderId: B.paidOrderId, lines: [{ orderLineId: A.paidLineId, quantity: 1 }] } }, (v) => expect(v).toBeNull(), 'BAD_USER_INPUT'],
    ],
  },
  salesSummary: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [
      [
        'B’s paid orders only, in number and in money',
        '{ salesSummary(from: "2024-06-01T00:00:00Z", to: "2027-05-01T00:00:00Z") { orders revenue { amount } } }',
        {},
        async (v) => {
          const paid = await prisma.order.findMany({ where: { tenantId: B.id, paidAt: { not: null } }, select: { total: true } });
          expect(v.reduce((n: number, s: any) => n + s.orders, 0)).toBe(paid.length);
          expect(v.reduce((n: bigint, s: any) => n + BigInt(s.revenue.amount), 0n)).toBe(paid.reduce((n, o) => n + o.total, 0n));
        },
      ],
    ],
  },
  salesReport: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [
      [
        'no product of A among B’s best sellers',
        '{ salesReport(from: "2024-06-01T00:00:00Z", to: "2027-05-01T00:00:00Z", groupBy: PRODUCT) { key } }',
        {},
        async (v) => {
          const keys: string[] = v.map((r: any) => r.key);
          const aProducts = await prisma.orderLine.findMany({ where: { tenantId: A.id }, select: { productId: true } });
          for (const l of aProducts) if (l.productId) expect(keys).not.toContain(l.productId);
        },
      ],
    ],
  },
  orders: {
    who: ['admin', 'staff', 'apiKey', 'customer'],
    cases: () => [
      [
        'only B’s orders (B’s customer paid one there)',
        '{ orders(first: 100) { edges { node { id } } } }',
        {},
        async (v) => {
          const ids: string[] = v.edges.map((e: any) => e.node.id);
          expect(ids).toContain(B.paidOrderId);
          const rows = await prisma.order.findMany({ where: { id: { in: ids } }, select: { tenantId: true } });
          expect(rows.length).toBe(ids.length);
          expect(rows.every((r) => r.tenantId === B.id)).toBe(true);
        },
      ],
    ],
  },
  commerceSettings: {
    who: BACK_OFFICE,
    cases: () => [['B’s own (A waits 45 minutes, untaxed shipping)', '{ commerceSettings { paymentWindowMinutes taxShipping paymentMethods } }', {}, (v) => expect(v).toEqual({ paymentWindowMinutes: 30, taxShipping: true, paymentMethods: ['CARD'] })]],
  },
  checkoutPaymentMethods: {
    who: EVERYONE,
    cases: () => [['B’s own (A also takes bank transfers)', '{ checkoutPaymentMethods }', {}, (v) => expect(v).toEqual(['CARD'])]],
  },
  checkoutUssdBanks: {
    who: EVERYONE,
    cases: () => [['none: B does not take USSD (A does)', '{ checkoutUssdBanks { code } }', {}, (v) => expect(v).toEqual([])]],
  },
  checkoutMobileMoneyNetworks: {
    who: EVERYONE,
    cases: () => [['none: B does not take mobile money (A does)', '{ checkoutMobileMoneyNetworks { code } }', {}, (v) => expect(v).toEqual([])]],
  },
  shippingZones: {
    who: BACK_OFFICE,
    cases: () => [
      [
        'only B’s zones and rates',
        '{ shippingZones { id rates { id } } }',
        {},
        async (v) => {
          expect(v.length).toBeGreaterThan(0);
          const zones = await prisma.shippingZone.findMany({ where: { id: { in: v.map((z: any) => z.id) } } });
          const rates = await prisma.shippingRate.findMany({ where: { id: { in: v.flatMap((z: any) => z.rates.map((r: any) => r.id)) } } });
          expect([...zones, ...rates].map((r) => r.tenantId)).toEqual([...zones, ...rates].map(() => B.id));
        },
      ],
    ],
  },
  shippingOptions: {
    who: EVERYONE,
    cases: () => [
      [
        'B’s Lagos rates',
        '{ shippingOptions(destination: { region: "Lagos", country: "NG" }) { id } }',
        {},
        async (v) => {
          expect(v.length).toBeGreaterThan(0);
          const rates = await prisma.shippingRate.findMany({ where: { id: { in: v.map((r: any) => r.id) } } });
          expect(rates.map((r) => r.tenantId)).toEqual(v.map(() => B.id));
        },
      ],
    ],
  },
  returnRequests: {
    who: ['admin', 'staff', 'apiKey', 'customer'],
    cases: () => [
      ['not A’s return', '{ returnRequests(first: 100) { edges { node { id } } } }', {}, (v) => expect(v.edges.map((e: any) => e.node.id)).not.toContain(A.returnId)],
      ['not A’s return (mine)', '{ returnRequests(first: 100, mine: true) { edges { node { id } } } }', {}, (v) => expect(v.edges.map((e: any) => e.node.id)).not.toContain(A.returnId)],
    ],
  },
  returnRequest: {
    who: ['admin', 'staff', 'apiKey', 'customer'],
    cases: () => [['A’s return', 'query ($id: ID!) { returnRequest(id: $id) { id } }', { id: A.returnId }, (v) => expect(v).toBeNull()]],
  },
  returnableLines: {
    who: ['customer'],
    cases: () => [['A’s paid order (the same customer’s)', 'query ($id: ID!) { returnableLines(orderId: $id) { orderLineId } }', { id: A.paidOrderId }, (v) => expect(v).toBeNull(), 'NOT_FOUND']],
  },
  guestReturnableLines: {
    who: EVERYONE,
    cases: () => [['A’s guest order with its cart token', 'query ($id: ID!, $t: String!) { guestReturnableLines(orderId: $id, cartToken: $t) { orderLineId } }', { id: A.pendingOrderId, t: A.pendingCartToken }, (v) => expect(v).toBeNull(), 'NOT_FOUND']],
  },
  guestReturnRequests: {
    who: EVERYONE,
    cases: () => [['A’s guest order with its cart token', 'query ($id: ID!, $t: String!) { guestReturnRequests(orderId: $id, cartToken: $t) { id } }', { id: A.pendingOrderId, t: A.pendingCartToken }, (v) => expect(v).toBeNull(), 'NOT_FOUND']],
  },
  returnSettings: {
    who: ['admin', 'staff', 'apiKey', 'customer'],
    cases: () => [['B’s window, not A’s 30 days', '{ returnSettings { windowDays } }', {}, (v) => expect(v).toEqual({ windowDays: 14 })]],
  },
  coupons: {
    who: MONEY_READERS,
    cases: () => [['none (A has AONLY10)', '{ coupons { id code } }', {}, (v) => expect(v).toEqual([])]],
  },
  promotions: {
    who: MONEY_READERS,
    cases: () => [['none (A has "A only")', '{ promotions { id name } }', {}, (v) => expect(v).toEqual([])]],
  },
  // Gift cards, store credit and points (decision 0059): administrators only; a code is anyone's.
  giftCards: {
    who: ['admin'],
    cases: () => [['none of A’s', '{ giftCards(first: 50) { edges { node { id } } } }', {}, (v) => expect(v.edges.map((e: any) => e.node.id)).not.toContain(A.giftCardId)]],
  },
  giftCardBalance: {
    who: EVERYONE,
    cases: () => [['A’s code is no card here', 'query ($c: String!) { giftCardBalance(code: $c) { last4 } }', { c: A.giftCardCode }, (v) => expect(v).toBeNull()]],
  },
  giftCardProducts: {
    who: EVERYONE,
    cases: () => [['A’s gift-card product is none here', 'query ($ids: [ID!]!) { giftCardProducts(productIds: $ids) }', { ids: [A.giftCardProductId] }, (v) => expect(v).toEqual([])]],
  },
  loyaltyProgramme: {
    who: EVERYONE,
    cases: () => [['B’s own (off; A’s is on)', '{ loyaltyProgramme { enabled } }', {}, (v) => expect(v).toEqual({ enabled: false })]],
  },
  myRewards: {
    who: ['customer'],
    cases: () => [['the same customer has A’s points and credit only in A', '{ myRewards { points storeCredit { amount } } }', {}, (v) => expect(v).toEqual({ points: 0, storeCredit: { amount: '0' } })]],
  },
  customerRewards: {
    who: ['admin'],
    cases: () => [['A’s customer: nothing of A’s', 'query ($id: ID!) { customerRewards(userId: $id) { points storeCredit { amount } } }', { id: A.customerUserId }, (v) => expect(v).toEqual({ points: 0, storeCredit: { amount: '0' } })]],
  },
  paymentProviderAccounts: {
    who: ['admin'],
    cases: () => [['none (A has Paystack)', '{ paymentProviderAccounts { provider } }', {}, (v) => expect(v).toEqual([])]],
  },
  kwikAccount: {
    who: ['admin'],
    cases: () => [['not connected (A is)', '{ kwikAccount { connected emailMasked } }', {}, (v) => expect(v).toEqual({ connected: false, emailMasked: null })]],
  },
  shippingCarriers: {
    who: ['admin', 'staff'],
    cases: () => [['no Kwik (A has it)', '{ shippingCarriers }', {}, (v) => expect(v).not.toContain('KWIK')]],
  },
  whatsappConnection: {
    who: ['admin'],
    cases: () => [['none (A has a number)', '{ whatsappConnection { phoneNumberId } }', {}, (v) => expect(v).toBeNull()]],
  },
  whatsappSimulatorAvailable: {
    who: ['admin', 'staff'],
    cases: () => [['the installation’s, nothing of A’s', '{ whatsappSimulatorAvailable }', {}, (v) => expect(typeof v).toBe('boolean')]],
  },
  conversations: {
    who: ['admin', 'staff'],
    cases: () => [['none (A has one)', '{ conversations { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  // Shipments (decision 0086): B's callers find none of A's, nor A's order's code.
  shipments: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['none of A’s', '{ shipments { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  shipment: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['A’s shipment', 'query ($id: ID!) { shipment(id: $id) { id } }', { id: A.shipmentId }, (v) => expect(v).toBeNull()]],
  },
  myDeliveries: {
    who: ['admin', 'staff'],
    cases: () => [['none of A’s', '{ myDeliveries { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  orderShipments: {
    who: EVERYONE,
    cases: () => [['A’s order', 'query ($o: ID!) { orderShipments(orderId: $o) { deliveryCode } }', { o: A.podOrderId }, (v) => expect(v).toEqual([])]],
  },
  riderTracking: {
    who: EVERYONE,
    cases: () => [
      ['A’s order', 'query ($o: ID!) { riderTracking(orderId: $o) { orderId } }', { o: A.podOrderId }, (v) => expect(v).toBeNull()],
      ['A’s order with A’s own tracking key (keys are per tenant)', 'query ($o: ID!, $k: String) { riderTracking(orderId: $o, trackingKey: $k) { orderId } }', { o: A.podOrderId, k: trackingKey(A.id, A.podOrderId) }, (v) => expect(v).toBeNull()],
    ],
  },
  shipmentQuote: {
    who: ['admin', 'staff', 'apiKey'],
    cases: () => [['A’s order', 'query ($o: ID!) { shipmentQuote(orderId: $o, carrier: SANDBOX, packages: [{ weightGrams: 1, lengthMm: 1, widthMm: 1, heightMm: 1 }]) { etaHours } }', { o: A.podOrderId }, (v) => expect(v).toBeNull()]],
  },
  payOnDeliveryOrders: {
    who: ['admin', 'staff'],
    cases: () => [['none (A has one to collect)', '{ payOnDeliveryOrders { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  cashHeldByCollectors: {
    who: ['admin'],
    cases: () => [['none (A’s administrator holds cash)', '{ cashHeldByCollectors { collectorUserId } }', {}, (v) => expect(v).toEqual([])]],
  },
  collectorHandIns: {
    who: ['admin'],
    cases: () => [['none', '{ collectorHandIns { id } }', {}, (v) => expect(v).toEqual([])]],
  },
  whatsappConversationExport: {
    // A's conversation with this number is A's: B's administrators export nothing of it (decision 0085).
    who: ['admin'],
    cases: () => [['A’s number', 'query ($p: String!) { whatsappConversationExport(phone: $p) }', { p: '+2348031230000' }, (v) => expect(v).toBeNull()]],
  },
  conversation: {
    who: ['admin', 'staff'],
    cases: () => [['A’s conversation', 'query ($id: ID!) { conversation(id: $id) { id } }', { id: A.conversationId }, (v) => expect(v).toBeNull()]],
  },
};

// ---------------------------------------------------------------------------------------------------
// Writes: A's tokens, ids and references behave like unknown ones
// ---------------------------------------------------------------------------------------------------

const MOVE = (op: string) => `mutation ($id: ID!) { ${op}(orderId: $id) { order { id } userErrors { code } } }`;
const MONEY: Who[] = ['admin', 'apiKey'];
const MANAGERS: Who[] = ['admin', 'staff', 'apiKey'];

const MUTATIONS: Record<string, { who: Who[]; document: string; cases: () => [label: string, variables: Record<string, unknown>, code: string][]; writesInB?: boolean }> = {
  setGiftCardStatus: {
    who: ['admin'],
    document: 'mutation ($id: ID!) { setGiftCardStatus(id: $id, status: DISABLED) { giftCard { id } userErrors { code } } }',
    cases: () => [['A’s card', { id: A.giftCardId }, 'NOT_FOUND']],
  },
  setGiftCardProduct: {
    who: ['admin'],
    document: 'mutation ($p: ID!, $g: Boolean!) { setGiftCardProduct(productId: $p, giftCard: $g) { giftCard userErrors { code } } }',
    cases: () => [['A’s gift-card product, unmarked in B (A’s stays)', { p: A.giftCardProductId, g: false }, '']],
  },
  issueGiftCard: {
    who: ['admin'],
    document: 'mutation ($i: IssueGiftCardInput!) { issueGiftCard(input: $i) { giftCard { id } userErrors { code } } }',
    cases: () => [['B’s own card, with A’s request key', { i: { amount: '100000', currency: 'NGN', idempotencyKey: 'a-card' } }, '']],
    writesInB: true,
  },
  saveLoyaltyProgramme: {
    who: ['admin'],
    document: 'mutation { saveLoyaltyProgramme(input: { expiryDays: 30 }) { programme { expiryDays } userErrors { code } } }',
    cases: () => [['B’s own programme', {}, '']],
    writesInB: true,
  },
  adjustPoints: {
    who: ['admin'],
    document: 'mutation ($id: ID!) { adjustPoints(input: { userId: $id, points: 5, note: "B", idempotencyKey: "a-adjustPoints" }) { rewards { points } userErrors { code } } }',
    cases: () => [['A’s customer, with A’s request key: B’s points only', { id: A.customerUserId }, '']],
    writesInB: true,
  },
  adjustStoreCredit: {
    who: ['admin'],
    document: 'mutation ($id: ID!) { adjustStoreCredit(input: { userId: $id, amount: "500", currency: "NGN", note: "B", idempotencyKey: "a-adjustStoreCredit" }) { rewards { points } userErrors { code } } }',
    cases: () => [['A’s customer, with A’s request key: B’s credit only', { id: A.customerUserId }, '']],
    writesInB: true,
  },
  ...Object.fromEntries(
    ['pauseSubscription', 'resumeSubscription', 'skipSubscriptionCharge', 'cancelSubscription'].map((op) => [
      op,
      { who: ['customer'] as Who[], document: `mutation ($id: ID!) { ${op}(id: $id) { subscription { id } userErrors { code } } }`, cases: () => [['A’s subscription', { id: A.subscriptionId }, 'NOT_FOUND']] as [string, Record<string, unknown>, string][] },
    ]),
  ),
  updateSubscription: {
    who: ['customer'],
    document: 'mutation ($id: ID!) { updateSubscription(id: $id, quantity: 3) { subscription { id } userErrors { code } } }',
    cases: () => [['A’s subscription', { id: A.subscriptionId }, 'NOT_FOUND']],
  },
  cancelCustomerSubscription: {
    who: MONEY,
    document: 'mutation ($id: ID!) { cancelCustomerSubscription(id: $id) { subscription { id } userErrors { code } } }',
    cases: () => [['A’s subscription', { id: A.subscriptionId }, 'NOT_FOUND']],
  },
  subscribe: {
    // B does not sell on subscription: refused before anything is stored, whatever the variant.
    who: ['customer'],
    document: 'mutation ($i: SubscribeInput!) { subscribe(input: $i) { subscription { id } userErrors { code } } }',
    cases: () => {
      const { cartToken: _t, ...rest } = checkoutInput('none');
      return [['A’s variant', { i: { ...rest, variantId: A.product.variantId, quantity: 1, interval: 'WEEKLY' } }, 'BAD_USER_INPUT']];
    },
  },
  updateSubscriptionSettings: {
    // B's own setting only (A's is unchanged).
    who: MONEY,
    document: 'mutation { updateSubscriptionSettings(enabled: false) { settings { enabled } userErrors { code } } }',
    cases: () => [['B’s own', {}, '']],
    writesInB: true,
  },
  createCart: {
    // Only ever a cart of B (checked by A being unchanged).
    who: EVERYONE,
    document: 'mutation ($i: CreateCartInput) { createCart(input: $i) { cart { id } userErrors { code } } }',
    cases: () => [['a cart, in B', { i: { visitorId: 'isolation-visitor' } }, '']],
    writesInB: true,
  },
  addCartLine: {
    who: EVERYONE,
    document: 'mutation ($i: AddCartLineInput!) { addCartLine(input: $i) { cart { id } userErrors { code } } }',
    cases: () => [
      ['A’s guest cart', { i: { cartToken: A.guestCartToken, variantId: A.product.variantId, quantity: 1 } }, 'NOT_FOUND'],
      ['A’s variant (no cart is started for it)', { i: { variantId: A.product.variantId, quantity: 1 } }, 'NOT_FOUND'],
    ],
  },
  updateCartLine: {
    who: EVERYONE,
    document: 'mutation ($i: CartLineInput!) { updateCartLine(input: $i) { cart { id } userErrors { code } } }',
    cases: () => [['A’s guest cart', { i: { cartToken: A.guestCartToken, variantId: A.product.variantId, quantity: 5 } }, 'NOT_FOUND']],
  },
  removeCartLine: {
    who: EVERYONE,
    document: 'mutation ($i: RemoveCartLineInput!) { removeCartLine(input: $i) { cart { id } userErrors { code } } }',
    cases: () => [['A’s guest cart', { i: { cartToken: A.guestCartToken, variantId: A.product.variantId } }, 'NOT_FOUND']],
  },
  mergeGuestCart: {
    who: ['admin', 'staff', 'customer'],
    document: 'mutation ($t: String!) { mergeGuestCart(cartToken: $t) { cart { id } userErrors { code } } }',
    cases: () => [['A’s guest cart', { t: A.guestCartToken }, 'NOT_FOUND']],
  },
  checkout: {
    who: EVERYONE,
    document: 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id } userErrors { code } } }',
    cases: () => [
      ['A’s guest cart', { i: checkoutInput(A.guestCartToken) }, 'NOT_FOUND'],
      ['A’s customer cart', { i: checkoutInput(A.customerCartToken) }, 'NOT_FOUND'],
    ],
  },
  quoteCheckoutShipping: {
    // A live carrier quote is asked for a cart of the caller's shop only (decision 0091).
    who: EVERYONE,
    document: 'mutation ($t: String, $d: ShippingQuoteDestinationInput!) { quoteCheckoutShipping(cartToken: $t, destination: $d) { quote { id } userErrors { code } } }',
    cases: () => [
      ['A’s guest cart', { t: A.guestCartToken, d: { city: 'Lekki', region: 'Lagos', country: 'NG' } }, 'NOT_FOUND'],
      ['A’s customer cart', { t: A.customerCartToken, d: { city: 'Lekki', region: 'Lagos', country: 'NG' } }, 'NOT_FOUND'],
    ],
  },
  retryPayment: {
    who: EVERYONE,
    document: 'mutation ($id: ID!, $t: String) { retryPayment(orderId: $id, cartToken: $t) { payment { id } userErrors { code } } }',
    cases: () => [
      ['A’s pending order with its cart token', { id: A.pendingOrderId, t: A.pendingCartToken }, 'NOT_FOUND'],
      ['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND'],
    ],
  },
  refreshPayment: {
    who: EVERYONE,
    document: 'mutation ($r: String!) { refreshPayment(reference: $r) { payment { id } userErrors { code } } }',
    cases: () => [
      ['A’s pending payment', { r: A.pendingReference }, 'NOT_FOUND'],
      ['A’s paid payment', { r: A.paidReference }, 'NOT_FOUND'],
    ],
  },
  createShipment: {
    who: MANAGERS,
    document: 'mutation ($i: CreateShipmentInput!) { createShipment(input: $i) { shipment { id } userErrors { code } } }',
    cases: () => [['A’s paid vendor order', { i: { vendorOrderId: A.paidVendorOrderId, carrier: 'SANDBOX', items: [{ orderLineId: A.paidLineId, quantity: 1 }], packages: [{ weightGrams: 1, lengthMm: 1, widthMm: 1, heightMm: 1 }] } }, 'NOT_FOUND']],
  },
  stepShipment: {
    who: MANAGERS,
    document: 'mutation ($id: ID!) { stepShipment(shipmentId: $id, status: PICKED_UP) { shipment { id } userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  deliverShipment: {
    who: MANAGERS,
    document: 'mutation ($id: ID!) { deliverShipment(shipmentId: $id, code: "123456") { shipment { id } userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  overrideShipmentDelivery: {
    who: ['admin'],
    document: 'mutation ($id: ID!) { overrideShipmentDelivery(shipmentId: $id, reason: "B tries") { shipment { id } userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  closeShipment: {
    who: MANAGERS,
    document: 'mutation ($id: ID!) { closeShipment(shipmentId: $id, status: CANCELLED, note: "B tries") { shipment { id } userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  reportRiderLocation: {
    who: ['admin', 'staff'],
    document: 'mutation ($id: ID!) { reportRiderLocation(shipmentId: $id, latitude: 6.5, longitude: 3.3, accuracyMeters: 10) { accepted userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  simulateCarrierEvent: {
    who: MANAGERS,
    document: 'mutation ($id: ID!) { simulateCarrierEvent(shipmentId: $id, status: PICKED_UP) { shipment { id } userErrors { code } } }',
    cases: () => [['A’s shipment', { id: A.shipmentId }, 'NOT_FOUND']],
  },
  collectOnDelivery: {
    who: ['admin', 'staff'],
    document: 'mutation ($i: CollectOnDeliveryInput!) { collectOnDelivery(input: $i) { order { id } userErrors { code } } }',
    cases: () => [['A’s pay-on-delivery order', { i: { orderId: A.podOrderId, amount: '1', currency: 'NGN', via: 'CASH' } }, 'NOT_FOUND']],
  },
  handInCollectedCash: {
    who: ['admin'],
    document: 'mutation ($i: HandInCollectedCashInput!) { handInCollectedCash(input: $i) { handIn { id } userErrors { code } } }',
    cases: () => [['A’s collector’s cash', { i: { collectorUserId: A.collectorUserId, currency: 'NGN', amount: '1', idempotencyKey: 'b-takes-a' } }, 'NOTHING_TO_HAND_IN']],
  },
  cancelOrder: { who: MANAGERS, document: MOVE('cancelOrder'), cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND'], ['A’s pending order', { id: A.pendingOrderId }, 'NOT_FOUND']] },
  fulfilOrder: { who: MANAGERS, document: MOVE('fulfilOrder'), cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND']] },
  shipOrder: { who: MANAGERS, document: MOVE('shipOrder'), cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND']] },
  deliverOrder: { who: MANAGERS, document: MOVE('deliverOrder'), cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND']] },
  completeOrder: { who: MANAGERS, document: MOVE('completeOrder'), cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND']] },
  ...Object.fromEntries(
    ['fulfilVendorOrder', 'shipVendorOrder', 'deliverVendorOrder'].map((op) => [
      op,
      { who: MANAGERS, document: `mutation ($id: ID!) { ${op}(vendorOrderId: $id) { vendorOrder { id } userErrors { code } } }`, cases: () => [['A’s paid vendor order', { id: A.paidVendorOrderId }, 'NOT_FOUND']] },
    ]),
  ),
  refundOrder: {
    who: MONEY,
    document: 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id } userErrors { code } } }',
    cases: () => [
      ['A’s paid order', { i: { orderId: A.paidOrderId } }, 'NOT_FOUND'],
      ['A’s order line on B’s order', { i: { orderId: B.paidOrderId, lines: [{ orderLineId: A.paidLineId, quantity: 1 }] } }, 'BAD_USER_INPUT'],
    ],
  },
  openDispute: {
    who: MONEY,
    document: 'mutation ($id: ID!) { openDispute(orderId: $id, reason: "x") { dispute { id } userErrors { code } } }',
    cases: () => [['A’s paid order', { id: A.paidOrderId }, 'NOT_FOUND']],
  },
  closeDispute: {
    who: MONEY,
    document: 'mutation ($id: ID!) { closeDispute(orderId: $id, resolution: "x") { dispute { id } userErrors { code } } }',
    cases: () => [['A’s disputed order', { id: A.paidOrderId }, 'NOT_FOUND']],
  },
  updateCommerceSettings: {
    // Only ever B's own settings (B's current values: nothing changes anywhere).
    who: MONEY,
    document: 'mutation ($i: UpdateCommerceSettingsInput!) { updateCommerceSettings(input: $i) { settings { paymentWindowMinutes } userErrors { code } } }',
    cases: () => [['B’s settings', { i: { paymentWindowMinutes: 30, taxShipping: true } }, '']],
    writesInB: true,
  },
  setShippingZone: {
    who: MONEY,
    document: 'mutation ($i: ShippingZoneInput!) { setShippingZone(input: $i) { zone { id } userErrors { code } } }',
    cases: () => [['A’s zone', { i: { id: A.zoneId, name: 'Taken over', country: 'NG', regions: ['kano'] } }, 'NOT_FOUND']],
  },
  removeShippingZone: {
    who: MONEY,
    document: 'mutation ($id: ID!) { removeShippingZone(id: $id) { zone { id } userErrors { code } } }',
    cases: () => [['A’s zone', { id: A.zoneId }, 'NOT_FOUND']],
  },
  setShippingRate: {
    who: MONEY,
    document: 'mutation ($i: ShippingRateInput!) { setShippingRate(input: $i) { rate { id } userErrors { code } } }',
    cases: () => [['A’s zone', { i: { zoneId: A.zoneId, method: 'STANDARD', name: 'Free for all', amount: '0', currency: 'NGN' } }, 'NOT_FOUND']],
  },
  removeShippingRate: {
    who: MONEY,
    document: 'mutation ($id: ID!) { removeShippingRate(id: $id) { rate { id } userErrors { code } } }',
    cases: () => [['A’s rate', { id: A.rateId }, 'NOT_FOUND']],
  },
  lookUpGuestOrder: {
    // Five callers, one try each: under the five tries an order number gets in 15 minutes. The try is B's row.
    who: EVERYONE,
    document: 'mutation ($n: String!, $e: String!) { lookUpGuestOrder(orderNumber: $n, email: $e) { orderId cartToken userErrors { code } } }',
    cases: () => [['A’s guest order’s number and e-mail', { n: A.pendingNumber, e: 'a.only.guest@example.com' }, 'NOT_FOUND']],
    writesInB: true,
  },
  guestRequestReturn: {
    who: EVERYONE,
    document: 'mutation ($id: ID!, $l: ID!, $t: String!) { guestRequestReturn(cartToken: $t, input: { orderId: $id, lines: [{ orderLineId: $l, quantity: 1 }], reason: DAMAGED }) { returnRequests { id } userErrors { code } } }',
    cases: () => [['A’s guest order with its cart token', { id: A.pendingOrderId, l: uuidv7(), t: A.pendingCartToken }, 'NOT_FOUND']],
  },
  requestReturn: {
    who: ['customer'],
    document: 'mutation ($id: ID!, $l: ID!) { requestReturn(input: { orderId: $id, lines: [{ orderLineId: $l, quantity: 1 }], reason: DAMAGED }) { returnRequests { id } userErrors { code } } }',
    cases: () => [['A’s paid order', { id: A.paidOrderId, l: A.paidLineId }, 'NOT_FOUND']],
  },
  ...Object.fromEntries(
    (
      [
        ['approveReturn', '(id: $id, instructions: "Post it")', BACK_OFFICE],
        ['refuseReturn', '(id: $id, reason: "No")', BACK_OFFICE],
        ['receiveReturn', '(id: $id)', BACK_OFFICE],
        ['exchangeReturn', '(id: $id, note: "A new one", restock: true)', BACK_OFFICE],
        ['refundReturn', '(id: $id, restock: true)', ['admin', 'apiKey']],
        ['arrangeReturnShipping', '(input: { id: $id, way: CUSTOMER_SENDS, paidBy: SHOP })', BACK_OFFICE],
        ['receiveReturnShipment', '(id: $id)', BACK_OFFICE],
        ['sendReturnMyself', '(id: $id, carrier: "GIG", trackingNumber: "GIG-123")', EVERYONE],
      ] as [string, string, Who[]][]
    ).map(([op, args, who]) => [
      op,
      { who, document: `mutation ($id: ID!) { ${op}${args} { returnRequest { id } userErrors { code } } }`, cases: () => [['A’s return', { id: A.returnId }, 'NOT_FOUND']] as [string, Record<string, unknown>, string][] },
    ]),
  ),
  updateReturnSettings: {
    // B's own window (A's 30 days stay).
    who: ['admin'],
    document: 'mutation { updateReturnSettings(windowDays: 14) { settings { windowDays } userErrors { code } } }',
    cases: () => [['B’s window', {}, '']],
    writesInB: true,
  },
  createCoupon: {
    // Codes are per shop: B may have its own AONLY10 (A's is untouched).
    who: ['admin'],
    document: 'mutation ($i: CouponInput!) { createCoupon(input: $i) { coupon { id } userErrors { code } } }',
    cases: () => [['B’s own AONLY10', { i: { code: 'AONLY10', kind: 'FREE_SHIPPING' } }, '']],
    writesInB: true,
  },
  updateCoupon: {
    who: MONEY,
    document: 'mutation ($id: ID!) { updateCoupon(id: $id, input: { percentBps: 10000 }) { coupon { id } userErrors { code } } }',
    cases: () => [['A’s coupon', { id: A.couponId }, 'NOT_FOUND']],
  },
  deactivateCoupon: {
    who: MONEY,
    document: 'mutation ($id: ID!) { deactivateCoupon(id: $id) { coupon { id } userErrors { code } } }',
    cases: () => [['A’s coupon', { id: A.couponId }, 'NOT_FOUND']],
  },
  createPromotion: {
    // B's own promotion (A's is untouched).
    who: ['admin'],
    document: 'mutation ($i: PromotionInput!) { createPromotion(input: $i) { promotion { id } userErrors { code } } }',
    cases: () => [['B’s own promotion', { i: { name: 'B only', kind: 'SPEND_SAVE', threshold: '100', amount: '1', active: false } }, '']],
    writesInB: true,
  },
  updatePromotion: {
    who: MONEY,
    document: 'mutation ($id: ID!) { updatePromotion(id: $id, input: { active: true }) { promotion { id } userErrors { code } } }',
    cases: () => [['A’s promotion', { id: A.promotionId }, 'NOT_FOUND']],
  },
  deactivatePromotion: {
    who: MONEY,
    document: 'mutation ($id: ID!) { deactivatePromotion(id: $id) { promotion { id } userErrors { code } } }',
    cases: () => [['A’s promotion', { id: A.promotionId }, 'NOT_FOUND']],
  },
  applyCouponToCart: {
    who: EVERYONE,
    document: 'mutation ($t: String) { applyCouponToCart(input: { cartToken: $t, couponCode: "AONLY10" }) { cart { id } userErrors { code } } }',
    cases: () => [['A’s guest cart', { t: A.guestCartToken }, 'NOT_FOUND']],
  },
  removeCouponFromCart: {
    who: EVERYONE,
    document: 'mutation ($t: String) { removeCouponFromCart(cartToken: $t) { cart { id } userErrors { code } } }',
    cases: () => [['A’s guest cart (its coupon stays)', { t: A.guestCartToken }, 'NOT_FOUND']],
  },
  setPaymentProviderCredentials: {
    // B's own credentials (A's sealed ones stay as they were).
    who: ['admin'],
    document: 'mutation ($i: PaymentProviderCredentialsInput!) { setPaymentProviderCredentials(input: $i) { account { provider } userErrors { code } } }',
    cases: () => [['B’s Paystack', { i: { provider: 'PAYSTACK', secretKey: 'sk_test_tenant_b' } }, '']],
    writesInB: true,
  },
  saveWhatsappConnection: {
    who: ['admin'],
    document: 'mutation ($i: WhatsappConnectionInput!) { saveWhatsappConnection(input: $i) { connection { phoneNumberId } userErrors { code } } }',
    cases: () => [['A’s number', { i: { phoneNumberId: 'iso-a-number', displayPhoneNumber: '+234 800 000 0002', accessToken: 't', appSecret: 's' } }, 'ALREADY_EXISTS']],
  },
  connectKwik: {
    // Refused before anything is stored or Kwik is called; A's account stays.
    who: ['admin'],
    document: 'mutation ($i: KwikAccountInput!) { connectKwik(input: $i) { account { connected } userErrors { code } } }',
    cases: () => [['an address that is not Kwik’s', { i: { email: 'a@example.ng', password: 'x', domainName: 'a.kwik.delivery', baseUrl: 'https://evil.example', pickupName: 'B', pickupPhone: '+2348030000002', pickupAddress: '1 B Road', pickupLatitude: 6.5, pickupLongitude: 3.4 } }, 'BAD_USER_INPUT']],
  },
  disconnectKwik: {
    // B has none: A's stays.
    who: ['admin'],
    document: 'mutation { disconnectKwik { account { connected } userErrors { code } } }',
    cases: () => [['B’s own (none)', {}, '']],
  },
  removeWhatsappConnection: {
    // B has none: A's stays.
    who: ['admin'],
    document: 'mutation { removeWhatsappConnection { connection { phoneNumberId } userErrors { code } } }',
    cases: () => [['B’s own (none)', {}, '']],
  },
  replyToConversation: {
    who: ['admin', 'staff'],
    document: 'mutation ($id: ID!) { replyToConversation(conversationId: $id, text: "hello", clientId: "iso-reply-1") { conversation { id } userErrors { code } } }',
    cases: () => [['A’s conversation', { id: A.conversationId }, 'NOT_FOUND']],
  },
  eraseWhatsappConversation: {
    // B erases only B's conversation with the number (none): A's stays.
    who: ['admin'],
    document: 'mutation ($p: String!) { eraseWhatsappConversation(phone: $p) { erased userErrors { code } } }',
    cases: () => [['A’s number', { p: '+2348031230000' }, '']],
  },
  setConversationHandler: {
    who: ['admin', 'staff'],
    document: 'mutation ($id: ID!) { setConversationHandler(conversationId: $id, handler: STAFF) { conversation { id } userErrors { code } } }',
    cases: () => [['A’s conversation', { id: A.conversationId }, 'NOT_FOUND']],
  },
};

describe('coverage', () => {
  it('covers every commerce query and mutation', () => {
    const { queries, mutations } = rootFieldNames(schema);
    expect(queries.filter((q) => !(q in READS)).sort()).toEqual([]);
    expect(mutations.filter((m) => !(m in MUTATIONS) && !SERVICE_ONLY.includes(m)).sort()).toEqual([]);
  });
});

describe.each(Object.entries(READS))('%s', (field, read) => {
  it.each(read.who)('B’s %s never sees A’s (also with a header naming A)', async (who) => {
    for (const [label, query, variables, check, refusal] of read.cases()) {
      for (const extra of [{}, { 'x-tenant': A_SLUG }] as Record<string, string>[]) {
        // A guest's tenant IS its header: naming A would just be a guest of A.
        if (who === 'guest' && extra['x-tenant']) continue;
        const r = await gql(s.gatewayUrl, query, variables, { ...callers[who], ...extra });
        expect({ label, codes: r.errors?.map((e: any) => e.extensions?.code) }).toEqual({ label, codes: refusal ? [refusal] : undefined });
        await check(r.data?.[field] ?? null);
      }
    }
  });
});

describe.each(Object.entries(MUTATIONS))('%s', (field, m) => {
  it.each(m.who)('B’s %s: A’s tokens and ids are unknown; A is unchanged', async (who) => {
    const beforeA = await tenantState(A.id);
    const beforeB = await tenantState(B.id);
    for (const [label, variables, code] of m.cases()) {
      const r = await gql(s.gatewayUrl, m.document, variables, callers[who]);
      expect({ label, errors: r.errors, codes: r.data?.[field]?.userErrors?.map((e: any) => e.code) }).toEqual({ label, errors: undefined, codes: code ? [code] : [] });
    }
    expect(await tenantState(A.id)).toEqual(beforeA);
    if (!m.writesInB) expect(await tenantState(B.id)).toEqual(beforeB);
  });
});

/** Service-only (@inaccessible) mutations: the gateway does not offer them, so they are called on commerce directly as a service of B. */
const SERVICE_ONLY = ['createExternalOrder', 'holdForTill', 'releaseTillHold', 'captureTillHolds', 'eraseCustomerConversation', 'sendTillPointsCode'];

describe('till holds (service-only, decision 0080)', () => {
  it('a service of B neither captures nor releases A’s till hold', async () => {
    const hold = await prisma.posTenderHold.create({
      data: { id: uuidv7(), tenantId: A.id, deviceId: uuidv7(), kind: 'GIFT_CARD', giftCardId: uuidv7(), amount: 100n, currency: 'NGN', expiresAt: new Date(Date.now() + 600_000), idempotencyKey: 'iso-hold' },
    });
    const asB = (query: string, variables: Record<string, unknown>) => callPeer<any>(new Peers({ ...s.stack.subgraphs }), 'commerce', query, variables, { tenantId: B.id, service: 'pos', scopes: ['commerce:pos-rewards'] });
    const captured = await asB('mutation ($d: ID!, $h: [TillHoldCaptureInput!]!) { captureTillHolds(deviceId: $d, holds: $h) { captured reason } }', { d: hold.deviceId, h: [{ holdId: hold.id, saleId: uuidv7(), kind: 'GIFT_CARD', amount: '100' }] });
    expect(captured.captureTillHolds).toEqual([{ captured: false, reason: 'this till has no such hold' }]);
    await expect(asB('mutation ($d: ID!, $h: ID!) { releaseTillHold(deviceId: $d, holdId: $h) { id } }', { d: hold.deviceId, h: hold.id })).rejects.toThrow(/no such hold/);
    expect(await prisma.posTenderHold.findUniqueOrThrow({ where: { id: hold.id } })).toMatchObject({ status: 'HELD', saleId: null });
  });
});

describe('points codes at the till (service-only, decision 0084)', () => {
  it('a service of B neither texts A’s customer a code nor holds A’s customer’s points with A’s code', async () => {
    const deviceId = uuidv7();
    const customer = await prisma.user.create({ data: { id: uuidv7(), name: 'Iso Points', phone: '+2348036660006' } });
    await prisma.membership.create({ data: { id: uuidv7(), userId: customer.id, tenantId: A.id, role: 'CUSTOMER' } });
    for (const t of [A.id, B.id]) await prisma.loyaltySettings.upsert({ where: { tenantId: t }, create: { tenantId: t, enabled: true, spendPerPoint: 100n, pointValue: 100n }, update: { enabled: true } });
    await prisma.loyaltyAccount.create({ data: { tenantId: A.id, userId: customer.id, points: 50 } });
    const as = (tenantId: string, query: string, variables: Record<string, unknown>) => callPeer<any>(new Peers({ ...s.stack.subgraphs }), 'commerce', query, variables, { tenantId, service: 'pos', scopes: ['commerce:pos-rewards'] });
    const SEND = 'mutation ($d: ID!, $c: ID!) { sendTillPointsCode(deviceId: $d, customerUserId: $c, maxPoints: 5) { sentTo } }';
    await expect(as(B.id, SEND, { d: deviceId, c: customer.id })).rejects.toThrow(/fewer points|no such customer/);
    expect(await prisma.tillPointsCode.count({ where: { userId: customer.id } })).toBe(0);
    expect((await as(A.id, SEND, { d: deviceId, c: customer.id })).sendTillPointsCode.sentTo).toBe('•••• 0006');
    const HOLD = 'mutation ($d: ID!, $i: TillHoldInput!) { holdForTill(deviceId: $d, input: $i) { id } }';
    const input = { kind: 'POINTS', currency: 'NGN', due: '10000', saleTotal: '10000', customerUserId: customer.id, points: 5, code: '123456', idempotencyKey: uuidv7() };
    await expect(as(B.id, HOLD, { d: deviceId, i: input })).rejects.toThrow(/code is not right/);
    expect(await prisma.tillPointsCode.findFirstOrThrow({ where: { userId: customer.id } })).toMatchObject({ tenantId: A.id, usedAt: null, failures: 0 });
    expect((await prisma.loyaltyAccount.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: A.id, userId: customer.id } } })).points).toBe(50);
  });
});

describe('a customer’s conversation for their data export and erasure (service-only, decision 0081)', () => {
  it('a service of B reads and erases only B’s conversation with a number, never A’s', async () => {
    const waId = '2348030001122';
    const conv = await prisma.conversation.create({ data: { id: uuidv7(), tenantId: A.id, waId } });
    const call = (tenantId: string, doc: string) => callPeer<any>(new Peers({ ...s.stack.subgraphs }), 'commerce', doc, { p: `+${waId}` }, { tenantId, service: 'test', scopes: ['commerce:customer-data'] });
    expect((await call(B.id, 'query ($p: String!) { customerConversation(phone: $p) }')).customerConversation).toBeNull();
    expect((await call(B.id, 'mutation ($p: String!) { eraseCustomerConversation(phone: $p) }')).eraseCustomerConversation).toBe(0);
    expect(await prisma.conversation.count({ where: { id: conv.id } })).toBe(1);
    expect((await call(A.id, 'query ($p: String!) { customerConversation(phone: $p) }')).customerConversation).toMatchObject({ messages: [] });
    expect((await call(A.id, 'mutation ($p: String!) { eraseCustomerConversation(phone: $p) }')).eraseCustomerConversation).toBe(1);
    expect(await prisma.conversation.count({ where: { id: conv.id } })).toBe(0);
  });
});

describe('createExternalOrder (service-only)', () => {
  const CREATE = 'mutation ($i: ExternalOrderInput!) { createExternalOrder(input: $i) { order { id } accessToken userErrors { code } } }';
  const input = (sellerTenantId: string) => ({
    idempotencyKey: 'iso-external-key',
    email: 'rider@example.com',
    sellerTenantId,
    currency: 'NGN',
    taxRateBps: 0,
    payBefore: new Date(Date.now() + 600_000).toISOString(),
    lines: [{ source: 'TRANSPORT', sourceRef: 'iso-hold', sku: 'ISO-1A', description: 'Seat 1A', unitAmount: '150000', quantity: 1 }],
  });
  const as = (tenantId: string) =>
    callPeer(new Peers({ ...s.stack.subgraphs }), 'commerce', CREATE, { i: input(A.id) }, { tenantId, service: 'test', scopes: ['commerce:write'] }).then((d) => d.createExternalOrder);

  it('a service of B using the key of A’s external order gets B’s own order, never A’s; A is unchanged', async () => {
    const a = await as(A.id);
    expect(a.userErrors).toEqual([]);
    const beforeA = await tenantState(A.id);
    const b = await as(B.id);
    expect(b.userErrors).toEqual([]);
    expect(b.order.id).not.toBe(a.order.id);
    expect(b.accessToken).not.toBe(a.accessToken);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: b.order.id } })).tenantId).toBe(B.id);
    expect(await tenantState(A.id)).toEqual(beforeA);
    // A's access token opens nothing in B.
    expect((await gql(s.gatewayUrl, 'query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { id } }', { id: a.order.id, t: a.accessToken }, callers.guest)).data!.order).toBeNull();
  });
});

describe('afterwards', () => {
  it('A’s orders are as A left them', async () => {
    const paid = await prisma.order.findUniqueOrThrow({ where: { id: A.paidOrderId }, include: { refunds: true, disputes: true } });
    expect(paid).toMatchObject({ status: 'PARTIALLY_REFUNDED', disputed: true });
    expect(paid.refunds.map((r) => r.status)).toEqual(['SUCCEEDED']);
    expect(paid.disputes.map((d) => d.status)).toEqual(['OPEN']);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: A.pendingOrderId } })).status).toBe('PENDING_PAYMENT');
    expect((await prisma.cart.findUniqueOrThrow({ where: { token: A.guestCartToken }, include: { lines: true } })).lines.map((l) => l.quantity)).toEqual([1]);
  });
});
