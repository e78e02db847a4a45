/**
 * Rewards at the till (decision 0080). pos asks, for the till's cashier, what a customer it found holds:
 * their points and what they are worth (a service-only read: a till never lists a shop's customers, it
 * only learns the balance of the one it found by e-mail or phone). Spending them at a till: pos-holds.ts.
 */
import { DomainError, ErrorCode, isUuid, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { balanceOf, programmeOf } from './loyalty';

export interface PosCustomerPoints {
  enabled: boolean;
  points: number;
  /** The points' value in minor units of `currency`. */
  value: bigint;
  currency: string;
}

export async function posCustomerPoints(ctx: ServiceContext, userId: string): Promise<PosCustomerPoints> {
  const tenantId = requireTenant(ctx);
  if (!isUuid(userId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'userId must be an id', ['userId']);
  const [programme, points] = await Promise.all([programmeOf(ctx.prisma, tenantId), balanceOf(ctx.prisma, tenantId, userId)]);
  return { enabled: programme.enabled, points, value: BigInt(points) * programme.pointValue, currency: programme.currency };
}
