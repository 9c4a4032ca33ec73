import { nameTokens, type NameToken } from './names';
import { genderedForms, wordSimilarity, WORD_SCORES } from './word-similarity';

const given = (word: string): NameToken => nameTokens(word, undefined)[0];
const family = (word: string): NameToken => nameTokens(undefined, word)[0];

describe('wordSimilarity', () => {
  it.each([
    ['given', 'Jan', 'JAN', 1, 'the same word'],
    ['family', 'Müller', 'Mueller', WORD_SCORES.spellingVariant, 'umlaut written out'],
    ['given', 'Åsa', 'Aasa', WORD_SCORES.spellingVariant, 'å written aa'],
    ['given', 'J.', 'Jan', WORD_SCORES.shortened, 'an initial'],
    ['given', 'M.', 'Jan', 0, 'an initial of another name'],
    ['given', 'J.', 'M.', 0, 'two different initials'],
    ['given', 'Alex', 'Alexander', WORD_SCORES.shortened, 'a shortened name'],
    ['family', 'Lars', 'Larsson', WORD_SCORES.shortened, 'a patronymic is not a typo'],
    ['given', 'Luis', 'Luisa', WORD_SCORES.genderedForms, 'masculine and feminine'],
    ['family', 'der', 'den', 0, 'different particles'],
    ['family', '2000', '2001', 0, 'different numbers'],
  ] as const)('%s names %s ~ %s = %d (%s)', (role, a, b, expected, _why) => {
    const word = role === 'given' ? given : family;
    expect(wordSimilarity(word(a), word(b))).toBe(expected);
    expect(wordSimilarity(word(b), word(a))).toBe(expected);
  });

  it.each([
    ['Jon', 'John', 0.8, 0.88],
    ['Gonzalez', 'Gonzales', 0.85, 0.88],
    ['Peeters', 'Pieters', 0.85, 0.88],
    ['Jan', 'Marc', 0, 0.1],
    ['Garcia', 'Lopez', 0, 0.1],
  ])('scores a difference no rule explains from Jaro-Winkler, at most 0.88: %s ~ %s', (a, b, low, high) => {
    const score = wordSimilarity(family(a), family(b));
    expect(score).toBeGreaterThanOrEqual(low);
    expect(score).toBeLessThanOrEqual(high);
  });

  it('scores a word written joined on one side as a spelling variant, not as identical', () => {
    expect(wordSimilarity({ ...family('vandenberg'), joined: true }, family('vandenberg'))).toBe(WORD_SCORES.spellingVariant);
  });
});

describe('genderedForms', () => {
  it.each([
    ['Luis', 'Luisa'],
    ['Jean', 'Jeanne'],
    ['Louis', 'Louise'],
    ['Mario', 'María'],
    ['Stefan', 'Stefanie'],
    ['Paul', 'Pauline'],
    ['Henri', 'Henriette'],
    ['Daniel', 'Danielle'],
  ])('%s and %s are gendered forms', (a, b) => {
    expect(genderedForms(given(a), given(b))).toBe(true);
    expect(genderedForms(given(b), given(a))).toBe(true);
  });

  it.each([
    ['given', 'Marie', 'Maria', 'two feminine forms'],
    ['given', 'Jan', 'Jan', 'the same name'],
    ['family', 'Clark', 'Clarke', 'family names'],
    ['given', 'Jo', 'Joe', 'too short to tell'],
  ] as const)('%s names %s and %s are not (%s)', (role, a, b, _why) => {
    const word = role === 'given' ? given : family;
    expect(genderedForms(word(a), word(b))).toBe(false);
  });
});
