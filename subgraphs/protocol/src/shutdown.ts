import type http from 'node:http';
import type { Socket } from 'node:net';
import { shutdownTracing } from './tracing';

/**
 * Runs `stop` once on SIGINT/SIGTERM, then exits: how every service process shuts down cleanly. The same
 * signal again while stopping exits at once (an operator's second Ctrl+C). Only the same one: Ctrl+C reaches
 * a launcher's children with the launcher's own SIGTERM right behind it, and they must still drain.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping: NodeJS.Signals | null = null;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping === signal) {
      console.error(`${signal} again while stopping: exiting now`);
      process.exit(1);
    }
    if (stopping) return;
    stopping = signal;
    stop()
      .catch((e) => console.error(e))
      // The spans still buffered for the collector go before the process does (decision 0072).
      .then(() => shutdownTracing().catch(() => {}))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

/**
 * How long a stopping process lets in-flight HTTP requests finish before it cuts them (SHUTDOWN_GRACE_MS,
 * default 10 s; decision 0073). Orchestrators must wait longer than this before killing (deploy/generate.ts).
 */
export function shutdownGraceMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.SHUTDOWN_GRACE_MS);
  return env.SHUTDOWN_GRACE_MS !== undefined && env.SHUTDOWN_GRACE_MS !== '' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_SHUTDOWN_GRACE_MS;
}

/**
 * How long a stopping process answers readiness with 503 while still accepting connections, before it
 * closes its listener (SHUTDOWN_DELAY_MS, default 0): for balancers that learn of a stopping replica only by
 * probing it. Kubernetes needs none (it takes the pod out of its Service itself; the preStop sleep covers
 * the time that takes).
 */
export function shutdownDelayMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.SHUTDOWN_DELAY_MS);
  return env.SHUTDOWN_DELAY_MS && Number.isFinite(v) && v > 0 ? v : 0;
}

export interface DrainResult {
  /** Every request in flight when the drain began finished within the grace period. */
  graceful: boolean;
  /** Connections still open at the end of the grace period, destroyed. */
  cut: number;
}

/**
 * Drains an HTTP server (decision 0073), unlike `closeAllConnections()`, which cut the requests in flight:
 * once `drain()` starts, `draining` is true (readiness answers 503), after `delayMs` the listener closes (new
 * connections are refused), idle keep-alive connections close at once, every response not yet started carries
 * `Connection: close` (Node then closes its socket after it), a socket whose last request finishes is
 * ended, and whatever is still open when the grace period ends is destroyed. Upgraded sockets (websockets)
 * count as idle: their owner tells their clients why first (the gateway's close code 1012). Attach it
 * before the server accepts connections.
 */
export class HttpDrain {
  draining = false;
  /** Requests not yet answered, by connection. */
  private readonly inFlight = new Map<Socket, Set<http.ServerResponse>>();
  private allClosed: (() => void) | null = null;
  private drained: Promise<DrainResult> | null = null;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: Socket) => {
      this.inFlight.set(socket, new Set());
      socket.once('close', () => {
        this.inFlight.delete(socket);
        if (this.inFlight.size === 0) this.allClosed?.();
      });
    });
    // Before the server's own handler, which may answer at once: the header must be set first.
    server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const socket = req.socket;
      const open = this.inFlight.get(socket) ?? new Set();
      this.inFlight.set(socket, open);
      open.add(res);
      if (this.draining && !res.headersSent) res.setHeader('connection', 'close');
      res.once('close', () => {
        open.delete(res);
        if (this.draining && open.size === 0 && !socket.destroyed) socket.end();
      });
    });
  }

  /** Connections open now (idle keep-alive ones included). */
  get connections(): number {
    return this.inFlight.size;
  }

  /** Drains once; later calls share the first one's result. */
  drain(opts: { graceMs?: number; delayMs?: number; listenerClosed?: () => Promise<void> } = {}): Promise<DrainResult> {
    this.drained ??= this.run(opts.graceMs ?? shutdownGraceMs(), opts.delayMs ?? shutdownDelayMs(), opts.listenerClosed);
    return this.drained;
  }

  /** `listenerClosed` runs once no new connection can arrive (the gateway closes its websockets then). */
  private async run(graceMs: number, delayMs: number, listenerClosed?: () => Promise<void>): Promise<DrainResult> {
    this.draining = true;
    // Still serving (every answer with `Connection: close`) while balancers notice the 503.
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const closed = new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      this.server.close(() => resolve());
    });
    await listenerClosed?.().catch((e) => console.error(e));
    let graceful = true;
    for (const [socket, open] of this.inFlight) {
      // Idle keep-alive connections (and upgraded sockets, which their owner has told to go first).
      if (open.size === 0) {
        socket.end();
        continue;
      }
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
    }
    if (this.inFlight.size > 0) {
      const allClosed = new Promise<void>((resolve) => (this.allClosed = resolve));
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), graceMs)));
      const outcome = await Promise.race([allClosed, expired]);
      clearTimeout(timer);
      if (outcome === 'expired') graceful = false;
    }
    const cut = this.inFlight.size;
    if (cut > 0) graceful = false;
    for (const socket of this.inFlight.keys()) socket.destroy();
    await closed;
    return { graceful, cut };
  }
}
