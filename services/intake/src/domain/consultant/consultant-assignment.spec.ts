import { assignInOrder, chooseConsultant, type ConsultantCandidate } from './consultant-assignment';

const consultant = (id: string, overrides: Partial<ConsultantCandidate> = {}): ConsultantCandidate => ({
  id,
  countries: ['BE'],
  languages: ['nl'],
  openCases: 0,
  active: true,
  ...overrides,
});

describe('chooseConsultant', () => {
  it('picks a consultant who works in the debtor country and speaks the debtor language', () => {
    const candidates = [
      consultant('in-nl', { countries: ['NL'], languages: ['nl'] }),
      consultant('speaks-fr', { countries: ['BE'], languages: ['fr'] }),
      consultant('fits', { countries: ['NL', 'BE'], languages: ['fr', 'nl'], openCases: 40 }),
    ];

    expect(chooseConsultant(candidates, 'BE', 'nl')?.id).toBe('fits');
  });

  it('matches the primary language subtag, so a Dutch speaker serves a "nl-BE" debtor', () => {
    expect(chooseConsultant([consultant('dutch', { languages: ['nl'] })], 'BE', 'nl-BE')?.id).toBe('dutch');
  });

  it('skips an inactive consultant even when they are the least loaded', () => {
    const candidates = [consultant('away', { active: false, openCases: 0 }), consultant('present', { openCases: 12 })];

    expect(chooseConsultant(candidates, 'BE', 'nl')?.id).toBe('present');
  });

  it('gives the case to the consultant with the fewest open cases', () => {
    const candidates = [consultant('busy', { openCases: 9 }), consultant('quiet', { openCases: 3 }), consultant('medium', { openCases: 5 })];

    expect(chooseConsultant(candidates, 'BE', 'nl')?.id).toBe('quiet');
  });

  it('breaks a tie in load by the smallest id, whatever the order of the candidates', () => {
    const candidates = [consultant('c-3', { openCases: 2 }), consultant('c-1', { openCases: 2 }), consultant('c-2', { openCases: 2 })];

    expect(chooseConsultant(candidates, 'BE', 'nl')?.id).toBe('c-1');
    expect(chooseConsultant([...candidates].reverse(), 'BE', 'nl')?.id).toBe('c-1');
  });

  it('returns undefined when nobody covers the country and language', () => {
    const candidates = [consultant('in-be', { countries: ['BE'], languages: ['nl'] }), consultant('in-fr', { countries: ['FR'], languages: ['fr'] })];

    expect(chooseConsultant(candidates, 'ES', 'es')).toBeUndefined();
    expect(chooseConsultant(candidates, 'BE', 'fr-BE')).toBeUndefined();
    expect(chooseConsultant([], 'BE', 'nl')).toBeUndefined();
  });
});

describe('assignInOrder', () => {
  const flemish = { country: 'BE', language: 'nl-BE' };

  it('spreads a batch across equally loaded consultants instead of giving it all to one', () => {
    const candidates = [consultant('c-1'), consultant('c-2'), consultant('c-3')];

    expect(assignInOrder(candidates, [flemish, flemish, flemish, flemish, flemish, flemish])).toEqual(['c-1', 'c-2', 'c-3', 'c-1', 'c-2', 'c-3']);
  });

  it('counts each assignment before the next, so a less loaded consultant fills up to the others first', () => {
    const candidates = [consultant('c-1', { openCases: 3 }), consultant('c-2', { openCases: 1 })];

    expect(assignInOrder(candidates, [flemish, flemish, flemish, flemish])).toEqual(['c-2', 'c-2', 'c-1', 'c-2']);
  });

  it('leaves the caller\'s candidates untouched', () => {
    const candidates = [consultant('c-1', { openCases: 3 })];

    assignInOrder(candidates, [flemish, flemish]);

    expect(candidates[0].openCases).toBe(3);
  });

  it('gives null for a debtor nobody covers and goes on with the rest of the batch', () => {
    const candidates = [consultant('c-1'), consultant('c-2')];

    expect(assignInOrder(candidates, [flemish, { country: 'SE', language: 'sv' }, flemish])).toEqual(['c-1', null, 'c-2']);
  });
});
