import { DomainError, ErrorCode, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

const BPS_MAX = 10_000;


/** The tenant's settings; a tenant that never changed them reads the defaults (7.5% VAT, tax-inclusive, 10%). */
export async function getCatalogSettings(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string) {
  return (
    (await ctx.prisma.catalogSettings.findUnique({ where: { tenantId } })) ?? {
      tenantId,
      taxRateBps: 750,
      pricesIncludeTax: true,
      defaultCommissionBps: 1000,
      updatedAt: new Date(0),
    }
  );
}

export async function updateCatalogSettings(ctx: ServiceContext, input: { taxRateBps?: number | null; pricesIncludeTax?: boolean | null; defaultCommissionBps?: number | null }) {
  const tenantId = requireTenant(ctx);
  for (const field of ['taxRateBps', 'defaultCommissionBps'] as const) {
    const v = input[field];
    if (v !== undefined && v !== null && (!Number.isInteger(v) || v < 0 || v > BPS_MAX)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a whole number of basis points from 0 to ${BPS_MAX}`, [field]);
    }
  }
  const data = {
    ...(input.taxRateBps != null ? { taxRateBps: input.taxRateBps } : {}),
    ...(input.pricesIncludeTax != null ? { pricesIncludeTax: input.pricesIncludeTax } : {}),
    ...(input.defaultCommissionBps != null ? { defaultCommissionBps: input.defaultCommissionBps } : {}),
  };
  return ctx.prisma.catalogSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
}
