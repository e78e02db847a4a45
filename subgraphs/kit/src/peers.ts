import {
  AppError,
  ErrorCode,
  SUBGRAPH_REGISTRY,
  anonymousActor,
  config,
  logger,
  postJson,
  signedCallHeaders,
  traceOutgoingCall,
  uuidv7,
  type PostResult,
  type SubgraphName,
} from '@webwaka/protocol';

/**
 * Where to reach the other subgraphs (listed in the protocol's SUBGRAPH_REGISTRY). Embedded stacks start
 * subgraphs on free ports and fill `known` as they come up (one shared object), so a later lookup sees the
 * real port; otherwise `<NAME>_URL`, then the default port on loopback.
 */
export class Peers {
  /** `timeoutMs`: how long a call may take unless the call says otherwise (15 s). */
  constructor(
    readonly known: Record<string, string> = {},
    readonly timeoutMs = 15_000,
  ) {}

  url(name: SubgraphName): string {
    const entry = SUBGRAPH_REGISTRY.find((s) => s.name === name);
    if (!entry) throw new Error(`Unknown subgraph ${name}`);
    return this.known[name] ?? process.env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${entry.defaultPort}/graphql`;
  }
}

export interface PeerCall {
  /** The tenant the call acts in: the same one as the request that caused it. */
  tenantId: string;
  /** The calling subgraph, for the callee's logs. */
  service: string;
  /** The API scopes the call needs (least privilege: a service actor holds nothing else). */
  scopes: string[];
  requestId?: string;
  /** Milliseconds before the call counts as failed. */
  timeoutMs?: number;
}

/**
 * One GraphQL call from a subgraph to another over HTTP, signed like the gateway's calls so the callee
 * applies its ordinary rules (tenant scoping, scope-based authorization) to a `service` actor. A transport
 * failure or a GraphQL error becomes an AppError (the callee's code, or PEER_UNAVAILABLE); the caller
 * reads `userErrors` in the data itself.
 */
export async function callPeer<T = any>(peers: Peers, name: SubgraphName, query: string, variables: Record<string, unknown>, call: PeerCall): Promise<T> {
  const actor = { ...anonymousActor(call.tenantId), kind: 'service' as const, scopes: call.scopes };
  const requestId = call.requestId ?? uuidv7();
  const payload = JSON.stringify({ query, variables });
  const headers: Record<string, string> = {
    // Bound to the callee and to these body bytes (decision 0023); the trace's `traceparent` is not signed, only followed.
    ...signedCallHeaders(actor, requestId, config.gatewaySecret, { audience: name, body: payload }),
    'x-webwaka-caller': call.service,
  };
  let res: PostResult;
  try {
    res = await traceOutgoingCall(call.service, `call ${name}`, { 'webwaka.peer': name }, headers, async (span) => {
      const answer = await postJson(peers.url(name), payload, { headers, timeoutMs: call.timeoutMs ?? peers.timeoutMs });
      span.setAttribute('http.response.status_code', answer.status);
      return answer;
    });
  } catch (e) {
    // The cause names the peer's address: the logs get it, the client only the code (decision 0068).
    logger.warn('peer did not answer', { requestId, caller: call.service, peer: name, error: String(e) });
    throw new AppError(ErrorCode.PEER_UNAVAILABLE, `The ${name} service did not answer`);
  }
  const body = parseBody<T>(res.text);
  if (!body || (!body.data && !body.errors)) throw new AppError(ErrorCode.PEER_UNAVAILABLE, `The ${name} service answered ${res.status}`);
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = (first.extensions?.code as ErrorCode | undefined) ?? ErrorCode.INTERNAL;
    throw new AppError(Object.values(ErrorCode).includes(code) ? code : ErrorCode.INTERNAL, `${name}: ${first.message}`);
  }
  return body.data as T;
}

function parseBody<T>(text: string): { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
