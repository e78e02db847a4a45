/**
 * The gateway's metrics (issue 18, decision 0070): requests by route kind and status class, GraphQL operations
 * by type and outcome, and each subgraph call's time and failures. Written in Prometheus text on the process's
 * internal metrics listener (@webwaka/protocol's metrics.ts), never on the public port.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { annotateOperation, graphqlDuration, graphqlOperations, httpDuration, httpRequests, metrics, routeKind, statusClass } from '@webwaka/protocol';
import type { GatewayContext } from './context';
import { trustedDocuments } from './persisted-operations';

const SERVICE = 'gateway';

export const subgraphFetchDuration = metrics.histogram('webwaka_subgraph_fetch_duration_seconds', 'Time of a gateway call to a subgraph, by subgraph.');
export const subgraphFetchErrors = metrics.counter(
  'webwaka_subgraph_fetch_errors_total',
  'Gateway calls to a subgraph that failed, by subgraph and reason (unreachable, status, invalid).',
);

/** A trusted document's operation name (a fixed set), else "other". */
function trustedOperationName(queryHash: string | undefined, operationName: string | null | undefined): string {
  return queryHash && trustedDocuments().has(queryHash) ? (operationName ?? 'anonymous') : 'other';
}

/** Counts a request when answered (called from the gateway's first middleware). */
export function countRequest(path: string, status: number, startedMs: number): void {
  const route = routeKind(path);
  httpRequests.inc({ service: SERVICE, route, status: statusClass(status) });
  httpDuration.observeSince({ service: SERVICE, route }, startedMs);
}

/**
 * GraphQL operations by type and outcome. The operation's name is a label only for the storefront's trusted
 * documents (a fixed set); any other client's names are "other", so no client can add series.
 */
export const metricsPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      // The request's span is named after the operation too (decision 0072), under the same rule.
      async didResolveOperation({ operation, operationName, queryHash }) {
        const trusted = trustedOperationName(queryHash, operationName);
        annotateOperation(operation?.operation ?? 'unknown', trusted === 'other' ? null : trusted);
      },
      async willSendResponse({ operation, operationName, queryHash, errors }) {
        const type = operation?.operation ?? 'invalid';
        graphqlOperations.inc({ service: SERVICE, type, outcome: errors?.length ? 'error' : 'ok', operation: trustedOperationName(queryHash, operationName) });
        graphqlDuration.observeSince({ service: SERVICE, type }, started);
      },
    };
  },
};
