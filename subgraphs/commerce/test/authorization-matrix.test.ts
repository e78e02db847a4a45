/**
 * Authorization matrix for commerce: every root field commerce adds to the API called through the gateway
 * by every kind of caller, in the marketplace (naija-market) where a customer has an order awaiting payment
 * that holds the demo vendor's vendor order. ONE table says who may call what; everyone else is refused
 * with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error; the answer is then checked per caller
 * (whose order is visible to whom, userErrors such as NOT_FOUND or INVALID_TRANSITION). Arguments are
 * chosen to change nothing, which the last test checks. A new commerce operation fails the coverage test
 * until it is added to the table.
 */
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixCaller, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { gql } from '../../../test/support/graphql';
import { schema } from '../src/schema';
import { checkout, checkoutInput, makeProduct, payload, startCommerceStack, tenantId } from './support';

const MARKET = 'naija-market';
/** The callers (keys are created by the marketplace's administrator). */
const CALLERS = {
  ...demoCallers(MARKET),
  // People the demo data has not got in the marketplace: a second customer and staff (and, as everywhere,
  // an administrator without 2FA).
  OTHER_CUSTOMER: { roles: ['CUSTOMER'], tenant: MARKET },
  STAFF: { roles: ['STAFF'], tenant: MARKET },
  // A delivery rider (decision 0093): their own deliveries' steps, nothing of the shop's orders or customers.
  RIDER: { roles: ['RIDER'], tenant: MARKET },
  KEY_READ: { scopes: ['commerce:read'], madeBy: 'CLIENT_ADMIN' },
  KEY_WRITE: { scopes: ['commerce:write'], madeBy: 'CLIENT_ADMIN' },
  KEY_OTHER_SCOPES: { scopes: ['catalog:read', 'catalog:write', 'inventory:read', 'inventory:write', 'ledger:read'], madeBy: 'CLIENT_ADMIN' },
  // A paired till of the marketplace (its key: pos:device, catalog:read, inventory:read): reads the coupons a till may apply.
  KEY_TILL: {
    madeBy: 'CLIENT_ADMIN',
    make: async (s, admin) => {
      const location = await s.stack.prisma.location.findFirstOrThrow({ where: { tenantId: await tenantId(s.stack.prisma, MARKET), active: true }, orderBy: { createdAt: 'asc' } });
      const registered = await gql(s.gatewayUrl, 'mutation ($input: RegisterPosDeviceInput!) { registerPosDevice(input: $input) { pairingCode } }', { input: { name: 'Matrix till', locationId: location.id } }, admin.headers);
      const paired = await gql(s.gatewayUrl, 'mutation ($code: String!) { pairPosDevice(code: $code) { deviceKey } }', { code: registered.data!.registerPosDevice.pairingCode }, { 'x-tenant': MARKET });
      const key = paired.data!.pairPosDevice.deviceKey as string;
      return { headers: { 'x-api-key': key }, ws: { apiKey: key } };
    },
  },
  // Fresh users holding two roles in the marketplace (decision 0025): allowed what either role is, and
  // seeing what the role that sees most sees — never everything because of the second role.
  'STAFF+AGENT': { roles: ['STAFF', 'AGENT'], tenant: MARKET, parts: ['STAFF', 'AGENT'] },
  'OTHER_CUSTOMER+AGENT': { roles: ['CUSTOMER', 'AGENT'], tenant: MARKET, parts: ['OTHER_CUSTOMER', 'AGENT'] },
  'OTHER_CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: MARKET, parts: ['OTHER_CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
const { kinds: CALLER_KINDS } = callerKinds<CallerKind>(CALLERS);

/** A two-role caller sees the data of the single-role caller that sees most of what it combines. */
const SEEN_AS: Partial<Record<CallerKind, CallerKind>> = { 'STAFF+AGENT': 'STAFF', 'OTHER_CUSTOMER+AGENT': 'OTHER_CUSTOMER', 'OTHER_CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': 'OTHER_CUSTOMER' };
const inMarket = (kind: CallerKind) => matrix.callers[kind].tenantSlug === MARKET;

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const EVERYONE: readonly CallerKind[] = CALLER_KINDS;
const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Signed-in people, whatever their role (a session without 2FA included). */
const USERS: readonly CallerKind[] = CALLER_KINDS.filter((k) => k !== 'anonymous' && !k.startsWith('KEY_'));
/** ORDER_READERS: admins, staff, vendors, customers, keys with commerce:read or commerce:write. */
const ORDER_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'CUSTOMER', 'OTHER_CUSTOMER', 'KEY_READ', 'KEY_WRITE'];
/** SETTINGS_READERS: admins, staff, keys with commerce:read or commerce:write. */
const SETTINGS_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_READ', 'KEY_WRITE'];
/** ORDER_MANAGERS: admins, staff, keys with commerce:write. */
const ORDER_MANAGERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_WRITE'];
/** VENDOR_FULFILLERS: the order managers and vendors (a vendor moves only its own vendor orders). */
const VENDOR_FULFILLERS: readonly CallerKind[] = [...ORDER_MANAGERS, 'VENDOR'];
/** MONEY_ADMINS: admins, keys with commerce:write. */
const MONEY_ADMINS: readonly CallerKind[] = [...ADMINS, 'KEY_WRITE'];
/** PAYMENT_ADMINS: admins only, never a key. */
const PAYMENT_ADMINS: readonly CallerKind[] = ADMINS;
/** The WhatsApp inbox (decision 0075): administrators and staff, never a key nor a customer. */
const INBOX_STAFF: readonly CallerKind[] = [...ADMINS, 'STAFF'];
/** Automatic promotions: the money administrators the tenant's, a marketplace vendor its own (decision 0067). */
const PROMOTION_MANAGERS: readonly CallerKind[] = [...MONEY_ADMINS, 'VENDOR'];
/** DELIVERERS (decision 0093): riders, staff and administrators — people a shipment names; no key. */
const DELIVERERS: readonly CallerKind[] = [...INBOX_STAFF, 'RIDER'];
/** The rider's steps: the deliverers and keys with commerce:write (the service lets a rider touch only their own). */
const ROAD_STEPPERS: readonly CallerKind[] = [...ORDER_MANAGERS, 'RIDER'];

/**
 * Who sees the customer's order: the customer, the vendor whose vendor order it holds, and the back
 * office of the marketplace (staff, administrators with 2FA, keys with a commerce scope). Not another
 * customer, an agent, an administrator without 2FA, a key without a commerce scope, nor other tenants.
 */
const SEES_ORDER: readonly CallerKind[] = ['CUSTOMER', 'VENDOR', 'STAFF', 'CLIENT_ADMIN', 'KEY_READ', 'KEY_WRITE'];
const seesOrder = (kind: CallerKind) => SEES_ORDER.includes(SEEN_AS[kind] ?? kind);

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);
const NO_TOKEN = 'no-such-cart-token';

/** The customer's order (awaiting payment), its payment and its cart, made in beforeAll. */
const fixture = {} as { orderId: string; vendorOrderId: string; reference: string; cartToken: string; vendorId: string };


/** An order move on the customer's unpaid order: refused as INVALID_TRANSITION in the marketplace, unknown elsewhere. */
const moveOnPendingOrder = (p: any, { kind }: MatrixCaller<CallerKind>) => expect(codes(p)).toEqual([inMarket(kind) ? 'INVALID_TRANSITION' : 'NOT_FOUND']);

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
  // ----- Subscriptions (decision 0060): customers manage their own; the back office lists and cancels.
  // The marketplace does not sell on subscription, so subscribe is refused before anything is stored. -----
  'Query.mySubscriptions': {
    document: '{ mySubscriptions { id } }',
    allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.subscriptions': {
    document: '{ subscriptions(first: 5) { edges { node { id } } } }',
    allowed: SETTINGS_READERS,
    expectAllowed: connection,
  },
  'Query.subscriptionSettings': {
    document: '{ subscriptionSettings { enabled } }',
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toEqual({ enabled: false }),
  },
  'Mutation.subscribe': {
    document: 'mutation ($i: SubscribeInput!) { subscribe(input: $i) { subscription { id } userErrors { code } } }',
    variables: () => {
      const { cartToken: _t, ...rest } = checkoutInput(NO_TOKEN);
      return { i: { ...rest, variantId: uuidv7(), quantity: 1, interval: 'WEEKLY' } };
    },
    allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  ...Object.fromEntries(
    ['pauseSubscription', 'resumeSubscription', 'skipSubscriptionCharge', 'cancelSubscription'].map((op) => [
      `Mutation.${op}`,
      {
        document: `mutation ($id: ID!) { ${op}(id: $id) { subscription { id } userErrors { code } } }`,
        variables: () => ({ id: uuidv7() }),
        allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
        expectAllowed: (p: any) => expect(codes(p)).toEqual(['NOT_FOUND']),
      } satisfies MatrixOperation<CallerKind>,
    ]),
  ),
  'Mutation.updateSubscription': {
    document: 'mutation ($id: ID!) { updateSubscription(id: $id, quantity: 2) { subscription { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.cancelCustomerSubscription': {
    document: 'mutation ($id: ID!) { cancelCustomerSubscription(id: $id) { subscription { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.updateSubscriptionSettings': {
    // Off, as it is: nothing changes.
    document: 'mutation { updateSubscriptionSettings(enabled: false) { settings { enabled } userErrors { code } } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(p).toEqual({ settings: { enabled: false }, userErrors: [] }),
  },
  // ----- Query -----
  'Query.cart': {
    document: 'query ($t: String) { cart(cartToken: $t) { id status } }',
    variables: () => ({ t: fixture.cartToken }),
    allowed: EVERYONE,
    // A customer's cart opens for that customer only, token or not.
    expectAllowed: (v, { kind }) => expect(v).toEqual(kind === 'CUSTOMER' ? { id: expect.any(String), status: 'CHECKED_OUT' } : null),
  },
  'Query.order': {
    document: 'query ($id: ID!) { order(id: $id) { id vendorOrders { vendorId } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: EVERYONE,
    expectAllowed: (v, { kind }) => expect(v).toEqual(seesOrder(kind) ? { id: fixture.orderId, vendorOrders: [{ vendorId: fixture.vendorId }] } : null),
  },
  'Query.orders': {
    document: '{ orders(first: 50) { edges { node { id } } } }',
    allowed: ORDER_READERS,
    expectAllowed: (v, { kind }) => {
      connection(v);
      expect(v.edges.some((e: any) => e.node.id === fixture.orderId)).toBe(seesOrder(kind));
    },
  },
  // Sales reports (issue 14): the tenant's whole book, for managers and keys; never a customer or a vendor.
  'Query.salesSummary': {
    document: '{ salesSummary(from: "2024-06-01T00:00:00Z", to: "2027-05-01T00:00:00Z") { orders revenue { amount currency } } }',
    allowed: SETTINGS_READERS,
    expectAllowed: (v) => expect(Array.isArray(v)).toBe(true),
  },
  'Query.salesReport': {
    document: '{ salesReport(from: "2020-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z", groupBy: DAY) { key orders } }',
    allowed: SETTINGS_READERS,
    expectAllowed: (v) => expect(Array.isArray(v)).toBe(true),
  },
  'Query.shippingOptions': {
    document: '{ shippingOptions(destination: { region: "Lagos", country: "NG" }) { method amount { currency } } }',
    allowed: EVERYONE,
    // The marketplace's Lagos zone; a tenant that does not sell has no zones.
    expectAllowed: (v, { kind }) => expect(v.map((r: any) => r.method).sort()).toEqual(inMarket(kind) ? ['EXPRESS', 'STANDARD'] : []),
  },
  'Query.checkoutPaymentMethods': {
    document: '{ checkoutPaymentMethods }',
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toEqual(['CARD']),
  },
  // USSD and mobile money (decision 0087): public like the methods; empty where the shop does not take them.
  'Query.checkoutUssdBanks': {
    document: '{ checkoutUssdBanks { code name } }',
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.checkoutMobileMoneyNetworks': {
    document: '{ checkoutMobileMoneyNetworks { code name dialCode } }',
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  // Pay on delivery (decision 0083): collectors are staff and administrators, hand-ins administrators only.
  'Query.payOnDeliveryOrders': {
    document: '{ payOnDeliveryOrders { id status } }',
    allowed: INBOX_STAFF,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.cashHeldByCollectors': {
    document: '{ cashHeldByCollectors { collectorUserId held { amount } } }',
    allowed: ADMINS,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.collectorHandIns': {
    document: '{ collectorHandIns { id } }',
    allowed: ADMINS,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.commerceSettings': {
    document: '{ commerceSettings { paymentProvider paymentWindowMinutes } }',
    allowed: SETTINGS_READERS,
    expectAllowed: (v) => expect(v).toEqual({ paymentProvider: 'SANDBOX', paymentWindowMinutes: 30 }),
  },
  'Query.shippingZones': {
    document: '{ shippingZones { id name } }',
    allowed: SETTINGS_READERS,
    expectAllowed: (v, { kind }) => expect(v).toHaveLength(inMarket(kind) ? 3 : 0),
  },
  'Query.paymentProviderAccounts': {
    document: '{ paymentProviderAccounts { provider hasWebhookSecret } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.whatsappConnection': {
    document: '{ whatsappConnection { phoneNumberId verifyToken } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Query.whatsappSimulatorAvailable': {
    document: '{ whatsappSimulatorAvailable }',
    allowed: INBOX_STAFF,
    expectAllowed: (v) => expect(typeof v).toBe('boolean'),
  },
  'Query.conversations': {
    document: '{ conversations { id customerPhone } }',
    allowed: INBOX_STAFF,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Query.conversation': {
    document: 'query ($id: ID!) { conversation(id: $id) { id } }',
    variables: () => ({ id: uuidv7() }),
    allowed: INBOX_STAFF,
    expectAllowed: (v) => expect(v).toBeNull(),
  },

  // ----- Mutation: carts and checkout (shoppers, guests included) -----
  'Mutation.createCart': {
    document: 'mutation { createCart(input: { visitorId: "not a tag!" }) { cart { id } userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.addCartLine': {
    document: 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 0 }) { cart { id } userErrors { code } } }',
    variables: () => ({ v: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updateCartLine': {
    document: 'mutation ($t: String, $v: ID!) { updateCartLine(input: { cartToken: $t, variantId: $v, quantity: 1 }) { cart { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN, v: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.removeCartLine': {
    document: 'mutation ($t: String, $v: ID!) { removeCartLine(input: { cartToken: $t, variantId: $v }) { cart { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN, v: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.mergeGuestCart': {
    document: 'mutation ($t: String!) { mergeGuestCart(cartToken: $t) { cart { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN }),
    allowed: USERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.checkout': {
    document: 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id } payment { id } userErrors { code } } }',
    variables: () => ({ i: checkoutInput(NO_TOKEN) }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  // A carrier's live rate for a cart (decision 0091): public like checkout; the cart token is the access.
  'Mutation.quoteCheckoutShipping': {
    document: 'mutation ($t: String) { quoteCheckoutShipping(cartToken: $t, destination: { city: "Lekki", region: "Lagos", country: "NG" }) { quote { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.retryPayment': {
    // The open payment comes back (nothing new is started) to whoever may see the order.
    document: 'mutation ($id: ID!) { retryPayment(orderId: $id) { payment { reference status } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: EVERYONE,
    expectAllowed: (p, { kind }) =>
      expect(p).toEqual(seesOrder(kind) ? { payment: { reference: fixture.reference, status: 'PENDING' }, userErrors: [] } : { payment: null, userErrors: [{ code: 'NOT_FOUND' }] }),
  },
  'Mutation.refreshPayment': {
    // The reference is the secret (like a guest's cart token): whoever holds it in the tenant may ask.
    document: 'mutation ($r: String!) { refreshPayment(reference: $r) { payment { reference status } userErrors { code } } }',
    variables: () => ({ r: fixture.reference }),
    allowed: EVERYONE,
    expectAllowed: (p, { kind }) =>
      expect(p).toEqual(inMarket(kind) ? { payment: { reference: fixture.reference, status: 'PENDING' }, userErrors: [] } : { payment: null, userErrors: [{ code: 'NOT_FOUND' }] }),
  },

  // ----- Mutation: orders (back office) -----
  'Mutation.cancelOrder': {
    document: 'mutation ($id: ID!) { cancelOrder(orderId: $id) { order { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ORDER_MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.fulfilOrder': {
    document: 'mutation ($id: ID!) { fulfilOrder(orderId: $id) { order { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: ORDER_MANAGERS,
    expectAllowed: moveOnPendingOrder,
  },
  'Mutation.shipOrder': {
    document: 'mutation ($id: ID!) { shipOrder(orderId: $id, note: "tracking 1") { order { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: ORDER_MANAGERS,
    expectAllowed: moveOnPendingOrder,
  },
  'Mutation.deliverOrder': {
    document: 'mutation ($id: ID!) { deliverOrder(orderId: $id) { order { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: ORDER_MANAGERS,
    expectAllowed: moveOnPendingOrder,
  },
  'Mutation.completeOrder': {
    document: 'mutation ($id: ID!) { completeOrder(orderId: $id) { order { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: ORDER_MANAGERS,
    expectAllowed: moveOnPendingOrder,
  },
  ...Object.fromEntries(
    ['fulfilVendorOrder', 'shipVendorOrder', 'deliverVendorOrder'].map((op) => [
      `Mutation.${op}`,
      {
        // The vendor owns this vendor order; like the managers, it is refused only because the order is unpaid.
        document: `mutation ($id: ID!) { ${op}(vendorOrderId: $id, note: "tracking 1") { vendorOrder { id } order { id } userErrors { code } } }`,
        variables: () => ({ id: fixture.vendorOrderId }),
        allowed: VENDOR_FULFILLERS,
        expectAllowed: moveOnPendingOrder,
      },
    ]),
  ),
  'Mutation.refundOrder': {
    // An unpaid order has nothing to refund.
    document: 'mutation ($id: ID!) { refundOrder(input: { orderId: $id }) { refund { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: MONEY_ADMINS,
    expectAllowed: moveOnPendingOrder,
  },
  'Query.refundPreview': {
    // Asked like refundOrder, and refused like it: an unpaid order has nothing to refund (the error comes from the resolver, past the role check).
    document: 'query ($id: ID!) { refundPreview(input: { orderId: $id }) { amount { amount } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: MONEY_ADMINS,
    allowedError: ({ kind }) => (inMarket(kind) ? 'INVALID_TRANSITION' : 'NOT_FOUND'),
  },
  'Mutation.openDispute': {
    document: 'mutation ($id: ID!) { openDispute(orderId: $id, reason: "Chargeback") { dispute { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: MONEY_ADMINS,
    expectAllowed: moveOnPendingOrder,
  },
  'Mutation.closeDispute': {
    document: 'mutation ($id: ID!) { closeDispute(orderId: $id, resolution: "Won") { dispute { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: MONEY_ADMINS,
    expectAllowed: moveOnPendingOrder,
  },

  // ----- Shipments (decision 0086): the back office and vendors ship; riders (staff) step and deliver;
  // administrators override a locked code; the customer reads their order's shipments like the order. -----
  'Query.shipments': { document: '{ shipments { id } }', allowed: VENDOR_FULFILLERS, expectAllowed: (v) => expect(v).toEqual([]) },
  'Query.shipment': { document: 'query ($id: ID!) { shipment(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: VENDOR_FULFILLERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.myDeliveries': { document: '{ myDeliveries { id } }', allowed: DELIVERERS, expectAllowed: (v) => expect(v).toEqual([]) },
  'Query.orderShipments': {
    document: 'query ($id: ID!) { orderShipments(orderId: $id) { deliveryCode } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  // Live rider location (decision 0089): the rider (a person: staff or administrator) reports; anyone may ask
  // for an order's tracking, and only its customer, a guest with its cart, managers or the key holder get it.
  'Query.riderTracking': {
    document: 'query ($id: ID!) { riderTracking(orderId: $id, trackingKey: "not-the-key") { orderId } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Mutation.reportRiderLocation': {
    document: 'mutation ($id: ID!) { reportRiderLocation(shipmentId: $id, latitude: 6.5, longitude: 3.3, accuracyMeters: 10) { accepted userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: DELIVERERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Query.shipmentQuote': {
    document: 'query ($id: ID!) { shipmentQuote(orderId: $id, carrier: OWN_RIDERS, packages: [{ weightGrams: 1, lengthMm: 1, widthMm: 1, heightMm: 1 }]) { etaHours } }',
    variables: () => ({ id: fixture.orderId }),
    allowed: VENDOR_FULFILLERS,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Mutation.createShipment': {
    document: 'mutation ($id: ID!) { createShipment(input: { vendorOrderId: $id, carrier: SANDBOX, items: [], packages: [] }) { shipment { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: VENDOR_FULFILLERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  ...Object.fromEntries(
    [
      ['stepShipment', '(shipmentId: $id, status: PICKED_UP)', ROAD_STEPPERS],
      ['deliverShipment', '(shipmentId: $id, code: "123456")', ROAD_STEPPERS],
      ['closeShipment', '(shipmentId: $id, status: CANCELLED, note: "matrix")', ORDER_MANAGERS],
      ['simulateCarrierEvent', '(shipmentId: $id, status: PICKED_UP)', ORDER_MANAGERS],
      ['overrideShipmentDelivery', '(shipmentId: $id, reason: "matrix")', ADMINS],
    ].map(([op, args, allowed]) => [
      `Mutation.${op}`,
      {
        document: `mutation ($id: ID!) { ${op}${args} { shipment { id } userErrors { code } } }`,
        variables: () => ({ id: uuidv7() }),
        allowed: allowed as readonly CallerKind[],
        expectAllowed: (p: any) => expect(codes(p)).toEqual(['NOT_FOUND']),
      } satisfies MatrixOperation<CallerKind>,
    ]),
  ),

  // ----- Mutation: pay on delivery (decision 0083) -----
  'Mutation.collectOnDelivery': {
    document: 'mutation ($id: ID!) { collectOnDelivery(input: { orderId: $id, amount: "100", currency: "NGN", via: CASH }) { order { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: INBOX_STAFF,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.handInCollectedCash': {
    document: 'mutation ($c: ID!) { handInCollectedCash(input: { collectorUserId: $c, currency: "NGN", amount: "100", idempotencyKey: "matrix" }) { handIn { id } userErrors { code } } }',
    variables: () => ({ c: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOTHING_TO_HAND_IN']),
  },

  // ----- Mutation: settings -----
  'Mutation.updateCommerceSettings': {
    document: 'mutation { updateCommerceSettings(input: { paymentWindowMinutes: 1 }) { settings { paymentWindowMinutes } userErrors { code } } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.setShippingZone': {
    // Not an id at all: never "whichever zone comes first".
    document: 'mutation { setShippingZone(input: { id: "not-a-uuid", name: "Taken over", country: "NG", regions: ["kano"] }) { zone { id } userErrors { code } } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.removeShippingZone': {
    document: 'mutation ($id: ID!) { removeShippingZone(id: $id) { zone { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setShippingRate': {
    document: 'mutation ($z: ID!) { setShippingRate(input: { zoneId: $z, method: "STANDARD", name: "x", amount: "100", currency: "NGN" }) { rate { id } userErrors { code } } }',
    variables: () => ({ z: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.removeShippingRate': {
    document: 'mutation ($id: ID!) { removeShippingRate(id: $id) { rate { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  // Returns (decision 0058): no return exists here; the calls change nothing.
  'Query.returnRequests': {
    document: '{ returnRequests(first: 50) { edges { node { id } } } }',
    allowed: ORDER_READERS,
    expectAllowed: (v) => expect(v.edges).toEqual([]),
  },
  'Query.returnRequest': {
    document: 'query ($id: ID!) { returnRequest(id: $id) { id } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ORDER_READERS,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Query.returnableLines': {
    // Customers only, on their own orders: an unknown order is NOT_FOUND.
    document: 'query ($id: ID!) { returnableLines(orderId: $id) { orderLineId returnable } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
    allowedError: () => 'NOT_FOUND',
  },
  // A guest's return (decision 0065): open to all, proved by the cart token; a token that opens nothing is NOT_FOUND.
  'Query.guestReturnableLines': {
    document: 'query ($id: ID!, $t: String!) { guestReturnableLines(orderId: $id, cartToken: $t) { orderLineId } }',
    variables: () => ({ id: fixture.orderId, t: uuidv7() }),
    allowed: EVERYONE,
    allowedError: () => 'NOT_FOUND',
  },
  'Query.guestReturnRequests': {
    document: 'query ($id: ID!, $t: String!) { guestReturnRequests(orderId: $id, cartToken: $t) { id } }',
    variables: () => ({ id: fixture.orderId, t: uuidv7() }),
    allowed: EVERYONE,
    allowedError: () => 'NOT_FOUND',
  },
  'Mutation.guestRequestReturn': {
    document: 'mutation ($id: ID!, $l: ID!, $t: String!) { guestRequestReturn(cartToken: $t, input: { orderId: $id, lines: [{ orderLineId: $l, quantity: 1 }], reason: DAMAGED }) { returnRequests { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId, l: uuidv7(), t: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.lookUpGuestOrder': {
    // A number no order has (a new one per caller, so the per-number throttle never answers instead).
    document: 'mutation ($n: String!) { lookUpGuestOrder(orderNumber: $n, email: "nobody@example.com") { orderId userErrors { code } } }',
    variables: () => ({ n: `WW-${uuidv7()}` }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Query.returnSettings': {
    document: '{ returnSettings { windowDays } }',
    allowed: ORDER_READERS,
    expectAllowed: (v) => expect(v).toEqual({ windowDays: 14 }),
  },
  'Mutation.requestReturn': {
    // The customer's own order is unpaid (nothing to return); anyone else's is unknown.
    document: 'mutation ($id: ID!, $l: ID!) { requestReturn(input: { orderId: $id, lines: [{ orderLineId: $l, quantity: 1 }], reason: DAMAGED }) { returnRequests { id } userErrors { code } } }',
    variables: () => ({ id: fixture.orderId, l: uuidv7() }),
    allowed: ['CUSTOMER', 'OTHER_CUSTOMER'],
    expectAllowed: (p, { kind }) => expect(codes(p)).toEqual([kind === 'CUSTOMER' ? 'BAD_USER_INPUT' : 'NOT_FOUND']),
  },
  ...Object.fromEntries(
    [
      ['approveReturn', '(id: $id, instructions: "Post it")', VENDOR_FULFILLERS],
      ['refuseReturn', '(id: $id, reason: "No")', VENDOR_FULFILLERS],
      ['receiveReturn', '(id: $id)', VENDOR_FULFILLERS],
      ['exchangeReturn', '(id: $id, note: "A new one")', VENDOR_FULFILLERS],
      ['refundReturn', '(id: $id)', MONEY_ADMINS],
    ].map(([op, args, allowed]) => [
      `Mutation.${op}`,
      {
        document: `mutation ($id: ID!) { ${op}${args} { returnRequest { id } userErrors { code } } }`,
        variables: () => ({ id: uuidv7() }),
        allowed: allowed as readonly CallerKind[],
        expectAllowed: (p: any) => expect(codes(p)).toEqual(['NOT_FOUND']),
      },
    ]),
  ),
  // Returns shipping (decision 0092): the shop (or the vendor) arranges and receives; the customer (or a
  // guest with the cart token) gives their courier's tracking. An unknown return is NOT_FOUND for all.
  'Mutation.arrangeReturnShipping': {
    document: 'mutation ($id: ID!) { arrangeReturnShipping(input: { id: $id, way: CUSTOMER_SENDS, paidBy: CUSTOMER }) { returnRequest { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: VENDOR_FULFILLERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.receiveReturnShipment': {
    document: 'mutation ($id: ID!) { receiveReturnShipment(id: $id) { returnRequest { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: VENDOR_FULFILLERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.sendReturnMyself': {
    document: 'mutation ($id: ID!) { sendReturnMyself(id: $id, carrier: "GIG", trackingNumber: "GIG-123") { returnRequest { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.updateReturnSettings': {
    document: 'mutation { updateReturnSettings(windowDays: 1000) { settings { windowDays } userErrors { code } } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  // Coupons (decision 0057): the back office's money administrators; calls here change nothing.
  'Query.coupons': {
    document: '{ coupons { id code used } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  // Coupons at the till (decision 0071): a till's key only (the rules pos checks at sync are peer-only).
  'Query.posCoupons': {
    document: '{ posCoupons { id codeHash } }',
    allowed: ['KEY_TILL'],
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Mutation.createCoupon': {
    // A marketplace coupon must say who funds it: refused, nothing made (elsewhere: not a selling tenant, or the same).
    document: 'mutation { createCoupon(input: { code: "MATRIX10", kind: PERCENTAGE, percentBps: 1000 }) { coupon { id } userErrors { code } } }',
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updateCoupon': {
    document: 'mutation ($id: ID!) { updateCoupon(id: $id, input: { active: true }) { coupon { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.deactivateCoupon': {
    document: 'mutation ($id: ID!) { deactivateCoupon(id: $id) { coupon { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MONEY_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  // Automatic promotions (decision 0061): the same administrators, and a marketplace vendor for its own
  // (decision 0067: it sees and changes only its own); calls here change nothing.
  'Query.promotions': {
    document: '{ promotions { id name } }',
    allowed: PROMOTION_MANAGERS,
    expectAllowed: (v) => expect(v).toEqual([]),
  },
  'Mutation.createPromotion': {
    // No threshold: refused, nothing made (elsewhere: not a selling tenant, or the same).
    document: 'mutation { createPromotion(input: { name: "Matrix", kind: SPEND_SAVE, amount: "100" }) { promotion { id } userErrors { code } } }',
    allowed: PROMOTION_MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updatePromotion': {
    document: 'mutation ($id: ID!) { updatePromotion(id: $id, input: { active: true }) { promotion { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PROMOTION_MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.deactivatePromotion': {
    document: 'mutation ($id: ID!) { deactivatePromotion(id: $id) { promotion { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PROMOTION_MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.applyCouponToCart': {
    document: 'mutation ($t: String) { applyCouponToCart(input: { cartToken: $t, couponCode: "NOPE10" }) { cart { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.removeCouponFromCart': {
    document: 'mutation ($t: String) { removeCouponFromCart(cartToken: $t) { cart { id } userErrors { code } } }',
    variables: () => ({ t: NO_TOKEN }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  // Gift cards, store credit and loyalty (decision 0059): administrators run them; anyone holding a code
  // checks it; a signed-in person reads their own points and credit. Calls here change nothing.
  'Query.giftCards': { document: '{ giftCards(first: 5) { edges { node { id } } } }', allowed: ADMINS, expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true) },
  'Query.giftCardBalance': { document: '{ giftCardBalance(code: "AAAA-BBBB-CCCC-DDDD") { last4 } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.loyaltyProgramme': { document: '{ loyaltyProgramme { enabled } }', allowed: EVERYONE, expectAllowed: (v) => expect(typeof v.enabled).toBe('boolean') },
  'Query.myRewards': { document: '{ myRewards { points storeCredit { amount } } }', allowed: USERS, expectAllowed: (v) => expect(v.points).toBe(0) },
  'Query.customerRewards': { document: 'query ($id: ID!) { customerRewards(userId: $id) { points } }', variables: () => ({ id: uuidv7() }), allowed: ADMINS, expectAllowed: (v) => expect(v.points).toBe(0) },
  'Mutation.issueGiftCard': {
    document: 'mutation { issueGiftCard(input: { amount: "1", currency: "NGN", idempotencyKey: "matrix" }) { code userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.setGiftCardStatus': { document: 'mutation ($id: ID!) { setGiftCardStatus(id: $id, status: DISABLED) { giftCard { id } userErrors { code } } }', variables: () => ({ id: uuidv7() }), allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  // Gift cards sold as products (decision 0064): anyone may ask which products are gift cards; administrators mark them.
  'Query.giftCardProducts': { document: 'query ($ids: [ID!]!) { giftCardProducts(productIds: $ids) }', variables: () => ({ ids: [uuidv7()] }), allowed: EVERYONE, expectAllowed: (v) => expect(v).toEqual([]) },
  'Mutation.setGiftCardProduct': { document: 'mutation ($p: ID!) { setGiftCardProduct(productId: $p, giftCard: false) { giftCard userErrors { code } } }', variables: () => ({ p: uuidv7() }), allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual([]) },
  'Mutation.saveLoyaltyProgramme': { document: 'mutation { saveLoyaltyProgramme(input: { expiryDays: -1 }) { programme { enabled } userErrors { code } } }', allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']) },
  'Mutation.adjustStoreCredit': {
    document: 'mutation ($id: ID!) { adjustStoreCredit(input: { userId: $id, amount: "0", currency: "NGN", note: "x", idempotencyKey: "matrix" }) { rewards { points } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.adjustPoints': {
    document: 'mutation ($id: ID!) { adjustPoints(input: { userId: $id, points: 0, note: "x", idempotencyKey: "matrix" }) { rewards { points } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.saveWhatsappConnection': {
    document: 'mutation { saveWhatsappConnection(input: { phoneNumberId: "x", displayPhoneNumber: "+2348000000000", accessToken: "t", appSecret: "s" }) { connection { phoneNumberId } userErrors { code } } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.removeWhatsappConnection': {
    // The marketplace has no number: nothing to remove.
    document: 'mutation { removeWhatsappConnection { connection { phoneNumberId } userErrors { code } } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual([]),
  },
  'Mutation.replyToConversation': {
    document: 'mutation ($id: ID!) { replyToConversation(conversationId: $id, text: "hello", clientId: "matrix-reply") { conversation { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: INBOX_STAFF,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Query.whatsappConversationExport': {
    // A number the marketplace never chatted with: nothing to export (the request is still audited).
    document: '{ whatsappConversationExport(phone: "+2348030009999") }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Mutation.eraseWhatsappConversation': {
    document: 'mutation { eraseWhatsappConversation(phone: "+2348030009999") { erased userErrors { code } } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (p) => expect([p.erased, codes(p)]).toEqual([0, []]),
  },
  'Mutation.setConversationHandler': {
    document: 'mutation ($id: ID!) { setConversationHandler(conversationId: $id, handler: BOT) { conversation { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: INBOX_STAFF,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  // Kwik Delivery (decision 0090): staff and vendors see which carriers they can ship with; the account is administrators' (2FA).
  'Query.shippingCarriers': { document: '{ shippingCarriers }', allowed: VENDOR_FULFILLERS, expectAllowed: (v) => expect(v).toContain('OWN_RIDERS') },
  'Query.kwikAccount': { document: '{ kwikAccount { connected emailMasked } }', allowed: PAYMENT_ADMINS, expectAllowed: (v) => expect(v).toEqual({ connected: false, emailMasked: null }) },
  'Mutation.connectKwik': {
    document:
      'mutation { connectKwik(input: { email: "not-an-email", password: "pw", domainName: "shop.kwik.delivery", pickupName: "Shop", pickupPhone: "+2348030000000", pickupAddress: "1 Road", pickupLatitude: 6.5, pickupLongitude: 3.4 }) { account { connected } userErrors { code } } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.disconnectKwik': { document: 'mutation { disconnectKwik { account { connected } userErrors { code } } }', allowed: PAYMENT_ADMINS, expectAllowed: (p) => expect([p.account, codes(p)]).toEqual([{ connected: false }, []]) },
  'Mutation.setPaymentProviderCredentials': {
    document: 'mutation { setPaymentProviderCredentials(input: { provider: SANDBOX, secretKey: "sk_test_x" }) { account { provider } userErrors { code } } }',
    allowed: PAYMENT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
};

const matrix = authorizationMatrix({
  capability: 'commerce',
  subgraphSchema: schema,
  // Transport's ticket purchases create their order through this peer call; shoppers check out instead.
  // pos asks posCouponRules at sync; the ledger asks guestOrderProved for a guest's invoices.
  peerOnly: ['Mutation.createExternalOrder', 'Query.posCouponRules', 'Query.posCustomerPoints', 'Query.customerConversation', 'Mutation.eraseCustomerConversation', 'Query.guestOrderProved', 'Mutation.holdForTill', 'Mutation.releaseTillHold', 'Mutation.captureTillHolds', 'Mutation.sendTillPointsCode'],
  callers: CALLERS,
  operations: OPERATIONS,
  start: () => startCommerceStack(),
});

// The customer's order of the vendor's product, awaiting payment.
beforeAll(async () => {
  const { prisma } = matrix.stack().stack;
  const customer = matrix.callers.CUSTOMER.headers;
  const product = await makeProduct(prisma, await tenantId(prisma, MARKET), { price: 500_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
  const added = payload(
    await gql(matrix.stack().gatewayUrl, 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 1 }) { cart { token } userErrors { code } } }', { v: product.variantId }, customer),
    'addCartLine',
  );
  const r = payload(await checkout(matrix.stack(), MARKET, checkoutInput(added.cart.token), customer), 'checkout');
  Object.assign(fixture, { orderId: r.order.id, vendorOrderId: r.order.vendorOrders[0].id, reference: r.payment.reference, cartToken: added.cart.token, vendorId: product.vendorId });
}, 120_000);

describe('afterwards', () => {
  it('the calls changed nothing: the order still awaits its one payment; no cart, zone or account was added', async () => {
    const { prisma } = matrix.stack().stack;
    const market = await tenantId(prisma, MARKET);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: fixture.orderId }, include: { payments: true, events: true, refunds: true, disputes: true } });
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', disputed: false, refunds: [], disputes: [] });
    expect(order.payments.map((p) => [p.reference, p.status])).toEqual([[fixture.reference, 'PENDING']]);
    expect(order.events.map((e) => e.toStatus)).toEqual(['PENDING_PAYMENT']);
    expect(await prisma.cart.count({ where: { tenantId: market } })).toBe(1);
    expect(await prisma.shippingZone.findMany({ where: { tenantId: market }, select: { name: true }, orderBy: { name: 'asc' } })).toEqual([{ name: 'Lagos' }, { name: 'Rest of Nigeria' }, { name: 'South-West' }]);
    expect(await prisma.paymentProviderAccount.count()).toBe(0);
    expect(await prisma.whatsappConnection.count()).toBe(0);
    expect(await prisma.conversationMessage.count()).toBe(0);
    expect(await prisma.subscription.count()).toBe(0);
    expect((await prisma.subscriptionSettings.findUnique({ where: { tenantId: market } }))?.enabled ?? false).toBe(false);
    expect(await prisma.coupon.count()).toBe(0);
    expect(await prisma.returnRequest.count()).toBe(0);
    expect(await prisma.returnSettings.count()).toBe(0);
    expect(await prisma.commerceSettings.findUniqueOrThrow({ where: { tenantId: market } })).toMatchObject({ paymentWindowMinutes: 30, taxShipping: true, paymentProvider: 'SANDBOX' });
  });
});
