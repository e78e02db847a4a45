import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLScalarType, Kind } from 'graphql';
import { ADMIN_ROLES, type RoleName, AppError, ErrorCode, type UserError, formatMoney, type Money } from '@webwaka/protocol';
import type { RequestContext } from './context';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';

export interface AuthScopes {
  /** Any signed-in user. */
  authenticated: boolean;
  /** A member of the request's tenant with one of these roles. Admin roles also require the second factor. */
  roles: RoleName[];
  /** An API key carrying this scope. */
  apiScope: string;
}

export interface BuilderTypes {
  PrismaTypes: PrismaTypes;
  Context: RequestContext;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    BigIntString: { Input: bigint; Output: bigint | number | string };
  };
}

/**
 * One builder per subgraph, all with the same plugins and conventions (Pothos' prisma-federation example):
 * Prisma-backed types, Relay connections, scope auth evaluated from the signed actor, DataLoader-backed
 * entities, Federation 2 output.
 */
export function createBuilder() {
  const builder = new SchemaBuilder<BuilderTypes>({
    plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
    defaultFieldNullability: false,
    prisma: { client: (ctx: RequestContext) => ctx.prisma, dmmf: getDatamodel(), filterConnectionTotalCount: true, onUnusedQuery: null },
    // PageInfo is defined by every subgraph, so it must be shareable for composition.
    relay: { clientMutationId: 'omit', cursorType: 'String', pageInfoTypeOptions: { shareable: true } },
    scopeAuth: {
      treatErrorsAsUnauthorized: false,
      unauthorizedError: (_parent, context) =>
        context.actor.kind === 'anonymous'
          ? new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this')
          : new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this'),
      authScopes: (ctx) => ({
        authenticated: ctx.actor.kind === 'user' && !!ctx.actor.userId,
        roles: (allowed: RoleName[]) => {
          const held = ctx.actor.kind === 'user' ? ctx.actor.roles.filter((r) => allowed.includes(r)) : [];
          if (held.length === 0) return false;
          if (held.some((r) => !ADMIN_ROLES.includes(r))) return true;
          // Only admin roles match: they are honoured once the session has passed the second factor.
          if (!ctx.actor.mfa) throw new AppError(ErrorCode.TWO_FACTOR_REQUIRED, 'Confirm two-factor authentication to use admin operations');
          return true;
        },
        // Integrators' keys and other subgraphs (service actors) act through scopes only.
        apiScope: (scope: string) => (ctx.actor.kind === 'apiKey' || ctx.actor.kind === 'service') && ctx.actor.scopes.includes(scope),
      }),
    },
  });

  builder.addScalarType('DateTime', dateTimeScalar);
  builder.addScalarType('JSON', jsonScalar);
  builder.addScalarType('BigIntString', bigIntStringScalar);

  const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
    description: 'An expected failure of a mutation: what went wrong, where, and a stable code.',
    shareable: true,
    fields: (t) => ({
      code: t.exposeString('code'),
      message: t.exposeString('message'),
      field: t.exposeStringList('field', { nullable: true }),
    }),
  });

  const MoneyRef = builder.objectRef<Money>('Money').implement({
    description: 'An amount of money: integer minor units (kobo for NGN) as a string, and an ISO 4217 currency.',
    shareable: true,
    fields: (t) => ({
      amount: t.field({ type: 'BigIntString', resolve: (m) => m.amount }),
      currency: t.exposeString('currency'),
      formatted: t.string({ description: 'For display, e.g. ₦12,500.00 (en-NG).', resolve: (m) => formatMoney(m) }),
    }),
  });

  /**
   * A mutation payload: the given result fields (nullable: absent when the mutation failed) plus
   * `userErrors`. Pair with `withUserErrors` in the resolver.
   */
  function payloadObject<Shape extends object>(
    name: string,
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>, Partial<Shape> & { userErrors: UserError[] }>) => object,
    description?: string,
  ) {
    return builder.objectRef<Partial<Shape> & { userErrors: UserError[] }>(name).implement({
      description,
      fields: (t) => ({
        ...(fields(t) as {}),
        userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
      }),
    });
  }

  return Object.assign(builder, { UserErrorRef, MoneyRef, payloadObject });
}

export type Builder = ReturnType<typeof createBuilder>;

const dateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in UTC, ISO 8601 (display in the tenant time zone, Africa/Lagos by default).',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : invalid('DateTime')),
});

const jsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON.',
  serialize: (v) => v,
  parseValue: (v) => v,
});

/** Money amounts are integer minor units (kobo); GraphQL Int is 32-bit, so they travel as strings. */
const bigIntStringScalar = new GraphQLScalarType({
  name: 'BigIntString',
  description: 'A 64-bit integer encoded as a decimal string (used for money in minor units).',
  serialize: (v) => BigInt(v as string | number | bigint).toString(),
  parseValue: (v) => parseBigInt(v),
  parseLiteral: (ast) => (ast.kind === Kind.STRING || ast.kind === Kind.INT ? parseBigInt(ast.value) : invalid('BigIntString')),
});

function parseDate(v: unknown): Date {
  const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) invalid('DateTime');
  return d;
}
function parseBigInt(v: unknown): bigint {
  if (typeof v !== 'string' || !/^-?\d{1,19}$/.test(v)) invalid('BigIntString');
  return BigInt(v as string);
}
function invalid(name: string): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid ${name} value`);
}
