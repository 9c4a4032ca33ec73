import { digitSum, luhnCheckDigit, mod97, passesLuhn } from './check-digits';

describe('check-digit arithmetic', () => {
  it('computes mod 97 of numbers beyond the safe integer range exactly', () => {
    expect(mod97('0')).toBe(0);
    expect(mod97('97')).toBe(0);
    expect(mod97('850730033')).toBe(850730033 % 97);
    expect(mod97('12345678901234567890')).toBe(Number(12345678901234567890n % 97n));
  });

  it('validates and computes Luhn check digits', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('0')).toBe(0);
  });

  it('sums digits', () => {
    expect(digitSum('35600000000048')).toBe(26);
  });

  it('refuses anything but ASCII digits', () => {
    expect(() => mod97('12a')).toThrow(RangeError);
    expect(() => passesLuhn('١٢٣')).toThrow(RangeError);
  });
});
