/**
 * Persisted (trusted) operations, decision 0038: the storefront's documents by sha256 alone, kept parsed
 * and validated from startup on (Apollo's parsing and validation hooks are counted, not timed); unknown
 * hashes refused with PERSISTED_QUERY_NOT_FOUND and never registered; a hash that is not its text's
 * refused; integrators' text queries as before. First on a small Apollo Server wired as the gateway wires
 * it (to count), then through the whole gateway (the wiring in server.ts, limits and the response cache).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, Kind, parse } from 'graphql';
import { PersistedOperations, TrustedDocumentStore, loadTrustedDocuments, trustedDocuments } from '../src/persisted-operations';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../src/supergraph';
import { startStack, type TestStack } from '../../test/support/stack';
import { gql } from '../../test/support/graphql';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const trustedText = (start: string) => [...trustedDocuments().values()].find((text) => text.startsWith(start))!;
const TENANT_BY_SLUG = trustedText('query TenantBySlug(');
const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('on Apollo Server as the gateway wires it', () => {
  const hooks = { parsing: 0, validation: 0 };
  const countHooks: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async parsingDidStart() {
          hooks.parsing++;
        },
        async validationDidStart() {
          hooks.validation++;
        },
      };
    },
  };
  const counted = async <T>(run: () => Promise<T>) => {
    hooks.parsing = hooks.validation = 0;
    const result = await run();
    return { result, parsing: hooks.parsing, validation: hooks.validation };
  };

  // Room for about twenty of the small integrator queries below besides the trusted documents.
  const persisted = new PersistedOperations(trustedDocuments(), 2_000);
  const tenant = (slug: string) => ({ id: 't1', kind: 'STORE', slug, name: `Shop ${slug}`, customDomain: null, logoUrl: null, primaryColor: '#0a0', currency: 'NGN' });
  const apollo = new ApolloServer({
    schema: buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8')),
    rootValue: { tenantBySlug: ({ slug }: { slug: string }) => tenant(slug) },
    csrfPrevention: false, // as the gateway (server.ts), which serves GET queries
    persistedQueries: false,
    documentStore: persisted.documentStore,
    plugins: [persisted.plugin, countHooks],
  });
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json(), persisted.middleware(), expressMiddleware(apollo));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs a trusted hash without its text, neither parsing nor validating it, from the first request on', async () => {
    const persistedRun = await counted(() => post(url, byHash(sha256(TENANT_BY_SLUG), { slug: 'ade' })));
    expect(persistedRun).toEqual({ result: expect.objectContaining({ status: 200 }), parsing: 0, validation: 0 });
    expect(persistedRun.result.body).toEqual({ data: { tenantBySlug: tenant('ade') } });
    // The same document sent as text is the same document to Apollo: same answer, not parsed either.
    const asText = await counted(() => post(url, { query: TENANT_BY_SLUG, variables: { slug: 'ade' } }));
    expect(asText).toEqual({ result: expect.objectContaining({ status: 200 }), parsing: 0, validation: 0 });
    expect(asText.result.body).toEqual(persistedRun.result.body);
  });

  it('answers a trusted hash over GET too', async () => {
    const search = new URLSearchParams({ variables: JSON.stringify({ slug: 'ade' }), extensions: JSON.stringify(byHash(sha256(TENANT_BY_SLUG)).extensions) });
    const res = await counted(async () => (await fetch(`${url}?${search}`)).json());
    expect(res).toEqual({ result: { data: { tenantBySlug: tenant('ade') } }, parsing: 0, validation: 0 });
  });

  it('parses and validates an integrator’s text once; the documents it keeps for them never evict the trusted ones', async () => {
    const integrator = (n: number) => `query Integrator${n} { tenantBySlug(slug: "shop-${n}") { name slug currency } }`;
    expect(await counted(() => post(url, { query: integrator(0) }))).toMatchObject({ result: { body: { data: { tenantBySlug: { name: 'Shop shop-0' } } } }, parsing: 1, validation: 1 });
    expect(await counted(() => post(url, { query: integrator(0) }))).toMatchObject({ parsing: 0, validation: 0 });
    // Forty more, twice what the store keeps for integrators: the first one is gone, the trusted ones stay.
    for (let n = 1; n <= 40; n++) await post(url, { query: integrator(n) });
    expect(await counted(() => post(url, { query: integrator(0) }))).toMatchObject({ parsing: 1, validation: 1 });
    expect(await counted(() => post(url, byHash(sha256(TENANT_BY_SLUG), { slug: 'ade' })))).toMatchObject({ result: { status: 200 }, parsing: 0, validation: 0 });
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, and lets no client register one', async () => {
    const query = '{ tenantBySlug(slug: "ade") { name } }';
    const unknown = await counted(() => post(url, byHash(sha256(query))));
    expect(unknown).toEqual({ result: expect.objectContaining({ status: 200 }), parsing: 0, validation: 0 });
    expect(unknown.result.body).toEqual({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    // The text with its hash (how Apollo clients register) runs as text...
    const withText = await post(url, { query, ...byHash(sha256(query)) });
    expect(withText.body).toEqual({ data: { tenantBySlug: { name: 'Shop ade' } } });
    // ...and registers nothing.
    expect((await post(url, byHash(sha256(query)))).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a hash that is not its query text’s, and a persistedQuery it cannot read', async () => {
    const other = '{ tenantBySlug(slug: "ade") { name } }';
    const mismatched = await post(url, { query: other, ...byHash(sha256(TENANT_BY_SLUG), { slug: 'ade' }) });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(mismatched.body.data).toBeUndefined();
    const badVersion = await post(url, { extensions: { persistedQuery: { version: 2, sha256Hash: sha256(TENANT_BY_SLUG) } } });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const notAnObject = await post(url, { extensions: { persistedQuery: sha256(TENANT_BY_SLUG) } });
    expect([notAnObject.status, notAnObject.body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });
});

describe('the trusted-documents file', () => {
  it('loads only when every key is the sha256 of its document', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
    const file = path.join(dir, 'trusted-documents.json');
    const text = '{ currentTenant { id } }';
    fs.writeFileSync(file, JSON.stringify({ [`sha256:${sha256(text)}`]: text }));
    expect([...loadTrustedDocuments(file)]).toEqual([[sha256(text), text]]);
    fs.writeFileSync(file, JSON.stringify({ [`sha256:${sha256(text)}`]: '{ me { id } }' }));
    expect(() => loadTrustedDocuments(file)).toThrow(/is not the sha256 of its document/);
    fs.rmSync(dir, { recursive: true });
  });

  it('pins every one but the subscriptions (served over graphql-ws) against the schema the gateway serves', async () => {
    const gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8') });
    const { schema } = await gateway.load();
    // Operations that are subscriptions (a payload field may be called `subscription` too: parse, don't grep).
    const subscriptions = [...trustedDocuments().values()].filter((text) => parse(text).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription'));
    expect(subscriptions.length).toBeGreaterThan(0);
    expect(new TrustedDocumentStore(trustedDocuments()).pin(schema)).toBe(trustedDocuments().size - subscriptions.length);
    await gateway.stop();
  });
});

describe('through the whole gateway', () => {
  let s: TestStack;
  beforeAll(async () => {
    s = await startStack({ responseCache: true });
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('answers a trusted hash as its text, from the same response-cache entry', async () => {
    const anonymous = { 'x-tenant': 'ade-fashion' };
    const persistedRun = await post(s.gatewayUrl, byHash(sha256(TENANT_BY_SLUG), { slug: 'naija-market' }), anonymous);
    expect(persistedRun.status).toBe(200);
    expect(persistedRun.body.data.tenantBySlug).toMatchObject({ slug: 'naija-market', name: 'Naija Market' });
    expect(persistedRun.headers.get('x-cache')).toBe('MISS');
    const asText = await gql(s.gatewayUrl, TENANT_BY_SLUG, { slug: 'naija-market' }, anonymous);
    expect(asText.headers.get('x-cache')).toBe('HIT');
    expect(asText.data).toEqual(persistedRun.body.data);
  });

  it('still answers integrators’ text queries, and refuses unknown or mismatched hashes', async () => {
    const integrator = await gql(s.gatewayUrl, '{ tenantBySlug(slug: "ade-fashion") { name } }', {}, { 'cache-control': 'no-cache' });
    expect(integrator.data).toEqual({ tenantBySlug: { name: 'Ade Fashion House' } });
    const unknown = await post(s.gatewayUrl, byHash(sha256('{ me { id } }')));
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const mismatched = await post(s.gatewayUrl, { query: '{ me { id } }', ...byHash(sha256(TENANT_BY_SLUG)) });
    expect([mismatched.status, mismatched.body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
  });
});
