import { applyPayment, applySettlementPayment, type InstalmentPlan, type Settlement } from '../../domain/plans';
import type { Money } from '../../domain/money';
import type { StoredPlan } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/**
 * A payment booked on a case also counts toward its open instalment plan or settlement (given,
 * locked, by the caller; updated in place so a second receipt of the batch sees the first).
 * Each instalment it completes is announced (InstalmentPaid, for the creditor's timeline).
 * Returns the settlement it fulfilled, if any: the caller writes off the rest of the balance.
 */
export async function applyToPlans(tx: PaymentsTransaction, plans: StoredPlan[], amount: Money, receivedOn: string): Promise<{ settlementFulfilled?: string }> {
  let settlementFulfilled: string | undefined;
  for (const stored of plans) {
    if (stored.status !== 'ACTIVE' && stored.status !== 'OPEN') continue;
    if (stored.kind === 'instalments') {
      const plan = stored.state as InstalmentPlan;
      if (plan.currency !== amount.currency) continue;
      const change = applyPayment(plan, amount, receivedOn);
      Object.assign(stored, { status: change.plan.state, state: change.plan });
      const left = change.plan.instalments.filter((instalment) => instalment.paid.amountMinor < instalment.amount.amountMinor).length;
      for (const event of change.events) {
        if (event.type !== 'InstalmentPaid') continue;
        const instalment = change.plan.instalments.find((candidate) => candidate.number === event.instalmentNumber)!;
        await tx.events.instalmentPaid(plan.caseId, plan.planId, instalment, event.paidOn, left);
      }
    } else {
      const settlement = stored.state as Settlement;
      if (settlement.agreedAmount.currency !== amount.currency) continue;
      const change = applySettlementPayment(settlement, amount, receivedOn);
      Object.assign(stored, { status: change.settlement.state, state: change.settlement });
      if (change.settlement.state === 'FULFILLED') settlementFulfilled = settlement.settlementId;
    }
    await tx.plans.save(stored);
  }
  return settlementFulfilled ? { settlementFulfilled } : {};
}
