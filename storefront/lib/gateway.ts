import 'server-only';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { CLIENT_IP_HEADER, clientIpProof } from './client-ip';
import { gatewayTimeoutMs, gatewayUrl } from './config';

/** A GraphQL error as the gateway returns it (`extensions.code` carries the stable error code). */
export interface GatewayGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GatewayResult<TData> {
  data: TData | null;
  errors: GatewayGraphQLError[];
}

export interface GatewayRequestOptions {
  /** Tenant slug, sent as `x-tenant`; empty for the few questions asked before a tenant is known. */
  tenant: string;
  /** Access token of the signed-in user, sent as `authorization: Bearer …`. */
  accessToken?: string;
  /** An API key, sent as `x-api-key` (the till's device key, read from its httpOnly cookie by its route handlers). */
  apiKey?: string;
  /**
   * The shopper's address as the storefront derived it (lib/request.ts `forwardedFor`, lib/client-ip.ts
   * `clientIpFrom`). The gateway believes it only with the storefront's signature, sent here, so per-IP
   * rate limits, the audit log and MLAS's self-referral check see shoppers, not the storefront server.
   */
  forwardedFor?: string | null;
}

/** The gateway could not be reached or answered with something that is not a GraphQL response. */
export class GatewayUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GatewayUnavailableError';
  }
}

/** The gateway answered, but with GraphQL errors and no usable data. */
export class GatewayGraphQLErrors extends Error {
  constructor(readonly errors: GatewayGraphQLError[]) {
    super(errors.map((e) => e.message).join('; ') || 'GraphQL request failed');
    this.name = 'GatewayGraphQLErrors';
  }
}

/**
 * Send one typed operation to the gateway. Never cached by Next's data cache (`no-store`): answers depend
 * on the tenant and the signed-in user, and the gateway has its own response cache for anonymous reads.
 * Resolves with data and errors as returned; rejects only when the gateway is unreachable or the
 * response is not GraphQL.
 */
export async function gatewayRequest<TData, TVariables>(
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  options: GatewayRequestOptions,
): Promise<GatewayResult<TData>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.tenant) headers['x-tenant'] = options.tenant;
  if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  const proof = options.forwardedFor ? clientIpProof(options.forwardedFor) : null;
  if (proof) headers[CLIENT_IP_HEADER] = proof;

  // The storefront's own documents go by hash alone (decision 0038): the gateway knows their text and keeps
  // them parsed and validated. A gateway that does not know the hash (one older than this storefront)
  // answers PERSISTED_QUERY_NOT_FOUND before running anything, and the text is sent once more.
  const hash = trustedHashOf(document);
  if (hash) {
    const result = await post<TData>({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, headers);
    if (!result.errors.some((e) => PERSISTED_QUERY_UNKNOWN.has(String(e.extensions?.code)))) return result;
  }
  return post<TData>({ query: documentText(document), variables }, headers);
}

/** What a gateway answers to a hash it does not know: not found, or (its persisted queries off) not supported. */
const PERSISTED_QUERY_UNKNOWN = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

async function post<TData>(body: Record<string, unknown>, headers: Record<string, string>): Promise<GatewayResult<TData>> {
  const url = gatewayUrl();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(gatewayTimeoutMs()),
    });
  } catch (cause) {
    throw new GatewayUnavailableError(`gateway ${url} unreachable`, { cause });
  }

  let result: { data?: TData | null; errors?: GatewayGraphQLError[] };
  try {
    result = (await response.json()) as typeof result;
  } catch (cause) {
    throw new GatewayUnavailableError(`gateway ${url} answered ${response.status} without JSON`, { cause });
  }
  if (result === null || typeof result !== 'object' || (!('data' in result) && !('errors' in result))) {
    throw new GatewayUnavailableError(`gateway ${url} answered ${response.status} without a GraphQL result`);
  }
  return { data: result.data ?? null, errors: result.errors ?? [] };
}

/** Codegen emits string documents (`documentMode: string`): the query text is the document itself. */
function documentText(document: unknown): string {
  return String(document);
}

/**
 * The sha256 (hex) codegen put in a document's `__meta__.hash` (`persistedDocuments` in codegen.yml, as a
 * GraphQL-over-HTTP id, `sha256:<hex>`); the APQ wire format carries the bare hex.
 */
function trustedHashOf(document: unknown): string | null {
  const hash = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__?.hash;
  return typeof hash === 'string' && hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : null;
}

/** Like gatewayRequest, but any GraphQL error rejects: for reads the page cannot render without. */
export async function gatewayQuery<TData, TVariables>(
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
  options: GatewayRequestOptions,
): Promise<TData> {
  const result = await gatewayRequest(document, variables, options);
  if (result.errors.length > 0 || result.data === null) throw new GatewayGraphQLErrors(result.errors);
  return result.data;
}
