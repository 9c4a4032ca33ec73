import { checkConsistency, creditBalance, type BalanceDifference, type Posting } from '../../domain/ledger';
import type { UnitOfWork } from '../ports/payments-transaction.port';
import type { RefundRecord } from '../ports/refunds.port';

/** Refunds recorded for a case against the REFUND_PAID entries its ledger holds. */
export interface RefundDifference {
  /** Sum of the case's refunds, as recorded (and sent to the bank). */
  recorded: bigint;
  /** Sum of what REFUND_PAID entries took off the refund liability. */
  posted: bigint;
  /** Refunds whose journal entry is missing or books another amount, or is reversed when the refund did not come back (or not when it did). */
  refundIds: string[];
}

export interface LedgerConsistencyReport {
  casesChecked: number;
  consistent: boolean;
  problems: Array<{
    caseId: string; differences: readonly BalanceDifference[]; unbalancedEntryIds: readonly string[]; refundDue?: { stored: bigint; derived: bigint }; refunds?: RefundDifference;
  }>;
}

/**
 * Recomputes every case's balance from its postings and compares it with the balance kept beside
 * them (and the refund owed to the debtor); checks every refund paid against the entry that booked
 * it, so money out to debtors is what the ledger says (money in = allocated + suspense + refund owed
 * + refunds paid); reports each case that differs and every entry whose legs no longer sum to zero.
 * Reads only: fixing a difference is a decision for a person.
 */
export async function checkLedgerConsistency(uow: UnitOfWork, pageSize = 500): Promise<LedgerConsistencyReport> {
  const report: LedgerConsistencyReport = { casesChecked: 0, consistent: true, problems: [] };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const caseIds = await uow.run((tx) => tx.accounts.caseIdsAfter(after, pageSize));
    if (caseIds.length === 0) return report;
    await uow.run(async (tx) => {
      const refunds = await tx.refunds.forCases(caseIds);
      for (const caseId of caseIds) {
        const stored = (await tx.accounts.storedBalance(caseId))!;
        const postings = await tx.ledger.forCase(caseId);
        const result = checkConsistency(postings, stored.balance);
        const refundDerived = creditBalance(postings, 'REFUND_LIABILITY', stored.balance.principal.currency).amountMinor;
        const refundDifference = compareRefunds(refunds.get(caseId) ?? [], postings);
        report.casesChecked += 1;
        if (result.consistent && refundDerived === stored.refundDue && !refundDifference) continue;
        report.consistent = false;
        report.problems.push({
          caseId, differences: result.differences, unbalancedEntryIds: result.unbalancedEntryIds,
          ...(refundDerived !== stored.refundDue ? { refundDue: { stored: stored.refundDue, derived: refundDerived } } : {}),
          ...(refundDifference ? { refunds: refundDifference } : {}),
        });
      }
    });
    after = caseIds[caseIds.length - 1]!;
  }
}

function compareRefunds(refunds: readonly RefundRecord[], postings: readonly Posting[]): RefundDifference | undefined {
  const paidOff = postings.filter((p) => p.kind === 'REFUND_PAID' && p.account === 'REFUND_LIABILITY');
  const posted = paidOff.reduce((total, p) => total + p.amountMinor, 0n);
  const recorded = refunds.reduce((total, r) => total + r.amount.amountMinor, 0n);
  const reversed = new Set(postings.filter((p) => p.kind === 'REVERSAL' && p.reverses !== undefined).map((p) => p.reverses!));
  const refundIds = refunds
    .filter((refund) => paidOff.filter((p) => p.entryId === refund.entryId).reduce((total, p) => total + p.amountMinor, 0n) !== refund.amount.amountMinor
      || reversed.has(refund.entryId) !== (refund.returned !== undefined))
    .map((refund) => refund.refundId);
  return recorded === posted && refundIds.length === 0 ? undefined : { recorded, posted, refundIds };
}
