/**
 * Coupons (issue 10): no shop has coupons yet, so a coupon code is refused with its own stable code,
 * COUPON_INVALID on the couponCode field (not a generic BAD_USER_INPUT), and no code means no discount.
 */
import { discountsFor, type DiscountSource } from '../src/services/discounts';

const request = (couponCode: string | null) => ({ tenantId: '0193a000-0000-7000-8000-000000000003', couponCode, customerUserId: null, lines: [{ variantId: 'v', quantity: 1, subtotal: 100_000n }] });

it('refuses every coupon code with COUPON_INVALID while no coupon source is registered', async () => {
  await expect(discountsFor(request('SAVE10'))).rejects.toMatchObject({ code: 'COUPON_INVALID', field: ['couponCode'] });
  await expect(discountsFor(request(null))).resolves.toEqual([]);
});

it('a code some source recognises is not refused as unknown', async () => {
  const source: DiscountSource = { name: 'coupons', recognises: (c) => c === 'SAVE10', discounts: async () => [] };
  await expect(discountsFor(request('SAVE10'), [source])).resolves.toEqual([]);
  await expect(discountsFor(request('OTHER'), [source])).rejects.toMatchObject({ code: 'COUPON_INVALID' });
});
