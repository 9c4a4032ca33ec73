import type { PolicyCountry } from '../steps';
import { PolicyArgumentInvalidError } from './policy.errors';

/** Each country's time zone when the debtor's region is not known or has no zone of its own. */
const COUNTRY_TIME_ZONE: Record<PolicyCountry, string> = {
  BE: 'Europe/Brussels',
  FR: 'Europe/Paris',
  ES: 'Europe/Madrid',
  NL: 'Europe/Amsterdam',
  DE: 'Europe/Berlin',
  SE: 'Europe/Stockholm',
  GB: 'Europe/London',
  US: 'America/New_York',
};

/**
 * Regions with a zone other than the country's: the first zone is the principal one (most of the
 * people), the others are where part of the region lives. A debtor in a multi-zone state is reached
 * only at hours lawful in all of them (Reg F: convenient in every place the consumer may be).
 */
const REGION_TIME_ZONES: Partial<Record<PolicyCountry, Record<string, string[]>>> = {
  ES: { CN: ['Atlantic/Canary'], CE: ['Africa/Ceuta'], ML: ['Africa/Ceuta'] },
  FR: {
    GP: ['America/Guadeloupe'],
    MQ: ['America/Martinique'],
    GF: ['America/Cayenne'],
    RE: ['Indian/Reunion'],
    YT: ['Indian/Mayotte'],
    MF: ['America/Marigot'],
    BL: ['America/St_Barthelemy'],
  },
  US: {
    AL: ['America/Chicago'],
    AK: ['America/Anchorage', 'America/Adak'],
    AZ: ['America/Phoenix', 'America/Denver'], // the Navajo Nation keeps DST
    AR: ['America/Chicago'],
    CA: ['America/Los_Angeles'],
    CO: ['America/Denver'],
    CT: ['America/New_York'],
    DE: ['America/New_York'],
    DC: ['America/New_York'],
    FL: ['America/New_York', 'America/Chicago'],
    GA: ['America/New_York'],
    HI: ['Pacific/Honolulu'],
    ID: ['America/Boise', 'America/Los_Angeles'],
    IL: ['America/Chicago'],
    IN: ['America/Indiana/Indianapolis', 'America/Chicago'],
    IA: ['America/Chicago'],
    KS: ['America/Chicago', 'America/Denver'],
    KY: ['America/New_York', 'America/Chicago'],
    LA: ['America/Chicago'],
    ME: ['America/New_York'],
    MD: ['America/New_York'],
    MA: ['America/New_York'],
    MI: ['America/Detroit', 'America/Menominee'],
    MN: ['America/Chicago'],
    MS: ['America/Chicago'],
    MO: ['America/Chicago'],
    MT: ['America/Denver'],
    NE: ['America/Chicago', 'America/Denver'],
    NV: ['America/Los_Angeles'],
    NH: ['America/New_York'],
    NJ: ['America/New_York'],
    NM: ['America/Denver'],
    NY: ['America/New_York'],
    NC: ['America/New_York'],
    ND: ['America/Chicago', 'America/Denver'],
    OH: ['America/New_York'],
    OK: ['America/Chicago'],
    OR: ['America/Los_Angeles', 'America/Boise'],
    PA: ['America/New_York'],
    RI: ['America/New_York'],
    SC: ['America/New_York'],
    SD: ['America/Chicago', 'America/Denver'],
    TN: ['America/Chicago', 'America/New_York'],
    TX: ['America/Chicago', 'America/Denver'],
    UT: ['America/Denver'],
    VT: ['America/New_York'],
    VA: ['America/New_York'],
    WA: ['America/Los_Angeles'],
    WV: ['America/New_York'],
    WI: ['America/Chicago'],
    WY: ['America/Denver'],
    PR: ['America/Puerto_Rico'],
    GU: ['Pacific/Guam'],
    VI: ['America/St_Thomas'],
    AS: ['Pacific/Pago_Pago'],
    MP: ['Pacific/Saipan'],
  },
};

/** Countries where the region decides the zone: without one, every zone of the country applies. */
const REGION_REQUIRED_FOR_ZONE: ReadonlySet<PolicyCountry> = new Set(['US']);

/** The debtor's principal IANA time zone: the region's (US state → e.g. CA → America/Los_Angeles), else the country's. */
export function timeZoneOf(country: PolicyCountry, region?: string): string {
  return timeZonesOf(country, region)[0] ?? COUNTRY_TIME_ZONE[country];
}

/**
 * Every zone the debtor may be in. A region spanning zones (TX, FL, …) gives all of them; a US
 * debtor whose state is unknown gives every zone of the 50 states and DC (principal first), so that
 * contact hours hold wherever the consumer is. Elsewhere an unknown region gives the country's zone.
 */
export function timeZonesOf(country: PolicyCountry, region?: string): string[] {
  const byRegion = REGION_TIME_ZONES[country];
  if (region !== undefined && region !== '') {
    const zones = byRegion?.[region.toUpperCase()];
    if (zones) return [...zones];
    if (REGION_REQUIRED_FOR_ZONE.has(country)) {
      throw new PolicyArgumentInvalidError(`unknown ${country} region "${region}" for a time zone`);
    }
    return [COUNTRY_TIME_ZONE[country]];
  }
  if (REGION_REQUIRED_FOR_ZONE.has(country) && byRegion) {
    const territories = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);
    const all = Object.entries(byRegion)
      .filter(([code]) => !territories.has(code))
      .flatMap(([, zones]) => zones);
    return [...new Set([COUNTRY_TIME_ZONE[country], ...all])];
  }
  return [COUNTRY_TIME_ZONE[country]];
}

/** The country's default zone (the policies' `defaultTimeZone`). */
export function countryTimeZone(country: PolicyCountry): string {
  return COUNTRY_TIME_ZONE[country];
}
