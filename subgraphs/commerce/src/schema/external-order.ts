import { withUserErrors, type UserError } from '@webwaka/kit';
import { createExternalOrder } from '../services/external-orders';
import { builder, OrderLineSourceEnum } from './builder';
import { Order, Payment } from './order';

const ExternalOrderLineInput = builder.inputType('ExternalOrderLineInput', {
  inaccessible: true,
  fields: (t) => ({
    source: t.field({ type: OrderLineSourceEnum, required: true, description: 'Who sells it (not CATALOG: catalogue lines go through checkout).' }),
    sourceRef: t.string({ required: true, description: "The source's reference (transport: the seat hold's id)." }),
    sku: t.string({ required: true }),
    description: t.string({ required: true, description: 'Shown on the order, e.g. "LOS→ABV 24 Nov 07:00, seat 3A, Ada Obi".' }),
    unitAmount: t.field({ type: 'BigIntString', required: true, description: 'Minor units, tax excluded.' }),
    quantity: t.int({ required: true }),
    data: t.field({ type: 'JSON', description: 'Given back to the source when the order is paid (transport: { seatLabel, passengerName }).' }),
  }),
});

const ExternalOrderInput = builder.inputType('ExternalOrderInput', {
  inaccessible: true,
  fields: (t) => ({
    idempotencyKey: t.string({ required: true }),
    email: t.string({ required: true }),
    customerUserId: t.id({ description: 'The signed-in buyer, if any.' }),
    sellerTenantId: t.id({ required: true, description: 'The tenant the goods are bought from: the vendor of the one vendor order (ledger: its VENDOR_PAYABLE).' }),
    currency: t.string({ required: true }),
    taxRateBps: t.int({ required: true, description: 'Tax on top of each line, half-up (0: exempt).' }),
    payBefore: t.field({ type: 'DateTime', required: true, description: "The payment deadline (never past the tenant's payment window)." }),
    returnUrl: t.string(),
    lines: t.field({ type: [ExternalOrderLineInput], required: true }),
  }),
});

type Created = Awaited<ReturnType<typeof createExternalOrder>>;

const ExternalOrderPayload = builder.objectRef<Partial<Created> & { userErrors: UserError[] }>('ExternalOrderPayload').implement({
  inaccessible: true,
  fields: (t) => ({
    order: t.field({ type: Order, nullable: true, resolve: (p) => p.order ?? null }),
    payment: t.field({ type: Payment, nullable: true, description: 'Send the buyer to payment.authorizationUrl.', resolve: (p) => p.payment ?? null }),
    accessToken: t.string({ nullable: true, description: "The guest's key to the order: order(id, cartToken: accessToken).", resolve: (p) => p.accessToken ?? null }),
    userErrors: t.field({ type: [builder.UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

/**
 * An order for something another capability sells (transport's bus seats), awaiting payment, with the
 * payment started. @inaccessible and for service actors with commerce:write only (services/external-orders.ts).
 */
builder.mutationField('createExternalOrder', (t) =>
  t.field({
    type: ExternalOrderPayload,
    inaccessible: true,
    authScopes: { apiScope: 'commerce:write' },
    args: { input: t.arg({ type: ExternalOrderInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () =>
        createExternalOrder(ctx, {
          ...input,
          customerUserId: input.customerUserId ? String(input.customerUserId) : null,
          sellerTenantId: String(input.sellerTenantId),
          lines: input.lines.map((l) => ({ ...l, unitAmount: BigInt(l.unitAmount as string | bigint), data: l.data ?? null })),
        }),
      ),
  }),
);
