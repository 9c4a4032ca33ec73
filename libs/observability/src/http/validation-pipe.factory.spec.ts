import type { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation-pipe.factory';

function error(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return { property, constraints, children };
}

describe('flattenValidationErrors', () => {
  it('builds dotted paths with bracketed array indexes, one entry per failed constraint', () => {
    const errors = [
      error('debtor', undefined, [
        error('addresses', undefined, [
          error('0', undefined, [error('postcode', { isString: 'postcode must be a string', length: 'postcode is too short' })]),
        ]),
      ]),
      error('amountMinor', { isInt: 'amountMinor must be an integer number' }),
    ];

    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'debtor.addresses[0].postcode', reason: 'postcode must be a string' },
      { field: 'debtor.addresses[0].postcode', reason: 'postcode is too short' },
      { field: 'amountMinor', reason: 'amountMinor must be an integer number' },
    ]);
  });

  it('indexes nested arrays of arrays', () => {
    const errors = [error('matrix', undefined, [error('2', undefined, [error('1', { isInt: 'each value must be an integer' })])])];

    expect(flattenValidationErrors(errors)).toEqual([{ field: 'matrix[2][1]', reason: 'each value must be an integer' }]);
  });
});
