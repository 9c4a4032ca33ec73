import { type CalendarDate, isCalendarDate, plusDays } from '../calendar-date';
import { type Money, formatMoney, isCurrencyCode } from '../money';
import { DisputeInputInvalidError, DisputeStateError } from './dispute.errors';

export const DISPUTE_GROUNDS = ['NOT_OWED', 'ALREADY_PAID', 'AMOUNT_WRONG', 'DEFECTIVE_GOODS_OR_SERVICE', 'WRONG_DEBTOR', 'OTHER'] as const;
export type DisputeGround = (typeof DISPUTE_GROUNDS)[number];

/**
 * CLAIM_UPHELD: the creditor's claim stands (the dispute is rejected). AMOUNT_REDUCED: partly upheld,
 * the balance is corrected. CLAIM_CANCELLED: the debtor was right, nothing is owed. WITHDRAWN_BY_DEBTOR.
 */
export const DISPUTE_RESOLUTIONS = ['CLAIM_UPHELD', 'AMOUNT_REDUCED', 'CLAIM_CANCELLED', 'WITHDRAWN_BY_DEBTOR'] as const;
export type DisputeResolution = (typeof DISPUTE_RESOLUTIONS)[number];

export type DisputeState = 'OPEN' | 'DOCUMENTS_REQUESTED' | 'RESOLVED';

/** The creditor gets at most 60 days to send documents: beyond that a dispute pauses dunning too long. */
export const MAX_DOCUMENTS_DELAY_DAYS = 60;
const MAX_TEXT_LENGTH = 4_000;

export interface DocumentRequest {
  readonly requestId: string;
  readonly requestedOn: CalendarDate;
  readonly answerBy: CalendarDate;
}

export interface DisputeOutcome {
  readonly resolution: DisputeResolution;
  readonly reduction?: Money;
  /** The balance after the reduction, for AMOUNT_REDUCED: what dunning resumes on. */
  readonly correctedBalance?: Money;
  readonly explanation: string;
}

/**
 * A debtor's contestation of the claim. While it is not resolved dunning is paused (DESIGN.md §2
 * step 4): pressing for a debt the debtor says is not owed, before checking, is what the law forbids.
 */
export interface Dispute {
  readonly disputeId: string;
  readonly caseId: string;
  readonly ground: DisputeGround;
  readonly summary: string;
  readonly disputedAmount?: Money;
  readonly openedAt: string;
  readonly state: DisputeState;
  readonly documentRequests: ReadonlyArray<DocumentRequest>;
  readonly outcome?: DisputeOutcome;
}

export function openDispute(input: { disputeId: string; caseId: string; ground: DisputeGround; summary: string; disputedAmount?: Money; openedAt: string }): Dispute {
  requireText('disputeId', input.disputeId, 200);
  requireText('caseId', input.caseId, 200);
  if (!(DISPUTE_GROUNDS as readonly string[]).includes(input.ground))
    throw new DisputeInputInvalidError(`'${input.ground}' is not a dispute ground (one of ${DISPUTE_GROUNDS.join(', ')})`);
  requireText('summary', input.summary, MAX_TEXT_LENGTH);
  if (input.disputedAmount !== undefined) requirePositive('disputedAmount', input.disputedAmount);
  if (!isInstantOrDate(input.openedAt)) throw new DisputeInputInvalidError(`openedAt '${input.openedAt}' is not an ISO-8601 date or timestamp`);
  return {
    disputeId: input.disputeId,
    caseId: input.caseId,
    ground: input.ground,
    summary: input.summary,
    ...(input.disputedAmount !== undefined ? { disputedAmount: input.disputedAmount } : {}),
    openedAt: input.openedAt,
    state: 'OPEN',
    documentRequests: [],
  };
}

/**
 * Ask the creditor for supporting documents. More than one request is allowed (the first answer may
 * not be enough); the dispute stays DOCUMENTS_REQUESTED until resolved.
 */
export function requestDocuments(dispute: Dispute, input: { requestId: string; answerBy: CalendarDate; today: CalendarDate }): Dispute {
  if (dispute.state === 'RESOLVED') throw new DisputeStateError(dispute.disputeId, dispute.state, `dispute ${dispute.disputeId} is resolved: documents can no longer be requested`);
  requireText('requestId', input.requestId, 200);
  if (dispute.documentRequests.some((r) => r.requestId === input.requestId))
    throw new DisputeStateError(dispute.disputeId, dispute.state, `documents were already requested under ${input.requestId} for dispute ${dispute.disputeId}`);
  if (!isCalendarDate(input.today)) throw new DisputeInputInvalidError(`today '${input.today}' is not a date (YYYY-MM-DD)`);
  if (!isCalendarDate(input.answerBy)) throw new DisputeInputInvalidError(`answerBy '${input.answerBy}' is not a date (YYYY-MM-DD)`);
  const latest = plusDays(input.today, MAX_DOCUMENTS_DELAY_DAYS);
  if (input.answerBy <= input.today) throw new DisputeInputInvalidError(`answerBy ${input.answerBy} must be after today (${input.today})`);
  if (input.answerBy > latest) throw new DisputeInputInvalidError(`answerBy ${input.answerBy} is more than ${MAX_DOCUMENTS_DELAY_DAYS} days ahead: at the latest ${latest}`);
  return {
    ...dispute,
    state: 'DOCUMENTS_REQUESTED',
    documentRequests: [...dispute.documentRequests, { requestId: input.requestId, requestedOn: input.today, answerBy: input.answerBy }],
  };
}

/**
 * Close the dispute. Only AMOUNT_REDUCED carries a reduction, strictly between 0 and the balance: a
 * reduction of the whole balance is CLAIM_CANCELLED, and one of nothing is CLAIM_UPHELD.
 */
export function resolveDispute(dispute: Dispute, input: { resolution: DisputeResolution; reduction?: Money; balance: Money; explanation: string }): Dispute {
  if (dispute.state === 'RESOLVED') throw new DisputeStateError(dispute.disputeId, dispute.state, `dispute ${dispute.disputeId} is already resolved (${dispute.outcome?.resolution})`);
  if (!(DISPUTE_RESOLUTIONS as readonly string[]).includes(input.resolution))
    throw new DisputeInputInvalidError(`'${input.resolution}' is not a dispute resolution (one of ${DISPUTE_RESOLUTIONS.join(', ')})`);
  requireText('explanation', input.explanation, MAX_TEXT_LENGTH);

  const { reduction, balance } = input;
  if (input.resolution !== 'AMOUNT_REDUCED') {
    if (reduction !== undefined) throw new DisputeInputInvalidError(`a ${input.resolution} resolution carries no reduction; use AMOUNT_REDUCED to lower the balance`);
    return { ...dispute, state: 'RESOLVED', outcome: { resolution: input.resolution, explanation: input.explanation } };
  }
  if (reduction === undefined) throw new DisputeInputInvalidError('AMOUNT_REDUCED needs the reduction');
  if (reduction.currency !== balance.currency) throw new DisputeInputInvalidError(`the reduction is in ${reduction.currency}, the balance in ${balance.currency}`);
  if (reduction.amountMinor <= 0n) throw new DisputeInputInvalidError(`the reduction is ${formatMoney(reduction)}: it must be more than 0 (or resolve as CLAIM_UPHELD)`);
  if (reduction.amountMinor >= balance.amountMinor)
    throw new DisputeInputInvalidError(`the reduction of ${formatMoney(reduction)} is not below the balance of ${formatMoney(balance)} (resolve as CLAIM_CANCELLED to cancel it all)`);
  return {
    ...dispute,
    state: 'RESOLVED',
    outcome: {
      resolution: 'AMOUNT_REDUCED',
      reduction,
      correctedBalance: { amountMinor: balance.amountMinor - reduction.amountMinor, currency: balance.currency },
      explanation: input.explanation,
    },
  };
}

/** Dunning waits while a dispute is open or waiting for documents. */
export function pausesDunning(dispute: Dispute): boolean {
  return dispute.state !== 'RESOLVED';
}

function requireText(field: string, value: string, maxLength: number): void {
  if (typeof value !== 'string' || value.trim() === '') throw new DisputeInputInvalidError(`${field} is required`);
  if ([...value].length > maxLength) throw new DisputeInputInvalidError(`${field} is longer than ${maxLength} characters`);
}

function requirePositive(field: string, amount: Money): void {
  if (!isCurrencyCode(amount.currency)) throw new DisputeInputInvalidError(`${field}: '${amount.currency}' is not a three-letter currency code`);
  if (amount.amountMinor <= 0n) throw new DisputeInputInvalidError(`${field} is ${formatMoney(amount)}: it must be more than 0`);
}

// `2026-03-01` or `2026-03-01T09:30:00Z` / `…+01:00`: an instant without a zone would mean different
// moments on different servers.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
function isInstantOrDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const day = value.slice(0, 10);
  if (!isCalendarDate(day)) return false;
  return value.length === 10 || (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)));
}
