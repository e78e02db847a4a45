/**
 * The commission arithmetic (services/split.ts), table-tested: every preset at agent-tree depths 0-3 and a
 * custom five-level model, on awkward pools (1001, 7 and 123457 kobo). Expected amounts were worked out
 * with exact fractions and largest remainder (ties to the earlier share); each row also must sum to the
 * pool. Plus model validation and the clawback targets of partial and full refunds.
 */
import { PRESETS, type PresetKey } from '../src/services/presets';
import { clawbackTarget, mulDivHalfUp, splitCommission, validateModel, type ModelSpec } from '../src/services/split';

const CUSTOM_5: ModelSpec = {
  shares: [
    { beneficiary: 'AGENT', level: 1, bps: 1500 },
    { beneficiary: 'AGENT', level: 2, bps: 1000 },
    { beneficiary: 'AGENT', level: 3, bps: 700 },
    { beneficiary: 'AGENT', level: 4, bps: 300 },
    { beneficiary: 'AGENT', level: 5, bps: 100 },
    { beneficiary: 'PLATFORM', level: 0, bps: 1234 },
  ],
  residual: 'PARTNER',
};
const MODELS: Record<string, ModelSpec> = { ...PRESETS, CUSTOM_5 };

/** [model, agent-tree depth, expected parts as "BENEFICIARY[level]:amount" in order]. */
const TABLES: Record<number, [string, number, string][]> = {
  1001: [
    ['PLATFORM_FIRST', 0, 'PLATFORM:300 PARTNER:100 CLIENT:601'],
    ['PLATFORM_FIRST', 1, 'PLATFORM:300 AGENT1:200 PARTNER:100 CLIENT:401'],
    ['PLATFORM_FIRST', 2, 'PLATFORM:301 AGENT1:200 AGENT2:100 PARTNER:100 CLIENT:300'],
    ['PLATFORM_FIRST', 3, 'PLATFORM:301 AGENT1:200 AGENT2:100 PARTNER:100 CLIENT:300'],
    ['PARTNER_OWNED', 0, 'PARTNER:901 PLATFORM:100'],
    ['PARTNER_OWNED', 1, 'PARTNER:701 AGENT1:200 PLATFORM:100'],
    ['PARTNER_OWNED', 2, 'PARTNER:651 AGENT1:200 AGENT2:50 PLATFORM:100'],
    ['PARTNER_OWNED', 3, 'PARTNER:651 AGENT1:200 AGENT2:50 PLATFORM:100'],
    ['CLIENT_OWNED', 0, 'PARTNER:50 PLATFORM:50 CLIENT:901'],
    ['CLIENT_OWNED', 1, 'AGENT1:250 PARTNER:50 PLATFORM:50 CLIENT:651'],
    ['CLIENT_OWNED', 2, 'AGENT1:250 AGENT2:50 PARTNER:50 PLATFORM:50 CLIENT:601'],
    ['CLIENT_OWNED', 3, 'AGENT1:250 AGENT2:50 PARTNER:50 PLATFORM:50 CLIENT:601'],
    ['ZERO_PLATFORM_CUT', 0, 'PARTNER:100 CLIENT:901'],
    ['ZERO_PLATFORM_CUT', 1, 'AGENT1:300 PARTNER:100 CLIENT:601'],
    ['ZERO_PLATFORM_CUT', 2, 'AGENT1:300 AGENT2:100 PARTNER:100 CLIENT:501'],
    ['ZERO_PLATFORM_CUT', 3, 'AGENT1:300 AGENT2:100 AGENT3:50 PARTNER:100 CLIENT:451'],
    ['HYBRID', 0, 'PLATFORM:150 PARTNER:150 CLIENT:701'],
    ['HYBRID', 1, 'PLATFORM:150 PARTNER:150 AGENT1:200 CLIENT:501'],
    ['HYBRID', 2, 'PLATFORM:150 PARTNER:150 AGENT1:200 AGENT2:100 CLIENT:401'],
    ['HYBRID', 3, 'PLATFORM:150 PARTNER:150 AGENT1:200 AGENT2:100 AGENT3:50 CLIENT:351'],
    ['CUSTOM_5', 0, 'PLATFORM:124 PARTNER:877'],
    ['CUSTOM_5', 2, 'AGENT1:150 AGENT2:100 PLATFORM:124 PARTNER:627'],
    ['CUSTOM_5', 5, 'AGENT1:150 AGENT2:100 AGENT3:70 AGENT4:30 AGENT5:10 PLATFORM:124 PARTNER:517'],
  ],
  7: [
    ['PLATFORM_FIRST', 0, 'PLATFORM:2 PARTNER:1 CLIENT:4'],
    ['PLATFORM_FIRST', 1, 'PLATFORM:2 AGENT1:1 PARTNER:1 CLIENT:3'],
    ['PLATFORM_FIRST', 2, 'PLATFORM:2 AGENT1:1 AGENT2:1 PARTNER:1 CLIENT:2'],
    ['PLATFORM_FIRST', 3, 'PLATFORM:2 AGENT1:1 AGENT2:1 PARTNER:1 CLIENT:2'],
    ['PARTNER_OWNED', 0, 'PARTNER:6 PLATFORM:1'],
    ['PARTNER_OWNED', 1, 'PARTNER:5 AGENT1:1 PLATFORM:1'],
    ['PARTNER_OWNED', 2, 'PARTNER:5 AGENT1:1 PLATFORM:1'],
    ['PARTNER_OWNED', 3, 'PARTNER:5 AGENT1:1 PLATFORM:1'],
    ['CLIENT_OWNED', 0, 'PARTNER:1 CLIENT:6'],
    ['CLIENT_OWNED', 1, 'AGENT1:2 CLIENT:5'],
    ['CLIENT_OWNED', 2, 'AGENT1:2 AGENT2:1 CLIENT:4'],
    ['CLIENT_OWNED', 3, 'AGENT1:2 AGENT2:1 CLIENT:4'],
    ['ZERO_PLATFORM_CUT', 0, 'PARTNER:1 CLIENT:6'],
    ['ZERO_PLATFORM_CUT', 1, 'AGENT1:2 PARTNER:1 CLIENT:4'],
    ['ZERO_PLATFORM_CUT', 2, 'AGENT1:2 AGENT2:1 PARTNER:1 CLIENT:3'],
    ['ZERO_PLATFORM_CUT', 3, 'AGENT1:2 AGENT2:1 PARTNER:1 CLIENT:3'],
    ['HYBRID', 0, 'PLATFORM:1 PARTNER:1 CLIENT:5'],
    ['HYBRID', 1, 'PLATFORM:1 PARTNER:1 AGENT1:1 CLIENT:4'],
    ['HYBRID', 2, 'PLATFORM:1 PARTNER:1 AGENT1:1 AGENT2:1 CLIENT:3'],
    ['HYBRID', 3, 'PLATFORM:1 PARTNER:1 AGENT1:1 AGENT2:1 CLIENT:3'],
    ['CUSTOM_5', 0, 'PLATFORM:1 PARTNER:6'],
    ['CUSTOM_5', 2, 'AGENT1:1 AGENT2:1 PLATFORM:1 PARTNER:4'],
    ['CUSTOM_5', 5, 'AGENT1:1 AGENT2:1 PLATFORM:1 PARTNER:4'],
  ],
  123457: [
    ['PLATFORM_FIRST', 0, 'PLATFORM:37037 PARTNER:12346 CLIENT:74074'],
    ['PLATFORM_FIRST', 1, 'PLATFORM:37037 AGENT1:24691 PARTNER:12346 CLIENT:49383'],
    ['PLATFORM_FIRST', 2, 'PLATFORM:37037 AGENT1:24691 AGENT2:12346 PARTNER:12346 CLIENT:37037'],
    ['PLATFORM_FIRST', 3, 'PLATFORM:37037 AGENT1:24691 AGENT2:12346 PARTNER:12346 CLIENT:37037'],
    ['PARTNER_OWNED', 0, 'PARTNER:111111 PLATFORM:12346'],
    ['PARTNER_OWNED', 1, 'PARTNER:86420 AGENT1:24691 PLATFORM:12346'],
    ['PARTNER_OWNED', 2, 'PARTNER:80247 AGENT1:24691 AGENT2:6173 PLATFORM:12346'],
    ['PARTNER_OWNED', 3, 'PARTNER:80247 AGENT1:24691 AGENT2:6173 PLATFORM:12346'],
    ['CLIENT_OWNED', 0, 'PARTNER:6173 PLATFORM:6173 CLIENT:111111'],
    ['CLIENT_OWNED', 1, 'AGENT1:30864 PARTNER:6173 PLATFORM:6173 CLIENT:80247'],
    ['CLIENT_OWNED', 2, 'AGENT1:30864 AGENT2:6173 PARTNER:6173 PLATFORM:6173 CLIENT:74074'],
    ['CLIENT_OWNED', 3, 'AGENT1:30864 AGENT2:6173 PARTNER:6173 PLATFORM:6173 CLIENT:74074'],
    ['ZERO_PLATFORM_CUT', 0, 'PARTNER:12346 CLIENT:111111'],
    ['ZERO_PLATFORM_CUT', 1, 'AGENT1:37037 PARTNER:12346 CLIENT:74074'],
    ['ZERO_PLATFORM_CUT', 2, 'AGENT1:37037 AGENT2:12346 PARTNER:12346 CLIENT:61728'],
    ['ZERO_PLATFORM_CUT', 3, 'AGENT1:37037 AGENT2:12346 AGENT3:6173 PARTNER:12346 CLIENT:55555'],
    ['HYBRID', 0, 'PLATFORM:18519 PARTNER:18518 CLIENT:86420'],
    ['HYBRID', 1, 'PLATFORM:18519 PARTNER:18519 AGENT1:24691 CLIENT:61728'],
    ['HYBRID', 2, 'PLATFORM:18519 PARTNER:18518 AGENT1:24691 AGENT2:12346 CLIENT:49383'],
    ['HYBRID', 3, 'PLATFORM:18519 PARTNER:18518 AGENT1:24691 AGENT2:12346 AGENT3:6173 CLIENT:43210'],
    ['CUSTOM_5', 0, 'PLATFORM:15235 PARTNER:108222'],
    ['CUSTOM_5', 2, 'AGENT1:18518 AGENT2:12346 PLATFORM:15235 PARTNER:77358'],
    ['CUSTOM_5', 5, 'AGENT1:18518 AGENT2:12346 AGENT3:8642 AGENT4:3704 AGENT5:1234 PLATFORM:15235 PARTNER:63778'],
  ],
};

const chainOf = (depth: number) => Array.from({ length: depth }, (_, i) => `agent-${i + 1}`);

describe.each(Object.entries(TABLES))('pool %s kobo', (pool, rows) => {
  it.each(rows)('%s with %i agent level(s)', (model, depth, expected) => {
    const parts = splitCommission(BigInt(pool), MODELS[model], chainOf(depth));
    expect(parts.map((p) => `${p.beneficiary}${p.beneficiary === 'AGENT' ? p.level : ''}:${p.amount}`).join(' ')).toBe(expected);
    expect(parts.reduce((s, p) => s + p.amount, 0n)).toBe(BigInt(pool));
    for (const p of parts.filter((x) => x.beneficiary === 'AGENT')) expect(p.agent).toBe(`agent-${p.level}`);
  });
});

describe('splitCommission', () => {
  it('covers every preset at depths 0-3', () => {
    const presets = Object.keys(PRESETS) as PresetKey[];
    expect(presets.sort()).toEqual(['CLIENT_OWNED', 'HYBRID', 'PARTNER_OWNED', 'PLATFORM_FIRST', 'ZERO_PLATFORM_CUT']);
    for (const rows of Object.values(TABLES)) for (const p of presets) expect(rows.filter(([m]) => m === p).map(([, d]) => d)).toEqual([0, 1, 2, 3]);
  });

  it('sums exactly to the pool for many pools, models and depths', () => {
    for (let pool = 0n; pool < 400n; pool += 1n) {
      for (const model of Object.values(MODELS)) {
        for (const depth of [0, 1, 3, 5]) expect(splitCommission(pool, model, chainOf(depth)).reduce((s, p) => s + p.amount, 0n)).toBe(pool);
      }
    }
  });

  it('gives unfilled or withheld levels (null in the chain) to the residual, and still pays the levels above', () => {
    const parts = splitCommission(10_000n, PRESETS.ZERO_PLATFORM_CUT, ['a1', null, 'a3']);
    expect(parts.map((p) => [p.beneficiary, p.level, p.amount, p.agent])).toEqual([
      ['AGENT', 1, 3000n, 'a1'],
      ['AGENT', 3, 500n, 'a3'],
      ['PARTNER', 0, 1000n, null],
      ['CLIENT', 0, 5500n, null],
    ]);
  });

  it('spreads the rounding remainder by largest fraction, not onto the residual', () => {
    // 3 equal thirds of 100: 33.33 each + residual 0.01 → the first shares get the spare units.
    const thirds: ModelSpec = { shares: [{ beneficiary: 'PLATFORM', level: 0, bps: 3333 }, { beneficiary: 'PARTNER', level: 0, bps: 3333 }, { beneficiary: 'AGENT', level: 1, bps: 3333 }], residual: 'CLIENT' };
    expect(splitCommission(100n, thirds, ['a']).map((p) => p.amount)).toEqual([34n, 33n, 33n]);
    expect(splitCommission(100n, thirds, ['a']).some((p) => p.beneficiary === 'CLIENT')).toBe(false);
  });

  it('refuses a negative pool', () => {
    expect(() => splitCommission(-1n, PRESETS.HYBRID, [])).toThrow(RangeError);
  });
});

describe('validateModel', () => {
  const ok = (shares: ModelSpec['shares'], residual: ModelSpec['residual'] = 'CLIENT') => validateModel({ shares, residual });
  it('accepts the presets and a 5-level custom model', () => {
    for (const m of Object.values(MODELS)) expect(validateModel(m)).toEqual([]);
  });
  it.each([
    ['bps above 10000', [{ beneficiary: 'PLATFORM', level: 0, bps: 10001 }]],
    ['negative bps', [{ beneficiary: 'PLATFORM', level: 0, bps: -1 }]],
    ['fractional bps', [{ beneficiary: 'PLATFORM', level: 0, bps: 1.5 }]],
    ['a total above 10000', [{ beneficiary: 'PLATFORM', level: 0, bps: 6000 }, { beneficiary: 'AGENT', level: 1, bps: 4001 }]],
    ['a gap in agent levels', [{ beneficiary: 'AGENT', level: 1, bps: 100 }, { beneficiary: 'AGENT', level: 3, bps: 100 }]],
    ['agent levels not starting at 1', [{ beneficiary: 'AGENT', level: 2, bps: 100 }]],
    ['a level twice', [{ beneficiary: 'AGENT', level: 1, bps: 100 }, { beneficiary: 'AGENT', level: 1, bps: 100 }]],
    ['a beneficiary twice', [{ beneficiary: 'PARTNER', level: 0, bps: 100 }, { beneficiary: 'PARTNER', level: 0, bps: 100 }]],
    ['a level on a non-agent share', [{ beneficiary: 'PARTNER', level: 1, bps: 100 }]],
    ['agent level 0', [{ beneficiary: 'AGENT', level: 0, bps: 100 }]],
  ] as [string, ModelSpec['shares']][])('refuses %s', (_label, shares) => {
    expect(ok(shares).length).toBeGreaterThan(0);
  });
  it('refuses an agent residual', () => {
    expect(ok([], 'AGENT' as any)).toEqual([expect.objectContaining({ field: ['residual'] })]);
  });
  it('accepts exactly 10000 and an empty list', () => {
    expect(ok([{ beneficiary: 'PLATFORM', level: 0, bps: 5000 }, { beneficiary: 'AGENT', level: 1, bps: 5000 }])).toEqual([]);
    expect(ok([])).toEqual([]);
  });
});

describe('clawbackTarget', () => {
  it('is proportional, half-up, and the whole line once fully refunded', () => {
    expect(clawbackTarget(301n, 0n, 10_000n, false)).toBe(0n);
    expect(clawbackTarget(301n, 5_000n, 10_000n, false)).toBe(151n); // 150.5 → 151
    expect(clawbackTarget(301n, 3_333n, 10_000n, false)).toBe(100n); // 100.32
    expect(clawbackTarget(301n, 10_000n, 10_000n, false)).toBe(301n);
    expect(clawbackTarget(301n, 12_000n, 10_000n, false)).toBe(301n);
    expect(clawbackTarget(301n, 1n, 10_000n, true)).toBe(301n);
  });
  it('never decreases as refunds accumulate, and never exceeds the line', () => {
    for (const amount of [1n, 7n, 301n, 9999n]) {
      let last = 0n;
      for (let refunded = 0n; refunded <= 997n; refunded += 13n) {
        const t = clawbackTarget(amount, refunded, 997n, false);
        expect(t).toBeGreaterThanOrEqual(last);
        expect(t).toBeLessThanOrEqual(amount);
        last = t;
      }
    }
  });
  it('mulDivHalfUp rounds halves up', () => {
    expect(mulDivHalfUp(1n, 1n, 2n)).toBe(1n);
    expect(mulDivHalfUp(1n, 1n, 3n)).toBe(0n);
    expect(mulDivHalfUp(2n, 1n, 3n)).toBe(1n);
    expect(() => mulDivHalfUp(1n, 1n, 0n)).toThrow(RangeError);
  });
});
