import { BirthDate, daysInMonth, sameDate } from './birth-date';
import { passesLuhn } from './check-digits';
import { CountryRules } from './country-rules';
import { birthDateMismatch, invalidCheckDigit, invalidFormat, IdentifierProblem } from './identifier-problem';

const LUHN_MISMATCH = 'check digit does not match the number';

/** Sweden: personnummer / samordningsnummer and organisationsnummer. */
export const swedenRules: CountryRules = {
  // Personnummer [YY]YYMMDD-NNNC ('+' from age 100): C is the Luhn digit of YYMMDDNNN; samordningsnummer has day + 60.
  checkNationalId(compact: string, birthDate: BirthDate | undefined): IdentifierProblem | null {
    const digits = compact.replace(/\+/g, '');
    if (!/^(?:1[89]|20)?\d{10}$/.test(digits)) return invalidFormat('must be YYMMDD-NNNC or YYYYMMDDNNNC');
    const encoded = encodedBirthDate(digits);
    if (!encoded) return invalidFormat('date part is not a valid date');
    if (!passesLuhn(digits.slice(-10))) return invalidCheckDigit(LUHN_MISMATCH);
    if (birthDate && !matches(encoded, birthDate)) return birthDateMismatch();
    return null;
  },

  // Organisationsnummer: 10 digits, third digit at least 2 (so it is no personnummer), last digit the Luhn digit of the first 9.
  checkCompanyNumber(compact: string): IdentifierProblem | null {
    if (!/^\d{10}$/.test(compact)) return invalidFormat('must be 10 digits (NNNNNN-NNNN)');
    if (Number(compact[2]) < 2) return invalidFormat('third digit must be 2 or more');
    return passesLuhn(compact) ? null : invalidCheckDigit(LUHN_MISMATCH);
  },

  // One person, one form: separators dropped and YYYYMMDDNNNC shortened to YYMMDDNNNC (the century is in the birth date).
  canonical(compact: string): string {
    const digits = compact.replace(/\+/g, '');
    return /^(?:18|19|20)\d{10}$/.test(digits) ? digits.slice(2) : digits;
  },
};

/** Birth date in the number; `year` is undefined when only two digits of it are written. */
interface EncodedDate {
  year: number | undefined;
  yearOfCentury: number;
  month: number;
  day: number;
}

function encodedBirthDate(digits: string): EncodedDate | undefined {
  const year = digits.length === 12 ? Number(digits.slice(0, 4)) : undefined;
  const rest = digits.slice(-10);
  const yearOfCentury = Number(rest.slice(0, 2));
  const month = Number(rest.slice(2, 4));
  const writtenDay = Number(rest.slice(4, 6));
  const day = writtenDay > 60 ? writtenDay - 60 : writtenDay;
  // Without the century, 29 February is allowed in every year divisible by 4 (1900 vs 2000 is unknown).
  const maxDay = month >= 1 && month <= 12 ? daysInMonth(year ?? 2000 + yearOfCentury, month) : 0;
  return day >= 1 && day <= maxDay ? { year, yearOfCentury, month, day } : undefined;
}

function matches(encoded: EncodedDate, birthDate: BirthDate): boolean {
  if (encoded.year !== undefined) return sameDate({ year: encoded.year, month: encoded.month, day: encoded.day }, birthDate);
  return encoded.yearOfCentury === birthDate.year % 100 && encoded.month === birthDate.month && encoded.day === birthDate.day;
}
