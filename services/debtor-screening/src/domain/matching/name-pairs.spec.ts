import { scoreMatch, type MatchDecision, type MatchSubject } from './match-score';

/**
 * Name pairs across our countries, true matches and near misses, each with the decision the
 * formula in match-score.ts gives and why. Evidence besides the name:
 * - dob: same birth date, entry without address;   dob+pc: same birth date and postcode;
 * - dob≠: another birth date, same postcode;       pc: same postcode, entry without birth date;
 * - loc: same locality (another postcode), no birth date;   none: no birth date, another address.
 */
type Language = 'FR' | 'NL' | 'ES' | 'SE' | 'DE' | 'EN';
type PersonEvidence = 'dob' | 'dob+pc' | 'dob≠' | 'pc' | 'loc' | 'none';
type CompanyEvidence = 'pc' | 'loc' | 'elsewhere';

const PLACES: Record<Language, { country: string; postcode: string; otherPostcode: string; locality: string }> = {
  FR: { country: 'FR', postcode: '75011', otherPostcode: '75012', locality: 'Paris' },
  NL: { country: 'BE', postcode: '2000', otherPostcode: '2018', locality: 'Antwerpen' },
  ES: { country: 'ES', postcode: '28001', otherPostcode: '28002', locality: 'Madrid' },
  SE: { country: 'SE', postcode: '114 55', otherPostcode: '114 56', locality: 'Stockholm' },
  DE: { country: 'DE', postcode: '10115', otherPostcode: '10117', locality: 'Berlin' },
  EN: { country: 'GB', postcode: 'SW1A 1AA', otherPostcode: 'SW1A 2AA', locality: 'London' },
};
const BORN = '1980-01-01';

const PERSONS: Array<[Language, string, string, PersonEvidence, MatchDecision, string]> = [
  ['FR', 'Hélène | Dupont-Lefèvre', 'HELENE | DUPONT LEFEVRE', 'dob', 'match', 'accents, case and hyphen fold away'],
  ['FR', 'Jean-Pierre | Martin', 'Jeanpierre | Martin', 'dob', 'match', 'a compound given name written as one word'],
  ['FR', 'Jean | de La Fontaine', 'Jean | Delafontaine', 'dob', 'match', 'particles written joined to the name'],
  ['FR', 'Jean-Luc | Le Gall', 'Jean Luc | Legall', 'dob', 'match', 'hyphen gone and particle joined'],
  ['FR', 'Isabelle | Lefèvre', 'Isabelle | Lefebvre', 'dob', 'review', 'a letter off: a birth date alone is not enough'],
  ['FR', 'Isabelle | Lefèvre', 'Isabelle | Lefebvre', 'dob+pc', 'match', 'a letter off, with birth date and postcode'],
  ['FR', 'Jean | Dupont', 'Jeanne | Dupont', 'dob+pc', 'review', 'Jean and Jeanne may be twins'],
  ['FR', 'Pierre | Moreau', 'P. | Moreau', 'dob+pc', 'review', 'an initial is never enough to match'],
  ['FR', 'Marie | Dubois', 'Maria | Dubois', 'dob', 'review', 'Marie and Maria: close, not a known spelling variant'],
  ['FR', 'Marie | Dubois', 'Marie | Dubois', 'dob≠', 'no_match', 'another birth date is another person'],
  ['FR', 'Sophie | Laurent', 'Sophie | Laurent', 'pc', 'review', 'no birth date: a mother and daughter share name and address'],
  ['FR', 'Nicolas | Petit', 'Nicolas | Petit', 'none', 'no_match', 'a name alone is no evidence'],
  ['NL', 'Jan | van der Berg', 'Jan | Van den Berg', 'dob', 'review', 'der and den are different particles'],
  ['NL', 'Jan | Vandenberg', 'Jan | van den Berg', 'dob', 'match', 'particles written joined'],
  ['NL', 'Pieter | de Vries', 'Pieter | Vries', 'dob', 'match', 'a dropped particle weighs half a word'],
  ['NL', "Marc | D'Hondt", 'Marc | Dhondt', 'dob', 'match', 'the apostrophe joins'],
  ['NL', 'Bram | de Bijl', 'Bram | de Byl', 'dob', 'match', 'Dutch ij written y'],
  ['NL', 'Anke | Jansen', 'Anke | Janssen', 'dob', 'match', 'a doubled letter'],
  ['NL', 'Jan | Peeters', 'Jan | Pieters', 'dob', 'review', 'Peeters and Pieters are both family names'],
  ['NL', 'Jan | Janssens', 'Jan | Jansen', 'dob', 'review', 'Janssens and Jansen are both family names'],
  ['NL', 'J. | Peeters', 'Jan | Peeters', 'dob', 'review', 'an initial that fits'],
  ['NL', 'Jan | Peeters', 'Marc | Peeters', 'dob+pc', 'no_match', 'another given name, everything else alike'],
  ['NL', 'Sanne | de Jong', 'Sanne | de Jong', 'dob≠', 'no_match', 'another birth date is another person'],
  ['ES', 'María José | García López', 'Maria Jose | Garcia', 'dob', 'review', 'second surname dropped: it tells relatives apart'],
  ['ES', 'María José | García López', 'Maria Jose | Garcia', 'dob+pc', 'match', 'second surname dropped, postcode agrees too'],
  ['ES', 'José | García López', 'José | López García', 'dob', 'match', 'surname order is not compared'],
  ['ES', 'Maria | Garcia', 'Maria | Garcia', 'dob≠', 'no_match', 'born 1980-01-01 vs 1981-01-01'],
  ['ES', 'Maria | Garcia', 'Maria | Lopez', 'dob+pc', 'no_match', 'another surname'],
  ['ES', 'Juan | González', 'Juan | Gonzales', 'dob', 'review', 'z/s: a letter off'],
  ['ES', 'Juan | González', 'Juan | Gonzales', 'dob+pc', 'match', 'a letter off, postcode agrees too'],
  ['ES', 'Luis | Fernández', 'Luisa | Fernández', 'dob+pc', 'review', 'Luis and Luisa may be twins'],
  ['ES', 'Mario | Sánchez Ruiz', 'María | Sánchez Ruiz', 'dob+pc', 'review', 'Mario and María: both surnames cannot outweigh it'],
  ['ES', 'Ana | Martínez', 'Anna | Martinez', 'dob', 'match', 'a doubled letter'],
  ['ES', 'Francisco Javier | Ruiz', 'Javier | Ruiz', 'dob', 'review', 'first given name dropped'],
  ['ES', 'Carmen | Rodríguez y Pérez', 'Carmen | Rodriguez Perez', 'dob', 'match', 'the y between surnames weighs little'],
  ['SE', 'Björn | Andersson', 'Bjorn | Anderson', 'dob', 'match', 'ö folded, doubled s'],
  ['SE', 'Åsa | Öberg', 'Aasa | Oeberg', 'dob', 'match', 'å and ö written out'],
  ['SE', 'Erik | Johansson', 'Eric | Johanson', 'dob', 'match', 'c/k and a doubled s'],
  ['SE', 'Anna | Andersson Lind', 'Anna | Lind', 'dob', 'review', 'one part of a double surname'],
  ['SE', 'Anna | Andersson Lind', 'Anna | Lind', 'dob+pc', 'match', 'one part of a double surname, postcode agrees too'],
  ['SE', 'Lars | Nilsson', 'Nils | Larsson', 'dob+pc', 'no_match', 'a patronymic is another name'],
  ['SE', 'Karin | Svensson', 'Karin | Svenson', 'loc', 'review', 'no birth date: a spelling variant in the same town'],
  ['SE', 'Karin | Svensson', 'Karin | Svensson Berg', 'loc', 'no_match', 'no birth date, and an extra surname'],
  ['DE', 'Jürgen | Müller', 'Juergen | Mueller', 'dob', 'match', 'umlauts written out'],
  ['DE', 'Jürgen | Müller', 'Jurgen | Muller', 'dob', 'match', 'umlauts dropped'],
  ['DE', 'Karl-Heinz | Weiß', 'Karl Heinz | Weiss', 'dob', 'match', 'ß written ss'],
  ['DE', 'Karl | Meyer', 'Karl | Meier', 'dob', 'match', 'y/i'],
  ['DE', 'Thomas | Schneider', 'Tomas | Schneider', 'dob', 'match', 'th/t'],
  ['DE', 'Michael | Müller', 'Michael | Möller', 'dob', 'review', 'Müller and Möller are both family names'],
  ['DE', 'Hans | Schmidt', 'Hans | Schmitt', 'dob', 'review', 'dt/tt: a letter off'],
  ['DE', 'Ludwig | von Bülow', 'Ludwig | Buelow', 'dob', 'review', 'particle dropped and umlaut written out'],
  ['DE', 'Stefan | Wagner', 'Stefanie | Wagner', 'dob+pc', 'review', 'Stefan and Stefanie may be twins'],
  ['EN', 'Jon | Smith', 'John | Smith', 'dob', 'review', 'a letter off in a short name'],
  ['EN', 'Jon | Smith', 'John | Smith', 'dob+pc', 'match', 'a letter off, postcode agrees too'],
  ['EN', 'Catherine | Jones', 'Katherine | Jones', 'dob', 'match', 'c/k'],
  ['EN', "Sean | O'Brien", 'Seán | OBrien', 'dob', 'match', 'accent and apostrophe'],
  ['EN', 'Stephen | Brown', 'Steven | Brown', 'dob', 'review', 'ph/v is not a known variant'],
  ['EN', 'Emily | Clarke', 'Emily | Clark', 'dob', 'review', 'a letter more in the family name'],
  ['EN', 'Sarah Jane | Walker', 'Sarah | Walker', 'dob', 'review', 'middle name dropped'],
  ['EN', 'Alex | Turner', 'Alexander | Turner', 'dob', 'review', 'a shortened given name'],
  ['EN', 'William | Taylor', 'Bill | Taylor', 'dob+pc', 'no_match', 'nicknames are not known'],
  ['EN', 'James | Wilson', 'James | Wilson', 'pc', 'review', 'no birth date: a father and son share name and address'],
];

const COMPANIES: Array<[Language, string, string, CompanyEvidence, MatchDecision, string]> = [
  ['NL', 'Acme Trading BV', 'ACME Trading B.V.', 'pc', 'match', 'legal form however written'],
  ['NL', 'Acme Trading BV', 'Acme Trading Europe BV', 'pc', 'review', 'an extra word may be another group company'],
  ['NL', 'Acme Trading BV', 'Acme Consulting BV', 'pc', 'no_match', 'another business at the same postcode'],
  ['NL', 'Acme Trading BV', 'Acme Trading BV', 'elsewhere', 'no_match', 'a name alone is no evidence'],
  ['FR', 'Boulangerie Dupont SARL', 'Boulangerie Dupont S.à r.l.', 'loc', 'match', 'legal form, same town'],
  ['FR', 'Boulangerie Dupont SARL', 'Boulangerie Dupond', 'pc', 'match', 'a letter off, same postcode'],
  ['FR', 'La Belle Époque SAS', 'Belle Epoque', 'pc', 'match', 'article and legal form dropped'],
  ['ES', 'Construcciones García S.L.', 'Construcciones Garcia SL', 'pc', 'match', 'accent and legal form'],
  ['ES', 'Transportes Hermanos López S.A.', 'Transportes López Hermanos SA', 'loc', 'match', 'word order'],
  ['DE', 'Bäckerei Müller GmbH', 'Baeckerei Mueller GmbH & Co. KG', 'pc', 'match', 'umlauts written out, legal forms'],
  ['DE', 'Müller Bau GmbH', 'Möller Bau GmbH', 'pc', 'review', 'Müller and Möller are both names'],
  ['SE', 'Volvo AB', 'AB Volvo (publ)', 'pc', 'match', 'legal form before the name'],
  ['SE', 'Nordic Bygg och Måleri AB', 'Nordic Bygg & Maleri Aktiebolag', 'loc', 'match', 'och/&, å, legal form spelled out'],
  ['EN', 'The Coffee & Tea Company Ltd', 'Coffee and Tea Co.', 'pc', 'match', 'the, &/and, company/co'],
  ['EN', 'Acme 2000 Ltd', 'Acme 2001 Ltd', 'pc', 'no_match', 'numbers must be equal'],
  ['EN', 'Smith & Sons Ltd', 'Smith and Sons Limited', 'elsewhere', 'no_match', 'a name alone is no evidence'],
];

function persons(language: Language, debtorName: string, entryName: string, evidence: PersonEvidence): [MatchSubject, MatchSubject] {
  const place = PLACES[language];
  const named = (name: string) => {
    const [givenNames, familyName] = name.split('|').map((part) => part.trim());
    return { kind: 'person' as const, country: place.country, givenNames, familyName };
  };
  const debtor: MatchSubject = { ...named(debtorName), birthDate: BORN, postalCodes: [place.postcode], localities: [place.locality] };
  const entryFacts: Record<PersonEvidence, Partial<MatchSubject>> = {
    dob: { birthDate: BORN, postalCodes: [] },
    'dob+pc': { birthDate: BORN, postalCodes: [place.postcode] },
    'dob≠': { birthDate: '1981-01-01', postalCodes: [place.postcode] },
    pc: { postalCodes: [place.postcode] },
    loc: { postalCodes: [place.otherPostcode], localities: [place.locality] },
    none: { postalCodes: [place.otherPostcode], localities: ['Elsewhere'] },
  };
  return [debtor, { ...named(entryName), postalCodes: [], ...entryFacts[evidence] }];
}

function companies(language: Language, debtorName: string, entryName: string, evidence: CompanyEvidence): [MatchSubject, MatchSubject] {
  const place = PLACES[language];
  const debtor: MatchSubject = { kind: 'company', country: place.country, legalName: debtorName, postalCodes: [place.postcode], localities: [place.locality] };
  const entryAddress: Record<CompanyEvidence, Pick<MatchSubject, 'postalCodes' | 'localities'>> = {
    pc: { postalCodes: [place.postcode] },
    loc: { postalCodes: [place.otherPostcode], localities: [place.locality] },
    elsewhere: { postalCodes: [place.otherPostcode], localities: ['Elsewhere'] },
  };
  return [debtor, { kind: 'company', country: place.country, legalName: entryName, ...entryAddress[evidence] }];
}

describe('name pairs: persons', () => {
  it.each(PERSONS)('%s  %s ~ %s  [%s] → %s: %s', (language, debtorName, entryName, evidence, decision) => {
    const [debtor, entry] = persons(language, debtorName, entryName, evidence);
    const assessment = scoreMatch(debtor, entry);
    expect(assessment.decision).toBe(decision);
    expect(scoreMatch(entry, debtor)).toEqual(assessment);
  });
});

describe('name pairs: companies', () => {
  it.each(COMPANIES)('%s  %s ~ %s  [%s] → %s: %s', (language, debtorName, entryName, evidence, decision) => {
    const [debtor, entry] = companies(language, debtorName, entryName, evidence);
    const assessment = scoreMatch(debtor, entry);
    expect(assessment.decision).toBe(decision);
    expect(scoreMatch(entry, debtor)).toEqual(assessment);
  });
});

describe('name pairs: the table itself', () => {
  it('has at least 40 pairs, and a match and a near miss for every language', () => {
    const rows = [...PERSONS, ...COMPANIES];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const language of Object.keys(PLACES)) {
      const decisions = new Set(rows.filter((row) => row[0] === language).map((row) => row[4]));
      expect([language, decisions.has('match'), decisions.has('review') || decisions.has('no_match')]).toEqual([language, true, true]);
    }
  });
});
