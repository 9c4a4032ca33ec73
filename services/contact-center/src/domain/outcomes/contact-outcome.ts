import { DateTime } from 'luxon';
import { type CalendarDate, calendarDateAt, isCalendarDate, plusDays } from '../calendar-date';
import { type Money, formatMoney } from '../money';
import { type ProposalProblem, problem } from '../problem';
import { type ThirdPartyRole, THIRD_PARTY_ROLES, isThirdPartyRole } from '../third-parties/third-party';

export const CONTACT_RESULTS = [
  'REACHED',
  'NO_ANSWER',
  'WRONG_NUMBER',
  'REFUSED_TO_PAY',
  'PROMISE_TO_PAY',
  'CALLBACK_REQUESTED',
  'DEBTOR_ABSENT',
  'THIRD_PARTY',
  'DISPUTE_RAISED',
  'ASKED_FOR_PLAN',
] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

export const CONTACT_CHANNELS = ['PHONE', 'HOME_VISIT'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** A promise further out than a month is not a promise dunning can wait for: agree a plan instead. */
export const MAX_PROMISE_DAYS = 30;
/** A callback beyond two weeks is a new task for dunning to schedule, not a callback. */
export const MAX_CALLBACK_MS = 14 * 24 * 3_600_000;
/** Ten hours: no single call or visit lasts longer; more is a typing error that would skew agent statistics. */
export const MAX_MINUTES_SPENT = 600;
/** What the notes column and the creditor timeline hold; counted in characters (code points), as Postgres does. */
export const MAX_NOTE_LENGTH = 4_000;

// Results that only make sense on one channel: nobody is "absent" on the phone, no door has a wrong number.
const CHANNEL_ONLY: Partial<Record<ContactResult, ContactChannel>> = { DEBTOR_ABSENT: 'HOME_VISIT', WRONG_NUMBER: 'PHONE' };

export interface OutcomeInput {
  readonly result: ContactResult;
  readonly channel: ContactChannel;
  readonly promise?: { readonly amount: Money; readonly payBy: CalendarDate };
  readonly callbackAt?: Date;
  readonly thirdPartyRole?: ThirdPartyRole;
  readonly note?: string;
  readonly minutesSpent: number;
  readonly now: Date;
  /**
   * The debtor's IANA zone, for "today" in the promise window: at 00:30 in Brussels it is already
   * tomorrow there but still today in UTC. UTC when not given.
   */
  readonly timeZone?: string;
}

/**
 * Every reason the outcome cannot be recorded; empty means it may be. Whether the agent holds the
 * task's lease is the application's check, not this one.
 */
export function validateOutcome(input: OutcomeInput): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const { result, channel, now } = input;
  const resultKnown = (CONTACT_RESULTS as readonly string[]).includes(result);
  const channelKnown = (CONTACT_CHANNELS as readonly string[]).includes(channel);
  if (!resultKnown) problems.push(problem('result', 'UNKNOWN_RESULT', `'${result}' is not a contact result (one of ${CONTACT_RESULTS.join(', ')})`));
  if (!channelKnown) problems.push(problem('channel', 'UNKNOWN_CHANNEL', `'${channel}' is not a channel (one of ${CONTACT_CHANNELS.join(', ')})`));
  const onlyOn = CHANNEL_ONLY[result];
  if (resultKnown && channelKnown && onlyOn !== undefined && onlyOn !== channel)
    problems.push(problem('result', 'RESULT_NOT_FOR_CHANNEL', `${result} can only be the result of a ${onlyOn === 'HOME_VISIT' ? 'home visit' : 'phone call'}`));

  problems.push(...promiseProblems(input));

  if (result === 'CALLBACK_REQUESTED' && input.callbackAt === undefined)
    problems.push(problem('callbackAt', 'CALLBACK_TIME_REQUIRED', 'a callback request needs the time the debtor asked to be called back'));
  if (input.callbackAt !== undefined) {
    const at = input.callbackAt.getTime();
    if (Number.isNaN(at)) problems.push(problem('callbackAt', 'INVALID_DATE', 'the callback time is not a valid time'));
    else if (at <= now.getTime()) problems.push(problem('callbackAt', 'DATE_IN_PAST', `the callback time ${input.callbackAt.toISOString()} is not in the future`));
    else if (at > now.getTime() + MAX_CALLBACK_MS) problems.push(problem('callbackAt', 'CALLBACK_TOO_LATE', `the callback time ${input.callbackAt.toISOString()} is more than 14 days ahead`));
  }

  if (result === 'THIRD_PARTY' && input.thirdPartyRole === undefined)
    problems.push(problem('thirdPartyRole', 'THIRD_PARTY_ROLE_REQUIRED', 'say who the third party is (one of ' + THIRD_PARTY_ROLES.join(', ') + ')'));
  if (input.thirdPartyRole !== undefined && !isThirdPartyRole(input.thirdPartyRole))
    problems.push(problem('thirdPartyRole', 'UNKNOWN_THIRD_PARTY_ROLE', `'${input.thirdPartyRole}' is not a third-party role (one of ${THIRD_PARTY_ROLES.join(', ')})`));

  if (!Number.isInteger(input.minutesSpent) || input.minutesSpent < 0 || input.minutesSpent > MAX_MINUTES_SPENT)
    problems.push(problem('minutesSpent', 'MINUTES_OUT_OF_RANGE', `the time spent is a whole number of minutes from 0 to ${MAX_MINUTES_SPENT}; got ${input.minutesSpent}`));
  if (input.note !== undefined && [...input.note].length > MAX_NOTE_LENGTH)
    problems.push(problem('note', 'NOTE_TOO_LONG', `the note has ${[...input.note].length} characters; at most ${MAX_NOTE_LENGTH}`));
  return problems;
}

/**
 * A promise is what dunning waits on before the next step, so it must be exact: only with
 * PROMISE_TO_PAY (a stray promise on another result would be silently ignored downstream), an amount
 * above 0 and a date from today to 30 days ahead in the debtor's calendar.
 */
function promiseProblems(input: OutcomeInput): ProposalProblem[] {
  const { promise, result } = input;
  if (promise === undefined)
    return result === 'PROMISE_TO_PAY' ? [problem('promise', 'PROMISE_REQUIRED', 'a promise to pay needs the amount and the date the debtor will pay by')] : [];
  if (result !== 'PROMISE_TO_PAY') return [problem('promise', 'PROMISE_NOT_EXPECTED', `a promise is recorded with PROMISE_TO_PAY, not with ${result}`)];

  const problems: ProposalProblem[] = [];
  if (promise.amount.amountMinor <= 0n) problems.push(problem('promise.amount', 'AMOUNT_NOT_POSITIVE', `the promised amount is ${formatMoney(promise.amount)}: it must be more than 0`));
  const zone = input.timeZone ?? 'UTC';
  if (!DateTime.local().setZone(zone).isValid) {
    problems.push(problem('timeZone', 'UNKNOWN_TIME_ZONE', `'${zone}' is not an IANA time zone`));
    return problems;
  }
  if (!isCalendarDate(promise.payBy)) {
    problems.push(problem('promise.payBy', 'INVALID_DATE', `'${promise.payBy}' is not a date (YYYY-MM-DD)`));
    return problems;
  }
  const today = calendarDateAt(input.now, zone);
  const latest = plusDays(today, MAX_PROMISE_DAYS);
  if (promise.payBy < today) problems.push(problem('promise.payBy', 'DATE_IN_PAST', `the promised date ${promise.payBy} is before today (${today})`));
  else if (promise.payBy > latest)
    problems.push(problem('promise.payBy', 'PROMISE_TOO_LATE', `the promised date ${promise.payBy} is more than ${MAX_PROMISE_DAYS} days ahead (at the latest ${latest}): agree a plan instead`));
  return problems;
}

export function isContactResult(value: unknown): value is ContactResult {
  return typeof value === 'string' && (CONTACT_RESULTS as readonly string[]).includes(value);
}
