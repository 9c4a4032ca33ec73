import { progressByCase } from './sql-timeline.store';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute));

describe('progressByCase', () => {
  it('folds a batch into one change per case as one entry at a time would: sums, the last balance told, the latest activity', () => {
    const rows = progressByCase([
      { caseId: 'a', kind: 'PAYMENT_RECEIVED', occurredAt: at(5), progress: { collectedMinor: 1_000n } },
      { caseId: 'b', kind: 'LETTER_SENT', occurredAt: at(1) },
      { caseId: 'a', kind: 'PAYMENT_ALLOCATED', occurredAt: at(6), progress: { balanceMinor: 9_000n } },
      // Arrived later but happened earlier: counts, yet is not the latest activity.
      { caseId: 'a', kind: 'CALL', occurredAt: at(2), progress: {} },
      { caseId: 'a', kind: 'PAYMENT_RECEIVED', occurredAt: at(7), progress: { collectedMinor: 9_000n } },
      { caseId: 'a', kind: 'PAID_IN_FULL', occurredAt: at(7), progress: { outcome: 'PAID_IN_FULL', balanceMinor: 0n } },
      { caseId: 'a', kind: 'REMITTED', occurredAt: at(3), progress: { remittedMinor: 850n } },
      // Dunning closes the case after it is paid: still paid in full.
      { caseId: 'a', kind: 'CASE_CLOSED', occurredAt: at(7), progress: { outcome: 'CLOSED' } },
    ]);
    expect(rows).toEqual([
      { caseId: 'a', balanceMinor: 0n, collectedMinor: 10_000n, remittedMinor: 850n, lastActivity: 'CASE_CLOSED', lastActivityAt: at(7), outcome: 'PAID_IN_FULL', paidInFullAt: at(7) },
      { caseId: 'b', collectedMinor: 0n, remittedMinor: 0n, lastActivity: 'LETTER_SENT', lastActivityAt: at(1) },
    ]);
  });
});
