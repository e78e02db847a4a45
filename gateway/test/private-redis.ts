/** A private redis-server for one describe block, and clients to it that close with it. */
import { Redis } from 'ioredis';
import { startRedis } from '../../test/support/services';

export function privateRedis() {
  let server: Awaited<ReturnType<typeof startRedis>> | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await server?.stop();
  });
  return {
    url: () => server!.url,
    client: () => {
      const c = new Redis(server!.url);
      clients.push(c);
      return c;
    },
  };
}
