import { calendarDateAt, isCalendarDate, plusDays, plusMonths } from './calendar-date';

describe('calendar dates', () => {
  it('refuses impossible dates and other shapes', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isCalendarDate('2026-03-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20260301)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDays('2026-03-01', 30)).toBe('2026-03-31');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonths('2026-03-02', 24)).toBe('2028-03-02');
  });

  it('takes the date where the debtor lives', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(calendarDateAt(instant)).toBe('2026-03-01');
    expect(calendarDateAt(instant, 'Europe/Brussels')).toBe('2026-03-02');
  });
});
