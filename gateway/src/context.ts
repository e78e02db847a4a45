import type { Actor } from '@webwaka/protocol';

/** Per-request gateway context: forwarded to subgraphs in the signed actor header. */
export interface GatewayContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
}
