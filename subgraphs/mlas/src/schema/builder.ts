import { ADMIN_ROLES, createBuilder, type RequestContext, type RoleName } from '@webwaka/kit';

/** Mlas's one schema builder. */
export const builder = createBuilder();

/** Who runs the tenant's programme (agents, uplines, models, settings): administrators, and keys with mlas:write. */
export const MLAS_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'mlas:write' };
/** Who may see every commission, flag and agent: administrators, staff, and keys with mlas:read. */
export const MLAS_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'mlas:read' };
/** Who may read how the programme pays (models, attribution settings): the readers and the agents themselves. */
export const PROGRAMME_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'AGENT'] as RoleName[], apiScope: 'mlas:read' };
/** An agent's own views (code, link, downline, commissions). */
export const AGENTS = { roles: ['AGENT'] as RoleName[] };

/** Whether the caller sees the programme as a reader (not only as an agent): e.g. other agents' e-mails. */
export const isReader = (ctx: RequestContext) =>
  ((ctx.actor.kind === 'apiKey' || ctx.actor.kind === 'service') && ctx.actor.scopes.includes('mlas:read')) ||
  (ctx.actor.kind === 'user' && ctx.actor.roles.some((r) => r === 'STAFF' || (ADMIN_ROLES.includes(r) && ctx.actor.mfa)));

export const AgentStatusEnum = builder.enumType('AgentStatus', { values: ['ACTIVE', 'SUSPENDED'] as const });
export const AttributionModelEnum = builder.enumType('AttributionModel', {
  description: 'Which referral touch within the window wins an order when the cart carries no code.',
  values: ['FIRST_TOUCH', 'LAST_TOUCH'] as const,
});
export const AttributionSourceEnum = builder.enumType('AttributionSource', { values: ['CART_CODE', 'FIRST_TOUCH', 'LAST_TOUCH', 'NONE'] as const });
export const BeneficiaryEnum = builder.enumType('Beneficiary', {
  description: 'Who a share of a commission pool goes to: an agent (by level), the partner above the tenant, the client (the selling tenant) or the platform.',
  values: ['AGENT', 'PARTNER', 'CLIENT', 'PLATFORM'] as const,
});
export const ResidualBeneficiaryEnum = builder.enumType('ResidualBeneficiary', { values: ['PARTNER', 'CLIENT', 'PLATFORM'] as const });
export const CommissionStatusEnum = builder.enumType('CommissionStatus', {
  description: 'HELD: the order is disputed, not in the ledger. POSTED: in the ledger. FLAGGED: an agent share withheld by an abuse check (the residual got it).',
  values: ['HELD', 'POSTED', 'FLAGGED'] as const,
});
export const CommissionSourceEnum = builder.enumType('CommissionSource', {
  description: 'What a commission line pays for: a marketplace order’s commission pool, or an agent’s ticket sale.',
  values: ['ORDER', 'TICKET'] as const,
});
export const AbuseReasonEnum = builder.enumType('AbuseReason', { values: ['SELF_REFERRAL_USER', 'SELF_REFERRAL_EMAIL', 'SAME_DEVICE', 'SAME_IP'] as const });

builder.queryType({});
builder.mutationType({});
