import { checkCompanyNumber, checkNationalId } from './index';

describe('FR NIR', () => {
  it.each([
    ['2 95 10 99 126 111 93', 'published example, spaced'],
    ['295109912611193', 'compact'],
    ['253072A07300443', 'Corse-du-Sud: 2A counts as 19'],
    ['253072B07300470', 'Haute-Corse: 2B counts as 18'],
    ['253072b07300470', 'lower-case department letter'],
    ['185077511609297', 'key 97 when the 13 digits are a multiple of 97'],
  ])('accepts %s (%s)', (value) => {
    expect(checkNationalId('FR', value)).toBeNull();
  });

  it.each([
    ['253072C07300443', 'department 2C'],
    ['595109912611193', 'first digit 5 is no sex code'],
    ['2951099126111', '13 digits without key'],
    ['2951099126111930', '16 digits'],
    ['29510991261119A', 'letter in the key'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkNationalId('FR', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['295109912611199', 'published invalid example'],
    ['253072B07300443', 'key of the 2A number on a 2B number'],
    ['253072B07300416', 'key computed with 2B read as 20'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkNationalId('FR', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'key does not match the number' });
  });

  it('does not compare a birth date', () => {
    expect(checkNationalId('FR', '295109912611193', '1980-01-01')).toBeNull();
  });
});

describe('FR SIREN / SIRET', () => {
  it.each([
    ['404833048', 'SIREN, published example'],
    ['552 008 443', 'SIREN, spaced'],
    ['732 829 320', 'SIREN'],
    ['732 829 320 00074', 'SIRET, published example'],
    ['73282932000074', 'SIRET, compact'],
    ['35600000000048', 'La Poste head office SIRET (Luhn)'],
    ['35600000000010', 'La Poste establishment SIRET: digit sum divisible by 5, no Luhn'],
  ])('accepts %s (%s)', (value) => {
    expect(checkCompanyNumber('FR', value)).toBeNull();
  });

  it.each([
    ['40483304', '8 digits'],
    ['4048330480', '10 digits'],
    ['7328293200007', '13 digits'],
    ['FR404833048', 'prefix'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkCompanyNumber('FR', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['404833047', 'SIREN, published invalid example'],
    ['73282932000079', 'SIRET, published invalid example'],
    ['40483304700008', 'SIRET passing Luhn whose SIREN part fails it'],
    ['35600000000011', 'La Poste establishment with a digit sum not divisible by 5'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkCompanyNumber('FR', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'check digit does not match the number' });
  });
});
