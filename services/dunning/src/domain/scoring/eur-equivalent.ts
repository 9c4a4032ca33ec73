import { CurrencyNotSupportedError } from './scoring.errors';

/**
 * Indicative EUR value of one major unit of each currency the platform collects in (and its
 * neighbours), in millionths of a euro, with the currency's minor-unit exponent (ISO 4217).
 *
 * The table is fixed on purpose: it only puts a claim in a band (scenario selection, the success
 * score), so a band boundary must not move from one day to the next with the market. It is never
 * used for money that changes hands: allocations and remittances stay in the claim's currency.
 * Rates are rounded 2025 averages; a change is a code change, reviewed like any rule.
 */
export const EUR_EQUIVALENT_RATES: Readonly<Record<string, { eurMicrosPerUnit: bigint; exponent: number }>> = {
  EUR: { eurMicrosPerUnit: 1_000_000n, exponent: 2 },
  GBP: { eurMicrosPerUnit: 1_170_000n, exponent: 2 },
  USD: { eurMicrosPerUnit: 900_000n, exponent: 2 },
  SEK: { eurMicrosPerUnit: 90_000n, exponent: 2 },
  DKK: { eurMicrosPerUnit: 134_000n, exponent: 2 },
  NOK: { eurMicrosPerUnit: 85_000n, exponent: 2 },
  CHF: { eurMicrosPerUnit: 1_060_000n, exponent: 2 },
  PLN: { eurMicrosPerUnit: 235_000n, exponent: 2 },
};

/**
 * The EUR-equivalent of an amount in minor units (cents), by the fixed table above, rounded
 * toward zero. Throws CurrencyNotSupportedError for a currency the table does not hold.
 */
export function eurEquivalentMinor(amount: { amountMinor: bigint; currency: string }): bigint {
  const rate = Object.hasOwn(EUR_EQUIVALENT_RATES, amount.currency) ? EUR_EQUIVALENT_RATES[amount.currency] : undefined;
  if (!rate) throw new CurrencyNotSupportedError(amount.currency);
  // amountMinor / 10^exponent major units × micros / 10^6 EUR × 10^2 cents
  return (amount.amountMinor * rate.eurMicrosPerUnit * 100n) / (10n ** BigInt(rate.exponent) * 1_000_000n);
}

/** `123456n` → `"1234.56"`: for explanations, never for arithmetic. */
export function formatEurMinor(eurMinor: bigint): string {
  const sign = eurMinor < 0n ? '-' : '';
  const absolute = eurMinor < 0n ? -eurMinor : eurMinor;
  return `${sign}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, '0')}`;
}
