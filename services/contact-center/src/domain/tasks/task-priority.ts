/**
 * The order in which agents are served tasks: higher first. Three parts are added up, each monotonic
 * in its input, so the sum is too:
 *
 *   priority = 10 · log10(1 + balanceEur)          amount: 100 EUR → 20, 10 000 EUR → 40, 1 M EUR → 60
 *            + 30 · successScore                    chance of success, 0..1 (unknown → 0.5)
 *            + 30 · 24 / (24 + hoursLeft)           urgency: 30 when the window closes now, 15 a day ahead
 *
 * Why these shapes:
 * - The amount is on a log scale: a 1 M EUR case is worth more effort than a 100 EUR one, but not
 *   ten thousand times more, or small cases would never be called at all. Each tenfold step is worth
 *   what a third of the success score is.
 * - An unknown success score counts as 0.5, neither pushing a fresh case ahead of scored ones nor
 *   burying it behind them.
 * - Urgency rises as the lawful window closes: a task that cannot be called after 18:00 today goes
 *   before one that can wait until tomorrow. A window that has already closed counts as 0 hours left;
 *   whether a task may be served at all is `isCallableNow`'s question, not this one.
 *
 * Out-of-range inputs are clamped rather than refused (a negative balance counts as 0, a score
 * outside 0..1 as the nearest bound, a NaN score as unknown): the queue must always be able to order
 * what it has. The result grows as `now` advances, so a stored priority is a snapshot of enqueue time.
 */
export interface TaskPriorityInput {
  readonly balanceEurMinor: bigint;
  /** 0..1, from screening or dunning's estimate; absent when not yet known. */
  readonly successScore?: number;
  readonly notAfter: Date;
  readonly now: Date;
}

export const UNKNOWN_SUCCESS_SCORE = 0.5;

const AMOUNT_WEIGHT = 10;
const SUCCESS_WEIGHT = 30;
const URGENCY_WEIGHT = 30;
const URGENCY_HALF_LIFE_HOURS = 24;

export function taskPriority(input: TaskPriorityInput): number {
  return amountPoints(input.balanceEurMinor) + successPoints(input.successScore) + urgencyPoints(input.notAfter, input.now);
}

function amountPoints(balanceEurMinor: bigint): number {
  // Number() of a bigint rounds to the nearest double, which never reverses an order: still monotonic.
  const eur = balanceEurMinor > 0n ? Number(balanceEurMinor) / 100 : 0;
  return AMOUNT_WEIGHT * Math.log10(1 + eur);
}

function successPoints(score: number | undefined): number {
  const known = score === undefined || Number.isNaN(score) ? UNKNOWN_SUCCESS_SCORE : Math.min(1, Math.max(0, score));
  return SUCCESS_WEIGHT * known;
}

function urgencyPoints(notAfter: Date, now: Date): number {
  const millisLeft = notAfter.getTime() - now.getTime();
  const hoursLeft = Number.isNaN(millisLeft) ? 0 : Math.max(0, millisLeft / 3_600_000);
  return (URGENCY_WEIGHT * URGENCY_HALF_LIFE_HOURS) / (URGENCY_HALF_LIFE_HOURS + hoursLeft);
}
