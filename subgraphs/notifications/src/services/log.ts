/** The delivery log's one change: an administrator sends a failed or dead message again. */
import { DomainError, ErrorCode } from '@webwaka/kit';
import { CATALOGUE, isTemplateKey } from './catalogue';
import type { ServiceContext } from './context';

export async function retryMessage(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'> & { onQueued?: () => void }, id: string) {
  const message = await ctx.prisma.message.findFirst({ where: { id, tenantId: ctx.tenantId! } });
  if (!message) throw new DomainError(ErrorCode.NOT_FOUND, 'No such message', ['id']);
  if (message.status !== 'FAILED' && message.status !== 'DEAD') throw new DomainError(ErrorCode.INVALID_TRANSITION, `A ${message.status.toLowerCase()} message is not sent again`, ['id']);
  if (isTemplateKey(message.template) && CATALOGUE[message.template].secret && !message.secretSealed) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This message carried a one-time link or code that is no longer kept: the person asks for a new one', ['id']);
  }
  const updated = await ctx.prisma.message.updateMany({ where: { id, status: message.status }, data: { status: 'QUEUED', attempts: 0, nextAttemptAt: new Date(), lastError: null } });
  if (!updated.count) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The message changed meanwhile; look again', ['id']);
  ctx.onQueued?.();
  return ctx.prisma.message.findUniqueOrThrow({ where: { id } });
}
