/**
 * Money in payments: an integer count of minor units (`bigint`, as protobuf int64 arrives) beside an
 * ISO 4217 code. Never a float, never two currencies added together: every sum goes through `add`,
 * which refuses a currency mismatch instead of producing a meaningless number.
 */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

export class CurrencyMismatchError extends Error {
  readonly code = 'PAYMENTS.CURRENCY_MISMATCH';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`amounts in ${expected} and ${actual} cannot be combined`);
    this.name = 'CurrencyMismatchError';
  }
}

export function money(amountMinor: bigint, currency: string): Money {
  return { amountMinor, currency };
}

export function zero(currency: string): Money {
  return { amountMinor: 0n, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

export function sum(currency: string, amounts: readonly Money[]): Money {
  return amounts.reduce(add, zero(currency));
}

export function minMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return a.amountMinor <= b.amountMinor ? a : b;
}

export function isPositive(m: Money): boolean {
  return m.amountMinor > 0n;
}

/** `15001n EUR` → `'150.01 EUR'`, for statements and error texts (never parsed back). */
export function formatMoney(m: Money): string {
  const sign = m.amountMinor < 0n ? '-' : '';
  const abs = m.amountMinor < 0n ? -m.amountMinor : m.amountMinor;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')} ${m.currency}`;
}
