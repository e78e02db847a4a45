// The storefront's gateway client (storefront/lib/gateway.ts, decision 0038) sends its own documents by
// hash alone, the hash the gateway trusts (storefront/gql/persisted-documents.json), and sends the text
// once more only when the gateway does not know the hash. The gateway is a stub that records each body.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import manifest from '../storefront/gql/persisted-documents.json';

jest.doMock('server-only', () => ({}), { virtual: true });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { gatewayRequest } = require('../storefront/lib/gateway') as typeof import('../storefront/lib/gateway');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TenantBySlugQuery } = require('../storefront/lib/operations') as typeof import('../storefront/lib/operations');

type Body = { query?: string; variables?: unknown; extensions?: { persistedQuery?: { version: number; sha256Hash: string } } };
const received: Body[] = [];
let answer: (body: Body) => unknown = () => ({ data: null });
const server = http.createServer((req, res) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', () => {
    const body = JSON.parse(text) as Body;
    received.push(body);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(answer(body)));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.GATEWAY_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  delete process.env.GATEWAY_URL;
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

const tenant = { id: 't1', slug: 'ade-fashion', name: 'Ade Fashion House', kind: 'STORE', logoUrl: null, primaryColor: null, currency: 'NGN', customDomain: null };
const notFound = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
const trustedHashOf = (start: string) => {
  const [id, text] = Object.entries(manifest as Record<string, string>).find(([, t]) => t.startsWith(start))!;
  expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  return id.slice('sha256:'.length);
};

it('sends its own documents as the hash the gateway trusts, without their text', async () => {
  answer = () => ({ data: { tenantBySlug: tenant } });
  const result = await gatewayRequest(TenantBySlugQuery, { slug: 'ade-fashion' }, { tenant: '' });
  expect(result).toEqual({ data: { tenantBySlug: tenant }, errors: [] });
  expect(received).toEqual([{ variables: { slug: 'ade-fashion' }, extensions: { persistedQuery: { version: 1, sha256Hash: trustedHashOf('query TenantBySlug(') } } }]);
});

it('sends the text once more when the gateway does not know the hash', async () => {
  answer = (body) => (body.query ? { data: { tenantBySlug: tenant } } : notFound);
  const result = await gatewayRequest(TenantBySlugQuery, { slug: 'ade-fashion' }, { tenant: 'ade-fashion' });
  expect(result).toEqual({ data: { tenantBySlug: tenant }, errors: [] });
  expect(received).toHaveLength(2);
  expect(received[1]).toEqual({ query: String(TenantBySlugQuery), variables: { slug: 'ade-fashion' } });
});

it('does not retry other errors, nor more than once', async () => {
  const forbidden = { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] };
  answer = () => forbidden;
  expect(await gatewayRequest(TenantBySlugQuery, { slug: 'ade-fashion' }, { tenant: '' })).toEqual({ data: null, errors: forbidden.errors });
  expect(received).toHaveLength(1);
  received.length = 0;
  answer = () => notFound;
  expect((await gatewayRequest(TenantBySlugQuery, { slug: 'ade-fashion' }, { tenant: '' })).errors).toEqual(notFound.errors);
  expect(received.map((b) => (b.query ? 'text' : 'hash'))).toEqual(['hash', 'text']);
});
