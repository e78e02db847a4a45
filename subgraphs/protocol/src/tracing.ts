/**
 * OpenTelemetry traces (issue 18, decision 0072): a span for every request the gateway and the subgraphs
 * serve, every call between them, every database query, every outbox delivery and every message sent, in
 * one trace per client request (W3C `traceparent` on every internal call).
 *
 * Configured from the environment once, at the first use:
 *  - `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT` (the standard names): OTLP over
 *    HTTP to a collector (Jaeger, Tempo, ...), in batches; `OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_TRACES_SAMPLER`
 *    and `OTEL_RESOURCE_ATTRIBUTES` are honoured as the SDK reads them;
 *  - `OTEL_TRACES_EXPORTER=console`: each span as a JSON line on stdout (development);
 *  - `TRACES_FILE=<path>`: each span as a JSON line appended to that file (development, tests);
 *  - nothing (or `OTEL_TRACES_EXPORTER=none`, `OTEL_SDK_DISABLED=true`): off. Every helper below then costs
 *    one boolean check and no SDK module is loaded.
 *
 * One process may host several services (the embedded topology: the gateway and every subgraph), so each
 * gets a tracer provider of its own whose resource names it (`webwaka-gateway`, `webwaka-commerce`), all
 * feeding one exporter. Every span carries `webwaka.request_id` and `webwaka.tenant` when known, read from
 * the request's context; never user data, tokens or query variables.
 */
import fs from 'node:fs';
import type http from 'node:http';
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanContext,
  type Tracer,
} from '@opentelemetry/api';
import type { ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';

export { SpanKind };
export type { Span, SpanContext, Context };

export const REQUEST_ID_ATTRIBUTE = 'webwaka.request_id';
export const TENANT_ATTRIBUTE = 'webwaka.tenant';

/** What a traced request knows about itself; the tenant is learnt after the span starts (the gateway authenticates first). */
interface TracedRequest {
  service: string;
  requestId: string | null;
  tenant: string | null;
  /** The request's server span, which gets the tenant when it becomes known. */
  span: Span | null;
}
const REQUEST_KEY = createContextKey('webwaka.request');

export type TracesExporterKind = 'otlp' | 'console' | 'file';

/** Which exporter the environment asks for, or null: tracing off. */
export function tracesExporterFromEnv(env: NodeJS.ProcessEnv = process.env): { kind: TracesExporterKind; file?: string } | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const named = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (named === 'none') return null;
  if (named === 'console') return { kind: 'console' };
  if (env.TRACES_FILE) return { kind: 'file', file: env.TRACES_FILE };
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT || named === 'otlp') return { kind: 'otlp' };
  return null;
}

interface TracingState {
  processor: SpanProcessor;
  providers: Map<string, BasicTracerProvider>;
  make(service: string): BasicTracerProvider;
}
let state: TracingState | null | undefined;

/**
 * Starts tracing as the environment says (once per process; later calls return what the first decided).
 * Tests pass an exporter of their own (an in-memory one) instead.
 */
export function initTracing(opts: { env?: NodeJS.ProcessEnv; exporter?: SpanExporter } = {}): boolean {
  if (state !== undefined) return state !== null;
  const env = opts.env ?? process.env;
  const wanted = opts.exporter ? null : tracesExporterFromEnv(env);
  if (!opts.exporter && !wanted) {
    state = null;
    return false;
  }
  // Loaded only when tracing is on: a process without it never pays for the SDK.
  const sdk = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { resourceFromAttributes, detectResources, envDetector } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');

  let exporter: SpanExporter;
  let processor: SpanProcessor;
  if (opts.exporter) {
    exporter = opts.exporter;
    processor = new sdk.SimpleSpanProcessor(exporter);
  } else if (wanted!.kind === 'otlp') {
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    // Reads the endpoint, headers, timeout and compression from the standard OTEL_EXPORTER_OTLP_* variables.
    exporter = new OTLPTraceExporter();
    processor = new sdk.BatchSpanProcessor(exporter);
  } else {
    const file = wanted!.file;
    exporter = new JsonLinesSpanExporter(file ? (line) => fs.appendFileSync(file, line) : (line) => process.stdout.write(line));
    processor = new sdk.SimpleSpanProcessor(exporter);
  }

  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const fromEnv = detectResources({ detectors: [envDetector] });
  const version = serviceVersion();
  const requestAttributes = new RequestAttributesProcessor();
  state = {
    processor,
    providers: new Map(),
    make: (service) =>
      new sdk.BasicTracerProvider({
        resource: fromEnv.merge(resourceFromAttributes({ 'service.name': `webwaka-${service}`, 'service.version': version, 'service.namespace': 'webwaka' })),
        spanProcessors: [requestAttributes, processor],
      }),
  };
  return true;
}

/** Whether spans are recorded in this process (the check every helper makes first). */
export function tracingEnabled(): boolean {
  return state === undefined ? initTracing() : state !== null;
}

/** The tracer of one service of this process (`gateway`, `commerce`, ...): a no-op one when tracing is off. */
export function tracerFor(service: string): Tracer {
  if (!tracingEnabled()) return trace.getTracer('webwaka');
  let provider = state!.providers.get(service);
  if (!provider) state!.providers.set(service, (provider = state!.make(service)));
  return provider.getTracer('webwaka', serviceVersion());
}

/** Sends what is still buffered (a process stopping, a test reading the file). */
export async function flushTracing(): Promise<void> {
  if (state) await state.processor.forceFlush();
}

/** Flushes and stops exporting (a stopping process); later spans are dropped. */
export async function shutdownTracing(): Promise<void> {
  if (!state) return;
  await state.processor.shutdown();
}

/**
 * Forgets the configuration so the next use reads it again (tests only: one process, several setups). The
 * context manager is kept; spans started afterwards go to the new exporter.
 */
export function resetTracingForTests(): void {
  state = undefined;
}

let version: string | undefined;
function serviceVersion(): string {
  if (version) return version;
  try {
    version = process.env.SERVICE_VERSION || (require('../package.json') as { version?: string }).version || 'unknown';
  } catch {
    version = 'unknown';
  }
  return version;
}

/** Adds the request id and tenant of the request a span belongs to, when it starts. */
class RequestAttributesProcessor implements SpanProcessor {
  onStart(span: Span, parentContext: Context): void {
    const request = parentContext.getValue(REQUEST_KEY) as TracedRequest | undefined;
    if (!request) return;
    if (request.requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, request.requestId);
    if (request.tenant) span.setAttribute(TENANT_ATTRIBUTE, request.tenant);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** One span per line: what a collector would get, in a shape `jq` and tests read (development exporters). */
export class JsonLinesSpanExporter implements SpanExporter {
  constructor(private readonly write: (line: string) => void) {}
  export(spans: ReadableSpan[], done: (result: { code: number; error?: Error }) => void): void {
    try {
      this.write(spans.map((s) => JSON.stringify(spanToJson(s)) + '\n').join(''));
      done({ code: 0 });
    } catch (e) {
      done({ code: 1, error: e as Error });
    }
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const hrToMs = ([s, ns]: [number, number]) => s * 1000 + ns / 1e6;

export interface SpanJson {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: string;
  service: string;
  startMs: number;
  durationMs: number;
  status: 'unset' | 'ok' | 'error';
  attributes: Attributes;
  links: { traceId: string; spanId: string }[];
}

export function spanToJson(s: ReadableSpan): SpanJson {
  return {
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext?.spanId ?? null,
    name: s.name,
    kind: SpanKind[s.kind],
    service: String(s.resource.attributes['service.name'] ?? ''),
    startMs: Math.round(hrToMs(s.startTime) * 1000) / 1000,
    durationMs: Math.round(hrToMs(s.duration) * 1000) / 1000,
    status: s.status.code === SpanStatusCode.ERROR ? 'error' : s.status.code === SpanStatusCode.OK ? 'ok' : 'unset',
    attributes: s.attributes,
    links: s.links.map((l) => ({ traceId: l.context.traceId, spanId: l.context.spanId })),
  };
}

/** The active request as traced (service, request id, tenant), if any. */
function activeRequest(ctx: Context = context.active()): TracedRequest | undefined {
  return ctx.getValue(REQUEST_KEY) as TracedRequest | undefined;
}

/** The service whose tracer a span in this context belongs to: the request's, else the one given. */
function serviceOf(ctx: Context, fallback: string): string {
  return activeRequest(ctx)?.service ?? fallback;
}

/** A span kind for the few paths whose names may be span names; anything else is its route kind (metrics' routeKind). */
function httpSpanName(method: string | undefined, path: string): string {
  if (path === '/graphql') return `${method ?? 'GET'} /graphql`;
  const first = path.split('/')[1] ?? '';
  return `${method ?? 'GET'} /${/^[a-z-]{1,24}$/.test(first) ? first : 'other'}`;
}

/**
 * Runs an HTTP request's handling inside a server span that ends when the response is finished or the
 * connection closes. Behind the gateway (`edge: false`) it continues the caller's trace (`traceparent`). At
 * the edge a client's `traceparent` is only linked: the trace is the gateway's own, so no client chooses
 * trace ids or forces its requests past the sampler. Health checks are not traced (probes every few seconds
 * would drown the rest). With tracing off, just runs it.
 */
export function traceHttpRequest<T>(
  service: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: { requestId: string | null; edge: boolean },
  handle: () => T,
): T {
  if (!tracingEnabled()) return handle();
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz' || path === '/readyz') return handle();
  const incoming = propagation.extract(ROOT_CONTEXT, req.headers);
  const incomingSpan = trace.getSpanContext(incoming);
  const parent = opts.edge ? ROOT_CONTEXT : incoming;
  const links = opts.edge && incomingSpan && trace.isSpanContextValid(incomingSpan) ? [{ context: incomingSpan }] : undefined;
  const { requestId } = opts;
  const request: TracedRequest = { service, requestId, tenant: null, span: null };
  const span = tracerFor(service).startSpan(
    httpSpanName(req.method, path),
    { kind: SpanKind.SERVER, links, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path, ...(requestId ? { [REQUEST_ID_ATTRIBUTE]: requestId } : {}) } },
    parent,
  );
  request.span = span;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  res.once('finish', end);
  res.once('close', end);
  return context.with(trace.setSpan(parent.setValue(REQUEST_KEY, request), span), handle);
}

/**
 * What the request learnt after its span started: the request id (a subgraph's, once the gateway's signed
 * header is verified) and the tenant (once authenticated). Spans started afterwards carry them too.
 */
export function annotateRequest(known: { requestId?: string | null; tenant?: string | null }): void {
  if (!tracingEnabled()) return;
  const request = activeRequest();
  if (!request) return;
  if (known.requestId) {
    request.requestId = known.requestId;
    request.span?.setAttribute(REQUEST_ID_ATTRIBUTE, known.requestId);
  }
  if (known.tenant) {
    request.tenant = known.tenant;
    request.span?.setAttribute(TENANT_ATTRIBUTE, known.tenant);
  }
}

/**
 * Names the request's server span after its GraphQL operation: its type always, its name only when the
 * caller says the name is a fixed one (a trusted document's), so no client chooses what spans are called.
 */
export function annotateOperation(type: string, name: string | null): void {
  if (!tracingEnabled()) return;
  const span = activeRequest()?.span;
  if (!span) return;
  span.setAttribute('graphql.operation.type', type);
  if (name) span.setAttribute('graphql.operation.name', name);
  span.updateName(name ? `${type} ${name}` : type);
}

/**
 * Runs `fn` inside a span, a child of the active one (or of `parent` when given: an outbox event's writer),
 * ending it when `fn` settles; an exception marks it failed and is rethrown. `service` names the tracer
 * when no traced request is active (a dispatcher, a sender loop). `request` starts a new traced unit
 * (an outbox delivery) whose children carry its request id and tenant.
 */
export function inSpan<T>(
  service: string,
  name: string,
  opts: { kind?: SpanKind; attributes?: Attributes; parent?: SpanContext | null; request?: { requestId: string | null; tenant: string | null } },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  if (!tracingEnabled()) return fn(NOOP_SPAN);
  // A new traced unit (an outbox delivery) starts from nothing, not from whatever request happened to wake its loop.
  let parent = opts.request ? ROOT_CONTEXT : context.active();
  if (opts.parent) parent = trace.setSpanContext(parent, opts.parent);
  const owner = serviceOf(parent, service);
  let request: TracedRequest | null = null;
  if (opts.request) {
    request = { service: owner, requestId: opts.request.requestId, tenant: opts.request.tenant, span: null };
    parent = parent.setValue(REQUEST_KEY, request);
  }
  const span = tracerFor(owner).startSpan(name, { kind: opts.kind ?? SpanKind.INTERNAL, attributes: opts.attributes }, parent);
  if (request) request.span = span;
  return context.with(trace.setSpan(parent, span), async () => {
    try {
      return await fn(span);
    } catch (e) {
      failSpan(span, e);
      throw e;
    } finally {
      span.end();
    }
  });
}

/** What helpers hand their callback when tracing is off: made once, so the off path allocates nothing. */
const NOOP_SPAN: Span = trace.wrapSpanContext({ traceId: '00000000000000000000000000000000', spanId: '0000000000000000', traceFlags: 0 });

/** Marks a span failed by an error that was handled rather than thrown (its class and code only). */
export function failSpan(span: Span, e: unknown): void {
  span.setStatus({ code: SpanStatusCode.ERROR, message: errorName(e) });
}

/**
 * Runs `fn` outside any trace: a loop woken by a request (the outbox dispatcher) must not make its polling
 * queries children of that request. Spans it starts itself (`inSpan` with `request`) still trace.
 */
export function outsideTraces<T>(fn: () => T): T {
  return state ? context.with(ROOT_CONTEXT, fn) : fn();
}

/** An error's class and code, not its message: a message may quote user data. */
function errorName(e: unknown): string {
  const err = e as { name?: string; code?: string };
  return [err?.name ?? 'Error', err?.code].filter(Boolean).join(' ');
}

/**
 * A call to another service inside a client span, with the span's `traceparent` (and `tracestate`) added
 * to `headers` so the callee continues the trace. The HTTP status, when the caller reports it, marks 5xx failed.
 */
export function traceOutgoingCall<T>(
  service: string,
  name: string,
  attributes: Attributes,
  headers: Record<string, string>,
  call: (span: Span) => Promise<T>,
): Promise<T> {
  if (!tracingEnabled()) return call(NOOP_SPAN);
  return inSpan(service, name, { kind: SpanKind.CLIENT, attributes }, (span) => {
    propagation.inject(trace.setSpan(context.active(), span), headers);
    return call(span);
  });
}

/** The active span's context when it is a real one (to remember where an outbox event was written), else null. */
export function activeSpanContext(): SpanContext | null {
  if (state === null || state === undefined) return null;
  const sc = trace.getActiveSpan()?.spanContext();
  return sc && trace.isSpanContextValid(sc) ? sc : null;
}

/** The active request's id, for what a traced request writes (an outbox event). */
export function activeRequestId(): string | null {
  return state ? (activeRequest()?.requestId ?? null) : null;
}

/** `trace_id` and `span_id` for a log line written inside a traced request; null when tracing is off. */
export function traceIdsForLog(): { trace_id: string; span_id: string } | null {
  const sc = activeSpanContext();
  return sc ? { trace_id: sc.traceId, span_id: sc.spanId } : null;
}
