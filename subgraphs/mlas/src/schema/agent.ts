import { MAX_PAGE_SIZE, isUuid, requireTenant, withUserErrors } from '@webwaka/kit';
import { tenantAncestry } from '../services/ancestry';
import { createAgent, myAgent, setAgentStatus, setAgentUpline, type AgentRow } from '../services/agents';
import { recordReferralTouch } from '../services/attribution';
import { AGENTS, AgentStatusEnum, builder, isReader, MLAS_ADMINS, MLAS_READERS } from './builder';

const STOREFRONT_URL = (process.env.STOREFRONT_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const AgentProfile = builder.prismaObject('AgentProfile', {
  description: 'An agent of the tenant: referral code, upline and downline.',
  fields: (t) => ({
    id: t.exposeID('id'),
    userId: t.exposeID('userId'),
    email: t.string({
      nullable: true,
      description: 'Shown to administrators, staff and the agent itself.',
      resolve: (a, _args, ctx) => (isReader(ctx) || (ctx.actor.kind === 'user' && ctx.actor.userId === a.userId) ? a.email : null),
    }),
    code: t.exposeString('code'),
    status: t.expose('status', { type: AgentStatusEnum }),
    upline: t.relation('upline', { nullable: true }),
    downline: t.relation('downline', { description: 'Agents directly beneath this one.', query: () => ({ orderBy: { id: 'asc' as const } }) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const Referral = builder.objectRef<{ agent: AgentRow; link: string }>('Referral').implement({
  description: 'The signed-in agent’s referral code and the storefront link that carries it.',
  fields: (t) => ({
    code: t.string({ resolve: (r) => r.agent.code }),
    link: t.exposeString('link'),
    agent: t.prismaField({ type: 'AgentProfile', resolve: (query, r, _a, ctx) => ctx.prisma.agentProfile.findUniqueOrThrow({ ...query, where: { id: r.agent.id } }) }),
  }),
});

builder.queryFields((t) => ({
  agents: t.prismaConnection({
    type: 'AgentProfile',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: MLAS_READERS,
    args: { status: t.arg({ type: AgentStatusEnum }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.agentProfile.findMany({ ...query, where: { tenantId: requireTenant(ctx), ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'asc' } }),
  }),
  agentProfile: t.prismaField({
    type: 'AgentProfile',
    nullable: true,
    authScopes: MLAS_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isUuid(String(id)) ? ctx.prisma.agentProfile.findFirst({ ...query, where: { id: String(id), tenantId: requireTenant(ctx) } }) : null),
  }),
  myReferral: t.field({
    type: Referral,
    nullable: true,
    authScopes: AGENTS,
    description: 'Your referral code and link here, or null when you have no agent profile in this tenant.',
    resolve: async (_r, _a, ctx) => {
      const agent = await myAgent(ctx);
      if (!agent) return null;
      const { tenant } = await tenantAncestry(ctx.peers, agent.tenantId, ctx.requestId);
      const base = tenant.kind === 'MARKETPLACE' ? 'm' : 's';
      return { agent, link: `${STOREFRONT_URL}/${base}/${tenant.slug}?ref=${encodeURIComponent(agent.code)}` };
    },
  }),
}));

const AgentPayload = builder.payloadObject<{ agent: AgentRow }>('AgentPayload', (t) => ({
  agent: t.field({ type: AgentProfile, nullable: true, resolve: (p) => p.agent ?? null }),
}));

const CreateAgentInput = builder.inputType('CreateAgentInput', {
  fields: (t) => ({
    email: t.string({ required: true, description: 'A member of this tenant with the AGENT role.' }),
    uplineId: t.id(),
    code: t.string({ description: 'A code of your choosing (e.g. ADE-LAGOS); generated when absent.' }),
  }),
});

const ReferralTouchPayload = builder.payloadObject<{ recorded: boolean }>('ReferralTouchPayload', (t) => ({
  recorded: t.boolean({ resolve: (p) => !!p.recorded }),
}));

builder.mutationFields((t) => ({
  createAgent: t.field({
    type: AgentPayload,
    authScopes: MLAS_ADMINS,
    args: { input: t.arg({ type: CreateAgentInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ agent: await createAgent(ctx, { ...input, uplineId: input.uplineId == null ? null : String(input.uplineId) }) })),
  }),
  setAgentUpline: t.field({
    type: AgentPayload,
    authScopes: MLAS_ADMINS,
    description: 'Put an agent under another (null: no upline). Uplines cannot loop.',
    args: { agentId: t.arg.id({ required: true }), uplineId: t.arg.id() },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => ({ agent: await setAgentUpline(ctx, { agentId: String(args.agentId), uplineId: args.uplineId == null ? null : String(args.uplineId) }) })),
  }),
  setAgentStatus: t.field({
    type: AgentPayload,
    authScopes: MLAS_ADMINS,
    description: 'Suspend an agent (no new orders are attributed to it; its upline levels are skipped) or reactivate it.',
    args: { agentId: t.arg.id({ required: true }), status: t.arg({ type: AgentStatusEnum, required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ agent: await setAgentStatus(ctx, { agentId: String(args.agentId), status: args.status }) })),
  }),
  recordReferralTouch: t.field({
    type: ReferralTouchPayload,
    description: 'Called by storefronts when a page is opened with ?ref=CODE. Anyone may call it (rate-limited by the gateway).',
    args: { code: t.arg.string({ required: true }), visitorId: t.arg.string({ required: true }), deviceId: t.arg.string() },
    resolve: (_r, args, ctx) => withUserErrors(async () => (await recordReferralTouch(ctx, args), { recorded: true })),
  }),
}));
