import fc from 'fast-check';
import { money } from '../money';
import { AUTHORITY_LIMIT_EUR_MINOR, authorityFor, toEurMinor, validateRatesTable, type RatesTable } from './authority';
import { RateInvalidError, RateMissingError } from './negotiation.errors';

const rates: RatesTable = { asOf: '2026-03-02', eurPer: { EUR: '1', SEK: '0.0871', GBP: '1.17', JPY: '0.0061', KWD: '2.98' } };

describe('toEurMinor', () => {
  it('leaves EUR as it is', () => {
    expect(toEurMinor(money(4_999_999n, 'EUR'), rates)).toBe(4_999_999n);
    expect(toEurMinor(money(123n, 'EUR'), { asOf: 'x', eurPer: {} })).toBe(123n);
  });

  it('converts exactly with the decimal rate', () => {
    expect(toEurMinor(money(100_000n, 'SEK'), rates)).toBe(8_710n); // 1,000.00 SEK → 87.10 EUR
    expect(toEurMinor(money(10_000n, 'GBP'), rates)).toBe(11_700n); // 100.00 GBP → 117.00 EUR
  });

  it('respects currencies whose minor unit is not the cent', () => {
    expect(toEurMinor(money(10_000n, 'JPY'), rates)).toBe(6_100n); // 10,000 JPY → 61.00 EUR
    expect(toEurMinor(money(1_000n, 'KWD'), rates)).toBe(298n); // 1.000 KWD → 2.98 EUR
  });

  it('rounds half a cent up, and less than half down', () => {
    const half: RatesTable = { asOf: 'x', eurPer: { XXX: '0.5' } };
    expect(toEurMinor(money(1n, 'XXX'), half)).toBe(1n);
    expect(toEurMinor(money(3n, 'XXX'), half)).toBe(2n);
    expect(toEurMinor(money(-1n, 'XXX'), half)).toBe(-1n);
    expect(toEurMinor(money(1n, 'SEK'), rates)).toBe(0n); // 0.0871 cent
    expect(toEurMinor(money(6n, 'SEK'), rates)).toBe(1n); // 0.5226 cent
  });

  it('refuses a currency the table does not know, with a typed error', () => {
    expect(() => toEurMinor(money(100n, 'CHF'), rates)).toThrow(RateMissingError);
    try {
      toEurMinor(money(100n, 'CHF'), rates);
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONTACT_CENTER.RATE_MISSING', category: 'invalid', currency: 'CHF' });
    }
    // An inherited property is not a rate.
    expect(() => toEurMinor(money(100n, 'constructor'), rates)).toThrow(RateMissingError);
  });

  it('refuses a rate that is not a positive decimal', () => {
    for (const rate of ['0', '0.000', '-1', '1e3', '.5', '1,2', ''])
      expect(() => toEurMinor(money(100n, 'SEK'), { asOf: 'x', eurPer: { SEK: rate } })).toThrow(RateInvalidError);
  });

  const rateArb = fc
    .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 8 }))
    .filter(([units]) => units > 0)
    .map(([units, decimals]) => {
      const digits = units.toString().padStart(decimals + 1, '0');
      return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
    });

  it('is monotonic in the amount, for any rate', () => {
    fc.assert(
      fc.property(rateArb, fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (rate, a, b) => {
        const table = { asOf: 'x', eurPer: { SEK: rate } };
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(toEurMinor(money(low, 'SEK'), table)).toBeLessThanOrEqual(toEurMinor(money(high, 'SEK'), table));
      }),
    );
  });

  it('is within half a cent of the exact value', () => {
    fc.assert(
      fc.property(rateArb, fc.bigInt({ min: 0n, max: 10n ** 14n }), (rate, amount) => {
        const cents = toEurMinor(money(amount, 'SEK'), { asOf: 'x', eurPer: { SEK: rate } });
        // exact cents = amount · rate, with rate = units / 10^d
        const [whole, fraction = ''] = rate.split('.');
        const units = BigInt(whole + fraction);
        const scale = 10n ** BigInt(fraction.length);
        const error = cents * scale - amount * units; // in 1/scale cents
        expect(2n * error).toBeLessThanOrEqual(scale);
        expect(2n * error).toBeGreaterThan(-scale);
      }),
    );
  });
});

describe('authorityFor', () => {
  it('lets the agency agree on 49,999.99 EUR', () => {
    const authority = authorityFor(money(4_999_999n, 'EUR'), rates);
    expect(authority).toMatchObject({ agencyMayAgree: true, balanceEurMinor: 4_999_999n, limitEurMinor: AUTHORITY_LIMIT_EUR_MINOR, limitSource: 'AGENCY' });
    expect(authority.reason).toBe("the balance of 49999.99 EUR is below the agency's limit of 50000.00 EUR: the agency may agree on its own");
  });

  it('needs the creditor from 50,000.00 EUR on', () => {
    const authority = authorityFor(money(5_000_000n, 'EUR'), rates);
    expect(authority.agencyMayAgree).toBe(false);
    expect(authority.reason).toContain('the creditor must approve');
    expect(authorityFor(money(9_000_000n, 'EUR'), rates).agencyMayAgree).toBe(false);
  });

  it('converts a SEK balance with the rates table', () => {
    // 574,052.70 SEK · 0.0871 = 49,999.990 EUR
    expect(authorityFor(money(57_405_270n, 'SEK'), rates)).toMatchObject({ agencyMayAgree: true, balanceEurMinor: 4_999_999n });
    // 574,052.81 SEK · 0.0871 = 49,999.999751 EUR → 50,000.00
    const above = authorityFor(money(57_405_281n, 'SEK'), rates);
    expect(above).toMatchObject({ agencyMayAgree: false, balanceEurMinor: 5_000_000n });
    expect(above.reason).toContain('574052.81 SEK (50000.00 EUR at the rates of 2026-03-02)');
  });

  it('converts a GBP balance with the rates table', () => {
    // 42,735.04 GBP · 1.17 = 49,999.9968 → 50,000.00; 42,735.03 GBP = 49,999.9851 → 49,999.99
    expect(authorityFor(money(4_273_504n, 'GBP'), rates).agencyMayAgree).toBe(false);
    expect(authorityFor(money(4_273_503n, 'GBP'), rates)).toMatchObject({ agencyMayAgree: true, balanceEurMinor: 4_999_999n });
  });

  it("lowers the limit to the creditor's own 10,000 EUR", () => {
    const creditorLimit = 1_000_000n;
    expect(authorityFor(money(999_999n, 'EUR'), rates, creditorLimit)).toMatchObject({ agencyMayAgree: true, limitEurMinor: creditorLimit, limitSource: 'CREDITOR' });
    const at = authorityFor(money(1_000_000n, 'EUR'), rates, creditorLimit);
    expect(at).toMatchObject({ agencyMayAgree: false, limitEurMinor: creditorLimit, limitSource: 'CREDITOR' });
    expect(at.reason).toContain("the creditor's limit of 10000.00 EUR");
  });

  it('never lets a creditor limit raise the agency limit', () => {
    expect(authorityFor(money(5_000_000n, 'EUR'), rates, 10_000_000n)).toMatchObject({ agencyMayAgree: false, limitEurMinor: AUTHORITY_LIMIT_EUR_MINOR, limitSource: 'AGENCY' });
  });

  it('sends everything to the creditor when its limit is zero or negative', () => {
    expect(authorityFor(money(1n, 'EUR'), rates, 0n).agencyMayAgree).toBe(false);
    expect(authorityFor(money(1n, 'EUR'), rates, -5n)).toMatchObject({ agencyMayAgree: false, limitEurMinor: 0n });
  });

  it('refuses a currency without a rate', () => {
    expect(() => authorityFor(money(100n, 'CHF'), rates)).toThrow(RateMissingError);
  });
});

describe('validateRatesTable', () => {
  it('accepts a good table', () => {
    expect(validateRatesTable(rates)).toEqual([]);
  });

  it('reports every bad entry', () => {
    const problems = validateRatesTable({ asOf: ' ', eurPer: { sek: '0.1', GBP: '1,17', USD: '0', EUR: '1.1' } });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual(['asOf:REQUIRED', 'eurPer.sek:INVALID_CURRENCY', 'eurPer.GBP:INVALID_RATE', 'eurPer.USD:INVALID_RATE', 'eurPer.EUR:INVALID_RATE']);
  });
});
