import {
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError, ErrorCode, MAX_PAGE_SIZE } from '@webwaka/protocol';

/**
 * Query limits, enforced before the gateway plans anything (and so before any subgraph is called): depth,
 * a cost estimate, and `first`/`last` at most MAX_PAGE_SIZE. Variables are known at this point, so
 * `first: $n` is checked as strictly as a literal.
 */
export const LIMITS = {
  maxDepth: Number(process.env.GRAPHQL_MAX_DEPTH ?? 12),
  maxCost: Number(process.env.GRAPHQL_MAX_COST ?? 20_000),
  maxPageSize: MAX_PAGE_SIZE,
};

const badRequest = (code: ErrorCode, message: string) => new AppError(code, message, { http: { status: 400 } });

function intValue(node: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) {
      max = Math.max(max, depthOf(fragments.get(sel.name.value)!.selectionSet, fragments, new Set([...seen, sel.name.value])));
    }
  }
  return max;
}

/**
 * Cost: every field costs 1 times the number of times it will be produced; a connection multiplies what it
 * selects by its page size (`first`/`last`, default 20), a plain list by 10. Fragments are expanded.
 */
export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  // Inline named fragments so TypeInfo sees one tree per operation.
  const inlined = visit(document, {
    FragmentSpread(node) {
      const f = fragments.get(node.name.value);
      return f ? { kind: Kind.INLINE_FRAGMENT, typeCondition: f.typeCondition, selectionSet: f.selectionSet, directives: [] } : null;
    },
  });
  let cost = 0;
  const multipliers = [1];
  const typeInfo = new TypeInfo(schema);
  visit(
    { ...inlined, definitions: inlined.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION) },
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const mult = multipliers[multipliers.length - 1];
          cost += mult;
          const def = typeInfo.getFieldDef();
          let factor = 1;
          if (def && node.selectionSet) {
            const size = intValue(node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value, variables);
            const inConnection = typeInfo.getParentType()?.name.endsWith('Connection');
            if (getNamedType(def.type).name.endsWith('Connection')) factor = size ?? 20;
            // A connection's edges/nodes are the page it already counted, not another multiplication.
            else if (isListType(getNullableType(def.type)) && !inConnection) factor = size ?? 10;
          }
          multipliers.push(mult * Math.max(1, factor));
        },
        leave() {
          multipliers.pop();
        },
      },
    }),
  );
  return cost;
}

/** Throws when the operation is over a limit; returns its cost estimate, which the rate limit charges by (request-charges.ts). */
export function enforceLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, limits = LIMITS): number {
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'first' && node.name.value !== 'last') return;
      const n = intValue(node.value, variables);
      if (n !== null && (n > limits.maxPageSize || n < 0)) {
        throw badRequest(ErrorCode.PAGE_SIZE_EXCEEDED, `"${node.name.value}" must be between 0 and ${limits.maxPageSize} (got ${n})`);
      }
    },
  });
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const depth = depthOf(def.selectionSet, fragments, new Set());
    if (depth > limits.maxDepth) throw badRequest(ErrorCode.QUERY_TOO_DEEP, `Query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
  }
  const cost = costOf(schema, document, variables);
  if (cost > limits.maxCost) throw badRequest(ErrorCode.QUERY_TOO_COSTLY, `Query cost ${cost} exceeds the limit of ${limits.maxCost}`);
  return cost;
}
