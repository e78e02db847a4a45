/**
 * Revenue models and a tenant's choice of one. Rules:
 * - A model is data: shares (beneficiary, agent level, bps of the pool) and a residual beneficiary,
 *   validated by `validateModel` (bps 0..10000, total ≤ 10000, agent levels contiguous from 1).
 * - Presets (no tenant) are readable by every tenant and never change; a tenant creates, edits and assigns
 *   its own, and can assign a preset. A tenant that chose nothing follows DEFAULT_PRESET.
 * - Commissions already computed keep their amounts when a model changes (the split rows are the record).
 */
import { DomainError, ErrorCode, isUuid, requireTenant, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { DEFAULT_PRESET, PRESETS } from './presets';
import { validateModel, type ModelSpec, type ResidualKind, type ShareSpec } from './split';

const withShares = { shares: { orderBy: { position: 'asc' as const } } };

export type ModelRow = Awaited<ReturnType<typeof findModel>>;

/** A preset or one of the tenant's own models, or NOT_FOUND. */
export async function findModel(db: Pick<Tx, 'revenueModel'>, tenantId: string, id: string | null | undefined, field: string[] = ['id']) {
  const model = isUuid(id) ? await db.revenueModel.findFirst({ where: { id, OR: [{ tenantId }, { tenantId: null }] }, include: withShares }) : null;
  if (!model) throw new DomainError(ErrorCode.NOT_FOUND, 'No such revenue model', field);
  return model;
}

/** The model the tenant's commissions follow now. */
export async function tenantModel(db: Pick<Tx, 'revenueModel' | 'mlasSettings'>, tenantId: string) {
  const settings = await db.mlasSettings.findUnique({ where: { tenantId }, select: { revenueModelId: true } });
  const id = settings?.revenueModelId ?? PRESETS[DEFAULT_PRESET].id;
  return db.revenueModel.findFirstOrThrow({ where: { id, OR: [{ tenantId }, { tenantId: null }] }, include: withShares });
}

export const listModels = (db: Pick<Tx, 'revenueModel'>, tenantId: string) =>
  db.revenueModel.findMany({ where: { OR: [{ tenantId }, { tenantId: null }] }, include: withShares, orderBy: [{ preset: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] });

export const toSpec = (m: { residual: string; shares: { beneficiary: string; level: number; bps: number }[] }): ModelSpec => ({
  residual: m.residual as ResidualKind,
  shares: m.shares.map((s) => ({ beneficiary: s.beneficiary as ShareSpec['beneficiary'], level: s.level, bps: s.bps })),
});

function checkName(raw: string | null | undefined) {
  const name = (raw ?? '').trim();
  if (name.length < 1 || name.length > 80) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 80 characters', ['name']);
  return name;
}

function checkSpec(spec: ModelSpec) {
  const problems = validateModel(spec);
  if (problems.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('; '), problems[0].field);
  return spec;
}

const normalizeShares = (shares: readonly { beneficiary: ShareSpec['beneficiary']; level?: number | null; bps: number }[]): ShareSpec[] =>
  shares.map((s) => ({ beneficiary: s.beneficiary, level: s.beneficiary === 'AGENT' ? (s.level ?? 1) : (s.level ?? 0), bps: s.bps }));

const shareRows = (spec: ModelSpec) => spec.shares.map((s, i) => ({ id: uuidv7(), beneficiary: s.beneficiary, level: s.level, bps: s.bps, position: i + 1 }));

export interface ModelInput {
  name: string;
  residual: ResidualKind;
  shares: { beneficiary: ShareSpec['beneficiary']; level?: number | null; bps: number }[];
}

export async function createRevenueModel(ctx: ServiceContext, input: ModelInput) {
  const tenantId = requireTenant(ctx);
  const name = checkName(input.name);
  const spec = checkSpec({ residual: input.residual, shares: normalizeShares(input.shares ?? []) });
  return ctx.prisma.revenueModel.create({ data: { id: uuidv7(), tenantId, name, residual: spec.residual, shares: { create: shareRows(spec) } }, include: withShares });
}

export async function updateRevenueModel(ctx: ServiceContext, input: { id: string } & Partial<ModelInput>) {
  const tenantId = requireTenant(ctx);
  const model = await findModel(ctx.prisma, tenantId, input.id);
  if (model.tenantId === null) throw new DomainError(ErrorCode.FORBIDDEN, 'Presets cannot be changed: create a model of your own', ['id']);
  const name = input.name != null ? checkName(input.name) : model.name;
  const spec = checkSpec({
    residual: input.residual ?? (model.residual as ResidualKind),
    shares: input.shares ? normalizeShares(input.shares) : toSpec(model).shares,
  });
  return ctx.prisma.$transaction(async (tx) => {
    if (input.shares) {
      await tx.revenueShare.deleteMany({ where: { modelId: model.id } });
      await tx.revenueShare.createMany({ data: shareRows(spec).map((r) => ({ ...r, modelId: model.id })) });
    }
    return tx.revenueModel.update({ where: { id: model.id }, data: { name, residual: spec.residual }, include: withShares });
  }, TX_OPTIONS);
}

export async function assignRevenueModel(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const model = await findModel(ctx.prisma, tenantId, id);
  await ctx.prisma.mlasSettings.upsert({ where: { tenantId }, create: { tenantId, revenueModelId: model.id }, update: { revenueModelId: model.id } });
  return model;
}
