import { AppError, DomainError, ErrorCode, MAX_PAGE_SIZE, requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { checkout } from '../services/checkout';
import { closeDispute, openDispute } from '../services/disputes';
import { advanceOrder, findOrder, guestOrder, orderScope, vendorViewer } from '../services/orders';
import { advanceVendorOrder, type VendorStep } from '../services/vendor-orders';
import { startPayment, syncPayment } from '../services/payments';
import { cancelOrder, previewRefund, refundOrder, type RefundPreview } from '../services/refunds';
import { checkReturnUrl } from '../services/return-url';
import {
  builder,
  CommerceChannelEnum,
  DisputeStatusEnum,
  LineStockStatusEnum,
  money,
  MONEY_ADMINS,
  ORDER_MANAGERS,
  ORDER_READERS,
  OrderLineSourceEnum,
  OrderStatusEnum,
  PaymentMethodEnum,
  PaymentProviderEnum,
  PaymentStatusEnum,
  RefundStatusEnum,
  VENDOR_FULFILLERS,
} from './builder';
import { ProductVariantRef } from './refs';

/**
 * A VENDOR caller sees its own vendor orders (and their lines) only, except on an order it bought itself,
 * which it sees whole like any customer: its rights are the union of its roles' (decision 0025).
 */
const ownVendorOrders = (ctx: RequestContext) => {
  const userId = vendorViewer(ctx.actor);
  return userId ? { OR: [{ vendorOwnerUserId: userId }, { order: { customerUserId: userId } }] } : {};
};

interface AddressShape {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region: string;
  country: string;
  postalCode?: string | null;
  phone?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

const ShippingAddress = builder.objectRef<AddressShape>('ShippingAddress').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    line1: t.exposeString('line1'),
    line2: t.string({ nullable: true, resolve: (a) => a.line2 ?? null }),
    city: t.exposeString('city'),
    region: t.exposeString('region', { description: 'State or region, e.g. Lagos.' }),
    country: t.exposeString('country'),
    postalCode: t.string({ nullable: true, resolve: (a) => a.postalCode ?? null }),
    phone: t.string({ nullable: true, resolve: (a) => a.phone ?? null }),
    latitude: t.float({ nullable: true, description: 'The map position the shopper shared (decision 0090).', resolve: (a) => (typeof a.latitude === 'number' ? a.latitude : null) }),
    longitude: t.float({ nullable: true, resolve: (a) => (typeof a.longitude === 'number' ? a.longitude : null) }),
  }),
});

export const OrderLine = builder.prismaObject('OrderLine', {
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.field({ type: OrderLineSourceEnum, description: 'CATALOG: a product variant; TRANSPORT: a bus seat (sku and title say which).', resolve: (l) => l.source }),
    variantId: t.exposeID('variantId', { nullable: true, description: 'Null for lines that are not catalogue products.' }),
    variant: t.field({ type: ProductVariantRef, nullable: true, resolve: (l) => (l.variantId ? { id: l.variantId } : null) }),
    productId: t.exposeID('productId', { nullable: true }),
    sku: t.exposeString('sku'),
    title: t.exposeString('title'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({ type: builder.MoneyRef, description: 'As quoted (tax included or not as Order.taxInclusive says).', select: { order: { select: { currency: true } } }, resolve: (l) => money(l.unitPrice, l.order.currency) }),
    subtotal: t.field({ type: builder.MoneyRef, description: 'Tax excluded.', select: { order: { select: { currency: true } } }, resolve: (l) => money(l.subtotal, l.order.currency) }),
    tax: t.field({ type: builder.MoneyRef, select: { order: { select: { currency: true } } }, resolve: (l) => money(l.tax, l.order.currency) }),
    stockStatus: t.field({ type: LineStockStatusEnum, resolve: (l) => l.stockStatus }),
    refundedQuantity: t.int({
      select: { refundLines: { where: { refund: { status: 'SUCCEEDED' } }, select: { quantity: true } } },
      resolve: (l) => l.refundLines.reduce((n, r) => n + r.quantity, 0),
    }),
  }),
});

export const VendorOrder = builder.prismaObject('VendorOrder', {
  description: "One vendor's part of an order.",
  fields: (t) => ({
    id: t.exposeID('id'),
    vendorId: t.exposeID('vendorId'),
    vendorName: t.exposeString('vendorName'),
    subtotal: t.field({ type: builder.MoneyRef, description: 'Goods after discounts, tax excluded.', select: { order: { select: { currency: true } } }, resolve: (v) => money(v.subtotal, v.order.currency) }),
    shipping: t.field({ type: builder.MoneyRef, description: 'Tax excluded.', select: { order: { select: { currency: true } } }, resolve: (v) => money(v.shipping, v.order.currency) }),
    tax: t.field({ type: builder.MoneyRef, select: { order: { select: { currency: true } } }, resolve: (v) => money(v.tax, v.order.currency) }),
    commissionBps: t.exposeInt('commissionBps'),
    commission: t.field({ type: builder.MoneyRef, select: { order: { select: { currency: true } } }, resolve: (v) => money(v.commission, v.order.currency) }),
    fulfilmentStage: t.field({
      type: OrderStatusEnum,
      description: "How far this vendor has fulfilled its part: PAID (not started), FULFILLING, SHIPPED or DELIVERED. The order's stage follows the slowest vendor.",
      resolve: (v) => v.fulfilmentStage,
    }),
    lines: t.relation('lines', { query: { orderBy: { id: 'asc' } } }),
  }),
});

export const OrderEvent = builder.prismaObject('OrderEvent', {
  description: 'One transition of the order, who made it and why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.field({ type: OrderStatusEnum, nullable: true, resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: OrderStatusEnum, resolve: (e) => e.toStatus }),
    actorType: t.exposeString('actorType', { description: 'user, apiKey, anonymous, service, provider or system.' }),
    actorId: t.exposeID('actorId', { nullable: true }),
    vendorOrderId: t.exposeID('vendorOrderId', { nullable: true, description: "Set when the row is one vendor's fulfilment step, not the order's own move." }),
    vendorName: t.string({ nullable: true, select: { vendorOrder: { select: { vendorName: true } } }, resolve: (e) => e.vendorOrder?.vendorName ?? null }),
    reason: t.exposeString('reason', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const Payment = builder.prismaObject('Payment', {
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.field({ type: PaymentProviderEnum, resolve: (p) => p.provider }),
    reference: t.exposeString('reference'),
    status: t.field({ type: PaymentStatusEnum, resolve: (p) => p.status }),
    amount: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.amount, p.currency) }),
    authorizationUrl: t.exposeString('authorizationUrl', { nullable: true, description: "The provider's page where the customer pays (relative to the API's origin for the sandbox unless PUBLIC_API_URL is set)." }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    succeededAt: t.expose('succeededAt', { type: 'DateTime', nullable: true }),
    method: t.field({ type: PaymentMethodEnum, resolve: (p) => p.method }),
    bankAccountNumber: t.exposeString('bankAccountNumber', { nullable: true, description: 'BANK_TRANSFER: the account to transfer `amount` to (opened by the provider for this payment).' }),
    bankName: t.exposeString('bankName', { nullable: true }),
    bankAccountName: t.exposeString('bankAccountName', { nullable: true }),
    received: t.field({ type: builder.MoneyRef, description: 'BANK_TRANSFER: what the transfers counted so far add up to (an excess is refunded).', resolve: (p) => money(p.received, p.currency) }),
    stillToPay: t.field({
      type: builder.MoneyRef,
      description: 'BANK_TRANSFER: what is still to transfer before the order is paid (zero once paid).',
      resolve: (p) => money(p.status === 'SUCCEEDED' || p.received >= p.amount ? 0n : p.amount - p.received, p.currency),
    }),
    collectedAt: t.expose('collectedAt', { type: 'DateTime', nullable: true, description: 'PAY_ON_DELIVERY: when the collector recorded the money (decision 0083).' }),
    collectedVia: t.exposeString('collectedVia', { nullable: true, description: 'PAY_ON_DELIVERY: CASH (held by the collector until handed in) or TRANSFER.' }),
    collectedByUserId: t.exposeID('collectedByUserId', { nullable: true }),
    handedIn: t.boolean({ description: 'PAY_ON_DELIVERY cash: whether the collector has handed it in.', resolve: (p) => p.handInId !== null }),
    ussdBank: t.exposeString('ussdBank', { nullable: true, description: "USSD: the shopper's bank (the provider's code, as in checkoutUssdBanks; decision 0087)." }),
    ussdCode: t.exposeString('ussdCode', { nullable: true, description: 'USSD: the code to dial on the phone linked to that bank account, e.g. *737*000*1234#.' }),
    mobileMoneyNetwork: t.exposeString('mobileMoneyNetwork', { nullable: true, description: 'MOBILE_MONEY: the network or wallet (as in checkoutMobileMoneyNetworks).' }),
    mobileMoneyPhone: t.exposeString('mobileMoneyPhone', { nullable: true, description: 'MOBILE_MONEY: the phone (E.164) asked to approve the charge.' }),
    chargeInstruction: t.exposeString('chargeInstruction', { nullable: true, description: 'USSD and MOBILE_MONEY: what the provider asks the shopper to do on their phone.' }),
  }),
});

export const RefundLine = builder.prismaObject('RefundLine', {
  fields: (t) => ({
    orderLineId: t.exposeID('orderLineId'),
    quantity: t.exposeInt('quantity'),
    subtotal: t.field({ type: builder.MoneyRef, select: { refund: { select: { currency: true } } }, resolve: (l) => money(l.subtotal, l.refund.currency) }),
    tax: t.field({ type: builder.MoneyRef, select: { refund: { select: { currency: true } } }, resolve: (l) => money(l.tax, l.refund.currency) }),
    restocked: t.boolean({ resolve: (l) => l.restockedAt !== null }),
  }),
});

export const Refund = builder.prismaObject('Refund', {
  fields: (t) => ({
    id: t.exposeID('id'),
    amount: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.amount, r.currency) }),
    status: t.field({ type: RefundStatusEnum, resolve: (r) => r.status }),
    reason: t.exposeString('reason', { nullable: true }),
    restock: t.exposeBoolean('restock'),
    automatic: t.exposeBoolean('automatic', { description: 'Made by the platform: a payment the order could not take (paid too late, out of stock, wrong amount, paid twice).' }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    lines: t.relation('lines'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const Dispute = builder.prismaObject('Dispute', {
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: DisputeStatusEnum, resolve: (d) => d.status }),
    reason: t.exposeString('reason'),
    resolution: t.exposeString('resolution', { nullable: true }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
  }),
});

const m = (field: 'subtotal' | 'discount' | 'shipping' | 'tax' | 'total' | 'refundedTotal') => (o: { currency: string } & Record<typeof field, bigint>) => money(o[field], o.currency);

export const Order = builder.prismaObject('Order', {
  description: 'An order: one per checkout, split into one vendor order per vendor.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'Human order number, per store or marketplace (WW-000123).' }),
    status: t.field({ type: OrderStatusEnum, resolve: (o) => o.status }),
    fulfilmentStage: t.field({ type: OrderStatusEnum, nullable: true, description: 'How far fulfilment has gone (PAID to COMPLETED).', resolve: (o) => o.fulfilmentStage }),
    channel: t.field({ type: CommerceChannelEnum, resolve: (o) => o.channel }),
    email: t.exposeString('email'),
    customerUserId: t.exposeID('customerUserId', { nullable: true }),
    referralCode: t.exposeString('referralCode', { nullable: true }),
    currency: t.exposeString('currency'),
    subtotal: t.field({ type: builder.MoneyRef, description: 'Goods after discounts, tax excluded.', resolve: m('subtotal') }),
    discount: t.field({ type: builder.MoneyRef, description: "What the coupon took off, as the shop states prices (goods and waived shipping).", resolve: m('discount') }),
    couponCode: t.exposeString('couponCode', { nullable: true, description: 'The coupon applied at checkout.' }),
    shipping: t.field({ type: builder.MoneyRef, description: 'Tax excluded.', resolve: m('shipping') }),
    tax: t.field({ type: builder.MoneyRef, resolve: m('tax') }),
    total: t.field({ type: builder.MoneyRef, resolve: m('total') }),
    refundedTotal: t.field({ type: builder.MoneyRef, resolve: m('refundedTotal') }),
    prepaid: t.field({ type: builder.MoneyRef, description: 'Paid with loyalty points, gift cards and store credit.', resolve: (o) => money(o.prepaid, o.currency) }),
    amountDue: t.field({ type: builder.MoneyRef, description: 'What the payment provider is asked for: total less prepaid.', resolve: (o) => money(o.total - o.prepaid, o.currency) }),
    tenders: t.field({
      type: [OrderTenderRef],
      description: 'How the prepaid part was paid.',
      resolve: (o, _a, ctx) => ctx.prisma.orderTender.findMany({ where: { orderId: o.id, tenantId: o.tenantId }, orderBy: { id: 'asc' } }).then((ts) => ts.map((t) => ({ ...t, currency: o.currency }))),
    }),
    taxInclusive: t.exposeBoolean('taxInclusive'),
    taxRateBps: t.exposeInt('taxRateBps'),
    shippingMethod: t.exposeString('shippingMethod', { description: 'NONE when there is nothing to ship.' }),
    shippingAddress: t.field({ type: ShippingAddress, nullable: true, description: 'Null when there is nothing to ship (bus tickets).', resolve: (o) => (o.shippingAddress as unknown as AddressShape | null) ?? null }),
    disputed: t.exposeBoolean('disputed'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'Pay before this, or the order is cancelled.' }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    vendorOrders: t.relation('vendorOrders', { query: (_a, ctx) => ({ where: ownVendorOrders(ctx), orderBy: { id: 'asc' } }) }),
    lines: t.relation('lines', { query: (_a, ctx) => ({ where: vendorViewer(ctx.actor) ? { vendorOrder: ownVendorOrders(ctx) } : {}, orderBy: { id: 'asc' } }) }),
    // A vendor sees the order's own moves and its own steps, not other vendors'.
    timeline: t.relation('events', {
      query: (_a, ctx) => ({
        where: vendorViewer(ctx.actor) ? { OR: [{ vendorOrderId: null }, { vendorOrder: ownVendorOrders(ctx) }] } : {},
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      }),
    }),
    payments: t.relation('payments', { query: { orderBy: { createdAt: 'asc' } } }),
    refunds: t.relation('refunds', { query: { orderBy: { createdAt: 'asc' } } }),
    disputes: t.relation('disputes', { query: { orderBy: { openedAt: 'asc' } } }),
  }),
});

builder.asEntity(Order, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => findOrder(ctx, id),
});

builder.queryFields((t) => ({
  order: t.prismaField({
    type: 'Order',
    nullable: true,
    description: 'An order you may see: your own, your vendor orders, the tenant’s for staff; a guest names the cart it came from.',
    args: { id: t.arg.id({ required: true }), cartToken: t.arg.string() },
    resolve: async (query, _r, { id, cartToken }, ctx) => {
      const found = await findOrder(ctx, String(id), cartToken);
      return found ? ctx.prisma.order.findUnique({ ...query, where: { id: found.id } }) : null;
    },
  }),
  guestOrderProved: t.boolean({
    inaccessible: true,
    authScopes: { apiScope: 'commerce:guest-orders' },
    description: "Service-only (the ledger, for a guest's invoices): whether the cart token proves this order placed without an account.",
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: async (_r, { orderId, cartToken }, ctx) => !!(await guestOrder(ctx, String(orderId), cartToken)),
  }),
  orders: t.prismaConnection({
    type: 'Order',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ORDER_READERS,
    description: "Orders, newest first: a customer's own, a vendor's (orders holding its vendor orders), all of the tenant's for the back office.",
    args: { status: t.arg({ type: OrderStatusEnum }) },
    resolve: (query, _r, args, ctx) => {
      requireTenant(ctx);
      const scope = orderScope(ctx);
      if (!scope) return [];
      return ctx.prisma.order.findMany({ ...query, where: { AND: [scope, args.status ? { status: args.status } : {}] }, orderBy: { id: 'desc' } });
    },
  }),
}));

export const AddressInput = builder.inputType('ShippingAddressInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    line1: t.string({ required: true }),
    line2: t.string(),
    city: t.string({ required: true }),
    region: t.string({ required: true, description: 'State or region, e.g. Lagos, FCT.' }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2, e.g. NG.' }),
    postalCode: t.string(),
    phone: t.string(),
    latitude: t.float({ description: 'Optional map position (both or neither): -90 to 90, for carriers that route by it (Kwik).' }),
    longitude: t.float({ description: '-180 to 180.' }),
  }),
});

const OrderTenderRef = builder.objectRef<{ id: string; kind: 'GIFT_CARD' | 'STORE_CREDIT' | 'POINTS'; amount: bigint; points: number | null; refunded: bigint; status: string; currency: string }>('OrderTender').implement({
  fields: (t) => ({
    kind: t.string({ description: 'GIFT_CARD, STORE_CREDIT or POINTS.', resolve: (x) => x.kind }),
    amount: t.field({ type: builder.MoneyRef, resolve: (x) => money(x.amount, x.currency) }),
    points: t.exposeInt('points', { nullable: true }),
    refunded: t.field({ type: builder.MoneyRef, resolve: (x) => money(x.refunded, x.currency) }),
    status: t.string({ description: 'HELD (awaiting payment), CAPTURED, RELEASED.', resolve: (x) => x.status }),
  }),
});

const GiftCardRecipientInput = builder.inputType('GiftCardRecipientInput', {
  description: 'Whom the gift cards in the order are for: their codes are e-mailed to this address (else to the buyer) with the message.',
  fields: (t) => ({ name: t.string(), email: t.string(), message: t.string({ description: 'At most 500 characters.' }) }),
});

const CheckoutInput = builder.inputType('CheckoutInput', {
  fields: (t) => ({
    cartToken: t.string({ description: "Omit to check out the signed-in customer's cart." }),
    idempotencyKey: t.string({ required: true, description: 'A new random key per checkout attempt (e.g. a UUID); a retry with the same key and input returns the first result.' }),
    email: t.string({ required: true }),
    phone: t.string(),
    taxId: t.string({ description: "A business buyer's TIN for the invoice: 12345678-0001 or 10 digits (BAD_USER_INPUT otherwise)." }),
    shippingAddress: t.field({ type: AddressInput, required: true }),
    shippingMethod: t.string({ required: true, description: "A method code offered for the address (shippingOptions), e.g. STANDARD, or a carrier quote's method." }),
    shippingQuoteId: t.id({ description: "A carrier's quote (quoteCheckoutShipping) whose locked price is the shipping; shippingMethod must be its method (SHIPPING_QUOTE_INVALID, SHIPPING_QUOTE_EXPIRED; decision 0091)." }),
    couponCode: t.string({ description: "A coupon code; omit to use the one applied to the cart (applyCouponToCart)." }),
    deviceId: t.string({ description: "The shopper's device id (abuse checks on referrals)." }),
    returnUrl: t.string({ description: 'Where the payment page sends the shopper afterwards (https).' }),
    giftCardCodes: t.stringList({ description: 'Gift cards to pay with, in this order (GIFT_CARD_INVALID, INSUFFICIENT_BALANCE).' }),
    useStoreCredit: t.boolean({ description: "Pay what is left with the signed-in customer's store credit." }),
    points: t.int({ description: 'Loyalty points to spend (signed-in; at most the programme’s share of the order; fewer are spent when fewer are needed).' }),
    giftCardRecipient: t.field({ type: GiftCardRecipientInput, description: 'For an order that buys gift cards (decision 0064).' }),
    paymentMethod: t.field({ type: PaymentMethodEnum, description: 'One of checkoutPaymentMethods (PAYMENT_METHOD_UNAVAILABLE otherwise); CARD when omitted.' }),
    ussdBank: t.string({ description: "USSD: the shopper's bank, a code from checkoutUssdBanks (PAYMENT_DETAILS_INVALID otherwise)." }),
    mobileMoneyNetwork: t.string({ description: 'MOBILE_MONEY: a code from checkoutMobileMoneyNetworks (PAYMENT_DETAILS_INVALID otherwise).' }),
    mobileMoneyPhone: t.string({ description: "MOBILE_MONEY: the wallet's phone, local (0803 123 4567) or international (PAYMENT_DETAILS_INVALID otherwise)." }),
  }),
});

type OrderRow = Awaited<ReturnType<typeof cancelOrder>>;
type PaymentRow = NonNullable<Awaited<ReturnType<typeof startPayment>>>;

const CheckoutPayload = builder.payloadObject<{ order: OrderRow; payment: PaymentRow | null }>('CheckoutPayload', (t) => ({
  order: t.field({ type: Order, nullable: true, resolve: (p) => p.order ?? null }),
  payment: t.field({ type: Payment, nullable: true, description: 'Send the shopper to payment.authorizationUrl.', resolve: (p) => p.payment ?? null }),
}));

const PaymentPayload = builder.payloadObject<{ payment: PaymentRow }>('PaymentPayload', (t) => ({
  payment: t.field({ type: Payment, nullable: true, resolve: (p) => p.payment ?? null }),
}));

const OrderPayload = builder.payloadObject<{ order: OrderRow }>('OrderPayload', (t) => ({
  order: t.field({ type: Order, nullable: true, resolve: (p) => p.order ?? null }),
}));

const RefundPayload = builder.payloadObject<{ refund: Awaited<ReturnType<typeof refundOrder>> }>('RefundPayload', (t) => ({
  refund: t.field({ type: Refund, nullable: true, resolve: (p) => p.refund ?? null }),
}));

const DisputePayload = builder.payloadObject<{ dispute: Awaited<ReturnType<typeof openDispute>> }>('DisputePayload', (t) => ({
  dispute: t.field({ type: Dispute, nullable: true, resolve: (p) => p.dispute ?? null }),
}));

const RefundLineInput = builder.inputType('RefundLineInput', {
  fields: (t) => ({ orderLineId: t.id({ required: true }), quantity: t.int({ required: true }) }),
});
const RefundOrderInput = builder.inputType('RefundOrderInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    lines: t.field({ type: [RefundLineInput], description: 'Units per line; omit to refund everything not yet refunded.' }),
    reason: t.string(),
    restock: t.boolean({ defaultValue: false, description: 'Put the refunded units back in stock where they were sold from.' }),
    toStoreCredit: t.boolean({ defaultValue: false, description: "Give the money as the customer's store credit instead of back to their card or account (signed-in customers' orders)." }),
  }),
});

const RefundPreviewLine = builder.objectRef<RefundPreview['lines'][number] & { currency: string }>('RefundPreviewLine').implement({
  fields: (t) => ({
    orderLineId: t.id({ resolve: (l) => l.orderLineId }),
    title: t.string({ resolve: (l) => l.title }),
    sku: t.string({ resolve: (l) => l.sku }),
    quantity: t.int({ resolve: (l) => l.quantity }),
    amount: t.field({ type: builder.MoneyRef, description: 'Goods and their tax.', resolve: (l) => money(l.amount, l.currency) }),
  }),
});
const RefundPreviewRef = builder.objectRef<RefundPreview>('RefundPreview').implement({
  description: 'What refundOrder would give back for the same input, to confirm before refunding.',
  fields: (t) => ({
    amount: t.field({ type: builder.MoneyRef, description: 'The whole refund.', resolve: (p) => money(p.amount, p.currency) }),
    shipping: t.field({ type: builder.MoneyRef, description: 'Shipping and its tax, returned with the last units of a vendor order.', resolve: (p) => money(p.shipping, p.currency) }),
    lines: t.field({ type: [RefundPreviewLine], resolve: (p) => p.lines.map((l) => ({ ...l, currency: p.currency })) }),
  }),
});

builder.queryField('refundPreview', (t) =>
  t.field({
    type: RefundPreviewRef,
    authScopes: MONEY_ADMINS,
    description: 'The refund refundOrder would make for this input, without making it (the back office shows it before the administrator confirms). Its refusals are refundOrder\'s, as errors with their code.',
    args: { input: t.arg({ type: RefundOrderInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      try {
        return await previewRefund(ctx, { orderId: String(input.orderId), lines: input.lines?.map((l) => ({ orderLineId: String(l.orderLineId), quantity: l.quantity })) ?? null, reason: input.reason, restock: input.restock, toStoreCredit: input.toStoreCredit });
      } catch (e) {
        if (e instanceof DomainError) throw new AppError(e.code, e.message, { field: e.field ?? null });
        throw e;
      }
    },
  }),
);

const advance = (to: 'FULFILLING' | 'SHIPPED' | 'DELIVERED' | 'COMPLETED', description: string) =>
  builder.mutationField(
    { FULFILLING: 'fulfilOrder', SHIPPED: 'shipOrder', DELIVERED: 'deliverOrder', COMPLETED: 'completeOrder' }[to],
    (t) =>
      t.field({
        type: OrderPayload,
        authScopes: ORDER_MANAGERS,
        description,
        args: { orderId: t.arg.id({ required: true }), note: t.arg.string({ description: 'Recorded on the timeline (e.g. a tracking number).' }) },
        resolve: (_r, { orderId, note }, ctx) => withUserErrors(async () => ({ order: await advanceOrder(ctx, String(orderId), to, note) })),
      }),
  );
type VendorOrderRow = Awaited<ReturnType<typeof advanceVendorOrder>>['vendorOrder'];
const VendorOrderPayload = builder.payloadObject<{ vendorOrder: VendorOrderRow; order: OrderRow }>('VendorOrderPayload', (t) => ({
  vendorOrder: t.field({ type: VendorOrder, nullable: true, resolve: (p) => p.vendorOrder ?? null }),
  order: t.field({ type: Order, nullable: true, resolve: (p) => p.order ?? null }),
}));

const advanceVendor = (to: VendorStep, name: string, description: string) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: VendorOrderPayload,
      authScopes: VENDOR_FULFILLERS,
      description,
      args: { vendorOrderId: t.arg.id({ required: true }), note: t.arg.string({ description: 'Recorded on the timeline (e.g. a tracking number).' }) },
      resolve: (_r, { vendorOrderId, note }, ctx) => withUserErrors(async () => advanceVendorOrder(ctx, String(vendorOrderId), to, note)),
    }),
  );
advanceVendor('FULFILLING', 'fulfilVendorOrder', "A vendor starts fulfilling its part of a paid order. The order moves when every vendor has.");
advanceVendor('SHIPPED', 'shipVendorOrder', "A vendor's part left with the carrier. The order is shipped when every vendor's part is.");
advanceVendor('DELIVERED', 'deliverVendorOrder', "The customer has this vendor's part. The order is delivered when every part is.");

advance('FULFILLING', 'Start fulfilling a paid order (picking, packing).');
advance('SHIPPED', 'The order left with the carrier.');
advance('DELIVERED', 'The customer has the order.');
advance('COMPLETED', 'Close a delivered order.');

builder.mutationFields((t) => ({
  checkout: t.field({
    type: CheckoutPayload,
    description: 'Turns the cart into an order awaiting payment: prices from the catalogue, stock reserved, payment started. Idempotent per idempotencyKey.',
    args: { input: t.arg({ type: CheckoutInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => checkout(ctx, input)),
  }),
  retryPayment: t.field({
    type: PaymentPayload,
    description: 'Starts a new payment for an order still awaiting payment (after a failed start), or returns the open one.',
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string(), returnUrl: t.arg.string() },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => {
        const order = await findOrder(ctx, String(args.orderId), args.cartToken);
        if (!order) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
        const returnUrl = await checkReturnUrl(ctx, order.tenantId, args.returnUrl);
        return { payment: await startPayment(ctx, order.tenantId, order.id, returnUrl) };
      }),
  }),
  refreshPayment: t.field({
    type: PaymentPayload,
    description: "Asks the payment provider now (e.g. on the shopper's return from the payment page) and settles the order if it has been paid.",
    args: { reference: t.arg.string({ required: true }) },
    resolve: (_r, { reference }, ctx) =>
      withUserErrors(async () => {
        const tenantId = requireTenant(ctx);
        await syncPayment(ctx, tenantId, reference);
        const payment = await ctx.prisma.payment.findFirst({ where: { tenantId, reference } });
        if (!payment) throw new DomainError(ErrorCode.NOT_FOUND, 'No such payment', ['reference']);
        return { payment };
      }),
  }),
  cancelOrder: t.field({
    type: OrderPayload,
    authScopes: ORDER_MANAGERS,
    description: 'Cancels an order: an unpaid one at once (stock released); a paid one before it ships, with a full refund and restock — a refund, so like refundOrder only administrators with two-factor and keys with commerce:write (FORBIDDEN for staff).',
    args: { orderId: t.arg.id({ required: true }), reason: t.arg.string() },
    resolve: (_r, { orderId, reason }, ctx) => withUserErrors(async () => ({ order: await cancelOrder(ctx, String(orderId), reason) })),
  }),
  refundOrder: t.field({
    type: RefundPayload,
    authScopes: MONEY_ADMINS,
    description: 'Refunds a paid order, whole or per line, through its payment provider; never more than was paid.',
    args: { input: t.arg({ type: RefundOrderInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        refund: await refundOrder(ctx, { orderId: String(input.orderId), lines: input.lines?.map((l) => ({ orderLineId: String(l.orderLineId), quantity: l.quantity })) ?? null, reason: input.reason, restock: input.restock, toStoreCredit: input.toStoreCredit }),
      })),
  }),
  openDispute: t.field({
    type: DisputePayload,
    authScopes: MONEY_ADMINS,
    description: 'Marks a paid order disputed (commissions are held while it is).',
    args: { orderId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, { orderId, reason }, ctx) => withUserErrors(async () => ({ dispute: await openDispute(ctx, String(orderId), reason) })),
  }),
  closeDispute: t.field({
    type: DisputePayload,
    authScopes: MONEY_ADMINS,
    args: { orderId: t.arg.id({ required: true }), resolution: t.arg.string({ required: true }) },
    resolve: (_r, { orderId, resolution }, ctx) => withUserErrors(async () => ({ dispute: await closeDispute(ctx, String(orderId), resolution) })),
  }),
}));
