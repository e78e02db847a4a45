/**
 * The arithmetic of revenue sharing, as pure functions over integer minor units:
 * - `splitCommission` shares a pool by a revenue model: each share gets bps/10000 of the pool; agent
 *   levels nobody fills and whatever the shares leave go to the model's residual beneficiary; rounding uses
 *   largest remainder (ties to the earlier part, the residual last), so the parts sum exactly to the pool
 *   and the rounding remainder is spread by the fractions, not dumped on the residual.
 * - `clawbackTarget`: how much of a line a refund takes back in total, proportional to the refunded part
 *   of the vendor order's subtotal, rounded half-up, exactly the whole line once fully refunded. It is a
 *   cumulative target, so several partial refunds never take back more than the line.
 * - `validateModel`: the shape every revenue model must have.
 */

export type BeneficiaryKind = 'AGENT' | 'PARTNER' | 'CLIENT' | 'PLATFORM';
export type ResidualKind = Exclude<BeneficiaryKind, 'AGENT'>;

export interface ShareSpec {
  beneficiary: BeneficiaryKind;
  /** 1 = the attributed agent, 2 = its upline, ...; 0 for non-agent shares. */
  level: number;
  bps: number;
}

export interface ModelSpec {
  shares: readonly ShareSpec[];
  residual: ResidualKind;
}

export interface SplitPart<A> {
  beneficiary: BeneficiaryKind;
  level: number;
  /** The agent at that level (AGENT parts only). */
  agent: A | null;
  amount: bigint;
}

const WHOLE = 10_000n;
export const MAX_AGENT_LEVELS = 20;

/**
 * Shares `pool` by `model` among an agent chain (`chain[k - 1]` is the agent at level k, null when the
 * level is unfilled or withheld). Returns the parts with a positive amount, in model order, the residual's
 * own part (when it has no explicit share) last. Their amounts sum to `pool`.
 */
export function splitCommission<A>(pool: bigint, model: ModelSpec, chain: readonly (A | null)[]): SplitPart<A>[] {
  if (pool < 0n) throw new RangeError('A commission pool cannot be negative');
  const parts: (SplitPart<A> & { numerator: bigint })[] = [];
  let claimed = 0n;
  for (const share of model.shares) {
    const agent = share.beneficiary === 'AGENT' ? (chain[share.level - 1] ?? null) : null;
    if (share.beneficiary === 'AGENT' && agent === null) continue;
    const numerator = BigInt(share.bps) * pool;
    claimed += numerator;
    parts.push({ beneficiary: share.beneficiary, level: share.level, agent, amount: 0n, numerator });
  }
  const residualNumerator = pool * WHOLE - claimed;
  const residualPart = parts.find((p) => p.beneficiary === model.residual);
  if (residualPart) residualPart.numerator += residualNumerator;
  else parts.push({ beneficiary: model.residual, level: 0, agent: null, amount: 0n, numerator: residualNumerator });

  let allocated = 0n;
  for (const p of parts) {
    p.amount = p.numerator / WHOLE;
    allocated += p.amount;
  }
  const byRemainder = parts.map((p, i) => ({ i, rem: p.numerator % WHOLE })).sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (let k = 0n, left = pool - allocated; k < left; k++) parts[byRemainder[Number(k)].i].amount += 1n;
  return parts.filter((p) => p.amount > 0n).map(({ numerator: _n, ...p }) => p);
}

/** round_half_up(a * b / d) for non-negative integers. */
export function mulDivHalfUp(a: bigint, b: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('Division by a non-positive amount');
  return (a * b * 2n + d) / (2n * d);
}

/** The total to have taken back from a line of `amount` once `refunded` of `subtotal` is refunded. */
export function clawbackTarget(amount: bigint, refunded: bigint, subtotal: bigint, fullyRefunded: boolean): bigint {
  if (fullyRefunded || refunded >= subtotal) return amount;
  if (refunded <= 0n) return 0n;
  return mulDivHalfUp(amount, refunded, subtotal);
}

/** The deepest agent level a model pays. */
export const agentDepth = (model: ModelSpec): number => Math.max(0, ...model.shares.filter((s) => s.beneficiary === 'AGENT').map((s) => s.level));

export interface ModelProblem {
  message: string;
  field: string[];
}

/**
 * Problems with a model, or none: bps integers in 0..10000 summing to at most 10000; agent levels 1..n
 * with no gap and none twice; each other beneficiary at most once; a non-agent residual.
 */
export function validateModel(model: ModelSpec): ModelProblem[] {
  const problems: ModelProblem[] = [];
  let total = 0;
  const seen = new Set<string>();
  model.shares.forEach((s, i) => {
    if (!Number.isInteger(s.bps) || s.bps < 0 || s.bps > 10_000) problems.push({ message: `Share ${i + 1}: bps must be an integer from 0 to 10000`, field: ['shares', String(i), 'bps'] });
    else total += s.bps;
    if (s.beneficiary === 'AGENT') {
      if (!Number.isInteger(s.level) || s.level < 1 || s.level > MAX_AGENT_LEVELS) problems.push({ message: `Share ${i + 1}: agent levels run from 1 to ${MAX_AGENT_LEVELS}`, field: ['shares', String(i), 'level'] });
    } else if (s.level !== 0) problems.push({ message: `Share ${i + 1}: only agent shares have a level`, field: ['shares', String(i), 'level'] });
    const key = `${s.beneficiary}:${s.level}`;
    if (seen.has(key)) problems.push({ message: `Share ${i + 1}: ${s.beneficiary}${s.level ? ` level ${s.level}` : ''} appears twice`, field: ['shares', String(i)] });
    seen.add(key);
  });
  if (total > 10_000) problems.push({ message: `Shares total ${total} bps; at most 10000`, field: ['shares'] });
  const levels = model.shares.filter((s) => s.beneficiary === 'AGENT').map((s) => s.level);
  const depth = Math.max(0, ...levels);
  for (let level = 1; level <= depth; level++) {
    if (!levels.includes(level)) problems.push({ message: `Agent levels must be contiguous from 1: level ${level} is missing`, field: ['shares'] });
  }
  if ((model.residual as string) === 'AGENT') problems.push({ message: 'The residual goes to the partner, the client or the platform', field: ['residual'] });
  return problems;
}
