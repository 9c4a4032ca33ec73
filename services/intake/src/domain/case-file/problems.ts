import { fieldError, type FieldError } from '../shared/field-error';

/** Collects every problem of a submission, so the creditor fixes them all in one go. */
export class Problems {
  readonly errors: FieldError[] = [];

  add(field: string, code: string, message: string): void {
    this.errors.push(fieldError(field, code, message));
  }

  /** A required text: trimmed, or a REQUIRED / TOO_LONG problem and undefined. */
  text(field: string, value: unknown, { required = true, max = 200 } = {}): string {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.add(field, 'REQUIRED', 'is required');
      return '';
    }
    if (typeof value !== 'string') {
      this.add(field, 'NOT_TEXT', 'must be text');
      return '';
    }
    const trimmed = value.trim();
    if (trimmed.length > max) this.add(field, 'TOO_LONG', `must be at most ${max} characters`);
    if (/\p{Cc}/u.test(trimmed)) this.add(field, 'INVALID_CHARACTERS', 'must not contain control characters (tabs, line breaks, ...)');
    return trimmed;
  }

  /** An amount in integer minor units; `positive` rejects zero. */
  amount(field: string, value: unknown, { positive, required }: { positive: boolean; required: boolean }): bigint {
    if (value === undefined || value === null || value === '') {
      if (required) this.add(field, 'REQUIRED', 'is required');
      return 0n;
    }
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (!/^-?\d+$/.test(text)) {
      this.add(field, 'AMOUNT_NOT_INTEGER', 'must be a whole number of minor units (EUR 12.34 is 1234)');
      return 0n;
    }
    const amount = BigInt(text);
    if (amount < 0n || (positive && amount === 0n)) {
      this.add(field, 'AMOUNT_NOT_POSITIVE', positive ? 'must be greater than zero' : 'must not be negative');
      return 0n;
    }
    if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
      this.add(field, 'AMOUNT_TOO_LARGE', `must be at most ${Number.MAX_SAFE_INTEGER} minor units`);
      return 0n;
    }
    return amount;
  }
}
