/**
 * The preset revenue models, as data (rows with fixed ids and no tenant; tenants pick one or define their
 * own). Numbers are basis points of the commission pool (the marketplace's commission on a vendor order);
 * the residual takes what the shares leave plus agent levels nobody fills. docs/capabilities/mlas.md
 * explains each. `ensurePresets` writes them (seed and subgraph start; idempotent) and never changes a
 * preset that exists.
 */
import { isUniqueViolation, type PrismaClient } from '@webwaka/kit';
import type { ModelSpec } from './split';

export type PresetKey = 'PLATFORM_FIRST' | 'PARTNER_OWNED' | 'CLIENT_OWNED' | 'ZERO_PLATFORM_CUT' | 'HYBRID';

const presetId = (n: number) => `0193c000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const shareId = (model: number, n: number) => `0193c000-0000-7000-9000-${(model * 100 + n).toString().padStart(12, '0')}`;

export const PRESETS: Record<PresetKey, ModelSpec & { id: string; name: string }> = {
  PLATFORM_FIRST: {
    id: presetId(1),
    name: 'Platform first',
    shares: [
      { beneficiary: 'PLATFORM', level: 0, bps: 3000 },
      { beneficiary: 'AGENT', level: 1, bps: 2000 },
      { beneficiary: 'AGENT', level: 2, bps: 1000 },
      { beneficiary: 'PARTNER', level: 0, bps: 1000 },
    ],
    residual: 'CLIENT',
  },
  PARTNER_OWNED: {
    id: presetId(2),
    name: 'Partner owned',
    shares: [
      { beneficiary: 'PARTNER', level: 0, bps: 5000 },
      { beneficiary: 'AGENT', level: 1, bps: 2000 },
      { beneficiary: 'AGENT', level: 2, bps: 500 },
      { beneficiary: 'PLATFORM', level: 0, bps: 1000 },
    ],
    residual: 'PARTNER',
  },
  CLIENT_OWNED: {
    id: presetId(3),
    name: 'Client owned',
    shares: [
      { beneficiary: 'AGENT', level: 1, bps: 2500 },
      { beneficiary: 'AGENT', level: 2, bps: 500 },
      { beneficiary: 'PARTNER', level: 0, bps: 500 },
      { beneficiary: 'PLATFORM', level: 0, bps: 500 },
    ],
    residual: 'CLIENT',
  },
  ZERO_PLATFORM_CUT: {
    id: presetId(4),
    name: 'Zero platform cut',
    shares: [
      { beneficiary: 'AGENT', level: 1, bps: 3000 },
      { beneficiary: 'AGENT', level: 2, bps: 1000 },
      { beneficiary: 'AGENT', level: 3, bps: 500 },
      { beneficiary: 'PARTNER', level: 0, bps: 1000 },
    ],
    residual: 'CLIENT',
  },
  HYBRID: {
    id: presetId(5),
    name: 'Hybrid',
    shares: [
      { beneficiary: 'PLATFORM', level: 0, bps: 1500 },
      { beneficiary: 'PARTNER', level: 0, bps: 1500 },
      { beneficiary: 'AGENT', level: 1, bps: 2000 },
      { beneficiary: 'AGENT', level: 2, bps: 1000 },
      { beneficiary: 'AGENT', level: 3, bps: 500 },
    ],
    residual: 'CLIENT',
  },
};

/** The model a tenant follows until it chooses one. */
export const DEFAULT_PRESET: PresetKey = 'PLATFORM_FIRST';

export async function ensurePresets(prisma: PrismaClient): Promise<void> {
  const existing = new Set((await prisma.revenueModel.findMany({ where: { preset: { not: null } }, select: { preset: true } })).map((m) => m.preset));
  const missing = Object.entries(PRESETS).filter(([key]) => !existing.has(key));
  if (!missing.length) return;
  // Two processes starting at once may both try: the second one's unique violation means it is done.
  await prisma.$transaction(async (tx) => {
    for (const [key, p] of missing) {
      const n = Number(p.id.slice(-4));
      await tx.revenueModel.create({
        data: {
          id: p.id,
          tenantId: null,
          preset: key,
          name: p.name,
          residual: p.residual,
          shares: { create: p.shares.map((s, i) => ({ id: shareId(n, i + 1), beneficiary: s.beneficiary, level: s.level, bps: s.bps, position: i + 1 })) },
        },
      });
    }
  }).catch((e) => {
    if (!isUniqueViolation(e)) throw e;
  });
}
