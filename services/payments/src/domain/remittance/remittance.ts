import { type Money, sum } from '../money';
import { type CalendarDate, isCalendarDate } from '../plans/calendar-date';
import type { CollectedReceipt } from './collected-receipt';
import { type RemittanceContract, commissionFor, deductionsFor, validateContract } from './remittance-contract';
import {
  ReceiptAlreadyRemittedError,
  RemittanceArgumentInvalidError,
  RemittanceContractInvalidError,
  RemittanceContractNotFoundError,
  RemittanceReceiptInvalidError,
} from './remittance.errors';

/** One payment paid out: `paidOut = collected − commission − costs`. */
export interface RemittanceLine {
  readonly caseId: string;
  readonly paymentId: string;
  readonly collected: Money;
  readonly commission: Money;
  readonly costs: Money;
  readonly paidOut: Money;
}

/** A payment the creditor received itself: nothing to pay out, commission to invoice. */
export interface DirectPaymentCommission {
  readonly caseId: string;
  readonly paymentId: string;
  readonly collected: Money;
  readonly commission: Money;
}

export interface RemittanceTotals {
  readonly collected: Money;
  readonly commission: Money;
  readonly costs: Money;
  readonly paidOut: Money;
}

/** One transfer to one creditor in one currency, with its statement lines. */
export interface Remittance {
  readonly remittanceId: string;
  readonly creditorId: string;
  readonly currency: string;
  readonly paidOn: CalendarDate;
  /** Sorted by case, then payment, so that a statement reads the same however receipts were loaded. */
  readonly lines: readonly RemittanceLine[];
  /** Over `lines` only: `totals.paidOut` is the amount transferred. */
  readonly totals: RemittanceTotals;
  readonly commissionToInvoice: { readonly lines: readonly DirectPaymentCommission[]; readonly total: Money };
}

/**
 * The remittance of `receipts` to `creditorId` under `contract`, paid on `paidOn`. Every receipt must
 * be the creditor's, in the contract's currency, cleared by `paidOn`, positive, and in no remittance
 * yet; a payment id given twice is refused rather than paid twice. Receipts the creditor received
 * itself become `commissionToInvoice` (no costs: the agency handled no money for them).
 */
export function buildRemittance(
  creditorId: string,
  receipts: readonly CollectedReceipt[],
  contract: RemittanceContract,
  paidOn: CalendarDate,
  remittanceId: string,
): Remittance {
  validateContract(contract);
  if (!remittanceId) throw new RemittanceArgumentInvalidError('a remittance needs an id');
  if (!isCalendarDate(paidOn)) throw new RemittanceArgumentInvalidError(`paid on ${paidOn} is not YYYY-MM-DD`);
  if (contract.creditorId !== creditorId) throw new RemittanceContractInvalidError(contract.creditorId, `contract applied to creditor ${creditorId}`);
  if (receipts.length === 0) throw new RemittanceArgumentInvalidError(`remittance ${remittanceId} has no receipts`);
  const currency = contract.currency;
  const seen = new Set<string>();
  for (const receipt of receipts) {
    const invalid = (reason: string) => new RemittanceReceiptInvalidError(receipt.paymentId, reason);
    if (receipt.remittanceId !== null) throw new ReceiptAlreadyRemittedError(receipt.paymentId, receipt.remittanceId);
    if (seen.has(receipt.paymentId)) throw new ReceiptAlreadyRemittedError(receipt.paymentId, remittanceId);
    seen.add(receipt.paymentId);
    if (receipt.creditorId !== creditorId) throw invalid(`belongs to creditor ${receipt.creditorId}, not ${creditorId}`);
    if (receipt.amount.currency !== currency) throw invalid(`is in ${receipt.amount.currency}, the remittance in ${currency}`);
    if (receipt.amount.amountMinor <= 0n) throw invalid('amount must be positive');
    if (receipt.clearedOn === null || receipt.clearedOn > paidOn) throw invalid(`is not cleared by ${paidOn}`);
  }
  const ordered = [...receipts].sort((a, b) => compare(a.caseId, b.caseId) || compare(a.paymentId, b.paymentId));
  const lines = ordered
    .filter((r) => r.receivedBy === 'AGENCY')
    .map((r): RemittanceLine => ({ caseId: r.caseId, paymentId: r.paymentId, collected: r.amount, ...deductionsFor(r.amount, contract) }));
  const direct = ordered
    .filter((r) => r.receivedBy === 'CREDITOR')
    .map((r): DirectPaymentCommission => ({ caseId: r.caseId, paymentId: r.paymentId, collected: r.amount, commission: commissionFor(r.amount, contract) }));
  const total = (pick: (line: RemittanceLine) => Money) => sum(currency, lines.map(pick));
  return {
    remittanceId,
    creditorId,
    currency,
    paidOn,
    lines,
    totals: { collected: total((l) => l.collected), commission: total((l) => l.commission), costs: total((l) => l.costs), paidOut: total((l) => l.paidOut) },
    commissionToInvoice: { lines: direct, total: sum(currency, direct.map((d) => d.commission)) },
  };
}

/**
 * One remittance per currency of the creditor's receipts, each under the creditor's contract in that
 * currency, in currency order. `remittanceIdFor` names each (the caller owns id generation).
 */
export function buildRemittances(
  creditorId: string,
  receipts: readonly CollectedReceipt[],
  contracts: readonly RemittanceContract[],
  paidOn: CalendarDate,
  remittanceIdFor: (currency: string) => string,
): Remittance[] {
  const currencies = [...new Set(receipts.map((r) => r.amount.currency))].sort();
  return currencies.map((currency) => {
    const contract = contracts.find((c) => c.creditorId === creditorId && c.currency === currency);
    if (contract === undefined) throw new RemittanceContractNotFoundError(creditorId, currency);
    const inCurrency = receipts.filter((r) => r.amount.currency === currency);
    return buildRemittance(creditorId, inCurrency, contract, paidOn, remittanceIdFor(currency));
  });
}

/** Every payment the remittance accounts for, paid out or invoiced: mark these remitted. */
export function paymentIdsIn(remittance: Remittance): string[] {
  return [...remittance.lines.map((l) => l.paymentId), ...remittance.commissionToInvoice.lines.map((l) => l.paymentId)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
