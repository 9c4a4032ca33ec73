import { lapseIfOverdue, reportMissedInstalments, type InstalmentPlan, type Settlement } from '../../domain/plans';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';
import { INSTALMENT_GRACE_DAYS } from './agree-plans';

export interface PlanCheckReport {
  checked: number;
  missed: number;
  broken: number;
  lapsed: number;
}

/**
 * The daily look at open arrangements, after the day's receipts: an instalment unpaid past its
 * grace days is reported missed (once), and enough misses break the plan so dunning resumes; a
 * settlement not paid by its deadline lapses, and the full balance is owed again.
 */
export async function checkPlans(tx: PaymentsTransaction, today: string, batchSize = 500): Promise<PlanCheckReport> {
  const report: PlanCheckReport = { checked: 0, missed: 0, broken: 0, lapsed: 0 };
  let after = '';
  for (;;) {
    const plans = await tx.plans.openPlans(batchSize, after);
    if (plans.length === 0) return report;
    for (const listed of plans) {
      // Read again under the case's lock: a receipt booked meanwhile may have paid an instalment.
      const stored = (await tx.accounts.lock(listed.caseId))?.openPlans.find((plan) => plan.planId === listed.planId);
      if (!stored) continue;
      report.checked += 1;
      if (stored.kind === 'instalments') {
        const change = reportMissedInstalments(stored.state as InstalmentPlan, today, INSTALMENT_GRACE_DAYS);
        if (change.events.length === 0) continue;
        const broken = change.events.some((event) => event.type === 'PlanBroken');
        for (const event of change.events) {
          if (event.type !== 'InstalmentMissed') continue;
          const instalment = change.plan.instalments.find((candidate) => candidate.number === event.instalmentNumber)!;
          await tx.events.instalmentMissed(stored.caseId, stored.planId, { number: instalment.number, dueDate: instalment.dueDate, amount: instalment.amount }, instalment.paid, broken);
          report.missed += 1;
        }
        if (broken) report.broken += 1;
        await tx.plans.save({ ...stored, status: change.plan.state, state: change.plan });
      } else {
        const change = lapseIfOverdue(stored.state as Settlement, today);
        if (change.settlement.state !== 'LAPSED') continue;
        await tx.plans.save({ ...stored, status: 'LAPSED', state: change.settlement });
        report.lapsed += 1;
      }
    }
    after = plans[plans.length - 1]!.planId;
  }
}
