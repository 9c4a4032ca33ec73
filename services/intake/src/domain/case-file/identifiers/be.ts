import { BirthDate, isRealDate, sameDate } from './birth-date';
import { mod97 } from './check-digits';
import { CountryRules } from './country-rules';
import { birthDateMismatch, invalidCheckDigit, invalidFormat, IdentifierProblem } from './identifier-problem';

/** Belgium: national register (or BIS) number and KBO/BCE enterprise number. */
export const belgiumRules: CountryRules = {
  // Rijksregisternummer YYMMDDSSSCC: CC = 97 - (YYMMDDSSS mod 97), with '2' put before YYMMDDSSS for births from 2000 on.
  checkNationalId(compact: string, birthDate: BirthDate | undefined): IdentifierProblem | null {
    if (!/^\d{11}$/.test(compact)) return invalidFormat('must be 11 digits (YYMMDDSSSCC)');
    const payload = compact.slice(0, 9);
    const check = Number(compact.slice(9));
    const century = 97 - mod97(payload) === check ? 1900 : 97 - mod97(`2${payload}`) === check ? 2000 : undefined;
    if (century === undefined) return invalidCheckDigit();
    const encoded = encodedBirthDate(compact, century);
    if (birthDate && encoded && !sameDate(encoded, birthDate)) return birthDateMismatch();
    return null;
  },

  // Enterprise number (ondernemingsnummer): 10 digits starting with 0 or 1; last 2 = 97 - (first 8 mod 97).
  checkCompanyNumber(compact: string): IdentifierProblem | null {
    if (!/^[01]\d{9}$/.test(compact)) return invalidFormat('must be 10 digits starting with 0 or 1');
    return 97 - mod97(compact.slice(0, 8)) === Number(compact.slice(8)) ? null : invalidCheckDigit();
  },
};

/**
 * The birth date in the first six digits, when it is a real date. Month or day 00 means "not
 * known when the number was issued"; BIS numbers add 20 or 40 to the month.
 */
function encodedBirthDate(compact: string, century: number): BirthDate | undefined {
  const year = century + Number(compact.slice(0, 2));
  const rawMonth = Number(compact.slice(2, 4));
  const month = rawMonth > 40 ? rawMonth - 40 : rawMonth > 20 ? rawMonth - 20 : rawMonth;
  const day = Number(compact.slice(4, 6));
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}
