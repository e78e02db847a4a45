import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

export interface PostResult {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  /** The body as UTF-8 text. */
  text: string;
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** Milliseconds for the whole exchange (connect to last byte); none when absent. */
  timeoutMs?: number;
  /**
   * Connect to this IP address (one the caller resolved and checked) instead of looking the host up again:
   * the URL's host is then only the Host header and TLS name, so a DNS answer changed after the check
   * (rebinding) is never used (web push endpoints, decision 0063).
   */
  address?: string;
}

/**
 * One process-wide pool per protocol, kept alive: every gateway→subgraph and subgraph→subgraph call reuses a
 * connection. Node honours the server's `Keep-Alive: timeout=` hint for idle sockets, so a reused socket is
 * never one the server is about to close. LIFO keeps few sockets warm instead of cycling through all of them.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxFreeSockets: 256, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, maxFreeSockets: 256, scheduling: 'lifo' }),
};

/** A `lookup` that answers with one given address, whatever the host. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return ((_host: string, options: { all?: boolean }, callback: (err: null, a: unknown, f?: number) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

/**
 * POSTs a body (text, or bytes such as an encrypted web push payload) and reads the whole answer, on Node's http module rather than `fetch`. Internal calls are
 * small JSON exchanges on loopback or a private network, and fetch's WHATWG layers (Request, Headers,
 * streams, AbortSignal) cost about four times the CPU of the call itself: measured 0.43 against 0.09 ms of
 * client and server CPU per call (docs/benchmarks.md, issue 12). A refused connection or timeout rejects
 * with an Error whose message carries the cause, not the address, so it can be shown without leaking it.
 */
export function postJson(url: string, body: string | Buffer, opts: PostOptions = {}): Promise<PostResult> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = agents[target.protocol as 'http:' | 'https:'];
  if (!agent) return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  return new Promise<PostResult>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const req = client.request(
      target,
      {
        method: 'POST',
        // A pinned address gets a connection of its own: a pooled one may have been opened to another address.
        agent: opts.address ? false : agent,
        ...(opts.address ? { lookup: pinnedLookup(opts.address) } : {}),
        headers: { 'content-type': 'application/json', ...opts.headers, 'content-length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          if (timer) clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    function fail(e: Error & { code?: string }) {
      if (timer) clearTimeout(timer);
      reject(new Error(e.code ?? e.message));
    }
    req.on('error', fail);
    if (opts.timeoutMs !== undefined) timer = setTimeout(() => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), opts.timeoutMs);
    req.end(body);
  });
}
