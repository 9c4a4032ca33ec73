export type RefundErrorCategory = 'invalid' | 'not_found' | 'conflict';

/** A refund the rules refuse; the code is stable for machines. */
export abstract class RefundError extends Error {
  abstract readonly code: string;
  abstract readonly category: RefundErrorCategory;
}

/** Why one field of a refund request is refused (`code` is stable, `message` says it for a person). */
export interface RefundFieldProblem {
  readonly field: string;
  readonly code: 'NO_REFUND_DUE' | 'AMOUNT_ABOVE_DUE' | 'AMOUNT_NOT_POSITIVE' | 'CURRENCY_MISMATCH' | 'IBAN_INVALID' | 'BIC_INVALID' | 'BIC_REQUIRED' | 'NAME_INVALID';
  readonly message: string;
}

/**
 * A refund that must not be paid: nothing is owed, more than is owed, another currency, an account
 * money would not reach. Every problem found is listed (`details`), each naming its field; the
 * message never repeats the IBAN (personal data in logs).
 */
export class RefundRequestInvalidError extends RefundError {
  readonly code = 'PAYMENTS.REFUND_REQUEST_INVALID';
  readonly category = 'invalid';
  constructor(readonly caseId: string, readonly details: readonly RefundFieldProblem[]) {
    super(`refund on case ${caseId} refused: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`);
  }
}

/** The Idempotency-Key was used before for a different refund: answering with the old one would hide a mistake. */
export class RefundIdempotencyConflictError extends RefundError {
  readonly code = 'PAYMENTS.REFUND_IDEMPOTENCY_CONFLICT';
  readonly category = 'conflict';
  constructor(readonly idempotencyKey: string, readonly refundId: string) {
    super(`Idempotency-Key ${idempotencyKey} was used for refund ${refundId}, with a different case, amount or account`);
  }
}

export class RefundNotFoundError extends RefundError {
  readonly code = 'PAYMENTS.REFUND_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly refundId: string) {
    super(`no refund ${refundId}`);
  }
}
