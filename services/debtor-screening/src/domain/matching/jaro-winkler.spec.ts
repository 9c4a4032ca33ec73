import { jaroWinkler } from './jaro-winkler';

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.961, 'transposition, common prefix mar (Winkler 1990)'],
    ['dwayne', 'duane', 0.84, 'Winkler 1990'],
    ['dixon', 'dicksonx', 0.813, 'Winkler 1990'],
    ['crate', 'trace', 0.733, 'no common prefix: Jaro alone'],
    ['jon', 'john', 0.933, 'one letter missing'],
    ['abc', 'xyz', 0, 'nothing in common'],
    ['', 'abc', 0, 'one empty'],
    ['', '', 1, 'both empty'],
    ['peeters', 'peeters', 1, 'identical'],
  ])('%s ↔ %s ≈ %d (%s)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });

  it('raises the score for a common prefix of up to 4 letters, only when Jaro is at least 0.7', () => {
    expect(jaroWinkler('xyzabcd', 'qrsabcd')).toBeCloseTo(0.714, 3); // Jaro, no common prefix
    expect(jaroWinkler('abcdxyz', 'abcdqrs')).toBeCloseTo(0.714 + 0.4 * 0.286, 3); // the same Jaro, prefix abcd
    expect(jaroWinkler('abxxxxx', 'abyyyyy')).toBeCloseTo(0.524, 3); // Jaro below 0.7: prefix ignored
  });
});
