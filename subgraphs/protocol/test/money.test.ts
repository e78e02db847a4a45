import { addMoney, formatMoney, minorDigits, money, subtractMoney } from '../src';

describe('money', () => {
  it('is integer minor units and refuses floats and bad currencies', () => {
    expect(money(1250000, 'NGN')).toEqual({ amount: 1250000n, currency: 'NGN' });
    expect(() => money(12.5, 'NGN')).toThrow(/integers/);
    expect(() => money(1, 'naira')).toThrow(/ISO 4217/);
  });
  it('adds and subtracts within one currency only', () => {
    expect(addMoney(money(150, 'NGN'), money(50, 'NGN'))).toEqual(money(200, 'NGN'));
    expect(subtractMoney(money(150, 'NGN'), money(200, 'NGN'))).toEqual(money(-50, 'NGN'));
    expect(() => addMoney(money(1, 'NGN'), money(1, 'USD'))).toThrow(/NGN and USD/);
  });
  it('formats exactly, beyond 2^53 too', () => {
    expect(minorDigits('NGN')).toBe(2);
    expect(formatMoney(money(1250050, 'NGN'))).toBe('₦12,500.50');
    expect(formatMoney(money(-99, 'NGN'))).toBe('-₦0.99');
    expect(formatMoney(money('123456789012345678', 'NGN'))).toBe('₦1,234,567,890,123,456.78');
  });
  it('keeps each currency and locale apart (formatters are reused between calls)', () => {
    expect(formatMoney(money(1250050, 'NGN'))).toBe('₦12,500.50');
    expect(formatMoney(money(1250050, 'USD'), 'en')).toBe('$12,500.50');
    expect(formatMoney(money(1250050, 'JPY'), 'en')).toBe('¥1,250,050');
    expect(formatMoney(money(1250050, 'NGN'), 'de-DE')).toBe('12.500,50\u00a0NGN');
    expect(formatMoney(money(1250050, 'NGN'))).toBe('₦12,500.50');
  });
});
