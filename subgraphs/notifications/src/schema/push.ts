import { withUserErrors } from '@webwaka/kit';
import { vapidKeys } from '../services/channels/webpush';
import { listPushSubscriptions, registerPushSubscription, removePushSubscription, type PushSubscriptionView } from '../services/push-subscriptions';
import { asQuery, builder } from './builder';

/** Web push (decision 0063): the browsers a signed-in user gets this shop's order updates on. */
const PushSubscription = builder.objectRef<PushSubscriptionView>('PushSubscription').implement({
  description: 'One browser subscribed to this shop’s notifications for the signed-in user. Its keys are never returned.',
  fields: (t) => ({
    id: t.exposeID('id'),
    endpointOrigin: t.exposeString('endpointOrigin', { description: 'The push service it goes through (https://fcm.googleapis.com, …).' }),
    label: t.exposeString('label', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const RegisterPushSubscriptionInput = builder.inputType('RegisterPushSubscriptionInput', {
  description: 'What the browser’s PushSubscription.toJSON() gives: endpoint and keys.p256dh / keys.auth.',
  fields: (t) => ({
    endpoint: t.string({ required: true }),
    p256dh: t.string({ required: true }),
    auth: t.string({ required: true }),
    label: t.string({ description: 'How the user will recognise this device in the list.' }),
  }),
});

const userOf = (ctx: { tenantId: string | null; actor: { kind: string; userId?: string | null } }) => (ctx.tenantId && ctx.actor.kind === 'user' && ctx.actor.userId ? ctx.actor.userId : null);

builder.queryFields((t) => ({
  webPushPublicKey: t.string({
    description: 'The installation’s VAPID public key (base64url): the applicationServerKey a browser subscribes with.',
    resolve: (_r, _a, ctx) => asQuery(async () => (await vapidKeys(ctx.prisma)).publicKey),
  }),
  myPushSubscriptions: t.field({
    type: [PushSubscription],
    authScopes: { authenticated: true },
    description: 'The signed-in user’s browsers subscribed at this shop.',
    resolve: (_r, _a, ctx) => asQuery(async () => {
      const userId = userOf(ctx);
      return userId ? listPushSubscriptions(ctx.prisma, ctx.tenantId!, userId) : [];
    }),
  }),
}));

builder.mutationFields((t) => ({
  registerPushSubscription: t.field({
    type: builder.payloadObject<{ subscription: PushSubscriptionView | null }>('RegisterPushSubscriptionPayload', (p) => ({
      subscription: p.field({ type: PushSubscription, nullable: true, resolve: (x) => x.subscription ?? null }),
    })),
    authScopes: { authenticated: true },
    description: 'Subscribes this browser to the signed-in user’s order updates at this shop (the same browser again replaces its keys).',
    args: { input: t.arg({ type: RegisterPushSubscriptionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => {
        const userId = userOf(ctx);
        return { subscription: userId ? await registerPushSubscription(ctx.prisma, ctx.tenantId!, userId, input) : null };
      }),
  }),
  removePushSubscription: t.field({
    type: builder.payloadObject<{ removed: boolean }>('RemovePushSubscriptionPayload', (p) => ({ removed: p.boolean({ resolve: (x) => !!x.removed }) })),
    authScopes: { authenticated: true },
    description: 'Stops notifications to one of the signed-in user’s browsers, named by id or by its endpoint. Someone else’s is not found (removed: false).',
    args: { id: t.arg.id(), endpoint: t.arg.string() },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => {
        const userId = userOf(ctx);
        return { removed: userId ? await removePushSubscription(ctx.prisma, ctx.tenantId!, userId, { id: args.id ? String(args.id) : null, endpoint: args.endpoint ?? null }) : false };
      }),
  }),
}));
