/**
 * ISO 20022 amounts (`<Amt Ccy="EUR">1234.5</Amt>`) to integer minor units, without ever going
 * through a float: the decimal string is split and the digits are read as a bigint.
 */

/** ISO 4217 minor-unit exponents of the currencies a statement may carry. */
const CURRENCY_DECIMALS: Readonly<Record<string, number>> = {
  EUR: 2, SEK: 2, GBP: 2, USD: 2, CHF: 2, DKK: 2, NOK: 2, PLN: 2, CZK: 2, HUF: 2, RON: 2, BGN: 2, CAD: 2, AUD: 2,
  ISK: 0, JPY: 0,
};

/** ISO 20022 `ActiveOrHistoricCurrencyAndAmount`: up to 18 digits, at most 5 of them after the point, never negative. */
const DECIMAL = /^(\d{1,18})(?:\.(\d{1,5}))?$/;

export type AmountProblem = string;

export function currencyDecimals(currency: string): number | undefined {
  return CURRENCY_DECIMALS[currency];
}

/**
 * `'1234.5'` in EUR → `123450n`. Returns a problem text instead of throwing, so the caller can
 * raise it with the statement and entry it belongs to.
 */
export function parseAmountMinor(text: string, currency: string): bigint | AmountProblem {
  const decimals = currencyDecimals(currency);
  if (decimals === undefined) return `currency '${currency}' is not supported`;
  const match = DECIMAL.exec(text.trim());
  if (!match) return `amount '${text.trim()}' is not a decimal number`;
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > decimals) return `amount '${text.trim()}' has more decimals than ${currency} allows (${decimals})`;
  return BigInt(whole + significant.padEnd(decimals, '0'));
}
