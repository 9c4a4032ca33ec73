/**
 * The caller handed the charges module something it cannot compute with: a malformed date, a
 * negative amount, a currency that is not the country's, a principal timeline with holes. This is a
 * bug or bad data upstream, never a legal "no" (those are `Refusal`s in the result), so it is thrown.
 * Shaped like the service's DomainError (stable code, category) so the edges map it without
 * importing it.
 */
export class ChargeInputInvalidError extends Error {
  readonly code = 'DUNNING.CHARGE_INPUT_INVALID';
  readonly category = 'invalid' as const;
  readonly details: ReadonlyArray<{ field: string; code: string; message: string }>;

  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ChargeInputInvalidError';
    this.details = [{ field, code: this.code, message: reason }];
  }
}
