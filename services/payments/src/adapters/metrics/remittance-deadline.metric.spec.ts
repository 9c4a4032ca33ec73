import { endOfDayUtcSeconds } from './remittance-deadline.metric';

describe('endOfDayUtcSeconds', () => {
  it('is the next midnight UTC of the remit-by day, across month and year ends and a leap day', () => {
    expect(endOfDayUtcSeconds('2026-03-14')).toBe(Date.parse('2026-03-15T00:00:00Z') / 1000);
    expect(endOfDayUtcSeconds('2026-12-31')).toBe(Date.parse('2027-01-01T00:00:00Z') / 1000);
    expect(endOfDayUtcSeconds('2028-02-28')).toBe(Date.parse('2028-02-29T00:00:00Z') / 1000);
  });
});
