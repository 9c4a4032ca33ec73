import type { FieldError } from './field-error';

export type IntakeErrorCategory = 'invalid' | 'not_found' | 'conflict' | 'forbidden';

/**
 * Base of every rule the intake domain enforces. Adapters map the category to a transport
 * answer (HTTP status, ClaimRejected, an import report line); the code is stable for machines.
 */
export abstract class IntakeError extends Error {
  abstract readonly code: string;
  abstract readonly category: IntakeErrorCategory;

  /** `details`: field-level problems, when the error is about a submission. */
  constructor(message: string, readonly details: FieldError[] = []) {
    super(message);
  }
}

export class CaseFileInvalidError extends IntakeError {
  readonly code = 'INTAKE.CASE_FILE_INVALID';
  readonly category = 'invalid';
  constructor(details: FieldError[]) {
    super(`the case file has ${details.length} problem(s)`, details);
  }
}

export class CaseNotFoundError extends IntakeError {
  readonly code = 'INTAKE.CASE_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly caseId: string) {
    super(`case ${caseId} not found`);
  }
}

/** The creditor already submitted this reference with a different content. */
export class CaseReferenceConflictError extends IntakeError {
  readonly code = 'INTAKE.CASE_REFERENCE_CONFLICT';
  readonly category = 'conflict';
  constructor(readonly existingCaseId: string, differences: FieldError[]) {
    super(`the creditor reference is already used by case ${existingCaseId} with different content`, differences);
  }
}

export class CaseNotOpenError extends IntakeError {
  readonly code = 'INTAKE.CASE_NOT_OPEN';
  readonly category = 'conflict';
  constructor(readonly caseId: string, readonly state: string) {
    super(`case ${caseId} is ${state}, not open`);
  }
}

export class CaseImportNotFoundError extends IntakeError {
  readonly code = 'INTAKE.CASE_IMPORT_NOT_FOUND';
  readonly category = 'not_found';
  constructor(readonly caseImportId: string) {
    super(`case import ${caseImportId} not found`);
  }
}

/** An instruction, direct payment or document that breaks a rule; `details` name the fields. */
export class SubmissionInvalidError extends IntakeError {
  readonly code = 'INTAKE.SUBMISSION_INVALID';
  readonly category = 'invalid';
  constructor(details: FieldError[]) {
    super(`the request has ${details.length} problem(s)`, details);
  }
}

/** The same payment reference was reported before with other values. */
export class DirectPaymentConflictError extends IntakeError {
  readonly code = 'INTAKE.DIRECT_PAYMENT_CONFLICT';
  readonly category = 'conflict';
  constructor(readonly reportId: string, differences: FieldError[]) {
    super(`a direct payment with this reference was already reported (${reportId}) with other values`, differences);
  }
}
