// The storefront's shopping rules that live outside the API, called directly: guest-order and referral
// cookies, checkout details validation and the mapping of the API's field paths, and the dashboard's
// commerce figures (exact BigInt sums per currency, refunds and closed orders left out).
import { cleanReferralCode, cleanVisitorId, MAX_GUEST_ORDERS, parseGuestOrders, withGuestOrder } from '../storefront/lib/shop/cookies';
import { decodeDraft, detailFieldOf, emptyDetails, encodeDraft, invalidDetails, NIGERIAN_STATES } from '../storefront/lib/shop/checkout-details';
import { summarise } from '../storefront/lib/admin/tiles';

const id = (n: number) => `0193a000-0000-7000-8000-${n.toString().padStart(12, '0')}`;

describe('shop cookies', () => {
  test('guest orders: newest first, a repeat moves up, at most MAX_GUEST_ORDERS, junk dropped', () => {
    let value = '';
    for (let n = 1; n <= MAX_GUEST_ORDERS + 2; n++) value = withGuestOrder(value, id(n), `token_${n}abcdef`);
    const entries = parseGuestOrders(value);
    expect(entries).toHaveLength(MAX_GUEST_ORDERS);
    expect(entries[0]).toEqual([id(MAX_GUEST_ORDERS + 2), `token_${MAX_GUEST_ORDERS + 2}abcdef`]);
    expect(parseGuestOrders(withGuestOrder(value, id(5), 'token_5abcdef'))[0][0]).toBe(id(5));
    expect(parseGuestOrders(`not-a-uuid~token_1abcdef.${id(1)}~<script>.${id(2)}~token_2abcdef`)).toEqual([[id(2), 'token_2abcdef']]);
  });

  test('referral codes and visitor ids are accepted only in their shapes', () => {
    expect(cleanReferralCode(' AGENT-ADE ')).toBe('AGENT-ADE');
    expect(cleanReferralCode('bad code')).toBeNull();
    expect(cleanReferralCode('x'.repeat(101))).toBeNull();
    expect(cleanVisitorId(id(1).toUpperCase())).toBe(id(1));
    expect(cleanVisitorId('visitor')).toBeNull();
  });
});

describe('checkout details', () => {
  const complete = { ...emptyDetails(), email: 'ada@example.com', name: 'Ada', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos' };

  test('required fields, e-mail and phone shapes, and a Nigerian state', () => {
    expect(NIGERIAN_STATES).toHaveLength(37);
    expect(invalidDetails(complete)).toEqual([]);
    expect(invalidDetails(emptyDetails()).sort()).toEqual(['city', 'email', 'line1', 'name', 'region']);
    expect(invalidDetails({ ...complete, email: 'ada@', phone: 'call me' }).sort()).toEqual(['email', 'phone']);
    expect(invalidDetails({ ...complete, region: 'Atlantis' })).toEqual(['region']);
    // The optional position "Use my location" fills (decision 0090): both or neither, in range.
    expect(invalidDetails({ ...complete, latitude: '6.4474', longitude: '3.4723' })).toEqual([]);
    expect(invalidDetails({ ...complete, latitude: '6.4474' })).toEqual(['longitude']);
    expect(invalidDetails({ ...complete, latitude: '-90.5', longitude: '3.4' })).toEqual(['latitude']);
    expect(detailFieldOf(['shippingAddress', 'latitude'])).toBe('latitude');
  });

  test('the draft survives the cookie; a tampered cookie is no draft', () => {
    expect(decodeDraft(encodeDraft({ details: complete, invalid: ['phone'] }))).toEqual({ details: complete, invalid: ['phone'] });
    expect(decodeDraft('%%%')).toBeNull();
    expect(decodeDraft(Buffer.from(JSON.stringify({ details: { email: 42 }, invalid: ['nope', 'city'] })).toString('base64url'))).toEqual({ details: emptyDetails(), invalid: ['city'] });
  });

  test("the API's field paths map onto the form's fields", () => {
    expect(detailFieldOf(['shippingAddress', 'city'])).toBe('city');
    expect(detailFieldOf(['shippingAddress', 'phone'])).toBe('phone');
    expect(detailFieldOf(['email'])).toBe('email');
    expect(detailFieldOf(['lines', id(1)])).toBeNull();
    expect(detailFieldOf(null)).toBeNull();
  });
});

describe('dashboard commerce figures', () => {
  const NGN = (amount: string) => ({ amount, currency: 'NGN' });
  const order = (over: Partial<Parameters<typeof summarise>[0][number]>) => ({
    id: id(1),
    status: 'PAID' as const,
    paidAt: '2026-11-20T10:00:00.000Z',
    total: NGN('0'),
    refundedTotal: NGN('0'),
    vendorOrders: [{ subtotal: NGN('1000001'), shipping: NGN('150000'), tax: NGN('75000') }],
    lines: [{ productId: 'p1', title: 'Ankara dress', quantity: 2, refundedQuantity: 0 }],
    ...over,
  });

  test('sums paid orders of the last 30 days exactly, counts work to do, ranks products by units', () => {
    const now = new Date('2026-11-23T12:00:00.000Z');
    const summary = summarise(
      [
        order({}),
        order({ status: 'FULFILLING', lines: [{ productId: 'p2', title: 'Aso-oke cap', quantity: 5, refundedQuantity: 1 }] }),
        order({ paidAt: '2026-09-01T00:00:00.000Z' }), // too old for sales, still counts units
        order({ status: 'CANCELLED' }),
        order({ status: 'PENDING_PAYMENT', paidAt: null }),
      ],
      now,
    );
    expect(summary.sales).toEqual(new Map([['NGN', 2n * (1000001n + 150000n + 75000n)]]));
    expect(summary.salesOrders).toBe(2);
    expect(summary.toFulfil).toBe(3); // the September order is still unshipped
    expect(summary.awaitingPayment).toBe(1);
    expect(summary.top).toEqual([
      { title: 'Ankara dress', units: 4 },
      { title: 'Aso-oke cap', units: 4 },
    ]);
  });
});
