/**
 * `npm start` as a shop owner runs it (NODE_ENV unset, a data folder of its own), in child processes, on
 * both embedded databases: PostgreSQL with a worker per core (the default, decision 0041) and PGlite (a
 * folder from before it):
 * - the secrets are generated on first run, private (0600) and never printed, so a token or an actor
 *   header signed with the public development defaults is refused;
 * - a process given a public default secret outside tests refuses to start;
 * - a second start on the same folder refuses at once, naming the running process, and the data
 *   survives it, a crash of the first, and the restart that takes the crashed process's lock over.
 * Decision 0020.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACTOR_HEADER, DEV_DEFAULT_SECRETS, anonymousActor, signActorHeader, signJwt, uuidv7 } from '@webwaka/kit';
import { SUBGRAPHS } from '../../gateway/src/subgraphs';
import { DEMO_PASSWORD } from '../../prisma/seed';
import { bearer, gql } from '../support/graphql';
import { freePort } from '../support/services';
import { isAlive } from '../support/wait';

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, '../..');
// Node with tsx's loader, as `npm start` runs: no tsx process in between, which relays a signal to its child and
// SIGKILLs it when the child does not acknowledge within 30 ms (a busy machine), skipping every graceful stop.
const TS_NODE = ['--import', 'tsx'];

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs a script of the project the way a terminal would: NODE_ENV unset, no secrets in the environment. */
function run(script: string, env: Record<string, string>): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  delete childEnv.NODE_ENV;
  for (const name of Object.keys(DEV_DEFAULT_SECRETS)) if (!(name in env)) delete childEnv[name];
  // Its own process group, so the test can signal it and what it started together (Ctrl+C, or a crash).
  const child = spawn(process.execPath, [...TS_NODE, path.join(ROOT, script)], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

const killGroup = (s: Started | undefined, signal: NodeJS.Signals = 'SIGKILL') => {
  if (s?.child.pid && s.child.exitCode === null && s.child.signalCode === null) {
    try {
      process.kill(-s.child.pid, signal);
    } catch {
      /* already gone */
    }
  }
};

async function portsFor(): Promise<Record<string, string>> {
  const env: Record<string, string> = { GATEWAY_PORT: String(await freePort()) };
  for (const s of SUBGRAPHS) env[`${s.name.toUpperCase()}_PORT`] = String(await freePort());
  return env;
}

/** `npm start` on `dataDir` with its own ports; resolves once it says it is running. */
async function start(dataDir: string, ports: Record<string, string>, engine: Engine): Promise<Started> {
  const s = run('scripts/start.ts', { ...ports, START_STOREFRONT: '0', WEBWAKA_DATA_DIR: dataDir, DEMO_PRODUCTS: '3', EMBEDDED_DATABASE: engine });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (s.output().includes('Press Ctrl+C to stop.')) {
        clearInterval(timer);
        resolve();
      }
    }, 200);
    s.exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`start exited with ${code} before it was running:\n${s.output()}`));
    });
  });
  return s;
}

const readSecrets = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;
const readLock = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, 'webwaka.lock'), 'utf8')) as { pid: number; startedAt: string };

const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }';
const newCustomer = { email: `owner-${Date.now()}@example.test`, password: 'Correct-Horse-Battery-9', name: 'Ngozi Okafor' };

async function loginToken(gatewayUrl: string, email: string, password: string): Promise<string | undefined> {
  const r = await gql(gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email, password } });
  return r.data?.login?.session?.accessToken;
}

type Engine = 'postgres' | 'pglite';

describe.each<Engine>(['postgres', 'pglite'])('npm start on %s: generated secrets, one owner per data folder, data that survives', (engine) => {
  let dataDir: string;
  let ports: Record<string, string>;
  let first: Started | undefined;
  let second: Started | undefined;
  let gatewayUrl: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-start-'));
    ports = await portsFor();
    gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
    first = await start(dataDir, ports, engine);
  });

  afterAll(async () => {
    for (const s of [first, second]) killGroup(s);
    // A node process left running under a tsx that already exited still holds the lock: it goes too, and
    // so does a postgres server it started.
    for (const pidOf of [() => readLock(dataDir).pid, () => Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])]) {
      try {
        process.kill(pidOf(), 'SIGKILL');
      } catch {
        /* no lock or server, or its owner is gone */
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('generates strong secrets on first run, readable by the owner only, and never prints them', () => {
    const secrets = readSecrets(dataDir);
    expect(Object.keys(secrets).sort()).toEqual(['DATA_ENCRYPTION_KEY', 'GATEWAY_SECRET', 'JWT_SECRET']);
    for (const [name, value] of Object.entries(secrets)) {
      expect(value.length).toBeGreaterThanOrEqual(40);
      expect(value).not.toBe(DEV_DEFAULT_SECRETS[name as keyof typeof DEV_DEFAULT_SECRETS]);
      expect(first!.output()).not.toContain(value);
    }
    expect(new Set(Object.values(secrets)).size).toBe(3);
    expect(fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a SUPER_ADMIN access token signed with the public default JWT secret', async () => {
    const claims = { sub: uuidv7(), tid: uuidv7(), roles: ['SUPER_ADMIN' as const], mfa: true, sid: uuidv7() };
    const forged = signJwt(claims, DEV_DEFAULT_SECRETS.JWT_SECRET, 600);
    const r = await gql(gatewayUrl, '{ me { email } }', {}, bearer(forged));
    expect(r.status).toBe(401);
    expect(r.data?.me ?? null).toBeNull();
    // Control: a real sign-in works on the same stack, so the refusal is the signature's.
    const token = await loginToken(gatewayUrl, 'customer@webwaka.test', DEMO_PASSWORD);
    const ok = await gql(gatewayUrl, '{ me { email } }', {}, bearer(token!));
    expect(ok.status).toBe(200);
    expect(ok.data.me.email).toBe('customer@webwaka.test');
  });

  it('refuses an actor header signed with the public default gateway secret, straight to a subgraph port', async () => {
    const url = `http://127.0.0.1:${ports.IDENTITY_PORT}/graphql`;
    const body = JSON.stringify({ query: '{ __typename }' });
    const call = (secret: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ACTOR_HEADER]: signActorHeader(anonymousActor(), uuidv7(), secret, { audience: 'identity', body }) },
        body,
      });
    expect((await call(DEV_DEFAULT_SECRETS.GATEWAY_SECRET)).status).toBe(401);
    // Control: the same call signed with the installation's own secret is served.
    expect((await call(readSecrets(dataDir).GATEWAY_SECRET)).status).toBe(200);
  });

  it('refuses a second start on the same folder at once, naming the running process, and the data survives', async () => {
    const signUp = await gql(gatewayUrl, 'mutation ($i: SignUpInput!) { signUp(input: $i) { userErrors { code } } }', { i: { tenantSlug: 'ade-fashion', ...newCustomer } });
    expect(signUp.data?.signUp?.userErrors).toEqual([]);
    expect(await loginToken(gatewayUrl, newCustomer.email, newCustomer.password)).toBeTruthy();

    const lock = readLock(dataDir);
    const began = Date.now();
    second = run('scripts/start.ts', { ...(await portsFor()), START_STOREFRONT: '0', WEBWAKA_DATA_DIR: dataDir, DEMO_PRODUCTS: '3', EMBEDDED_DATABASE: engine });
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toContain(`pid ${lock.pid}`);
    expect(second.output()).toContain(lock.startedAt);
    expect(second.output()).not.toMatch(/Aborted|RuntimeError/);
    // "At once": before opening anything, so well within a start's time (module loading dominates).
    expect(Date.now() - began).toBeLessThan(90_000);

    // The first one is untouched: still serving the new customer, and still the lock's owner.
    expect(await loginToken(gatewayUrl, newCustomer.email, newCustomer.password)).toBeTruthy();
    expect(readLock(dataDir).pid).toBe(lock.pid);
  });

  it('after the first one crashes, a new start takes the stale lock over and finds every row', async () => {
    const secretsBefore = readSecrets(dataDir);
    const deadPid = readLock(dataDir).pid;
    killGroup(first, 'SIGKILL');
    await first!.exited;
    // A crash leaves the lock behind, naming a process that is gone.
    expect(readLock(dataDir).pid).toBe(deadPid);

    first = await start(dataDir, ports, engine);
    expect(readLock(dataDir).pid).not.toBe(deadPid);
    expect(first.output()).not.toMatch(/seeded demo data/);
    expect(readSecrets(dataDir)).toEqual(secretsBefore);
    expect(await loginToken(gatewayUrl, newCustomer.email, newCustomer.password)).toBeTruthy();
    // The administrator's second factor is still readable (sealed under the same generated key).
    const products = await gql(gatewayUrl, '{ tenantBySlug(slug: "ade-fashion") { name } }');
    expect(products.data?.tenantBySlug?.name).toBeTruthy();
  });

  it('a graceful stop frees the folder; a database that no longer opens is reported with how to restore it, and npm run db:restore brings a copy back', async () => {
    // Ctrl+C (the terminal signals the whole group): the process stops and gives its lock back.
    const owner = readLock(dataDir).pid;
    killGroup(first, 'SIGINT');
    await first!.exited;
    // tsx may exit before the node process under it has finished closing: wait for the lock's owner.
    for (let i = 0; i < 300 && isAlive(owner); i++) await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(owner)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'webwaka.lock'))).toBe(false);
    // What two processes writing one folder used to leave: a control file that is not one.
    fs.writeFileSync(path.join(dataDir, engine, 'global', 'pg_control'), Buffer.alloc(100));
    const broken = run('scripts/start.ts', { ...ports, START_STOREFRONT: '0', WEBWAKA_DATA_DIR: dataDir, EMBEDDED_DATABASE: engine });
    expect(await broken.exited).toBe(1);
    expect(broken.output()).toMatch(/cannot be opened .*Nothing was changed/s);
    expect(broken.output()).toContain('npm run db:restore');

    const restore = run('scripts/db-restore.ts', { WEBWAKA_DATA_DIR: dataDir });
    expect(await restore.exited).toBe(0);
    expect(restore.output()).toMatch(/Restored .*scheduled/);
    // The damaged folder is kept beside the restored one.
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${engine}.before-restore-`))).toBe(true);

    first = await start(dataDir, ports, engine);
    // The copy is the one made at the first start: the demo shop is there.
    expect(await loginToken(gatewayUrl, 'customer@webwaka.test', DEMO_PASSWORD)).toBeTruthy();
  });

  it('refuses to start any process given a public default secret outside tests, with a clear message', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-default-'));
    try {
      const random = { GATEWAY_SECRET: 'r'.repeat(43), JWT_SECRET: 's'.repeat(43), DATA_ENCRYPTION_KEY: 't'.repeat(43) };
      const runs = [
        run('scripts/start.ts', { ...(await portsFor()), START_STOREFRONT: '0', WEBWAKA_DATA_DIR: other, JWT_SECRET: DEV_DEFAULT_SECRETS.JWT_SECRET, EMBEDDED_DATABASE: engine }),
        run('subgraphs/identity/src/main.ts', { ...random, PORT: String(await freePort()), WEBWAKA_DATA_DIR: other, GATEWAY_SECRET: DEV_DEFAULT_SECRETS.GATEWAY_SECRET }),
        run('gateway/src/main.ts', { ...random, PORT: String(await freePort()), DATA_ENCRYPTION_KEY: DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY }),
      ];
      const codes = await Promise.all(runs.map((r) => r.exited));
      expect(codes.every((c) => c !== 0)).toBe(true);
      expect(runs[0].output()).toMatch(/JWT_SECRET is a publicly known development default/);
      expect(runs[1].output()).toMatch(/GATEWAY_SECRET is a publicly known development default/);
      expect(runs[2].output()).toMatch(/DATA_ENCRYPTION_KEY is a publicly known development default/);
      // Refused before opening the database.
      expect(fs.existsSync(path.join(other, 'pglite'))).toBe(false);
      expect(fs.existsSync(path.join(other, 'postgres'))).toBe(false);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
