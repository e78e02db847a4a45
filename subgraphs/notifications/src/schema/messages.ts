import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import { retryMessage } from '../services/log';
import { asQuery, builder, MESSAGE_ADMINS, NotificationChannelEnum, NotificationStatusEnum } from './builder';

/** One message on one channel, as the delivery log shows it: the secret it carried, if any, redacted. */
export const NotificationMessage = builder.prismaObject('Message', {
  name: 'NotificationMessage',
  fields: (t) => ({
    id: t.exposeID('id'),
    template: t.exposeString('template'),
    channel: t.field({ type: NotificationChannelEnum, resolve: (m) => m.channel }),
    recipient: t.exposeString('recipient'),
    locale: t.exposeString('locale'),
    subject: t.exposeString('subject', { nullable: true }),
    body: t.exposeString('body', { description: 'As rendered when queued, with a one-time link or code shown as ••••••.' }),
    status: t.field({ type: NotificationStatusEnum, resolve: (m) => m.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    provider: t.exposeString('provider', { nullable: true }),
    providerMessageId: t.exposeString('providerMessageId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => (m.status === 'QUEUED' || m.status === 'FAILED' ? m.nextAttemptAt : null) }),
  }),
});

builder.queryFields((t) => ({
  notificationMessages: t.prismaConnection({
    type: 'Message',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: MESSAGE_ADMINS,
    description: 'The delivery log, newest first; the DEAD ones are the dead-letter list.',
    args: { status: t.arg({ type: NotificationStatusEnum }), channel: t.arg({ type: NotificationChannelEnum }), recipient: t.arg.string() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.message.findMany({
        ...query,
        where: {
          tenantId: ctx.tenantId!,
          ...(args.status ? { status: args.status } : {}),
          ...(args.channel ? { channel: args.channel } : {}),
          ...(args.recipient ? { recipient: { contains: args.recipient.trim().toLowerCase().slice(0, 254) } } : {}),
        },
        orderBy: { id: 'desc' },
      }),
  }),
  notificationMessage: t.prismaField({
    type: 'Message',
    nullable: true,
    authScopes: MESSAGE_ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => asQuery(() => ctx.prisma.message.findFirst({ ...query, where: { id: String(id), tenantId: ctx.tenantId! } })),
  }),
}));

builder.mutationFields((t) => ({
  retryNotification: t.field({
    type: builder.payloadObject<{ message: any }>('RetryNotificationPayload', (p) => ({ message: p.field({ type: NotificationMessage, nullable: true, resolve: (x) => x.message ?? null }) })),
    authScopes: MESSAGE_ADMINS,
    description: 'Sends a FAILED or DEAD message again now (a message whose one-time link was erased cannot be: the person asks for a new one).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ message: await retryMessage(ctx, String(id)) })),
  }),
}));
