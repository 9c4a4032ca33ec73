/**
 * How many missed instalments break a plan, by the debtor's country. One table so that a country's
 * rule is changed in one place and reviewed as such.
 *
 * Every country is at 2 on purpose: a miss counts only after the grace days, yet one miss is still
 * often a one-off (a returned transfer, a late wage), and breaking at once restarts dunning on a
 * debtor who is in fact paying. None of these countries requires us to break sooner, and 2 is in the
 * spirit of German consumer-credit law (§ 498 BGB: an instalment loan may be called in only after
 * two instalments in arrears), which we take as the fairness benchmark everywhere. Misses are counted
 * over the life of the plan, not only consecutive ones. Lower a country to 1 only with a written reason.
 */
export const MISSES_TO_BREAK_BY_COUNTRY: Readonly<Record<string, number>> = {
  BE: 2,
  FR: 2,
  NL: 2,
  DE: 2,
  ES: 2,
  SE: 2,
  GB: 2,
  US: 2,
};

export const DEFAULT_MISSES_TO_BREAK = 2;

/** The number of missed instalments at which a plan of a debtor in `country` (ISO 3166 alpha-2) breaks. */
export function missesToBreakIn(country: string): number {
  return MISSES_TO_BREAK_BY_COUNTRY[country.toUpperCase()] ?? DEFAULT_MISSES_TO_BREAK;
}
