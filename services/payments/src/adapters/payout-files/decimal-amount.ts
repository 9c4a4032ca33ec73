import type { Money } from '../../domain/money';

/**
 * Minor units as the decimal text banks and statements use (`123456n` → `'1234.56'`), by integer
 * division only. Every currency the platform collects in (EUR, SEK, GBP, USD) has two decimals.
 */
export function decimalAmount(m: Money): string {
  const sign = m.amountMinor < 0n ? '-' : '';
  const abs = m.amountMinor < 0n ? -m.amountMinor : m.amountMinor;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
