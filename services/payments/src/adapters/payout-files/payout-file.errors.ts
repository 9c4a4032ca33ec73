/** A payout file that must not be written: a bank would reject it, or worse, pay the wrong account. */
export class PayoutFileInvalidError extends Error {
  readonly code = 'PAYMENTS.PAYOUT_FILE_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}
