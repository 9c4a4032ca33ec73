/**
 * What is wrong with a debtor identifier. `code` is stable for machines; `message` is English,
 * fits after a field name ("debtor.nationalId: must be 11 digits") and never repeats the
 * identifier itself, which is personal data.
 */
export interface IdentifierProblem {
  code: IdentifierProblemCode;
  message: string;
}

export type IdentifierProblemCode = 'INVALID_FORMAT' | 'INVALID_CHECK_DIGIT' | 'BIRTH_DATE_MISMATCH';

export const invalidFormat = (message: string): IdentifierProblem => ({ code: 'INVALID_FORMAT', message });

export const invalidCheckDigit = (message = 'check digits do not match the number'): IdentifierProblem => ({
  code: 'INVALID_CHECK_DIGIT',
  message,
});

export const birthDateMismatch = (): IdentifierProblem => ({
  code: 'BIRTH_DATE_MISMATCH',
  message: 'the birth date encoded in the number differs from the debtor birth date',
});
