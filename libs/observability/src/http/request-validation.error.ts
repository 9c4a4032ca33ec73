import { BadRequestException } from '@nestjs/common';
import type { FieldError } from './problem-details.types';

/** What `createValidationPipe()` throws: the request failed DTO validation, field by field. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fieldErrors: readonly FieldError[]) {
    super({ message: 'Request validation failed', errors: fieldErrors });
  }
}
