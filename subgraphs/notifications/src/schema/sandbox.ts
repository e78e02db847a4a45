import { builder, NotificationChannelEnum, PLATFORM_OPERATORS } from './builder';

/** What the embedded default's local mail sink and provider sandboxes received (decision 0055). */
builder.prismaObject('SandboxMessage', {
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.field({ type: NotificationChannelEnum, resolve: (m) => m.channel }),
    provider: t.exposeString('provider'),
    from: t.exposeString('from', { nullable: true }),
    to: t.exposeString('to'),
    subject: t.exposeString('subject', { nullable: true }),
    text: t.exposeString('text'),
    html: t.exposeString('html', { nullable: true, description: 'As received: show it only in a sandboxed frame.' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
  }),
});

const MAX_SANDBOX_PAGE = 100;

builder.queryFields((t) => ({
  sandboxMessages: t.prismaField({
    type: ['SandboxMessage'],
    authScopes: PLATFORM_OPERATORS,
    description: 'The mailbox of the local sandboxes, newest first: every tenant’s messages, so for platform operators only.',
    args: { channel: t.arg({ type: NotificationChannelEnum }), to: t.arg.string(), first: t.arg.int() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.sandboxMessage.findMany({
        ...query,
        where: { ...(args.channel ? { channel: args.channel } : {}), ...(args.to ? { to: { contains: args.to.trim().toLowerCase().slice(0, 254) } } : {}) },
        orderBy: { receivedAt: 'desc' },
        take: Math.min(Math.max(args.first ?? 50, 1), MAX_SANDBOX_PAGE),
      }),
  }),
}));
