/**
 * Live carrier rates in the API (decision 0091): the checkout page asks for a carrier's quote for the cart
 * and address (public, like checkout: the cart token is the guest's access) and offers it beside the zone
 * rates; checkout takes the quote's id (CheckoutInput.shippingQuoteId), never a price.
 */
import { withUserErrors } from '@webwaka/kit';
import { carrierLabel, carrierMethod, quoteCartShipping, type ShippingQuoteRow } from '../services/carrier-rates';
import { builder, money } from './builder';
import { CarrierNameEnum } from './shipments';

const ShippingQuoteRef = builder.objectRef<ShippingQuoteRow>('ShippingQuote').implement({
  description: "A carrier's price for delivering this cart to this address, held until expiresAt (decision 0091).",
  fields: (t) => ({
    id: t.exposeID('id', { description: "Send as checkout's shippingQuoteId, with shippingMethod set to method." }),
    method: t.string({ description: 'The shipping method code to check out with, e.g. CARRIER_SANDBOX.', resolve: (q) => carrierMethod(q.carrier) }),
    carrier: t.field({ type: CarrierNameEnum, resolve: (q) => q.carrier }),
    carrierName: t.string({ description: 'What to call the carrier to the shopper.', resolve: (q) => carrierLabel(q.carrier) }),
    amount: t.field({ type: builder.MoneyRef, description: 'The whole delivery (every seller’s parcel), stated like catalogue prices.', resolve: (q) => money(q.amount, q.currency) }),
    etaHours: t.exposeInt('etaHours', { description: 'Hours to delivery the carrier promises (the slowest parcel).' }),
    etaDays: t.int({ description: 'etaHours in whole days, rounded up (at least 1).', resolve: (q) => Math.max(1, Math.ceil(q.etaHours / 24)) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

const QuoteDestinationInput = builder.inputType('ShippingQuoteDestinationInput', {
  fields: (t) => ({
    city: t.string({ required: true }),
    region: t.string({ required: true, description: 'State or region, e.g. Lagos.' }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2, e.g. NG.' }),
    name: t.string({ description: "The recipient's name (carriers that route to a map position need it with the phone, street and position)." }),
    phone: t.string(),
    line1: t.string(),
    latitude: t.float(),
    longitude: t.float(),
  }),
});

const ShippingQuotePayload = builder.payloadObject<{ quote: ShippingQuoteRow | null }>('ShippingQuotePayload', (t) => ({
  quote: t.field({ type: ShippingQuoteRef, nullable: true, description: 'Null: no live rate now (no quoting carrier, an item without a weight, or the carrier did not answer in time); offer the zone rates.', resolve: (p) => p.quote ?? null }),
}));

builder.mutationField('quoteCheckoutShipping', (t) =>
  t.field({
    type: ShippingQuotePayload,
    description: "A live delivery price from the shop's checkout carrier for the cart and address, or null (zone rates only). Reuses a recent quote for the same cart, items and address.",
    args: { cartToken: t.arg.string({ description: "Omit for the signed-in customer's cart." }), destination: t.arg({ type: QuoteDestinationInput, required: true }) },
    resolve: (_r, { cartToken, destination }, ctx) => withUserErrors(async () => ({ quote: await quoteCartShipping(ctx, { cartToken, destination }) })),
  }),
);
