import { requireTenant } from '@webwaka/kit';
import { builder } from './builder';

/** How far up the tree a walk goes before it assumes the data is broken (the real tree has 3-4 levels). */
const MAX_DEPTH = 16;

/**
 * The request's tenant and its ancestors, nearest first, up to the platform: what revenue sharing needs to
 * find the partner and the platform above a store. Other subgraphs call it as a service actor with
 * `identity:read`; it is @inaccessible, so the public API does not offer it. Only the request's own tenant
 * is walked, so it never reveals another branch of the tree.
 */
builder.queryField('tenantAncestry', (t) =>
  t.prismaField({
    type: ['Tenant'],
    inaccessible: true,
    authScopes: { apiScope: 'identity:read' },
    resolve: async (query, _root, _args, ctx) => {
      const ids: string[] = [];
      let next: string | null = requireTenant(ctx);
      while (next && ids.length < MAX_DEPTH && !ids.includes(next)) {
        const row: { id: string; parentId: string | null } | null = await ctx.prisma.tenant.findUnique({ where: { id: next }, select: { id: true, parentId: true } });
        if (!row) break;
        ids.push(row.id);
        next = row.parentId;
      }
      const rows = await ctx.prisma.tenant.findMany({ ...query, where: { id: { in: ids } } });
      return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
    },
  }),
);
