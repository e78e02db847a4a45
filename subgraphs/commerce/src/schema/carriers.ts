/**
 * The shop's carrier accounts in the API (decision 0090): which carriers it can ship with, and its Kwik
 * Delivery vendor account, connected by an administrator with the second factor after Kwik accepted the
 * login. The password is write-only; the e-mail is shown masked.
 */
import { config, withUserErrors } from '@webwaka/kit';
import { connectKwik, disconnectKwik, kwikAccount, usableCarriers, type KwikAccountView } from '../services/carriers/kwik-account';
import { sellingTenant } from '../services/tenant';
import { builder, PAYMENT_ADMINS, VENDOR_FULFILLERS } from './builder';
import { CarrierNameEnum } from './shipments';

const KwikPickup = builder.objectRef<NonNullable<KwikAccountView['pickup']>>('KwikPickupPoint').implement({
  description: 'Where Kwik’s riders collect the shop’s parcels.',
  fields: (t) => ({
    name: t.exposeString('name'),
    phone: t.exposeString('phone'),
    address: t.exposeString('address'),
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
  }),
});

const KwikAccount = builder.objectRef<KwikAccountView & { tenantId: string }>('KwikAccount').implement({
  description: 'The shop’s Kwik Delivery vendor account (decision 0090). The password is never returned.',
  fields: (t) => ({
    connected: t.exposeBoolean('connected'),
    emailMasked: t.exposeString('emailMasked', { nullable: true, description: 'The login e-mail with most of its name hidden.' }),
    domainName: t.exposeString('domainName', { nullable: true }),
    baseUrl: t.exposeString('baseUrl', { nullable: true, description: 'Kwik’s API address the account lives on (its live or test server).' }),
    pickup: t.field({ type: KwikPickup, nullable: true, resolve: (a) => a.pickup }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    callbackUrl: t.string({
      nullable: true,
      description: 'The address to give Kwik for its task callbacks (null when the platform’s public gateway address is not configured).',
      resolve: async (a, _r, ctx) => (config.publicGatewayUrl ? `${config.publicGatewayUrl}/webhooks/carrier-kwik/${encodeURIComponent((await sellingTenant(ctx, a.tenantId)).slug)}` : null),
    }),
  }),
});

const KwikAccountInput = builder.inputType('KwikAccountInput', {
  fields: (t) => ({
    email: t.string({ required: true, description: 'The e-mail the shop signs in to Kwik with.' }),
    password: t.string({ description: 'Write-only; required to connect, absent keeps the stored one.' }),
    domainName: t.string({ required: true, description: 'The shop’s Kwik client panel domain, e.g. yourshop.kwik.delivery.' }),
    baseUrl: t.string({ description: 'Kwik’s API address; defaults to https://api.kwik.delivery (an https address at kwik.delivery).' }),
    pickupName: t.string({ required: true }),
    pickupPhone: t.string({ required: true }),
    pickupAddress: t.string({ required: true }),
    pickupLatitude: t.float({ required: true }),
    pickupLongitude: t.float({ required: true }),
  }),
});

const KwikAccountPayload = builder.payloadObject<{ account: (KwikAccountView & { tenantId: string }) | null }>('KwikAccountPayload', (t) => ({
  account: t.field({ type: KwikAccount, nullable: true, resolve: (p) => p.account ?? null }),
}));

builder.queryFields((t) => ({
  shippingCarriers: t.field({
    type: [CarrierNameEnum],
    authScopes: VENDOR_FULFILLERS,
    description: 'The carriers this shop can ship with now: its own riders, the sandbox where it is on, Kwik once connected.',
    resolve: (_r, _a, ctx) => usableCarriers(ctx),
  }),
  kwikAccount: t.field({
    type: KwikAccount,
    authScopes: PAYMENT_ADMINS,
    resolve: async (_r, _a, ctx) => ({ ...(await kwikAccount(ctx)), tenantId: ctx.tenantId! }),
  }),
}));

builder.mutationFields((t) => ({
  connectKwik: t.field({
    type: KwikAccountPayload,
    authScopes: PAYMENT_ADMINS,
    description: 'Connects the shop’s Kwik vendor account or changes it, after Kwik accepted the login (INVALID_CREDENTIALS when it refuses; SERVICE_UNAVAILABLE when it cannot be reached). Administrators with two-factor only.',
    args: { input: t.arg({ type: KwikAccountInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ account: { ...(await connectKwik(ctx, input)), tenantId: ctx.tenantId! } })),
  }),
  disconnectKwik: t.field({
    type: KwikAccountPayload,
    authScopes: PAYMENT_ADMINS,
    description: 'Disconnects Kwik: nothing more is booked with it and its callbacks are refused (booked shipments keep their history).',
    resolve: (_r, _a, ctx) =>
      withUserErrors(async () => {
        await disconnectKwik(ctx);
        return { account: { ...(await kwikAccount(ctx)), tenantId: ctx.tenantId! } };
      }),
  }),
}));
