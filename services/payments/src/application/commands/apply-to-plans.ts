import { applyPayment, applySettlementPayment, type InstalmentPlan, type Settlement } from '../../domain/plans';
import type { Money } from '../../domain/money';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/**
 * A payment booked on a case also counts toward its open instalment plan or settlement. Returns
 * the settlement it fulfilled, if any (the caller writes off the rest of the balance).
 */
export async function applyToPlans(tx: PaymentsTransaction, caseId: string, amount: Money, receivedOn: string): Promise<{ settlementFulfilled?: string }> {
  let settlementFulfilled: string | undefined;
  for (const stored of await tx.plans.openForCase(caseId)) {
    if (stored.kind === 'instalments') {
      const plan = stored.state as InstalmentPlan;
      if (plan.currency !== amount.currency) continue;
      const change = applyPayment(plan, amount, receivedOn);
      await tx.plans.save({ ...stored, status: change.plan.state, state: change.plan });
    } else {
      const settlement = stored.state as Settlement;
      if (settlement.agreedAmount.currency !== amount.currency) continue;
      const change = applySettlementPayment(settlement, amount, receivedOn);
      await tx.plans.save({ ...stored, status: change.settlement.state, state: change.settlement });
      if (change.settlement.state === 'FULFILLED') settlementFulfilled = settlement.settlementId;
    }
  }
  return settlementFulfilled ? { settlementFulfilled } : {};
}
