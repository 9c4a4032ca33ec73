import { ContactCenterError } from '../errors';

/** The request cannot describe a dispute (missing id, unknown ground, a deadline out of bounds…). */
export class DisputeInputInvalidError extends ContactCenterError {
  readonly code = 'CONTACT_CENTER.DISPUTE_INPUT_INVALID';
  readonly category = 'invalid';
}

/** The dispute is not in a state that allows the step (resolving twice, asking for documents after the end). */
export class DisputeStateError extends ContactCenterError {
  readonly code = 'CONTACT_CENTER.DISPUTE_STATE';
  readonly category = 'conflict';
  constructor(
    readonly disputeId: string,
    readonly state: string,
    message: string,
  ) {
    super(message);
  }
}
