export type ReferenceScheme = 'OGM' | 'RF';

export type ReferenceErrorCategory = 'invalid';

/**
 * A payment reference the bank or the debtor typed that cannot be ours. The code tells a machine
 * which rule failed; the matcher falls back to manual review rather than guessing a case.
 */
export abstract class PaymentReferenceError extends Error {
  abstract readonly code: string;
  readonly category: ReferenceErrorCategory = 'invalid';
  constructor(
    readonly scheme: ReferenceScheme,
    readonly input: string,
    message: string,
  ) {
    super(message);
  }
}

export class ReferenceLengthInvalidError extends PaymentReferenceError {
  readonly code = 'PAYMENTS.REFERENCE_LENGTH_INVALID';
}

export class ReferenceCharactersInvalidError extends PaymentReferenceError {
  readonly code = 'PAYMENTS.REFERENCE_CHARACTERS_INVALID';
}

/** Well formed but the check digits disagree: usually a typo in one digit or two swapped. */
export class ReferenceCheckDigitsInvalidError extends PaymentReferenceError {
  readonly code = 'PAYMENTS.REFERENCE_CHECK_DIGITS_INVALID';
}

/** The case sequence number cannot be turned into a reference of this scheme. */
export class CaseSequenceInvalidError extends PaymentReferenceError {
  readonly code = 'PAYMENTS.CASE_SEQUENCE_INVALID';
}

export type ReferenceParse<T extends string> = { ok: true; reference: T } | { ok: false; error: PaymentReferenceError };
