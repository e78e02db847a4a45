import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, createLogger } from '@webwaka/protocol';
import type { GatewayContext } from './context';

const log = createLogger({ service: 'gateway' });

/**
 * What clients see of an error (decision 0068): a stable `extensions.code`, and nothing of the inside — no
 * subgraph address, port or URL, no stack trace, no subgraph's raw HTTP answer. The full error goes to the
 * logs with the request id (`errorLogPlugin`), which the client has in its `x-request-id` header.
 */
export const INTERNAL_MESSAGE = 'Internal error; the request id (x-request-id) identifies it in the logs';

/** URLs, host:port pairs and IP addresses: whatever in a message would tell a client how the inside is laid out. */
const INTERNAL_DETAIL = /\b[a-z][a-z0-9+.-]*:\/\/\S+|\b(?:\d{1,3}\.){3}\d{1,3}\b|\[[0-9a-f:]+\]:\d+|\blocalhost:\d+|\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+:\d{2,5}\b|\bE(?:CONNREFUSED|CONNRESET|HOSTUNREACH|NOTFOUND|TIMEDOUT|PIPE)\b/i;

/** Extensions only the inside needs (Apollo's stack trace, a subgraph's raw answer, an error's cause). */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'response', 'cause']);

export function formatClientError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([k]) => !INTERNAL_EXTENSIONS.has(k)));
  const unexpected = !extensions.code || extensions.code === 'INTERNAL_SERVER_ERROR' || extensions.code === ErrorCode.INTERNAL;
  if (unexpected) extensions.code = ErrorCode.INTERNAL;
  const message = INTERNAL_DETAIL.test(formatted.message) ? (unexpected ? INTERNAL_MESSAGE : 'The request failed inside the platform; try again') : formatted.message;
  return { ...formatted, message, extensions };
}

/** Logs every unexpected error of an operation, whole, with the request id; expected ones (codes of the contract) are the client's business. */
export const errorLogPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue, operationName }) {
        for (const e of errors) {
          const code = e.extensions?.code;
          if (code && code !== 'INTERNAL_SERVER_ERROR' && code !== ErrorCode.INTERNAL) continue;
          const original = e.originalError ?? e;
          log.error('operation failed', {
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            path: e.path?.join('.') ?? null,
            service: e.extensions?.serviceName ?? null,
            error: String(original),
            stack: original.stack,
          });
        }
      },
    };
  },
};
