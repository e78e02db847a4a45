import { withUserErrors } from '@webwaka/kit';
import type { CustomerAddress as CustomerAddressRow } from '@webwaka/kit/src/generated/prisma/client';
import { addAddress, myAddresses, removeAddress, setDefaultAddress, updateAddress } from '../services/addresses';
import { builder } from './builder';

/**
 * A saved delivery address of the signed-in customer at this shop. Personal data: only its owner reads
 * or changes it (signed in, any role); API keys and other subgraphs have no access.
 */
export const CustomerAddress = builder.prismaObject('CustomerAddress', {
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { nullable: true, description: 'What the customer calls it, e.g. "Home".' }),
    name: t.exposeString('name', { description: 'Who receives deliveries here.' }),
    line1: t.exposeString('line1'),
    line2: t.exposeString('line2', { nullable: true }),
    city: t.exposeString('city'),
    region: t.exposeString('region', { description: 'State or region (a Nigerian state for NG).' }),
    country: t.exposeString('country', { description: 'ISO 3166-1 alpha-2.' }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'The map position the customer shared (decision 0090).' }),
    longitude: t.exposeFloat('longitude', { nullable: true }),
    isDefault: t.exposeBoolean('isDefault', { description: 'The address checkout starts with; exactly one while there are any.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const CustomerAddressInput = builder.inputType('CustomerAddressInput', {
  fields: (t) => ({
    label: t.string({ description: 'At most 40 characters.' }),
    name: t.string({ required: true }),
    line1: t.string({ required: true }),
    line2: t.string(),
    city: t.string({ required: true }),
    region: t.string({ required: true }),
    country: t.string({ description: 'ISO 3166-1 alpha-2; NG when not given.' }),
    postalCode: t.string(),
    phone: t.string(),
    latitude: t.float({ description: 'Optional map position, both or neither: -90 to 90 (absent clears it).' }),
    longitude: t.float({ description: '-180 to 180.' }),
    isDefault: t.boolean({ description: 'True makes it the default; false leaves the default where it is.' }),
  }),
});

const CustomerAddressPayload = builder.payloadObject<{ address: CustomerAddressRow }>('CustomerAddressPayload', (t) => ({
  address: t.field({ type: CustomerAddress, nullable: true, resolve: (p) => p.address ?? null }),
}));

const RemoveCustomerAddressPayload = builder.payloadObject<{ removedAddressId: string }>('RemoveCustomerAddressPayload', (t) => ({
  removedAddressId: t.id({ nullable: true, resolve: (p) => p.removedAddressId ?? null }),
}));

const SIGNED_IN = { authenticated: true };

builder.queryFields((t) => ({
  myAddresses: t.prismaField({
    type: ['CustomerAddress'],
    authScopes: SIGNED_IN,
    description: "The signed-in user's saved addresses at this shop: the default first, then the newest.",
    resolve: (_query, _root, _args, ctx) => myAddresses(ctx),
  }),
}));

builder.mutationFields((t) => ({
  addAddress: t.field({
    type: CustomerAddressPayload,
    authScopes: SIGNED_IN,
    description: 'Save an address (at most 20 per shop). The first one becomes the default.',
    args: { input: t.arg({ type: CustomerAddressInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ address: await addAddress(ctx, input) })),
  }),
  updateAddress: t.field({
    type: CustomerAddressPayload,
    authScopes: SIGNED_IN,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CustomerAddressInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => withUserErrors(async () => ({ address: await updateAddress(ctx, String(id), input) })),
  }),
  setDefaultAddress: t.field({
    type: CustomerAddressPayload,
    authScopes: SIGNED_IN,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ address: await setDefaultAddress(ctx, String(id)) })),
  }),
  removeAddress: t.field({
    type: RemoveCustomerAddressPayload,
    authScopes: SIGNED_IN,
    description: 'Remove an address; when it was the default, the newest remaining one becomes the default.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ removedAddressId: (await removeAddress(ctx, String(id))).id })),
  }),
}));
