import { digitSum, mod97, passesLuhn } from './check-digits';
import { CountryRules } from './country-rules';
import { invalidCheckDigit, invalidFormat, IdentifierProblem } from './identifier-problem';

/** La Poste's SIREN: its establishments' SIRETs use a digit sum divisible by 5 instead of Luhn. */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

const LUHN_MISMATCH = 'check digit does not match the number';

/** France: NIR (social security number) and SIREN/SIRET. */
export const franceRules: CountryRules = {
  // NIR: sex, YY, MM, department (2A/2B for Corsica), commune, order (13) + key = 97 - (13 digits mod 97), 2A→19, 2B→18.
  checkNationalId(compact: string): IdentifierProblem | null {
    if (!/^[1-478]\d{4}(?:\d{2}|2[AB])\d{8}$/.test(compact)) {
      return invalidFormat('must be 15 characters: 13 digits (2A or 2B allowed for the department) and a 2-digit key');
    }
    const department = compact.slice(5, 7);
    const numeric = department === '2A' ? '19' : department === '2B' ? '18' : department;
    const payload = compact.slice(0, 5) + numeric + compact.slice(7, 13);
    return 97 - mod97(payload) === Number(compact.slice(13)) ? null : invalidCheckDigit('key does not match the number');
  },

  // SIREN: 9 digits, Luhn. SIRET: SIREN + 5-digit NIC, Luhn over all 14 (La Poste establishments: digit sum divisible by 5).
  checkCompanyNumber(compact: string): IdentifierProblem | null {
    if (!/^(?:\d{9}|\d{14})$/.test(compact)) return invalidFormat('must be a 9-digit SIREN or a 14-digit SIRET');
    if (!passesLuhn(compact.slice(0, 9))) return invalidCheckDigit(LUHN_MISMATCH);
    if (compact.length === 9) return null;
    const isLaPosteEstablishment = compact.startsWith(LA_POSTE_SIREN) && compact !== LA_POSTE_HEAD_OFFICE_SIRET;
    const valid = isLaPosteEstablishment ? digitSum(compact) % 5 === 0 : passesLuhn(compact);
    return valid ? null : invalidCheckDigit(LUHN_MISMATCH);
  },
};
