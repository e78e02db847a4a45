import { withUserErrors } from '@webwaka/kit';
import { findDevice, pairDevice, receiptPrefix, registerDevice, renewPairingCode, revokeDevice } from '../services/devices';
import { backlogs, listDevices, openConflictCounts, salesCounts } from '../services/reads';
import { asQuery, builder, POS_MANAGERS, POS_READERS } from './builder';

export const PosDeviceStatusEnum = builder.enumType('PosDeviceStatus', {
  values: {
    PENDING: { description: 'Registered; waiting for a till to enter its pairing code.' },
    ACTIVE: { description: 'Paired: the till sells and syncs.' },
    REVOKED: { description: 'Refused from now on (its key too).' },
  },
});

export const PosDevice = builder.prismaObject('PosDevice', {
  description: 'A registered till at one stock location.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    number: t.exposeInt('number'),
    receiptPrefix: t.string({ description: 'Its receipts are numbered <prefix>-<sequence>, e.g. T01-000042.', resolve: (d) => receiptPrefix(d) }),
    locationId: t.exposeID('locationId'),
    status: t.field({ type: PosDeviceStatusEnum, resolve: (d) => d.status }),
    pairingExpiresAt: t.expose('pairingExpiresAt', { type: 'DateTime', nullable: true }),
    pairedAt: t.expose('pairedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime', nullable: true, description: 'Its last call (a sync or a catalogue refresh).' }),
    lastSequence: t.exposeInt('lastSequence', { description: 'Every event the till sent up to this number is applied.' }),
    backlog: t.loadable({
      type: 'Int',
      description: 'Events received but waiting for an earlier one the till has not sent yet (a gap in its sequence).',
      load: async (ids: string[], ctx) => {
        const counts = await backlogs(ctx, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (d) => d.id,
    }),
    salesCount: t.loadable({
      type: 'Int',
      load: async (ids: string[], ctx) => {
        const counts = await salesCounts(ctx, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (d) => d.id,
    }),
    openConflicts: t.loadable({
      type: 'Int',
      load: async (ids: string[], ctx) => {
        const counts = await openConflictCounts(ctx, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      resolve: (d) => d.id,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  posDevices: t.field({
    type: [PosDevice],
    authScopes: POS_READERS,
    description: 'The business’s tills, by number.',
    resolve: (_r, _a, ctx) => asQuery(() => listDevices(ctx)),
  }),
  posDevice: t.field({
    type: PosDevice,
    authScopes: POS_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => asQuery(() => findDevice(ctx, ctx.tenantId!, String(id))),
  }),
}));

const RegisterPosDeviceInput = builder.inputType('RegisterPosDeviceInput', {
  fields: (t) => ({ name: t.string({ required: true }), locationId: t.id({ required: true, description: 'One of the business’s active stock locations.' }) }),
});

const PairingPayload = builder.payloadObject<{ device: any; pairingCode: string }>('PosPairingPayload', (t) => ({
  device: t.field({ type: PosDevice, nullable: true, resolve: (p) => p.device ?? null }),
  pairingCode: t.string({ nullable: true, description: 'Shown once: the till enters it within 15 minutes to pair.', resolve: (p) => p.pairingCode ?? null }),
}));
const DevicePayload = builder.payloadObject<{ device: any }>('PosDevicePayload', (t) => ({
  device: t.field({ type: PosDevice, nullable: true, resolve: (p) => p.device ?? null }),
}));
const PairDevicePayload = builder.payloadObject<{ device: any; deviceKey: string }>('PairPosDevicePayload', (t) => ({
  device: t.field({ type: PosDevice, nullable: true, resolve: (p) => p.device ?? null }),
  deviceKey: t.string({ nullable: true, description: 'Shown once: the till sends it as X-Api-Key from now on.', resolve: (p) => p.deviceKey ?? null }),
}));

builder.mutationFields((t) => ({
  registerPosDevice: t.field({
    type: PairingPayload,
    authScopes: POS_MANAGERS,
    description: 'Registers a till at a stock location and returns its pairing code (one use, 15 minutes).',
    args: { input: t.arg({ type: RegisterPosDeviceInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => registerDevice(ctx, { name: input.name, locationId: String(input.locationId) })),
  }),
  renewPosPairingCode: t.field({
    type: PairingPayload,
    authScopes: POS_MANAGERS,
    description: 'A new pairing code for a till not yet paired.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(() => renewPairingCode(ctx, String(id))),
  }),
  revokePosDevice: t.field({
    type: DevicePayload,
    authScopes: POS_MANAGERS,
    description: 'Refuses the till from now on and revokes its key; what it synced stays.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ device: await revokeDevice(ctx, String(id)) })),
  }),
  pairPosDevice: t.field({
    type: PairDevicePayload,
    description: `A till presents its pairing code (anonymous, in the shop's tenant) and receives its key, once.`,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => withUserErrors(() => pairDevice(ctx, code)),
  }),
}));
