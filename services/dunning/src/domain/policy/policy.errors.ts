import type { DebtorKind } from '../steps';

export type PolicyErrorCategory = 'invalid' | 'not_found';

/**
 * A request about collection policies the domain cannot answer. Adapters map the category to a
 * transport answer; the code is stable for machines. (When the service gets a shared DomainError
 * base, these extend it.)
 */
export abstract class PolicyError extends Error {
  abstract readonly code: string;
  abstract readonly category: PolicyErrorCategory;
}

/** No policy version of that country and debtor kind is in force on that day. */
export class PolicyNotFoundError extends PolicyError {
  readonly code = 'DUNNING.POLICY_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly country: string, readonly debtorKind: DebtorKind, readonly onDate: string) {
    super(`no ${country} ${debtorKind} collection policy in force on ${onDate}`);
  }
}

/** A country, region or date the policies do not know. */
export class PolicyArgumentInvalidError extends PolicyError {
  readonly code = 'DUNNING.POLICY_ARGUMENT_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}
