import { ADMIN_ROLES, asQuery, config, isUuid, requireTenant, withUserErrors, type RoleName } from '@webwaka/kit';
import { approvedTemplatesOf, localCloudApiAllowed, removeConnection, saveConnection, type ApprovedTemplate } from '../services/conversations/connection';
import { replyAsStaff, setConversationHandler, windowOpen } from '../services/conversations/outbound';
import { customerConversation, eraseConversationByPhone, eraseCustomerConversation, exportConversationByPhone } from '../services/conversations/privacy';
import { builder, PAYMENT_ADMINS } from './builder';

/** The staff inbox (decision 0075): the shop's administrators and staff; never an API key, never a customer. */
const INBOX_STAFF = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[] };
const MAX_CONVERSATIONS = 50;
const MESSAGES_SHOWN = 100;

const ConversationHandlerEnum = builder.enumType('ConversationHandler', {
  description: 'Who answers a WhatsApp conversation: the shop assistant (BOT) or the shop’s people (STAFF).',
  values: ['BOT', 'STAFF'] as const,
});
const ConversationDirectionEnum = builder.enumType('ConversationDirection', { values: ['IN', 'OUT'] as const });
const ConversationMessageStatusEnum = builder.enumType('ConversationMessageStatus', {
  description: 'IN: QUEUED (not answered yet), DONE (answered), SKIPPED (older than the latest, or over the rate limit). OUT: QUEUED, DONE (WhatsApp took it), FAILED (see error).',
  values: ['QUEUED', 'DONE', 'SKIPPED', 'FAILED'] as const,
});

const WhatsappTemplate = builder.objectRef<ApprovedTemplate>('WhatsappTemplate').implement({
  description: 'A message template Meta approved for the number: sent in its language with a value for each body variable ({{1}}…).',
  fields: (t) => ({
    name: t.exposeString('name'),
    language: t.exposeString('language'),
    bodyVariables: t.exposeInt('bodyVariables', { description: 'How many values ({{1}} to {{n}}) a send must fill in.' }),
  }),
});

const WhatsappConnection = builder.prismaObject('WhatsappConnection', {
  description: 'The shop’s WhatsApp Business number on the Cloud API. The access token and app secret are sealed and never returned.',
  fields: (t) => ({
    phoneNumberId: t.exposeString('phoneNumberId'),
    displayPhoneNumber: t.exposeString('displayPhoneNumber'),
    baseUrl: t.exposeString('baseUrl'),
    approvedTemplates: t.exposeStringList('approvedTemplates', { description: 'Template names Meta approved for this number: staff may send them outside the 24-hour window.' }),
    templateLanguage: t.exposeString('templateLanguage'),
    templates: t.field({ type: [WhatsappTemplate], description: 'The approved templates with their language and body variables (decision 0085).', resolve: (c) => approvedTemplatesOf(c) }),
    verifyToken: t.exposeString('verifyToken', { description: 'What to enter as the verify token in Meta’s webhook settings.' }),
    webhookUrl: t.string({ description: 'The callback URL for Meta’s webhook settings.', resolve: () => `${config.publicGatewayUrl ?? ''}/webhooks/whatsapp` }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const ConversationMessage = builder.prismaObject('ConversationMessage', {
  fields: (t) => ({
    id: t.exposeID('id'),
    direction: t.field({ type: ConversationDirectionEnum, resolve: (m) => m.direction }),
    kind: t.exposeString('kind'),
    text: t.exposeString('text'),
    status: t.field({ type: ConversationMessageStatusEnum, resolve: (m) => m.status }),
    error: t.exposeString('error', { nullable: true }),
    fromStaff: t.boolean({ resolve: (m) => m.authorUserId !== null }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
  }),
});

const Conversation = builder.prismaObject('Conversation', {
  description: 'A customer’s WhatsApp chat with the shop.',
  fields: (t) => ({
    id: t.exposeID('id'),
    customerPhone: t.string({ resolve: (c) => `+${c.waId}` }),
    customerName: t.exposeString('customerName', { nullable: true }),
    handler: t.field({ type: ConversationHandlerEnum, resolve: (c) => c.handler }),
    language: t.exposeString('language'),
    lastInboundAt: t.expose('lastInboundAt', { type: 'DateTime', nullable: true }),
    windowOpen: t.boolean({ description: 'Whether the customer wrote in the last 24 hours (free-text replies allowed).', resolve: (c) => windowOpen(c.lastInboundAt) }),
    approvedTemplates: t.stringList({
      description: 'The templates staff may send (at any time, and the only replies outside the 24-hour window): the number’s approved list.',
      resolve: async (c, _a, ctx) => (await ctx.prisma.whatsappConnection.findUnique({ where: { tenantId: c.tenantId }, select: { approvedTemplates: true } }))?.approvedTemplates ?? [],
    }),
    templates: t.field({
      type: [WhatsappTemplate],
      description: 'The approved templates staff may send, with the number of values each needs (decision 0085).',
      resolve: async (c, _a, ctx) => {
        const conn = await ctx.prisma.whatsappConnection.findUnique({ where: { tenantId: c.tenantId }, select: { approvedTemplates: true, templateLanguage: true, templates: true } });
        return conn ? approvedTemplatesOf(conn) : [];
      },
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    messages: t.relation('messages', { description: 'The latest messages, oldest first.', query: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: MESSAGES_SHOWN } }),
    orders: t.prismaField({
      type: ['Order'],
      description: 'Orders placed from this chat, and other orders of the same phone number, newest first.',
      resolve: async (query, c, _a, ctx) => {
        const placed = await ctx.prisma.conversationOrder.findMany({ where: { conversationId: c.id, tenantId: c.tenantId }, select: { orderId: true } });
        return ctx.prisma.order.findMany({ ...query, where: { tenantId: c.tenantId, OR: [{ id: { in: placed.map((p) => p.orderId) } }, { phone: `+${c.waId}` }] }, orderBy: { createdAt: 'desc' }, take: 10 });
      },
    }),
  }),
});

builder.queryFields((t) => ({
  whatsappConnection: t.prismaField({
    type: 'WhatsappConnection',
    nullable: true,
    authScopes: PAYMENT_ADMINS,
    resolve: (query, _r, _a, ctx) => ctx.prisma.whatsappConnection.findUnique({ ...query, where: { tenantId: requireTenant(ctx) } }),
  }),
  whatsappSimulatorAvailable: t.boolean({
    description: 'Whether the WhatsApp simulator may stand in for the Cloud API here (the message sandbox is on; never in production).',
    authScopes: INBOX_STAFF,
    resolve: () => localCloudApiAllowed(),
  }),
  conversations: t.prismaField({
    type: ['Conversation'],
    authScopes: INBOX_STAFF,
    description: 'The shop’s WhatsApp conversations, latest first (50 at most); `handler` STAFF for the ones waiting for a person.',
    args: { handler: t.arg({ type: ConversationHandlerEnum }), first: t.arg.int() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.conversation.findMany({
        ...query,
        where: { tenantId: requireTenant(ctx), ...(args.handler ? { handler: args.handler } : {}) },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(args.first ?? MAX_CONVERSATIONS, 1), MAX_CONVERSATIONS),
      }),
  }),
  conversation: t.prismaField({
    type: 'Conversation',
    nullable: true,
    authScopes: INBOX_STAFF,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isUuid(String(id)) ? ctx.prisma.conversation.findFirst({ ...query, where: { id: String(id), tenantId: requireTenant(ctx) } }) : null),
  }),
}));

const WhatsappTemplateInput = builder.inputType('WhatsappTemplateInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'The template’s name in WhatsApp Manager (lower-case, digits, underscores).' }),
    language: t.string({ description: 'The language code it was approved in (en, en_US); absent: templateLanguage.' }),
    bodyVariables: t.int({ description: 'How many variables ({{1}}, {{2}}…) its body has; 0 when absent.' }),
  }),
});

const WhatsappConnectionInput = builder.inputType('WhatsappConnectionInput', {
  fields: (t) => ({
    phoneNumberId: t.string({ required: true, description: 'Meta’s phone number id (WhatsApp › API setup).' }),
    displayPhoneNumber: t.string({ required: true, description: 'The number customers write to.' }),
    accessToken: t.string({ description: 'A system user’s permanent token; write-only, absent keeps the stored one.' }),
    appSecret: t.string({ description: 'The Meta app’s secret (webhook signatures); write-only, absent keeps the stored one.' }),
    baseUrl: t.string({ description: 'Defaults to https://graph.facebook.com.' }),
    approvedTemplates: t.stringList({ description: 'The template names Meta approved (lower-case, digits, underscores); absent keeps the list.' }),
    templateLanguage: t.string({ description: 'The language code they were approved in (en, en_US); absent keeps it.' }),
    templates: t.field({ type: [WhatsappTemplateInput], description: 'The approved templates with language and body variables; replaces the list (approvedTemplates is then ignored).' }),
  }),
});

const ConnectionPayload = builder.payloadObject<{ connection: Awaited<ReturnType<typeof saveConnection>> | null }>('WhatsappConnectionPayload', (t) => ({
  connection: t.field({ type: WhatsappConnection, nullable: true, resolve: (p) => p.connection ?? null }),
}));
const ConversationPayload = builder.payloadObject<{ conversation: Awaited<ReturnType<typeof replyAsStaff>> }>('ConversationPayload', (t) => ({
  conversation: t.field({ type: Conversation, nullable: true, resolve: (p) => p.conversation ?? null }),
}));

builder.mutationFields((t) => ({
  saveWhatsappConnection: t.field({
    type: ConnectionPayload,
    authScopes: PAYMENT_ADMINS,
    args: { input: t.arg({ type: WhatsappConnectionInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ connection: await saveConnection(ctx, input) })),
  }),
  removeWhatsappConnection: t.field({
    type: ConnectionPayload,
    authScopes: PAYMENT_ADMINS,
    description: 'Disconnects the number: its webhooks are refused and nothing more is sent (conversations are kept).',
    resolve: (_r, _a, ctx) =>
      withUserErrors(async () => {
        await removeConnection(ctx);
        return { connection: null };
      }),
  }),
  replyToConversation: t.field({
    type: ConversationPayload,
    authScopes: INBOX_STAFF,
    description: 'Free text inside the customer’s 24-hour window (WHATSAPP_WINDOW_CLOSED outside it), or `template`: one of the number’s approved templates, at any time.',
    args: {
      conversationId: t.arg.id({ required: true }),
      text: t.arg.string(),
      template: t.arg.string({ description: 'An approved template’s name (sent instead of text).' }),
      templateParameters: t.arg.stringList({ description: 'A value for each of the template’s body variables, in order: one line, 1–1,024 characters, at most 4 spaces in a row.' }),
      clientId: t.arg.string({ required: true, description: 'Unique per reply: a repeated submit sends once.' }),
    },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => ({ conversation: await replyAsStaff(ctx, { conversationId: String(args.conversationId), text: args.text, template: args.template, templateParameters: args.templateParameters, clientId: args.clientId }) })),
  }),
  setConversationHandler: t.field({
    type: ConversationPayload,
    authScopes: INBOX_STAFF,
    description: 'STAFF: a person takes the chat (the bot goes quiet). BOT: hand it back to the shop assistant.',
    args: { conversationId: t.arg.id({ required: true }), handler: t.arg({ type: ConversationHandlerEnum, required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ conversation: await setConversationHandler(ctx, { conversationId: String(args.conversationId), handler: args.handler }) })),
  }),
}));

// A customer's conversation in their data export and erasure, for identity only (decision 0081): not in the public API.
const CUSTOMER_DATA = { apiScope: 'commerce:customer-data' };

builder.queryField('customerConversation', (t) =>
  t.field({
    type: 'JSON',
    nullable: true,
    inaccessible: true,
    authScopes: CUSTOMER_DATA,
    description: "The call's shop's WhatsApp conversation with a number (E.164): times, direction and text of every message.",
    args: { phone: t.arg.string({ required: true }) },
    resolve: (_r, { phone }, ctx) => asQuery(() => customerConversation(ctx, phone)),
  }),
);

builder.mutationField('eraseCustomerConversation', (t) =>
  t.int({
    inaccessible: true,
    authScopes: CUSTOMER_DATA,
    description: "Deletes the call's shop's WhatsApp conversation with a number (E.164) and its messages: 1, or 0 when there was none.",
    args: { phone: t.arg.string({ required: true }) },
    resolve: (_r, { phone }, ctx) => asQuery(() => eraseCustomerConversation(ctx, phone)),
  }),
);

// A data-subject request about a number that may have no account here (decision 0085): the shop's administrators
// (2FA; every call audited) export or erase the shop's conversation with it. Orders stay.
const ErasePayload = builder.payloadObject<{ erased: number }>('EraseWhatsappConversationPayload', (t) => ({
  erased: t.int({ description: '1 when a conversation was erased, 0 when the shop had none with the number.', resolve: (p) => p.erased ?? 0 }),
}));

builder.queryField('whatsappConversationExport', (t) =>
  t.field({
    type: 'JSON',
    nullable: true,
    authScopes: PAYMENT_ADMINS,
    description: 'The shop’s WhatsApp conversation with a number (E.164 or Nigerian local form) as JSON, for a person’s access request; null when there is none. Audited.',
    args: { phone: t.arg.string({ required: true }) },
    resolve: (_r, { phone }, ctx) => asQuery(() => exportConversationByPhone(ctx, phone)),
  }),
);

builder.mutationField('eraseWhatsappConversation', (t) =>
  t.field({
    type: ErasePayload,
    authScopes: PAYMENT_ADMINS,
    description: 'Erases the shop’s WhatsApp conversation with a number and its messages on the person’s request (orders stay, as accounting law requires). Audited.',
    args: { phone: t.arg.string({ required: true }) },
    resolve: (_r, { phone }, ctx) => withUserErrors(async () => ({ erased: await eraseConversationByPhone(ctx, phone) })),
  }),
);
