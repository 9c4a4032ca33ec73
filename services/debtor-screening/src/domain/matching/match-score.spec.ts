import type { RegisterSubject } from '../registers/register-entry';
import { MATCH_THRESHOLD, REVIEW_THRESHOLD, scoreMatch, toMatchSubject, type MatchSubject } from './match-score';

const maria: MatchSubject = {
  kind: 'person', country: 'ES', givenNames: 'María', familyName: 'García López', birthDate: '1980-01-01', postalCodes: ['28001'], localities: ['Madrid'],
};
const acme: MatchSubject = { kind: 'company', country: 'NL', legalName: 'Acme Trading BV', postalCodes: ['1012 AB'], localities: ['Amsterdam'] };

describe('scoreMatch: persons', () => {
  it('matches the same name, birth date and postcode with score 1 and says why', () => {
    expect(scoreMatch(maria, { ...maria, givenNames: 'MARIA', familyName: 'Garcia Lopez' })).toEqual({
      score: 1, decision: 'match', evidence: { name: 1, birthDate: 'same', address: 'same_postcode' },
    });
  });

  it('matches on name and birth date alone, slightly lower', () => {
    const assessment = scoreMatch(maria, { ...maria, postalCodes: [], localities: [] });
    expect(assessment).toEqual({ score: 0.95, decision: 'match', evidence: { name: 1, birthDate: 'same', address: 'unknown' } });
  });

  it('never matches a different birth date, whatever the name and address', () => {
    expect(scoreMatch(maria, { ...maria, birthDate: '1981-01-01' })).toEqual({
      score: 0, decision: 'no_match', evidence: { name: 1, birthDate: 'different', address: 'same_postcode' },
    });
  });

  it('sends the same name and postcode without a birth date to review, never to match (a father and son)', () => {
    const assessment = scoreMatch(maria, { ...maria, birthDate: undefined });
    expect(assessment.decision).toBe('review');
    expect(assessment.score).toBe(0.88);
  });

  it('sends the same name and locality without a birth date to review, and a name with a surname dropped not at all', () => {
    expect(scoreMatch(maria, { ...maria, birthDate: undefined, postalCodes: ['28080'] })).toMatchObject({ score: 0.8, decision: 'review' });
    expect(scoreMatch(maria, { ...maria, familyName: 'García', birthDate: undefined, postalCodes: ['28080'] })).toMatchObject({ score: 0.727, decision: 'no_match' });
  });

  it('does not match on a name alone: no birth date and no shared address', () => {
    expect(scoreMatch(maria, { ...maria, birthDate: undefined, postalCodes: ['08001'], localities: ['Barcelona'] })).toEqual({
      score: 0, decision: 'no_match', evidence: { name: 1, birthDate: 'unknown', address: 'different' },
    });
    expect(scoreMatch(maria, { ...maria, birthDate: '1980', postalCodes: [], localities: [] }).decision).toBe('no_match');
  });

  it('does not match across countries or between a person and a company', () => {
    expect(scoreMatch(maria, { ...maria, country: 'FR' })).toMatchObject({ score: 0, decision: 'no_match' });
    expect(scoreMatch(maria, { ...maria, country: ' es ' }).decision).toBe('match');
    expect(scoreMatch(maria, { ...maria, kind: 'company', legalName: 'María García López' })).toMatchObject({ score: 0, decision: 'no_match' });
  });
});

describe('scoreMatch: companies', () => {
  it('matches the same name and postcode, legal form aside', () => {
    expect(scoreMatch(acme, { ...acme, legalName: 'ACME Trading B.V.', postalCodes: ['1012AB'] })).toEqual({
      score: 0.97, decision: 'match', evidence: { name: 1, birthDate: 'unknown', address: 'same_postcode' },
    });
  });

  it('matches the same name and locality', () => {
    expect(scoreMatch(acme, { ...acme, postalCodes: ['1017 CD'] })).toMatchObject({ score: 0.92, decision: 'match' });
  });

  it('does not match a name without a shared address', () => {
    expect(scoreMatch(acme, { ...acme, postalCodes: ['3011 AA'], localities: ['Rotterdam'] }).decision).toBe('no_match');
    expect(scoreMatch(acme, { ...acme, postalCodes: [], localities: [] }).decision).toBe('no_match');
  });

  it('ignores a birth date on a company', () => {
    expect(scoreMatch({ ...acme, birthDate: '1999-01-01' }, { ...acme, birthDate: '2001-01-01' }).decision).toBe('match');
  });
});

describe('thresholds', () => {
  it('decide at or above each threshold', () => {
    // José García López / José García: name 0.909, × 1 with the same birth date and postcode, × 0.95 without the postcode.
    const jose: MatchSubject = { ...maria, givenNames: 'José', familyName: 'García López' };
    const atMatch = scoreMatch(jose, { ...jose, familyName: 'García' });
    expect(atMatch.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(atMatch.decision).toBe('match');
    expect(scoreMatch(jose, { ...jose, familyName: 'García', postalCodes: [] }).decision).toBe('review');
    expect(REVIEW_THRESHOLD).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('toMatchSubject', () => {
  it('turns a register subject into a match subject with its one address as lists', () => {
    const subject: RegisterSubject = {
      kind: 'person', country: 'BE', nationalId: '85.07.30-033.28', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30',
      street: 'Rue Haute 1', postalCode: '1000', locality: 'Bruxelles',
    };
    expect(toMatchSubject(subject)).toEqual({
      kind: 'person', country: 'BE', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30',
      postalCodes: ['1000'], localities: ['Bruxelles'], streets: ['Rue Haute 1'],
    });
  });

  it('gives empty lists when the register has no address', () => {
    expect(toMatchSubject({ kind: 'company', country: 'NL', legalName: 'Acme BV' })).toEqual({
      kind: 'company', country: 'NL', legalName: 'Acme BV', postalCodes: [], localities: [], streets: [],
    });
  });
});
