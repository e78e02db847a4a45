/**
 * The tracing module (decision 0072) with an in-memory exporter: a trace crosses a real HTTP hop (the
 * caller's client span injects `traceparent`, the callee's server span continues it), every span of the
 * request carries its request id and tenant, and with nothing configured nothing is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import {
  REQUEST_ID_ATTRIBUTE,
  TENANT_ATTRIBUTE,
  activeSpanContext,
  annotateOperation,
  annotateRequest,
  initTracing,
  inSpan,
  postJson,
  resetTracingForTests,
  traceHttpRequest,
  traceIdsForLog,
  traceOutgoingCall,
  tracesExporterFromEnv,
  tracingEnabled,
} from '../src';

describe('configuration from the environment', () => {
  it('is off when nothing is configured, and says which exporter otherwise', () => {
    expect(tracesExporterFromEnv({})).toBeNull();
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ kind: 'otlp' });
    expect(tracesExporterFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toEqual({ kind: 'otlp' });
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'console' })).toEqual({ kind: 'console' });
    expect(tracesExporterFromEnv({ TRACES_FILE: '/tmp/t.jsonl' })).toEqual({ kind: 'file', file: '/tmp/t.jsonl' });
    expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeNull();
    expect(tracesExporterFromEnv({ OTEL_SDK_DISABLED: 'true', TRACES_FILE: '/tmp/t.jsonl' })).toBeNull();
  });

  it('records nothing and hands out no span when off', async () => {
    resetTracingForTests();
    expect(initTracing({ env: {} })).toBe(false);
    expect(tracingEnabled()).toBe(false);
    const seen = await inSpan('test', 'work', {}, async (span) => span.isRecording());
    expect(seen).toBe(false);
    const headers: Record<string, string> = {};
    await traceOutgoingCall('test', 'call', {}, headers, async () => null);
    expect(headers).toEqual({});
    expect(activeSpanContext()).toBeNull();
    expect(traceIdsForLog()).toBeNull();
    resetTracingForTests();
  });
});

describe('a trace across an HTTP hop', () => {
  const exporter = new InMemorySpanExporter();
  let server: http.Server;
  let url: string;
  let seenTraceparent: string | undefined;

  beforeAll(async () => {
    resetTracingForTests();
    expect(initTracing({ exporter })).toBe(true);
    // The callee: a subgraph-like server that continues the caller's trace and does some traced work.
    server = http.createServer((req, res) =>
      traceHttpRequest('callee', req, res, { requestId: null, edge: false }, async () => {
        seenTraceparent = req.headers.traceparent as string | undefined;
        annotateRequest({ requestId: String(req.headers['x-request-id']), tenant: 'tenant-1' });
        annotateOperation('query', null);
        await inSpan('callee', 'prisma Order.findMany', {}, async () => null);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    resetTracingForTests();
  });

  it('makes one trace: caller server span > client span > callee server span > its work, with request id and tenant on each', async () => {
    // The caller: a gateway-like server receiving a client request.
    const caller = http.createServer((req, res) =>
      traceHttpRequest('caller', req, res, { requestId: 'req-123', edge: true }, async () => {
        annotateRequest({ tenant: 'tenant-1' });
        expect(traceIdsForLog()).toEqual({ trace_id: activeSpanContext()!.traceId, span_id: activeSpanContext()!.spanId });
        const headers: Record<string, string> = { 'x-request-id': 'req-123' };
        const answer = await traceOutgoingCall('caller', 'subgraph callee', { 'webwaka.subgraph': 'callee' }, headers, () => postJson(url, '{}', { headers }));
        res.writeHead(answer.status).end(answer.text);
      }),
    );
    await new Promise<void>((r) => caller.listen(0, '127.0.0.1', r));
    const port = (caller.address() as AddressInfo).port;
    // A client's own traceparent is only linked at the edge: the trace is the caller's own.
    const clientTrace = 'ab'.repeat(16);
    const res = await postJson(`http://127.0.0.1:${port}/graphql`, '{}', { headers: { traceparent: `00-${clientTrace}-${'cd'.repeat(8)}-01` } });
    expect(res.status).toBe(200);
    caller.closeAllConnections();
    await new Promise<void>((r) => caller.close(() => r()));

    const spans = exporter.getFinishedSpans();
    const byName = (name: string) => spans.find((s) => s.name === name)!;
    const incoming = byName('POST /graphql');
    const client = byName('subgraph callee');
    const callee = byName('query');
    const work = byName('prisma Order.findMany');
    expect([incoming, client, callee, work].every(Boolean)).toBe(true);
    const traceId = incoming.spanContext().traceId;
    expect(new Set([incoming, client, callee, work].map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
    expect(client.parentSpanContext?.spanId).toBe(incoming.spanContext().spanId);
    expect(callee.parentSpanContext?.spanId).toBe(client.spanContext().spanId);
    expect(work.parentSpanContext?.spanId).toBe(callee.spanContext().spanId);
    expect(seenTraceparent).toBe(`00-${traceId}-${client.spanContext().spanId}-01`);
    expect(traceId).not.toBe(clientTrace);
    expect(incoming.parentSpanContext).toBeUndefined();
    expect(incoming.links.map((l) => l.context.traceId)).toEqual([clientTrace]);
    for (const s of [incoming, client, callee, work]) {
      expect(s.attributes[REQUEST_ID_ATTRIBUTE]).toBe('req-123');
      expect(s.attributes[TENANT_ATTRIBUTE]).toBe('tenant-1');
    }
    expect(incoming.resource.attributes['service.name']).toBe('webwaka-caller');
    expect(callee.resource.attributes['service.name']).toBe('webwaka-callee');
    expect(callee.attributes['graphql.operation.type']).toBe('query');
    expect(incoming.attributes['http.response.status_code']).toBe(200);
  });

  it('continues a given parent in a new unit (an outbox delivery) and marks a failure without its message', async () => {
    exporter.reset();
    const writer = await inSpan('writer', 'write', { request: { requestId: 'req-9', tenant: 't-9' } }, async () => activeSpanContext()!);
    await expect(
      inSpan('consumer', 'outbox deliver x', { parent: writer, request: { requestId: 'req-9', tenant: 't-9' } }, async () => {
        await inSpan('consumer', 'child', {}, async () => null);
        throw Object.assign(new Error('secret detail'), { code: 'E_X' });
      }),
    ).rejects.toThrow('secret detail');
    const spans = exporter.getFinishedSpans();
    const deliver = spans.find((s) => s.name === 'outbox deliver x')!;
    const child = spans.find((s) => s.name === 'child')!;
    expect(deliver.spanContext().traceId).toBe(writer.traceId);
    expect(deliver.parentSpanContext?.spanId).toBe(writer.spanId);
    expect(child.parentSpanContext?.spanId).toBe(deliver.spanContext().spanId);
    expect(child.attributes[TENANT_ATTRIBUTE]).toBe('t-9');
    expect(deliver.status).toEqual({ code: 2, message: 'Error E_X' });
  });

  it('does not trace health checks', async () => {
    exporter.reset();
    const probe = http.createServer((req, res) => traceHttpRequest('caller', req, res, { requestId: null, edge: true }, () => res.end('ok')));
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => http.get(`http://127.0.0.1:${(probe.address() as AddressInfo).port}/healthz`, (res) => res.resume().on('end', r)));
    probe.closeAllConnections();
    await new Promise<void>((r) => probe.close(() => r()));
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
