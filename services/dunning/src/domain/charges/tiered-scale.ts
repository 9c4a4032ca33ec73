import { basisPointsOf } from './money';

/**
 * A statutory cap that grows with the balance in brackets: above `overMinor`, the cap is `baseMinor`
 * plus a percentage of the part above `overMinor`, then held between a minimum and a maximum. The BE
 * damages scale and the NL staffel are both written this way, so one evaluator serves both and the
 * property tests check every scale declared as data.
 */
export interface ScaleBracket {
  /** The bracket applies to balances strictly above this (the first bracket: above 0). */
  overMinor: bigint;
  baseMinor: bigint;
  /** Percentage of the part of the balance above `overMinor`, in basis points. */
  basisPoints: number;
}

export interface TieredScale {
  /** Ordered by `overMinor`, the first at 0n. */
  brackets: readonly ScaleBracket[];
  minimumMinor?: bigint;
  maximumMinor?: bigint;
  /**
   * Balances at which the law itself makes the cap jump (BE: 150.00 → 150.01 takes the damages from
   * 20 to 30). Everywhere else a scale must be continuous: one more minor unit of balance never adds
   * more than one minor unit of cap. Declared here so a typo in the data shows up as an undeclared jump.
   */
  statutoryJumpsAtMinor: readonly bigint[];
}

/** The cap for a balance (0 when nothing is outstanding), rounded down. */
export function evaluateScale(scale: TieredScale, balanceMinor: bigint): bigint {
  if (balanceMinor <= 0n) return 0n;
  let bracket = scale.brackets[0];
  for (const candidate of scale.brackets) if (balanceMinor > candidate.overMinor) bracket = candidate;
  let cap = bracket.baseMinor + basisPointsOf(balanceMinor - bracket.overMinor, bracket.basisPoints);
  if (scale.minimumMinor !== undefined && cap < scale.minimumMinor) cap = scale.minimumMinor;
  if (scale.maximumMinor !== undefined && cap > scale.maximumMinor) cap = scale.maximumMinor;
  return cap;
}

/**
 * The balances at which the scale, as written, jumps by more than one minor unit from one minor unit
 * of balance to the next: must equal `statutoryJumpsAtMinor`.
 */
export function jumpPointsOf(scale: TieredScale): bigint[] {
  return scale.brackets
    .slice(1)
    .map((bracket) => bracket.overMinor)
    .filter((at) => {
      const step = evaluateScale(scale, at + 1n) - evaluateScale(scale, at);
      return step > 1n || step < 0n;
    });
}
