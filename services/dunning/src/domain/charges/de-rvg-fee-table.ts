/**
 * The German lawyers' fee table (§13(1) RVG) that caps what a collector may charge a consumer
 * (RDG §13e, Nr. 2300 VV RVG). We hold the table as it stood from 1 January 2021: the June 2025
 * increase (KostBRÄG 2025) was not confirmed here, and the older, lower table can only undercharge,
 * which is the stricter reading. `verified: false` on the rule that uses it says so.
 */
export interface RvgBand {
  /** The band covers values above the previous band's limit up to this (inclusive). */
  upToMinor: bigint | undefined;
  /** "for each started step of …" */
  stepMinor: bigint;
  addMinor: bigint;
}

/** Fee for values up to EUR 500. */
export const RVG_2021_BASE_FEE_MINOR = 4_900n;
export const RVG_2021_BASE_UP_TO_MINOR = 50_000n;

export const RVG_2021_BANDS: readonly RvgBand[] = [
  { upToMinor: 200_000n, stepMinor: 50_000n, addMinor: 3_900n },
  { upToMinor: 1_000_000n, stepMinor: 100_000n, addMinor: 5_600n },
  { upToMinor: 2_500_000n, stepMinor: 300_000n, addMinor: 5_200n },
  { upToMinor: 5_000_000n, stepMinor: 500_000n, addMinor: 8_100n },
  { upToMinor: 20_000_000n, stepMinor: 1_500_000n, addMinor: 9_400n },
  { upToMinor: 50_000_000n, stepMinor: 3_000_000n, addMinor: 13_200n },
  { upToMinor: undefined, stepMinor: 5_000_000n, addMinor: 16_500n },
];

/** The full (1.0) fee for a value, §13(1) RVG 2021; values are capped at EUR 30 million (§22(2) RVG). */
export function rvgFullFee(valueMinor: bigint): bigint {
  const value = valueMinor > 3_000_000_000n ? 3_000_000_000n : valueMinor;
  let fee = RVG_2021_BASE_FEE_MINOR;
  let lower = RVG_2021_BASE_UP_TO_MINOR;
  for (const band of RVG_2021_BANDS) {
    if (value <= lower) break;
    const top = band.upToMinor !== undefined && value > band.upToMinor ? band.upToMinor : value;
    const steps = (top - lower + band.stepMinor - 1n) / band.stepMinor; // started steps: ceiling
    fee += steps * band.addMinor;
    if (band.upToMinor === undefined) break;
    lower = band.upToMinor;
  }
  return fee;
}
