import { formatPostcode } from './postcode-formats';

describe('formatPostcode', () => {
  it.each([
    ['BE', '1000', '1000'],
    ['BE', ' 9000 ', '9000'],
    ['BE', 'B-1000', '1000'],
    ['BE', 'BE 1000', '1000'],
    ['DK', '1050', '1050'],
    ['DK', 'DK-0800', '0800'],
    ['NL', '1012 AB', '1012 AB'],
    ['NL', '1012ab', '1012 AB'],
    ['NL', '1012   ab', '1012 AB'],
    ['NL', 'NL-1012 AB', '1012 AB'],
    ['DE', '10115', '10115'],
    ['DE', 'D-01067', '01067'],
    ['FR', '75001', '75001'],
    ['FR', '20000', '20000'],
    ['FR', '97400', '97400'],
    ['FR', 'F-75 001', '75001'],
    ['ES', '28001', '28001'],
    ['ES', '01001', '01001'],
    ['ES', '52001', '52001'],
    ['SE', '11455', '114 55'],
    ['SE', '114 55', '114 55'],
    ['SE', 'SE-114 55', '114 55'],
    ['GB', 'SW1A 1AA', 'SW1A 1AA'],
    ['GB', 'sw1a1aa', 'SW1A 1AA'],
    ['GB', 'EC1A 1BB', 'EC1A 1BB'],
    ['GB', 'W1A 0AX', 'W1A 0AX'],
    ['GB', 'M1 1AE', 'M1 1AE'],
    ['GB', 'B33 8TH', 'B33 8TH'],
    ['GB', 'CR2 6XH', 'CR2 6XH'],
    ['GB', 'DN55  1PT', 'DN55 1PT'],
    ['GB', 'GIR 0AA', 'GIR 0AA'],
    ['US', '20500', '20500'],
    ['US', '20500-0003', '20500-0003'],
    ['US', '205000003', '20500-0003'],
    ['US', '20500 0003', '20500-0003'],
    ['LU', 'L-1468', '1468'],
    ['AT', 'A-1010', '1010'],
    ['CH', 'CH-8001', '8001'],
    ['IT', '00184', '00184'],
    ['PT', '1000-001', '1000-001'],
    ['PT', '1000001', '1000-001'],
  ])('%s %j → %s', (country, raw, postcode) => {
    expect(formatPostcode(raw, country)).toEqual({ kind: 'valid', postcode });
  });

  it.each([
    ['BE', '0999', 'leading zero'],
    ['BE', '10000', 'five digits'],
    ['BE', '1000 AB', 'letters'],
    ['DK', '123', 'three digits'],
    ['NL', '0123 AB', 'leading zero'],
    ['NL', '1012 SS', 'letter pair never issued'],
    ['NL', '1012', 'letters missing'],
    ['NL', '1012 A1', 'digit for a letter'],
    ['DE', '00123', 'zone 00'],
    ['DE', '1011', 'four digits'],
    ['FR', '00100', 'département 00'],
    ['FR', '99000', 'département 99'],
    ['FR', '7500', 'four digits'],
    ['ES', '00001', 'province 00'],
    ['ES', '53001', 'province 53'],
    ['ES', '99999', 'province 99'],
    ['SE', '01234', 'leading zero'],
    ['SE', '1234', 'four digits'],
    ['GB', 'QA1 1AA', 'Q never starts a postcode'],
    ['GB', 'SW1A 1CA', 'C never in the inward code'],
    ['GB', 'SW1A', 'outward code only'],
    ['GB', '1AA SW1', 'halves swapped'],
    ['US', '2050', 'four digits'],
    ['US', '20500-003', 'ZIP+3'],
    ['US', 'ABCDE', 'letters'],
    ['PT', '1000', 'no extension'],
  ])('%s %j is malformed (%s)', (country, raw) => {
    expect(formatPostcode(raw, country).kind).toBe('malformed');
  });

  it('keeps a malformed code tidied but otherwise as written', () => {
    expect(formatPostcode('  1012   ss ', 'NL')).toEqual({ kind: 'malformed', postcode: '1012 SS' });
  });

  it('tidies, but does not judge, the code of a country it has no format for', () => {
    expect(formatPostcode(' 00-950  warszawa ', 'PL')).toEqual({ kind: 'unchecked', postcode: '00-950 WARSZAWA' });
  });

  it('does not take the letters of a GB postcode for a country prefix', () => {
    expect(formatPostcode('B1 1AA', 'GB')).toEqual({ kind: 'valid', postcode: 'B1 1AA' });
  });
});
