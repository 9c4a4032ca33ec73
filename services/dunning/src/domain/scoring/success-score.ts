import type { CalendarDate, ContactChannel, DebtorKind } from '../steps';
import { eurEquivalentMinor, formatEurMinor } from './eur-equivalent';
import { type FieldProblem, ScoreInputInvalidError } from './scoring.errors';

/** The channels screening rates as usable or not (a visit needs no screening of its own). */
export const CONTACTABLE_CHANNELS = ['LETTER', 'EMAIL', 'SMS', 'PHONE'] as const satisfies readonly ContactChannel[];
export type ContactableChannel = (typeof CONTACTABLE_CHANNELS)[number];

/** What the debtor did so far, on this case (counts, never negative). */
export interface ResponseHistory {
  promisesKept: number;
  promisesBroken: number;
  paymentsReceived: number;
  /** Contacts where the debtor was reached (a call answered, a reply to a letter or e-mail). */
  contactsReached: number;
  /** Attempts that reached nobody (a call not answered, a visit with nobody home). */
  noAnswers: number;
}

export interface SuccessScoreInput {
  /** The outstanding balance, in minor units of its currency (rated through its EUR equivalent). */
  balance: { amountMinor: bigint; currency: string };
  /** The due date of the oldest invoice still unpaid. */
  oldestUnpaidDueDate: CalendarDate;
  /** Today, from the Clock (the domain never reads the time itself). */
  today: CalendarDate;
  debtorKind: DebtorKind;
  /** The channels screening said can reach the debtor; VISIT and duplicates are ignored. */
  usableChannels: readonly ContactChannel[];
  history: ResponseHistory;
}

export type ScoreFactorName =
  | 'BASE'
  | 'AMOUNT'
  | 'AGE'
  | 'DEBTOR_KIND'
  | 'CHANNELS'
  | 'PAYMENTS_RECEIVED'
  | 'PROMISES_KEPT'
  | 'PROMISES_BROKEN'
  | 'CONTACTS_REACHED'
  | 'NO_ANSWERS'
  | 'CLAMP';

export interface ScoreFactor {
  factor: ScoreFactorName;
  /** What was rated: EUR-equivalent minor units as a string, days, a kind, channels, a count. */
  value: string | number;
  points: number;
  /** One English sentence, no personal data. */
  why: string;
}

export interface SuccessScore {
  /** 0..100, an integer; always the sum of the factors' points. */
  score: number;
  factors: ScoreFactor[];
}

/** A band of a numeric input: the first band whose `below` the value is under gives the points. */
interface Band<T> {
  below?: T;
  points: number;
  label: string;
}

export const BASE_POINTS = 50;

/** By EUR-equivalent balance in minor units: a small claim gets paid more often. */
export const AMOUNT_BANDS: readonly Band<bigint>[] = [
  { below: 10_000n, points: 10, label: 'under EUR 100' },
  { below: 50_000n, points: 6, label: 'EUR 100 to under 500' },
  { below: 200_000n, points: 2, label: 'EUR 500 to under 2,000' },
  { below: 1_000_000n, points: -4, label: 'EUR 2,000 to under 10,000' },
  { below: 5_000_000n, points: -8, label: 'EUR 10,000 to under 50,000' },
  { points: -12, label: 'EUR 50,000 or more' },
];

/** By days since the oldest unpaid due date: the older the debt, the less likely it is paid. */
export const AGE_BANDS: readonly Band<number>[] = [
  { below: 31, points: 10, label: '30 days or less' },
  { below: 91, points: 4, label: '31 to 90 days' },
  { below: 181, points: -4, label: '91 to 180 days' },
  { below: 366, points: -10, label: '181 to 365 days' },
  { below: 731, points: -18, label: '366 to 730 days' },
  { points: -25, label: 'more than 730 days' },
];

export const DEBTOR_KIND_POINTS: Readonly<Record<DebtorKind, number>> = { B2C: 0, B2B: 3 };

/** Per usable channel (a call moves more debtors than a letter); no usable channel at all costs more. */
export const CHANNEL_POINTS: Readonly<Record<ContactableChannel, number>> = { PHONE: 8, EMAIL: 4, SMS: 3, LETTER: 2 };
export const NO_CHANNEL_POINTS = -15;

/** Per past response, with the cap on the factor's total. */
export const HISTORY_POINTS: Readonly<Record<keyof ResponseHistory, { each: number; cap: number; factor: ScoreFactorName; what: string }>> = {
  paymentsReceived: { each: 6, cap: 18, factor: 'PAYMENTS_RECEIVED', what: 'payment(s) received' },
  promisesKept: { each: 5, cap: 15, factor: 'PROMISES_KEPT', what: 'promise(s) to pay kept' },
  promisesBroken: { each: -6, cap: -18, factor: 'PROMISES_BROKEN', what: 'promise(s) to pay broken' },
  contactsReached: { each: 2, cap: 8, factor: 'CONTACTS_REACHED', what: 'contact(s) that reached the debtor' },
  noAnswers: { each: -1, cap: -10, factor: 'NO_ANSWERS', what: 'attempt(s) that reached nobody' },
};

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The estimated chance that the amicable phase collects, as a transparent score: additive integer
 * points, each factor capped, the total clamped to 0..100. Every factor comes back with its points
 * and the reason, so an agent or a creditor can see why a case scored what it did.
 *
 * score = clamp(0, 100, BASE + AMOUNT + AGE + DEBTOR_KIND + CHANNELS + PAYMENTS_RECEIVED
 *                        + PROMISES_KEPT + PROMISES_BROKEN + CONTACTS_REACHED + NO_ANSWERS)
 *
 * | factor | rated on | points |
 * |---|---|---|
 * | BASE | — | 50 |
 * | AMOUNT | EUR-equivalent of the balance (fixed table, eur-equivalent.ts) | < 100: +10 · < 500: +6 · < 2,000: +2 · < 10,000: −4 · < 50,000: −8 · ≥ 50,000: −12 |
 * | AGE | days from the oldest unpaid due date to today (not yet due: 0) | ≤ 30: +10 · ≤ 90: +4 · ≤ 180: −4 · ≤ 365: −10 · ≤ 730: −18 · > 730: −25 |
 * | DEBTOR_KIND | B2C / B2B | B2C 0 · B2B +3 (a trading business has a reputation and suppliers to keep) |
 * | CHANNELS | usable LETTER, EMAIL, SMS, PHONE | PHONE +8, EMAIL +4, SMS +3, LETTER +2 (at most +17); none usable: −15 |
 * | PAYMENTS_RECEIVED | count | +6 each, at most +18 |
 * | PROMISES_KEPT | count | +5 each, at most +15 |
 * | PROMISES_BROKEN | count | −6 each, at most −18 |
 * | CONTACTS_REACHED | count | +2 each, at most +8 |
 * | NO_ANSWERS | count | −1 each, at most −10 |
 * | CLAMP | the total before clamping | whatever brings the total into 0..100 (only listed when needed) |
 *
 * The raw total spans −30..131, so both ends of the clamp are reachable. Every factor is
 * monotone: an older debt, a larger balance, a broken promise or an unanswered attempt never
 * raises the score; a usable channel, a payment, a kept promise or a reached contact never lowers
 * it. The weights are a documented starting point, to be recalibrated against outcomes.
 *
 * Throws ScoreInputInvalidError (bad date, negative or fractional count, negative balance) and
 * CurrencyNotSupportedError.
 */
export function successScore(input: SuccessScoreInput): SuccessScore {
  const problems: FieldProblem[] = [];
  const due = dayNumber(input.oldestUnpaidDueDate, 'oldestUnpaidDueDate', problems);
  const today = dayNumber(input.today, 'today', problems);
  if (input.balance.amountMinor < 0n) problems.push({ field: 'balance.amountMinor', code: 'NEGATIVE_AMOUNT', message: 'must not be negative' });
  for (const key of Object.keys(HISTORY_POINTS) as Array<keyof ResponseHistory>) {
    const count = input.history[key];
    if (!Number.isSafeInteger(count) || count < 0) problems.push({ field: `history.${key}`, code: 'INVALID_COUNT', message: 'must be a whole number, zero or more' });
  }
  if (problems.length > 0) throw new ScoreInputInvalidError(problems);

  const factors: ScoreFactor[] = [{ factor: 'BASE', value: BASE_POINTS, points: BASE_POINTS, why: `every case starts at ${BASE_POINTS}` }];
  factors.push(amountFactor(eurEquivalentMinor(input.balance)));
  factors.push(ageFactor(Math.max(0, today! - due!)));
  factors.push({
    factor: 'DEBTOR_KIND',
    value: input.debtorKind,
    points: DEBTOR_KIND_POINTS[input.debtorKind],
    why: input.debtorKind === 'B2B' ? 'a business debtor: +3' : 'a consumer debtor: 0',
  });
  factors.push(channelsFactor(input.usableChannels));
  for (const [key, rule] of Object.entries(HISTORY_POINTS) as Array<[keyof ResponseHistory, (typeof HISTORY_POINTS)[keyof ResponseHistory]]>) {
    const count = input.history[key];
    const uncapped = count === 0 ? 0 : count * rule.each; // 0 × −6 would be −0
    const points = rule.each > 0 ? Math.min(uncapped, rule.cap) : Math.max(uncapped, rule.cap);
    const capped = points !== uncapped ? ` (capped at ${signed(rule.cap)})` : '';
    factors.push({ factor: rule.factor, value: count, points, why: `${count} ${rule.what} at ${signed(rule.each)} each: ${signed(points)}${capped}` });
  }

  const raw = factors.reduce((sum, factor) => sum + factor.points, 0);
  const score = Math.min(100, Math.max(0, raw));
  if (score !== raw) factors.push({ factor: 'CLAMP', value: raw, points: score - raw, why: `the points add up to ${raw}; the score is kept within 0..100` });
  return { score, factors };
}

function amountFactor(eurMinor: bigint): ScoreFactor {
  const band = AMOUNT_BANDS.find((candidate) => candidate.below === undefined || eurMinor < candidate.below)!;
  return { factor: 'AMOUNT', value: eurMinor.toString(), points: band.points, why: `a balance worth EUR ${formatEurMinor(eurMinor)} is ${band.label}: ${signed(band.points)}` };
}

function ageFactor(days: number): ScoreFactor {
  const band = AGE_BANDS.find((candidate) => candidate.below === undefined || days < candidate.below)!;
  return { factor: 'AGE', value: days, points: band.points, why: `the oldest unpaid invoice is ${days} day(s) past due, ${band.label}: ${signed(band.points)}` };
}

function channelsFactor(channels: readonly ContactChannel[]): ScoreFactor {
  const usable = CONTACTABLE_CHANNELS.filter((channel) => channels.includes(channel));
  if (usable.length === 0) return { factor: 'CHANNELS', value: '', points: NO_CHANNEL_POINTS, why: `no usable channel to reach the debtor: ${signed(NO_CHANNEL_POINTS)}` };
  const points = usable.reduce((sum, channel) => sum + CHANNEL_POINTS[channel], 0);
  const parts = usable.map((channel) => `${channel} ${signed(CHANNEL_POINTS[channel])}`).join(', ');
  return { factor: 'CHANNELS', value: usable.join(','), points, why: `usable channels ${parts}: ${signed(points)}` };
}

/** Days since 1970-01-01 of a calendar date, or undefined (with a problem) when it is not one. */
function dayNumber(date: CalendarDate, field: string, problems: FieldProblem[]): number | undefined {
  const match = typeof date === 'string' ? CALENDAR_DATE.exec(date) : null;
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const ms = Date.UTC(year, month - 1, day);
    const parsed = new Date(ms);
    if (parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) return ms / DAY_MS;
  }
  problems.push({ field, code: 'INVALID_DATE', message: 'must be a calendar date YYYY-MM-DD' });
  return undefined;
}

const signed = (points: number) => (points > 0 ? `+${points}` : `${points}`);
