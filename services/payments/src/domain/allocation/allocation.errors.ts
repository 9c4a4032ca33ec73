export type AllocationErrorCategory = 'invalid';

/** An allocation asked on inputs that cannot be a case balance or a receipt. */
export class AllocationInputInvalidError extends Error {
  readonly code = 'PAYMENTS.ALLOCATION_INPUT_INVALID';
  readonly category: AllocationErrorCategory = 'invalid';
  constructor(message: string) {
    super(message);
  }
}
