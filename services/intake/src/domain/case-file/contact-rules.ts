import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Whether a phone number can be dialled: parsed with the debtor's country as the default region,
 * so national formats ("0470 12 34 56" in BE) are accepted like E.164. libphonenumber-js is the
 * maintained port of Google's libphonenumber; the "max" metadata checks number ranges, not only lengths.
 */
export function isDiallablePhone(value: string, country: string): boolean {
  const region = isSupportedCountry(country) ? (country as CountryCode) : undefined;
  return parsePhoneNumberFromString(value, region)?.isValid() ?? false;
}

// The HTML living standard's "valid e-mail address", with a dot required in the domain.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
