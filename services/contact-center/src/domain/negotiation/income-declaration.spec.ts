import { disposableIncomeMinor, validateDeclaration, type IncomeDeclaration } from './income-declaration';

const declaration: IncomeDeclaration = { monthlyIncomeMinor: 180_000n, monthlyChargesMinor: 150_000n, dependants: 2, currency: 'EUR', declaredOn: '2026-02-20' };

describe('income declaration', () => {
  it('accepts a plausible declaration', () => {
    expect(validateDeclaration(declaration)).toEqual([]);
    expect(validateDeclaration(declaration, '2026-02-20')).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = validateDeclaration({ monthlyIncomeMinor: -1n, monthlyChargesMinor: -1n, dependants: 1.5, currency: 'euro', declaredOn: '20/02/2026' });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'monthlyIncomeMinor:NEGATIVE_AMOUNT',
      'monthlyChargesMinor:NEGATIVE_AMOUNT',
      'dependants:OUT_OF_RANGE',
      'currency:INVALID_CURRENCY',
      'declaredOn:INVALID_DATE',
    ]);
  });

  it('refuses a declaration dated after today', () => {
    expect(validateDeclaration(declaration, '2026-02-19').map((p) => p.code)).toEqual(['DATE_IN_FUTURE']);
  });

  it('leaves income minus charges, never less than nothing', () => {
    expect(disposableIncomeMinor(declaration)).toBe(30_000n);
    expect(disposableIncomeMinor({ ...declaration, monthlyChargesMinor: 200_000n })).toBe(0n);
  });
});
