// The import rules (decision 0036) as pure functions over an import graph, so that the test can check
// them on the repository and, with made-up graphs, check that each rule does catch what it forbids.
import type { ImportEdge } from './import-graph';

/** Where a file stands in the layering. */
export type Area =
  | { kind: 'kit' | 'protocol'; part: string }
  | { kind: 'capability'; name: string; part: string }
  | { kind: 'gateway'; part: string }
  | { kind: 'storefront' }
  | { kind: 'test-support' }
  | { kind: 'other' }; // scripts/, bench/, prisma/, system tests: the composition roots, free to import anything

/** Subgraph folders that are shared layers rather than capabilities. */
const SHARED_SUBGRAPHS = new Set(['kit', 'protocol']);

export function areaOf(file: string): Area {
  const [top, second, third] = file.split('/');
  if (top === 'subgraphs' && second) {
    if (SHARED_SUBGRAPHS.has(second)) return { kind: second as 'kit' | 'protocol', part: third ?? '' };
    return { kind: 'capability', name: second, part: third ?? '' };
  }
  if (top === 'gateway') return { kind: 'gateway', part: second ?? '' };
  if (top === 'storefront') return { kind: 'storefront' };
  if (top === 'test' && second === 'support') return { kind: 'test-support' };
  return { kind: 'other' };
}

const describeArea = (a: Area) => {
  const name = a.kind === 'capability' ? `capability ${a.name}` : a.kind;
  return 'part' in a && a.part === 'test' ? `${name}'s tests` : name;
};

export interface Violation {
  rule: string;
  from: string;
  to: string;
  specifier: string;
  message: string;
}

/** A rule: what it says, and for one edge whether it is broken (a reason) or not (null). */
interface Rule {
  name: string;
  says: string;
  broken(from: Area, to: Area): string | null;
}

export const RULES: Rule[] = [
  {
    name: 'capabilities-independent',
    says: 'a capability (source or tests) imports no other capability; they meet through federation, events and peer calls',
    broken: (from, to) => (from.kind === 'capability' && to.kind === 'capability' && to.name !== from.name ? `imports ${describeArea(to)}` : null),
  },
  {
    name: 'shared-layers-below-capabilities',
    says: 'kit and protocol import no capability',
    broken: (from, to) => ((from.kind === 'kit' || from.kind === 'protocol') && to.kind === 'capability' ? `imports ${describeArea(to)}` : null),
  },
  {
    // Only bites once subgraphs/protocol exists (issue 11, H1): before that no file is in the protocol area.
    name: 'protocol-below-kit',
    says: 'protocol imports nothing of kit (kit builds on protocol, never the reverse)',
    broken: (from, to) => (from.kind === 'protocol' && to.kind === 'kit' ? 'imports kit' : null),
  },
  {
    name: 'storefront-no-server-code',
    says: 'the storefront imports nothing outside storefront/: it reaches the server only through the GraphQL API (typed by codegen)',
    broken: (from, to) => (from.kind === 'storefront' && to.kind !== 'storefront' ? `imports ${to.kind === 'other' ? 'server-side code' : describeArea(to)}` : null),
  },
  {
    name: 'gateway-only-protocol',
    says: 'the gateway (source and tests) imports no subgraph code except @webwaka/protocol',
    broken: (from, to) => (from.kind === 'gateway' && (to.kind === 'kit' || to.kind === 'capability') ? `imports ${describeArea(to)}` : null),
  },
  {
    name: 'capability-tests-own-capability',
    says: "a capability's tests import only their own capability, kit, protocol and test/support/",
    broken: (from, to) => {
      if (from.kind !== 'capability' || from.part !== 'test') return null;
      if (to.kind === 'capability') return null; // its own: fine; another: capabilities-independent says so
      return to.kind === 'kit' || to.kind === 'protocol' || to.kind === 'test-support' ? null : `imports ${to.kind === 'other' ? 'a script, seed or system test' : describeArea(to)}`;
    },
  },
  {
    name: 'gateway-tests-gateway-protocol-support',
    says: "the gateway's tests import only the gateway, protocol and test/support/",
    broken: (from, to) => {
      if (from.kind !== 'gateway' || from.part !== 'test') return null;
      if (to.kind === 'kit' || to.kind === 'capability') return null; // gateway-only-protocol says so
      return to.kind === 'gateway' || to.kind === 'protocol' || to.kind === 'test-support' ? null : `imports ${to.kind === 'other' ? 'a script, seed or system test' : describeArea(to)}`;
    },
  },
];

/** Every rule broken by every edge (type-only imports count: a type is a dependency on the other side's code). */
export function ruleViolations(edges: ImportEdge[]): Violation[] {
  const out: Violation[] = [];
  for (const edge of edges) {
    const from = areaOf(edge.from);
    const to = areaOf(edge.to);
    for (const rule of RULES) {
      const reason = rule.broken(from, to);
      if (reason) {
        out.push({
          rule: rule.name,
          from: edge.from,
          to: edge.to,
          specifier: edge.specifier,
          message: `${edge.from} imports '${edge.specifier}' (${edge.to}): ${describeArea(from)} ${reason}; rule ${rule.name}: ${rule.says}`,
        });
      }
    }
  }
  return out;
}

/**
 * The import circles: strongly connected components (Tarjan) with more than one file, or a file that
 * imports itself, each as its files sorted. Type-only edges are left out: they are erased before the
 * code runs, so they cannot make a module see another half-initialised, and a type shared both ways is
 * what a separate types module would only relocate.
 */
export function importCycles(files: string[], edges: ImportEdge[]): string[][] {
  const nodes = new Set(files);
  const next = new Map<string, string[]>();
  const selfLoops = new Set<string>();
  for (const e of edges) {
    if (e.typeOnly || !nodes.has(e.from) || !nodes.has(e.to)) continue;
    if (e.from === e.to) selfLoops.add(e.from);
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || selfLoops.has(v)) components.push(component.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!index.has(v)) connect(v);
  return components;
}

/** The edges that close a circle (both ends in the same component): what a failure message names. */
export function edgesWithin(component: string[], edges: ImportEdge[]): ImportEdge[] {
  const members = new Set(component);
  return edges.filter((e) => !e.typeOnly && members.has(e.from) && members.has(e.to));
}
