import { ChargeInputInvalidError, statutoryCharges, type Charge } from '../../domain/charges';
import type { PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { CollectionPolicy } from '../../domain/policy/collection-policy';
import type { SentAction } from '../ports/plan-store.port';

const DAY_MS = 86_400_000;
/** When the policy names no wait after the first letter: the stricter common reading (BE, NL). */
const DEFAULT_WAIT_DAYS = 14;

const dateOf = (instant: Date) => instant.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => dateOf(new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS));

/**
 * What the law lets dunning add to the case today, on top of what it added before: damages or
 * flat fees once the wait after the first letter is over, and default interest accrued on the
 * principal still unpaid each day (payments by value date). The charges module computes each rule's
 * cap and takes off what was charged before, so asking at every step tops up and never exceeds.
 * A case whose currency is not the country's gets nothing (the statutory amounts are in it).
 */
export function chargesDue(plan: PlanSnapshot, policy: CollectionPolicy, sent: readonly SentAction[], today: string): Charge[] {
  const facts = plan.facts;
  const letters = sent.filter((action) => action.stepKind === 'LETTER' || action.stepKind === 'FORMAL_NOTICE').sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!facts || !facts.oldestDueDate || letters.length === 0) return [];
  const first = letters[0]!;
  const wait = policy.waitingPeriods.find((period) => period.after === first.stepKind);
  const waitingPeriodEndsOn = addDays(dateOf(first.at), wait ? wait.days + (wait.assumedReceiptDays ?? 0) : DEFAULT_WAIT_DAYS);
  let unpaid = facts.principalMinor;
  const principalTimeline = [{ from: facts.oldestDueDate, principalMinor: unpaid }];
  for (const payment of [...(plan.payments ?? [])].sort((a, b) => a.on.localeCompare(b.on))) {
    unpaid = unpaid > payment.amountMinor ? unpaid - payment.amountMinor : 0n;
    principalTimeline.push({ from: addDays(payment.on, 1), principalMinor: unpaid });
  }
  const formalNotice = letters.find((action) => action.stepKind === 'FORMAL_NOTICE');
  try {
    return statutoryCharges({
      country: facts.country as never,
      debtorKind: facts.debtorKind,
      currency: facts.currency as never,
      asOf: today,
      dueDate: facts.oldestDueDate,
      principalTimeline,
      lateInvoices: (facts.invoices ?? []).map((invoice) => ({ reference: invoice.number, amountMinor: invoice.principalMinor })),
      remindersSent: letters.length,
      waitingPeriodEndsOn,
      ...(formalNotice ? { formalNoticeServedOn: dateOf(formalNotice.at) } : {}),
      collectionDemandSent: true,
      firstDemandUnpaid: true,
      alreadyCharged: (plan.charged ?? []).map((charge) => ({ ruleId: charge.ruleId, kind: charge.kind as Charge['kind'], amountMinor: charge.amountMinor, currency: facts.currency as never })),
    }).charges.filter((charge) => charge.amountMinor > 0n);
  } catch (error) {
    if (error instanceof ChargeInputInvalidError) return [];
    throw error;
  }
}
