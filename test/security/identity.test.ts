/**
 * Identity and the gateway's trust, attacked from outside (issue 10, items 7 and 12; decision 0023):
 *  - password guessing: 20 wrong passwords for one account, then the right one, is throttled
 *    (TOO_MANY_ATTEMPTS, nothing checked, recorded in the audit log); so is a parallel burst;
 *  - second-factor guessing: with the password known, wrong codes are throttled the same way;
 *  - account enumeration through sign-up: a taken e-mail is answered exactly like a free one;
 *  - a signed actor header seen on the wire between the gateway and one subgraph is replayed against
 *    another subgraph and with another body: refused.
 * Setup writes users straight to the database; every attack goes over HTTP.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACTOR_HEADER, hashPassword, totpAt, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startGateway, type RunningGateway } from '../../gateway/src/server';
import { gql } from '../support/graphql';
import { signIn, createUser } from '../support/callers';
import { startStack, type TestStack } from '../support/stack';

let s: TestStack;
let prisma: PrismaClient;
let shopId: string;
let passwordHash: string;
const PASSWORD = 'Right-password-2026';

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  shopId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  passwordHash = await hashPassword(PASSWORD);
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code message field } } }';
const login = (email: string, password: string, totpCode?: string) =>
  gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email, password, ...(totpCode ? { totpCode } : {}) } });
const codeOf = (r: Awaited<ReturnType<typeof login>>) => r.data?.login?.userErrors?.[0]?.code ?? (r.data?.login?.session ? 'OK' : r.errors?.[0]?.extensions?.code);

async function victim(totpSecret?: string) {
  return createUser(prisma, { email: `victim-${uuidv7()}@attack.test`, passwordHash, totpSecret, memberships: [{ tenantId: shopId, role: 'CUSTOMER' }] });
}

/**
 * Locks are timed; on a slow machine the last one may be about to run out. Make sure the account is held
 * for a few more seconds (waiting out a nearly spent lock, then one more wrong guess), so the check that
 * follows is about the throttle and not about the clock.
 */
async function heldForAWhile(email: string, guess: () => Promise<unknown>) {
  // The pair row of this e-mail and whatever address the gateway saw (loopback, in some spelling).
  const row = await prisma.signInThrottle.findFirstOrThrow({ where: { key: { startsWith: `pair:${email}|` } } });
  const left = (row.lockedUntil?.getTime() ?? 0) - Date.now();
  if (left > 3_000) return;
  if (left > 0) await new Promise((r) => setTimeout(r, left + 50));
  await guess();
}

describe('password guessing', () => {
  it('20 wrong passwords, then the right one: throttled with TOO_MANY_ATTEMPTS, the password not even checked', async () => {
    const { id, email } = await victim();
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) answers.push(codeOf(await login(email, `Wrong-guess-${i}-2026`)));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(answers.filter((a) => a === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(10);
    expect(new Set(answers)).toEqual(new Set(['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS']));
    // Only a handful of the 20 guesses were actually checked.
    expect(await prisma.auditEvent.count({ where: { subjectId: id, type: 'session.login_failed' } })).toBeLessThanOrEqual(8);

    await heldForAWhile(email, () => login(email, 'One-more-wrong-2026'));
    const right = await login(email, PASSWORD);
    expect(right.data.login.session).toBeNull();
    expect(right.data.login.userErrors).toEqual([{ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Try again in \d+ seconds/), field: ['password'] }]);
    // The owner can see it: refusals are in the audit log, with the wait.
    const throttled = await prisma.auditEvent.findMany({ where: { subjectId: id, type: 'session.login_throttled' } });
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    expect(throttled.at(-1)!.data).toEqual({ retryAfterSeconds: expect.any(Number) });
  });

  it('a burst of 30 parallel guesses gets 5 checks, not 30', async () => {
    const { id, email } = await victim();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(email, `Parallel-guess-${i}-2026`).then(codeOf)));
    expect(answers.filter((a) => a === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(answers.filter((a) => a === 'TOO_MANY_ATTEMPTS')).toHaveLength(25);
    expect(await prisma.auditEvent.count({ where: { subjectId: id, type: 'session.login_failed' } })).toBe(5);
  });

  it('unknown e-mails are throttled exactly like real ones (the throttle does not reveal accounts)', async () => {
    const { email } = await victim();
    const ghost = `ghost-${uuidv7()}@attack.test`;
    const run = async (who: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) out.push(codeOf(await login(who, `Guess-${i}-of-2026`)));
      return out;
    };
    expect(await run(ghost)).toEqual(await run(email));
  });
});

describe('second-factor guessing', () => {
  it('with the password known, wrong authenticator and backup codes are throttled, then the right code is refused too', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const { email } = await victim(secret);
    const right = totpAt(secret);
    const wrong = (i: number) => {
      const c = String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0');
      return i % 2 ? `${String(i).padStart(5, '0')}-00000` : c; // authenticator codes and backup codes alike
    };
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(codeOf(await login(email, PASSWORD, wrong(i))));
    expect(answers.slice(0, 5)).toEqual(Array(5).fill('TWO_FACTOR_INVALID'));
    expect(answers).toContain('TOO_MANY_ATTEMPTS');
    await heldForAWhile(email, () => login(email, PASSWORD, wrong(99)));
    expect(codeOf(await login(email, PASSWORD, right))).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('sign-up enumeration', () => {
  const SIGN_UP = 'mutation ($i: SignUpInput!) { signUp(input: $i) { session { accessToken } userErrors { code message field } } }';
  const signUp = async (email: string) => {
    const started = performance.now();
    const res = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { i: { tenantSlug: 'ade-fashion', email, password: 'Probe-password-2026', name: 'Probe' } } }),
    });
    return { status: res.status, body: await res.text(), ms: performance.now() - started };
  };

  it('an existing e-mail gets the same answer as a new one, in about the same time, and nothing is created or signed in', async () => {
    const taken = s.demo.customerEmail;
    const usersBefore = await prisma.user.count();
    const tokensBefore = await prisma.refreshToken.count();
    const fresh: Awaited<ReturnType<typeof signUp>>[] = [];
    const existing: Awaited<ReturnType<typeof signUp>>[] = [];
    for (let i = 0; i < 4; i++) {
      fresh.push(await signUp(`new-${uuidv7()}@attack.test`));
      existing.push(await signUp(i % 2 ? taken.toUpperCase() : taken));
    }
    for (const r of [...fresh, ...existing]) expect({ status: r.status, body: r.body }).toEqual({ status: 200, body: fresh[0].body });
    expect(JSON.parse(fresh[0].body)).toEqual({ data: { signUp: { session: null, userErrors: [] } } });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [a, b] = [median(fresh.map((r) => r.ms)), median(existing.map((r) => r.ms))];
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(3);
    // Four new accounts, nothing for the taken e-mail, and no session for anyone.
    expect(await prisma.user.count()).toBe(usersBefore + 4);
    expect(await prisma.refreshToken.count()).toBe(tokensBefore);
    // The demo customer still signs in with their own password, not the prober's.
    expect(codeOf(await login(taken, 'Probe-password-2026'))).toBe('INVALID_CREDENTIALS');
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: taken } });
    expect(await prisma.auditEvent.count({ where: { subjectId: owner.id, type: 'user.sign_up_existing_email' } })).toBe(4);
  });
});

describe('signed actor headers', () => {
  let recorder: http.Server;
  let gateway: RunningGateway;
  const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    // Someone on the network between a gateway and the catalog subgraph, writing down what passes.
    const catalog = s.stack.subgraphs.catalog;
    recorder = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ headers: req.headers, body });
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
      const answer = await fetch(catalog, { method: 'POST', headers, body });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(await answer.text());
    });
    await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r));
    const proxied = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway({ pubsub: s.stack.pubsub, subgraphUrls: { ...s.stack.subgraphs, catalog: proxied } });
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise((r) => recorder?.close(r));
  });

  it('a header captured on its way to catalog is refused by identity, and by catalog with another body', async () => {
    const admin = await signIn(s, 'ade-fashion', 'client');
    const r = await gql(gateway.url, '{ products(first: 1) { edges { node { id title } } } }', {}, admin);
    expect(r.errors).toBeUndefined();
    const captured = seen.find((c) => c.headers[ACTOR_HEADER]);
    expect(captured).toBeDefined();
    // The gateway's internal hand-over header never leaves it.
    expect(seen.some((c) => 'x-webwaka-actor-pending' in c.headers)).toBe(false);
    const header = captured!.headers[ACTOR_HEADER] as string;
    const post = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [ACTOR_HEADER]: header }, body });

    // The administrator's header, replayed to identity (the member list), or with the captured body itself.
    const members = JSON.stringify({ query: '{ members(first: 5) { edges { node { user { email } } } } }' });
    expect((await post(s.stack.subgraphs.identity, members)).status).toBe(401);
    expect((await post(s.stack.subgraphs.identity, captured!.body)).status).toBe(401);
    expect((await post(s.stack.subgraphs.inventory, captured!.body)).status).toBe(401);
    // To catalog itself, but with another operation.
    const other = JSON.stringify({ query: '{ products(first: 100) { edges { node { id title } } } }' });
    expect((await post(s.stack.subgraphs.catalog, other)).status).toBe(401);
    // Only the very same request to the very same subgraph still passes (within its 30 seconds).
    expect((await post(s.stack.subgraphs.catalog, captured!.body)).status).toBe(200);
    // And the header does not last: its envelope says it was issued now and for catalog.
    const env = JSON.parse(Buffer.from(header.split('.')[0], 'base64url').toString());
    expect(env).toMatchObject({ aud: 'catalog', bh: expect.any(String), iat: expect.any(Number) });
  });
});
