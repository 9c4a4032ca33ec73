/** One problem with one field of an input: `field` is a path, `code` is stable, `message` says why. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * The score was asked for with input it cannot rate (a negative count, a date that is not a
 * calendar date). Category `invalid`: adapters map it like any DomainError (STYLE.md §7).
 */
export class ScoreInputInvalidError extends Error {
  readonly code = 'DUNNING.SCORE_INPUT_INVALID';
  readonly category = 'invalid';
  constructor(readonly details: FieldProblem[]) {
    super(`the success score input has ${details.length} problem(s): ${details.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`);
  }
}

/** An amount in a currency the fixed EUR-equivalent table does not know. */
export class CurrencyNotSupportedError extends Error {
  readonly code = 'DUNNING.CURRENCY_NOT_SUPPORTED';
  readonly category = 'invalid';
  constructor(readonly currency: string) {
    super(`currency ${JSON.stringify(currency)} has no EUR-equivalent rate`);
  }
}
