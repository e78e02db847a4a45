import { AppError, DomainError, ErrorCode, uuidv7, isUniqueViolation } from '@webwaka/kit';
import type { ServiceContext } from './context';

export function requireTenant(ctx: Pick<ServiceContext, 'tenantId'>): string {
  if (!ctx.tenantId) throw new AppError(ErrorCode.TENANT_NOT_FOUND, 'This operation needs a tenant (sign in, or send x-tenant)');
  return ctx.tenantId;
}

const CODE_RE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;

/** A place stock is kept: a warehouse, a shop, a POS till, a delivery vehicle. */
export async function createLocation(ctx: ServiceContext, input: { code: string; name: string; kind: 'WAREHOUSE' | 'SHOP' | 'POS_TILL' | 'VEHICLE' }) {
  const tenantId = requireTenant(ctx);
  const code = (input.code ?? '').trim().toUpperCase();
  if (!CODE_RE.test(code)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Code must be 1-32 letters, digits or dashes', ['code']);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 120 characters', ['name']);
  try {
    return await ctx.prisma.location.create({ data: { id: uuidv7(), tenantId, code, name, kind: input.kind } });
  } catch (e) {
    if (isUniqueViolation(e, 'code')) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A location with that code exists', ['code']);
    throw e;
  }
}
