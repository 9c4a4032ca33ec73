import {
  formatStructuredCommunication,
  generateStructuredCommunication,
  isValidStructuredCommunication,
  parseStructuredCommunication,
} from './structured-communication';
import fc from 'fast-check';

describe('Belgian structured communication (OGM/VCS)', () => {
  it.each([
    // 0909337554 = 97 × 9 374 613 + 93
    ['+++090/9337/55493+++', '090933755493'],
    ['***090/9337/55493***', '090933755493'],
    ['090/9337/55493', '090933755493'],
    [' 090 9337 55493 ', '090933755493'],
    ['090933755493', '090933755493'],
    // 1234567890 = 97 × 12 727 504 + 2
    ['+++123/4567/89002+++', '123456789002'],
    // 97 mod 97 = 0, written 97
    ['+++000/0000/09797+++', '000000009797'],
    ['000.0000.00101', '000000000101'],
  ])('accepts %s as %s', (input, normalised) => {
    expect(parseStructuredCommunication(input)).toEqual({ ok: true, reference: normalised });
  });

  it.each([
    ['+++090/9337/55494+++', 'PAYMENTS.REFERENCE_CHECK_DIGITS_INVALID'],
    ['+++000/0000/00000+++', 'PAYMENTS.REFERENCE_CHECK_DIGITS_INVALID'], // 0 must be written 97
    ['+++090/9337/5549+++', 'PAYMENTS.REFERENCE_LENGTH_INVALID'],
    ['0909337554930', 'PAYMENTS.REFERENCE_LENGTH_INVALID'],
    ['', 'PAYMENTS.REFERENCE_LENGTH_INVALID'],
    ['+++09O/9337/55493+++', 'PAYMENTS.REFERENCE_CHARACTERS_INVALID'],
    ['090-9337-55493', 'PAYMENTS.REFERENCE_CHARACTERS_INVALID'],
  ])('refuses %s with %s', (input, code) => {
    const parsed = parseStructuredCommunication(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code, category: 'invalid', scheme: 'OGM', input });
  });

  it('generates from a case sequence number, padded to ten digits', () => {
    expect(generateStructuredCommunication(909337554)).toBe('090933755493');
    expect(generateStructuredCommunication('1234567890')).toBe('123456789002');
    expect(generateStructuredCommunication(97n)).toBe('000000009797');
  });

  it('refuses a sequence that does not fit ten digits', () => {
    expect(() => generateStructuredCommunication(12345678901)).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
    expect(() => generateStructuredCommunication(-1)).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
    expect(() => generateStructuredCommunication(1.5)).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_SEQUENCE_INVALID' }));
  });

  it('formats for print', () => {
    expect(formatStructuredCommunication(generateStructuredCommunication(909337554))).toBe('+++090/9337/55493+++');
  });

  it('generates valid, deterministic communications that survive print and parse', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9_999_999_999n }), (sequence) => {
        const reference = generateStructuredCommunication(sequence);
        expect(generateStructuredCommunication(sequence)).toBe(reference);
        expect(parseStructuredCommunication(formatStructuredCommunication(reference))).toEqual({ ok: true, reference });
      }),
    );
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 9_999_999_999n }), fc.nat(11), fc.integer({ min: 1, max: 9 }), (sequence, at, shift) => {
        const reference = generateStructuredCommunication(sequence);
        const typo = reference.slice(0, at) + String((Number(reference[at]) + shift) % 10) + reference.slice(at + 1);
        expect(isValidStructuredCommunication(typo)).toBe(false);
      }),
    );
  });
});
