import { checkCompanyNumber, checkNationalId } from './index';

describe('NL BSN', () => {
  it.each([
    ['1112.22.333', 'published example, dotted'],
    ['111222333', 'compact'],
    ['123456782', 'elfproef sum 154 = 14 × 11'],
  ])('accepts %s (%s)', (value) => {
    expect(checkNationalId('NL', value)).toBeNull();
  });

  it.each([
    ['11122233', '8 digits'],
    ['1112223334', '10 digits'],
    ['A11222333', 'a letter'],
    ['000000000', 'all zeros'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkNationalId('NL', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['1112.52.333', 'published invalid example'],
    ['123456789', 'elfproef sum 147'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkNationalId('NL', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'number fails the elfproef check' });
  });

  it('does not compare a birth date', () => {
    expect(checkNationalId('NL', '111222333', '1990-01-01')).toBeNull();
  });
});

describe('NL KvK number', () => {
  it.each(['12345678', '0123 4567'])('accepts any 8 digits: %s', (value) => {
    expect(checkCompanyNumber('NL', value)).toBeNull();
  });

  it.each(['1234567', '123456789', '1234567A'])('rejects %s as INVALID_FORMAT', (value) => {
    expect(checkCompanyNumber('NL', value)).toEqual({ code: 'INVALID_FORMAT', message: 'must be 8 digits' });
  });
});
