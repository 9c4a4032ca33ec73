import { evaluate, UNECONOMIC_BELOW_EUR_MINOR } from './evaluation';

const actions = [
  { at: new Date('2026-03-02T09:00:00Z'), stepKind: 'LETTER' as const, stepId: 'first-reminder', channel: 'LETTER' as const },
  { at: new Date('2026-03-23T08:30:00Z'), stepKind: 'CALL' as const, stepId: 'phone-follow-up', channel: 'PHONE' as const },
];

describe('evaluate', () => {
  it('recommends closing a case nobody can reach, listing what was done', () => {
    const recommendation = evaluate({ country: 'BE', outstandingEurMinor: 500_000n, usableChannels: [], actions });

    expect(recommendation).toMatchObject({ kind: 'closure', reason: 'UNREACHABLE' });
    expect(recommendation.explanation).toContain('2026-03-02 first-reminder (LETTER); 2026-03-23 phone-follow-up (PHONE)');
  });

  it('recommends closing when what is owed would not cover legal action, and legal action from that amount up', () => {
    expect(evaluate({ country: 'FR', outstandingEurMinor: UNECONOMIC_BELOW_EUR_MINOR - 1n, usableChannels: ['LETTER'], actions })).toMatchObject({ kind: 'closure', reason: 'UNECONOMIC' });
    expect(evaluate({ country: 'FR', outstandingEurMinor: UNECONOMIC_BELOW_EUR_MINOR, usableChannels: ['LETTER'], actions })).toMatchObject({ kind: 'legal_action', estimatedCostsMinor: 20_000n });
  });
});
