import { formatMoney, type Money } from '../money';
import { isValidBic, isValidIban, normaliseIban } from '../remittance';
import { RefundRequestInvalidError, type RefundFieldProblem } from './refund.errors';

/** Who the refund is paid to: the debtor's account, as the operator gave it. */
export interface RefundBeneficiary {
  readonly name: string;
  readonly iban: string;
  readonly bic?: string;
}

export interface RefundRequest {
  readonly refundId: string;
  readonly caseId: string;
  /** What the case's ledger owes back to the debtor now (REFUND_LIABILITY), in the case currency. */
  readonly refundDue: Money;
  /** Part of it; the whole refund due when absent. */
  readonly amount?: Money;
  readonly beneficiary: RefundBeneficiary;
}

/** A refund that may be paid: positive, at most what is due, in the case currency, to a valid account. */
export interface RefundOrder {
  readonly refundId: string;
  readonly caseId: string;
  readonly amount: Money;
  /** The IBAN without spaces and in upper case, the BIC in upper case. */
  readonly beneficiary: RefundBeneficiary;
}

/**
 * Checks a refund request against what the case owes the debtor and returns the order to pay, or
 * refuses it with every problem found, each naming its field: nothing due (`caseId`), an amount
 * above what is due, not positive or in another currency (`amount.amountMinor`, `amount.currency`),
 * an IBAN failing its length or ISO 7064 check digits (`iban`), a malformed BIC, or none for a
 * non-euro refund, which travels outside SEPA and is routed by BIC (`bic`), an empty name (`name`).
 */
export function orderRefund(request: RefundRequest): RefundOrder {
  const { refundDue, beneficiary } = request;
  const problems: RefundFieldProblem[] = [];
  const amount = request.amount ?? refundDue;
  if (refundDue.amountMinor <= 0n) {
    problems.push({ field: 'caseId', code: 'NO_REFUND_DUE', message: `case ${request.caseId} owes the debtor nothing (refund due ${formatMoney(refundDue)})` });
  } else if (amount.currency !== refundDue.currency) {
    problems.push({ field: 'amount.currency', code: 'CURRENCY_MISMATCH', message: `the refund is due in ${refundDue.currency}, not ${amount.currency}` });
  } else if (amount.amountMinor <= 0n) {
    problems.push({ field: 'amount.amountMinor', code: 'AMOUNT_NOT_POSITIVE', message: 'a refund must be at least one minor unit' });
  } else if (amount.amountMinor > refundDue.amountMinor) {
    problems.push({ field: 'amount.amountMinor', code: 'AMOUNT_ABOVE_DUE', message: `${formatMoney(amount)} is more than the ${formatMoney(refundDue)} due to the debtor` });
  }
  if (!isValidIban(beneficiary.iban)) problems.push({ field: 'iban', code: 'IBAN_INVALID', message: 'not a valid IBAN (country, length or check digits)' });
  if (beneficiary.bic !== undefined && !isValidBic(beneficiary.bic)) problems.push({ field: 'bic', code: 'BIC_INVALID', message: 'not a valid BIC (8 or 11 characters)' });
  if (beneficiary.bic === undefined && refundDue.currency !== 'EUR') {
    problems.push({ field: 'bic', code: 'BIC_REQUIRED', message: `a refund in ${refundDue.currency} is paid outside SEPA and needs the bank's BIC` });
  }
  if (beneficiary.name.trim() === '') problems.push({ field: 'name', code: 'NAME_INVALID', message: 'the account holder name is empty' });
  if (problems.length > 0) throw new RefundRequestInvalidError(request.caseId, problems);
  return {
    refundId: request.refundId,
    caseId: request.caseId,
    amount,
    beneficiary: { name: beneficiary.name.trim(), iban: normaliseIban(beneficiary.iban), ...(beneficiary.bic !== undefined ? { bic: beneficiary.bic.trim().toUpperCase() } : {}) },
  };
}
