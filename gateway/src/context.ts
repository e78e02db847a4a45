import type { Actor } from '@webwaka/protocol';
import type { Bucket } from './rate-limit';

/** Per-request gateway context: forwarded to subgraphs in the signed actor header. */
export interface GatewayContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
  /** The rate-limit bucket the request is charged to (request-charges.ts); gateway-only. */
  rateLimitBucket?: Bucket;
  /** The operation's cost estimate, once the query limits have computed it (limits.ts); gateway-only. */
  queryCost?: number;
}
