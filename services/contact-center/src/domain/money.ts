/**
 * Money in contact-center: an integer count of minor units (`bigint`, as protobuf int64 arrives) beside
 * an ISO 4217 code. Never a float: an agent's plan must add up to the balance to the cent, and a
 * float sum of instalments does not. Same idea as payments' money, kept local because services share
 * no code but contracts.
 */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

export function money(amountMinor: bigint, currency: string): Money {
  return { amountMinor, currency };
}

export function isPositive(m: Money): boolean {
  return m.amountMinor > 0n;
}

/** Three upper-case letters; whether ISO lists the code is the rates table's business, not ours. */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

// ISO 4217 minor units that differ from the usual 2. A yen has no cents and a dinar has 1,000 fils:
// converting their minor units as if they had 2 digits would be off by 100 or by 10.
const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

/** How many decimal digits the currency's minor unit has (2 unless ISO 4217 says otherwise). */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency] ?? 2;
}

/** `1234501n EUR` → `'12345.01 EUR'`, for messages shown to agents (never parsed back). */
export function formatMoney(m: Money): string {
  return `${formatMinor(m.amountMinor, minorUnitDigits(m.currency))} ${m.currency}`;
}

export function formatMinor(amountMinor: bigint, digits = 2): string {
  const sign = amountMinor < 0n ? '-' : '';
  const abs = amountMinor < 0n ? -amountMinor : amountMinor;
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10n ** BigInt(digits);
  return `${sign}${abs / scale}.${(abs % scale).toString().padStart(digits, '0')}`;
}
