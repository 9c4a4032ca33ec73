import fc from 'fast-check';
import { EUR_EQUIVALENT_RATES, eurEquivalentMinor, formatEurMinor } from './eur-equivalent';
import { CurrencyNotSupportedError } from './scoring.errors';

describe('eurEquivalentMinor', () => {
  it.each([
    [{ amountMinor: 12_345n, currency: 'EUR' }, 12_345n],
    [{ amountMinor: 10_000n, currency: 'GBP' }, 11_700n],
    [{ amountMinor: 10_000n, currency: 'USD' }, 9_000n],
    [{ amountMinor: 100_000n, currency: 'SEK' }, 9_000n],
    [{ amountMinor: 1n, currency: 'SEK' }, 0n],
  ])('%p is worth %p euro cents', (amount, expected) => {
    expect(eurEquivalentMinor(amount)).toBe(expected);
  });

  it('refuses an unknown currency, and an inherited property name is not a currency', () => {
    expect(() => eurEquivalentMinor({ amountMinor: 1n, currency: 'JPY' })).toThrow(CurrencyNotSupportedError);
    expect(() => eurEquivalentMinor({ amountMinor: 1n, currency: 'toString' })).toThrow(CurrencyNotSupportedError);
  });

  it('never decreases as the amount grows, in every currency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(EUR_EQUIVALENT_RATES)), fc.bigInt(0n, 10n ** 12n), fc.bigInt(0n, 10n ** 9n), (currency, amount, more) => {
        expect(eurEquivalentMinor({ amountMinor: amount + more, currency })).toBeGreaterThanOrEqual(eurEquivalentMinor({ amountMinor: amount, currency }));
      }),
    );
  });
});

describe('formatEurMinor', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [123_456n, '1234.56'],
    [-250n, '-2.50'],
  ])('%p reads %s', (minor, text) => {
    expect(formatEurMinor(minor)).toBe(text);
  });
});
