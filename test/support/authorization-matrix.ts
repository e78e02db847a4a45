/**
 * The authorization-matrix harness every capability uses: the capability gives a table of its operations
 * (document, variables, who may call it, what an allowed call answers) and the callers it wants (demo
 * users, fresh users with given roles, API keys with given scopes, an anonymous visitor); this file boots
 * the graph, signs the callers in once, and generates one jest case per (operation, caller) plus the two
 * coverage tests (every operation of the capability is in the table; every document is valid and calls
 * exactly its operation). Everyone not allowed must be refused with the right code:
 *   - anonymous (x-tenant only)                                    -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA, on an
 *     operation open to administrators                             -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, API keys without the scope)        -> FORBIDDEN
 * A caller holding two roles (decision 0025) is allowed what either role is, never less, never more.
 *
 * Conventions the denial rule relies on: the anonymous caller is named `anonymous`, the administrator
 * without 2FA `CLIENT_ADMIN_WITHOUT_2FA`, and the administrator with it `CLIENT_ADMIN`.
 */
import { Kind, parse, validate, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { hashPassword, uuidv7, type RoleName } from '@webwaka/kit';
import { createApiKey, createUser, login, signInSession, tenantId, type DemoUser, type SessionInfo } from './callers';
import { bearer, gql } from './graphql';
import { apiSchema, ownOperations, rootFieldNames } from './operations';
import { startStack, type TestStack } from './stack';
import { subscribe } from './subscribe';

/** A tenant slug, or a function giving it once the stack is up (a tenant the test makes itself). */
type TenantRef = string | (() => string);

/** Who a caller of the matrix is. */
export type CallerSpec<K extends string = string> =
  /** A visitor of the tenant: no credentials, only `x-tenant`. */
  | { anonymous: true; tenant: TenantRef }
  /** A demo user (prisma/seed/identity.ts) signed in at the tenant; administrators with their TOTP code. */
  | { demoUser: DemoUser; tenant: TenantRef }
  /**
   * A fresh user made straight in the database with these roles at the tenant, with two-factor on when
   * `twoFactor` (otherwise signed in with a password only). `parts`: for a user holding several roles, the
   * single-role callers whose rights it combines.
   */
  | { roles: readonly RoleName[]; tenant: TenantRef; twoFactor?: boolean; parts?: readonly K[] }
  /** An API key with these scopes, created by the administrator caller `madeBy` in its tenant. */
  | { scopes: string[]; madeBy: K }
  /**
   * Credentials the capability makes itself once the other callers exist (a till's key, made by pairing):
   * `make` gets the stack and the administrator caller `madeBy`.
   */
  | { make: (s: TestStack, admin: MatrixCaller<K>) => Promise<{ headers: Record<string, string>; ws: Record<string, string>; apiKeyId?: string | null }>; madeBy: K };

export interface MatrixCaller<K extends string = string> {
  kind: K;
  tenantSlug: string;
  tenantId: string;
  /** HTTP request headers carrying the credentials. */
  headers: Record<string, string>;
  /** graphql-ws connection_init payload carrying the same credentials. */
  ws: Record<string, string>;
  /** The signed-in user's session (null for anonymous and API keys). */
  session: SessionInfo | null;
  userId: string | null;
  email: string | null;
  apiKeyId: string | null;
}

export interface MatrixOperation<K extends string = string> {
  /** The whole GraphQL document; its one root field is the operation. */
  document: string;
  variables?: (caller: MatrixCaller<K>) => Record<string, unknown>;
  allowed: readonly K[];
  /** What an allowed call answers (shows the resolver really ran). */
  expectAllowed?: (value: any, caller: MatrixCaller<K>) => void;
  /** A query whose resolver refuses with an error (not a userError) past the role check: the code an allowed caller gets. */
  allowedError?: (caller: MatrixCaller<K>) => string;
  /** Run as a throwaway user like the caller: the operation changes the caller's own account. */
  fresh?: boolean;
  /**
   * Subscriptions: causes an event the caller should receive (the subscription may not be listening yet,
   * so it is called again until one arrives) and returns how to recognise it.
   */
  provoke?: (caller: MatrixCaller<K>) => Promise<(event: any) => boolean>;
  /** A check of its own instead of the harness's (a subscription with more to prove); `denial` is the code a refused caller must get. */
  check?: (caller: MatrixCaller<K>, allowed: boolean, denial: string) => Promise<void>;
}

export interface Matrix<K extends string> {
  kinds: readonly K[];
  /** The stack (inside tests and hooks). */
  stack(): TestStack;
  /** The callers, signed in once (inside tests and hooks). */
  callers: Record<K, MatrixCaller<K>>;
  /** The single-role callers `kind` combines (itself for a single-role caller). */
  partsOf(kind: K): readonly K[];
  holds(kind: K, part: K): boolean;
  isAllowed(allowed: readonly K[], kind: K): boolean;
  denialCode(kind: K, allowed: readonly K[]): string;
  /** A new user like `kind` (same tenant, roles and second factor), signed in. */
  freshCaller(kind: K): Promise<MatrixCaller<K>>;
}

/**
 * The callers most tables start from: a visitor, the demo customer, staff and client administrator of
 * `tenant`, the demo vendor and agent where they sell (`marketplace`), the partner's and the platform's
 * administrators in their own tenants, and a fresh administrator of `tenant` who has not set up 2FA.
 */
export const demoCallers = (tenant: string, marketplace = tenant) =>
  ({
    anonymous: { anonymous: true, tenant },
    CUSTOMER: { demoUser: 'customer', tenant },
    VENDOR: { demoUser: 'vendor', tenant: marketplace },
    AGENT: { demoUser: 'agent', tenant: marketplace },
    STAFF: { demoUser: 'staff', tenant },
    CLIENT_ADMIN: { demoUser: 'client', tenant },
    PARTNER_ADMIN: { demoUser: 'partner', tenant: 'lagos-digital' },
    SUPER_ADMIN: { demoUser: 'superadmin', tenant: 'webwaka' },
    CLIENT_ADMIN_WITHOUT_2FA: { roles: ['CLIENT_ADMIN'], tenant },
  }) as const satisfies Record<string, CallerSpec>;

/** Who the callers are, without a stack: what a table needs to say who may call what. */
export function callerKinds<K extends string>(specs: Record<K, CallerSpec>) {
  const kinds = Object.keys(specs) as K[];
  const partsOf = (kind: K): readonly K[] => {
    const spec = specs[kind];
    return (('parts' in spec && spec.parts) || [kind]) as readonly K[];
  };
  const holds = (kind: K, part: K) => partsOf(kind).includes(part);
  const isAllowed = (allowed: readonly K[], kind: K) => partsOf(kind).some((k) => allowed.includes(k));
  const denialCode = (kind: K, allowed: readonly K[]): string =>
    kind === 'anonymous' ? 'UNAUTHENTICATED' : holds(kind, 'CLIENT_ADMIN_WITHOUT_2FA' as K) && allowed.includes('CLIENT_ADMIN' as K) ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';
  return { kinds, partsOf, holds, isAllowed, denialCode };
}

/**
 * Registers the matrix of a capability in the current test file: a beforeAll that boots the stack (after
 * `before`, e.g. a tenant of the test's own) and signs every caller in, the coverage tests, one case per
 * (operation, caller), and an afterAll that stops the stack. A test file adds its own fixtures in a
 * beforeAll of its own (it runs after this one) and its own checks in describe blocks after this call.
 */
export function authorizationMatrix<K extends string>(config: {
  /** The capability's name, as the coverage test says it. */
  capability: string;
  /** The capability's subgraph schema: its root fields are the operations the table must list. */
  subgraphSchema: GraphQLSchema;
  /** Operations the capability feeds that are not its subgraph's root fields (the gateway's subscriptions). */
  extra?: string[];
  /** Root fields whose authorization another test file covers. */
  exclude?: readonly string[];
  /** Root fields only other subgraphs call (kept out of the API): not in the table, and must stay out of the API. */
  peerOnly?: readonly string[];
  callers: Record<K, CallerSpec>;
  operations: Record<string, MatrixOperation<NoInfer<K>>>;
  start?: () => Promise<TestStack>;
  /** Runs once the stack is up, before the callers are made. */
  before?: (s: TestStack) => Promise<void>;
  /** Known product bugs, as `<operation> × <caller>` -> description: those cases run as `it.failing` until fixed. */
  knownBugs?: Record<string, string>;
}): Matrix<K> {
  const { kinds, partsOf, holds, isAllowed, denialCode } = callerKinds(config.callers);
  const callers = {} as Record<K, MatrixCaller<K>>;
  let s: TestStack;
  let passwordHash: Promise<string> | null = null;
  const slugOf = (ref: TenantRef) => (typeof ref === 'function' ? ref() : ref);

  const userCaller = async (kind: K, session: SessionInfo): Promise<MatrixCaller<K>> => ({
    kind,
    tenantSlug: session.tenant.slug,
    tenantId: session.tenant.id,
    headers: bearer(session.accessToken),
    ws: { authorization: `Bearer ${session.accessToken}` },
    session,
    userId: session.user.id,
    email: session.user.email,
    apiKeyId: null,
  });

  /** A fresh user with these roles at the tenant, signed in (through the gateway, like anyone). */
  async function freshUser(kind: K, slug: string, roles: readonly RoleName[], twoFactor: boolean): Promise<MatrixCaller<K>> {
    passwordHash ??= hashPassword(s.demo.password);
    const email = `${kind.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${uuidv7()}@matrix.test`;
    const totpSecret = twoFactor ? s.demo.totpSecret : undefined;
    const tenant = await tenantId(s.stack.prisma, slug);
    await createUser(s.stack.prisma, { email, passwordHash: await passwordHash, totpSecret, memberships: roles.map((role) => ({ tenantId: tenant, role })) });
    return userCaller(kind, await login(s.gatewayUrl, slug, email, s.demo.password, totpSecret, s.stack.prisma));
  }

  async function freshCaller(kind: K): Promise<MatrixCaller<K>> {
    const like = callers[kind];
    if (!like.session) throw new Error(`${kind} is not a user`);
    return freshUser(kind, like.tenantSlug, like.session.roles, like.session.twoFactorVerified);
  }

  beforeAll(async () => {
    s = await (config.start ?? (() => startStack()))();
    await config.before?.(s);
    // One at a time, and keys last (their administrator signs in first).
    for (const kind of kinds) {
      const spec = config.callers[kind];
      if ('anonymous' in spec) {
        const slug = slugOf(spec.tenant);
        const id = await tenantId(s.stack.prisma, slug);
        callers[kind] = { kind, tenantSlug: slug, tenantId: id, headers: { 'x-tenant': slug }, ws: { tenant: slug }, session: null, userId: null, email: null, apiKeyId: null };
      } else if ('demoUser' in spec) {
        callers[kind] = await userCaller(kind, await signInSession(s, slugOf(spec.tenant), spec.demoUser));
      } else if ('roles' in spec) {
        callers[kind] = await freshUser(kind, slugOf(spec.tenant), spec.roles, !!spec.twoFactor);
      }
    }
    for (const kind of kinds) {
      const spec = config.callers[kind];
      if (!('scopes' in spec)) continue;
      const admin = callers[spec.madeBy as K];
      const key = await createApiKey(s, admin.headers, spec.scopes, `matrix ${kind}`);
      callers[kind] = { kind, tenantSlug: admin.tenantSlug, tenantId: admin.tenantId, headers: key.headers, ws: { apiKey: key.key }, session: null, userId: null, email: null, apiKeyId: key.id };
    }
    for (const kind of kinds) {
      const spec = config.callers[kind];
      if (!('make' in spec)) continue;
      const admin = callers[spec.madeBy as K];
      const made = await spec.make(s, admin);
      callers[kind] = { kind, tenantSlug: admin.tenantSlug, tenantId: admin.tenantId, headers: made.headers, ws: made.ws, session: null, userId: null, email: null, apiKeyId: made.apiKeyId ?? null };
    }
  }, 180_000);
  afterAll(async () => {
    await s?.stop();
  });

  describe('the table', () => {
    it(`lists every ${config.capability} operation of the API (and nothing else)`, () => {
      const api = apiSchema();
      const inApi = (op: string) => {
        const [type, field] = op.split('.');
        return !!(type === 'Query' ? api.getQueryType() : type === 'Mutation' ? api.getMutationType() : api.getSubscriptionType())?.getFields()[field];
      };
      // Every root field of the subgraph (federation's aside) must reach the API, but those only peers call:
      // one that does not is either dead or hidden by mistake, and the table could not call it.
      const { queries, mutations } = rootFieldNames(config.subgraphSchema);
      const own = [...queries.map((f) => `Query.${f}`), ...mutations.map((f) => `Mutation.${f}`)];
      const ops = ownOperations(config.subgraphSchema, { extra: config.extra, exclude: config.exclude });
      expect({
        missing: ops.filter((op) => !(op in config.operations)),
        stale: Object.keys(config.operations).filter((op) => !ops.includes(op)),
        notInApi: [...own, ...(config.extra ?? [])].filter((op) => !inApi(op) && !config.peerOnly?.includes(op)),
        peerOnlyInApi: (config.peerOnly ?? []).filter((op) => inApi(op) || !own.includes(op)),
      }).toEqual({ missing: [], stale: [], notInApi: [], peerOnlyInApi: [] });
    });

    it('has a valid document per operation whose one root field is that operation', () => {
      const api = apiSchema();
      for (const [name, op] of Object.entries(config.operations)) {
        const doc = parse(op.document);
        expect({ name, errors: validate(api, doc).map((e) => e.message) }).toEqual({ name, errors: [] });
        const def = doc.definitions[0] as OperationDefinitionNode;
        const [type, field] = name.split('.');
        expect(`${def.operation}:${(def.selectionSet.selections as FieldNode[]).map((f) => f.kind === Kind.FIELD && f.name.value).join(',')}`).toBe(`${type.toLowerCase()}:${field}`);
      }
    });
  });

  async function checkHttp(name: string, op: MatrixOperation<K>, kind: K, allowed: boolean) {
    const caller = op.fresh && callers[kind].session ? await freshCaller(kind) : callers[kind];
    const field = name.split('.')[1];
    const r = await gql(s.gatewayUrl, op.document, op.variables?.(caller) ?? {}, caller.headers);
    if (allowed && op.allowedError) {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([op.allowedError(caller)]);
    } else if (allowed) {
      expect(r.errors ?? []).toEqual([]);
      expect(r.data).not.toBeNull();
      expect(r.data).toHaveProperty([field]);
      op.expectAllowed?.(r.data[field], caller);
    } else {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind, op.allowed)]);
      expect(r.data?.[field] ?? null).toBeNull();
    }
  }

  /** Allowed subscribers stay connected and receive what `provoke` causes; others get the denial code and nothing else. */
  async function checkSubscription(op: MatrixOperation<K>, kind: K, allowed: boolean) {
    const caller = callers[kind];
    const sub = subscribe<any>(s.wsUrl, op.document, caller.ws, op.variables?.(caller));
    try {
      if (allowed) {
        if (!op.provoke) throw new Error('a subscription in the table needs `provoke`');
        let matches: (event: any) => boolean = () => false;
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline && !sub.events.some(matches)) {
          matches = await op.provoke(caller);
          await sub.next(matches, 1500).catch(() => null);
        }
        expect({ got: sub.events.some(matches), errors: sub.errors }).toEqual({ got: true, errors: [] });
      } else {
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && sub.errors.length === 0) await new Promise((r) => setTimeout(r, 50));
        const errorCodes = sub.errors.flatMap((e: any) => (Array.isArray(e) ? e : [e])).map((e: any) => e?.extensions?.code ?? String(e?.code ?? e));
        expect(errorCodes).toEqual([denialCode(kind, op.allowed)]);
        expect(sub.events).toEqual([]);
      }
    } finally {
      await sub.close();
    }
  }

  describe.each(Object.entries(config.operations))('%s', (name, op) => {
    const cases = kinds.map((kind) => {
      const allowed = isAllowed(op.allowed, kind);
      return { kind, allowed, expected: allowed ? 'allowed' : `denied (${denialCode(kind, op.allowed)})`, bug: config.knownBugs?.[`${name} × ${kind}`] };
    });
    const run = ({ kind, allowed }: (typeof cases)[number]) =>
      op.check ? op.check(callers[kind], allowed, denialCode(kind, op.allowed)) : name.startsWith('Subscription.') ? checkSubscription(op, kind, allowed) : checkHttp(name, op, kind, allowed);
    it.each(cases.filter((c) => !c.bug))('$kind: $expected', run);
    const buggy = cases.filter((c) => c.bug);
    // Known product bugs: expected to fail until fixed (then the case fails and moves back to `it`).
    if (buggy.length) it.failing.each(buggy)('$kind: $expected [known bug: $bug]', run);
  });

  return {
    kinds,
    stack: () => s,
    callers,
    partsOf,
    holds,
    isAllowed,
    denialCode,
    freshCaller,
  };
}
