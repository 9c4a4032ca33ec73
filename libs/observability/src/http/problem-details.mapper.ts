import { STATUS_CODES } from 'node:http';
import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { FieldError, ProblemDetails } from './problem-details.types';
import { RequestValidationError } from './request-validation.error';

const INTERNAL_DETAIL = 'An unexpected error occurred; quote the requestId when reporting it.';

/** A problem before the request id is attached. */
export type Problem = Omit<ProblemDetails, 'requestId'>;

/** The four categories of a service's DomainError (STYLE.md §7) and their HTTP statuses. */
export const CATEGORY_STATUS = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
} as const;

export type ErrorCategory = keyof typeof CATEGORY_STATUS;

/** Structural match for any service's DomainError, so this library imports no service. */
export interface CategorisedError {
  readonly category: ErrorCategory;
  readonly code?: unknown;
  readonly message?: unknown;
  /** Field-level problems of a rejected submission: `{ field, code, message }`. */
  readonly details?: unknown;
}

export function isCategorisedError(error: unknown): error is CategorisedError {
  if (typeof error !== 'object' || error === null || !('category' in error)) return false;
  const { category } = error;
  return typeof category === 'string' && Object.hasOwn(CATEGORY_STATUS, category);
}

/**
 * Maps anything thrown while handling a request to a problem. Expected failures keep their
 * message; everything unexpected becomes a bare 500 so that no internals reach the caller.
 */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof RequestValidationError) return validationProblem(exception.fieldErrors);
  if (isCategorisedError(exception)) {
    const status = CATEGORY_STATUS[exception.category];
    const code = typeof exception.code === 'string' ? exception.code : statusCode(status);
    const base = problem(status, code, typeof exception.message === 'string' ? exception.message : undefined);
    const errors = detailErrors(exception.details);
    return errors.length > 0 ? { ...base, errors } : base;
  }
  if (exception instanceof BadRequestException) {
    const messages = responseMessages(exception);
    if (messages !== undefined) return validationProblem(messages.map(parseDefaultValidationMessage));
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return status >= 500 ? problem(status, statusCode(status)) : problem(status, statusCode(status), exception.message);
  }
  const parserProblem = bodyParserProblem(exception);
  if (parserProblem) return parserProblem;
  return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL', INTERNAL_DETAIL);
}

function detailErrors(details: unknown): FieldError[] {
  if (!Array.isArray(details)) return [];
  return details
    .filter((d): d is { field: string; code?: unknown; message?: unknown } => typeof d === 'object' && d !== null && typeof d.field === 'string')
    .map((d) => ({
      field: d.field,
      reason: typeof d.message === 'string' ? d.message : '',
      ...(typeof d.code === 'string' ? { code: d.code } : {}),
    }));
}

function validationProblem(errors: readonly FieldError[]): Problem {
  return { ...problem(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid; see errors.'), errors };
}

function problem(status: number, code: string, detail?: string): Problem {
  return {
    type: `urn:collections:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
  };
}

function statusCode(status: number): string {
  const name: unknown = HttpStatus[status];
  return typeof name === 'string' ? name : `HTTP_${status}`;
}

// Nest's default ValidationPipe puts its messages in an array: keep them as field errors.
function responseMessages(exception: HttpException): string[] | undefined {
  const response = exception.getResponse();
  if (typeof response !== 'object' || response === null || !('message' in response)) return undefined;
  const { message } = response;
  return Array.isArray(message) && message.every((m) => typeof m === 'string') ? message : undefined;
}

// Default messages read "<path> must be ..." or "property <path> should not exist".
function parseDefaultValidationMessage(message: string): FieldError {
  const unknown = /^property (\S+) should not exist$/.exec(message);
  const field = unknown?.[1] ?? message.split(' ', 1)[0] ?? '';
  return { field: field.replace(/\.(\d+)(?=\.|$)/g, '[$1]'), reason: message };
}

// Express's body parser fails before Nest routing, with http-errors' `status` and `type`.
// (Malformed JSON never gets here: Nest turns that SyntaxError into a BadRequestException.)
function bodyParserProblem(exception: unknown): Problem | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, type } = exception as { status?: unknown; type?: unknown };
  if (type === 'entity.too.large') {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string') {
    return problem(status, statusCode(status));
  }
  return undefined;
}
