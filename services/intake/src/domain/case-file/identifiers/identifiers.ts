import { belgiumRules } from './be';
import { parseBirthDate } from './birth-date';
import { compactIdentifier, CountryRules } from './country-rules';
import { spainRules } from './es';
import { franceRules } from './fr';
import { IdentifierProblem, invalidFormat } from './identifier-problem';
import { netherlandsRules } from './nl';
import { swedenRules } from './se';

/** Countries (ISO 3166-1 alpha-2) whose identifiers we can check; any other country takes any non-empty value. */
const RULES: ReadonlyMap<string, CountryRules> = new Map([
  ['BE', belgiumRules],
  ['ES', spainRules],
  ['FR', franceRules],
  ['NL', netherlandsRules],
  ['SE', swedenRules],
]);

const rulesFor = (country: string): CountryRules | undefined => RULES.get(country.trim().toUpperCase());

const EMPTY = 'must not be empty';

/**
 * Checks a natural person's national identifier for the country that issued it. `birthDate`
 * (YYYY-MM-DD) is compared with the date encoded in the number where the country encodes one
 * (BE, SE); a missing or unparsable birth date skips that comparison. Returns null when valid, or
 * when the country has no rule we know and the value is not blank.
 */
export function checkNationalId(country: string, value: string, birthDate?: string): IdentifierProblem | null {
  const compact = compactIdentifier(value);
  if (compact === '') return invalidFormat(EMPTY);
  return rulesFor(country)?.checkNationalId(compact, parseBirthDate(birthDate)) ?? null;
}

/** Checks a company registration number for the country of registration; same null convention as `checkNationalId`. */
export function checkCompanyNumber(country: string, value: string): IdentifierProblem | null {
  const compact = compactIdentifier(value);
  if (compact === '') return invalidFormat(EMPTY);
  return rulesFor(country)?.checkCompanyNumber(compact) ?? null;
}

/**
 * Canonical form to store and compare, so the same debtor matches across cases: whitespace,
 * dots and dashes removed, upper-cased, plus any country-specific canonicalisation (SE drops the
 * century and the '+' separator). Never throws; an invalid value is only compacted.
 */
export function normaliseIdentifier(country: string, value: string): string {
  const compact = compactIdentifier(value);
  const rules = rulesFor(country);
  return rules?.canonical ? rules.canonical(compact) : compact;
}
