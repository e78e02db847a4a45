/**
 * A tenant's commerce settings: whether shipping carries VAT, which payment provider new checkouts use
 * (one with credentials, or the sandbox where it is allowed), how long a customer has to pay; shipping
 * zones (regions of a country, e.g. Nigerian states; a zone without regions covers the rest of its
 * country) and their rates per method; payment provider credentials, sealed at rest and never returned.
 * The VAT rate and whether prices include it are the catalogue's (CatalogSettings): one truth for prices.
 */
import { DomainError, ErrorCode, encryptSecret, isUniqueViolation, isUuid, requireTenant, uuidv7, type PrismaClient } from '@webwaka/kit';
import type { CarrierName } from './carriers/carrier';
import type { ServiceContext } from './context';
import { MOBILE_MONEY_NETWORKS, USSD_BANKS } from './providers/direct-charges';
import { PAYMENT_METHODS, type PaymentMethod, type ProviderName } from './providers/provider';
import { sandboxAllowed } from './providers/sandbox';

export const MIN_PAYMENT_WINDOW_MINUTES = 5;
/** Inventory holds a reservation for a day at most. */
export const MAX_PAYMENT_WINDOW_MINUTES = 24 * 60;

const ADMIN_ONLY = 'Only administrators change commerce settings';

function requireAdmin(ctx: ServiceContext) {
  // Schema auth already limits callers; this guards direct service calls (jobs, tests) the same way.
  const a = ctx.actor;
  const ok = (a.kind === 'apiKey' && a.scopes.includes('commerce:write')) || (a.kind === 'user' && a.mfa && a.roles.some((r) => ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'].includes(r)));
  if (!ok) throw new DomainError(ErrorCode.FORBIDDEN, ADMIN_ONLY);
}

export async function getSettings(prisma: Pick<PrismaClient, 'commerceSettings'>, tenantId: string) {
  return (await prisma.commerceSettings.findUnique({ where: { tenantId } })) ?? { tenantId, taxShipping: true, paymentProvider: 'SANDBOX' as const, paymentWindowMinutes: 30, paymentMethods: ['CARD'] as PaymentMethod[], payOnDeliveryMaxTotal: null as bigint | null, checkoutCarrier: null as CarrierName | null, updatedAt: new Date(0) };
}

const settingsByRequest = new WeakMap<object, Map<string, ReturnType<typeof getSettings>>>();

/**
 * The tenant's settings, read once per request: a checkout prices the shipping (taxShipping), holds the
 * stock (paymentWindowMinutes) and starts the payment (paymentProvider) from them, three round trips to
 * the database when each step read them itself. Keyed by the request's context object (a job's or
 * webhook's context is its own), so nothing outlives the request; updateSettings forgets it.
 */
export function settingsFor(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string): ReturnType<typeof getSettings> {
  let byTenant = settingsByRequest.get(ctx);
  if (!byTenant) settingsByRequest.set(ctx, (byTenant = new Map()));
  let settings = byTenant.get(tenantId);
  if (!settings) byTenant.set(tenantId, (settings = getSettings(ctx.prisma, tenantId)));
  return settings;
}

/** Providers that open virtual accounts for bank transfers (Stripe has none for naira). */
const TRANSFER_PROVIDERS: readonly ProviderName[] = ['SANDBOX', 'PAYSTACK', 'FLUTTERWAVE'];

/** Upper bound of a pay-on-delivery limit (the ledger's bound of one line). */
const MAX_POD_TOTAL = 10n ** 15n;

/** A pay-on-delivery limit from the API's string of minor units: "" clears it (any total), else 1..10^15. */
function podLimit(raw: string): bigint | null {
  const s = raw.trim();
  if (s === '') return null;
  if (!/^\d{1,16}$/.test(s) || BigInt(s) <= 0n || BigInt(s) > MAX_POD_TOTAL) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'payOnDeliveryMaxTotal must be a positive whole number of minor units, or empty for no limit', ['payOnDeliveryMaxTotal']);
  return BigInt(s);
}

export async function updateSettings(
  ctx: ServiceContext,
  input: { taxShipping?: boolean | null; paymentProvider?: ProviderName | null; paymentWindowMinutes?: number | null; paymentMethods?: readonly PaymentMethod[] | null; payOnDeliveryMaxTotal?: string | null; checkoutCarrier?: CarrierName | null },
) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  const data: { taxShipping?: boolean; paymentProvider?: ProviderName; paymentWindowMinutes?: number; paymentMethods?: PaymentMethod[]; payOnDeliveryMaxTotal?: bigint | null; checkoutCarrier?: CarrierName | null } = {};
  // Absent leaves it; null turns live rates off (zone rates only); a carrier must be able to quote here.
  if (input.checkoutCarrier !== undefined) {
    if (input.checkoutCarrier !== null) await checkCheckoutCarrier(ctx, tenantId, input.checkoutCarrier);
    data.checkoutCarrier = input.checkoutCarrier;
  }
  if (input.payOnDeliveryMaxTotal != null) data.payOnDeliveryMaxTotal = podLimit(input.payOnDeliveryMaxTotal);
  if (input.paymentMethods != null) {
    const methods = PAYMENT_METHODS.filter((m) => input.paymentMethods!.includes(m));
    if (methods.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enable at least one way to pay', ['paymentMethods']);
    data.paymentMethods = methods;
  }
  if (input.taxShipping != null) data.taxShipping = input.taxShipping;
  if (input.paymentWindowMinutes != null) {
    const m = input.paymentWindowMinutes;
    if (!Number.isInteger(m) || m < MIN_PAYMENT_WINDOW_MINUTES || m > MAX_PAYMENT_WINDOW_MINUTES) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `paymentWindowMinutes must be from ${MIN_PAYMENT_WINDOW_MINUTES} to ${MAX_PAYMENT_WINDOW_MINUTES}`, ['paymentWindowMinutes']);
    }
    data.paymentWindowMinutes = m;
  }
  if (input.paymentProvider != null) {
    const p = input.paymentProvider;
    if (p === 'SANDBOX' && !sandboxAllowed()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The sandbox provider is turned off here', ['paymentProvider']);
    if (p !== 'SANDBOX' && !(await ctx.prisma.paymentProviderAccount.findUnique({ where: { tenantId_provider: { tenantId, provider: p } } }))) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `Add ${p.toLowerCase()} credentials first`, ['paymentProvider']);
    }
    data.paymentProvider = p;
  }
  if (data.paymentMethods || data.paymentProvider) {
    const current = await getSettings(ctx.prisma, tenantId);
    const provider = data.paymentProvider ?? current.paymentProvider;
    if ((data.paymentMethods ?? current.paymentMethods).includes('BANK_TRANSFER') && !TRANSFER_PROVIDERS.includes(provider)) {
      throw new DomainError(ErrorCode.PAYMENT_METHOD_UNAVAILABLE, `${provider.toLowerCase()} cannot take bank transfers: choose Paystack, Flutterwave or the sandbox, or turn bank transfer off`, [data.paymentMethods ? 'paymentMethods' : 'paymentProvider']);
    }
    // USSD and mobile money need a provider that documents them (decision 0087); Stripe has neither.
    const methods = data.paymentMethods ?? current.paymentMethods;
    if (methods.includes('USSD') && USSD_BANKS[provider].length === 0) {
      throw new DomainError(ErrorCode.PAYMENT_METHOD_UNAVAILABLE, `${provider.toLowerCase()} cannot take USSD payments: choose Paystack, Flutterwave or the sandbox, or turn USSD off`, [data.paymentMethods ? 'paymentMethods' : 'paymentProvider']);
    }
    if (methods.includes('MOBILE_MONEY') && MOBILE_MONEY_NETWORKS[provider].length === 0) {
      throw new DomainError(ErrorCode.PAYMENT_METHOD_UNAVAILABLE, `${provider.toLowerCase()} cannot take mobile money: choose Paystack, Flutterwave or the sandbox, or turn mobile money off`, [data.paymentMethods ? 'paymentMethods' : 'paymentProvider']);
    }
  }
  settingsByRequest.delete(ctx);
  return ctx.prisma.commerceSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
}

// ----- the checkout carrier (decision 0091) -----

/** Carriers a shop may have quote at checkout: any but its own riders (who quote nothing). */
export const quotingCarrier = (carrier: CarrierName) => carrier !== 'OWN_RIDERS';

/** Refuses a checkout carrier that cannot quote here (updateSettings). */
export async function checkCheckoutCarrier(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, carrier: CarrierName) {
  if (!quotingCarrier(carrier)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The shop’s own riders give no quotes: choose a carrier that does', ['checkoutCarrier']);
  if (carrier === 'SANDBOX') {
    if (!sandboxAllowed()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The sandbox carrier is turned off here', ['checkoutCarrier']);
    return;
  }
  if (!(await ctx.prisma.carrierAccount.findUnique({ where: { tenantId_carrier: { tenantId, carrier } } }))) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Connect ${String(carrier).toLowerCase()} first`, ['checkoutCarrier']);
  }
}

// ----- payment provider credentials -----

export interface ProviderCredentialsInput {
  provider: ProviderName;
  publicKey?: string | null;
  secretKey: string;
  webhookSecret?: string | null;
}

const secretText = (v: string | null | undefined, field: string, required: boolean) => {
  const s = (v ?? '').trim();
  if (required && !s) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required`, [field]);
  if (s.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is too long`, [field]);
  return s || null;
};

/** Stores (or replaces) the tenant's credentials for a provider, sealed. Flutterwave and Stripe need their webhook secret. */
export async function setProviderCredentials(ctx: ServiceContext, input: ProviderCredentialsInput) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  if (input.provider === 'SANDBOX') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The sandbox needs no credentials', ['provider']);
  const secretKey = secretText(input.secretKey, 'secretKey', true)!;
  const webhookSecret = secretText(input.webhookSecret, 'webhookSecret', input.provider !== 'PAYSTACK');
  const publicKey = secretText(input.publicKey, 'publicKey', false);
  const sealed = { publicKey, secretKeySealed: encryptSecret(secretKey), webhookSecretSealed: webhookSecret ? encryptSecret(webhookSecret) : null };
  return ctx.prisma.paymentProviderAccount.upsert({
    where: { tenantId_provider: { tenantId, provider: input.provider } },
    create: { id: uuidv7(), tenantId, provider: input.provider, ...sealed },
    update: sealed,
  });
}

// ----- shipping -----

const normRegion = (r: string) => r.trim().toLowerCase().replace(/\s+state$/, '').replace(/\s+/g, ' ');

export interface ZoneInput {
  id?: string | null;
  name: string;
  country: string;
  regions: string[];
}

/** Creates or updates a zone. A region belongs to at most one zone of a country. */
export async function setShippingZone(ctx: ServiceContext, input: ZoneInput) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 80) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 80 characters', ['name']);
  const country = input.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Country must be an ISO 3166-1 alpha-2 code, e.g. NG', ['country']);
  const regions = [...new Set(input.regions.map(normRegion).filter(Boolean))];
  if (regions.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'At most 100 regions per zone', ['regions']);
  const existing = input.id && isUuid(input.id) ? await ctx.prisma.shippingZone.findFirst({ where: { id: input.id, tenantId } }) : null;
  if (input.id && !existing) throw new DomainError(ErrorCode.NOT_FOUND, 'No such shipping zone', ['id']);
  const others = await ctx.prisma.shippingZone.findMany({ where: { tenantId, country, ...(existing ? { id: { not: existing.id } } : {}) } });
  const clash = regions.find((r) => others.some((z) => z.regions.includes(r)));
  if (clash) throw new DomainError(ErrorCode.BAD_USER_INPUT, `"${clash}" is already in another zone`, ['regions']);
  if (regions.length === 0 && others.some((z) => z.regions.length === 0)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${country} already has a zone for the rest of the country`, ['regions']);
  try {
    return existing
      ? await ctx.prisma.shippingZone.update({ where: { id: existing.id }, data: { name, country, regions }, include: { rates: true } })
      : await ctx.prisma.shippingZone.create({ data: { id: uuidv7(), tenantId, name, country, regions }, include: { rates: true } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A zone with that name exists', ['name']);
    throw e;
  }
}

export async function removeShippingZone(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  const zone = isUuid(id) ? await ctx.prisma.shippingZone.findFirst({ where: { id, tenantId }, include: { rates: true } }) : null;
  if (!zone) throw new DomainError(ErrorCode.NOT_FOUND, 'No such shipping zone', ['id']);
  await ctx.prisma.shippingZone.delete({ where: { id: zone.id } });
  return zone;
}

export interface RateInput {
  zoneId: string;
  method: string;
  name: string;
  amount: string;
  currency: string;
  freeOverAmount?: string | null;
  active?: boolean | null;
}

export const parseAmount = (v: string, field: string): bigint => {
  if (!/^\d{1,18}$/.test(v.trim())) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a whole number of minor units (e.g. "150000" for ₦1,500.00)`, [field]);
  return BigInt(v.trim());
};

/** Creates or updates the rate of a method in a zone and currency. */
export async function setShippingRate(ctx: ServiceContext, input: RateInput) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  const zone = isUuid(input.zoneId) ? await ctx.prisma.shippingZone.findFirst({ where: { id: input.zoneId, tenantId } }) : null;
  if (!zone) throw new DomainError(ErrorCode.NOT_FOUND, 'No such shipping zone', ['zoneId']);
  const method = input.method.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(method)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Method must be a code like STANDARD or EXPRESS', ['method']);
  const name = input.name.trim();
  if (name.length < 1 || name.length > 80) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 80 characters', ['name']);
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Currency must be an ISO 4217 code', ['currency']);
  const amount = parseAmount(input.amount, 'amount');
  const freeOverAmount = input.freeOverAmount == null || input.freeOverAmount === '' ? null : parseAmount(input.freeOverAmount, 'freeOverAmount');
  const data = { name, amount, freeOverAmount, active: input.active ?? true };
  return ctx.prisma.shippingRate.upsert({
    where: { zoneId_method_currency: { zoneId: zone.id, method, currency } },
    create: { id: uuidv7(), tenantId, zoneId: zone.id, method, currency, ...data },
    update: data,
  });
}

export async function removeShippingRate(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  requireAdmin(ctx);
  const rate = isUuid(id) ? await ctx.prisma.shippingRate.findFirst({ where: { id, tenantId } }) : null;
  if (!rate) throw new DomainError(ErrorCode.NOT_FOUND, 'No such shipping rate', ['id']);
  await ctx.prisma.shippingRate.delete({ where: { id: rate.id } });
  return rate;
}

export interface Address {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region: string;
  country: string;
  postalCode?: string | null;
  phone?: string | null;
  /** The shopper's map position ("Use my location"), for carriers that route by it (decision 0090). */
  latitude?: number | null;
  longitude?: number | null;
}

/** The zone an address falls in: the zone listing its region, else its country's catch-all zone. */
export async function zoneFor(prisma: PrismaClient, tenantId: string, address: Pick<Address, 'country' | 'region'>) {
  const zones = await prisma.shippingZone.findMany({ where: { tenantId, country: address.country.trim().toUpperCase() }, include: { rates: { where: { active: true } } }, orderBy: { id: 'asc' } });
  const region = normRegion(address.region);
  return zones.find((z) => z.regions.includes(region)) ?? zones.find((z) => z.regions.length === 0) ?? null;
}
