/**
 * Why a bank statement file was refused. Every error names the statement and, where there is one,
 * the 1-based entry number and the element at fault, so an operator can find the spot in the bank's
 * file. All are `invalid`: the file is wrong, retrying it will not help. Nothing at or after the
 * spot is booked (see the import command for what before it is).
 */
export interface BankStatementErrorLocation {
  readonly statementId?: string;
  readonly entryNumber?: number;
  /** The element at fault, as a path inside the entry or statement (`Amt`, `NtryDtls/TxDtls[2]/Amt`, `Bal[CLBD]`). */
  readonly field?: string;
}

export abstract class BankStatementError extends Error {
  abstract readonly code: string;
  readonly category = 'invalid' as const;
  readonly statementId?: string;
  readonly entryNumber?: number;
  readonly field?: string;

  constructor(
    readonly reason: string,
    location: BankStatementErrorLocation = {},
  ) {
    super(describe(reason, location));
    this.statementId = location.statementId;
    this.entryNumber = location.entryNumber;
    this.field = location.field;
    this.name = new.target.name;
  }

  /** The problem as a field error of the HTTP answer (`errors[]`): where, and why. */
  get details(): Array<{ field: string; code: string; message: string }> {
    const path = [this.statementId === undefined ? undefined : `Stmt[${this.statementId}]`, this.entryNumber === undefined ? undefined : `Ntry[${this.entryNumber}]`, this.field]
      .filter((part) => part !== undefined)
      .join('/');
    return path ? [{ field: path, code: this.code, message: this.reason }] : [];
  }
}

function describe(reason: string, { statementId, entryNumber, field }: BankStatementErrorLocation): string {
  const where = [statementId === undefined ? undefined : `statement ${statementId}`, entryNumber === undefined ? undefined : `entry ${entryNumber}`, field]
    .filter((part) => part !== undefined)
    .join(', ');
  return where ? `${where}: ${reason}` : reason;
}

/** Not well-formed XML (or XML we refuse: a DOCTYPE, absurd nesting, a text too long). */
export class BankStatementMalformedError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_MALFORMED';
}

/** The file ended before its document did. */
export class BankStatementTruncatedError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_TRUNCATED';
}

/** Well-formed XML, but not a camt.053 / camt.054 (.001.02 – .001.08) document. */
export class BankStatementFormatUnsupportedError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_FORMAT_UNSUPPORTED';
}

/** A statement lacks what every statement needs (its id, its account IBAN), or its entry count is off. */
export class BankStatementInvalidError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_INVALID';
}

/** An entry lacks or garbles what a receipt needs: amount, currency, direction, status, dates. */
export class BankStatementEntryInvalidError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_ENTRY_INVALID';
}

/** A batch entry's transactions do not add up to the entry (or only some of them carry an amount). */
export class BankStatementBatchMismatchError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_BATCH_MISMATCH';
}

/** Opening balance + credits − debits is not the closing balance: truncated or tampered. */
export class BankStatementBalanceMismatchError extends BankStatementError {
  readonly code = 'PAYMENTS.BANK_STATEMENT_BALANCE_MISMATCH';
}
