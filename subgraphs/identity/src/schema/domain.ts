import { withUserErrors } from '@webwaka/kit';
import { addDomain, HTTP_PATH, listDomains, removeDomain, TXT_PREFIX, verifyDomain } from '../services/domains';
import { ADMINS, builder } from './builder';

type TenantDomainRow = Awaited<ReturnType<typeof addDomain>>;

/** A custom domain the current tenant claims; it serves the tenant only once verified (decision 0022). */
export const TenantDomain = builder.prismaObject('TenantDomain', {
  fields: (t) => ({
    id: t.exposeID('id'),
    domain: t.exposeString('domain'),
    verified: t.boolean({ resolve: (d) => !!d.verifiedAt }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    token: t.exposeString('token', { description: 'The value to publish, as a DNS TXT record or as the HTTP token body.' }),
    txtRecordName: t.string({ description: 'Where the TXT record goes.', resolve: (d) => `${TXT_PREFIX}.${d.domain}` }),
    httpUrl: t.string({ description: 'Where the HTTP token is served (body: the token).', resolve: (d) => `http://${d.domain}${HTTP_PATH}${encodeURIComponent(d.token)}` }),
    lastCheckedAt: t.expose('lastCheckedAt', { type: 'DateTime', nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last "verify" did not find the token.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  tenantDomains: t.prismaField({
    type: ['TenantDomain'],
    authScopes: ADMINS,
    description: "The current tenant's custom domains, pending and verified (at most 10).",
    resolve: (_query, _r, _a, ctx) => listDomains(ctx),
  }),
}));

const TenantDomainPayload = builder.payloadObject<{ domain: TenantDomainRow }>('TenantDomainPayload', (t) => ({
  domain: t.field({ type: TenantDomain, nullable: true, resolve: (p) => p.domain ?? null }),
}));

builder.mutationFields((t) => ({
  addTenantDomain: t.field({
    type: TenantDomainPayload,
    authScopes: ADMINS,
    description: 'Claim a custom domain: it is pending until verifyTenantDomain finds its token (DNS TXT or HTTP).',
    args: { domain: t.arg.string({ required: true }) },
    resolve: (_r, { domain }, ctx) => withUserErrors(async () => ({ domain: await addDomain(ctx, domain) })),
  }),
  verifyTenantDomain: t.field({
    type: TenantDomainPayload,
    authScopes: ADMINS,
    description: 'Look for the claim\'s token now; found, the domain serves this tenant (DOMAIN_NOT_VERIFIED says why not).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ domain: await verifyDomain(ctx, String(id)) })),
  }),
  removeTenantDomain: t.field({
    type: TenantDomainPayload,
    authScopes: ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ domain: await removeDomain(ctx, String(id)) })),
  }),
}));
