/**
 * External orders: what another capability sells through commerce's checkout and payments (transport's bus
 * seats). The selling capability holds and prices what it sells; commerce makes the order, takes the money
 * through the tenant's provider, tells the source when it is paid, and refunds when the source cannot
 * deliver. Rules:
 * - Only a service may create one: `createExternalOrder` is @inaccessible (not in the public API) and
 *   refuses any caller but a service actor holding commerce:write.
 * - Placed like every order (order-placement.ts): idempotent per (tenant, idempotencyKey), in the same key
 *   space as catalogue checkouts; the same key and request return the first order (its payment started
 *   again if it needs one); another request under the key is IDEMPOTENCY_KEY_REUSED. The payment deadline
 *   is not part of the request: the caller derives it from the time its hold has left, which shrinks
 *   between retries.
 * - One vendor order, for the seller (a tenant, e.g. the bus operator: its id is the vendor id the ledger
 *   credits), no commission, no shipping; tax at the given rate on top of each line, half-up.
 * - No inventory: external lines are NOT_STOCKED (the source keeps its own seats).
 * - The payment deadline is the caller's `payBefore`, never past the tenant's payment window.
 * - A guest reads the order with the token of a cart made for it (checked out, no lines), returned as
 *   `accessToken`: `order(id, cartToken)` works for it as for a catalogue checkout.
 * - Paid: the source hears of it in the PAID transaction (payments.ts, events.ts `recordExternalLinesPaid`):
 *   TRANSPORT → `commerce.external_order.paid` (consumer: transport).
 * - `commerce.refund.requested` `{ orderId, reason }` (consumer: commerce): the source could not deliver; the
 *   order is cancelled with a full refund (refunds.ts), once however often the request arrives.
 */
import { anonymousActor, DomainError, ErrorCode, logger, randomToken, requireTenant, uuidv7, type Actor, type OutboxEventRecord } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { applyBps, sum } from './money';
import { email, idempotencyKey, placeOrder, text, type Prepared } from './order-placement';
import { startPayment, type Deps } from './payments';
import { settingsFor } from './settings';
import { refundOrder } from './refunds';
import { checkReturnUrl } from './return-url';
import { salesChannel, sellingTenant } from './tenant';

export const MAX_EXTERNAL_LINES = 20;
/** An order the customer has less than this long to pay for is not worth starting. */
const MIN_PAY_SECONDS = 30;

export type ExternalSource = 'TRANSPORT';

export interface ExternalOrderInput {
  idempotencyKey: string;
  email: string;
  customerUserId?: string | null;
  sellerTenantId: string;
  currency: string;
  taxRateBps: number;
  payBefore: Date;
  returnUrl?: string | null;
  lines: { source: ExternalSource | 'CATALOG'; sourceRef: string; sku: string; description: string; unitAmount: bigint; quantity: number; data?: unknown }[];
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

/** Validates and normalises the request (nothing is stored for a request refused here). */
function normalise(input: ExternalOrderInput) {
  const buyer = email(input.email);
  if (input.customerUserId && !UUID_RE.test(input.customerUserId)) throw bad('customerUserId must be a user id', ['customerUserId']);
  if (!UUID_RE.test(input.sellerTenantId ?? '')) throw bad('sellerTenantId must be a tenant id', ['sellerTenantId']);
  const currency = text(input.currency, ['currency'], 3, true).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw bad('currency must be an ISO 4217 code', ['currency']);
  if (!Number.isInteger(input.taxRateBps) || input.taxRateBps < 0 || input.taxRateBps > 10_000) throw bad('taxRateBps must be 0 to 10000', ['taxRateBps']);
  // Checked against the tenant's own storefront in createExternalOrder (return-url.ts).
  const returnUrl = input.returnUrl?.trim() || null;
  if (!input.lines?.length || input.lines.length > MAX_EXTERNAL_LINES) throw bad(`An external order has 1 to ${MAX_EXTERNAL_LINES} lines`, ['lines']);
  const lines = input.lines.map((l, i) => {
    if (l.source === 'CATALOG') throw bad('Catalogue lines go through checkout', ['lines', String(i), 'source']);
    if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > 999) throw bad('quantity must be 1 to 999', ['lines', String(i), 'quantity']);
    if (typeof l.unitAmount !== 'bigint' || l.unitAmount <= 0n) throw bad('unitAmount must be a positive amount in minor units', ['lines', String(i), 'unitAmount']);
    return {
      source: l.source,
      sourceRef: text(l.sourceRef, ['lines', String(i), 'sourceRef'], 100, true),
      sku: text(l.sku, ['lines', String(i), 'sku'], 64, true),
      description: text(l.description, ['lines', String(i), 'description'], 300, true),
      unitAmount: l.unitAmount,
      quantity: l.quantity,
      data: l.data ?? null,
    };
  });
  return { email: buyer, customerUserId: input.customerUserId || null, sellerTenantId: input.sellerTenantId.toLowerCase(), currency, taxRateBps: input.taxRateBps, returnUrl, lines };
}

type Request = ReturnType<typeof normalise>;

/** Only another subgraph (a service actor with commerce:write) makes external orders. */
function requireService(actor: Actor) {
  if (actor.kind !== 'service' || !actor.scopes.includes('commerce:write')) throw new DomainError(ErrorCode.FORBIDDEN, 'External orders are made by services only');
}

export async function createExternalOrder(ctx: ServiceContext, input: ExternalOrderInput) {
  requireService(ctx.actor);
  const tenantId = requireTenant(ctx);
  const request = normalise(input);
  await checkReturnUrl(ctx, tenantId, request.returnUrl);
  const cartId = uuidv7();
  const { orderId } = await placeOrder(ctx, {
    tenantId,
    idempotencyKey: idempotencyKey(input.idempotencyKey),
    request: { external: true, ...request },
    cartId,
    check: () => checkSale(ctx, tenantId, request, input.payBefore),
    prepare: async (_checkoutId, sale) => ({
      ...externalOrder(request, sale),
      // The guest reads the order with this cart's token (`accessToken`), as with a catalogue checkout.
      newCart: { token: randomToken(24), customerUserId: request.customerUserId, currency: request.currency, channel: sale.channel },
    }),
  });
  return result(ctx, orderId, request.returnUrl);
}

type Sale = { channel: 'SVM' | 'MVM'; seller: { id: string; name: string }; expiresAt: Date };

/** The tenant sells in this currency, the seller is a tenant, and the buyer has long enough to pay. */
async function checkSale(ctx: ServiceContext, tenantId: string, request: Request, payBefore: Date): Promise<Sale> {
  const deadline = payBefore instanceof Date ? payBefore : new Date(NaN);
  const settings = await settingsFor(ctx, tenantId);
  const expiresAt = new Date(Math.min(deadline.getTime(), Date.now() + settings.paymentWindowMinutes * 60_000));
  if (!(expiresAt.getTime() >= Date.now() + MIN_PAY_SECONDS * 1000)) throw bad(`payBefore must be at least ${MIN_PAY_SECONDS} seconds away`, ['payBefore']);
  const tenant = await salesChannel(ctx, tenantId);
  if (tenant.currency !== request.currency) throw bad(`${tenant.name} sells in ${tenant.currency}`, ['currency']);
  const seller = await sellingTenant(ctx, request.sellerTenantId);
  return { channel: tenant.channel, seller, expiresAt };
}

/** One vendor order for the seller, no commission, no shipping, tax on top of each line; no stock held. */
function externalOrder(r: Request, sale: Sale): Prepared {
  const lines = r.lines.map((l) => {
    const subtotal = l.unitAmount * BigInt(l.quantity);
    return { ...l, subtotal, tax: applyBps(subtotal, r.taxRateBps) };
  });
  const subtotal = sum(lines.map((l) => l.subtotal));
  const tax = sum(lines.map((l) => l.tax));
  return {
    order: {
      channel: sale.channel,
      customerUserId: r.customerUserId,
      email: r.email,
      currency: r.currency,
      subtotal,
      shipping: 0n,
      tax,
      total: subtotal + tax,
      taxInclusive: false,
      taxRateBps: r.taxRateBps,
      shippingMethod: 'NONE',
      expiresAt: sale.expiresAt,
    },
    vendorOrders: [
      {
        vendorId: sale.seller.id,
        vendorName: sale.seller.name,
        subtotal,
        shipping: 0n,
        tax,
        commissionBps: 0,
        commission: 0n,
        lines: lines.map((l) => ({
          source: l.source,
          sourceRef: l.sourceRef,
          sourceData: l.data === null ? undefined : (l.data as object),
          sku: l.sku,
          title: l.description,
          quantity: l.quantity,
          unitPrice: l.unitAmount,
          subtotal: l.subtotal,
          tax: l.tax,
          commissionBps: 0,
          stockStatus: 'NOT_STOCKED' as const,
        })),
      },
    ],
    reason: 'Ordered',
  };
}

/** The order, its payment (started when it still awaits one) and the guest's access token. */
async function result(ctx: ServiceContext, orderId: string, returnUrl: string | null) {
  const order = await ctx.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  const cart = await ctx.prisma.cart.findUniqueOrThrow({ where: { id: order.cartId } });
  const payable = order.status === 'PENDING_PAYMENT' && order.expiresAt.getTime() > Date.now();
  const payment = payable
    ? await startPayment(ctx, order.tenantId, order.id, returnUrl)
    : await ctx.prisma.payment.findFirst({ where: { orderId }, orderBy: { createdAt: 'desc' } });
  return { order, payment, accessToken: cart.token };
}

/** A system actor for work done on a source's request (it acts with commerce:write, nothing more). */
const serviceActor = (tenantId: string): Actor => ({ ...anonymousActor(tenantId), kind: 'service', scopes: ['commerce:write'] });

/**
 * `commerce.refund.requested`: the source could not deliver a paid order (e.g. its bus seats were gone by the
 * time the money arrived). The order is cancelled with a full refund; a repeat finds it cancelled and does
 * nothing. An order that was never paid (declined, expired) has nothing to refund.
 */
export function onRefundRequested(deps: Omit<Deps, 'requestId'>) {
  return async (event: OutboxEventRecord) => {
    const { orderId, reason } = event.payload as { orderId: string; reason: string | null };
    const order = await deps.prisma.order.findFirst({ where: { id: orderId, tenantId: event.tenantId } });
    if (!order) {
      logger.error('commerce: refund requested for an unknown order', { orderId, tenantId: event.tenantId });
      return;
    }
    if (!order.paidPaymentId || order.status === 'CANCELLED' || order.status === 'REFUNDED') return;
    // A refund under way (interrupted, or awaiting review) holds units: ask again once it has finished.
    if (await deps.prisma.refund.count({ where: { orderId, automatic: false, status: { in: ['PENDING', 'REVIEW'] } } })) {
      throw new Error(`order ${orderId}: a refund is under way; the requested refund waits for it`);
    }
    const ctx: ServiceContext = { ...deps, actor: serviceActor(order.tenantId), tenantId: order.tenantId, requestId: `refund-requested-${event.id}`, ip: null };
    // Nothing to restock: external lines hold no stock.
    await refundOrder(ctx, { orderId: order.id, reason: (reason ?? 'The order could not be delivered').slice(0, 500), restock: false }, { cancelsOrder: true });
  };
}
