/**
 * Boots the whole embedded graph for a test: in-memory PGlite, migrations, demo data, every subgraph and
 * the gateway on random ports — and, when asked, the Next.js storefront pointed at it.
 */
import { startEmbedded, type EmbeddedStack } from '../../scripts/embedded';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../../prisma/seed';
import { startStorefront } from '../../scripts/storefront';

export const demo = {
  tenantSlug: 'ade-fashion',
  marketplaceSlug: 'naija-market',
  password: DEMO_PASSWORD,
  totpSecret: DEMO_TOTP_SECRET,
  users: Object.fromEntries(DEMO_USERS.map((u) => [u.email.split('@')[0], u])) as Record<string, (typeof DEMO_USERS)[number]>,
  customerEmail: 'customer@webwaka.test',
  customerPassword: DEMO_PASSWORD,
  customerName: 'Emeka Nwosu',
};

/**
 * TOTP codes are single-use (replay protection), so a test that signs the same administrator in twice
 * within one 30-second step forgets the recorded steps first. Tests only.
 */
export const forgetUsedTotpCodes = (prisma: EmbeddedStack['prisma']) => prisma.user.updateMany({ data: { totpLastStep: null } });

export interface TestStack {
  gatewayUrl: string;
  wsUrl: string;
  storefrontUrl?: string;
  stack: EmbeddedStack;
  demo: typeof demo;
  stop(): Promise<void>;
}

/** Demo products seeded for tests: enough for lists, search and pages; few enough to boot fast. */
export const TEST_DEMO_PRODUCTS = 60;

/**
 * The internal calls' timeouts (gateway → subgraph 60 s, subgraph → subgraph 15 s) are liveness guards for
 * a deployment. On a CI machine whose two cores also run another suite, the whole embedded graph shares one
 * event loop, and 200 checkouts started at once queue for more than a minute: the last ones were cut with
 * SERVICE_UNAVAILABLE, which says nothing about what those tests check (no overselling, every loser told
 * why). The fault suites that test the timeouts set their own (test/faults*.test.ts, kit/test/peers.test.ts).
 */
const TEST_CALL_TIMEOUT_MS = 300_000;

/**
 * Tests often change rows straight through Prisma, which no gateway hears of, so the anonymous response
 * cache is off unless a test asks for it (`responseCache: true`; gateway/test/response-cache.test.ts).
 */
export async function startStack(opts: { storefront?: boolean; redisUrl?: string; demoProducts?: number; responseCache?: boolean } = {}): Promise<TestStack> {
  const stack = await startEmbedded({
    dataDir: 'memory',
    redisUrl: opts.redisUrl,
    demoProducts: opts.demoProducts ?? TEST_DEMO_PRODUCTS,
    responseCacheTtlMs: opts.responseCache ? 10_000 : 0,
    callTimeoutMs: TEST_CALL_TIMEOUT_MS,
  });
  const storefront = opts.storefront ? await startStorefront({ gatewayUrl: stack.gateway.url }) : null;
  return {
    gatewayUrl: stack.gateway.url,
    wsUrl: stack.gateway.wsUrl,
    storefrontUrl: storefront?.url,
    stack,
    demo,
    async stop() {
      await storefront?.stop();
      await stack.close();
    },
  };
}
