import { ContactCenterError } from '../errors';

/** The rates table has no rate for the case currency: nobody can say whether the agency may agree. */
export class RateMissingError extends ContactCenterError {
  readonly code = 'CONTACT_CENTER.RATE_MISSING';
  readonly category = 'invalid';
  constructor(
    readonly currency: string,
    readonly asOf: string,
  ) {
    super(`the rates table of ${asOf} has no rate for ${currency}: add it before negotiating in that currency`);
  }
}

/** A rate that is not a positive decimal string: converting with it would give a wrong limit check. */
export class RateInvalidError extends ContactCenterError {
  readonly code = 'CONTACT_CENTER.RATE_INVALID';
  readonly category = 'invalid';
  constructor(
    readonly currency: string,
    readonly rate: string,
  ) {
    super(`the rate for ${currency} is '${rate}': a rate must be a positive decimal such as '0.0871'`);
  }
}
