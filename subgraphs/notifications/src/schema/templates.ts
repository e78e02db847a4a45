import { withUserErrors, type MessageChannel } from '@webwaka/kit';
import { audienceOf } from '../services/audience';
import { DEFAULT_LOCALE } from '../services/catalogue';
import { listTemplates, previewTemplate, resetTemplate, saveTemplate, type TemplateView } from '../services/templates';
import { asQuery, builder, MESSAGE_ADMINS, NotificationChannelEnum } from './builder';

const NotificationTemplate = builder.objectRef<TemplateView>('NotificationTemplate').implement({
  description: 'The text of one message on one channel in one language: the tenant’s own, or the default.',
  fields: (t) => ({
    key: t.exposeString('key'),
    channel: t.field({ type: NotificationChannelEnum, resolve: (v) => v.channel }),
    locale: t.exposeString('locale'),
    subject: t.exposeString('subject', { nullable: true }),
    body: t.exposeString('body'),
    customised: t.exposeBoolean('customised'),
    variables: t.exposeStringList('variables', { description: 'What {{…}} may name in it.' }),
  }),
});

const NotificationPreview = builder.objectRef<{ subject: string | null; text: string; html: string | null }>('NotificationPreview').implement({
  fields: (t) => ({ subject: t.exposeString('subject', { nullable: true }), text: t.exposeString('text'), html: t.exposeString('html', { nullable: true }) }),
});

const NotificationTemplateInput = builder.inputType('NotificationTemplateInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    channel: t.field({ type: NotificationChannelEnum, required: true }),
    locale: t.string({ required: true }),
    subject: t.string(),
    body: t.string({ required: true }),
  }),
});

builder.queryFields((t) => ({
  notificationTemplates: t.field({
    type: [NotificationTemplate],
    authScopes: MESSAGE_ADMINS,
    description: 'Every message on every channel it can go on, in one language (en, pcm, ha, yo, ig), as this tenant sends it.',
    args: { locale: t.arg.string() },
    resolve: (_r, { locale }, ctx) => asQuery(() => listTemplates(ctx.prisma, ctx.tenantId!, locale ?? DEFAULT_LOCALE)),
  }),
  previewNotificationTemplate: t.field({
    type: NotificationPreview,
    authScopes: MESSAGE_ADMINS,
    description: 'A draft rendered with sample values and the tenant’s name and colours (any one-time link shown redacted).',
    args: { input: t.arg({ type: NotificationTemplateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      asQuery(async () => {
        const brand = await audienceOf(ctx.peers, ctx.tenantId!, {}, ctx.requestId);
        return previewTemplate({ ...input, channel: input.channel as MessageChannel }, brand ?? { storeName: 'Your shop' });
      }),
  }),
}));

const TemplatePayload = builder.payloadObject<{ template: TemplateView | null }>('NotificationTemplatePayload', (p) => ({
  template: p.field({ type: NotificationTemplate, nullable: true, resolve: (x) => x.template ?? null }),
}));

builder.mutationFields((t) => ({
  saveNotificationTemplate: t.field({
    type: TemplatePayload,
    authScopes: MESSAGE_ADMINS,
    description: 'Sets this tenant’s text of a message on a channel in a language (messages queued from now on use it).',
    args: { input: t.arg({ type: NotificationTemplateInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ template: await saveTemplate(ctx.prisma, ctx.tenantId!, { ...input, channel: input.channel as MessageChannel }) })),
  }),
  resetNotificationTemplate: t.field({
    type: TemplatePayload,
    authScopes: MESSAGE_ADMINS,
    description: 'Goes back to the default text.',
    args: { key: t.arg.string({ required: true }), channel: t.arg({ type: NotificationChannelEnum, required: true }), locale: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ template: await resetTemplate(ctx.prisma, ctx.tenantId!, args.key, args.channel as MessageChannel, args.locale) })),
  }),
}));
