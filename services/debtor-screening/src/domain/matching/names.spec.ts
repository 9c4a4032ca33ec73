import { companyNameTokens, foldCompanyName, foldName, nameTokens, spellingSkeleton } from './names';

describe('foldName', () => {
  it('folds accents and case and sorts the words', () => {
    expect(foldName('José', 'García López')).toBe('garcia jose lopez');
  });

  it('gives the same string whatever the word order, the field a word is in, case, hyphens or spacing', () => {
    const expected = foldName('Hélène', 'Dupont-Lefèvre');
    expect(expected).toBe('dupont helene lefevre');
    expect(foldName('DUPONT LEFEVRE', ' helene ')).toBe(expected);
    expect(foldName('Lefèvre Dupont Hélène')).toBe(expected);
    expect(foldName(undefined, 'Dupont   Lefèvre', 'Hélène')).toBe(expected);
  });

  it('keeps particles as lower-case words, and a repeated surname', () => {
    expect(foldName('Jan', 'Van Der Berg')).toBe('berg der jan van');
    expect(foldName('Maria', 'García García')).toBe('garcia garcia maria');
  });

  it('joins what an apostrophe separates and splits on dots', () => {
    expect(foldName("Seán", "O'Brien")).toBe('obrien sean');
    expect(foldName('Marc', 'D\u2019Hondt')).toBe('dhondt marc');
    expect(foldName('J.-P.', 'Martin')).toBe('j martin p');
  });

  it('folds ö to o and keeps an oe spelling as written (spellings are made equal when comparing)', () => {
    expect(foldName('Jürgen', 'Müller')).toBe('jurgen muller');
    expect(foldName('Juergen', 'Mueller')).toBe('juergen mueller');
  });

  it.each([
    ['Ærø Sørensen', 'aero sorensen'],
    ['Straße', 'strasse'],
    ['Œuvray', 'oeuvray'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Þór Guðmundsson', 'gudmundsson thor'],
    ['Paral·lel', 'parallel'],
    ['Сергей Иванов', 'ivanov sergei'],
    ['Юлия Щербакова', 'shcherbakova yuliya'],
    ['Γιώργος Παπαδόπουλος', 'giorgos papadopoulos'],
  ])('transliterates %s → %s', (raw, expected) => {
    expect(foldName(raw)).toBe(expected);
  });

  it('is empty for no name', () => {
    expect(foldName(undefined, '  ', '-')).toBe('');
  });
});

describe('foldCompanyName', () => {
  it('leaves out legal forms, articles and conjunctions, however written', () => {
    expect(foldCompanyName('The Acme & Co B.V.')).toBe('acme');
    expect(foldCompanyName('Acme Trading BV')).toBe(foldCompanyName('ACME TRADING B.V.'));
    expect(foldCompanyName('Boulangerie Dupont S.à r.l.')).toBe('boulangerie dupont');
    expect(foldCompanyName('Bäckerei Müller GmbH & Co. KG')).toBe('backerei muller');
    expect(foldCompanyName('AB Volvo (publ)')).toBe('volvo');
    expect(foldCompanyName('Transportes Hermanos López, S.L.U.')).toBe('hermanos lopez transportes');
  });

  it('keeps the legal form when it is the whole name', () => {
    expect(foldCompanyName('S.A.')).toBe('sa');
  });
});

describe('nameTokens', () => {
  it('marks given names, particles and initials, in the order written', () => {
    expect(nameTokens('J.', 'van der Berg y López')).toEqual([
      { text: 'j', particle: false, initial: true, given: true },
      { text: 'van', particle: true, initial: false, given: false },
      { text: 'der', particle: true, initial: false, given: false },
      { text: 'berg', particle: false, initial: false, given: false },
      { text: 'y', particle: true, initial: false, given: false },
      { text: 'lopez', particle: false, initial: false, given: false },
    ]);
  });

  it('gives company names no given names and joins spelled-out abbreviations', () => {
    expect(companyNameTokens('I.B.M. Belgium BVBA').map((token) => [token.text, token.given])).toEqual([['ibm', false], ['belgium', false]]);
  });
});

describe('spellingSkeleton', () => {
  it.each([
    [['muller', 'mueller', 'muller'], 'umlaut written out, doubled letter'],
    [['jorgensen', 'joergensen'], 'ø written oe'],
    [['asa', 'aasa'], 'å written aa'],
    [['saether', 'sather'], 'æ written ae, th'],
    [['andersson', 'anderson'], 'doubled letter'],
    [['bijl', 'byl'], 'Dutch ij'],
    [['meyer', 'meier'], 'y/i'],
    [['eric', 'erik'], 'hard c'],
    [['claes', 'klaas'], 'Flemish ae, hard c'],
    [['stephan', 'stefan'], 'ph'],
  ])('makes %j one spelling (%s)', (words) => {
    expect(new Set(words.map(spellingSkeleton)).size).toBe(1);
  });

  it.each([
    ['peeters', 'pieters'],
    ['muller', 'moller'],
    ['jansen', 'janssens'],
    ['lucia', 'lukia'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(spellingSkeleton(a)).not.toBe(spellingSkeleton(b));
  });

  it('keeps the Spanish gue and que', () => {
    expect(spellingSkeleton('miguel')).toBe('miguel');
    expect(spellingSkeleton('vazquez')).toBe('vazquez');
  });
});
