import { checkCompanyNumber, checkNationalId } from './index';

/** Appends Belgian mod-97 check digits, computed independently of the code under test. */
const withCheck = (payload: string, prefix = ''): string => payload + String(97n - (BigInt(prefix + payload) % 97n)).padStart(2, '0');

describe('BE national register number', () => {
  it.each([
    ['85.07.30-033.28', 'dots and dash (published example)'],
    ['85.07.30-033 28', 'mixed separators'],
    ['85073003328', 'no separators'],
    ['17.07.30-033.84', 'born 2000 or later: check digits over 2 + first 9 digits'],
    ['98.47.28-997.65', 'BIS number, month + 40'],
    ['01 49 07 001 85', 'BIS number born in 2001'],
  ])('accepts %s (%s)', (value) => {
    expect(checkNationalId('BE', value)).toBeNull();
  });

  it.each([
    ['8507300332', '10 digits'],
    ['850730033280', '12 digits'],
    ['85O73003328', 'a letter O for a zero'],
    ['BE85073003328', 'a country prefix'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkNationalId('BE', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['85.07.30-033.29', 'last digit changed'],
    ['85.07.30-034.28', 'serial changed'],
    ['12345678901', 'published invalid example'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkNationalId('BE', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'check digits do not match the number' });
  });

  it('accepts a birth date equal to the encoded one, for both centuries and for BIS numbers', () => {
    expect(checkNationalId('BE', '85.07.30-033.28', '1985-07-30')).toBeNull();
    expect(checkNationalId('BE', '17.07.30-033.84', '2017-07-30')).toBeNull();
    expect(checkNationalId('BE', '98.47.28-997.65', '1998-07-28')).toBeNull();
    expect(checkNationalId('BE', '01 49 07 001 85', '2001-09-07')).toBeNull();
  });

  it('reports BIRTH_DATE_MISMATCH when the encoded date differs from the birth date', () => {
    expect(checkNationalId('BE', '85.07.30-033.28', '1985-07-31')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('BE', '98.47.28-997.65', '1998-08-28')?.code).toBe('BIRTH_DATE_MISMATCH');
  });

  it('takes the century from the check digits, not from the birth date', () => {
    expect(checkNationalId('BE', '17.07.30-033.84', '1917-07-30')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('BE', '85.07.30-033.28', '2085-07-30')?.code).toBe('BIRTH_DATE_MISMATCH');
  });

  it('skips the birth date comparison when the date part is not a real date', () => {
    const unknownMonthAndDay = withCheck('850000033');
    const unknownDay = withCheck('850700033');
    const bisUnknownMonth = withCheck('852000033');
    expect(checkNationalId('BE', unknownMonthAndDay, '1970-01-01')).toBeNull();
    expect(checkNationalId('BE', unknownDay, '1985-07-30')).toBeNull();
    expect(checkNationalId('BE', bisUnknownMonth, '1985-07-30')).toBeNull();
  });

  it('computes 2000+ check digits with the 2 prefix', () => {
    expect(checkNationalId('BE', withCheck('050101001', '2'), '2005-01-01')).toBeNull();
    expect(checkNationalId('BE', withCheck('050101001'), '2005-01-01')?.code).toBe('BIRTH_DATE_MISMATCH');
  });

  it('ignores a birth date that is not a real YYYY-MM-DD date (it is validated elsewhere)', () => {
    expect(checkNationalId('BE', '85.07.30-033.28', '1985-02-30')).toBeNull();
    expect(checkNationalId('BE', '85.07.30-033.28', '30/07/1985')).toBeNull();
  });
});

describe('BE enterprise number (KBO/BCE)', () => {
  it.each([
    ['0403.170.701', 'dotted form'],
    ['0403.019.261', 'published example'],
    ['0428759497', 'published example, compact'],
    [withCheck('10000000'), 'new range starting with 1'],
  ])('accepts %s (%s)', (value) => {
    expect(checkCompanyNumber('BE', value)).toBeNull();
  });

  it.each([
    ['403.170.701', 'old 9-digit form'],
    ['2403170701', 'starts with 2'],
    ['04031707011', '11 digits'],
    ['BE0403170701', 'VAT prefix'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkCompanyNumber('BE', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each(['0403.170.702', '0431.150.351', '0403.710.701'])('rejects %s as INVALID_CHECK_DIGIT', (value) => {
    expect(checkCompanyNumber('BE', value)?.code).toBe('INVALID_CHECK_DIGIT');
  });
});
