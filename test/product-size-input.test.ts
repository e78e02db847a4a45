/** The product editor's weight and box-size fields (storefront/lib/admin/product-input.ts, decision 0091). */
import { formatBoxSize, parseBoxSize, parseWeight } from '../storefront/lib/admin/product-input';

test('a weight is whole grams from 1 to a tonne; blank is unknown', () => {
  expect(parseWeight('')).toEqual({ ok: true, grams: null });
  expect(parseWeight(' 1,200 ')).toEqual({ ok: true, grams: 1200 });
  expect(parseWeight('1000000')).toEqual({ ok: true, grams: 1_000_000 });
  for (const bad of ['0', '1000001', '1.5', '-3', 'heavy']) expect(parseWeight(bad)).toEqual({ ok: false });
});

test('a box is three whole millimetre sides up to 10 m, shown back the same way', () => {
  expect(parseBoxSize('')).toEqual({ ok: true, size: null });
  const parsed = parseBoxSize('300 x 200×100');
  expect(parsed).toEqual({ ok: true, size: { lengthMm: 300, widthMm: 200, heightMm: 100 } });
  expect(formatBoxSize({ lengthMm: 300, widthMm: 200, heightMm: 100 })).toBe('300 x 200 x 100');
  expect(formatBoxSize({ lengthMm: 300, widthMm: null, heightMm: 100 })).toBe('');
  for (const bad of ['300 x 200', '0 x 1 x 1', '10001 x 1 x 1', '30cm x 20 x 10']) expect(parseBoxSize(bad)).toEqual({ ok: false });
});
