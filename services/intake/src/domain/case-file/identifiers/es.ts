import { luhnCheckDigit } from './check-digits';
import { CountryRules } from './country-rules';
import { invalidCheckDigit, invalidFormat, IdentifierProblem } from './identifier-problem';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const CIF_CONTROL_LETTERS = 'JABCDEFGHI';
/** Entity types whose CIF control is always a letter (public bodies) or always a digit (companies, communities). */
const CIF_LETTER_CONTROL = 'PQS';
const CIF_DIGIT_CONTROL = 'ABEH';

/** Spain: DNI/NIE and CIF. */
export const spainRules: CountryRules = {
  // DNI: 8 digits + 'TRWAGMYFPDXBNJZSQVHLCKE'[n mod 23]; NIE: X/Y/Z (read as 0/1/2) + 7 digits + the same letter.
  checkNationalId(compact: string): IdentifierProblem | null {
    const match = /^([XYZ]\d{7}|\d{8})([A-Z])$/.exec(compact);
    if (!match) return invalidFormat('must be a DNI (8 digits and a letter) or an NIE (X, Y or Z, 7 digits and a letter)');
    const [, body = '', letter] = match;
    const number = Number(body.replace(/^[XYZ]/, (prefix) => String('XYZ'.indexOf(prefix))));
    return DNI_LETTERS[number % 23] === letter ? null : invalidCheckDigit('control letter does not match the number');
  },

  // CIF: entity letter + 7 digits + control c = Luhn check digit of the 7 digits, written as c or 'JABCDEFGHI'[c].
  checkCompanyNumber(compact: string): IdentifierProblem | null {
    const match = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(compact);
    if (!match) return invalidFormat('must be a CIF: an entity letter, 7 digits and a control digit or letter');
    const [, entity = '', digits = '', control = ''] = match;
    const check = luhnCheckDigit(digits);
    const asDigit = control === String(check);
    const asLetter = control === CIF_CONTROL_LETTERS[check];
    if (CIF_LETTER_CONTROL.includes(entity)) return asLetter ? null : invalidCheckDigit('control letter does not match the number');
    if (CIF_DIGIT_CONTROL.includes(entity)) return asDigit ? null : invalidCheckDigit('control digit does not match the number');
    return asDigit || asLetter ? null : invalidCheckDigit('control character does not match the number');
  },
};
