export type PlanErrorCategory = 'invalid' | 'not_found' | 'conflict';

/**
 * An instalment plan or settlement request the rules refuse. Adapters map the category to a transport
 * answer; the code is stable for machines.
 */
export abstract class PlanError extends Error {
  abstract readonly code: string;
  abstract readonly category: PlanErrorCategory;
}

/** The agreed plan or settlement cannot be tracked as given (no instalments, bad dates, mixed currencies…). */
export class PlanAgreementInvalidError extends PlanError {
  readonly code = 'PAYMENTS.PLAN_AGREEMENT_INVALID';
  readonly category = 'invalid';
  constructor(readonly agreementId: string, reason: string) {
    super(`agreement ${agreementId}: ${reason}`);
  }
}

/** A payment that cannot be applied: not positive, another currency, or a malformed date. */
export class PlanPaymentInvalidError extends PlanError {
  readonly code = 'PAYMENTS.PLAN_PAYMENT_INVALID';
  readonly category = 'invalid';
  constructor(readonly agreementId: string, reason: string) {
    super(`payment to ${agreementId}: ${reason}`);
  }
}

/** The plan or settlement is over (completed, broken, fulfilled, lapsed): payments go to the case ledger. */
export class PlanClosedError extends PlanError {
  readonly code = 'PAYMENTS.PLAN_CLOSED';
  readonly category = 'conflict';
  constructor(readonly agreementId: string, readonly state: string) {
    super(`agreement ${agreementId} is ${state} and takes no more payments`);
  }
}
