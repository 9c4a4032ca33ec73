import { damerauLevenshtein } from './damerau-levenshtein';

describe('damerauLevenshtein', () => {
  it.each([
    ['gmail.com', 'gmail.com', 0, 'identical'],
    ['', '', 0, 'both empty'],
    ['', 'abc', 3, 'all insertions'],
    ['abc', '', 3, 'all deletions'],
    ['gmial.com', 'gmail.com', 1, 'adjacent transposition'],
    ['gmal.com', 'gmail.com', 1, 'deletion'],
    ['gmaill.com', 'gmail.com', 1, 'insertion'],
    ['gmail.con', 'gmail.com', 1, 'substitution'],
    ['gmail.co', 'gmail.com', 1, 'missing last letter'],
    ['gamil.com', 'gmail.com', 1, 'transposition inside'],
    ['hotmial.com', 'hotmail.com', 1, 'transposition'],
    ['hotmai.fr', 'hotmail.com', 4, 'several edits'],
    ['ca', 'abc', 3, 'restricted variant: no edit of a transposed pair'],
    ['kitten', 'sitting', 3, 'classic Levenshtein example'],
  ])('%s ↔ %s = %i (%s)', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
    expect(damerauLevenshtein(b, a)).toBe(distance);
  });
});
