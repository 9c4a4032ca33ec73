import type { Language, Money, PostalAddressLines } from '../message';
import { TemplateValueInvalidError } from './template.errors';
import type { TemplateCountry } from './template-wording';

/**
 * Numbers, amounts and dates as the reader's locale writes them: the message's language with the
 * debtor's country (`fr-BE`, `nl-BE`, `de-DE`, `en-GB`, `es-ES`, `sv-SE`, `en-US`; a pair Intl has
 * no data for, such as `sv-US`, falls back to the language's own conventions).
 *
 * Amounts are exact. `amountMinor` is a bigint in the currency's minor unit; it is turned into a
 * decimal string by string arithmetic (`123456n` → `"1234.56"`) and that string is given to
 * `Intl.NumberFormat#format`, which since ES2023 (Intl.NumberFormat v3, Node ≥ 19) formats a
 * numeric string as an exact decimal. No float ever holds the digits, so amounts beyond 2^53
 * minor units keep every digit. The number of minor digits is the currency's as Intl knows it
 * (CLDR: 2 for EUR, GBP, USD, SEK; 0 for JPY).
 */

export function localeOf(language: Language, country: TemplateCountry): string {
  return `${language}-${country}`;
}

/** Each formatter with its currency's number of minor digits (`resolvedOptions()` builds a new object on every call). */
const currencyFormats = new Map<string, { format: Intl.NumberFormat; digits: number }>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** `123456n` with 2 digits → `"1234.56"`; `-5n` → `"-0.05"`; 0 digits → the integer itself. */
export function minorToDecimalString(amountMinor: bigint, fractionDigits: number): string {
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString();
  if (fractionDigits === 0) return `${negative ? '-' : ''}${digits}`;
  const padded = digits.padStart(fractionDigits + 1, '0');
  const integer = padded.slice(0, padded.length - fractionDigits);
  const fraction = padded.slice(padded.length - fractionDigits);
  return `${negative ? '-' : ''}${integer}.${fraction}`;
}

export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const money = value as Partial<Money>;
  return typeof money.amountMinor === 'bigint' && typeof money.currency === 'string' && /^[A-Z]{3}$/.test(money.currency);
}

export function formatMoney(money: Money, locale: string): string {
  if (!isMoney(money)) throw new TemplateValueInvalidError('money', `an amount must be { amountMinor: bigint, currency: 'XXX' }, got ${describeValue(money)}`);
  const { format, digits } = cached(currencyFormats, `${locale}|${money.currency}`, () => {
    const made = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    return { format: made, digits: made.resolvedOptions().maximumFractionDigits ?? 2 };
  });
  return format.format(minorToDecimalString(money.amountMinor, digits) as `${number}`);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` as a long date; read as noon UTC and formatted in UTC, so no time zone can shift the day. */
export function formatCalendarDate(date: string, locale: string): string {
  const match = typeof date === 'string' ? CALENDAR_DATE.exec(date) : null;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  if (!match || instant.getUTCFullYear() !== year || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) {
    throw new TemplateValueInvalidError('date', `a date must be a calendar date YYYY-MM-DD, got ${describeValue(date)}`);
  }
  const format = cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(instant);
}

/** A count or other plain number: a finite number, a bigint or a numeric string (formatted exactly). */
export function formatNumber(value: number | bigint | string, locale: string): string {
  const format = cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }));
  if (typeof value === 'bigint') return format.format(value);
  if (typeof value === 'number' && Number.isFinite(value)) return format.format(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return format.format(value as `${number}`);
  throw new TemplateValueInvalidError('number', `a number must be finite, a bigint or a decimal string, got ${describeValue(value)}`);
}

/** A postal address on one line, without the name: `Rue Haute 12, 1000 Bruxelles, BE`. */
export function formatAddress(address: PostalAddressLines): string {
  if (typeof address !== 'object' || address === null || !Array.isArray(address.lines)) {
    throw new TemplateValueInvalidError('address', `an address must be { lines, postalCode, locality, country }, got ${describeValue(address)}`);
  }
  const place = [address.postalCode, address.locality].filter((part) => part && part.trim() !== '').join(' ');
  return [...address.lines, place, address.country].filter((part) => part && part.trim() !== '').join(', ');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the context has no value there)';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object' && value !== null && 'hash' in value && 'data' in value) return 'no argument';
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
