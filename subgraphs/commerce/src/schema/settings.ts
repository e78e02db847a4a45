import { requireTenant, withUserErrors } from '@webwaka/kit';
import { getSettings, removeShippingRate, removeShippingZone, setProviderCredentials, setShippingRate, setShippingZone, updateSettings, zoneFor } from '../services/settings';
import { salesChannel } from '../services/tenant';
import { mobileMoneyNetworksFor, USSD_BANKS, type MobileMoneyNetwork, type UssdBank } from '../services/providers/direct-charges';
import { CarrierNameEnum } from './shipments';
import { builder, money, MONEY_ADMINS, PAYMENT_ADMINS, PaymentMethodEnum, PaymentProviderEnum, SETTINGS_READERS } from './builder';

const UssdBankRef = builder.objectRef<UssdBank>('UssdBank').implement({
  description: 'A bank a shopper can pay from by dialling a USSD code (decision 0087).',
  fields: (t) => ({ code: t.exposeString('code', { description: "The provider's code for it: what checkout's ussdBank takes." }), name: t.exposeString('name') }),
});

const MobileMoneyNetworkRef = builder.objectRef<MobileMoneyNetwork>('MobileMoneyNetwork').implement({
  description: 'A mobile-money network or wallet a shopper can approve a charge on (decision 0087).',
  fields: (t) => ({
    code: t.exposeString('code', { description: "What checkout's mobileMoneyNetwork takes." }),
    name: t.exposeString('name'),
    dialCode: t.exposeString('dialCode', { description: "The country's calling code: a local number is read in this country." }),
  }),
});

const CommerceSettings = builder.objectRef<Awaited<ReturnType<typeof getSettings>>>('CommerceSettings').implement({
  description: "The tenant's checkout settings. VAT rate and whether prices include it are the catalogue's (catalogSettings).",
  fields: (t) => ({
    taxShipping: t.exposeBoolean('taxShipping', { description: 'Whether shipping fees carry VAT.' }),
    paymentProvider: t.field({ type: PaymentProviderEnum, resolve: (s) => s.paymentProvider }),
    paymentWindowMinutes: t.exposeInt('paymentWindowMinutes', { description: 'Time to pay before an order is cancelled and its stock released.' }),
    paymentMethods: t.field({ type: [PaymentMethodEnum], description: 'The ways shoppers may pay at checkout.', resolve: (s) => s.paymentMethods }),
    payOnDeliveryMaxTotal: t.string({ nullable: true, description: 'PAY_ON_DELIVERY is offered only for orders up to this total (minor units); null: any total (decision 0083).', resolve: (s) => s.payOnDeliveryMaxTotal?.toString() ?? null }),
    checkoutCarrier: t.field({ type: CarrierNameEnum, nullable: true, description: 'The carrier whose live rate checkout offers beside the zone rates (decision 0091); null: zone rates only.', resolve: (s) => s.checkoutCarrier }),
  }),
});

export const ShippingRate = builder.prismaObject('ShippingRate', {
  fields: (t) => ({
    id: t.exposeID('id'),
    method: t.exposeString('method'),
    name: t.exposeString('name'),
    amount: t.field({ type: builder.MoneyRef, description: 'Per vendor order, stated like catalogue prices (tax included or not).', resolve: (r) => money(r.amount, r.currency) }),
    freeOver: t.field({ type: builder.MoneyRef, nullable: true, description: "Free when a vendor order's goods (tax included) reach this.", resolve: (r) => (r.freeOverAmount === null ? null : money(r.freeOverAmount, r.currency)) }),
    active: t.exposeBoolean('active'),
  }),
});

export const ShippingZone = builder.prismaObject('ShippingZone', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    country: t.exposeString('country'),
    regions: t.exposeStringList('regions', { description: 'Empty: every region of the country no other zone lists.' }),
    rates: t.relation('rates', { query: { orderBy: [{ method: 'asc' }, { currency: 'asc' }] } }),
  }),
});

const PaymentProviderAccount = builder.prismaObject('PaymentProviderAccount', {
  description: 'Credentials with a payment provider. Secrets are stored sealed and never returned.',
  fields: (t) => ({
    provider: t.field({ type: PaymentProviderEnum, resolve: (a) => a.provider }),
    publicKey: t.exposeString('publicKey', { nullable: true }),
    hasWebhookSecret: t.boolean({ resolve: (a) => a.webhookSecretSealed !== null }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ShippingAddressQueryInput = builder.inputType('ShippingDestinationInput', {
  fields: (t) => ({ region: t.string({ required: true }), country: t.string({ required: true }) }),
});

builder.queryFields((t) => ({
  commerceSettings: t.field({
    type: CommerceSettings,
    authScopes: SETTINGS_READERS,
    resolve: (_r, _a, ctx) => getSettings(ctx.prisma, requireTenant(ctx)),
  }),
  shippingZones: t.prismaField({
    type: ['ShippingZone'],
    authScopes: SETTINGS_READERS,
    resolve: (query, _r, _a, ctx) => ctx.prisma.shippingZone.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: [{ country: 'asc' }, { name: 'asc' }] }),
  }),
  shippingOptions: t.prismaField({
    type: ['ShippingRate'],
    description: "The shipping methods offered to a destination in the store's currency (each charged per vendor order).",
    args: { destination: t.arg({ type: ShippingAddressQueryInput, required: true }) },
    resolve: async (query, _r, { destination }, ctx) => {
      const tenantId = requireTenant(ctx);
      const zone = await zoneFor(ctx.prisma, tenantId, destination);
      if (!zone) return [];
      const { currency } = await salesChannel(ctx, tenantId).catch(() => ({ currency: null }));
      return ctx.prisma.shippingRate.findMany({ ...query, where: { zoneId: zone.id, active: true, ...(currency ? { currency } : {}) }, orderBy: { amount: 'asc' } });
    },
  }),
  checkoutUssdBanks: t.field({
    type: [UssdBankRef],
    description: "The banks a shopper may pay from by USSD (public; empty unless the shop takes USSD; decision 0087).",
    resolve: async (_r, _a, ctx) => {
      const settings = await getSettings(ctx.prisma, requireTenant(ctx));
      return settings.paymentMethods.includes('USSD') ? [...USSD_BANKS[settings.paymentProvider]] : [];
    },
  }),
  checkoutMobileMoneyNetworks: t.field({
    type: [MobileMoneyNetworkRef],
    description: "The mobile-money networks and wallets a shopper may pay with, in the shop's currency (public; empty unless the shop takes mobile money).",
    resolve: async (_r, _a, ctx) => {
      const tenantId = requireTenant(ctx);
      const settings = await getSettings(ctx.prisma, tenantId);
      if (!settings.paymentMethods.includes('MOBILE_MONEY')) return [];
      const { currency } = await salesChannel(ctx, tenantId).catch(() => ({ currency: null }));
      return mobileMoneyNetworksFor(settings.paymentProvider, currency);
    },
  }),
  checkoutPaymentMethods: t.field({
    type: [PaymentMethodEnum],
    description: 'The ways this shop takes payment at checkout (public: the checkout offers only these).',
    resolve: async (_r, _a, ctx) => (await getSettings(ctx.prisma, requireTenant(ctx))).paymentMethods,
  }),
  paymentProviderAccounts: t.prismaField({
    type: ['PaymentProviderAccount'],
    authScopes: PAYMENT_ADMINS,
    resolve: (query, _r, _a, ctx) => ctx.prisma.paymentProviderAccount.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: { provider: 'asc' } }),
  }),
}));

const UpdateCommerceSettingsInput = builder.inputType('UpdateCommerceSettingsInput', {
  fields: (t) => ({
    taxShipping: t.boolean(),
    paymentProvider: t.field({ type: PaymentProviderEnum }),
    paymentWindowMinutes: t.int(),
    paymentMethods: t.field({ type: [PaymentMethodEnum], description: 'At least one; BANK_TRANSFER needs a provider that opens virtual accounts, USSD and MOBILE_MONEY one that charges them (not Stripe; PAYMENT_METHOD_UNAVAILABLE).' }),
    payOnDeliveryMaxTotal: t.string({ description: 'Minor units: the largest order total paid on delivery; "" for no limit (decision 0083).' }),
    checkoutCarrier: t.field({ type: CarrierNameEnum, description: 'A carrier that quotes (not OWN_RIDERS; SANDBOX where the sandbox is allowed, others once connected); null turns live rates off (decision 0091).' }),
  }),
});
const ShippingZoneInput = builder.inputType('ShippingZoneInput', {
  fields: (t) => ({
    id: t.id({ description: 'Omit to create a zone.' }),
    name: t.string({ required: true }),
    country: t.string({ required: true }),
    regions: t.stringList({ required: true, description: 'States or regions, e.g. ["Lagos", "Ogun"]; empty for the rest of the country.' }),
  }),
});
const ShippingRateInput = builder.inputType('ShippingRateInput', {
  fields: (t) => ({
    zoneId: t.id({ required: true }),
    method: t.string({ required: true, description: 'A code, e.g. STANDARD or EXPRESS.' }),
    name: t.string({ required: true }),
    amount: t.string({ required: true, description: 'Minor units, e.g. "250000" for ₦2,500.00.' }),
    currency: t.string({ required: true }),
    freeOverAmount: t.string({ description: 'Minor units; omit for never free.' }),
    active: t.boolean(),
  }),
});
const ProviderCredentialsInput = builder.inputType('PaymentProviderCredentialsInput', {
  fields: (t) => ({
    provider: t.field({ type: PaymentProviderEnum, required: true }),
    publicKey: t.string(),
    secretKey: t.string({ required: true }),
    webhookSecret: t.string({ description: "Flutterwave's secret hash or Stripe's webhook signing secret (Paystack signs with the secret key)." }),
  }),
});

const SettingsPayload = builder.payloadObject<{ settings: Awaited<ReturnType<typeof getSettings>> }>('CommerceSettingsPayload', (t) => ({
  settings: t.field({ type: CommerceSettings, nullable: true, resolve: (p) => p.settings ?? null }),
}));
const ZonePayload = builder.payloadObject<{ zone: Awaited<ReturnType<typeof setShippingZone>> }>('ShippingZonePayload', (t) => ({
  zone: t.field({ type: ShippingZone, nullable: true, resolve: (p) => p.zone ?? null }),
}));
const RatePayload = builder.payloadObject<{ rate: Awaited<ReturnType<typeof setShippingRate>> }>('ShippingRatePayload', (t) => ({
  rate: t.field({ type: ShippingRate, nullable: true, resolve: (p) => p.rate ?? null }),
}));
const AccountPayload = builder.payloadObject<{ account: Awaited<ReturnType<typeof setProviderCredentials>> }>('PaymentProviderAccountPayload', (t) => ({
  account: t.field({ type: PaymentProviderAccount, nullable: true, resolve: (p) => p.account ?? null }),
}));

builder.mutationFields((t) => ({
  updateCommerceSettings: t.field({
    type: SettingsPayload,
    authScopes: MONEY_ADMINS,
    args: { input: t.arg({ type: UpdateCommerceSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await updateSettings(ctx, input) })),
  }),
  setShippingZone: t.field({
    type: ZonePayload,
    authScopes: MONEY_ADMINS,
    args: { input: t.arg({ type: ShippingZoneInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ zone: await setShippingZone(ctx, { ...input, id: input.id == null ? null : String(input.id) }) })),
  }),
  removeShippingZone: t.field({
    type: ZonePayload,
    authScopes: MONEY_ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ zone: await removeShippingZone(ctx, String(id)) })),
  }),
  setShippingRate: t.field({
    type: RatePayload,
    authScopes: MONEY_ADMINS,
    args: { input: t.arg({ type: ShippingRateInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ rate: await setShippingRate(ctx, { ...input, zoneId: String(input.zoneId) }) })),
  }),
  removeShippingRate: t.field({
    type: RatePayload,
    authScopes: MONEY_ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ rate: await removeShippingRate(ctx, String(id)) })),
  }),
  setPaymentProviderCredentials: t.field({
    type: AccountPayload,
    authScopes: PAYMENT_ADMINS,
    description: 'Stores credentials for a provider (sealed; never returned). Then choose it with updateCommerceSettings.',
    args: { input: t.arg({ type: ProviderCredentialsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ account: await setProviderCredentials(ctx, input) })),
  }),
}));
