/**
 * Returns (decision 0058; services/returns.ts has the rules): customers ask, the store or the vendor answers,
 * administrators refund through the order's refund path.
 */
import { AppError, ADMIN_ROLES, DomainError, MAX_PAGE_SIZE, requireTenant, withUserErrors, type RequestContext, type RoleName } from '@webwaka/kit';
import {
  approveReturn,
  exchangeReturn,
  guestReturnRequests,
  receiveReturn,
  refundReturn,
  refuseReturn,
  requestReturn,
  returnableLines,
  returnRef,
  returnScope,
  returnWindowDays,
  refundReturnAllowed,
  updateReturnSettings,
  RETURN_REASONS,
  RETURN_STATUSES,
  type LineReturnability,
} from '../services/returns';
import { lookUpGuestOrder } from '../services/guest-order-lookup';
import { builder, money, MONEY_ADMINS, ORDER_READERS, VENDOR_FULFILLERS } from './builder';

/** Who asks for a return: a signed-in customer, on their own order (the service checks the order is theirs). */
const RETURN_REQUESTERS = { roles: ['CUSTOMER'] as RoleName[] };

/** A service refusal as the GraphQL error with its stable code (queries have no userErrors). */
async function appErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DomainError) throw new AppError(e.code, e.message, { field: e.field ?? null });
    throw e;
  }
}



export const ReturnStatusEnum = builder.enumType('ReturnStatus', {
  description: 'REQUESTED → APPROVED | REFUSED; APPROVED → RECEIVED; RECEIVED → REFUNDED | EXCHANGED.',
  values: RETURN_STATUSES,
});
export const ReturnReasonEnum = builder.enumType('ReturnReason', { values: RETURN_REASONS });

export const ReturnLine = builder.prismaObject('ReturnLine', {
  fields: (t) => ({
    id: t.exposeID('id'),
    orderLineId: t.exposeID('orderLineId'),
    title: t.exposeString('title'),
    sku: t.exposeString('sku'),
    quantity: t.exposeInt('quantity'),
  }),
});

export const ReturnEvent = builder.prismaObject('ReturnEvent', {
  description: "One move of a return request, who made it and the note.",
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStatus: t.field({ type: ReturnStatusEnum, nullable: true, resolve: (e) => e.fromStatus }),
    toStatus: t.field({ type: ReturnStatusEnum, resolve: (e) => e.toStatus }),
    actorType: t.exposeString('actorType'),
    note: t.exposeString('note', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const ReturnPhoto = builder.prismaObject('ReturnPhoto', {
  description: "A customer's photo of a return (decision 0065): private, shown through `GET /returns/photos/<id>/<width>.<avif|webp|jpg>` to its uploader and to whoever sees the request.",
  fields: (t) => ({
    id: t.exposeID('id'),
    width: t.exposeInt('width', { description: 'Of the largest variant (at most 1280).' }),
    height: t.exposeInt('height'),
  }),
});

export const ReturnRequest = builder.prismaObject('ReturnRequest', {
  description: "A customer's request to send back units of one vendor order's lines.",
  fields: (t) => ({
    id: t.exposeID('id'),
    reference: t.string({ description: 'The short reference people read (and the refund names).', resolve: (r) => returnRef(r.id) }),
    orderId: t.exposeID('orderId'),
    orderNumber: t.exposeString('orderNumber'),
    vendorOrderId: t.exposeID('vendorOrderId'),
    vendorName: t.exposeString('vendorName'),
    status: t.field({ type: ReturnStatusEnum, resolve: (r) => r.status }),
    reason: t.field({ type: ReturnReasonEnum, resolve: (r) => r.reason }),
    details: t.exposeString('details', { nullable: true }),
    instructions: t.exposeString('instructions', { nullable: true, description: 'How to send the items back (given on approval).' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    exchangeNote: t.exposeString('exchangeNote', { nullable: true, description: 'What was sent in exchange.' }),
    refundId: t.exposeID('refundId', { nullable: true }),
    refundAmount: t.field({
      type: builder.MoneyRef,
      nullable: true,
      description: 'What the refund gave back (null until refunded).',
      resolve: async (r, _a, ctx: RequestContext) => {
        const refund = r.refundId ? await ctx.prisma.refund.findUnique({ where: { id: r.refundId } }) : null;
        return refund ? money(refund.amount, refund.currency) : null;
      },
    }),
    canRefund: t.boolean({ description: 'Whether the caller may refund it (an administrator with two-factor authentication).', resolve: (_r, _a, ctx: RequestContext) => refundReturnAllowed(ctx.actor) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    lines: t.relation('lines', { query: { orderBy: { id: 'asc' } } }),
    timeline: t.relation('events', { query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } }),
    photos: t.relation('photos', { query: { orderBy: { id: 'asc' } } }),
  }),
});

const ReturnableLine = builder.objectRef<LineReturnability>('ReturnableLine').implement({
  description: 'A line of your order and how much of it you may return now.',
  fields: (t) => ({
    orderLineId: t.id({ resolve: (l) => l.line.id }),
    title: t.string({ resolve: (l) => l.line.title }),
    sku: t.string({ resolve: (l) => l.line.sku }),
    quantity: t.int({ description: 'Bought.', resolve: (l) => l.line.quantity }),
    returnable: t.int({ description: 'Units you may return now (0 when `problem` says why not).', resolve: (l) => l.left }),
    closesAt: t.field({ type: 'DateTime', nullable: true, description: 'When the return window closes (null: not delivered yet).', resolve: (l) => l.closesAt }),
    problem: t.string({ nullable: true, description: 'Why it cannot be returned now.', resolve: (l) => l.problem }),
  }),
});

const ReturnSettingsRef = builder.objectRef<{ windowDays: number }>('ReturnSettings').implement({
  fields: (t) => ({ windowDays: t.exposeInt('windowDays', { description: 'Days after delivery a customer may ask for a return (0: no returns).' }) }),
});

builder.queryFields((t) => ({
  returnRequests: t.prismaConnection({
    type: 'ReturnRequest',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ORDER_READERS,
    description: "Return requests, newest first: the tenant's for the back office, a vendor's own vendor orders', a customer's own (mine: only those you asked for).",
    args: { status: t.arg({ type: ReturnStatusEnum }), mine: t.arg.boolean({ defaultValue: false }), orderId: t.arg.id() },
    resolve: (query, _r, args, ctx) => {
      const scope = returnScope(ctx, !!args.mine);
      if (!scope) return [];
      return ctx.prisma.returnRequest.findMany({
        ...query,
        where: { AND: [scope, args.status ? { status: args.status } : {}, args.orderId ? { orderId: String(args.orderId) } : {}] },
        orderBy: { id: 'desc' },
      });
    },
  }),
  returnRequest: t.prismaField({
    type: 'ReturnRequest',
    nullable: true,
    authScopes: ORDER_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => {
      const scope = returnScope(ctx);
      return scope ? ctx.prisma.returnRequest.findFirst({ ...query, where: { AND: [scope, { id: String(id) }] } }) : null;
    },
  }),
  returnableLines: t.field({
    type: [ReturnableLine],
    authScopes: RETURN_REQUESTERS,
    description: 'The lines of your order and what you may return now (NOT_FOUND for an order that is not yours).',
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_r, { orderId }, ctx) => appErrors(() => returnableLines(ctx, String(orderId))),
  }),
  guestReturnableLines: t.field({
    type: [ReturnableLine],
    description: 'A guest\'s order (placed without an account) and what may be returned now, proved by the token of the cart it came from (NOT_FOUND otherwise, the same as an unknown order).',
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { orderId, cartToken }, ctx) => appErrors(() => returnableLines(ctx, String(orderId), cartToken)),
  }),
  guestReturnRequests: t.field({
    type: [ReturnRequest],
    description: 'The return requests of a guest\'s order, newest first, proved by the token of the cart it came from (NOT_FOUND otherwise).',
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { orderId, cartToken }, ctx) => appErrors(() => guestReturnRequests(ctx, String(orderId), cartToken)),
  }),
  returnSettings: t.field({
    type: ReturnSettingsRef,
    authScopes: ORDER_READERS,
    resolve: async (_r, _a, ctx) => ({ windowDays: await returnWindowDays(ctx.prisma, requireTenant(ctx)) }),
  }),
}));

const ReturnLineInput = builder.inputType('ReturnLineInput', {
  fields: (t) => ({ orderLineId: t.id({ required: true }), quantity: t.int({ required: true }) }),
});
const RequestReturnInput = builder.inputType('RequestReturnInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    lines: t.field({ type: [ReturnLineInput], required: true }),
    reason: t.field({ type: ReturnReasonEnum, required: true }),
    details: t.string({ description: 'In your own words (required for OTHER; at most 1000 characters).' }),
    photoIds: t.idList({ description: 'Photos you uploaded for it (`POST /returns/photos`): at most 5, your own (decision 0065).' }),
  }),
});

type ReturnRow = Awaited<ReturnType<typeof approveReturn>>;
const RequestReturnPayload = builder.payloadObject<{ returnRequests: ReturnRow[] }>('RequestReturnPayload', (t) => ({
  returnRequests: t.field({ type: [ReturnRequest], nullable: true, description: 'One per vendor order the lines belong to.', resolve: (p) => p.returnRequests ?? null }),
}));
const ReturnRequestPayload = builder.payloadObject<{ returnRequest: ReturnRow }>('ReturnRequestPayload', (t) => ({
  returnRequest: t.field({ type: ReturnRequest, nullable: true, resolve: (p) => p.returnRequest ?? null }),
}));
const ReturnSettingsPayload = builder.payloadObject<{ settings: { windowDays: number } }>('ReturnSettingsPayload', (t) => ({
  settings: t.field({ type: ReturnSettingsRef, nullable: true, resolve: (p) => p.settings ?? null }),
}));

const GuestOrderLookupPayload = builder.payloadObject<{ orderId: string; cartToken: string }>('GuestOrderLookupPayload', (t) => ({
  orderId: t.id({ nullable: true, resolve: (p) => p.orderId ?? null }),
  cartToken: t.string({ nullable: true, description: "The guest's key to the order: order(id, cartToken) and the guest return operations take it.", resolve: (p) => p.cartToken ?? null }),
}));

builder.mutationFields((t) => ({
  lookUpGuestOrder: t.field({
    type: GuestOrderLookupPayload,
    description: 'A guest finds their order (placed without an account) by its number and checkout e-mail. NOT_FOUND alike for an unknown number and a wrong e-mail; RATE_LIMITED after 20 tries per client address or 5 per order number in 15 minutes (decision 0065, "Guests").',
    args: { orderNumber: t.arg.string({ required: true }), email: t.arg.string({ required: true }) },
    resolve: (_r, { orderNumber, email }, ctx) => withUserErrors(() => lookUpGuestOrder(ctx, orderNumber, email)),
  }),
  requestReturn: t.field({
    type: RequestReturnPayload,
    authScopes: RETURN_REQUESTERS,
    description: 'Ask to return units of delivered lines of your order within the return window (one open request per line).',
    args: { input: t.arg({ type: RequestReturnInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        returnRequests: await requestReturn(ctx, { orderId: String(input.orderId), lines: input.lines.map((l) => ({ orderLineId: String(l.orderLineId), quantity: l.quantity })), reason: input.reason, details: input.details, photoIds: input.photoIds?.map(String) ?? null }),
      })),
  }),
  guestRequestReturn: t.field({
    type: RequestReturnPayload,
    description: 'A guest asks to return units of delivered lines of their order (placed without an account), proved by the token of the cart it came from; no photos (sign in for those). The same rules as requestReturn; NOT_FOUND on orderId for a wrong token.',
    args: { input: t.arg({ type: RequestReturnInput, required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { input, cartToken }, ctx) =>
      withUserErrors(async () => ({
        returnRequests: await requestReturn(ctx, { orderId: String(input.orderId), lines: input.lines.map((l) => ({ orderLineId: String(l.orderLineId), quantity: l.quantity })), reason: input.reason, details: input.details, photoIds: input.photoIds?.map(String) ?? null, cartToken }),
      })),
  }),
  updateReturnSettings: t.field({
    type: ReturnSettingsPayload,
    authScopes: MONEY_ADMINS,
    args: { windowDays: t.arg.int({ required: true }) },
    resolve: (_r, { windowDays }, ctx) => withUserErrors(async () => ({ settings: await updateReturnSettings(ctx, windowDays) })),
  }),
  approveReturn: t.field({
    type: ReturnRequestPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'Accept a return request, saying how to send the items back (the store, or in a marketplace the vendor).',
    args: { id: t.arg.id({ required: true }), instructions: t.arg.string({ required: true }) },
    resolve: (_r, { id, instructions }, ctx) => withUserErrors(async () => ({ returnRequest: await approveReturn(ctx, String(id), instructions) })),
  }),
  refuseReturn: t.field({
    type: ReturnRequestPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'Refuse a return request, with the reason the customer reads.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, { id, reason }, ctx) => withUserErrors(async () => ({ returnRequest: await refuseReturn(ctx, String(id), reason) })),
  }),
  receiveReturn: t.field({
    type: ReturnRequestPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'The returned items arrived.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_r, { id, note }, ctx) => withUserErrors(async () => ({ returnRequest: await receiveReturn(ctx, String(id), note) })),
  }),
  exchangeReturn: t.field({
    type: ReturnRequestPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'The items were replaced instead of refunded (the note says with what; no money moves). restock puts the returned units back in stock.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }), restock: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, { id, note, restock }, ctx) => withUserErrors(async () => ({ returnRequest: await exchangeReturn(ctx, String(id), note, !!restock) })),
  }),
  refundReturn: t.field({
    type: ReturnRequestPayload,
    authScopes: MONEY_ADMINS,
    description: "Refund a received return through the order's refund path (the lines' paid share, after discounts); a retry never refunds twice. restock puts the units back in stock.",
    args: { id: t.arg.id({ required: true }), restock: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, { id, restock }, ctx) => withUserErrors(async () => ({ returnRequest: await refundReturn(ctx, String(id), !!restock) })),
  }),
}));
