import { formatMoney, isCurrencyCode, minorUnitDigits, money } from './money';

describe('money', () => {
  it('formats with the currency minor unit', () => {
    expect(formatMoney(money(4_999_999n, 'EUR'))).toBe('49999.99 EUR');
    expect(formatMoney(money(-5n, 'EUR'))).toBe('-0.05 EUR');
    expect(formatMoney(money(1500n, 'JPY'))).toBe('1500 JPY');
    expect(formatMoney(money(1005n, 'KWD'))).toBe('1.005 KWD');
  });

  it('knows which currencies do not have cents', () => {
    expect(minorUnitDigits('SEK')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('BHD')).toBe(3);
  });

  it('accepts three upper-case letters as a currency code', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
  });
});
