import { AppError, ErrorCode } from '@webwaka/kit';
import type { Prisma } from '@webwaka/kit/src/generated/prisma/client';
import { ADMINS, builder } from './builder';

/** The most customers one page of a search returns. */
export const CUSTOMER_SEARCH_PAGE = 20;

/**
 * Which of a tenant's customers a search names: CUSTOMER members of this tenant (not being deleted) whose
 * name or one of its words starts with the text, whose e-mail starts with it, or who saved an address at
 * this shop whose phone starts with it (digits compared as typed, or with a leading 0 read as +234).
 */
export function customerSearchWhere(tenantId: string, text: string): Prisma.UserWhereInput {
  const q = text.trim();
  const phones = [q];
  const digits = q.replace(/[\s-]/g, '');
  if (/^0\d+$/.test(digits)) phones.push(`+234${digits.slice(1)}`, digits);
  else if (/^\+?\d+$/.test(digits)) phones.push(digits);
  return {
    deletionRequestedAt: null,
    memberships: { some: { tenantId, role: 'CUSTOMER' } },
    OR: [
      { name: { startsWith: q, mode: 'insensitive' } },
      { name: { contains: ` ${q}`, mode: 'insensitive' } },
      { email: { startsWith: q.toLowerCase() } },
      ...[...new Set(phones)].map((p) => ({ addresses: { some: { tenantId, phone: { startsWith: p } } } })),
    ],
  };
}

/**
 * A customer as the back office finds them to adjust their points or store credit: who they are and how to
 * reach them, nothing else (no roles, no other shops, no security settings).
 */
const CustomerMatch = builder.prismaObject('User', {
  variant: 'CustomerMatch',
  description: 'A customer of this shop found by a search.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.string({
      nullable: true,
      description: 'The phone of their default (else first) address at this shop.',
      select: (_a, ctx) => ({ addresses: { where: { tenantId: ctx.tenantId ?? '00000000-0000-0000-0000-000000000000', phone: { not: null } }, orderBy: [{ isDefault: 'desc' }, { id: 'asc' }], take: 1, select: { phone: true } } }),
      resolve: (u) => u.addresses[0]?.phone ?? null,
    }),
  }),
});

builder.queryField('customerSearch', (t) =>
  t.prismaConnection({
    type: CustomerMatch,
    cursor: 'id',
    maxSize: CUSTOMER_SEARCH_PAGE,
    defaultSize: CUSTOMER_SEARCH_PAGE,
    authScopes: ADMINS,
    description: 'This shop’s customers whose name (or a word of it), e-mail or saved phone starts with `text` (at least 2 characters), by id, 20 a page. Administrators (second factor), as for adjusting their points and store credit.',
    args: { text: t.arg.string({ required: true }) },
    resolve: (query, _r, { text }, ctx) => {
      const q = text.trim();
      if (q.length < 2 || q.length > 100) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Search with 2 to 100 characters');
      return ctx.prisma.user.findMany({ ...query, where: customerSearchWhere(ctx.tenantId!, q), orderBy: { id: 'asc' } });
    },
  }),
);
