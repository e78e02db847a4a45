import { ADMIN_ROLES, asQuery, withUserErrors, type RoleName } from '@webwaka/kit';
import { giftCardProductIds, setGiftCardProduct } from '../services/gift-card-sales';
import { builder } from './builder';

/** Who decides a product is sold as a gift card: administrators (second factor), as for issuing cards (decision 0064). */
const GIFT_CARD_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[] };

const GiftCardSale = builder.objectRef<{ orderId: string; orderNumber: string }>('GiftCardSale').implement({
  fields: (t) => ({ orderId: t.exposeID('orderId'), orderNumber: t.exposeString('orderNumber') }),
});

builder.prismaObjectField('GiftCard', 'soldInOrder', (t) =>
  t.field({
    type: GiftCardSale,
    nullable: true,
    description: 'The order that bought the card (source SOLD), else null.',
    select: { orderId: true, source: true },
    resolve: async (card, _a, ctx) => {
      if (card.source !== 'SOLD' || !card.orderId) return null;
      const order = await ctx.prisma.order.findUnique({ where: { id: card.orderId }, select: { id: true, number: true } });
      return order ? { orderId: order.id, orderNumber: order.number } : null;
    },
  }),
);

builder.queryFields((t) => ({
  giftCardProducts: t.idList({
    description: 'Of these products, the ones this shop sells as gift cards (each variant a denomination).',
    args: { productIds: t.arg.idList({ required: true }) },
    resolve: (_r, { productIds }, ctx) => asQuery(async () => [...(await giftCardProductIds(ctx.prisma, ctx.tenantId!, productIds.slice(0, 100).map(String)))]),
  }),
}));

builder.mutationFields((t) => ({
  setGiftCardProduct: t.field({
    type: builder.payloadObject<{ productId: string; giftCard: boolean }>('SetGiftCardProductPayload', (p) => ({
      productId: p.id({ nullable: true, resolve: (x) => x.productId ?? null }),
      giftCard: p.boolean({ nullable: true, resolve: (x) => x.giftCard ?? null }),
    })),
    authScopes: GIFT_CARD_ADMINS,
    description: 'Sells a product as a gift card (its variants are the denominations; no stock, shipping or tax) or no longer.',
    args: { productId: t.arg.id({ required: true }), giftCard: t.arg.boolean({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ productId: String(args.productId), giftCard: await setGiftCardProduct(ctx, String(args.productId), args.giftCard) })),
  }),
}));
