import { asQuery, MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import type { ApiKey as ApiKeyRow } from '@webwaka/kit/src/generated/prisma/client';
import { createApiKey, issueDeviceKey, revokeApiKey, revokeDeviceKey } from '../services/api-keys';
import { ADMINS, builder } from './builder';

/** An integrator's key. The secret is never readable again after creation. */
export const ApiKey = builder.prismaObject('ApiKey', {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix', { description: 'The visible part of the key (ww_<prefix>_...), to tell keys apart.' }),
    scopes: t.exposeStringList('scopes'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: 'ApiKey',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ADMINS,
    resolve: (query, _r, _a, ctx) => ctx.prisma.apiKey.findMany({ ...query, where: { tenantId: ctx.tenantId! }, orderBy: { id: 'asc' } }),
  }),
}));

const CreateApiKeyPayload = builder.payloadObject<{ apiKey: ApiKeyRow; key: string }>('CreateApiKeyPayload', (t) => ({
  apiKey: t.field({ type: ApiKey, nullable: true, resolve: (p) => p.apiKey ?? null }),
  key: t.string({ nullable: true, description: 'The full key, shown only now: store it safely.', resolve: (p) => p.key ?? null }),
}));

const ApiKeyPayload = builder.payloadObject<{ apiKey: ApiKeyRow }>('ApiKeyPayload', (t) => ({
  apiKey: t.field({ type: ApiKey, nullable: true, resolve: (p) => p.apiKey ?? null }),
}));

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    authScopes: ADMINS,
    args: { name: t.arg.string({ required: true }), scopes: t.arg.stringList({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => createApiKey(ctx, args)),
  }),
  revokeApiKey: t.field({
    type: ApiKeyPayload,
    authScopes: ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ apiKey: await revokeApiKey(ctx, String(id)) })),
  }),
}));


/** Tills' keys: only the pos subgraph (a service actor holding identity:device-keys); not in the public API. */
const DEVICE_KEY_ISSUERS = { apiScope: 'identity:device-keys' };

const IssueDeviceKeyInput = builder.inputType('IssueDeviceKeyInput', {
  inaccessible: true,
  fields: (t) => ({ name: t.string({ required: true }), createdById: t.id({ required: true }), scopes: t.stringList({ description: 'Ignored: a till key has the fixed till scopes.' }) }),
});

const IssuedDeviceKey = builder.objectRef<{ apiKeyId: string; key: string }>('IssuedDeviceKey').implement({
  inaccessible: true,
  fields: (t) => ({ apiKeyId: t.exposeID('apiKeyId'), key: t.exposeString('key') }),
});

builder.mutationFields((t) => ({
  issueDeviceKey: t.field({
    type: IssuedDeviceKey,
    inaccessible: true,
    authScopes: DEVICE_KEY_ISSUERS,
    args: { input: t.arg({ type: IssueDeviceKeyInput, required: true }) },
    resolve: (_r, { input }, ctx) => asQuery(() => issueDeviceKey(ctx, { name: input.name, createdById: String(input.createdById) })),
  }),
  revokeDeviceKey: t.boolean({
    inaccessible: true,
    authScopes: DEVICE_KEY_ISSUERS,
    args: { apiKeyId: t.arg.id({ required: true }) },
    resolve: (_r, { apiKeyId }, ctx) => asQuery(() => revokeDeviceKey(ctx, String(apiKeyId))),
  }),
}));
