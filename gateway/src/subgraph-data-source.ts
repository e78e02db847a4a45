import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { ACTOR_HEADER, ErrorCode, REQUEST_ID_HEADER, config, createLogger, postJson, signActorHeader, traceOutgoingCall } from '@webwaka/protocol';
import type { GatewayContext } from './context';
import { subgraphFetchDuration, subgraphFetchErrors } from './metrics';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

const log = createLogger({ service: 'gateway' });

/**
 * How the gateway calls one subgraph: a POST of the operation with the caller's actor signed for that
 * subgraph and for the exact body bytes (decision 0023), and the request id for the logs.
 *
 * Apollo's RemoteGraphQLDataSource builds node-fetch Headers and a Request, then sends with fetch and reads
 * the answer through web streams, for every call; on the uncached product list that was 6 % of a worker's
 * busy time in its sync part alone. This does the same exchange on Node's http module (protocol's
 * postJson) and hands Apollo the parsed body, which is all its executor reads (issue 12).
 */
/**
 * How long a subgraph may take to answer one call (`SUBGRAPH_TIMEOUT_MS`, default 60 s, as long as the
 * payment webhook's route gets). A connection that never answers, such as one the cluster primary of a
 * replicated subgraph handed to a replica at the moment it died, fails the call instead of holding the
 * client's request open for good.
 */
export const subgraphTimeoutMs = () => Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 60_000);

export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    readonly url: string,
    readonly timeoutMs = subgraphTimeoutMs(),
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = options.request;
    if (!query) throw new Error('Missing query');
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const headers: Record<string, string> = {};
    // Only a client's operation has an actor; health checks and schema loads (unused here) go unsigned.
    if ('incomingRequestContext' in options) {
      const { actor, requestId, ip } = options.context;
      headers[ACTOR_HEADER] = signActorHeader(actor, requestId, config.gatewaySecret, { audience: this.name, body, ip });
      headers[REQUEST_ID_HEADER] = requestId;
    }
    const requestId = 'incomingRequestContext' in options ? options.context.requestId : null;
    let answer;
    const started = performance.now();
    try {
      // A client span whose `traceparent` the subgraph continues (decision 0072); not covered by the signature.
      answer = await traceOutgoingCall('gateway', `subgraph ${this.name}`, { 'webwaka.subgraph': this.name }, headers, async (span) => {
        const res = await postJson(this.url, body, { headers, timeoutMs: this.timeoutMs });
        span.setAttribute('http.response.status_code', res.status);
        return res;
      });
      subgraphFetchDuration.observeSince({ subgraph: this.name }, started);
    } catch (e) {
      subgraphFetchErrors.inc({ subgraph: this.name, reason: 'unreachable' });
      // The cause (ECONNREFUSED, a timeout, ...) and the address go to the logs; the client gets the code
      // (decision 0068), and the rest of its query still answers.
      log.error('subgraph did not answer', { requestId, service: this.name, url: this.url, error: String(e) });
      throw this.unavailable();
    }
    const parsed = parseJson(answer.text);
    if (answer.status < 200 || answer.status >= 300) {
      subgraphFetchErrors.inc({ subgraph: this.name, reason: 'status' });
      const code = answer.status === 401 ? ErrorCode.UNAUTHENTICATED : answer.status === 403 ? ErrorCode.FORBIDDEN : null;
      log.error('subgraph answered an error status', { requestId, service: this.name, status: answer.status, body: answer.text.slice(0, 2000) });
      if (!code) throw this.unavailable();
      throw new GraphQLError(`The ${this.name} service refused the call (${answer.status})`, { extensions: { code, service: this.name } });
    }
    if (!parsed || typeof parsed !== 'object') {
      subgraphFetchErrors.inc({ subgraph: this.name, reason: 'invalid' });
      log.error('subgraph answered something other than JSON', { requestId, service: this.name, status: answer.status, body: answer.text.slice(0, 2000) });
      throw this.unavailable();
    }
    return parsed as GatewayGraphQLResponse;
  }

  private unavailable() {
    return new GraphQLError(`The ${this.name} service is unavailable; try again shortly`, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service: this.name } });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
