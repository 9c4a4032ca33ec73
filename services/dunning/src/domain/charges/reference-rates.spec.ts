import type { HalfYear } from './calendar-days';
import { annualRate } from './default-interest';
import { INTEREST_RULES } from './interest-rules';
import { REFERENCE_INDICES, REFERENCE_RATES, referenceRate } from './reference-rates';

const HALF_YEARS: HalfYear[] = ['2024-H1', '2024-H2', '2025-H1', '2025-H2', '2026-H1'];

describe('the reference-rate table', () => {
  it('holds one rate per index and half-year, 2024-H1 to 2026-H1, each with a source', () => {
    const keys = REFERENCE_RATES.map((r) => `${r.index}/${r.halfYear}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const index of REFERENCE_INDICES) {
      for (const halfYear of HALF_YEARS) {
        const rate = referenceRate(index, halfYear);
        expect(rate?.source).toEqual(expect.any(String));
        expect(Number.isInteger(rate?.basisPoints)).toBe(true);
      }
    }
  });

  it('knows nothing beyond what it holds', () => {
    expect(referenceRate('ECB_MRO', '2026-H2')).toBeUndefined();
    expect(referenceRate('ECB_MRO', '2023-H2')).toBeUndefined();
  });

  it('gives back the Belgian rates COUNTRY-RULES reports (ECB + 8, rounded up to the half point)', () => {
    const be = INTEREST_RULES.BE.B2B;
    const rateOf = (halfYear: HalfYear) => annualRate(be, halfYear, undefined)?.basisPoints;
    expect([rateOf('2024-H1'), rateOf('2024-H2'), rateOf('2025-H1'), rateOf('2026-H1')]).toEqual([1_250, 1_250, 1_150, 1_050]);
  });

  it('gives the French consumer-debt rate of a professional creditor: 2.62 % in H1 2026 (verified)', () => {
    const fr = annualRate(INTEREST_RULES.FR.B2C, '2026-H1', undefined);
    expect(fr?.basisPoints).toBe(262);
    expect(referenceRate('FR_LEGAL_RATE_OTHER', '2026-H1')?.verified).toBe(true);
    expect(referenceRate('FR_LEGAL_RATE_CONSUMER_CREDITOR', '2026-H1')?.basisPoints).toBe(667);
  });

  it.each<[keyof typeof INTEREST_RULES, 'B2C' | 'B2B', number]>([
    ['FR', 'B2B', 1_215], // ECB 2.15 + 10
    ['ES', 'B2B', 1_015], // ECB 2.15 + 8
    ['NL', 'B2B', 1_015],
    ['DE', 'B2C', 627], // base 1.27 + 5
    ['DE', 'B2B', 1_027], // base 1.27 + 9
    ['SE', 'B2C', 1_000], // reference 2.00 + 8
    ['GB', 'B2B', 1_175], // Bank Rate 3.75 + 8
  ])('%s %s in H1 2026: %i bp', (country, kind, basisPoints) => {
    expect(annualRate(INTEREST_RULES[country][kind], '2026-H1', undefined)?.basisPoints).toBe(basisPoints);
  });
});
