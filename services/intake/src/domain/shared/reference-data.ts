/**
 * Country, currency and language codes, checked against the ICU data that ships with Node
 * (Intl), so the lists stay current with the runtime instead of being typed by hand.
 */
const REGION_NAMES = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** ICU region codes that are not countries a debtor can live in. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO']);
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

// A bulk file repeats a handful of countries and languages: the Intl look-ups are remembered
// (bounded by the few hundred codes that exist).
const countryAnswers = new Map<string, boolean>();
const languageAnswers = new Map<string, string | undefined>();

/** ISO 3166-1 alpha-2, upper case. */
export function isCountryCode(value: string): boolean {
  let known = countryAnswers.get(value);
  if (known === undefined) {
    known = /^[A-Z]{2}$/.test(value) && !NOT_COUNTRIES.has(value) && REGION_NAMES.of(value) !== undefined;
    if (/^[A-Z]{2}$/.test(value)) countryAnswers.set(value, known);
  }
  return known;
}

/** ISO 4217 alphabetic code, upper case. */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}

/** A well-formed BCP 47 tag ("nl-BE", "fr"); returns its canonical spelling or undefined. */
export function canonicalLanguageTag(value: string): string | undefined {
  if (languageAnswers.has(value)) return languageAnswers.get(value);
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(value);
  } catch {
    canonical = undefined;
  }
  if (languageAnswers.size < 10_000) languageAnswers.set(value, canonical);
  return canonical;
}
