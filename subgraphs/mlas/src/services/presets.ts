/**
 * The preset revenue models, as data (rows with fixed ids and no tenant; tenants pick one or define their
 * own). Numbers are basis points of the commission pool (the marketplace's commission on a vendor order);
 * the residual takes what the shares leave plus agent levels nobody fills. docs/capabilities/mlas.md
 * explains each. `ensurePresets` writes them (seed and subgraph start; idempotent) and never changes a
 * preset that exists.
 */
import { isUniqueViolation, type PrismaClient } from '@webwaka/kit';
import type { BeneficiaryKind, ModelSpec, ResidualKind } from './split';

export type PresetKey = 'PLATFORM_FIRST' | 'PARTNER_OWNED' | 'CLIENT_OWNED' | 'ZERO_PLATFORM_CUT' | 'HYBRID';

const presetId = (n: number) => `0193c000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const shareId = (model: number, n: number) => `0193c000-0000-7000-9000-${(model * 100 + n).toString().padStart(12, '0')}`;

/** One share as written below: [beneficiary, level (1 = the attributed agent, 2 = its upline, ...; 0 for others), bps]. */
type ShareRow = readonly [BeneficiaryKind, number, number];

/** A preset from its number (which fixes its row ids), name, residual and shares in model order. */
const preset = (n: number, name: string, residual: ResidualKind, shares: ShareRow[]): ModelSpec & { id: string; name: string } => ({
  id: presetId(n),
  name,
  shares: shares.map(([beneficiary, level, bps]) => ({ beneficiary, level, bps })),
  residual,
});

export const PRESETS: Record<PresetKey, ModelSpec & { id: string; name: string }> = {
  PLATFORM_FIRST: preset(1, 'Platform first', 'CLIENT', [['PLATFORM', 0, 3000], ['AGENT', 1, 2000], ['AGENT', 2, 1000], ['PARTNER', 0, 1000]]),
  PARTNER_OWNED: preset(2, 'Partner owned', 'PARTNER', [['PARTNER', 0, 5000], ['AGENT', 1, 2000], ['AGENT', 2, 500], ['PLATFORM', 0, 1000]]),
  CLIENT_OWNED: preset(3, 'Client owned', 'CLIENT', [['AGENT', 1, 2500], ['AGENT', 2, 500], ['PARTNER', 0, 500], ['PLATFORM', 0, 500]]),
  ZERO_PLATFORM_CUT: preset(4, 'Zero platform cut', 'CLIENT', [['AGENT', 1, 3000], ['AGENT', 2, 1000], ['AGENT', 3, 500], ['PARTNER', 0, 1000]]),
  HYBRID: preset(5, 'Hybrid', 'CLIENT', [['PLATFORM', 0, 1500], ['PARTNER', 0, 1500], ['AGENT', 1, 2000], ['AGENT', 2, 1000], ['AGENT', 3, 500]]),
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
