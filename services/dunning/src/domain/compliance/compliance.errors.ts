export type ComplianceErrorCategory = 'invalid' | 'conflict';

/**
 * The compliance guard could not decide. Adapters map the category to a transport answer; the code
 * is stable for machines. (When the service gets a shared DomainError base, these extend it.)
 */
export abstract class ComplianceError extends Error {
  abstract readonly code: string;
  abstract readonly category: ComplianceErrorCategory;
}

/** The request or its context is malformed (an invalid instant, an unknown time zone). */
export class GuardRequestInvalidError extends ComplianceError {
  readonly code = 'DUNNING.GUARD_REQUEST_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}

/** A region date-holidays does not know for that country: its holidays cannot be honoured. */
export class HolidayRegionUnknownError extends ComplianceError {
  readonly code = 'DUNNING.HOLIDAY_REGION_UNKNOWN';
  readonly category = 'invalid';
  constructor(readonly country: string, readonly region: string) {
    super(`no public holidays known for region ${region} of ${country}`);
  }
}

/**
 * No instant satisfies every rule within the search bounds (e.g. windows that never meet across the
 * debtor's time zones). The action is neither dropped nor sent: someone must look at it.
 */
export class NoLawfulInstantError extends ComplianceError {
  readonly code = 'DUNNING.NO_LAWFUL_INSTANT';
  readonly category = 'conflict';
  constructor(message: string) {
    super(message);
  }
}
