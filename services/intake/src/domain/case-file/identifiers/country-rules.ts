import { BirthDate } from './birth-date';
import { IdentifierProblem } from './identifier-problem';

/**
 * The identifier rules of one country. Each function gets the compact value: whitespace, dots
 * and dashes removed, upper-cased, never empty.
 */
export interface CountryRules {
  checkNationalId(compact: string, birthDate: BirthDate | undefined): IdentifierProblem | null;
  checkCompanyNumber(compact: string): IdentifierProblem | null;
  /** Further canonicalisation beyond the compact form, for countries that write one number several ways. */
  canonical?(compact: string): string;
}

const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

/** Whitespace, dots and dashes (ASCII and typographic) removed, letters upper-cased. */
export const compactIdentifier = (value: string): string => value.replace(SEPARATORS, '').toUpperCase();
