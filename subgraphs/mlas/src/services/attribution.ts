/**
 * Attribution of orders to agents, and the abuse checks that stop an agent earning from its own purchases.
 * Rules:
 * - A referral touch is recorded when a storefront page is opened with `?ref=CODE` of an ACTIVE agent
 *   (anonymous allowed; the gateway rate-limits). It keeps the visitor id, the signed-in user, the client IP
 *   and a device id. Repeats of the same visitor and agent within TOUCH_DEDUP_MS are one touch.
 * - Per tenant: FIRST_TOUCH or LAST_TOUCH, and a window in days (1..365, default LAST_TOUCH / 30); beside
 *   them the tenant's ticket commission rate for agents' ticket sales (0..10000 bps, default 500).
 * - At payment the order goes to the code on the cart when it names an ACTIVE agent of the tenant;
 *   otherwise to the first or last touch of the visitor or the customer within the window before payment.
 * - Abuse (checked before any agent is paid): the customer is the agent (same user id, or the same e-mail
 *   after normalising case, +tags and Gmail dots), or the order came from a visitor id, device id or IP the
 *   agent itself used for its touches within the window. Then no agent level is paid for the order: the
 *   shares go to the residual and the agent lines are FLAGGED with the reason.
 */
import { DomainError, ErrorCode, requireTenant, uuidv7 } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { normalizeCode } from './agents';

export type AttributionModel = 'FIRST_TOUCH' | 'LAST_TOUCH';
export type AttributionSource = 'CART_CODE' | 'FIRST_TOUCH' | 'LAST_TOUCH' | 'NONE';
export type AbuseReason = 'SELF_REFERRAL_USER' | 'SELF_REFERRAL_EMAIL' | 'SAME_DEVICE' | 'SAME_IP';

export const DEFAULT_SETTINGS = { attribution: 'LAST_TOUCH' as AttributionModel, windowDays: 30, revenueModelId: null as string | null, ticketCommissionBps: 500 };
const TOUCH_DEDUP_MS = 10 * 60_000;
const DAY_MS = 86_400_000;
const VISITOR_RE = /^[A-Za-z0-9_-]{8,64}$/;
const DEVICE_RE = /^[A-Za-z0-9_.:-]{1,128}$/;

export async function attributionSettings(db: Pick<Tx, 'mlasSettings'>, tenantId: string) {
  const row = await db.mlasSettings.findUnique({ where: { tenantId } });
  return row
    ? { attribution: row.attribution as AttributionModel, windowDays: row.windowDays, revenueModelId: row.revenueModelId, ticketCommissionBps: row.ticketCommissionBps }
    : { ...DEFAULT_SETTINGS };
}

export async function setAttributionSettings(ctx: ServiceContext, input: { attribution?: AttributionModel | null; windowDays?: number | null; ticketCommissionBps?: number | null }) {
  const tenantId = requireTenant(ctx);
  if (input.windowDays != null && (!Number.isInteger(input.windowDays) || input.windowDays < 1 || input.windowDays > 365)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The attribution window is 1 to 365 days', ['windowDays']);
  }
  const bps = input.ticketCommissionBps;
  if (bps != null && (!Number.isInteger(bps) || bps < 0 || bps > 10_000)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The ticket commission is 0 to 10000 basis points of the cash paid', ['ticketCommissionBps']);
  }
  const data = {
    ...(input.attribution ? { attribution: input.attribution } : {}),
    ...(input.windowDays != null ? { windowDays: input.windowDays } : {}),
    ...(bps != null ? { ticketCommissionBps: bps } : {}),
  };
  await ctx.prisma.mlasSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
  return attributionSettings(ctx.prisma, tenantId);
}

export async function recordReferralTouch(ctx: ServiceContext, input: { code: string; visitorId: string; deviceId?: string | null }) {
  const tenantId = requireTenant(ctx);
  if (!VISITOR_RE.test(input.visitorId ?? '')) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A visitor id is 8-64 letters, digits, _ or -', ['visitorId']);
  if (input.deviceId != null && !DEVICE_RE.test(input.deviceId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Malformed device id', ['deviceId']);
  const agent = await ctx.prisma.agentProfile.findUnique({ where: { tenantId_code: { tenantId, code: normalizeCode(input.code) } } });
  if (!agent || agent.status !== 'ACTIVE') throw new DomainError(ErrorCode.NOT_FOUND, 'No such referral code', ['code']);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const recent = await ctx.prisma.referralTouch.findFirst({
    where: { tenantId, agentId: agent.id, visitorId: input.visitorId, userId, createdAt: { gte: new Date(Date.now() - TOUCH_DEDUP_MS) } },
    orderBy: { createdAt: 'desc' },
  });
  if (recent) return recent;
  return ctx.prisma.referralTouch.create({ data: { id: uuidv7(), tenantId, agentId: agent.id, visitorId: input.visitorId, userId, ip: ctx.ip, deviceId: input.deviceId ?? null } });
}

/** What the paid event says about who bought and from where. */
export interface OrderFacts {
  paidAt: Date;
  referralCode: string | null;
  customer: { userId: string | null; email: string | null };
  visitor: { visitorId: string | null; ip: string | null; deviceId: string | null };
}

export type AgentRow = Awaited<ReturnType<Tx['agentProfile']['findFirstOrThrow']>>;

export async function attributeOrder(
  tx: Pick<Tx, 'agentProfile' | 'referralTouch'>,
  tenantId: string,
  facts: OrderFacts,
  settings: { attribution: AttributionModel; windowDays: number },
): Promise<{ agent: AgentRow | null; source: AttributionSource }> {
  if (facts.referralCode) {
    const agent = await tx.agentProfile.findUnique({ where: { tenantId_code: { tenantId, code: normalizeCode(facts.referralCode) } } });
    if (agent?.status === 'ACTIVE') return { agent, source: 'CART_CODE' };
  }
  const who = [
    ...(facts.visitor.visitorId ? [{ visitorId: facts.visitor.visitorId }] : []),
    ...(facts.customer.userId ? [{ userId: facts.customer.userId }] : []),
  ];
  if (!who.length) return { agent: null, source: 'NONE' };
  const touch = await tx.referralTouch.findFirst({
    where: {
      tenantId,
      OR: who,
      createdAt: { gte: new Date(facts.paidAt.getTime() - settings.windowDays * DAY_MS), lte: facts.paidAt },
      agent: { status: 'ACTIVE' },
    },
    orderBy: [{ createdAt: settings.attribution === 'FIRST_TOUCH' ? 'asc' : 'desc' }, { id: settings.attribution === 'FIRST_TOUCH' ? 'asc' : 'desc' }],
    include: { agent: true },
  });
  return touch ? { agent: touch.agent, source: settings.attribution } : { agent: null, source: 'NONE' };
}

/** Lower-cased; the +tag dropped; dots dropped for Gmail, which ignores them. */
export function normalizeEmail(email: string): string {
  const [local, domain = ''] = email.trim().toLowerCase().split('@');
  let name = local.split('+')[0];
  if (domain === 'gmail.com' || domain === 'googlemail.com') name = name.replace(/\./g, '');
  return `${name}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`;
}

export async function abuseReason(
  tx: Pick<Tx, 'referralTouch'>,
  tenantId: string,
  agent: { userId: string; email: string },
  facts: OrderFacts,
  windowDays: number,
): Promise<AbuseReason | null> {
  if (facts.customer.userId && facts.customer.userId === agent.userId) return 'SELF_REFERRAL_USER';
  if (facts.customer.email && normalizeEmail(facts.customer.email) === normalizeEmail(agent.email)) return 'SELF_REFERRAL_EMAIL';
  const { visitorId, deviceId, ip } = facts.visitor;
  if (!visitorId && !deviceId && !ip) return null;
  const own = await tx.referralTouch.findMany({
    where: { tenantId, userId: agent.userId, createdAt: { gte: new Date(facts.paidAt.getTime() - windowDays * DAY_MS) } },
    select: { visitorId: true, deviceId: true, ip: true },
  });
  if (own.some((t) => (visitorId && t.visitorId === visitorId) || (deviceId && t.deviceId === deviceId))) return 'SAME_DEVICE';
  if (ip && own.some((t) => t.ip === ip)) return 'SAME_IP';
  return null;
}
