import { planFromAgreement, settlementFromAgreement, type PaymentPlanAgreed, type SettlementAgreed } from '../../domain/plans';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/** Days after an instalment's due date before it counts as missed (a transfer takes a few bank days). */
export const INSTALMENT_GRACE_DAYS = 5;
/** Days after a settlement's pay-by date a payment still counts toward it. */
export const SETTLEMENT_GRACE_DAYS = 3;

/**
 * PaymentPlanAgreed: the schedule payments will match receipts against. A newer plan replaces an
 * open one. A plan that overtakes its case's CaseOpened (another topic) is kept all the same: the
 * receipts of the case find it once the case is open.
 */
export async function agreePlan(tx: PaymentsTransaction, agreed: PaymentPlanAgreed): Promise<'agreed' | 'awaiting-case'> {
  const account = await tx.accounts.lock(agreed.caseId);
  await closeOpen(tx, agreed.caseId);
  const plan = planFromAgreement(agreed, account?.country ?? '');
  await tx.plans.save({ planId: plan.planId, caseId: plan.caseId, kind: 'instalments', status: plan.state, state: plan });
  return account ? 'agreed' : 'awaiting-case';
}

/** SettlementAgreed: the amount that, received by its date, settles the case in full and final. */
export async function agreeSettlement(tx: PaymentsTransaction, agreed: SettlementAgreed): Promise<'agreed' | 'awaiting-case'> {
  const account = await tx.accounts.lock(agreed.caseId);
  await closeOpen(tx, agreed.caseId);
  const settlement = settlementFromAgreement(agreed, SETTLEMENT_GRACE_DAYS);
  await tx.plans.save({ planId: settlement.settlementId, caseId: settlement.caseId, kind: 'settlement', status: settlement.state, state: settlement });
  return account ? 'agreed' : 'awaiting-case';
}

/** One arrangement at a time: what the debtor agreed last is what payments are counted against. */
async function closeOpen(tx: PaymentsTransaction, caseId: string): Promise<void> {
  for (const open of await tx.plans.openForCase(caseId)) await tx.plans.save({ ...open, status: 'REPLACED' });
}
