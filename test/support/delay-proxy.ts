/**
 * A TCP proxy on 127.0.0.1 that holds back what the upstream answers by `delayMs` (settable while it runs): a
 * slow service for fault tests (issue 18). Each connection gets its own upstream connection; what the client
 * sends goes through at once, so the upstream does its work and only its answer is late. A client that gives
 * up (closes) closes its upstream connection too, and an upstream that is gone closes the client's.
 */
import net from 'node:net';

export interface DelayProxy {
  url: string;
  port: number;
  /** How long each chunk of the upstream's answer is held; 0 passes answers straight through. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startDelayProxy(upstream: { host?: string; port: number }, opts: { delayMs?: number; path?: string } = {}): Promise<DelayProxy> {
  const sockets = new Set<net.Socket>();
  const proxy: DelayProxy = { url: '', port: 0, delayMs: opts.delayMs ?? 0, close };
  const server = net.createServer((client) => {
    const target = net.connect({ host: upstream.host ?? '127.0.0.1', port: upstream.port });
    sockets.add(client).add(target);
    const end = () => {
      client.destroy();
      target.destroy();
      sockets.delete(client);
      sockets.delete(target);
    };
    client.on('error', end).on('close', end);
    target.on('error', end).on('close', () => {
      // Answers still held back are delivered before the client's side is closed, as a slow network would.
      setTimeout(end, proxy.delayMs).unref();
    });
    client.on('data', (chunk) => target.write(chunk));
    target.on('data', (chunk) => {
      // A fixed delay per chunk keeps their order (timers of one duration fire in the order they were set).
      const delay = proxy.delayMs;
      if (delay <= 0) client.write(chunk);
      else setTimeout(() => !client.destroyed && client.write(chunk), delay).unref();
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  proxy.url = `http://127.0.0.1:${proxy.port}${opts.path ?? '/graphql'}`;
  function close() {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return proxy;
}
