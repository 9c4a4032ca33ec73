import { CountryRules } from './country-rules';
import { invalidCheckDigit, invalidFormat, IdentifierProblem } from './identifier-problem';

/** The Netherlands: BSN and KvK number. */
export const netherlandsRules: CountryRules = {
  // BSN: 9 digits passing the elfproef, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
  checkNationalId(compact: string): IdentifierProblem | null {
    if (!/^\d{9}$/.test(compact) || /^0+$/.test(compact)) return invalidFormat('must be 9 digits');
    let sum = 0;
    for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(compact[i]);
    sum -= Number(compact[8]);
    return sum % 11 === 0 ? null : invalidCheckDigit('number fails the elfproef check');
  },

  // KvK-nummer: 8 digits; the Chamber of Commerce publishes no check digit, so only the format is checked.
  checkCompanyNumber(compact: string): IdentifierProblem | null {
    return /^\d{8}$/.test(compact) ? null : invalidFormat('must be 8 digits');
  },
};
