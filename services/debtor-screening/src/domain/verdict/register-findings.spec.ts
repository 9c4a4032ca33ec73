import { inEffect, registerFindings, verdictOf, type MatchedEntry } from './register-findings';

const TODAY = '2026-11-23';
const entry = (overrides: Partial<MatchedEntry>): MatchedEntry => ({ source: 'BE.test-register', entryId: 'E-1', registerKind: 'situations', state: 'matched', score: 1, ...overrides });

describe('registerFindings', () => {
  it.each([
    ['NOTORIOUS_INSOLVENCY', {}, 'rejected'],
    ['PROVISIONAL_ADMINISTRATION', {}, 'suspended'],
    ['COLLECTIVE_DEBT_SETTLEMENT', {}, 'suspended'],
    ['INCARCERATION', {}, 'suspended'],
    ['BANKRUPTCY', {}, 'suspended'],
    ['LIQUIDATION', {}, 'suspended'],
    ['DECEASED', { heirsKnown: true }, 'suspended'],
    ['DECEASED', { heirsKnown: false }, 'rejected'],
    ['DECEASED', {}, 'rejected'],
  ] as const)('a matched %s entry %j calls for %s, with its reason and source', (situation, extra, verdict) => {
    const [finding] = registerFindings([entry({ situation, effectiveFrom: '2025-02-01', ...extra })], TODAY);

    expect(finding).toMatchObject({ reason: situation, verdict, source: 'BE.test-register', entryId: 'E-1', since: '2025-02-01' });
  });

  it.each([
    ['persons', 'deceased', 'DECEASED', 'rejected'],
    ['companies', 'bankrupt', 'BANKRUPTCY', 'suspended'],
    ['companies', 'in_liquidation', 'LIQUIDATION', 'suspended'],
    ['companies', 'dissolved', 'LIQUIDATION', 'rejected'],
  ] as const)('an identity register (%s) recording the status %s reports %s (%s)', (registerKind, status, reason, verdict) => {
    expect(registerFindings([entry({ registerKind, status })], TODAY)).toEqual([expect.objectContaining({ reason, verdict })]);
  });

  it('says nothing of an active company or a living person: the register only confirms who they are', () => {
    expect(registerFindings([entry({ registerKind: 'companies', status: 'active' }), entry({ registerKind: 'persons', status: 'alive' })], TODAY)).toEqual([]);
  });

  it('sends an uncertain match to review, saying what it would mean', () => {
    const [finding] = registerFindings([entry({ situation: 'COLLECTIVE_DEBT_SETTLEMENT', state: 'pending_review', score: 0.82 })], TODAY);

    expect(finding).toMatchObject({ reason: 'COLLECTIVE_DEBT_SETTLEMENT', verdict: 'needs_review' });
    expect(finding!.detail).toContain('0.82');
  });

  it('leaves the identity unverified when the identifier is registered under another name', () => {
    expect(registerFindings([entry({ registerKind: 'persons', status: 'alive', nameContradicts: true })], TODAY)).toEqual([
      expect.objectContaining({ reason: 'IDENTITY_NOT_VERIFIED', verdict: 'needs_review' }),
    ]);
  });

  it('ignores an entry outside its effective dates, both ends inclusive', () => {
    const ended = entry({ situation: 'INCARCERATION', effectiveTo: '2026-11-22' });
    const future = entry({ situation: 'INCARCERATION', effectiveFrom: '2026-11-24' });
    const lastDay = entry({ situation: 'INCARCERATION', effectiveFrom: '2026-01-01', effectiveTo: TODAY });

    expect(registerFindings([ended, future], TODAY)).toEqual([]);
    expect(inEffect(lastDay, TODAY)).toBe(true);
  });

  it('names the contact the register gives (mediator, trustee) in the detail', () => {
    expect(registerFindings([entry({ situation: 'COLLECTIVE_DEBT_SETTLEMENT', contact: 'Me Dumont, mediator' })], TODAY)[0]!.detail).toContain('Me Dumont, mediator');
  });
});

describe('verdictOf', () => {
  it('takes the most restrictive verdict: rejected over suspended over needs review over clear', () => {
    const findings = registerFindings(
      [entry({ entryId: 'a', situation: 'INCARCERATION' }), entry({ entryId: 'b', situation: 'NOTORIOUS_INSOLVENCY' }), entry({ entryId: 'c', situation: 'DECEASED', state: 'pending_review', score: 0.8 })],
      TODAY,
    );

    expect(verdictOf(findings)).toBe('rejected');
    expect(verdictOf(findings.filter((finding) => finding.reason !== 'NOTORIOUS_INSOLVENCY'))).toBe('suspended');
    expect(verdictOf(findings.filter((finding) => finding.reason === 'DECEASED'))).toBe('needs_review');
    expect(verdictOf([])).toBe('clear');
  });

  it('never clears a debtor in collective debt settlement, whatever else is found', () => {
    const findings = registerFindings([entry({ situation: 'COLLECTIVE_DEBT_SETTLEMENT' }), entry({ entryId: 'id', registerKind: 'persons', status: 'alive' })], TODAY);

    expect(verdictOf(findings)).toBe('suspended');
  });
});
