import { withUserErrors } from '@webwaka/kit';
import { preferencesOf, setPreferences, unsubscribe, type Preferences } from '../services/preferences';
import { asQuery, builder } from './builder';

const NotificationPreferences = builder.objectRef<Preferences>('NotificationPreferences').implement({
  description: 'What a customer hears from this shop beyond receipts and account security (which always go by e-mail).',
  fields: (t) => ({
    marketingEmail: t.exposeBoolean('marketingEmail'),
    marketingSms: t.exposeBoolean('marketingSms'),
    orderUpdatesSms: t.exposeBoolean('orderUpdatesSms'),
    orderUpdatesWhatsapp: t.exposeBoolean('orderUpdatesWhatsapp'),
  }),
});

const NotificationPreferencesInput = builder.inputType('NotificationPreferencesInput', {
  fields: (t) => ({ marketingEmail: t.boolean(), marketingSms: t.boolean(), orderUpdatesSms: t.boolean(), orderUpdatesWhatsapp: t.boolean() }),
});

const signedInHere = (ctx: { tenantId: string | null; actor: { kind: string } }) => !!ctx.tenantId && ctx.actor.kind === 'user';

builder.queryFields((t) => ({
  myNotificationPreferences: t.field({
    type: NotificationPreferences,
    authScopes: { authenticated: true },
    resolve: (_r, _a, ctx) => asQuery(() => preferencesOf(ctx.prisma, ctx.tenantId!, ctx.actor.kind === 'user' ? (ctx.actor.userId ?? '') : '')),
  }),
}));

builder.mutationFields((t) => ({
  setMyNotificationPreferences: t.field({
    type: builder.payloadObject<{ preferences: Preferences | null }>('SetNotificationPreferencesPayload', (p) => ({
      preferences: p.field({ type: NotificationPreferences, nullable: true, resolve: (x) => x.preferences ?? null }),
    })),
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: NotificationPreferencesInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        preferences: signedInHere(ctx) && ctx.actor.kind === 'user' && ctx.actor.userId ? await setPreferences(ctx.prisma, ctx.tenantId!, ctx.actor.userId, { ...input } as Partial<Preferences>) : null,
      })),
  }),
  unsubscribe: t.field({
    type: builder.payloadObject<{ ok: boolean }>('UnsubscribePayload', (p) => ({ ok: p.boolean({ resolve: (x) => !!x.ok }) })),
    description: 'One-click unsubscribe from a marketing message’s link: no sign-in; the token names the shop and the address.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_r, { token }, ctx) =>
      withUserErrors(async () => {
        await unsubscribe(ctx.prisma, ctx.tenantId!, token.slice(0, 1000));
        return { ok: true };
      }),
  }),
}));
