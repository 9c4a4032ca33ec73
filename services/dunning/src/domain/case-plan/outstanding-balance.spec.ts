import { CasePlan, newPlan, type CaseFacts, type PlanSnapshot } from './case-plan';
import { outstandingBalance, totalOf } from './outstanding-balance';

const facts: CaseFacts = {
  creditorId: 'creditor', country: 'FR', debtorKind: 'B2B', language: 'fr', currency: 'EUR', principalMinor: 100_000n, interestMinor: 2_000n, costsMinor: 1_500n,
  oldestDueDate: '2026-09-01', invoices: [], openedAt: new Date('2026-11-23T09:00:00Z'),
};
const opened = (): PlanSnapshot => CasePlan.caseOpened(newPlan('case-1'), facts).plan;

describe('outstandingBalance', () => {
  it('is the accounting sheet the case opened with, by component', () => {
    expect(outstandingBalance(opened())).toEqual({ principal: 100_000n, interest: 2_000n, costs: 1_500n, charges: 0n });
  });

  it('adds what dunning charged: default interest as interest, fees and damages as charges', () => {
    const charged = CasePlan.charged(opened(), [
      { ruleId: 'fr.recovery-fee', kind: 'FLAT_COMPENSATION', amountMinor: 4_000n },
      { ruleId: 'fr.late-interest', kind: 'DEFAULT_INTEREST', amountMinor: 350n },
    ]);

    expect(outstandingBalance(charged)).toEqual({ principal: 100_000n, interest: 2_350n, costs: 1_500n, charges: 4_000n });
  });

  it('takes each payment off the components payments allocated it to, once however often it is delivered', () => {
    const charged = CasePlan.charged(opened(), [{ ruleId: 'fr.recovery-fee', kind: 'FLAT_COMPENSATION', amountMinor: 4_000n }]);
    const allocate = (plan: PlanSnapshot) => CasePlan.paymentAllocated(plan, 'pay-1', [{ component: 'charges', amountMinor: 4_000n }, { component: 'costs', amountMinor: 1_500n }, { component: 'principal', amountMinor: 10_000n }]);
    const paid = allocate(allocate(charged));

    expect(outstandingBalance(paid)).toEqual({ principal: 90_000n, interest: 2_000n, costs: 0n, charges: 0n });
    expect(totalOf(outstandingBalance(paid))).toBe(100_000n + 2_000n + 1_500n + 4_000n - 15_500n);
  });

  it('still shows a charge applied after a payment was allocated', () => {
    const paid = CasePlan.paymentAllocated(opened(), 'pay-1', [{ component: 'principal', amountMinor: 30_000n }]);
    const chargedAfter = CasePlan.charged(paid, [{ ruleId: 'be.damages', kind: 'DAMAGES', amountMinor: 4_000n }]);

    expect(outstandingBalance(chargedAfter)).toMatchObject({ principal: 70_000n, charges: 4_000n });
  });

  it('never goes below zero on a component', () => {
    const overpaid = CasePlan.paymentAllocated(opened(), 'pay-1', [{ component: 'principal', amountMinor: 150_000n }]);

    expect(outstandingBalance(overpaid).principal).toBe(0n);
  });
});
