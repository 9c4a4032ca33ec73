import { isSupportedCountry, parsePhoneNumberWithError, ParseError, type CountryCode, type NumberType } from 'libphonenumber-js/max';

/** What a debtor's phone number is, as far as the numbering plan tells. */
export type PhoneType = 'mobile' | 'fixed' | 'fixed_or_mobile' | 'other';

export interface NormalisedPhone {
  /** E.164, e.g. +32470123456: the one form stored and compared. */
  readonly e164: string;
  readonly type: PhoneType;
  /** The number's own region (ISO 3166-1 alpha-2), which may differ from the debtor's country; null for non-geographic numbers (+800…). */
  readonly country: string | null;
}

export type PhoneProblemCode = 'UNPARSABLE' | 'INVALID_FOR_REGION';

export interface PhoneProblem {
  readonly problem: { readonly code: PhoneProblemCode; readonly message: string };
}

export type PhoneCheck = NormalisedPhone | PhoneProblem;

export function isPhoneProblem(check: PhoneCheck): check is PhoneProblem {
  return 'problem' in check;
}

// Messages name the reason, never the digits (they are personal data and end up in logs and events).
const PARSE_MESSAGES: Record<string, string> = {
  NOT_A_NUMBER: 'not a phone number',
  INVALID_COUNTRY: 'no country calling code, and the debtor\u2019s country does not tell which numbering plan to use',
  TOO_SHORT: 'too few digits for a phone number',
  TOO_LONG: 'too many digits for a phone number',
  INVALID_LENGTH: 'the number of digits fits no numbering plan',
};

/**
 * Parses a phone number as the debtor wrote it. National formats ("0470 12 34 56") are read in the
 * numbering plan of the debtor's `country`; international ones ("+33 6…", "0033 6…") keep their own
 * country. libphonenumber's "max" metadata checks the number ranges actually allocated, not only the
 * length, and tells mobile from fixed lines.
 */
export function normalisePhone(raw: string, country: string): PhoneCheck {
  const region = country.trim().toUpperCase();
  const defaultCountry = isSupportedCountry(region) ? (region as CountryCode) : undefined;
  if (raw.trim() === '') return problem('UNPARSABLE', 'no phone number given');
  try {
    const parsed = parsePhoneNumberWithError(raw, { defaultCountry });
    if (!parsed.isValid()) {
      return problem('INVALID_FOR_REGION', 'the number is outside the ranges its numbering plan allocates');
    }
    return { e164: parsed.number, type: phoneType(parsed.getType()), country: parsed.country ?? null };
  } catch (error: unknown) {
    if (error instanceof ParseError) {
      return problem('UNPARSABLE', PARSE_MESSAGES[error.message] ?? 'not a phone number');
    }
    throw error;
  }
}

/**
 * SMS only to numbers the numbering plan says are mobile. 'fixed_or_mobile' is what NANP countries
 * (US, CA…) answer for every geographic number, because mobiles and landlines share the same area
 * codes there: texting such a number may reach a landline (the message is lost or read aloud to
 * whoever picks up) and nothing tells us it reached the debtor's own handset. Until a carrier lookup
 * says otherwise, those numbers are for calls only.
 */
export function smsAllowed(phone: NormalisedPhone): boolean {
  return phone.type === 'mobile';
}

function phoneType(type: NumberType): PhoneType {
  switch (type) {
    case 'MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
      return 'fixed';
    case 'FIXED_LINE_OR_MOBILE':
      return 'fixed_or_mobile';
    default:
      // Toll-free, premium rate, shared cost, VoIP, personal numbers, pagers, UAN, voicemail, or a
      // valid number whose type the metadata does not record.
      return 'other';
  }
}

function problem(code: PhoneProblemCode, message: string): PhoneProblem {
  return { problem: { code, message } };
}
