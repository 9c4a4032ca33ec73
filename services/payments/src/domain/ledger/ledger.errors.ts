export type LedgerErrorCategory = 'invalid' | 'not_found' | 'conflict';

/**
 * A journal entry the case ledger refuses. Adapters map the category to a transport answer;
 * the code is stable for machines.
 */
export abstract class LedgerError extends Error {
  abstract readonly code: string;
  abstract readonly category: LedgerErrorCategory;
}

/** Debits and credits differ in some currency: posting it would create or destroy money. */
export class JournalEntryUnbalancedError extends LedgerError {
  readonly code = 'PAYMENTS.JOURNAL_ENTRY_UNBALANCED';
  readonly category = 'invalid';
  constructor(readonly entryId: string, readonly imbalances: readonly { currency: string; netDebitMinor: bigint }[]) {
    super(`journal entry ${entryId} does not balance: ${imbalances.map((i) => `${i.netDebitMinor} ${i.currency}`).join(', ')}`);
  }
}

export class LedgerInputInvalidError extends LedgerError {
  readonly code = 'PAYMENTS.LEDGER_INPUT_INVALID';
  readonly category = 'invalid';
}

/** The creditor's own records say the debtor paid more than the claim: the case file is wrong. */
export class PartialPaymentsExceedClaimError extends LedgerError {
  readonly code = 'PAYMENTS.PARTIAL_PAYMENTS_EXCEED_CLAIM';
  readonly category = 'invalid';
}

/** No claim was opened on this case, so there is nothing to charge, pay or write off. */
export class CaseLedgerNotFoundError extends LedgerError {
  readonly code = 'PAYMENTS.CASE_LEDGER_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly caseId: string) {
    super(`no claim has been opened on case ${caseId}`);
  }
}

export class JournalEntryNotFoundError extends LedgerError {
  readonly code = 'PAYMENTS.JOURNAL_ENTRY_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly entryId: string) {
    super(`journal entry ${entryId} is not in the case ledger`);
  }
}

export class CaseAlreadyOpenedError extends LedgerError {
  readonly code = 'PAYMENTS.CASE_ALREADY_OPENED';
  readonly category = 'conflict';
  constructor(readonly caseId: string) {
    super(`a claim is already open on case ${caseId}`);
  }
}

/** The entry id is taken: a redelivered command must not post twice. */
export class JournalEntryDuplicateError extends LedgerError {
  readonly code = 'PAYMENTS.JOURNAL_ENTRY_DUPLICATE';
  readonly category = 'conflict';
  constructor(readonly entryId: string) {
    super(`journal entry ${entryId} is already posted`);
  }
}

export class PaymentAlreadyAllocatedError extends LedgerError {
  readonly code = 'PAYMENTS.PAYMENT_ALREADY_ALLOCATED';
  readonly category = 'conflict';
  constructor(readonly paymentId: string) {
    super(`payment ${paymentId} is already allocated on this case`);
  }
}

/** An opening or a reversal cannot be reversed, and nothing is reversed twice. */
export class EntryNotReversibleError extends LedgerError {
  readonly code = 'PAYMENTS.ENTRY_NOT_REVERSIBLE';
  readonly category = 'conflict';
}

/** Paying out or reversing more than an account holds (suspense, refund liability, creditor payable, a receivable). */
export class AccountBalanceInsufficientError extends LedgerError {
  readonly code = 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT';
  readonly category = 'conflict';
}

export class NothingToWriteOffError extends LedgerError {
  readonly code = 'PAYMENTS.NOTHING_TO_WRITE_OFF';
  readonly category = 'conflict';
  constructor(readonly caseId: string) {
    super(`nothing is outstanding on case ${caseId}`);
  }
}
