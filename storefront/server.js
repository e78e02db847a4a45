// The storefront's HTTP server: what `next start` does, with the edge (edge.js, decision 0021) in front,
// so the client's address and forwarded headers are decided from the socket and TRUSTED_PROXIES before
// any page sees them. `node server.js [-p <port>] [-H <host>]` (PORT and 3000 by default, all interfaces).
'use strict';
const { createServer } = require('node:http');
const { randomUUID } = require('node:crypto');

process.env.NODE_ENV ||= 'production';
// Shared with proxy.ts in this process: marks requests that passed the edge, and the server's own
// requests to itself. Never sent to browsers.
process.env.STOREFRONT_EDGE_SECRET ||= randomUUID();

const next = require('next');
const { createEdge } = require('./edge');

function arg(flag) {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('-p') ?? process.env.STOREFRONT_PORT ?? process.env.PORT ?? 3000);
const host = arg('-H');
const edge = createEdge({ trusted: process.env.TRUSTED_PROXIES, secret: process.env.STOREFRONT_EDGE_SECRET });
const app = next({ dev: false, dir: __dirname, hostname: host ?? 'localhost', port });

app
  .prepare()
  .then(() => {
    const handle = app.getRequestHandler();
    const server = createServer((req, res) => {
      // Probes (docs/operations.md): the process is up (/healthz) and Next is prepared, which it is once
      // listening (/readyz). Answered here, before the edge and Next, so a probe renders no page.
      const probe = req.url === '/healthz' ? 'ok' : req.url === '/readyz' ? 'ready' : null;
      if (probe) {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        return res.end(JSON.stringify({ status: probe, service: 'storefront' }));
      }
      edge(req);
      handle(req, res);
    });
    server.keepAliveTimeout = 65_000;
    server.listen(port, host, () => console.log(`storefront ready on http://${host ?? 'localhost'}:${port}`));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
