import { policyFor } from '../policy';
import { lawfulCallWindows } from './call-windows';

const BE = policyFor('BE', 'B2C', '2026-11-23');
const US = policyFor('US', 'B2C', '2026-11-23');
const BRUSSELS = ['Europe/Brussels'];

describe('lawfulCallWindows (callbacks)', () => {
  it('starts at the time asked for when the phone hours allow it, and ends when they close that day', () => {
    // Tuesday 24 November 2026, 14:00 in Brussels (13:00 UTC); BE B2C phone hours 08:00–22:00 Monday–Saturday.
    const [first] = lawfulCallWindows(BE, BRUSSELS, undefined, new Date('2026-11-24T13:00:00Z'), 1);
    expect(first).toEqual({ notBefore: new Date('2026-11-24T13:00:00Z'), notAfter: new Date('2026-11-24T21:00:00Z') });
  });

  it('moves a callback asked for at night to the opening of the next day the hours allow', () => {
    // Tuesday 23:30 in Brussels: the next window opens Wednesday 08:00 (07:00 UTC).
    const [first] = lawfulCallWindows(BE, BRUSSELS, undefined, new Date('2026-11-24T22:30:00Z'), 1);
    expect(first!.notBefore).toEqual(new Date('2026-11-25T07:00:00Z'));
    expect(first!.notAfter).toEqual(new Date('2026-11-25T21:00:00Z'));
  });

  it('gives the later windows in order, skipping Sundays and public holidays', () => {
    // Saturday 26 December 2026 20:00 Brussels; Sunday 27 has no window; Friday 1 January is a holiday.
    const windows = lawfulCallWindows(BE, BRUSSELS, undefined, new Date('2026-12-26T19:00:00Z'), 6);
    expect(windows.map((window) => window.notBefore.toISOString())).toEqual([
      '2026-12-26T19:00:00.000Z', // Saturday, two hours left
      '2026-12-28T07:00:00.000Z', // Monday
      '2026-12-29T07:00:00.000Z',
      '2026-12-30T07:00:00.000Z',
      '2026-12-31T07:00:00.000Z',
      '2027-01-02T07:00:00.000Z', // Saturday: New Year's Day skipped
    ]);
    for (const window of windows) expect(window.notAfter.getTime()).toBeGreaterThan(window.notBefore.getTime());
  });

  it('holds the hours in every zone the debtor may be in (US 08:00–21:00 consumer-local)', () => {
    // 12:30 UTC is 07:30 in New York and 04:30 in Los Angeles: the window opens at 08:00 in Los Angeles (16:00 UTC)
    // and closes at 21:00 in New York (02:00 UTC next day).
    const [first] = lawfulCallWindows(US, ['America/New_York', 'America/Los_Angeles'], 'NY', new Date('2026-11-24T12:30:00Z'), 1);
    expect(first!.notBefore).toEqual(new Date('2026-11-24T16:00:00Z'));
    expect(first!.notAfter).toEqual(new Date('2026-11-25T02:00:00Z'));
  });

  it('never starts a window before the time asked for, nor gives overlapping windows', () => {
    const from = new Date('2026-11-23T09:00:00Z');
    const windows = lawfulCallWindows(BE, BRUSSELS, undefined, from, 8);
    expect(windows[0]!.notBefore.getTime()).toBeGreaterThanOrEqual(from.getTime());
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.notBefore.getTime()).toBeGreaterThanOrEqual(windows[i - 1]!.notAfter.getTime());
  });
});
