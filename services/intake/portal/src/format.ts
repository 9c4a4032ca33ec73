/**
 * Money arrives as integer minor units (a number or a decimal string) with its currency. It is
 * turned into a decimal string without floating point and formatted in the reader's language.
 */
export function formatMoney(minor: number | string | bigint | null | undefined, currency: string, language: string): string {
  if (minor === null || minor === undefined || minor === '') return '—';
  const formatter = new Intl.NumberFormat(language, { style: 'currency', currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const value = BigInt(minor);
  const magnitude = (value < 0n ? -value : value).toString().padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  return formatter.format(`${value < 0n ? '-' : ''}${decimal}` as Intl.StringNumericLiteral);
}

export function formatDateTime(iso: string | null | undefined, language: string): string {
  return iso ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—';
}

export function formatDate(isoDate: string | null | undefined, language: string): string {
  return isoDate ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : '—';
}

export function formatPercent(ratio: number | null, language: string): string {
  return ratio === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

export function formatBytes(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1_048_576 ? [bytes / 1_048_576, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** `{amountMinor, currency}` as the events carry it. */
export function isMoney(value: unknown): value is { amountMinor: number | string; currency: string } {
  return typeof value === 'object' && value !== null && 'amountMinor' in value && 'currency' in value;
}
