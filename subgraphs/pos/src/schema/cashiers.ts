import { withUserErrors } from '@webwaka/kit';
import { listCashiers, saveCashier } from '../services/cashiers';
import { posSettings, updatePosSettings } from '../services/settings';
import { asQuery, builder, POS_MANAGERS } from './builder';

export const PosCashierRoleEnum = builder.enumType('PosCashierRole', {
  values: {
    CASHIER: { description: 'Sells, within their discount limit.' },
    SUPERVISOR: { description: 'Also approves discounts above a cashier’s limit, and returns (the manager PIN).' },
  },
});

export const PosCashier = builder.prismaObject('PosCashier', {
  description: 'A person who works a till, signing in on it with a PIN.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.field({ type: PosCashierRoleEnum, resolve: (c) => c.role }),
    discountLimitBps: t.exposeInt('discountLimitBps', { description: 'The largest discount given without a supervisor, in basis points (1000 = 10%).' }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const PosSettingsRef = builder.objectRef<{ receiptHeader: string; receiptFooter: string; vatNumber: string }>('PosSettings').implement({
  description: 'What receipts print besides the sale.',
  fields: (t) => ({
    receiptHeader: t.exposeString('receiptHeader', { description: 'The business’s name and address as printed.' }),
    receiptFooter: t.exposeString('receiptFooter'),
    vatNumber: t.exposeString('vatNumber', { description: 'The VAT registration (TIN) printed on receipts.' }),
  }),
});

builder.queryFields((t) => ({
  posCashiers: t.field({
    type: [PosCashier],
    authScopes: POS_MANAGERS,
    description: 'The business’s cashiers, active first.',
    resolve: (_r, _a, ctx) => asQuery(() => listCashiers(ctx)),
  }),
  posSettings: t.field({
    type: PosSettingsRef,
    authScopes: POS_MANAGERS,
    resolve: (_r, _a, ctx) => asQuery(() => posSettings(ctx.prisma, ctx.tenantId!)),
  }),
}));

const SavePosCashierInput = builder.inputType('SavePosCashierInput', {
  fields: (t) => ({
    id: t.id({ description: 'A cashier to change; none to add one.' }),
    name: t.string({ required: true }),
    role: t.field({ type: PosCashierRoleEnum, required: true }),
    discountLimitBps: t.int({ required: true }),
    pin: t.string({ description: '4 to 6 digits; required for a new cashier, otherwise only to change it.' }),
    active: t.boolean(),
  }),
});
const UpdatePosSettingsInput = builder.inputType('UpdatePosSettingsInput', {
  fields: (t) => ({ receiptHeader: t.string({ required: true }), receiptFooter: t.string({ required: true }), vatNumber: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  savePosCashier: t.field({
    type: builder.payloadObject<{ cashier: any }>('SavePosCashierPayload', (p) => ({ cashier: p.field({ type: PosCashier, nullable: true, resolve: (x) => x.cashier ?? null }) })),
    authScopes: POS_MANAGERS,
    description: 'Adds a cashier or changes one (name, role, discount limit, PIN, active). Tills pick the change up at their next refresh.',
    args: { input: t.arg({ type: SavePosCashierInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cashier: await saveCashier(ctx, { ...input, id: input.id == null ? null : String(input.id) }) })),
  }),
  updatePosSettings: t.field({
    type: builder.payloadObject<{ settings: any }>('UpdatePosSettingsPayload', (p) => ({ settings: p.field({ type: PosSettingsRef, nullable: true, resolve: (x) => x.settings ?? null }) })),
    authScopes: POS_MANAGERS,
    args: { input: t.arg({ type: UpdatePosSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await updatePosSettings(ctx, input) })),
  }),
}));
