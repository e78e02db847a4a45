/**
 * Issue 14's rule: every public operation (each field of Query, Mutation and Subscription in the API schema
 * the gateway serves) that an operator, vendor, agent or staff member uses has a screen. An operation counts
 * as used when one of the storefront's own documents selects it: the back office, the shop, travel — every
 * `graphql()` document under storefront/, as `npm run codegen` collects them into the trusted-documents
 * manifest (test/codegen.test.ts keeps that file current, so this test needs no database and no server).
 *
 * An operation no screen uses must be on one of two lists:
 *   - NO_SCREEN_NEEDED: nobody in the back office needs it (a customer's headless storefront, integrators,
 *     the subgraphs among themselves); one line saying why. Keep it short and honest.
 *   - KNOWN_GAPS_ISSUE_14: an operator, vendor, agent or staff member needs it and its screen is still to
 *     come. The list can only shrink: an entry that gains a screen, or leaves the API, fails here until it
 *     is removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLObjectType } from 'graphql';
import { API_SCHEMA_FILE } from '../gateway/src/supergraph';

const MANIFEST = path.resolve(__dirname, '../storefront/gql/persisted-documents.json');

/** Operations no back-office screen needs, each with the reason. */
const NO_SCREEN_NEEDED: Record<string, string> = {
  'Query.category': 'customer-facing: headless storefronts read one category by slug (ours reads the tree through `categories`)',
  'Query.stockLevel': 'hydration: the gateway resolves `inventoryChanged` events through it',
  'Query.seatEvent': 'hydration: the gateway resolves `seatMap` events through it',
  'Query.reservation': 'integrators only: a checkout of their own that holds stock (ours holds it inside commerce)',
  'Query.reservations': 'integrators only: a checkout of their own that holds stock (ours holds it inside commerce)',
  'Mutation.reserveStock': 'service-to-service: commerce holds stock through it (subgraphs/commerce/src/services/peers.ts); integrators',
  'Mutation.commitReservation': 'service-to-service: commerce commits held stock through it; integrators',
  'Mutation.releaseReservation': 'service-to-service: commerce releases held stock through it; integrators',
  'Mutation.applyStockMovements': 'service-to-service: offline POS sales reach inventory through commerce; integrators with offline devices',
  'Mutation.createCart': 'customer-facing: headless storefronts (ours starts a cart with `addCartLine`)',
  'Mutation.removeCartLine': 'customer-facing: headless storefronts (ours sets a line to quantity 0 with `updateCartLine`)',
  'Query.myPushSubscriptions': 'customer-facing: a headless shop lists the customer\'s subscribed browsers (ours asks this browser\'s PushManager)',
  'Subscription.auditEvents': 'integrators only: a live security feed for a SIEM (the back office lists `auditEvents`)',
  'Subscription.inventoryChanged': 'integrators only: live stock sync to other channels (the back office reads levels on load)',
};

/**
 * KNOWN GAPS (issue 14): operations an operator, vendor, agent or staff member needs that have no screen
 * yet. Remove an entry in the commit that gives it a screen; never add one to make this test pass for a
 * new operation (give it a screen, or a reason in NO_SCREEN_NEEDED if nobody in the back office needs it).
 */
const KNOWN_GAPS_ISSUE_14: readonly string[] = [
];

/** Every root field of the public API, as `Type.field`. */
function publicOperations(): { schema: ReturnType<typeof buildSchema>; roots: GraphQLObjectType[]; operations: string[] } {
  const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
  return { schema, roots, operations: roots.flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`)) };
}

/** The root fields the storefront's own documents select (through fragments too), and in which documents. */
function firstPartyUses(): Map<string, string[]> {
  const { schema, roots } = publicOperations();
  const rootNames = new Set(roots.map((r) => r.name));
  const documents: Record<string, string> = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  const uses = new Map<string, string[]>();
  for (const text of Object.values(documents)) {
    const document = parse(text);
    const names = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (!parent || !rootNames.has(parent.name) || node.name.value.startsWith('__')) return;
          const key = `${parent.name}.${node.name.value}`;
          uses.set(key, [...(uses.get(key) ?? []), ...names]);
        },
      }),
    );
  }
  return uses;
}

const { operations } = publicOperations();
const uses = firstPartyUses();
const existing = new Set(operations);

it('reads a public API and the storefront’s documents', () => {
  expect(operations.length).toBeGreaterThan(100);
  expect(uses.size).toBeGreaterThan(50);
  // The scan sees root fields through fragments and aliases, and only root fields.
  expect(uses.has('Query.categories')).toBe(true);
  expect([...uses.keys()].every((k) => existing.has(k))).toBe(true);
});

it('every public operation has a screen, or a reason on NO_SCREEN_NEEDED, or is a known gap of issue 14', () => {
  const gaps = new Set(KNOWN_GAPS_ISSUE_14);
  const uncovered = operations
    .filter((op) => !uses.has(op) && !(op in NO_SCREEN_NEEDED) && !gaps.has(op))
    .map(
      (op) =>
        `${op} is in the public API but no storefront screen sends it. If an operator, vendor, agent or staff member uses it, ` +
        `give it a back-office screen (a graphql() document under storefront/, then \`npm run codegen\`); if nobody in the back office ` +
        `needs it, add it to NO_SCREEN_NEEDED in test/backoffice-coverage.test.ts with a one-line reason.`,
    );
  expect(uncovered).toEqual([]);
});

it('NO_SCREEN_NEEDED names only operations that exist and have no screen, each with a reason', () => {
  const problems = Object.entries(NO_SCREEN_NEEDED).flatMap(([op, reason]) => [
    ...(existing.has(op) ? [] : [`${op} is on NO_SCREEN_NEEDED but is no longer in the public API: remove it from the list.`]),
    ...(uses.has(op) ? [`${op} is on NO_SCREEN_NEEDED but ${uses.get(op)!.join(', ')} use(s) it: remove it from the list.`] : []),
    ...(reason.trim().length >= 10 && !reason.includes('\n') ? [] : [`${op} on NO_SCREEN_NEEDED needs a one-line reason.`]),
    ...(KNOWN_GAPS_ISSUE_14.includes(op) ? [`${op} is on both NO_SCREEN_NEEDED and KNOWN_GAPS_ISSUE_14: keep one.`] : []),
  ]);
  expect(problems).toEqual([]);
});

it('KNOWN_GAPS_ISSUE_14 is exact: it only shrinks', () => {
  const problems = KNOWN_GAPS_ISSUE_14.flatMap((op, i) => [
    ...(existing.has(op) ? [] : [`${op} is on KNOWN_GAPS_ISSUE_14 but is no longer in the public API: remove it from the list.`]),
    ...(uses.has(op) ? [`${op} has a screen now (${uses.get(op)!.join(', ')}): remove it from KNOWN_GAPS_ISSUE_14.`] : []),
    ...(KNOWN_GAPS_ISSUE_14.indexOf(op) === i ? [] : [`${op} is on KNOWN_GAPS_ISSUE_14 twice.`]),
  ]);
  expect(problems).toEqual([]);
});
