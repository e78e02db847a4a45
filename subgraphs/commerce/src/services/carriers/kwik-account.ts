/**
 * The shop's Kwik Delivery vendor account (decision 0090): its login (e-mail, password, domain name), the
 * address of Kwik's API it lives on and the shop's pickup point, kept as one JSON sealed at rest in
 * CarrierAccount.configSealed (kit's encryptSecret, like payment providers' keys). Only an administrator
 * with the second factor connects, changes or disconnects it; the credentials are checked by logging in to
 * Kwik before anything is saved. The API never returns the password nor the whole e-mail.
 */
import { randomBytes } from 'node:crypto';
import { ADMIN_ROLES, config as platform, decryptSecret, DomainError, encryptSecret, ErrorCode, mapPosition, requireTenant, uuidv7, type PrismaClient } from '@webwaka/kit';
import type { ServiceContext } from '../context';
import { sandboxAllowed } from '../providers/sandbox';
import type { CarrierName } from './carrier';
import { kwikCarrier, type KwikConfig } from './kwik';

/** Kwik's API as its vendor wrapper (github.com/stitchng/kwikng) names it; a tenant on Kwik's test server gives that address instead. */
export const KWIK_DEFAULT_BASE_URL = 'https://api.kwik.delivery';

export interface KwikAccountInput {
  email: string;
  /** Write-only; absent keeps the stored one (required to connect). */
  password?: string | null;
  domainName: string;
  baseUrl?: string | null;
  pickupName: string;
  pickupPhone: string;
  pickupAddress: string;
  pickupLatitude: number;
  pickupLongitude: number;
}

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);

function requireAdmin2fa(ctx: ServiceContext) {
  const a = ctx.actor;
  const admin = a.kind === 'user' && a.roles.some((r) => ADMIN_ROLES.includes(r));
  if (!admin) throw new DomainError(ErrorCode.FORBIDDEN, 'Only an administrator connects a carrier account');
  if (!a.mfa) throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Confirm two-factor authentication to change carrier accounts');
}

/**
 * Kwik's API lives under kwik.delivery: only https addresses there are accepted (the platform sends the
 * shop's password to it, and must not be made to call anything else), plus a local address outside
 * production (the tests' fake Kwik).
 */
export function kwikBaseUrl(raw: string | null | undefined): string {
  const url = (raw ?? '').trim().replace(/\/+$/, '') || KWIK_DEFAULT_BASE_URL;
  if (/^https:\/\/([a-z0-9-]+\.)*kwik\.delivery(\/[\w./-]*)?$/i.test(url)) return url;
  if (!platform.isProduction && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[\w./-]*)?$/i.test(url)) return url;
  throw bad(`Kwik's API address is an https address at kwik.delivery, such as ${KWIK_DEFAULT_BASE_URL}`, 'baseUrl');
}

const field = (v: string | null | undefined, name: string, max: number, required = true) => {
  const s = (v ?? '').trim();
  if (required && !s) throw bad(`${name} is required`, name);
  if (s.length > max) throw bad(`${name} is at most ${max} characters`, name);
  return s;
};

/** The tenant's Kwik configuration, or null when it has not connected Kwik. */
export async function kwikConfigOf(prisma: Pick<PrismaClient, 'carrierAccount'>, tenantId: string): Promise<KwikConfig | null> {
  const row = await prisma.carrierAccount.findUnique({ where: { tenantId_carrier: { tenantId, carrier: 'KWIK' } } });
  return row?.configSealed ? (JSON.parse(decryptSecret(row.configSealed)) as KwikConfig) : null;
}

/** Connects Kwik or changes its account, after Kwik accepted the login. */
export async function connectKwik(ctx: ServiceContext, input: KwikAccountInput, now?: () => Date) {
  const tenantId = requireTenant(ctx);
  requireAdmin2fa(ctx);
  const email = field(input.email, 'email', 200).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw bad('Enter the e-mail you sign in to Kwik with', 'email');
  const domainName = field(input.domainName, 'domainName', 200).toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  if (!/^[a-z0-9.-]+$/.test(domainName)) throw bad('The domain name is the address of your Kwik client panel, such as yourshop.kwik.delivery', 'domainName');
  const baseUrl = kwikBaseUrl(input.baseUrl);
  const stored = await kwikConfigOf(ctx.prisma, tenantId);
  const password = (input.password ?? '').length ? field(input.password, 'password', 200) : stored?.password;
  if (!password) throw bad('Enter your Kwik password', 'password');
  const phone = field(input.pickupPhone, 'pickupPhone', 30);
  if (!/^\+?[\d ()-]{7,30}$/.test(phone)) throw bad('Enter the pickup point’s phone number, such as +234 803 123 4567', 'pickupPhone');
  const position = mapPosition(input.pickupLatitude, input.pickupLongitude, ['pickupPosition']);
  if (!position) throw bad('Enter the pickup point’s latitude and longitude', 'pickupLatitude');
  const config: KwikConfig = {
    domainName,
    email,
    password,
    baseUrl,
    pickup: { name: field(input.pickupName, 'pickupName', 120), phone, address: field(input.pickupAddress, 'pickupAddress', 300), ...position },
  };
  // Nothing is saved unless Kwik accepts the login (INVALID_CREDENTIALS, or SERVICE_UNAVAILABLE when it cannot be reached).
  await kwikCarrier(config, now).verifyLogin();
  const configSealed = encryptSecret(JSON.stringify(config));
  await ctx.prisma.carrierAccount.upsert({
    where: { tenantId_carrier: { tenantId, carrier: 'KWIK' } },
    // Kwik signs nothing; the column holds a random secret so every account row has one.
    create: { id: uuidv7(), tenantId, carrier: 'KWIK', webhookSecretSealed: encryptSecret(randomBytes(32).toString('hex')), configSealed },
    update: { configSealed },
  });
  return kwikAccount(ctx);
}

/** Disconnects Kwik: nothing more is booked with it and its callbacks are refused (shipments already booked keep their history). */
export async function disconnectKwik(ctx: ServiceContext): Promise<boolean> {
  const tenantId = requireTenant(ctx);
  requireAdmin2fa(ctx);
  return (await ctx.prisma.carrierAccount.deleteMany({ where: { tenantId, carrier: 'KWIK' } })).count > 0;
}

/** "ad***@example.ng": enough for the administrator to recognise the account. */
export const maskEmail = (email: string) => {
  const [name, domain] = email.split('@');
  return `${name.slice(0, 2)}${'*'.repeat(Math.max(name.length - 2, 3))}@${domain}`;
};

export interface KwikAccountView {
  connected: boolean;
  emailMasked: string | null;
  domainName: string | null;
  baseUrl: string | null;
  pickup: KwikConfig['pickup'] | null;
  updatedAt: Date | null;
}

/** What the back office shows of the account: never the password, the e-mail masked. */
export async function kwikAccount(ctx: ServiceContext): Promise<KwikAccountView> {
  const tenantId = requireTenant(ctx);
  const row = await ctx.prisma.carrierAccount.findUnique({ where: { tenantId_carrier: { tenantId, carrier: 'KWIK' } } });
  const config = row?.configSealed ? (JSON.parse(decryptSecret(row.configSealed)) as KwikConfig) : null;
  if (!row || !config) return { connected: false, emailMasked: null, domainName: null, baseUrl: null, pickup: null, updatedAt: null };
  return { connected: true, emailMasked: maskEmail(config.email), domainName: config.domainName, baseUrl: config.baseUrl, pickup: config.pickup, updatedAt: row.updatedAt };
}

/** The carriers this shop can ship with now: its own riders, the sandbox where allowed, Kwik once connected. */
export async function usableCarriers(ctx: ServiceContext): Promise<CarrierName[]> {
  const tenantId = requireTenant(ctx);
  const kwik = await ctx.prisma.carrierAccount.count({ where: { tenantId, carrier: 'KWIK', configSealed: { not: null } } });
  return ['OWN_RIDERS', ...(sandboxAllowed() ? (['SANDBOX'] as const) : []), ...(kwik ? (['KWIK'] as const) : [])];
}
