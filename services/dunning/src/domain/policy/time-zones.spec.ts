import { IANAZone } from 'luxon';
import { POLICY_COUNTRIES } from '../steps';
import { PolicyArgumentInvalidError } from './policy.errors';
import { policyFor } from './policy-registry';
import { timeZoneOf, timeZonesOf } from './time-zones';

describe('timeZoneOf', () => {
  it('maps a US state to its zone', () => {
    expect(timeZoneOf('US', 'CA')).toBe('America/Los_Angeles');
    expect(timeZoneOf('US', 'ny')).toBe('America/New_York');
    expect(timeZoneOf('US', 'HI')).toBe('Pacific/Honolulu');
  });

  it('gives the country default without a region, or for a region in the main zone', () => {
    expect(timeZoneOf('BE')).toBe('Europe/Brussels');
    expect(timeZoneOf('DE', 'BY')).toBe('Europe/Berlin');
    expect(timeZoneOf('US')).toBe('America/New_York');
  });

  it('knows the regions of Spain and France in other zones', () => {
    expect(timeZoneOf('ES', 'CN')).toBe('Atlantic/Canary');
    expect(timeZoneOf('FR', 'RE')).toBe('Indian/Reunion');
  });

  it('rejects an unknown US state', () => {
    expect(() => timeZoneOf('US', 'XX')).toThrow(PolicyArgumentInvalidError);
  });

  it('agrees with each policy default', () => {
    for (const country of POLICY_COUNTRIES) expect(timeZoneOf(country)).toBe(policyFor(country, 'B2C', '2026-01-01').defaultTimeZone);
  });
});

describe('timeZonesOf', () => {
  it('lists every zone of a state that spans several', () => {
    expect(timeZonesOf('US', 'TX')).toEqual(['America/Chicago', 'America/Denver']);
    expect(timeZonesOf('US', 'FL')).toEqual(['America/New_York', 'America/Chicago']);
  });

  it('lists every US zone when the state is unknown, New York first', () => {
    const zones = timeZonesOf('US');
    expect(zones[0]).toBe('America/New_York');
    expect(zones).toEqual(expect.arrayContaining(['America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu']));
    expect(zones).not.toContain('America/Puerto_Rico');
  });

  it('returns only valid IANA zones', () => {
    const all = [...POLICY_COUNTRIES.flatMap((c) => timeZonesOf(c)), ...['CA', 'TX', 'AK', 'PR', 'GU'].flatMap((s) => timeZonesOf('US', s))];
    expect(all.filter((zone) => !IANAZone.isValidZone(zone))).toEqual([]);
  });
});
