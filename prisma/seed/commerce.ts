/**
 * Demo commerce settings for the store (ade-fashion) and the marketplace (naija-market): VAT on shipping,
 * the sandbox payment provider with a 30-minute window to pay, and Nigerian shipping zones — Lagos, the
 * rest of the South-West, and the rest of Nigeria — with STANDARD and EXPRESS rates in naira (free
 * standard delivery in Lagos from ₦50,000). Deterministic ids; a second run changes nothing.
 */
import type { PrismaClient } from '../../subgraphs/kit/src';
import { T } from './identity';

const STORE = T(4);
const MARKET = T(5);
const Z = (tenant: number, n: number) => `0193a000-0000-7000-c000-${(tenant * 100 + n).toString().padStart(12, '0')}`;
const R = (tenant: number, n: number) => `0193a000-0000-7000-c100-${(tenant * 100 + n).toString().padStart(12, '0')}`;

/** Kobo. */
const NAIRA = (n: number) => BigInt(n * 100);

const ZONES = [
  { n: 1, name: 'Lagos', regions: ['lagos'], rates: [
    { method: 'STANDARD', name: 'Standard delivery (1-2 days)', amount: NAIRA(1500), freeOver: NAIRA(50_000) },
    { method: 'EXPRESS', name: 'Same-day delivery', amount: NAIRA(3500), freeOver: null },
  ] },
  { n: 2, name: 'South-West', regions: ['ogun', 'oyo', 'osun', 'ondo', 'ekiti'], rates: [
    { method: 'STANDARD', name: 'Standard delivery (2-4 days)', amount: NAIRA(2500), freeOver: null },
    { method: 'EXPRESS', name: 'Express delivery (1-2 days)', amount: NAIRA(5000), freeOver: null },
  ] },
  { n: 3, name: 'Rest of Nigeria', regions: [] as string[], rates: [
    { method: 'STANDARD', name: 'Standard delivery (3-7 days)', amount: NAIRA(4000), freeOver: null },
    { method: 'EXPRESS', name: 'Express delivery (2-3 days)', amount: NAIRA(7500), freeOver: null },
  ] },
];

export async function seedCommerce(prisma: PrismaClient): Promise<void> {
  for (const [t, tenantId] of [[4, STORE], [5, MARKET]] as const) {
    await prisma.commerceSettings.upsert({ where: { tenantId }, create: { tenantId, taxShipping: true, paymentProvider: 'SANDBOX', paymentWindowMinutes: 30 }, update: {} });
    await prisma.shippingZone.createMany({ data: ZONES.map((z) => ({ id: Z(t, z.n), tenantId, name: z.name, country: 'NG', regions: z.regions })), skipDuplicates: true });
    await prisma.shippingRate.createMany({
      data: ZONES.flatMap((z) =>
        z.rates.map((r, i) => ({ id: R(t, z.n * 10 + i), tenantId, zoneId: Z(t, z.n), method: r.method, name: r.name, currency: 'NGN', amount: r.amount, freeOverAmount: r.freeOver })),
      ),
      skipDuplicates: true,
    });
  }
}
