import { HolidayRegionUnknownError } from './compliance.errors';
import { holidayCalendar } from './holiday-calendar';

describe('holidayCalendar', () => {
  it('knows the Belgian national day', () => {
    expect(holidayCalendar('BE', undefined, ['public', 'bank']).holidayOn('2026-07-21')).toBe('Fête nationale');
    expect(holidayCalendar('BE', undefined, ['public', 'bank']).holidayOn('2026-07-22')).toBeUndefined();
  });

  it('reads a region\'s own holidays, and every region\'s when the region is unknown', () => {
    expect(holidayCalendar('DE', 'BY', ['public', 'bank']).holidayOn('2026-06-04')).toBe('Fronleichnam');
    expect(holidayCalendar('DE', 'BE', ['public', 'bank']).holidayOn('2026-06-04')).toBeUndefined();
    expect(holidayCalendar('DE', undefined, ['public', 'bank']).holidayOn('2026-06-04')).toContain('Fronleichnam');
    expect(holidayCalendar('GB', undefined, ['public', 'bank']).holidayOn('2026-11-30')).toContain('(SCT)');
  });

  it('takes the day-off types of the policy: NL school days off cover Bevrijdingsdag', () => {
    expect(holidayCalendar('NL', undefined, ['public', 'bank']).holidayOn('2026-05-05')).toBeUndefined();
    expect(holidayCalendar('NL', undefined, ['public', 'bank', 'school']).holidayOn('2026-05-05')).toBe('Bevrijdingsdag');
  });

  it('counts Swedish bank holidays and a half day (German Christmas Eve) as whole days off', () => {
    expect(holidayCalendar('SE', undefined, ['public', 'bank']).holidayOn('2026-06-19')).toBe('midsommarafton');
    expect(holidayCalendar('DE', 'BE', ['public', 'bank']).holidayOn('2026-12-24')).toBe('Heiliger Abend');
  });

  it('ignores a region in a country without regions, and rejects an unknown one elsewhere', () => {
    expect(holidayCalendar('SE', 'AB', ['public', 'bank']).holidayOn('2026-06-06')).toBe('nationaldagen');
    expect(() => holidayCalendar('US', 'PR', ['public', 'bank'])).toThrow(HolidayRegionUnknownError);
  });
});
