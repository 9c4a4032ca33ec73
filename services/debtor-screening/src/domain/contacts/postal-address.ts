import { hasHouseNumber, HOUSE_NUMBER_COUNTRIES, isPoBoxLine, PO_BOX_ONLY_DOUBTFUL_COUNTRIES } from './delivery-rules';
import { caseLocality } from './locality-case';
import { COUNTRIES_WITHOUT_POSTCODES, formatPostcode } from './postcode-formats';
import { regionMatchesSpanishPostcode } from './spanish-provinces';
import { expandStreetTypes } from './street-types';

export interface PostalAddress {
  /** Street lines, top to bottom (street and number, building, flat, c/o…): not postcode, locality or country. */
  readonly lines: readonly string[];
  readonly postalCode: string;
  readonly locality: string;
  readonly region?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

export type AddressVerdict = 'deliverable' | 'doubtful' | 'undeliverable';

export type AddressReasonCode =
  // undeliverable: a letter would come back or go astray
  | 'UNKNOWN_COUNTRY'
  | 'NO_STREET_LINE'
  | 'NO_POSTCODE'
  | 'POSTCODE_MALFORMED'
  | 'NO_LOCALITY'
  // doubtful: a letter may arrive, but someone should look first
  | 'NO_HOUSE_NUMBER'
  | 'REGION_MISMATCH'
  | 'PO_BOX_ONLY';

export interface AddressReason {
  readonly code: AddressReasonCode;
  /** Says what is wrong without quoting the address. */
  readonly message: string;
}

export interface AddressCheck {
  readonly normalised: PostalAddress;
  readonly verdict: AddressVerdict;
  readonly reasons: readonly AddressReason[];
}

const MESSAGES: Readonly<Record<AddressReasonCode, string>> = {
  UNKNOWN_COUNTRY: 'the country is not a two-letter ISO 3166 code',
  NO_STREET_LINE: 'no street line',
  NO_POSTCODE: 'no postcode, and the country\u2019s post needs one',
  POSTCODE_MALFORMED: 'the postcode does not have the country\u2019s format',
  NO_LOCALITY: 'no locality',
  NO_HOUSE_NUMBER: 'no house number on the street line, though the country numbers every house',
  REGION_MISMATCH: 'the postcode belongs to another province than the one stated',
  PO_BOX_ONLY: 'only a PO box, where formal notices are expected at the domicile',
};

const UNDELIVERABLE: ReadonlySet<AddressReasonCode> = new Set(['UNKNOWN_COUNTRY', 'NO_STREET_LINE', 'NO_POSTCODE', 'POSTCODE_MALFORMED', 'NO_LOCALITY']);

/**
 * Normalises a postal address the way the country's post writes it (whitespace collapsed,
 * street types spelt out, postcode formatted, locality title-cased) and says whether a letter
 * sent there is likely to arrive.
 */
export function normaliseAddress(address: PostalAddress): AddressCheck {
  const country = collapse(address.country).toUpperCase();
  const lines = address.lines.map(collapse).filter((line) => line !== '').map((line) => expandStreetTypes(line, country));
  const rawPostcode = collapse(address.postalCode);
  const postcode = formatPostcode(rawPostcode, country);
  const locality = collapse(address.locality);
  const region = address.region === undefined ? '' : collapse(address.region);

  const codes: AddressReasonCode[] = [];
  if (!/^[A-Z]{2}$/.test(country)) codes.push('UNKNOWN_COUNTRY');
  if (lines.length === 0) codes.push('NO_STREET_LINE');
  if (rawPostcode === '') {
    if (!COUNTRIES_WITHOUT_POSTCODES.includes(country)) codes.push('NO_POSTCODE');
  } else if (postcode.kind === 'malformed') {
    codes.push('POSTCODE_MALFORMED');
  }
  if (locality === '') codes.push('NO_LOCALITY');

  const streetLines = lines.filter((line) => !isPoBoxLine(line));
  if (lines.length > 0 && streetLines.length === 0 && PO_BOX_ONLY_DOUBTFUL_COUNTRIES.includes(country)) codes.push('PO_BOX_ONLY');
  if (streetLines.length > 0 && HOUSE_NUMBER_COUNTRIES.includes(country) && !streetLines.some(hasHouseNumber)) codes.push('NO_HOUSE_NUMBER');
  if (country === 'ES' && region !== '' && postcode.kind === 'valid' && regionMatchesSpanishPostcode(region, postcode.postcode) === false) {
    codes.push('REGION_MISMATCH');
  }

  const normalised: PostalAddress = {
    lines,
    postalCode: postcode.postcode,
    locality: caseLocality(locality, country),
    ...(region === '' ? {} : { region }),
    country,
  };
  return { normalised, verdict: verdictOf(codes), reasons: codes.map((code) => ({ code, message: MESSAGES[code] })) };
}

function verdictOf(codes: readonly AddressReasonCode[]): AddressVerdict {
  if (codes.some((code) => UNDELIVERABLE.has(code))) return 'undeliverable';
  return codes.length > 0 ? 'doubtful' : 'deliverable';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
