import { basisPointsOf, formatMinor, mulDivFloor, toMinor } from './money';

describe('money in minor units', () => {
  it('reads statutory amounts as written, without a float', () => {
    expect(toMinor('2,000')).toBe(200_000n);
    expect(toMinor('150.01')).toBe(15_001n);
    expect(toMinor('0.5')).toBe(50n);
    expect(toMinor('190,000.00')).toBe(19_000_000n);
  });

  it('refuses amounts it would have to round', () => {
    expect(() => toMinor('1.005')).toThrow(/not a decimal amount/);
    expect(() => toMinor('-3')).toThrow(/not a decimal amount/);
    expect(() => toMinor('1e3')).toThrow(/not a decimal amount/);
  });

  it('formats minor units for refusal texts', () => {
    expect(formatMinor(15_001n)).toBe('150.01');
    expect(formatMinor(5n)).toBe('0.05');
    expect(formatMinor(-250n)).toBe('-2.50');
  });

  it('rounds every percentage down, in the debtor’s favour', () => {
    expect(basisPointsOf(999n, 1_000)).toBe(99n); // 99.9 → 99
    expect(basisPointsOf(1n, 50)).toBe(0n);
    expect(mulDivFloor(7n, 2n, 3n)).toBe(4n); // 4.67 → 4
  });

  it('refuses negative amounts', () => {
    expect(() => mulDivFloor(-1n, 1n, 1n)).toThrow(/non-negative/);
  });
});
