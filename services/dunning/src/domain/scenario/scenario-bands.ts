import type { AmountBand, Scenario, ScoreBand } from './scenario';

/**
 * Geometry of the bands: a scenario covers a rectangle of (EUR-equivalent balance, score).
 * Amount bands are half-open [min, max) with an absent max meaning no upper bound; score bands
 * are closed [min, max] over integers.
 */

export function amountInBand(amountEurMinor: bigint, band: AmountBand): boolean {
  return amountEurMinor >= band.minEurMinor && (band.maxEurMinor === undefined || amountEurMinor < band.maxEurMinor);
}

export function scoreInBand(score: number, band: ScoreBand): boolean {
  return score >= band.min && score <= band.max;
}

export function scenarioCovers(scenario: Scenario, amountEurMinor: bigint, score: number): boolean {
  return amountInBand(amountEurMinor, scenario.amountBand) && scoreInBand(score, scenario.scoreBand);
}

/** Whether the two scenarios' rectangles share at least one (amount, score) point. */
export function bandsIntersect(a: Scenario, b: Scenario): boolean {
  const low = a.amountBand.minEurMinor > b.amountBand.minEurMinor ? a.amountBand.minEurMinor : b.amountBand.minEurMinor;
  const amountsMeet = (a.amountBand.maxEurMinor === undefined || low < a.amountBand.maxEurMinor) && (b.amountBand.maxEurMinor === undefined || low < b.amountBand.maxEurMinor);
  return amountsMeet && Math.max(a.scoreBand.min, b.scoreBand.min) <= Math.min(a.scoreBand.max, b.scoreBand.max);
}

/** Whether `outer`'s rectangle holds all of `inner`'s (equal rectangles hold each other). */
export function bandsContain(outer: Scenario, inner: Scenario): boolean {
  const o = outer.amountBand;
  const i = inner.amountBand;
  const amountHolds = o.minEurMinor <= i.minEurMinor && (o.maxEurMinor === undefined || (i.maxEurMinor !== undefined && i.maxEurMinor <= o.maxEurMinor));
  return amountHolds && outer.scoreBand.min <= inner.scoreBand.min && inner.scoreBand.max <= outer.scoreBand.max;
}

export function sameBands(a: Scenario, b: Scenario): boolean {
  return bandsContain(a, b) && bandsContain(b, a);
}

/**
 * Orders scenarios from the most specific to the least, deterministically:
 * 1. the narrower amount band (a bounded band before an unbounded one; then the smaller max − min);
 * 2. the narrower score band (smaller max − min);
 * 3. the higher amount floor (minEurMinor), then the higher score floor;
 * 4. the id, in code-unit order (not locale order);
 * 5. the higher version.
 * A band nested in another always comes first, so "most specific" never depends on list order.
 */
export function bySpecificity(a: Scenario, b: Scenario): number {
  const widthA = amountWidth(a.amountBand);
  const widthB = amountWidth(b.amountBand);
  if (widthA !== widthB) {
    if (widthA === undefined) return 1;
    if (widthB === undefined) return -1;
    return widthA < widthB ? -1 : 1;
  }
  const scoreWidth = a.scoreBand.max - a.scoreBand.min - (b.scoreBand.max - b.scoreBand.min);
  if (scoreWidth !== 0) return scoreWidth;
  if (a.amountBand.minEurMinor !== b.amountBand.minEurMinor) return a.amountBand.minEurMinor > b.amountBand.minEurMinor ? -1 : 1;
  if (a.scoreBand.min !== b.scoreBand.min) return b.scoreBand.min - a.scoreBand.min;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return b.version - a.version;
}

function amountWidth(band: AmountBand): bigint | undefined {
  return band.maxEurMinor === undefined ? undefined : band.maxEurMinor - band.minEurMinor;
}
