export type RemittanceErrorCategory = 'invalid' | 'not_found' | 'conflict';

/** A remittance, contract or fee invoice the rules refuse; the code is stable for machines. */
export abstract class RemittanceError extends Error {
  abstract readonly code: string;
  abstract readonly category: RemittanceErrorCategory;
}

/** A contract whose bands, rates, minimum or costs cannot be applied. */
export class RemittanceContractInvalidError extends RemittanceError {
  readonly code = 'PAYMENTS.REMITTANCE_CONTRACT_INVALID';
  readonly category = 'invalid';
  constructor(readonly creditorId: string, reason: string) {
    super(`remittance contract of ${creditorId}: ${reason}`);
  }
}

/** The creditor has no contract in the currency of the money collected. */
export class RemittanceContractNotFoundError extends RemittanceError {
  readonly code = 'PAYMENTS.REMITTANCE_CONTRACT_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly creditorId: string, readonly currency: string) {
    super(`creditor ${creditorId} has no remittance contract in ${currency}`);
  }
}

/** A receipt that cannot go into this remittance: another creditor or currency, not cleared, not positive. */
export class RemittanceReceiptInvalidError extends RemittanceError {
  readonly code = 'PAYMENTS.REMITTANCE_RECEIPT_INVALID';
  readonly category = 'invalid';
  constructor(readonly paymentId: string, reason: string) {
    super(`receipt ${paymentId}: ${reason}`);
  }
}

/** Paying a receipt out twice would pay the creditor twice. */
export class ReceiptAlreadyRemittedError extends RemittanceError {
  readonly code = 'PAYMENTS.RECEIPT_ALREADY_REMITTED';
  readonly category = 'conflict';
  constructor(readonly paymentId: string, readonly remittanceId: string) {
    super(`receipt ${paymentId} is already in remittance ${remittanceId}`);
  }
}

/** A malformed date, id or number given to the remittance rules. */
export class RemittanceArgumentInvalidError extends RemittanceError {
  readonly code = 'PAYMENTS.REMITTANCE_ARGUMENT_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}

export class FeeInvoiceInvalidError extends RemittanceError {
  readonly code = 'PAYMENTS.FEE_INVOICE_INVALID';
  readonly category = 'invalid';
  constructor(readonly creditorId: string, reason: string) {
    super(`fee invoice for ${creditorId}: ${reason}`);
  }
}

/** An account number that fails its format or its check digits: money sent there would bounce or go astray. */
export class BankAccountInvalidError extends RemittanceError {
  readonly code = 'PAYMENTS.BANK_ACCOUNT_INVALID';
  readonly category = 'invalid';
  constructor(reason: string) {
    super(reason);
  }
}
