import { isCalendarDate } from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1985-01-31', '2023-12-31', '0001-01-01'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    ['a day past the end of the month', '2023-04-31'],
    ['29 February outside a leap year', '2023-02-29'],
    ['29 February of a century that is not a leap year', '1900-02-29'],
    ['month 13', '2023-13-01'],
    ['month 0', '2023-00-10'],
    ['day 0', '2023-01-00'],
    ['a day-first date', '31-01-2023'],
    ['slashes', '2023/01/31'],
    ['a missing leading zero', '2023-1-31'],
    ['a time', '2023-01-31T00:00'],
    ['letters', '2023-0a-31'],
    ['an empty string', ''],
  ])('rejects %s', (_, value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});
