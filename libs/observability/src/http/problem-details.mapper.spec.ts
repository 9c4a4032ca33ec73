import { BadRequestException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { isCategorisedError, toProblem } from './problem-details.mapper';
import { RequestValidationError } from './request-validation.error';

describe('toProblem', () => {
  it('keeps the field errors of the house validation pipe', () => {
    const problem = toProblem(new RequestValidationError([{ field: 'debtor.iban', reason: 'iban must be an IBAN' }]));

    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'debtor.iban' }] });
  });

  it("turns Nest's default ValidationPipe messages into field errors with bracketed indexes", () => {
    const problem = toProblem(
      new BadRequestException({
        message: ['debtor.addresses.0.postcode must be a string', 'property debtor.nickname should not exist'],
        error: 'Bad Request',
        statusCode: 400,
      }),
    );

    expect(problem.errors).toEqual([
      { field: 'debtor.addresses[0].postcode', reason: 'debtor.addresses.0.postcode must be a string' },
      { field: 'debtor.nickname', reason: 'property debtor.nickname should not exist' },
    ]);
  });

  it('uses a status-derived code for a DomainError without a code', () => {
    expect(toProblem({ category: 'conflict', message: 'already paid' })).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      detail: 'already paid',
    });
  });

  it('lists the field problems a DomainError carries, with their codes', () => {
    const rejected = {
      category: 'invalid',
      code: 'INTAKE.CASE_FILE_INVALID',
      message: 'the case file has 2 problem(s)',
      details: [
        { field: 'invoices[0].currency', code: 'CURRENCY_MISMATCH', message: 'differs from the case currency' },
        { field: 'debtor.nationalId', code: 'INVALID_CHECK_DIGIT', message: 'check digits do not match' },
        'not a field problem',
      ],
    };

    expect(toProblem(rejected)).toMatchObject({
      status: 422,
      code: 'INTAKE.CASE_FILE_INVALID',
      errors: [
        { field: 'invoices[0].currency', code: 'CURRENCY_MISMATCH', reason: 'differs from the case currency' },
        { field: 'debtor.nationalId', code: 'INVALID_CHECK_DIGIT', reason: 'check digits do not match' },
      ],
    });
  });

  it('does not reveal the message of a 5xx HttpException', () => {
    const problem = toProblem(new ServiceUnavailableException('pool exhausted on db-3'));

    expect(problem).toEqual({
      type: 'urn:collections:problem:SERVICE_UNAVAILABLE',
      title: 'Service Unavailable',
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('keeps the message of a 4xx HttpException', () => {
    expect(toProblem(new NotFoundException('no such plan'))).toMatchObject({ status: 404, detail: 'no such plan' });
  });

  it.each([[null], [undefined], ['a string'], [42], [{ status: 500, type: 'weird' }]])(
    'maps the thrown value %p to a bare 500',
    (thrown) => {
      expect(toProblem(thrown)).toMatchObject({ status: 500, code: 'INTERNAL' });
    },
  );

  it('recognises only the four categories', () => {
    expect(isCategorisedError({ category: 'not_found' })).toBe(true);
    expect(isCategorisedError({ category: 'toString' })).toBe(false);
    expect(isCategorisedError({ category: 'fatal' })).toBe(false);
    expect(isCategorisedError(new Error('plain'))).toBe(false);
  });
});
