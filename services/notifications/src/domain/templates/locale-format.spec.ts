import { formatAddress, formatCalendarDate, formatMoney, formatNumber, localeOf, minorToDecimalString } from './locale-format';
import { TemplateValueInvalidError } from './template.errors';

describe('localeOf', () => {
  it('joins the language and the country', () => {
    expect(localeOf('fr', 'BE')).toBe('fr-BE');
    expect(localeOf('nl', 'BE')).toBe('nl-BE');
    expect(localeOf('en', 'US')).toBe('en-US');
  });
});

describe('minorToDecimalString', () => {
  it.each([
    [123456n, 2, '1234.56'],
    [5n, 2, '0.05'],
    [-5n, 2, '-0.05'],
    [0n, 2, '0.00'],
    [100n, 2, '1.00'],
    [1234n, 0, '1234'],
    [-1234n, 0, '-1234'],
    [1n, 3, '0.001'],
  ])('%p minor units with %p digits is %p', (minor, digits, expected) => {
    expect(minorToDecimalString(minor, digits)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it('formats as Intl does for the locale (fr-BE: narrow no-break space groups, comma, euro after)', () => {
    const expected = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1234.56);
    expect(formatMoney({ amountMinor: 123456n, currency: 'EUR' }, 'fr-BE')).toBe(expected);
  });

  it.each([
    ['fr-BE', 'EUR'],
    ['nl-BE', 'EUR'],
    ['de-DE', 'EUR'],
    ['en-GB', 'GBP'],
    ['es-ES', 'EUR'],
    ['sv-SE', 'SEK'],
    ['en-US', 'USD'],
  ])('matches Intl in %s %s', (locale, currency) => {
    expect(formatMoney({ amountMinor: 123456n, currency }, locale)).toBe(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(1234.56));
  });

  it('uses a decimal comma where the locale does and a point where it does not', () => {
    expect(formatMoney({ amountMinor: 123456n, currency: 'EUR' }, 'fr-BE')).toMatch(/^1\s?234,56\s?€$/u);
    expect(formatMoney({ amountMinor: 123456n, currency: 'EUR' }, 'de-DE')).toMatch(/^1\.234,56\s?€$/u);
    expect(formatMoney({ amountMinor: 123456n, currency: 'USD' }, 'en-US')).toBe('$1,234.56');
    expect(formatMoney({ amountMinor: 123456n, currency: 'GBP' }, 'en-GB')).toBe('£1,234.56');
    expect(formatMoney({ amountMinor: 123456n, currency: 'SEK' }, 'sv-SE')).toMatch(/^1\s234,56\skr$/u);
  });

  it('keeps every digit of amounts far beyond 2^53 minor units', () => {
    const formatted = formatMoney({ amountMinor: 123456789012345678901n, currency: 'EUR' }, 'fr-BE');
    expect(formatted.replace(/\D/g, '')).toBe('123456789012345678901');
    expect(formatted).toMatch(/,01\s?€$/u);
  });

  it('formats negative amounts and currencies without minor units', () => {
    expect(formatMoney({ amountMinor: -5n, currency: 'USD' }, 'en-US')).toBe('-$0.05');
    expect(formatMoney({ amountMinor: 1234n, currency: 'JPY' }, 'en-US')).toBe('¥1,234');
  });

  it('refuses what is not an amount', () => {
    expect(() => formatMoney({ amountMinor: 12 as unknown as bigint, currency: 'EUR' }, 'fr-BE')).toThrow(TemplateValueInvalidError);
    expect(() => formatMoney({ amountMinor: 12n, currency: 'euro' }, 'fr-BE')).toThrow(/amountMinor: bigint/);
    expect(() => formatMoney(undefined as never, 'fr-BE')).toThrow(/got nothing/);
  });
});

describe('formatCalendarDate', () => {
  it('writes a long date in the locale', () => {
    expect(formatCalendarDate('2025-08-14', 'fr-BE')).toBe('14 août 2025');
    expect(formatCalendarDate('2025-08-14', 'nl-BE')).toBe('14 augustus 2025');
    expect(formatCalendarDate('2025-08-14', 'de-DE')).toBe('14. August 2025');
    expect(formatCalendarDate('2025-08-14', 'en-GB')).toBe('14 August 2025');
    expect(formatCalendarDate('2025-08-14', 'en-US')).toBe('August 14, 2025');
    expect(formatCalendarDate('2025-08-14', 'es-ES')).toBe('14 de agosto de 2025');
    expect(formatCalendarDate('2025-08-14', 'sv-SE')).toBe('14 augusti 2025');
  });

  it('never shifts the day, whatever the zone (read as noon UTC, written in UTC)', () => {
    expect(formatCalendarDate('2025-01-01', 'en-US')).toBe('January 1, 2025');
    expect(formatCalendarDate('2024-12-31', 'en-US')).toBe('December 31, 2024');
    expect(formatCalendarDate('2024-02-29', 'de-DE')).toBe('29. Februar 2024');
  });

  it.each(['2025-02-30', '2025-8-14', '14/08/2025', '2025-08-14T00:00:00Z', ''])('refuses %p', (value) => {
    expect(() => formatCalendarDate(value, 'fr-BE')).toThrow(TemplateValueInvalidError);
  });

  it('says when there is no date at all', () => {
    expect(() => formatCalendarDate(undefined as never, 'fr-BE')).toThrow(/got nothing/);
  });
});

describe('formatNumber', () => {
  it('formats numbers, bigints and decimal strings in the locale', () => {
    expect(formatNumber(14, 'fr-BE')).toBe('14');
    expect(formatNumber(1234567n, 'de-DE')).toBe('1.234.567');
    expect(formatNumber('1234.5', 'en-US')).toBe('1,234.5');
  });

  it('refuses what is not a number', () => {
    expect(() => formatNumber(Number.NaN, 'fr-BE')).toThrow(TemplateValueInvalidError);
    expect(() => formatNumber('12abc', 'fr-BE')).toThrow(TemplateValueInvalidError);
  });
});

describe('formatAddress', () => {
  it('writes the lines, postal code and locality and country on one line', () => {
    expect(formatAddress({ name: 'X', lines: ['Rue Haute 12', 'Boîte 3'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' })).toBe('Rue Haute 12, Boîte 3, 1000 Bruxelles, BE');
  });

  it('skips empty parts', () => {
    expect(formatAddress({ name: 'X', lines: ['1 High Street'], postalCode: '', locality: 'London', country: 'GB' })).toBe('1 High Street, London, GB');
  });
});
