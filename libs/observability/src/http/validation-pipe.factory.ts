import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './problem-details.types';
import { RequestValidationError } from './request-validation.error';

const ARRAY_INDEX = /^\d+$/;

/**
 * The house `ValidationPipe`: unknown fields are rejected rather than silently dropped (a typo
 * in a client must not lose data), payloads are transformed into their DTO classes, and errors
 * name each field by its full path.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // Echoing the rejected value could put personal data in a response or a log.
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
}

/** One `FieldError` per failed constraint, with dotted paths and `[i]` for array elements. */
export function flattenValidationErrors(errors: readonly ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field: path, reason }));
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

function joinPath(parentPath: string, property: string): string {
  if (parentPath === '') return property;
  return ARRAY_INDEX.test(property) ? `${parentPath}[${property}]` : `${parentPath}.${property}`;
}
