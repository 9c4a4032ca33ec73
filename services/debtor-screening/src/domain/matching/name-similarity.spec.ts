import fc from 'fast-check';
import { nameSimilarity, type PersonOrCompanyName } from './name-similarity';

const person = (givenNames: string | undefined, familyName: string | undefined): PersonOrCompanyName => ({ kind: 'person', givenNames, familyName });
const company = (legalName: string): PersonOrCompanyName => ({ kind: 'company', legalName });

/** Words that exercise every rule: accents, variants, particles, initials, gendered forms, prefixes, digits. */
const WORDS = [
  'Jan', 'Marc', 'J.', 'Luis', 'Luisa', 'Lars', 'Larsson', 'Müller', 'Mueller', 'Möller', 'van', 'der', 'den', 'Berg', 'Vandenberg',
  'García', 'López', 'y', 'Åsa', 'Aasa', 'Peeters', 'Pieters', 'Dupont-Lefèvre', "O'Brien", 'Acme', 'BV', '2000',
];
const nameArbitrary = fc.record({
  given: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
  family: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
});
const toPerson = (name: { given: string[]; family: string[] }) => person(name.given.join(' ') || undefined, name.family.join(' ') || undefined);

describe('nameSimilarity: properties', () => {
  it('is symmetric and within [0, 1] for persons and companies', () => {
    fc.assert(
      fc.property(nameArbitrary, nameArbitrary, (a, b) => {
        const [personA, personB] = [toPerson(a), toPerson(b)];
        const [companyA, companyB] = [company([...a.given, ...a.family].join(' ')), company([...b.given, ...b.family].join(' '))];
        for (const [x, y] of [[personA, personB], [companyA, companyB]]) {
          const score = nameSimilarity(x, y);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(nameSimilarity(y, x)).toBeCloseTo(score, 12);
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('scores any non-empty name 1 against itself', () => {
    fc.assert(
      fc.property(nameArbitrary.filter((name) => name.given.length + name.family.length > 0), (name) => {
        expect(nameSimilarity(toPerson(name), toPerson(name))).toBe(1);
      }),
      { numRuns: 200, seed: 20240602 },
    );
  });

  it('ignores word order, case, accents, hyphens and which field a word is in', () => {
    const reference = person('Hélène Marie', 'Dupont-Lefèvre');
    expect(nameSimilarity(reference, person('marie helene', 'LEFEVRE DUPONT'))).toBe(1);
    expect(nameSimilarity(reference, person('Dupont Lefèvre', 'Hélène Marie'))).toBe(1);
    expect(nameSimilarity(reference, person(undefined, 'Lefèvre Hélène Dupont Marie'))).toBe(1);
    expect(nameSimilarity(company('Hermanos López Transportes SL'), company('Transportes Hermanos Lopez'))).toBe(1);
  });

  it('scores nothing for a missing name, or a person against a company', () => {
    expect(nameSimilarity(person(undefined, undefined), person(undefined, undefined))).toBe(0);
    expect(nameSimilarity(person('Jan', 'Peeters'), person(undefined, ''))).toBe(0);
    expect(nameSimilarity(person('Acme', 'Trading'), company('Acme Trading'))).toBe(0);
  });
});

describe('nameSimilarity: persons', () => {
  const jan = person('Jan', 'Peeters');

  it('ranks an identical name above a spelling variant, a dropped surname, an initial and another given name', () => {
    const scores = [
      nameSimilarity(person('Jürgen', 'Müller'), person('Jürgen', 'Müller')),
      nameSimilarity(person('Jürgen', 'Müller'), person('Juergen', 'Mueller')),
      nameSimilarity(person('José', 'García López'), person('José', 'García')),
      nameSimilarity(jan, person('J.', 'Peeters')),
      nameSimilarity(jan, person('Marc', 'Peeters')),
    ];
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('treats Müller, Mueller and Muller, Jørgensen and Joergensen, Åsa and Aasa as strong matches', () => {
    for (const [a, b] of [['Müller', 'Mueller'], ['Mueller', 'Muller'], ['Jørgensen', 'Joergensen'], ['Jørgensen', 'Jorgensen']]) {
      expect(nameSimilarity(person('Anna', a), person('Anna', b))).toBeGreaterThanOrEqual(0.98);
    }
    expect(nameSimilarity(person('Åsa', 'Lind'), person('Aasa', 'Lind'))).toBeGreaterThanOrEqual(0.98);
  });

  it('scores a Spanish or Swedish double surname against its first or last part high, but below identical', () => {
    for (const [full, part] of [['García López', 'García'], ['Andersson Lind', 'Lind']]) {
      const score = nameSimilarity(person('Ana', full), person('Ana', part));
      expect(score).toBeGreaterThan(0.85);
      expect(score).toBeLessThan(0.95);
    }
  });

  it('scores an initial moderately high, and an initial of another name low', () => {
    expect(nameSimilarity(person('J.', 'Peeters'), jan)).toBeCloseTo(0.8, 3);
    expect(nameSimilarity(person('M.', 'Peeters'), jan)).toBeCloseTo(0.5, 3);
  });

  it('scores a different given name with the same family name too low to review', () => {
    expect(nameSimilarity(jan, person('Marc', 'Peeters'))).toBeLessThan(0.6);
    expect(nameSimilarity(person('Jan', 'Peeters Claes'), person('Marc', 'Peeters Claes'))).toBeLessThan(0.75);
    expect(nameSimilarity(person('Lars', 'Nilsson'), person('Nils', 'Larsson'))).toBeLessThan(0.75);
  });

  it('keeps gendered forms of a given name at 0.85 at most, however much else agrees', () => {
    expect(nameSimilarity(person('Mario', 'Sánchez Ruiz'), person('María', 'Sánchez Ruiz'))).toBe(0.85);
    expect(nameSimilarity(person('Jean', 'Dupont'), person('Jeanne', 'Dupont'))).toBe(0.85);
  });

  it('scores a different particle below a dropped one, and joined particles as a variant', () => {
    const vanDerBerg = person('Jan', 'van der Berg');
    expect(nameSimilarity(vanDerBerg, person('Jan', 'Van den Berg'))).toBeCloseTo(0.833, 3);
    expect(nameSimilarity(vanDerBerg, person('Jan', 'Berg'))).toBeCloseTo(0.909, 3);
    expect(nameSimilarity(vanDerBerg, person('Jan', 'Vanderberg'))).toBeCloseTo(0.99, 3);
  });

  it('compares field by field when both names have both fields, so words of different fields need not pair', () => {
    const byField = nameSimilarity(person('María José', 'García'), person('María', 'García López'));
    const asOneField = nameSimilarity(person(undefined, 'María José García'), person(undefined, 'María García López'));
    expect(byField).toBeCloseTo(0.833, 3);
    expect(asOneField).toBeLessThan(byField - 0.05);
  });
});

describe('nameSimilarity: companies', () => {
  it.each([
    ['Acme Trading BV', 'ACME Trading B.V.'],
    ['The Coffee & Tea Company Ltd', 'Coffee and Tea Co.'],
    ['Volvo AB', 'AB Volvo (publ)'],
    ['Construcciones García S.L.', 'Construcciones Garcia SL'],
    ['Boulangerie Dupont SARL', 'Boulangerie Dupont S.à r.l.'],
    ['Immo Peeters NV', 'Immo Peeters BVBA'],
    ['Bäckerei Weiß GmbH', 'Baeckerei Weiss GmbH & Co. KG'],
  ])('ignores legal forms, articles and conjunctions: %s ~ %s', (a, b) => {
    expect(nameSimilarity(company(a), company(b))).toBeGreaterThanOrEqual(0.98);
  });

  it('costs an extra word more than for a person, and a different word more still', () => {
    expect(nameSimilarity(company('Acme Trading BV'), company('Acme Trading Europe BV'))).toBeCloseTo(0.833, 3);
    expect(nameSimilarity(company('Acme Trading BV'), company('Acme Consulting BV'))).toBeLessThan(0.6);
    expect(nameSimilarity(company('Acme 2000 BV'), company('Acme 2001 BV'))).toBe(0.5);
  });

  it('pairs the words of long names too (greedily above 7 words), symmetrically', () => {
    const long = 'Vereniging tot Exploitatie van het Openbaar Vervoer in de Regio Utrecht';
    const shuffled = 'Regio Utrecht Vereniging Openbaar Vervoer Exploitatie tot van het in de';
    expect(nameSimilarity(company(long), company(shuffled))).toBe(1);
    const typo = company('Vereniging tot Exploitatie van het Openbaar Vervoer in de Regio Utreht');
    expect(nameSimilarity(company(long), typo)).toBeCloseTo(nameSimilarity(typo, company(long)), 12);
    expect(nameSimilarity(company(long), typo)).toBeGreaterThan(0.95);
  });
});
