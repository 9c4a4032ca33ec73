import { compareAddresses, compareBirthDates, normalisePostcode } from './match-evidence';

describe('compareBirthDates', () => {
  it.each([
    ['1980-05-17', '1980-05-17', 'same', 'the same day'],
    ['1980-05-17', '1980-05-17T00:00:00Z', 'same', 'a time after the date is ignored'],
    ['1980-05-17', '1981-05-17', 'different', 'another year'],
    ['1980-05-17', '1980-17-05', 'different', 'day and month swapped: another date'],
    ['1980-05-17', '1980', 'unknown', 'a year that agrees proves nothing'],
    ['1980-05-17', '1980-05', 'unknown', 'a year and month that agree prove nothing'],
    ['1980-05-17', '1979', 'different', 'a year that disagrees'],
    ['1980-05-17', '1980-06', 'different', 'a month that disagrees'],
    ['1980-05-17', undefined, 'unknown', 'missing'],
    ['1980-05-17', '17/05/1980', 'unknown', 'not ISO: unreadable'],
  ])('%s vs %s → %s (%s)', (a, b, expected, _why) => {
    expect(compareBirthDates(a, b)).toBe(expected);
    expect(compareBirthDates(b, a)).toBe(expected);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['1012 AB', '1012AB'],
    ['nl-1012 ab', '1012AB'],
    ['B-1000', '1000'],
    ['D-10115', '10115'],
    ['114 55', '11455'],
    ['SW1A 1AA', 'SW1A1AA'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
  });
});

describe('compareAddresses', () => {
  it('finds a postcode shared in any format', () => {
    expect(compareAddresses({ postalCodes: ['2000', '1012 AB'] }, { postalCodes: ['NL-1012AB'] })).toBe('same_postcode');
  });

  it('falls back to the locality, folded and without CEDEX or district numbers', () => {
    expect(compareAddresses({ postalCodes: ['75015'], localities: ['Paris 15e'] }, { postalCodes: ['75001'], localities: ['PARIS CEDEX 01'] })).toBe('same_locality');
    expect(compareAddresses({ postalCodes: [], localities: ['Saint-Étienne'] }, { postalCodes: [], localities: ['SAINT ETIENNE'] })).toBe('same_locality');
  });

  it('says different when postcodes or localities could be compared and none is shared', () => {
    expect(compareAddresses({ postalCodes: ['1000'], localities: ['Brussel'] }, { postalCodes: ['2000'], localities: ['Antwerpen'] })).toBe('different');
    expect(compareAddresses({ postalCodes: ['1000'] }, { postalCodes: ['2000'], localities: ['Antwerpen'] })).toBe('different');
  });

  it('says unknown when nothing can be compared', () => {
    expect(compareAddresses({ postalCodes: ['1000'] }, { postalCodes: [], localities: ['Brussel'] })).toBe('unknown');
    expect(compareAddresses({ postalCodes: [' '] }, { postalCodes: ['1000'] })).toBe('unknown');
  });
});
