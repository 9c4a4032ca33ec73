/** Remainder of a decimal digit string by 97, digit by digit so any length stays exact. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** ISO 7064 letter expansion shared by IBAN and RF: A → 10 … Z → 35. Input must be upper case. */
export function expandLetters(alphanumeric: string): string {
  return alphanumeric.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
}
