/**
 * Demo point of sale at the store (ade-fashion): a till "Front counter" registered at its warehouse and
 * waiting to be paired (a manager makes its pairing code on the back office's Point of sale page), two
 * cashiers — Amaka (PIN 2580, discounts up to 5%) and Bola, a supervisor (PIN 1357) — and what receipts
 * print. Deterministic ids; a second run changes nothing.
 */
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../subgraphs/kit/src';
import { hashPin } from '../../subgraphs/pos/src/services/cashiers';
import { T } from './identity';

const STORE = T(4);
const P = (n: number) => `0193a000-0000-7000-c200-${n.toString().padStart(12, '0')}`;

export const DEMO_CASHIERS = [
  { id: P(1), name: 'Amaka', role: 'CASHIER' as const, pin: '2580', discountLimitBps: 500 },
  { id: P(2), name: 'Bola', role: 'SUPERVISOR' as const, pin: '1357', discountLimitBps: 2000 },
];

export async function seedPos(prisma: PrismaClient): Promise<void> {
  const location = await prisma.location.findFirst({ where: { tenantId: STORE, code: 'MAIN' } });
  if (!location) return;
  await prisma.posDevice.createMany({ data: [{ id: P(10), tenantId: STORE, number: 1, name: 'Front counter', locationId: location.id }], skipDuplicates: true });
  for (const c of DEMO_CASHIERS) {
    if (await prisma.posCashier.findUnique({ where: { id: c.id } })) continue;
    const pinSalt = randomBytes(16).toString('hex');
    await prisma.posCashier.create({ data: { id: c.id, tenantId: STORE, name: c.name, role: c.role, discountLimitBps: c.discountLimitBps, pinSalt, pinHash: hashPin(c.pin, pinSalt) } });
  }
  await prisma.posSettings.upsert({
    where: { tenantId: STORE },
    create: { tenantId: STORE, receiptHeader: 'Ade Fashion\n14 Admiralty Way, Lekki, Lagos', receiptFooter: 'Thank you! Returns within 7 days with this receipt.', vatNumber: 'TIN 21874563-0001' },
    update: {},
  });
}
