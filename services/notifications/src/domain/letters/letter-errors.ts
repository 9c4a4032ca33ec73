export type LetterErrorCategory = 'invalid';

/**
 * A letter or a payment reference the domain cannot produce. Adapters map the category to a
 * transport answer; the code is stable for machines. (When the service gets a shared DomainError
 * base, these extend it.)
 */
export abstract class LetterError extends Error {
  abstract readonly code: string;
  abstract readonly category: LetterErrorCategory;
}

/** The content cannot be laid out as asked: an address too long for the envelope window, a footer too long for its zone. */
export class LetterContentInvalidError extends LetterError {
  readonly code = 'NOTIFICATIONS.LETTER_CONTENT_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}

/** A payment reference, or what one is derived from, that is malformed (not ten digits, not a UUID, a bad check). */
export class PaymentReferenceInvalidError extends LetterError {
  readonly code = 'NOTIFICATIONS.PAYMENT_REFERENCE_INVALID';
  readonly category = 'invalid';
  constructor(message: string) {
    super(message);
  }
}
