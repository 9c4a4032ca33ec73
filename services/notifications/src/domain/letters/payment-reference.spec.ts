import { PaymentReferenceInvalidError } from './letter-errors';
import {
  belgianStructuredReference,
  belgianStructuredReferenceCheck,
  belgianStructuredReferenceForCase,
  compactBelgianStructuredReference,
  creditorReference,
  creditorReferenceForCase,
  formatCreditorReference,
  isValidBelgianStructuredReference,
  isValidCreditorReference,
  paymentDigitsFromCaseId,
} from './payment-reference';

describe('Belgian structured communication', () => {
  it.each([
    ['0108068171', '83', '+++010/8068/17183+++'], // COUNTRY-RULES.md test vector (python-stdnum be.ogm_vcs)
    ['0203430576', '42', '+++020/3430/57642+++'],
    ['0000000097', '97', '+++000/0000/09797+++'], // remainder 0 is written 97
    ['0000000000', '97', '+++000/0000/00097+++'],
    ['0000000001', '01', '+++000/0000/00101+++'],
    ['9999999999', '48', '+++999/9999/99948+++'], // 9 999 999 999 = 97 × 103 092 783 + 48
  ])('%s → check %s, printed %s', (digits, check, printed) => {
    expect(belgianStructuredReferenceCheck(digits)).toBe(check);
    expect(belgianStructuredReference(digits)).toBe(printed);
    expect(isValidBelgianStructuredReference(printed)).toBe(true);
  });

  it.each([
    ['+++010/8068/17183+++', true],
    ['***010/8068/17183***', true],
    [' +++010 / 8068 / 17183 +++ ', true],
    ['010806817183', true],
    ['+++010/8068/17184+++', false], // wrong check
    ['+++010/8068/17100+++', false], // 00 is never a check: 0 is written 97
    ['+++010/8068/1718+++', false], // eleven digits
    ['+++0108/068/17183+++', false], // slashes misplaced
    ['++010/8068/17183++', false],
    ['+++010/8068/1718A+++', false],
    ['', false],
  ])('%j is valid: %s', (text, valid) => {
    expect(isValidBelgianStructuredReference(text)).toBe(valid);
  });

  it('compacts the printed and the bank forms to twelve digits', () => {
    expect(compactBelgianStructuredReference('***010/8068/17183***')).toBe('010806817183');
    expect(compactBelgianStructuredReference('+++010/8068/17183***')).toBe('010806817183');
    expect(compactBelgianStructuredReference('RF18 5390 0754 7034')).toBeUndefined();
  });

  it.each(['123', '01080681710', '010806817a', ''])('refuses %j as the ten digits', (digits) => {
    expect(() => belgianStructuredReference(digits)).toThrow(PaymentReferenceInvalidError);
  });
});

describe('ISO 11649 creditor reference', () => {
  it.each([
    ['539007547034', 'RF18539007547034', 'RF18 5390 0754 7034'], // ISO 11649 example (python-stdnum iso11649)
    ['000000000539007547034', 'RF18000000000539007547034', 'RF18 0000 0000 0539 0075 4703 4'],
    ['2348231', 'RF712348231', 'RF71 2348 231'],
    ['1234567890', 'RF471234567890', 'RF47 1234 5678 90'],
    ['5390 0754 70Y'.replace(/ /g, ''), 'RF185390075470Y', 'RF18 5390 0754 70Y'],
    ['abc123', 'RF47ABC123', 'RF47 ABC1 23'],
    ['1', 'RF741', 'RF74 1'],
  ])('%s → %s (%s)', (body, compact, printed) => {
    expect(creditorReference(body)).toBe(compact);
    expect(formatCreditorReference(compact)).toBe(printed);
    expect(isValidCreditorReference(compact)).toBe(true);
    expect(isValidCreditorReference(printed)).toBe(true);
  });

  it.each([
    ['RF17 5390 0754 7034', 'wrong check digits'],
    ['RF19 5390 0754 7034', 'wrong check digits'],
    ['RF18 5390 0754 7043', 'transposed digits'],
    ['RF18', 'no body'],
    ['RF18 0000 0000 0539 0075 4703 40', 'body of 22 characters'],
    ['FR18 5390 0754 7034', 'not RF'],
    ['RF1A 5390 0754 7034', 'check is not two digits'],
    ['RF18 5390_0754 7034', 'character outside A-Z 0-9'],
  ])('%j is invalid (%s)', (text) => {
    expect(isValidCreditorReference(text)).toBe(false);
  });

  it.each(['', '0000000000000000000000', 'ÄBC', 'A-B'])('refuses %j as a body', (body) => {
    expect(() => creditorReference(body)).toThrow(PaymentReferenceInvalidError);
  });
});

describe('references of a case', () => {
  // Expected values computed independently: int(uuid hex, 16) + variant × 1000000007, mod 10^10.
  it.each([
    ['00000000-0000-0000-0000-000000000000', 0, '0000000000', '+++000/0000/00097+++', 'RF04 0000 0000 00'],
    ['00000000-0000-0000-0000-000000000000', 1, '1000000007', '+++100/0000/00741+++', 'RF61 1000 0000 07'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', 0, '6005962497', '+++600/5962/49714+++', 'RF14 6005 9624 97'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', 1, '7005962504', '+++700/5962/50455+++', 'RF71 7005 9625 04'],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', 0, '1200786553', '+++120/0786/55379+++', 'RF05 1200 7865 53'],
    ['F47AC10B-58CC-4372-A567-0E02B2C3D479', 0, '1200786553', '+++120/0786/55379+++', 'RF05 1200 7865 53'],
  ])('%s variant %i → %s', (caseId, variant, digits, structured, rf) => {
    expect(paymentDigitsFromCaseId(caseId, variant)).toBe(digits);
    expect(belgianStructuredReferenceForCase(caseId, variant)).toBe(structured);
    expect(creditorReferenceForCase(caseId, variant)).toBe(rf);
    expect(isValidBelgianStructuredReference(structured)).toBe(true);
    expect(isValidCreditorReference(rf)).toBe(true);
  });

  it('gives a case distinct digits for each variant', () => {
    const caseId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
    const variants = Array.from({ length: 50 }, (_, variant) => paymentDigitsFromCaseId(caseId, variant));
    expect(new Set(variants).size).toBe(50);
  });

  it('spreads random-looking case ids over the ten digits without collisions in a small sample', () => {
    // 2 000 ids: the birthday odds of any clash are ~2·10^-4, and this sample is fixed, so the test is stable.
    const digits = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const hex = (BigInt(i + 1) * 0x9e3779b97f4a7c15f39cc0605cedc835n).toString(16).padStart(32, '0').slice(-32);
      const caseId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
      digits.add(paymentDigitsFromCaseId(caseId));
    }
    expect(digits.size).toBe(2000);
  });

  it.each([
    ['not-a-uuid', 0],
    ['f47ac10b58cc4372a5670e02b2c3d479', 0],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d47g', 0],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', -1],
    ['f47ac10b-58cc-4372-a567-0e02b2c3d479', 1.5],
  ])('refuses case id %j with variant %d', (caseId, variant) => {
    expect(() => paymentDigitsFromCaseId(caseId, variant)).toThrow(PaymentReferenceInvalidError);
  });
});
