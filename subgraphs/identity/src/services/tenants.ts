import { AppError, DomainError, ErrorCode, uuidv7, type RoleName, isUniqueViolation } from '@webwaka/kit';
import type { TenantKind } from '@webwaka/kit/src/generated/prisma/enums';
import { recordAudit, requireTenant } from './audit';
import type { ServiceContext } from './context';

/** The hierarchy: Platform > Partner > Client > Store (SVM) | Marketplace (MVM). */
export const CHILD_KINDS: Record<TenantKind, TenantKind[]> = {
  PLATFORM: ['PARTNER'],
  PARTNER: ['CLIENT'],
  CLIENT: ['STORE', 'MARKETPLACE'],
  STORE: [],
  MARKETPLACE: [],
};

/** The admin role that runs a tenant of each kind (granted to the creator of a new tenant). */
export const ADMIN_ROLE_FOR_KIND: Record<TenantKind, RoleName> = {
  PLATFORM: 'SUPER_ADMIN',
  PARTNER: 'PARTNER_ADMIN',
  CLIENT: 'CLIENT_ADMIN',
  STORE: 'CLIENT_ADMIN',
  MARKETPLACE: 'CLIENT_ADMIN',
};

const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
/** Paths and hosts the platform keeps for itself. */
const RESERVED_SLUGS = new Set(['admin', 'api', 'graphql', 'www', 'app', 'backoffice', 'pos', 's', 'm', 'healthz', 'readyz']);

export interface TenantInput {
  kind: TenantKind;
  slug: string;
  name: string;
  logoUrl?: string | null;
  primaryColor?: string | null;
}

export function validateBranding(input: { name?: string | null; logoUrl?: string | null; primaryColor?: string | null }) {
  if (input.name !== undefined && input.name !== null && (input.name.trim().length < 2 || input.name.length > 120)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 2 to 120 characters', ['name']);
  }
  if (input.logoUrl && !/^https?:\/\/\S+$/.test(input.logoUrl)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Logo must be an http(s) URL', ['logoUrl']);
  }
  if (input.primaryColor && !COLOR_RE.test(input.primaryColor)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Colour must be #RRGGBB', ['primaryColor']);
  }
}

/** Creates a child of the request's tenant; the creator becomes its admin. */
export async function createTenant(ctx: ServiceContext, input: TenantInput) {
  const parentId = requireTenant(ctx);
  const slug = input.slug?.trim().toLowerCase();
  if (!slug || !SLUG_RE.test(slug) || RESERVED_SLUGS.has(slug)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Slug must be 1-48 lower-case letters, digits or dashes, and not reserved', ['slug']);
  }
  // No custom domain here: a domain goes live only through a verified claim (services/domains.ts).
  validateBranding(input);
  const parent = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: parentId } });
  if (!CHILD_KINDS[parent.kind].includes(input.kind)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${parent.kind} cannot own a ${input.kind}`, ['kind']);
  }
  try {
    const tenant = await ctx.prisma.$transaction(async (tx) => {
      const created = await tx.tenant.create({
        data: {
          id: uuidv7(),
          kind: input.kind,
          parentId,
          slug,
          name: input.name.trim(),
          logoUrl: input.logoUrl ?? null,
          primaryColor: input.primaryColor ?? null,
          currency: parent.currency,
          timeZone: parent.timeZone,
        },
      });
      if (ctx.actor.userId) {
        await tx.membership.create({ data: { id: uuidv7(), userId: ctx.actor.userId, tenantId: created.id, role: ADMIN_ROLE_FOR_KIND[input.kind] } });
      }
      await recordAudit(tx, ctx, { tenantId: parentId, type: 'tenant.created', subjectId: created.id, data: { kind: input.kind, slug } });
      await recordAudit(tx, ctx, { tenantId: created.id, type: 'tenant.created', subjectId: created.id, data: { kind: input.kind, slug } });
      return created;
    });
    ctx.eventsRecorded();
    return tenant;
  } catch (e) {
    throw uniqueToDomain(e);
  }
}

/** Updates the request tenant's name and branding (its custom domain: services/domains.ts, with proof). */
export async function updateTenant(ctx: ServiceContext, input: { name?: string | null; logoUrl?: string | null; primaryColor?: string | null }) {
  const tenantId = requireTenant(ctx);
  validateBranding(input);
  const data = {
    ...(input.name ? { name: input.name.trim() } : {}),
    ...(input.logoUrl !== undefined ? { logoUrl: input.logoUrl } : {}),
    ...(input.primaryColor !== undefined ? { primaryColor: input.primaryColor } : {}),
  };
  try {
    const tenant = await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.tenant.update({ where: { id: tenantId }, data });
      await recordAudit(tx, ctx, { tenantId, type: 'tenant.updated', subjectId: tenantId, data: { fields: Object.keys(data) } });
      return updated;
    });
    ctx.eventsRecorded();
    return tenant;
  } catch (e) {
    throw uniqueToDomain(e);
  }
}

function uniqueToDomain(e: unknown): unknown {
  if (isUniqueViolation(e, 'slug')) return new DomainError(ErrorCode.SLUG_TAKEN, 'That slug is taken', ['slug']);
  return e;
}

/** How far up the tree a walk goes before it assumes the data is broken (the real tree has 3-4 levels). */
const MAX_DEPTH = 16;

/**
 * The parent whose children `childTenants` lists: the request's tenant, or (`under`) a tenant beneath it, so
 * a partner walks the tree down to its clients' stores. A tenant outside the caller's branch reads as
 * NOT_FOUND, the same as one that does not exist: the tree of another partner is not even confirmed.
 */
export async function childrenParent(ctx: ServiceContext, under: string | null | undefined): Promise<string> {
  const tenantId = requireTenant(ctx);
  if (!under || under === tenantId) return tenantId;
  if (!/^[0-9a-f-]{36}$/i.test(under)) throw new AppError(ErrorCode.NOT_FOUND, 'No such tenant beneath yours');
  let next: string | null = under;
  for (let depth = 0; next && depth < MAX_DEPTH; depth++) {
    const row: { parentId: string | null } | null = await ctx.prisma.tenant.findUnique({ where: { id: next }, select: { parentId: true } });
    if (!row) break;
    if (row.parentId === tenantId) return under;
    next = row.parentId;
  }
  throw new AppError(ErrorCode.NOT_FOUND, 'No such tenant beneath yours');
}

/** Public lookup for storefronts and the gateway: by slug or custom domain. */
export function findTenant(ctx: Pick<ServiceContext, 'prisma'>, by: { slug?: string | null; domain?: string | null }) {
  if (by.slug) return ctx.prisma.tenant.findUnique({ where: { slug: by.slug.toLowerCase() } });
  if (by.domain) return ctx.prisma.tenant.findUnique({ where: { customDomain: by.domain.toLowerCase().replace(/:\d+$/, '') } });
  return Promise.resolve(null);
}
