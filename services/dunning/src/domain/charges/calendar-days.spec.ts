import fc from 'fast-check';
import { addDays, dateOfDayNumber, dayNumber, halfYearOf, lastDayOfHalfYear } from './calendar-days';

describe('calendar days', () => {
  it('numbers days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-01')).toBe(28);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-01')).toBe(29);
    expect(dayNumber('2026-01-01') - dayNumber('2025-01-01')).toBe(365);
  });

  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2025-02-29')).toThrow(/not a calendar date/);
    expect(() => dayNumber('2025-13-01')).toThrow(/not a calendar date/);
    expect(() => dayNumber('2025-1-01')).toThrow(/not a calendar date/);
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-02-28') + 1);
  });

  it('turns day numbers back into the same dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (day) => {
        expect(dayNumber(dateOfDayNumber(day))).toBe(day);
      }),
    );
  });

  it('knows the half-year and its last day', () => {
    expect(halfYearOf('2025-06-30')).toBe('2025-H1');
    expect(halfYearOf('2025-07-01')).toBe('2025-H2');
    expect(lastDayOfHalfYear('2025-02-10')).toBe('2025-06-30');
    expect(lastDayOfHalfYear('2025-12-31')).toBe('2025-12-31');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
});
