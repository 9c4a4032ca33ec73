import { assessEntry, entryIdentifierKey } from './entry-assessment';
import type { MatchSubject } from './match-score';

const debtor = (subject: Partial<MatchSubject>, exactKeys: string[] = []) => ({
  exactKeys,
  subject: { kind: 'person' as const, country: 'BE', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', postalCodes: ['1000'], ...subject },
});

describe('assessEntry', () => {
  it('matches on the same national number, whatever the formatting', () => {
    const entry = { subject: { kind: 'person' as const, country: 'be', nationalId: '85.07.30-033.28', familyName: 'Dubois' }, identityRegister: false };

    expect(entryIdentifierKey(entry.subject)).toBe('nid:BE:85073003328');
    expect(assessEntry(debtor({}, ['nid:BE:85073003328']), entry)).toMatchObject({ how: 'identifier', state: 'matched', score: 1 });
  });

  it('flags an identity register that files the number under another name', () => {
    const entry = { subject: { kind: 'person' as const, country: 'BE', nationalId: '85073003328', givenNames: 'Karel', familyName: 'Vermeulen' }, identityRegister: true };

    expect(assessEntry(debtor({}, ['nid:BE:85073003328']), entry)?.evidence).toMatchObject({ nameContradicts: true });
  });

  it('keeps namesakes apart when their national numbers differ', () => {
    const entry = { subject: { kind: 'person' as const, country: 'BE', nationalId: '85073003427', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', postalCode: '1000' }, identityRegister: false };

    expect(assessEntry(debtor({}, ['nid:BE:85073003328']), entry)).toBeUndefined();
  });

  it('matches by name with the same birth date and postcode when the register gives no number', () => {
    const entry = { subject: { kind: 'person' as const, country: 'BE', givenNames: 'MARIE', familyName: 'DUBOIS', birthDate: '1985-07-30', postalCode: '1000' }, identityRegister: false };

    expect(assessEntry(debtor({}), entry)).toMatchObject({ how: 'name', state: 'matched', evidence: { birthDate: 'same' } });
  });

  it('sends an initial instead of a given name to review', () => {
    const entry = { subject: { kind: 'person' as const, country: 'BE', givenNames: 'M.', familyName: 'Dubois', birthDate: '1985-07-30' }, identityRegister: false };

    expect(assessEntry(debtor({}), entry)?.state).toBe('pending_review');
  });

  it('never matches across countries or between a person and a company', () => {
    const french = { subject: { kind: 'person' as const, country: 'FR', givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', postalCode: '1000' }, identityRegister: false };
    const company = { subject: { kind: 'company' as const, country: 'BE', legalName: 'Marie Dubois', postalCode: '1000' }, identityRegister: false };

    expect(assessEntry(debtor({}), french)).toBeUndefined();
    expect(assessEntry(debtor({}), company)).toBeUndefined();
  });
});
