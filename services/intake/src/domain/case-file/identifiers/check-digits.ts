/** Check-digit arithmetic shared by the country rules. Inputs are strings of ASCII digits. */

export const isDigits = (value: string): boolean => /^\d+$/.test(value);

/** Remainder of a decimal number of any length divided by 97, without precision loss. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 1) remainder = (remainder * 10 + digitAt(digits, i)) % 97;
  return remainder;
}

/** True when the last digit is the Luhn (ISO/IEC 7812) check digit of the digits before it. */
export const passesLuhn = (digits: string): boolean => luhnSum(digits, false) % 10 === 0;

/** The Luhn check digit to append to `payload`. */
export const luhnCheckDigit = (payload: string): number => (10 - (luhnSum(payload, true) % 10)) % 10;

/** Sum of all digits. */
export function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += digitAt(digits, i);
  return sum;
}

/** Luhn sum: every second digit from the right is doubled (digits of the product added). */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  let double = doubleRightmost;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const digit = digitAt(digits, i);
    const value = double ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
    double = !double;
  }
  return sum;
}

function digitAt(digits: string, index: number): number {
  const value = digits.charCodeAt(index) - 48;
  if (value < 0 || value > 9) throw new RangeError('expected only ASCII digits');
  return value;
}
