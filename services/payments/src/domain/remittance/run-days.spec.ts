import Holidays from 'date-holidays';
import { TARGET2_RUN_DAYS, easterSunday, nextRunDayAfter, targetClosingDays } from './run-days';

describe('TARGET2 run days', () => {
  it('finds Easter Sunday as date-holidays does, 1990 to 2100', () => {
    const germany = new Holidays('DE');
    for (let year = 1990; year <= 2100; year++) {
      const easter = germany.getHolidays(year).find((h) => h.rule === 'easter')!;
      expect(`${year}: ${easterSunday(year)}`).toBe(`${year}: ${easter.date.slice(0, 10)}`);
    }
  });

  it('closes on the six TARGET holidays of 2026', () => {
    expect([...targetClosingDays(2026)].sort()).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26']);
  });

  it.each([
    ['2026-04-02', true, 'Maundy Thursday'],
    ['2026-04-03', false, 'Good Friday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-05-01', false, 'Labour Day'],
    ['2026-05-14', true, 'Ascension (national holidays are not TARGET holidays)'],
    ['2026-12-24', true, 'Christmas Eve'],
    ['2026-12-31', true, "New Year's Eve"],
    ['2027-01-01', false, "New Year's Day"],
    ['2026-03-07', false, 'a Saturday'],
    ['2026-03-08', false, 'a Sunday'],
  ])('%s is a run day: %s (%s)', (date, runDay) => {
    expect(TARGET2_RUN_DAYS.isRunDay(date)).toBe(runDay);
  });

  it('steps over weekends and closures to the next run day', () => {
    expect(nextRunDayAfter('2026-04-02')).toBe('2026-04-07');
    expect(nextRunDayAfter('2026-12-24')).toBe('2026-12-28');
    expect(nextRunDayAfter('2026-12-31')).toBe('2027-01-04');
    expect(nextRunDayAfter('2026-03-09')).toBe('2026-03-10');
  });
});
