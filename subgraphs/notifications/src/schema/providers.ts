import { withUserErrors, type MessageChannel } from '@webwaka/kit';
import { deliveryReportUrl } from '../services/delivery-reports';
import { listProviders, saveProvider, type ProviderView } from '../services/providers';
import { asQuery, builder, MESSAGE_ADMINS, NotificationChannelEnum } from './builder';

const NotificationProvider = builder.objectRef<ProviderView>('NotificationProvider').implement({
  description: 'How a channel’s messages leave: the tenant’s own provider, the installation’s, or the local sandbox. Credentials are never returned.',
  fields: (t) => ({
    channel: t.field({ type: NotificationChannelEnum, resolve: (v) => v.channel }),
    provider: t.exposeString('provider', { description: 'smtp, termii, africastalking, whatsapp-cloud, or none.' }),
    senderId: t.exposeString('senderId', { nullable: true, description: 'The tenant’s: from address, SMS sender id, or WhatsApp phone number id.' }),
    baseUrl: t.exposeString('baseUrl', { nullable: true }),
    configured: t.exposeBoolean('configured', { description: 'Whether the tenant set its own (false: the installation’s).' }),
    sandbox: t.exposeBoolean('sandbox', { description: 'Whether messages go to the local sandbox instead of anyone.' }),
    deliveryReportUrl: t.string({
      nullable: true,
      description: 'Where the tenant’s own Termii or Africa’s Talking account sends its delivery reports (set it in the provider’s dashboard; it holds a secret token). Null for the others.',
      resolve: (v, _a, ctx) => (v.configured && (v.provider === 'termii' || v.provider === 'africastalking') && ctx.tenantId ? deliveryReportUrl(v.provider, ctx.tenantId) : null),
    }),
  }),
});

const SaveNotificationProviderInput = builder.inputType('SaveNotificationProviderInput', {
  fields: (t) => ({
    channel: t.field({ type: NotificationChannelEnum, required: true }),
    provider: t.string({ required: true, description: 'smtp | termii | africastalking | whatsapp-cloud | sandbox | default (the installation’s).' }),
    senderId: t.string(),
    baseUrl: t.string({ description: 'An https:// address, when the provider gives the account its own.' }),
    credentials: t.string({ description: 'Write-only: the API key (Africa’s Talking: username:apiKey), token, or SMTP URL with password. Empty keeps the stored ones.' }),
  }),
});

builder.queryFields((t) => ({
  notificationProviders: t.field({
    type: [NotificationProvider],
    authScopes: MESSAGE_ADMINS,
    resolve: (_r, _a, ctx) => asQuery(() => listProviders(ctx.prisma, ctx.tenantId!)),
  }),
}));

builder.mutationFields((t) => ({
  saveNotificationProvider: t.field({
    type: builder.payloadObject<{ provider: ProviderView | null }>('SaveNotificationProviderPayload', (p) => ({
      provider: p.field({ type: NotificationProvider, nullable: true, resolve: (x) => x.provider ?? null }),
    })),
    authScopes: MESSAGE_ADMINS,
    args: { input: t.arg({ type: SaveNotificationProviderInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ provider: await saveProvider(ctx.prisma, ctx.tenantId!, { ...input, channel: input.channel as MessageChannel }) })),
  }),
}));
