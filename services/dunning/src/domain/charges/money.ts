import type { PolicyCountry } from '../steps';
import { ChargeInputInvalidError } from './charge-input-invalid.error';

/**
 * Money here is an integer count of minor units (`bigint`) beside an ISO 4217 code, never a float:
 * statutory amounts are exact decimals, and every division rounds DOWN explicitly, in the debtor's
 * favour, so a computed charge can never exceed what the law allows. Rates are integer basis points
 * (1 bp = 0.01 %), so a rate times an amount stays an exact rational until the single final floor.
 */
export type CurrencyCode = 'EUR' | 'SEK' | 'GBP' | 'USD';

/** The currency each country's statutory amounts are written in; all four have two decimals. */
export const CURRENCY_OF_COUNTRY: Readonly<Record<PolicyCountry, CurrencyCode>> = {
  BE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
  DE: 'EUR',
  SE: 'SEK',
  GB: 'GBP',
  US: 'USD',
};

const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** `'2,000'` → `200000n`, `'150.01'` → `15001n`: an amount read as the law writes it, with no float. */
export function toMinor(decimal: string): bigint {
  const match = DECIMAL.exec(decimal);
  if (!match) throw new ChargeInputInvalidError('amount', `"${decimal}" is not a decimal amount with at most two decimals`);
  const units = BigInt(match[1].replaceAll(',', ''));
  const cents = BigInt((match[2] ?? '').padEnd(2, '0'));
  return units * 100n + cents;
}

/** `15001n` → `'150.01'` (for refusal texts; never parsed back). */
export function formatMinor(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** ⌊amount × numerator / denominator⌋ for non-negative operands: the one rounding of every charge. */
export function mulDivFloor(amount: bigint, numerator: bigint, denominator: bigint): bigint {
  if (amount < 0n || numerator < 0n || denominator <= 0n) {
    throw new ChargeInputInvalidError('amount', 'charges are computed on non-negative amounts and rates only');
  }
  return (amount * numerator) / denominator; // bigint division truncates, which is the floor here
}

/** ⌊amount × basisPoints / 10 000⌋: a percentage of an amount, rounded down. */
export function basisPointsOf(amountMinor: bigint, basisPoints: number): bigint {
  return mulDivFloor(amountMinor, BigInt(basisPoints), 10_000n);
}

/** The smaller of two amounts. */
export function minMinor(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** Throws unless `amountMinor` is a non-negative bigint. */
export function assertNonNegative(field: string, amountMinor: bigint): void {
  if (typeof amountMinor !== 'bigint' || amountMinor < 0n) {
    throw new ChargeInputInvalidError(field, 'must be a non-negative bigint count of minor units');
  }
}
