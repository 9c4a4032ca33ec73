import { checkConsistency, creditBalance, type BalanceDifference } from '../../domain/ledger';
import type { UnitOfWork } from '../ports/payments-transaction.port';

export interface LedgerConsistencyReport {
  casesChecked: number;
  consistent: boolean;
  problems: Array<{ caseId: string; differences: readonly BalanceDifference[]; unbalancedEntryIds: readonly string[]; refundDue?: { stored: bigint; derived: bigint } }>;
}

/**
 * Recomputes every case's balance from its postings and compares it with the balance kept beside
 * them (and the refund owed to the debtor); reports each case that differs and every entry whose
 * legs no longer sum to zero. Reads only: fixing a difference is a decision for a person.
 */
export async function checkLedgerConsistency(uow: UnitOfWork, pageSize = 500): Promise<LedgerConsistencyReport> {
  const report: LedgerConsistencyReport = { casesChecked: 0, consistent: true, problems: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const caseIds = await uow.run((tx) => tx.accounts.caseIdsAfter(after, pageSize));
    if (caseIds.length === 0) return report;
    await uow.run(async (tx) => {
      for (const caseId of caseIds) {
        const stored = (await tx.accounts.storedBalance(caseId))!;
        const postings = await tx.ledger.forCase(caseId);
        const result = checkConsistency(postings, stored.balance);
        const refundDerived = creditBalance(postings, 'REFUND_LIABILITY', stored.balance.principal.currency).amountMinor;
        report.casesChecked += 1;
        if (result.consistent && refundDerived === stored.refundDue) continue;
        report.consistent = false;
        report.problems.push({
          caseId, differences: result.differences, unbalancedEntryIds: result.unbalancedEntryIds,
          ...(refundDerived !== stored.refundDue ? { refundDue: { stored: stored.refundDue, derived: refundDerived } } : {}),
        });
      }
    });
    after = caseIds[caseIds.length - 1]!;
  }
}
