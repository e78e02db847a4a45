/** A minimal GraphQL-over-HTTP client for tests: returns status, body and headers, never throws on errors. */
export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  let body: { data?: T; errors?: GqlResult['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
}

/** The first error code of a result (GraphQL error), or the first userErrors code of a mutation payload. */
export const errorCode = (r: GqlResult, payloadField?: string): string | undefined =>
  r.errors?.[0]?.extensions?.code ?? (payloadField ? (r.data as any)?.[payloadField]?.userErrors?.[0]?.code : undefined);

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
