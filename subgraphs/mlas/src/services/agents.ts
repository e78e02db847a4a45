/**
 * Agents of a tenant. Rules:
 * - One profile per (tenant, user); the user must hold the AGENT role in the tenant (asked of identity by
 *   e-mail, as a service actor with `identity:read`), and the profile keeps the e-mail for the
 *   self-referral check.
 * - A referral code is unique in the tenant, human-friendly (`MUS-7K2Q`: three letters of the e-mail, then
 *   four characters without look-alikes 0/O/1/I), or chosen by the administrator.
 * - An upline is another agent of the same tenant and the chain never loops (checked here with a clear
 *   error, and by a trigger that serialises a tenant's upline changes, for concurrent changes).
 * - Only ACTIVE agents are attributed orders; a SUSPENDED one keeps its downline and history.
 */
import { randomInt } from 'node:crypto';
import { DomainError, ErrorCode, callPeer, isUniqueViolation, isUuid, requireTenant, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';

export type AgentStatus = 'ACTIVE' | 'SUSPENDED';
export type AgentRow = Awaited<ReturnType<Tx['agentProfile']['findUniqueOrThrow']>>;

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_RE = /^[A-Z0-9]{2,12}(-[A-Z0-9]{2,12})?$/;
const CODE_ATTEMPTS = 8;

export function generateCode(email: string): string {
  const prefix = (email.split('@')[0].toUpperCase().replace(/[^A-Z]/g, '') + 'AGT').slice(0, 3);
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${prefix}-${suffix}`;
}

export const normalizeCode = (raw: string | null | undefined) => (raw ?? '').trim().toUpperCase();

/** The tenant's agent with that id, or NOT_FOUND (foreign and malformed ids alike). */
export async function findAgent(db: Pick<Tx, 'agentProfile'>, tenantId: string, id: string | null | undefined, field: string[]) {
  const agent = isUuid(id) ? await db.agentProfile.findFirst({ where: { id, tenantId } }) : null;
  if (!agent) throw new DomainError(ErrorCode.NOT_FOUND, 'No such agent', field);
  return agent;
}

/** The caller's own agent profile in the request's tenant, or null. */
export async function myAgent(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>) {
  const tenantId = requireTenant(ctx);
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId) return null;
  return ctx.prisma.agentProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: ctx.actor.userId } } });
}

const MEMBERS = `query MlasAgentMembers($after: String) {
  members(role: AGENT, first: 100, after: $after) { edges { node { user { id email } } } pageInfo { hasNextPage endCursor } }
}`;

/** The user with that e-mail among the tenant's AGENT members, asked of identity. */
async function findAgentMember(ctx: ServiceContext, tenantId: string, email: string): Promise<{ id: string; email: string }> {
  let after: string | null = null;
  for (;;) {
    const data: any = await callPeer(ctx.peers, 'identity', MEMBERS, { after }, { tenantId, service: 'mlas', scopes: ['identity:read'], requestId: ctx.requestId });
    const found = data.members.edges.map((e: any) => e.node.user).find((u: { email: string }) => u.email.toLowerCase() === email);
    if (found) return found;
    if (!data.members.pageInfo.hasNextPage) break;
    after = data.members.pageInfo.endCursor;
  }
  throw new DomainError(ErrorCode.NOT_FOUND, 'No user with that e-mail holds the AGENT role here (grant it first)', ['email']);
}

/** Walks up from `uplineId`; refuses when it reaches `agentId` (the new link would close a loop). */
async function assertNoCycle(tx: Tx, tenantId: string, agentId: string, uplineId: string) {
  for (let cursor: string | null = uplineId, steps = 0; cursor; steps++) {
    if (cursor === agentId || steps > 10_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That upline is in this agent’s downline: uplines cannot loop', ['uplineId']);
    const row: { uplineId: string | null } | null = await tx.agentProfile.findFirst({ where: { id: cursor, tenantId }, select: { uplineId: true } });
    cursor = row?.uplineId ?? null;
  }
}

export async function createAgent(ctx: ServiceContext, input: { email: string; uplineId?: string | null; code?: string | null }) {
  const tenantId = requireTenant(ctx);
  const email = (input.email ?? '').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter an e-mail address', ['email']);
  const chosen = input.code ? normalizeCode(input.code) : null;
  if (chosen !== null && !CODE_RE.test(chosen)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A code is 2-12 letters or digits, optionally a dash and 2-12 more', ['code']);
  if (input.uplineId) await findAgent(ctx.prisma, tenantId, input.uplineId, ['uplineId']);
  const user = await findAgentMember(ctx, tenantId, email);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.prisma.agentProfile.create({
        data: { id: uuidv7(), tenantId, userId: user.id, email, code: chosen ?? generateCode(email), uplineId: input.uplineId ?? null },
      });
    } catch (e) {
      if (isUniqueViolation(e, 'userId')) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'That user is already an agent here', ['email']);
      if (isUniqueViolation(e, 'code')) {
        if (chosen !== null) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'That code is taken', ['code']);
        if (attempt < CODE_ATTEMPTS) continue;
      }
      throw e;
    }
  }
}

export async function setAgentUpline(ctx: ServiceContext, input: { agentId: string; uplineId?: string | null }) {
  const tenantId = requireTenant(ctx);
  const agent = await findAgent(ctx.prisma, tenantId, input.agentId, ['agentId']);
  const uplineId = input.uplineId ?? null;
  if (uplineId) await findAgent(ctx.prisma, tenantId, uplineId, ['uplineId']);
  if (agent.uplineId === uplineId) return agent;
  return ctx.prisma.$transaction(async (tx) => {
    if (uplineId) await assertNoCycle(tx, tenantId, agent.id, uplineId);
    return tx.agentProfile.update({ where: { id: agent.id }, data: { uplineId } });
  }, TX_OPTIONS);
}

export async function setAgentStatus(ctx: ServiceContext, input: { agentId: string; status: AgentStatus }) {
  const tenantId = requireTenant(ctx);
  const agent = await findAgent(ctx.prisma, tenantId, input.agentId, ['agentId']);
  if (agent.status === input.status) return agent;
  return ctx.prisma.agentProfile.update({ where: { id: agent.id }, data: { status: input.status } });
}

/**
 * The agents at levels 1..depth above and including `agent` (index 0 = level 1); a SUSPENDED agent's level
 * is null (its share is unclaimed) but the walk goes on to its upline.
 */
export async function agentChain(tx: Pick<Tx, 'agentProfile'>, tenantId: string, agent: { id: string } | null, depth: number) {
  const chain: ({ id: string; userId: string } | null)[] = [];
  const seen = new Set<string>();
  let cursor: string | null = agent?.id ?? null;
  while (cursor && chain.length < depth && !seen.has(cursor)) {
    seen.add(cursor);
    const row: { id: string; userId: string; status: AgentStatus; uplineId: string | null } | null = await tx.agentProfile.findFirst({
      where: { id: cursor, tenantId },
      select: { id: true, userId: true, status: true, uplineId: true },
    });
    if (!row) break;
    chain.push(row.status === 'ACTIVE' ? { id: row.id, userId: row.userId } : null);
    cursor = row.uplineId;
  }
  return chain;
}
