import { checkCompanyNumber, checkNationalId, normaliseIdentifier } from './index';

describe('identifier checks by country', () => {
  it.each(['DE', 'IT', 'XX', ''])('accepts any non-blank value for a country without rules (%p)', (country) => {
    expect(checkNationalId(country, 'anything 123', '1980-01-01')).toBeNull();
    expect(checkCompanyNumber(country, 'HRB 12345')).toBeNull();
  });

  it.each(['', '   ', ' .-- ', '\u00a0'])('rejects a blank value as INVALID_FORMAT whatever the country (%p)', (value) => {
    for (const country of ['BE', 'DE']) {
      expect(checkNationalId(country, value)).toEqual({ code: 'INVALID_FORMAT', message: 'must not be empty' });
      expect(checkCompanyNumber(country, value)).toEqual({ code: 'INVALID_FORMAT', message: 'must not be empty' });
    }
  });

  it('reads the country code case-insensitively and ignores surrounding spaces', () => {
    expect(checkNationalId(' be ', '85.07.30-033.29')?.code).toBe('INVALID_CHECK_DIGIT');
    expect(checkCompanyNumber('nl', '1234567')?.code).toBe('INVALID_FORMAT');
  });

  it('treats typographic dashes and non-breaking spaces as separators', () => {
    expect(checkNationalId('BE', '85.07.30\u2013033\u00a028')).toBeNull();
    expect(checkNationalId('SE', '880320\u22120016')).toBeNull();
  });

  describe('messages', () => {
    // Every row has four cells: jest hands a `done` callback to rows shorter than the longest.
    const failures: [string, string, 'person' | 'company', string | undefined][] = [
      ['BE', '85.07.30-033.29', 'person', undefined],
      ['BE', '85.07.30-033.28', 'person', '1985-07-31'],
      ['BE', '8507300332', 'person', undefined],
      ['BE', '0403.170.702', 'company', undefined],
      ['FR', '295109912611199', 'person', undefined],
      ['FR', '73282932000079', 'company', undefined],
      ['ES', '54362315Z', 'person', undefined],
      ['ES', 'J99216583', 'company', undefined],
      ['NL', '111252333', 'person', undefined],
      ['NL', '1234567', 'company', undefined],
      ['SE', '811228-9841', 'person', '1981-12-29'],
      ['SE', '880320-0018', 'person', undefined],
      ['SE', '5560125791', 'company', undefined],
    ];

    it.each(failures)('never echo the identifier (%s %s)', (country, value, kind, birthDate) => {
      const problem = kind === 'person' ? checkNationalId(country, value, birthDate) : checkCompanyNumber(country, value);
      expect(problem).not.toBeNull();
      expect(problem?.message).not.toContain(value);
      expect(problem?.message).not.toMatch(/\d{3,}/);
    });
  });
});

describe('normaliseIdentifier', () => {
  it.each([
    ['BE', '85.07.30-033.28', '85073003328'],
    ['BE', ' 0403.170.701 ', '0403170701'],
    ['FR', '2 95 10 99 126 111 93', '295109912611193'],
    ['FR', '2 53 07 2a 073 004 43', '253072A07300443'],
    ['ES', 'x-2482300-w', 'X2482300W'],
    ['NL', '1112.22.333', '111222333'],
    ['SE', '19880320-0016', '8803200016'],
    ['DE', 'hrb 123\u2013456', 'HRB123456'],
    ['', 'ab.c-d e', 'ABCDE'],
  ])('%s %p becomes %p', (country, value, expected) => {
    expect(normaliseIdentifier(country, value)).toBe(expected);
  });

  it('gives the same canonical form for differently written copies of one identifier', () => {
    expect(normaliseIdentifier('BE', '85073003328')).toBe(normaliseIdentifier('be', '85.07.30-033.28'));
    expect(normaliseIdentifier('ES', '54362315-k')).toBe(normaliseIdentifier('ES', '54362315K'));
  });

  it('compacts an invalid value without throwing', () => {
    expect(normaliseIdentifier('SE', 'not-a number')).toBe('NOTANUMBER');
    expect(normaliseIdentifier('BE', '')).toBe('');
  });
});
