/** What receipts print besides the sale: the business's header (name, address), footer and VAT number. */
import { DomainError, ErrorCode, requireTenant } from '@webwaka/kit';
import type { Db, ServiceContext } from './context';

const LIMITS = { receiptHeader: 300, receiptFooter: 300, vatNumber: 40 } as const;

export async function posSettings(db: Db, tenantId: string) {
  return (await db.posSettings.findUnique({ where: { tenantId } })) ?? { tenantId, receiptHeader: '', receiptFooter: '', vatNumber: '', updatedAt: new Date(0) };
}

export async function updatePosSettings(ctx: ServiceContext, input: { receiptHeader: string; receiptFooter: string; vatNumber: string }) {
  const tenantId = requireTenant(ctx);
  const data = {} as Record<keyof typeof LIMITS, string>;
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = (input[field] ?? '').trim();
    if (value.length > LIMITS[field]) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${LIMITS[field]} characters`, [field]);
    data[field] = value;
  }
  return ctx.prisma.posSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
}
