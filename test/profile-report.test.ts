// The .cpuprofile reader behind `npm run profile` (bench/profile-report.ts), on a hand-made profile whose
// self times are worked out below.
import { areaOf, formatReport, formatTotals, profileReport, selfTimeByNode, shortLocation, totalTimeByFunction, type CpuProfile } from '../bench/profile-report';

const ROOT = '/repo';
const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber, columnNumber: 0 });
const parse = frame('parse', 'file:///repo/node_modules/graphql/language/parser.js', 99);

// (root) ─┬─ handle (gateway) ─┬─ parse (graphql)
//         │                    └─ formatMoney (kit) ── parse (graphql, the same function again)
//         ├─ (idle), (garbage collector), plan (@apollo), query (pglite) ── wasm-function[7] (pglite's)
const nodes = [
  { id: 1, callFrame: frame('(root)'), children: [2, 5, 7, 8, 9] },
  { id: 2, callFrame: frame('handle', 'file:///repo/gateway/src/server.ts', 9), children: [3, 4] },
  { id: 3, callFrame: parse, hitCount: 2 },
  { id: 4, callFrame: frame('formatMoney', 'file:///repo/subgraphs/kit/src/money.ts', 41), children: [6] },
  { id: 5, callFrame: frame('(idle)'), hitCount: 1 },
  { id: 6, callFrame: parse, hitCount: 1 },
  { id: 7, callFrame: frame('(garbage collector)') },
  { id: 8, callFrame: frame('plan', 'file:///repo/node_modules/@apollo/query-planner/dist/buildPlan.js', 0) },
  { id: 9, callFrame: frame('query', 'file:///repo/node_modules/@electric-sql/pglite/dist/index.js', 4), children: [10] },
  { id: 10, callFrame: frame('wasm-function[7]', 'wasm://wasm/022aac12', 0) },
];
// Sample times (µs): 1100 1300 1600 1700 2100 2600 2700 2900 3000, end 3500. Each sample owns the time to
// the next: node 3: 200 + 300, node 4: 100, node 6: 400, node 5 (idle): 500, node 7: 100, node 2: 200,
// node 8: 100, node 10: 500. Total 2400, idle 500, busy 1900; parse = 200 + 300 + 400 = 900.
const profile: CpuProfile = {
  nodes,
  startTime: 1000,
  endTime: 3500,
  samples: [3, 3, 4, 6, 5, 7, 2, 8, 10],
  timeDeltas: [100, 200, 300, 100, 400, 500, 100, 200, 100],
};

describe('profile report', () => {
  it('gives each sample the time until the next one, the last until the end', () => {
    expect(Object.fromEntries(selfTimeByNode(profile))).toEqual({ 3: 500, 4: 100, 6: 400, 5: 500, 7: 100, 2: 200, 8: 100, 10: 500 });
  });

  it('falls back to equal shares of the duration per hit without samples', () => {
    // 2500 µs over 4 hits: 625 each.
    expect(Object.fromEntries(selfTimeByNode({ nodes, startTime: 1000, endTime: 3500 }))).toEqual({ 3: 1250, 5: 625, 6: 625 });
  });

  it('adds up a function found at several places in the tree and sorts by self time', () => {
    const report = profileReport(profile, ROOT);
    expect(report.totalMs).toBe(2.4);
    expect(report.idleMs).toBe(0.5);
    expect(report.functions).toEqual([
      { name: 'parse', location: 'graphql/language/parser.js:100', area: 'graphql', selfMs: 0.9, selfPct: 37.5, busyPct: 47.4 },
      { name: '(idle)', location: '', area: 'idle', selfMs: 0.5, selfPct: 20.8, busyPct: 26.3 },
      // WebAssembly counts in the area of the JavaScript that called it.
      { name: 'wasm-function[7]', location: 'wasm://wasm/022aac12:1', area: 'pglite', selfMs: 0.5, selfPct: 20.8, busyPct: 26.3 },
      { name: 'handle', location: 'gateway/src/server.ts:10', area: 'gateway', selfMs: 0.2, selfPct: 8.3, busyPct: 10.5 },
      { name: 'formatMoney', location: 'subgraphs/kit/src/money.ts:42', area: 'subgraphs/kit', selfMs: 0.1, selfPct: 4.2, busyPct: 5.3 },
      { name: '(garbage collector)', location: '', area: 'GC', selfMs: 0.1, selfPct: 4.2, busyPct: 5.3 },
      { name: 'plan', location: '@apollo/query-planner/dist/buildPlan.js:1', area: '@apollo/*', selfMs: 0.1, selfPct: 4.2, busyPct: 5.3 },
    ]);
    expect(report.areas.map((a) => [a.area, a.selfMs])).toEqual([
      ['graphql', 0.9],
      ['idle', 0.5],
      ['pglite', 0.5],
      ['gateway', 0.2],
      ['subgraphs/kit', 0.1],
      ['GC', 0.1],
      ['@apollo/*', 0.1],
    ]);
    const text = formatReport(report, 2);
    expect(text).toContain('| 1 | 0.9 | 37.5 | 47.4 | `parse` | graphql/language/parser.js:100 | graphql |');
    expect(text).toContain('| 2 | 0.5 | 20.8 | — | `(idle)` |  | idle |');
    expect(text).not.toContain('`wasm-function[7]`');
  });

  it('counts a function once per sample in its total time, however often it is on the stack', () => {
    const totals = Object.fromEntries([...totalTimeByFunction(profile).values()].map(({ frame, us }) => [frame.functionName, us]));
    // handle: nodes 2, 3, 4, 6 = 200 + 500 + 100 + 400; parse: nodes 3 and 6; formatMoney: 4 and 6.
    expect(totals).toMatchObject({ '(root)': 2400, handle: 1200, parse: 900, formatMoney: 500, query: 500, 'wasm-function[7]': 500, plan: 100 });
    const text = formatTotals(profile, ROOT, 3);
    expect(text).toContain('| 1 | 1.2 | 50 | `handle` | gateway/src/server.ts:10 |');
    expect(text).toContain('| 2 | 0.9 | 37.5 | `parse` |');
    expect(text).toContain('| 3 | 0.5 | 20.8 | `formatMoney` |');
    expect(text).not.toContain('(root)');
  });

  it('names the areas one acts on', () => {
    expect(areaOf(frame('(program)'), ROOT)).toBe('(program): V8 and native, unattributed');
    expect(areaOf(frame('JSON.parse'), ROOT)).toBe('V8 builtins and native');
    expect(areaOf(frame('emit', 'node:events', 10), ROOT)).toBe('node internals');
    expect(areaOf(frame('findOne', 'file:///repo/node_modules/@prisma/client/runtime/client.js'), ROOT)).toBe('@prisma/*');
    expect(areaOf(frame('create', 'file:///repo/subgraphs/kit/src/generated/prisma/client.ts'), ROOT)).toBe('subgraphs/kit (generated)');
    expect(areaOf(frame('products', 'file:///repo/subgraphs/catalog/src/schema/product.ts'), ROOT)).toBe('subgraphs/catalog');
    expect(shortLocation(frame('x', 'file:///repo/node_modules/a/node_modules/b/i.js', 2), ROOT)).toBe('b/i.js:3');
  });
});
