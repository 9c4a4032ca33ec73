import { checkCompanyNumber, checkNationalId, normaliseIdentifier } from './index';

describe('SE personnummer', () => {
  it.each([
    ['880320-0016', 'published example'],
    ['8803200016', 'without separator'],
    ['19880320-0016', '12 digits with separator'],
    ['198803200016', '12 digits'],
    ['880320+0016', "'+' separator for people aged 100 or more"],
    ['890102-3286', 'published example'],
    ['701063-2391', 'samordningsnummer: day 03 + 60'],
    ['0002290013', '29 February in a year ending 00 (century unknown)'],
    ['200002290013', '29 February 2000'],
  ])('accepts %s (%s)', (value) => {
    expect(checkNationalId('SE', value)).toBeNull();
  });

  it.each([
    ['880320-001', '9 digits'],
    ['880320-00166', '11 digits'],
    ['17880320-0016', 'century 17'],
    ['8813200014', 'month 13'],
    ['8802300015', '30 February'],
    ['190002290013', '29 February 1900'],
    ['880300-0016', 'day 00'],
    ['880320-001A', 'a letter'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkNationalId('SE', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['880320-0018', 'published invalid example'],
    ['19880320-0017', '12 digits, Luhn over the last 10'],
    ['701063-2392', 'samordningsnummer'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkNationalId('SE', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'check digit does not match the number' });
  });

  it('accepts a matching birth date', () => {
    expect(checkNationalId('SE', '811228-9841', '1981-12-28')).toBeNull();
    expect(checkNationalId('SE', '19811228-9841', '1981-12-28')).toBeNull();
    expect(checkNationalId('SE', '701063-2391', '1970-10-03')).toBeNull();
  });

  it('reports BIRTH_DATE_MISMATCH for a different day, month or year', () => {
    expect(checkNationalId('SE', '811228-9841', '1981-12-29')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('SE', '811228-9841', '1981-11-28')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('SE', '811228-9841', '1982-12-28')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('SE', '701063-2391', '1970-10-04')?.code).toBe('BIRTH_DATE_MISMATCH');
  });

  it('compares the century only when the number has 12 digits', () => {
    expect(checkNationalId('SE', '19811228-9841', '2081-12-28')?.code).toBe('BIRTH_DATE_MISMATCH');
    expect(checkNationalId('SE', '811228-9841', '1881-12-28')).toBeNull();
  });

  it('normalises every written form of one number to YYMMDDNNNC', () => {
    const forms = ['880320-0016', '8803200016', '19880320-0016', '198803200016', '880320+0016', ' 880320 0016 '];
    expect(new Set(forms.map((form) => normaliseIdentifier('SE', form)))).toEqual(new Set(['8803200016']));
  });
});

describe('SE organisationsnummer', () => {
  it.each([
    ['556012-5790', 'AB Volvo'],
    ['212000-0142', 'Stockholms kommun'],
    ['1234567897', 'python-stdnum example'],
  ])('accepts %s (%s)', (value) => {
    expect(checkCompanyNumber('SE', value)).toBeNull();
  });

  it.each([
    ['556012-579', '9 digits'],
    ['16556012-5790', '12-digit form with 16 prefix'],
    ['880320-0016', 'a personnummer: third digit below 2'],
    ['551012-5790', 'third digit 1'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkCompanyNumber('SE', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each(['556012-5791', '1234567891'])('rejects %s as INVALID_CHECK_DIGIT', (value) => {
    expect(checkCompanyNumber('SE', value)?.code).toBe('INVALID_CHECK_DIGIT');
  });

  it('normalises to 10 digits without separator', () => {
    expect(normaliseIdentifier('SE', '556012-5790')).toBe('5560125790');
  });
});
