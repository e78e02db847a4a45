/**
 * Demo MLAS data: the preset revenue models; agent@webwaka.test as an agent of naija-market, ade-fashion,
 * abc-transport and jibowu-park (ticket sales at the park) under an upline agent (superagent@webwaka.test,
 * identity's U(8)); attribution settings and a revenue model for the shops (the transport tenants keep the
 * defaults: PLATFORM_FIRST, 5% of a ticket). Fixed ids; a second run changes nothing and adds what is missing.
 */
import type { PrismaClient } from '../../subgraphs/kit/src';
import { ensurePresets, PRESETS } from '../../subgraphs/mlas/src/services/presets';
import { T, U } from './identity';

const A = (n: number) => `0193c000-0000-7000-a000-${n.toString().padStart(12, '0')}`;

/** The upline agent the demo agent works under. */
export const DEMO_UPLINE_AGENT = { id: U(8), email: 'superagent@webwaka.test' };

export const DEMO_AGENTS = [
  { id: A(1), tenantId: T(5), userId: DEMO_UPLINE_AGENT.id, email: DEMO_UPLINE_AGENT.email, code: 'ZAINAB-NJM', uplineId: null },
  { id: A(2), tenantId: T(5), userId: U(5), email: 'agent@webwaka.test', code: 'MUSA-NJM', uplineId: A(1) },
  { id: A(3), tenantId: T(4), userId: DEMO_UPLINE_AGENT.id, email: DEMO_UPLINE_AGENT.email, code: 'ZAINAB-ADE', uplineId: null },
  { id: A(4), tenantId: T(4), userId: U(5), email: 'agent@webwaka.test', code: 'MUSA-ADE', uplineId: A(3) },
  { id: A(5), tenantId: T(60), userId: DEMO_UPLINE_AGENT.id, email: DEMO_UPLINE_AGENT.email, code: 'ZAINAB-ABC', uplineId: null },
  { id: A(6), tenantId: T(60), userId: U(5), email: 'agent@webwaka.test', code: 'MUSA-ABC', uplineId: A(5) },
  { id: A(7), tenantId: T(61), userId: DEMO_UPLINE_AGENT.id, email: DEMO_UPLINE_AGENT.email, code: 'ZAINAB-JBW', uplineId: null },
  { id: A(8), tenantId: T(61), userId: U(5), email: 'agent@webwaka.test', code: 'MUSA-JBW', uplineId: A(7) },
] as const;

const SETTINGS = [
  { tenantId: T(5), attribution: 'LAST_TOUCH' as const, windowDays: 30, revenueModelId: PRESETS.HYBRID.id },
  { tenantId: T(4), attribution: 'FIRST_TOUCH' as const, windowDays: 30, revenueModelId: PRESETS.CLIENT_OWNED.id },
];

/** Returns whether it created the demo agents now. */
export async function seedMlas(prisma: PrismaClient): Promise<boolean> {
  await ensurePresets(prisma);
  const existing = new Set((await prisma.agentProfile.findMany({ where: { id: { in: DEMO_AGENTS.map((a) => a.id) } }, select: { id: true } })).map((a) => a.id));
  if (existing.size === DEMO_AGENTS.length) return false;
  await prisma.$transaction(async (tx) => {
    // Uplines first: the upline trigger looks the upline up.
    for (const a of DEMO_AGENTS) if (!existing.has(a.id)) await tx.agentProfile.create({ data: { ...a } });
    for (const s of SETTINGS) await tx.mlasSettings.upsert({ where: { tenantId: s.tenantId }, create: s, update: {} });
  });
  return true;
}
