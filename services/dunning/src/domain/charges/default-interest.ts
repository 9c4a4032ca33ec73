import type { CalendarDate, DebtorKind, PolicyCountry } from '../steps';
import { addDays, dayNumber, halfYearOf, lastDayOfHalfYear, type HalfYear } from './calendar-days';
import { refusal, type EntitlementLine, type InterestPeriod, type Refusal, type RuleOutcome } from './charge';
import { ChargeInputInvalidError } from './charge-input-invalid.error';
import { INTEREST_RULES, type InterestRule } from './interest-rules';
import { assertNonNegative, mulDivFloor } from './money';
import { REFERENCE_RATES, referenceRate, type ReferenceRate } from './reference-rates';

/**
 * Statutory default interest, integrated day by day over the principal still unpaid:
 *
 *   interest = Σ over periods ⌊ principal × rate (bp) × days / (10 000 × 365) ⌋
 *
 * A period is a run of days with one principal and one rate: it ends where the principal changes (a
 * partial payment, as the caller's timeline says) or a half-year ends (rates reset on 1 January and
 * 1 July). Each period is rounded down on its own, in the debtor's favour. Days are calendar days,
 * the year always 365 days. Interest accrues on principal only, never on interest, damages or fees:
 * the timeline holds principal and nothing else, and allocating a payment to interest or costs first
 * (FR, ES, DE rules) is the caller's work before it builds the timeline.
 */
export interface PrincipalChange {
  /** From this day on (inclusive) until the next change, `principalMinor` is still unpaid. */
  from: CalendarDate;
  principalMinor: bigint;
}

export interface DefaultInterestInput {
  country: PolicyCountry;
  debtorKind: DebtorKind;
  /** The last day the debtor could pay on time; interest runs from the next day. */
  dueDate: CalendarDate;
  /** Interest is accrued up to and including this day. */
  asOf: CalendarDate;
  principalTimeline: readonly PrincipalChange[];
  /** BE consumers: the last day of the 14-day wait after the free first reminder. */
  waitingPeriodEndsOn?: CalendarDate;
  /** FR consumers: the day the formal notice (mise en demeure) reached the debtor. */
  formalNoticeServedOn?: CalendarDate;
  /** BE consumers: the contract's default rate; the law caps it. */
  agreedInterestRateBasisPoints?: number;
  /** The reference-rate table (defaults to REFERENCE_RATES). */
  rates?: readonly ReferenceRate[];
}

const DAYS_PER_YEAR = 365n;

/** Interest on `principalMinor` at `basisPoints` a year over `days` days, rounded down. */
export function interestFor(principalMinor: bigint, basisPoints: number, days: number): bigint {
  return mulDivFloor(principalMinor, BigInt(basisPoints) * BigInt(days), 10_000n * DAYS_PER_YEAR);
}

/** Throws unless the timeline is non-empty, strictly ordered by date, with non-negative principals. */
export function validatePrincipalTimeline(timeline: readonly PrincipalChange[]): void {
  if (timeline.length === 0) throw new ChargeInputInvalidError('principalTimeline', 'must hold at least one entry');
  timeline.forEach((change, i) => {
    dayNumber(change.from, `principalTimeline[${i}].from`);
    assertNonNegative(`principalTimeline[${i}].principalMinor`, change.principalMinor);
    if (i > 0 && change.from <= timeline[i - 1].from) {
      throw new ChargeInputInvalidError(`principalTimeline[${i}].from`, 'entries must be in strictly increasing date order');
    }
  });
}

/** The principal unpaid on `date`; throws when the timeline starts later. */
export function principalOn(timeline: readonly PrincipalChange[], date: CalendarDate): bigint {
  const current = timeline.filter((change) => change.from <= date).at(-1);
  if (!current) throw new ChargeInputInvalidError('principalTimeline', `says nothing about ${date}: it must start on or before it`);
  return current.principalMinor;
}

/** The annual rate a rule gives for a half-year, with how it was found, or undefined when unknown. */
export function annualRate(
  interest: InterestRule,
  halfYear: HalfYear,
  agreedBasisPoints: number | undefined,
  table: readonly ReferenceRate[] = REFERENCE_RATES,
): { basisPoints: number; basis: string } | undefined {
  if (interest.formula.type === 'none') return undefined;
  const { index, marginBasisPoints, roundUpToBasisPoints } = interest.formula;
  const reference = referenceRate(index, halfYear, table);
  if (!reference) return undefined;
  let basisPoints = Math.max(0, reference.basisPoints + marginBasisPoints);
  let basis = `${index} ${pct(reference.basisPoints)} + ${pct(marginBasisPoints)} pts`;
  if (roundUpToBasisPoints) {
    basisPoints = Math.ceil(basisPoints / roundUpToBasisPoints) * roundUpToBasisPoints;
    basis += `, rounded up to ${pct(roundUpToBasisPoints)} pt`;
  }
  basis += ` = ${pct(basisPoints)}`;
  if (interest.basis === 'cap-on-agreed' && agreedBasisPoints !== undefined && agreedBasisPoints < basisPoints) {
    return { basisPoints: agreedBasisPoints, basis: `agreed ${pct(agreedBasisPoints)} (below the cap: ${basis})` };
  }
  if (interest.basis === 'cap-on-agreed') basis = `cap ${basis} (agreed ${pct(agreedBasisPoints ?? 0)})`;
  return { basisPoints, basis };
}

function pct(basisPoints: number): string {
  return `${(basisPoints / 100).toFixed(2)}%`;
}

/** The first day interest may run, or a refusal saying why it may not run yet. */
function firstAccrualDay(interest: InterestRule, input: DefaultInterestInput): CalendarDate | Refusal {
  const afterDue = addDays(input.dueDate, 1);
  if (interest.accruesFrom === 'day-after-waiting-period') {
    if (input.waitingPeriodEndsOn === undefined) return refusal(interest.rule, 'WAITING_PERIOD_NOT_OVER', 'the wait has not started: no free first reminder is recorded');
    const afterWait = addDays(input.waitingPeriodEndsOn, 1);
    if (afterWait > input.asOf) return refusal(interest.rule, 'WAITING_PERIOD_NOT_OVER', `the wait ends on ${input.waitingPeriodEndsOn}; interest from the day after`);
    return afterWait > afterDue ? afterWait : afterDue;
  }
  if (interest.accruesFrom === 'day-after-formal-notice') {
    if (input.formalNoticeServedOn === undefined) return refusal(interest.rule, 'FORMAL_NOTICE_REQUIRED', 'interest runs from the formal notice, and none is recorded');
    const afterNotice = addDays(input.formalNoticeServedOn, 1);
    return afterNotice > afterDue ? afterNotice : afterDue;
  }
  return afterDue;
}

/** What default interest the law allows for the case up to `asOf` (its cap), period by period. */
export function accrueDefaultInterest(input: DefaultInterestInput): RuleOutcome {
  const interest = INTEREST_RULES[input.country][input.debtorKind];
  dayNumber(input.dueDate, 'dueDate');
  dayNumber(input.asOf, 'asOf');
  validatePrincipalTimeline(input.principalTimeline);
  const agreed = input.agreedInterestRateBasisPoints;
  if (agreed !== undefined && (!Number.isSafeInteger(agreed) || agreed < 0)) {
    throw new ChargeInputInvalidError('agreedInterestRateBasisPoints', 'must be a non-negative integer');
  }

  if (interest.formula.type === 'none') {
    return { entitlements: [], refusals: [refusal(interest.rule, 'NO_STATUTORY_BASIS', interest.rule.note ?? 'no statutory default interest')] };
  }
  if (interest.basis === 'cap-on-agreed' && agreed === undefined) {
    return { entitlements: [], refusals: [refusal(interest.rule, 'AGREED_RATE_REQUIRED', 'the law only caps a contractual rate, and none was given')] };
  }
  const first = firstAccrualDay(interest, input);
  if (typeof first !== 'string') return { entitlements: [], refusals: [first] };

  const lines: EntitlementLine[] = [];
  const unknown: Array<{ halfYear: HalfYear; start: CalendarDate; end: CalendarDate }> = [];
  const timeline = input.principalTimeline;
  for (let day = first; day <= input.asOf; ) {
    const principalMinor = principalOn(timeline, day);
    const nextChange = timeline.find((change) => change.from > day)?.from;
    let end = lastDayOfHalfYear(day);
    if (nextChange !== undefined && addDays(nextChange, -1) < end) end = addDays(nextChange, -1);
    if (input.asOf < end) end = input.asOf;
    const halfYear = halfYearOf(day);
    const rate = annualRate(interest, halfYear, agreed, input.rates);
    if (principalMinor > 0n && rate === undefined) {
      const last = unknown.at(-1);
      if (last && last.halfYear === halfYear) last.end = end;
      else unknown.push({ halfYear, start: day, end });
    } else if (principalMinor > 0n && rate !== undefined) {
      const days = dayNumber(end) - dayNumber(day) + 1;
      const period: InterestPeriod = { start: day, end, days, principalMinor, annualRateBasisPoints: rate.basisPoints, rateBasis: rate.basis };
      lines.push({ amountMinor: interestFor(principalMinor, rate.basisPoints, days), period });
    }
    day = addDays(end, 1);
  }
  return {
    entitlements: lines.length > 0 ? [{ rule: interest.rule, lines }] : [],
    refusals: unknown.map((span) =>
      refusal(interest.rule, 'NO_RATE_KNOWN', `no reference rate known for ${span.halfYear}: no interest computed from ${span.start} to ${span.end}`),
    ),
  };
}
