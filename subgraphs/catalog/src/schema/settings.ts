import { requireTenant, withUserErrors } from '@webwaka/kit';
import { getCatalogSettings, updateCatalogSettings } from '../services/settings';
import { ADMINS, builder } from './builder';

export const CatalogSettings = builder.prismaObject('CatalogSettings', {
  description: "The tenant's tax and commission defaults.",
  fields: (t) => ({
    taxRateBps: t.exposeInt('taxRateBps', { description: 'VAT in basis points (750 = 7.5%).' }),
    pricesIncludeTax: t.exposeBoolean('pricesIncludeTax'),
    defaultCommissionBps: t.exposeInt('defaultCommissionBps'),
  }),
});

builder.queryFields((t) => ({
  catalogSettings: t.prismaField({
    type: 'CatalogSettings',
    description: "The current tenant's catalogue settings (defaults until changed).",
    resolve: (_q, _r, _a, ctx) => {
      return getCatalogSettings(ctx, requireTenant(ctx));
    },
  }),
}));

const UpdateCatalogSettingsInput = builder.inputType('UpdateCatalogSettingsInput', {
  fields: (t) => ({ taxRateBps: t.int(), pricesIncludeTax: t.boolean(), defaultCommissionBps: t.int() }),
});

const CatalogSettingsPayload = builder.payloadObject<{ settings: Awaited<ReturnType<typeof getCatalogSettings>> }>('CatalogSettingsPayload', (t) => ({
  settings: t.field({ type: CatalogSettings, nullable: true, resolve: (p) => p.settings ?? null }),
}));

builder.mutationFields((t) => ({
  updateCatalogSettings: t.field({
    type: CatalogSettingsPayload,
    authScopes: ADMINS,
    args: { input: t.arg({ type: UpdateCatalogSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await updateCatalogSettings(ctx, input) })),
  }),
}));
