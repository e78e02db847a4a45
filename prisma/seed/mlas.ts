/**
 * Demo MLAS data: the preset revenue models; agent@webwaka.test as an agent of naija-market and
 * ade-fashion under an upline agent (superagent@webwaka.test, identity's U(8)); attribution settings and a
 * revenue model for both tenants. Fixed ids; a second run changes nothing.
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
] as const;

const SETTINGS = [
  { tenantId: T(5), attribution: 'LAST_TOUCH' as const, windowDays: 30, revenueModelId: PRESETS.HYBRID.id },
  { tenantId: T(4), attribution: 'FIRST_TOUCH' as const, windowDays: 30, revenueModelId: PRESETS.CLIENT_OWNED.id },
];

/** Returns whether it created the demo agents now. */
export async function seedMlas(prisma: PrismaClient): Promise<boolean> {
  await ensurePresets(prisma);
  if (await prisma.agentProfile.findUnique({ where: { id: DEMO_AGENTS[0].id } })) return false;
  await prisma.$transaction(async (tx) => {
    // Uplines first: the upline trigger looks the upline up.
    for (const a of DEMO_AGENTS) await tx.agentProfile.create({ data: { ...a } });
    for (const s of SETTINGS) await tx.mlasSettings.upsert({ where: { tenantId: s.tenantId }, create: s, update: {} });
  });
  return true;
}
