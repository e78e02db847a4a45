// The storefront's shared refresh (storefront/lib/refresh.ts, decision 0023): requests of one browser that
// arrive with the same expiring session share one renewal, but a rotated refresh token presented within
// the grace by anyone without the browser's binding cookie gets nothing. The gateway is a stub.
const calls: string[] = [];
let release: () => void = () => {};

jest.doMock('server-only', () => ({}), { virtual: true });
jest.doMock('../storefront/lib/gateway', () => ({
  gatewayRequest: async (_document: unknown, variables: { refreshToken: string }) => {
    calls.push(variables.refreshToken);
    await new Promise<void>((resolve) => (release = resolve));
    return { data: { refreshSession: { session: { accessToken: `at-for-${variables.refreshToken}`, refreshToken: `next-${variables.refreshToken}` }, userErrors: [] } }, errors: [] };
  },
}));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { refreshOnce } = require('../storefront/lib/refresh') as typeof import('../storefront/lib/refresh');

const settle = () => new Promise((r) => setImmediate(r));

beforeEach(() => {
  calls.length = 0;
});

it('tabs of one browser share one renewal, during it and for a while after', async () => {
  const a = refreshOnce('shop', 'rt-1', null, 'browser-1');
  const b = refreshOnce('shop', 'rt-1', null, 'browser-1');
  await settle();
  release();
  const [ra, rb] = await Promise.all([a, b]);
  expect(calls).toEqual(['rt-1']);
  expect(ra).toEqual({ kind: 'renewed', session: expect.objectContaining({ accessToken: 'at-for-rt-1' }) });
  expect(rb).toEqual(ra);
  // A tab whose request still carried the old cookie a moment later.
  expect(await refreshOnce('shop', 'rt-1', null, 'browser-1')).toEqual(ra);
  expect(calls).toEqual(['rt-1']);
});

it('the old refresh token replayed by anyone else within the grace gets no tokens, and identity is not asked', async () => {
  const mine = refreshOnce('shop', 'rt-2', null, 'browser-2');
  // During the renewal, and after it, from another browser or with no binding cookie at all.
  const during = refreshOnce('shop', 'rt-2', '203.0.113.9', 'attacker');
  await settle();
  release();
  expect((await mine).kind).toBe('renewed');
  expect(await during).toEqual({ kind: 'refused' });
  expect(await refreshOnce('shop', 'rt-2', '203.0.113.9', 'attacker')).toEqual({ kind: 'refused' });
  expect(await refreshOnce('shop', 'rt-2', '203.0.113.9', null)).toEqual({ kind: 'refused' });
  expect(calls).toEqual(['rt-2']);
});

it('a session from before bindings existed shares with nobody (its next renewal sets a binding)', async () => {
  const first = refreshOnce('shop', 'rt-3', null, null);
  await settle();
  release();
  expect((await first).kind).toBe('renewed');
  expect(await refreshOnce('shop', 'rt-3', null, null)).toEqual({ kind: 'refused' });
});
