import { requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { attributionSettings, setAttributionSettings } from '../services/attribution';
import { assignRevenueModel, createRevenueModel, findModel, listModels, tenantModel, updateRevenueModel, type ModelRow } from '../services/models';
import { AttributionModelEnum, BeneficiaryEnum, builder, MLAS_ADMINS, PROGRAMME_READERS, ResidualBeneficiaryEnum } from './builder';

const assignedModelId = async (ctx: RequestContext) => (await tenantModel(ctx.prisma, requireTenant(ctx))).id;

const RevenueShare = builder.objectRef<{ beneficiary: 'AGENT' | 'PARTNER' | 'CLIENT' | 'PLATFORM'; level: number; bps: number }>('RevenueShare').implement({
  fields: (t) => ({
    beneficiary: t.field({ type: BeneficiaryEnum, resolve: (s) => s.beneficiary }),
    level: t.exposeInt('level', { description: 'Agent level (1 = the attributed agent, 2 = its upline, ...); 0 for the others.' }),
    bps: t.exposeInt('bps', { description: 'Basis points of the commission pool (10000 = all of it).' }),
  }),
});

export const RevenueModel = builder.objectRef<ModelRow>('RevenueModel').implement({
  description: 'How a commission pool is shared: the shares, and the residual beneficiary that takes what is left and agent levels nobody fills.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    preset: t.exposeString('preset', { nullable: true, description: 'PLATFORM_FIRST, PARTNER_OWNED, CLIENT_OWNED, ZERO_PLATFORM_CUT or HYBRID; null for a tenant’s own model.' }),
    residual: t.field({ type: ResidualBeneficiaryEnum, resolve: (m) => m.residual as 'PARTNER' | 'CLIENT' | 'PLATFORM' }),
    shares: t.field({ type: [RevenueShare], resolve: (m) => m.shares as any }),
    assigned: t.boolean({ description: 'Whether this tenant’s commissions follow this model now.', resolve: async (m, _a, ctx) => m.id === (await assignedModelId(ctx)) }),
  }),
});

type Settings = { attribution: 'FIRST_TOUCH' | 'LAST_TOUCH'; windowDays: number; ticketCommissionBps: number };

const AttributionSettings = builder.objectRef<Settings>('AttributionSettings').implement({
  description: 'How this tenant’s programme pays: attribution of orders, the revenue model, and the ticket commission rate.',
  fields: (t) => ({
    attribution: t.field({ type: AttributionModelEnum, resolve: (s) => s.attribution }),
    windowDays: t.exposeInt('windowDays', { description: 'How long after a referral touch an order is still attributed to it.' }),
    ticketCommissionBps: t.exposeInt('ticketCommissionBps', {
      description: 'The commission pool of a ticket an agent sells for this tenant, in basis points of the cash paid (default 500 = 5%), shared by the revenue model.',
    }),
    revenueModel: t.field({ type: RevenueModel, description: 'The model this tenant’s commissions follow.', resolve: (_s, _a, ctx) => tenantModel(ctx.prisma, requireTenant(ctx)) }),
  }),
});

builder.queryFields((t) => ({
  revenueModels: t.field({
    type: [RevenueModel],
    authScopes: PROGRAMME_READERS,
    description: 'The presets and this tenant’s own models.',
    resolve: (_r, _a, ctx) => listModels(ctx.prisma, requireTenant(ctx)),
  }),
  revenueModel: t.field({
    type: RevenueModel,
    nullable: true,
    authScopes: PROGRAMME_READERS,
    description: 'A preset or one of this tenant’s models; without an id, the one its commissions follow.',
    args: { id: t.arg.id() },
    resolve: async (_r, { id }, ctx) => {
      const tenantId = requireTenant(ctx);
      if (id == null) return tenantModel(ctx.prisma, tenantId);
      return findModel(ctx.prisma, tenantId, String(id)).catch(() => null);
    },
  }),
  attributionSettings: t.field({
    type: AttributionSettings,
    authScopes: PROGRAMME_READERS,
    resolve: (_r, _a, ctx) => attributionSettings(ctx.prisma, requireTenant(ctx)),
  }),
}));

const RevenueShareInput = builder.inputType('RevenueShareInput', {
  fields: (t) => ({
    beneficiary: t.field({ type: BeneficiaryEnum, required: true }),
    level: t.int({ description: 'Agent level from 1 (AGENT shares only; default 1).' }),
    bps: t.int({ required: true }),
  }),
});

const CreateRevenueModelInput = builder.inputType('CreateRevenueModelInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    residual: t.field({ type: ResidualBeneficiaryEnum, required: true }),
    shares: t.field({ type: [RevenueShareInput], required: true }),
  }),
});

const UpdateRevenueModelInput = builder.inputType('UpdateRevenueModelInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    residual: t.field({ type: ResidualBeneficiaryEnum }),
    shares: t.field({ type: [RevenueShareInput], description: 'Replaces every share.' }),
  }),
});

const SetAttributionSettingsInput = builder.inputType('SetAttributionSettingsInput', {
  fields: (t) => ({
    attribution: t.field({ type: AttributionModelEnum }),
    windowDays: t.int({ description: '1 to 365.' }),
    ticketCommissionBps: t.int({ description: '0 to 10000 basis points of the cash paid for an agent’s ticket sale.' }),
  }),
});

const RevenueModelPayload = builder.payloadObject<{ revenueModel: ModelRow }>('RevenueModelPayload', (t) => ({
  revenueModel: t.field({ type: RevenueModel, nullable: true, resolve: (p) => p.revenueModel ?? null }),
}));
const AttributionSettingsPayload = builder.payloadObject<{ settings: Settings }>('AttributionSettingsPayload', (t) => ({
  settings: t.field({ type: AttributionSettings, nullable: true, resolve: (p) => p.settings ?? null }),
}));

builder.mutationFields((t) => ({
  createRevenueModel: t.field({
    type: RevenueModelPayload,
    authScopes: MLAS_ADMINS,
    description: 'A model of this tenant’s own (bps 0..10000, total ≤ 10000, agent levels contiguous from 1, any depth up to 20).',
    args: { input: t.arg({ type: CreateRevenueModelInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ revenueModel: await createRevenueModel(ctx, input) })),
  }),
  updateRevenueModel: t.field({
    type: RevenueModelPayload,
    authScopes: MLAS_ADMINS,
    description: 'Change one of this tenant’s models (presets are fixed). Commissions already shared keep their amounts.',
    args: { input: t.arg({ type: UpdateRevenueModelInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        revenueModel: await updateRevenueModel(ctx, { id: String(input.id), name: input.name ?? undefined, residual: input.residual ?? undefined, shares: input.shares ?? undefined }),
      })),
  }),
  assignRevenueModel: t.field({
    type: RevenueModelPayload,
    authScopes: MLAS_ADMINS,
    description: 'Make this tenant’s commissions follow a preset or one of its own models from now on.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ revenueModel: await assignRevenueModel(ctx, String(id)) })),
  }),
  setAttributionSettings: t.field({
    type: AttributionSettingsPayload,
    authScopes: MLAS_ADMINS,
    args: { input: t.arg({ type: SetAttributionSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await setAttributionSettings(ctx, input) })),
  }),
}));
