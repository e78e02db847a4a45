/**
 * Reads a V8 .cpuprofile (what `node --cpu-prof` and the inspector's Profiler.stop write) into self times:
 * per function (the same function at many places of the call tree counted once) and per area (package
 * or part of the repo), the tables `npm run profile` prints. Pure: no file or process access.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, -1 when unknown. */
  lineNumber: number;
  columnNumber: number;
  scriptId?: string;
}

export interface CpuProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

/** Times are in microseconds. */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  /** The node id of each sample, in order. */
  samples?: number[];
  /** Microseconds from the previous sample (the first: from startTime) to this one. */
  timeDeltas?: number[];
}

export interface SelfTime {
  /** Function name; V8's own pseudo-frames keep their names: (program), (idle), (garbage collector). */
  name: string;
  /** file:line (1-based), relative to the repo or to node_modules/; '' for native code. */
  location: string;
  area: string;
  selfMs: number;
  /** Of the whole profiled time, idle included. */
  selfPct: number;
  /** Of the busy time (the whole minus idle). */
  busyPct: number;
}

export interface ProfileReport {
  totalMs: number;
  idleMs: number;
  functions: SelfTime[];
  areas: { area: string; selfMs: number; selfPct: number; busyPct: number }[];
}

/**
 * Self time of each node in microseconds. With samples and timeDeltas (always there in V8's output) a
 * sample owns the time until the next sample (the last one: until endTime); without them each hit counts
 * an equal share of the profile's duration.
 */
export function selfTimeByNode(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const add = (id: number, us: number) => self.set(id, (self.get(id) ?? 0) + us);
  const { samples, timeDeltas } = profile;
  if (samples?.length && timeDeltas?.length === samples.length) {
    let t = profile.startTime;
    const times = timeDeltas.map((d) => (t += d));
    samples.forEach((id, i) => add(id, Math.max(0, (i + 1 < times.length ? times[i + 1] : profile.endTime) - times[i])));
    return self;
  }
  const hits = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  for (const n of profile.nodes) if (n.hitCount) add(n.id, (n.hitCount * (profile.endTime - profile.startTime)) / hits);
  return self;
}

function filePath(url: string): string {
  return url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
}

/** file:line, relative to node_modules/ (the innermost) or to `root`. */
export function shortLocation(frame: CallFrame, root: string): string {
  if (!frame.url) return '';
  let file = filePath(frame.url);
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) file = file.slice(nm + '/node_modules/'.length);
  else if (file.startsWith(root + '/')) file = file.slice(root.length + 1);
  return frame.lineNumber >= 0 ? `${file}:${frame.lineNumber + 1}` : file;
}

const PSEUDO: Record<string, string> = { '(garbage collector)': 'GC', '(idle)': 'idle', '(program)': '(program): V8 and native, unattributed', '(root)': '(root)' };

/**
 * What one acts on: a package (scoped ones by scope), a capability's subgraph, the gateway, Node, V8.
 * WebAssembly has no package of its own in a profile: 'wasm' here, the caller's area in profileReport.
 */
export function areaOf(frame: CallFrame, root: string): string {
  if (PSEUDO[frame.functionName] && !frame.url) return PSEUDO[frame.functionName];
  const { url } = frame;
  if (!url) return 'V8 builtins and native';
  if (url.startsWith('node:') || url.startsWith('internal/')) return 'node internals';
  if (url.startsWith('wasm://')) return 'wasm';
  const file = filePath(url);
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const [first, second] = file.slice(nm + '/node_modules/'.length).split('/');
    if (first === '@electric-sql' && second?.startsWith('pglite')) return 'pglite';
    return first.startsWith('@') ? `${first}/*` : first;
  }
  if (!file.startsWith(root + '/')) return 'other';
  const parts = file.slice(root.length + 1).split('/');
  if (parts[0] === 'subgraphs' && parts[2] === 'src' && parts[3] === 'generated') return `subgraphs/${parts[1]} (generated)`;
  return parts[0] === 'subgraphs' ? `subgraphs/${parts[1]}` : parts[0];
}

/**
 * Total (inclusive) time of each function in microseconds: every sample whose stack holds it, counted
 * once per sample however deep it recurses. Keys are from functionKey.
 */
export function totalTimeByFunction(profile: CpuProfile): Map<string, { frame: CallFrame; us: number }> {
  const self = selfTimeByNode(profile);
  const parent = new Map<number, CpuProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const totals = new Map<string, { frame: CallFrame; us: number }>();
  for (const node of profile.nodes) {
    const us = self.get(node.id);
    if (!us) continue;
    const seen = new Set<string>();
    for (let n: CpuProfileNode | undefined = node; n; n = parent.get(n.id)) {
      const key = functionKey(n.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = totals.get(key) ?? totals.set(key, { frame: n.callFrame, us: 0 }).get(key)!;
      entry.us += us;
    }
  }
  return totals;
}

const functionKey = (f: CallFrame) => `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}\u0000${f.columnNumber}`;
const ms = (us: number) => Math.round(us / 100) / 10;
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

export function profileReport(profile: CpuProfile, root: string): ProfileReport {
  const self = selfTimeByNode(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // WebAssembly (PGlite's Postgres) counts for the package whose JavaScript called into it.
  const areaOfNode = (node: CpuProfileNode): string => {
    const area = areaOf(node.callFrame, root);
    const up = parent.get(node.id);
    return area === 'wasm' && up !== undefined ? areaOfNode(byId.get(up)!) : area;
  };
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, { frame: CallFrame; area: string; us: number }>();
  const byArea = new Map<string, number>();
  let idle = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id);
    if (!us) continue;
    const f = node.callFrame;
    const key = functionKey(f);
    const area = areaOfNode(node);
    const entry = byFunction.get(key) ?? byFunction.set(key, { frame: f, area, us: 0 }).get(key)!;
    entry.us += us;
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    if (area === 'idle') idle += us;
  }
  const shares = (us: number) => ({ selfMs: ms(us), selfPct: pct(us, total), busyPct: pct(us, total - idle) });
  const functions = [...byFunction.values()]
    .sort((a, b) => b.us - a.us)
    .map(({ frame, area, us }) => ({ name: frame.functionName || '(anonymous)', location: shortLocation(frame, root), area, ...shares(us) }));
  const areas = [...byArea.entries()].sort((a, b) => b[1] - a[1]).map(([area, us]) => ({ area, ...shares(us) }));
  return { totalMs: ms(total), idleMs: ms(idle), functions, areas };
}

/** The `top` functions by total (inclusive) time, as a Markdown table; V8's pseudo-frames left out. */
export function formatTotals(profile: CpuProfile, root: string, top = 15): string {
  const totals = [...totalTimeByFunction(profile).values()].filter(({ frame }) => !PSEUDO[frame.functionName] || frame.url);
  const whole = [...selfTimeByNode(profile).values()].reduce((a, b) => a + b, 0);
  return [
    '| # | total ms | total % | function | where |',
    '|---|---|---|---|---|',
    ...totals
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map(({ frame, us }, i) => `| ${i + 1} | ${ms(us)} | ${pct(us, whole)} | \`${frame.functionName || '(anonymous)'}\` | ${shortLocation(frame, root)} |`),
  ].join('\n');
}

/** The report as Markdown tables (what docs/benchmarks.md keeps): the top `top` functions, then areas. */
export function formatReport(report: ProfileReport, top = 15): string {
  const busy = report.totalMs - report.idleMs;
  const lines = [
    `profiled ${report.totalMs} ms, idle ${report.idleMs} ms (busy ${pct(busy, report.totalMs)} %)`,
    '',
    '| # | self ms | self % | % of busy | function | where | area |',
    '|---|---|---|---|---|---|---|',
    ...report.functions.slice(0, top).map((f, i) => `| ${i + 1} | ${f.selfMs} | ${f.selfPct} | ${f.area === 'idle' ? '—' : f.busyPct} | \`${f.name}\` | ${f.location} | ${f.area} |`),
    '',
    '| area | self ms | self % | % of busy |',
    '|---|---|---|---|',
    ...report.areas.map((a) => `| ${a.area} | ${a.selfMs} | ${a.selfPct} | ${a.area === 'idle' ? '—' : a.busyPct} |`),
  ];
  return lines.join('\n');
}
