import { execFile } from 'node:child_process';
import net from 'node:net';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import {
  CHROMIUM_PATH,
  describeIfService,
  findPostgresBin,
  freePort,
  hasChromium,
  hasRedis,
  requireService,
  startPostgres,
  startRedis,
  type RunningService,
} from './services';

const execFileAsync = promisify(execFile);

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(vars)) {
    saved[key] = process.env[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return fn();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('requireService', () => {
  let stderr: jest.SpyInstance;
  beforeEach(() => {
    stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => stderr.mockRestore());

  test('available: runs, in CI or not', () => {
    expect(withEnv({ CI: 'true' }, () => requireService('redis', true))).toBe('run');
    expect(withEnv({ CI: undefined }, () => requireService('redis', true))).toBe('run');
    expect(stderr).not.toHaveBeenCalled();
  });

  test('absent under CI=true: throws (a skip under CI is a failure)', () => {
    expect(() => withEnv({ CI: 'true' }, () => requireService('postgresql', false))).toThrow(
      /PostgreSQL not installed.*CI=true/,
    );
    expect(() => withEnv({ CI: 'true' }, () => requireService('chromium', false))).toThrow(/apt-get install -y chromium/);
  });

  test('absent outside CI: skips with a one-line reason on stderr', () => {
    expect(withEnv({ CI: undefined }, () => requireService('redis', false))).toBe('skip');
    expect(withEnv({ CI: 'false' }, () => requireService('chromium', false))).toBe('skip');
    expect(stderr).toHaveBeenCalledTimes(2);
    const line = String(stderr.mock.calls[0][0]);
    expect(line).toMatch(/redis-server not installed/);
    expect(line.trimEnd().split('\n')).toHaveLength(1);
  });

  test('WEBWAKA_ASSUME_ABSENT hides installed services', () => {
    withEnv({ WEBWAKA_ASSUME_ABSENT: 'postgresql,redis,chromium' }, () => {
      expect(findPostgresBin()).toBeNull();
      expect(hasRedis()).toBe(false);
      expect(hasChromium()).toBe(false);
    });
    withEnv({ WEBWAKA_ASSUME_ABSENT: 'all' }, () => expect(hasRedis()).toBe(false));
  });

  test('describeIfService throws under CI when a service is absent', () => {
    expect(() =>
      withEnv({ CI: 'true', WEBWAKA_ASSUME_ABSENT: 'redis' }, () => describeIfService(['redis'], 'never', () => {})),
    ).toThrow(/redis-server not installed/);
  });
});

test('freePort returns distinct usable ports', async () => {
  const [a, b] = await Promise.all([freePort(), freePort()]);
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(0);
});

describeIfService(['postgresql'], 'PostgreSQL (private cluster)', () => {
  let pg: RunningService;
  let client: Client;

  beforeAll(async () => {
    pg = await startPostgres();
    client = new Client({ connectionString: pg.url });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await pg?.stop();
  });

  test('url points at 127.0.0.1 and the chosen port', () => {
    expect(pg.url).toBe(`postgres://postgres@127.0.0.1:${pg.port}/postgres`);
    expect(findPostgresBin()).toMatch(/bin$/);
  });

  test('select 1', async () => {
    const { rows } = await client.query('select 1 as one');
    expect(rows).toEqual([{ one: 1 }]);
  });

  test('create table and insert', async () => {
    await client.query('create table widget (id serial primary key, name text not null)');
    await client.query('insert into widget (name) values ($1), ($2)', ['naira', 'kobo']);
    const { rows } = await client.query('select name from widget order by id');
    expect(rows.map((r) => r.name)).toEqual(['naira', 'kobo']);
  });

  test('configured for tests: max_connections=200, fsync off', async () => {
    const max = await client.query('show max_connections');
    const fsync = await client.query('show fsync');
    expect(max.rows[0].max_connections).toBe('200');
    expect(fsync.rows[0].fsync).toBe('off');
  });

  test('stop() shuts it down and is idempotent', async () => {
    const other = await startPostgres();
    expect(other.port).not.toBe(pg.port);
    await other.stop();
    await other.stop();
    const probe = new Client({ connectionString: other.url, connectionTimeoutMillis: 2000 });
    probe.on('error', () => {});
    await expect(probe.connect()).rejects.toThrow();
  }, 120_000);
});

describeIfService(['redis'], 'Redis (private server)', () => {
  let redis: RunningService;

  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);

  afterAll(async () => {
    await redis?.stop();
  });

  test('set/get', async () => {
    const client = new Redis(redis.url);
    try {
      await client.set('greeting', 'bawo');
      expect(await client.get('greeting')).toBe('bawo');
    } finally {
      client.disconnect();
    }
  });

  test('pub/sub round trip', async () => {
    const subscriber = new Redis(redis.url);
    const publisher = new Redis(redis.url);
    try {
      const received = new Promise<[string, string]>((resolve) => {
        subscriber.on('message', (channel: string, message: string) => resolve([channel, message]));
      });
      await subscriber.subscribe('order.paid');
      const receivers = await publisher.publish('order.paid', JSON.stringify({ orderId: 'o-1' }));
      expect(receivers).toBe(1);
      expect(await received).toEqual(['order.paid', '{"orderId":"o-1"}']);
    } finally {
      subscriber.disconnect();
      publisher.disconnect();
    }
  });

  test('stop() kills it', async () => {
    const other = await startRedis();
    await other.stop();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: other.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
      socket.once('close', () => socket.destroy());
    });
    expect(refused).toBe(true);
  });
});

describeIfService(['chromium'], 'Chromium', () => {
  test('runs', async () => {
    const { stdout } = await execFileAsync(CHROMIUM_PATH, ['--version']);
    expect(stdout).toMatch(/Chromium \d+/);
  });
});
