import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { ErrorCode, type Actor } from '@webwaka/protocol';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from './context';
import { costOf } from './limits';
import { ADMISSION_TOKENS, callerBucket, type Bucket, type RateLimitConfig, type RateLimiter } from './rate-limit';

/**
 * What each request costs from its caller's bucket (decision 0039), in two steps:
 * - at the door, before the body is read or parsed: ADMISSION_TOKENS, and only from a bucket that holds
 *   them, so a flood is refused for the price of a bucket lookup;
 * - once the operation's cost estimate is known (after validation and the query limits, after the
 *   response cache had its chance, before any subgraph is called): the rest of its price. That spend may
 *   take the bucket into debt, which the caller's next request waits out; it is refused only when the
 *   bucket is in debt already (other requests of the caller's, admitted at the same time, spent it).
 *   So an expensive query never starves behind a stream of cheap ones, and a burst of parallel
 *   expensive ones runs at most one past what the bucket held.
 * A response-cache hit pays the door's charge only. Account mutations (ACCOUNT_MUTATIONS) also spend from
 * their address's account bucket.
 */
export type OperationKind = 'query' | 'mutation' | 'subscription';

export const RATE_LIMITED_MESSAGE = 'Too many requests; slow down';

/**
 * Mutations that guess passwords and codes or create accounts in bulk. Identity throttles the guessing per
 * account and address in its database (decision 0023); here each one also takes a token from its client
 * address's account bucket, whoever the caller is, so a signed-in caller or a key cannot go around it.
 */
export const ACCOUNT_MUTATIONS: ReadonlySet<string> = new Set([
  'signUp',
  'login',
  'confirmTwoFactorEnrollment',
  'disableTwoFactor',
  'beginTwoFactorReset',
  'confirmTwoFactorReset',
  'requestAccountDeletion',
  // Mail-sending and single-use links (decision 0056).
  'requestPasswordReset',
  'resetPassword',
  'verifyEmail',
  'resendEmailVerification',
  // Sign-in codes by SMS (decision 0062).
  'requestSignInCode',
  'signInWithCode',
]);

/** The root fields an operation selects, one per selection (aliases count), fragments followed. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const names: string[] = [];
  const collect = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.push(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) collect(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) collect(fragments.get(sel.name.value)!.selectionSet, new Set([...seen, sel.name.value]));
    }
  };
  collect(operation.selectionSet, new Set());
  return names;
}

/**
 * An operation's whole price in tokens when it runs: the door's charge (what any request costs the gateway)
 * plus one token per `costPerToken` points of its cost estimate, started points counting; a mutation at
 * least `mutationTokens`. (A response-cache hit pays the door's charge only.)
 */
export function tokensFor(kind: OperationKind, cost: number, config: Pick<RateLimitConfig, 'costPerToken' | 'mutationTokens'>): number {
  const price = ADMISSION_TOKENS + Math.ceil(Math.max(0, cost) / config.costPerToken);
  return kind === 'mutation' ? Math.max(config.mutationTokens, price) : price;
}

/** The refusal after the door, in the same shape as the door's: 429, Retry-After, RATE_LIMITED. */
export function rateLimitedResponse(waitSeconds: number): GraphQLResponse {
  return {
    http: { status: 429, headers: new HeaderMap([['retry-after', String(waitSeconds)]]) },
    body: { kind: 'single', singleResult: { errors: [{ message: RATE_LIMITED_MESSAGE, extensions: { code: ErrorCode.RATE_LIMITED } }] } },
  };
}

export class RequestCharges {
  constructor(
    private readonly limiter: RateLimiter,
    readonly config: RateLimitConfig,
  ) {}

  bucketOf(actor: Actor, ip: string | null | undefined): Bucket {
    return callerBucket(actor, ip, this.config);
  }

  /** The door: 0 when let in, else the seconds to wait. */
  admit(bucket: Bucket): Promise<number> {
    return this.limiter.spend(bucket, ADMISSION_TOKENS, ADMISSION_TOKENS);
  }

  /** `count` account mutations from the client address's account bucket: 0 when spent, else the seconds to wait. */
  chargeAccount(ip: string | null | undefined, count: number): Promise<number> {
    return this.limiter.spend({ key: `account:${ip}`, allowance: this.config.account }, count, count);
  }

  /** The rest of an admitted operation's price: 0 when spent (or nothing was left to pay), else the seconds to wait. */
  async chargeRest(bucket: Bucket, kind: OperationKind, cost: number): Promise<number> {
    const rest = tokensFor(kind, cost, this.config) - ADMISSION_TOKENS;
    return rest > 0 ? this.limiter.spend(bucket, rest, 0) : 0;
  }

  /**
   * Charges the rest of each operation's price before it runs. Listed after the response cache's plugin:
   * Apollo asks plugins for a response in order and stops at the first, so a cache hit never gets here.
   */
  plugin(): ApolloServerPlugin<GatewayContext> {
    const charges = this;
    return {
      async requestDidStart() {
        return {
          async responseForOperation({ contextValue, operation, schema, document, request }) {
            const bucket = contextValue.rateLimitBucket;
            if (!bucket || !operation) return null;
            if (operation.operation === 'mutation') {
              const accountMutations = rootFields(operation, document).filter((name) => ACCOUNT_MUTATIONS.has(name)).length;
              const wait = accountMutations > 0 ? await charges.chargeAccount(contextValue.ip, accountMutations) : 0;
              if (wait > 0) return rateLimitedResponse(wait);
            }
            const cost = contextValue.queryCost ?? costOf(schema, document, request.variables ?? {});
            const wait = await charges.chargeRest(bucket, operation.operation as OperationKind, cost);
            return wait > 0 ? rateLimitedResponse(wait) : null;
          },
        };
      },
    };
  }
}
