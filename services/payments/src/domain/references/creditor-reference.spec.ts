import fc from 'fast-check';
import { formatCreditorReference, generateCreditorReference, isValidCreditorReference, parseCreditorReference } from './creditor-reference';

describe('ISO 11649 creditor reference (RF)', () => {
  it.each([
    ['RF18539007547034', 'RF18539007547034'], // the ISO 11649 example
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['rf18 5390 0754 7034', 'RF18539007547034'],
    ['RF712348231', 'RF712348231'],
    // "CASE42" + "RF00" → 12 10 28 14 4 2 27 15 0 0; 1210281442271500 mod 97 = 20; 98 − 20 = 78
    ['RF78 CASE 42', 'RF78CASE42'],
    ['rf78case42', 'RF78CASE42'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(parseCreditorReference(input)).toEqual({ ok: true, reference: normalised });
  });

  it.each([
    ['RF19539007547034', 'PAYMENTS.REFERENCE_CHECK_DIGITS_INVALID'],
    ['RF18539007547043', 'PAYMENTS.REFERENCE_CHECK_DIGITS_INVALID'], // two digits swapped
    ['RF18', 'PAYMENTS.REFERENCE_LENGTH_INVALID'],
    ['RF181234567890123456789012', 'PAYMENTS.REFERENCE_LENGTH_INVALID'], // 22 after the check digits
    ['RF18-5390-0754-7034', 'PAYMENTS.REFERENCE_CHARACTERS_INVALID'],
    ['DE18539007547034', 'PAYMENTS.REFERENCE_CHARACTERS_INVALID'],
    ['RFAB539007547034', 'PAYMENTS.REFERENCE_CHARACTERS_INVALID'],
  ])('refuses %s with %s', (input, code) => {
    const parsed = parseCreditorReference(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code, category: 'invalid', scheme: 'RF' });
  });

  it('generates from an alphanumeric case sequence', () => {
    expect(generateCreditorReference('539007547034')).toBe('RF18539007547034');
    expect(generateCreditorReference(2348231)).toBe('RF712348231');
    expect(generateCreditorReference('case42')).toBe('RF78CASE42');
  });

  it('refuses a sequence with other characters or longer than 21', () => {
    expect(() => generateCreditorReference('CASE-42')).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
    expect(() => generateCreditorReference('')).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
    expect(() => generateCreditorReference('1'.repeat(22))).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
  });

  it('prints in groups of four', () => {
    expect(formatCreditorReference(generateCreditorReference('539007547034'))).toBe('RF18 5390 0754 7034');
    expect(formatCreditorReference(generateCreditorReference('2348231'))).toBe('RF71 2348 231');
  });

  it('generates valid, deterministic references that survive print and parse', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{1,21}$/), (sequence) => {
        const reference = generateCreditorReference(sequence);
        expect(generateCreditorReference(sequence)).toBe(reference);
        expect(parseCreditorReference(formatCreditorReference(reference))).toEqual({ ok: true, reference });
      }),
    );
  });

  // MOD 97-10 catches every substitution of a digit by a digit or a letter by a letter (the change
  // is d × 10^k with 0 < d < 97, never a multiple of the prime 97). A digit typed for a letter
  // changes the length of the expanded number and is caught only 96 times in 97.
  it('catches every single-character typo in the body that keeps digits digits and letters letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{1,21}$/), fc.nat(), fc.integer({ min: 1, max: 35 }), (sequence, at, shift) => {
        const reference = generateCreditorReference(sequence);
        const index = 4 + (at % sequence.length);
        const alphabet = /\d/.test(reference[index]) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
        if (shift % alphabet.length === 0) return;
        const swapped = alphabet[(alphabet.indexOf(reference[index]) + shift) % alphabet.length];
        expect(isValidCreditorReference(reference.slice(0, index) + swapped + reference.slice(index + 1))).toBe(false);
      }),
    );
  });
});
