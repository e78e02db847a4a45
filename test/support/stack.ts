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
 * Tests often change rows straight through Prisma, which no gateway hears of, so the anonymous response
 * cache is off unless a test asks for it (`responseCache: true`; gateway/test/response-cache.test.ts).
 */
export async function startStack(opts: { storefront?: boolean; redisUrl?: string; demoProducts?: number; responseCache?: boolean } = {}): Promise<TestStack> {
  const stack = await startEmbedded({
    dataDir: 'memory',
    redisUrl: opts.redisUrl,
    demoProducts: opts.demoProducts ?? TEST_DEMO_PRODUCTS,
    responseCacheTtlMs: opts.responseCache ? 10_000 : 0,
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
