import { findReferencesInText, isValidOgm, isValidRf, normaliseReference } from './matching-reference-checks';

describe('reference checks for matching', () => {
  it.each([
    ['090933755493', true],
    ['123456789002', true],
    ['000001234526', true],
    ['090933755494', false],
    ['09093375549', false],
    ['0909337554AB', false],
  ])('OGM %s is valid: %s', (reference, valid) => {
    expect(isValidOgm(reference)).toBe(valid);
  });

  it('takes 97 as the OGM check when the first ten digits are a multiple of 97', () => {
    expect(isValidOgm('000000009797')).toBe(true); // 97 mod 97 = 0 → 97
    expect(isValidOgm('000000009700')).toBe(false);
  });

  it.each([
    ['RF18539007547034', true],
    ['RF872024000118', true],
    ['RF07NL4471', true],
    ['RF41CASE20240077', true],
    ['RF19539007547034', false],
    ['RF18', false],
    ['RF18' + '1'.repeat(22), false],
  ])('RF %s is valid: %s', (reference, valid) => {
    expect(isValidRf(reference)).toBe(valid);
  });

  it('normalises printed forms to what is looked up', () => {
    expect(normaliseReference('+++090/9337/55493+++')).toBe('090933755493');
    expect(normaliseReference('***090/9337/55493***')).toBe('090933755493');
    expect(normaliseReference('rf18 5390 0754 7034')).toBe('RF18539007547034');
  });

  it.each([
    ['Facture 2024/118 acompte +++000/0012/34526+++', ['000001234526']],
    ['mededeling 090/9337/55493 dank u', ['090933755493']],
    ['ref 090933755493', ['090933755493']],
    ['Betaling dossier RF87 2024 0001 18 termijn 2', ['RF872024000118']],
    ['Zahlung Akte RF527788990011 Teilbetrag', ['RF527788990011']],
    ['rf18 5390 0754 7034', ['RF18539007547034']],
    ['two: RF07NL4471 and +++123/4567/89002+++, again RF07NL4471', ['RF07NL4471', '123456789002']],
  ])('finds the references in %j', (text, expected) => {
    expect(findReferencesInText(text)).toEqual(expected);
  });

  it.each([
    ['an OGM with wrong check digits', '+++090/9337/55494+++'],
    ['12 digits inside a longer number', 'IBAN 1090933755493'],
    ['an RF with wrong check digits', 'RF19 5390 0754 7034'],
    ['no reference at all', 'Factuur 2024-0345 klantnummer 5531'],
  ])('finds nothing in %s', (_what, text) => {
    expect(findReferencesInText(text)).toEqual([]);
  });
});
