/**
 * Payment return URLs (decision 0021): checkout, retryPayment and external orders accept only the
 * tenant's own storefront (its custom domain, the platform's public storefront, loopback outside
 * production), so a payment can no longer end on someone else's site. And the sandbox page's address
 * comes from PUBLIC_GATEWAY_URL when it is set.
 */
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { isOwnStorefrontUrl } from '../src/services/return-url';
import { sandboxPageUrl } from '../src/services/providers/sandbox';
import { checkout, checkoutInput, guestCart, makeProduct, payload, startCommerceStack, tenantId } from './support';

const MARKET_DOMAIN = 'market-return.example.ng';

describe('which URLs are the tenant’s own', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.STOREFRONT_PUBLIC_URL = saved.STOREFRONT_PUBLIC_URL;
    process.env.STOREFRONT_PLATFORM_HOSTS = saved.STOREFRONT_PLATFORM_HOSTS;
  });
  const own = (u: string, domain: string | null, production: boolean) => isOwnStorefrontUrl(new URL(u), domain, production);

  it('the custom domain over https, and http only outside production', () => {
    expect(own('https://shop.example.ng/checkout/return', 'shop.example.ng', true)).toBe(true);
    expect(own('http://shop.example.ng/checkout/return', 'shop.example.ng', true)).toBe(false);
    expect(own('http://shop.example.ng/checkout/return', 'shop.example.ng', false)).toBe(true);
    expect(own('https://evil.example/checkout/return', 'shop.example.ng', false)).toBe(false);
    expect(own('https://shop.example.ng.evil.example/x', 'shop.example.ng', false)).toBe(false);
    expect(own('https://user@shop.example.ng/x', 'shop.example.ng', false)).toBe(false);
    expect(own('javascript:alert(1)', 'shop.example.ng', false)).toBe(false);
  });

  it('the platform’s public storefront and platform hosts; loopback only outside production', () => {
    process.env.STOREFRONT_PUBLIC_URL = 'https://shops.webwaka.ng';
    process.env.STOREFRONT_PLATFORM_HOSTS = 'www.webwaka.ng';
    expect(own('https://shops.webwaka.ng/s/ade-fashion/checkout/return', null, true)).toBe(true);
    expect(own('https://shops.webwaka.ng:8443/s/ade-fashion/checkout/return', null, true)).toBe(false);
    expect(own('https://www.webwaka.ng/s/ade-fashion/checkout/return', null, true)).toBe(true);
    expect(own('http://localhost:3000/s/ade-fashion/checkout/return', null, true)).toBe(false);
    expect(own('http://localhost:3000/s/ade-fashion/checkout/return', null, false)).toBe(true);
    expect(own('http://127.0.0.1:41234/s/ade-fashion/checkout/return', null, false)).toBe(true);
  });

  it('the sandbox page is on PUBLIC_GATEWAY_URL when it is set, else relative', () => {
    const before = process.env.PUBLIC_GATEWAY_URL;
    try {
      process.env.PUBLIC_GATEWAY_URL = 'https://api.webwaka.ng/';
      expect(sandboxPageUrl('ww-1')).toBe('https://api.webwaka.ng/pay/sandbox/ww-1');
      delete process.env.PUBLIC_GATEWAY_URL;
      if (!process.env.PUBLIC_API_URL) expect(sandboxPageUrl('ww-1')).toBe('/pay/sandbox/ww-1');
    } finally {
      if (before === undefined) delete process.env.PUBLIC_GATEWAY_URL;
      else process.env.PUBLIC_GATEWAY_URL = before;
    }
  });
});

describe('through the gateway', () => {
  let s: TestStack;
  let market: string;
  beforeAll(async () => {
    s = await startCommerceStack();
    market = await tenantId(s.stack.prisma, 'naija-market');
    // Before commerce first asks identity about the tenant (it keeps the answer for a minute).
    await s.stack.prisma.tenant.update({ where: { id: market }, data: { customDomain: MARKET_DOMAIN } });
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  async function cart() {
    const p = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 10, commissionBps: 1000 });
    return guestCart(s, 'naija-market', [{ variantId: p.variantId, quantity: 1 }]);
  }
  const ADDRESS = { shippingAddress: { name: 'Musa Bello', line1: '4 Bompai Road', city: 'Kano', region: 'Kano', country: 'NG' } };

  it('refuses a foreign returnUrl at checkout, with nothing ordered', async () => {
    const token = await cart();
    const before = await s.stack.prisma.order.count({ where: { tenantId: market } });
    for (const returnUrl of ['https://evil.example/checkout/return', `https://${MARKET_DOMAIN}.evil.example/x`, 'https://ade-fashion.example/return']) {
      const r = await checkout(s, 'naija-market', checkoutInput(token, { ...ADDRESS, returnUrl }));
      expect(r.data?.checkout?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['returnUrl'] })]);
    }
    expect(await s.stack.prisma.order.count({ where: { tenantId: market } })).toBe(before);
  });

  it('accepts the tenant’s custom domain and the local storefront, and stores the URL for the payment page', async () => {
    for (const returnUrl of [`https://${MARKET_DOMAIN}/checkout/return`, 'http://127.0.0.1:3000/m/naija-market/checkout/return']) {
      const r = payload(await checkout(s, 'naija-market', checkoutInput(await cart(), { ...ADDRESS, returnUrl })), 'checkout');
      expect(r.userErrors).toEqual([]);
      const payment = await s.stack.prisma.payment.findUniqueOrThrow({ where: { reference: r.payment.reference } });
      expect(payment.returnUrl).toBe(returnUrl);
    }
  });

  it('retryPayment refuses a foreign returnUrl too', async () => {
    const token = await cart();
    const placed = payload(await checkout(s, 'naija-market', checkoutInput(token, ADDRESS)), 'checkout');
    const RETRY = 'mutation ($o: ID!, $t: String, $u: String) { retryPayment(orderId: $o, cartToken: $t, returnUrl: $u) { payment { reference } userErrors { code field } } }';
    const bad = await gql(s.gatewayUrl, RETRY, { o: placed.order.id, t: token, u: 'https://evil.example/return' }, { 'x-tenant': 'naija-market' });
    expect(bad.data?.retryPayment?.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['returnUrl'] }]);
    const good = payload(await gql(s.gatewayUrl, RETRY, { o: placed.order.id, t: token, u: `https://${MARKET_DOMAIN}/checkout/return` }, { 'x-tenant': 'naija-market' }), 'retryPayment');
    expect(good.userErrors).toEqual([]);
  });
});
