import { money } from '../money';
import {
  type InstalmentPlan,
  applyPayment,
  missedInstalments,
  planFromAgreement,
  reportMissedInstalments,
} from './instalment-plan.aggregate';
import { missesToBreakIn } from './plan-break-policy';
import { PlanAgreementInvalidError, PlanClosedError, PlanPaymentInvalidError } from './plans.errors';

const eur = (minor: number) => money(BigInt(minor), 'EUR');

function threeMonthlyOf100(missesToBreak?: number): InstalmentPlan {
  return planFromAgreement(
    {
      planId: 'plan-1',
      caseId: 'case-1',
      // Out of order on purpose: the plan sorts by number.
      instalments: [
        { number: 2, dueDate: '2026-02-28', amount: eur(10_000) },
        { number: 1, dueDate: '2026-01-31', amount: eur(10_000) },
        { number: 3, dueDate: '2026-03-31', amount: eur(10_000) },
      ],
    },
    'BE',
    missesToBreak,
  );
}

describe('applyPayment', () => {
  it('keeps a partial payment on the oldest instalment and tops it up with the next payment', () => {
    const first = applyPayment(threeMonthlyOf100(), eur(4_000), '2026-01-20');
    expect(first.plan.instalments.map((i) => i.paid.amountMinor)).toEqual([4_000n, 0n, 0n]);
    expect(first.events).toEqual([
      { type: 'PlanPaymentApplied', planId: 'plan-1', caseId: 'case-1', receivedOn: '2026-01-20', amount: eur(4_000), allocations: [{ instalmentNumber: 1, amount: eur(4_000) }], surplus: eur(0) },
    ]);

    const second = applyPayment(first.plan, eur(6_000), '2026-01-30');
    expect(second.plan.instalments[0]).toMatchObject({ paid: eur(10_000), paidOn: '2026-01-30' });
    expect(second.events.map((e) => e.type)).toEqual(['PlanPaymentApplied', 'InstalmentPaid']);
    expect(second.plan.state).toBe('ACTIVE');
  });

  it('carries an overpayment to the following instalments', () => {
    const { plan, events } = applyPayment(threeMonthlyOf100(), eur(15_050), '2026-01-15');
    expect(plan.instalments.map((i) => i.paid.amountMinor)).toEqual([10_000n, 5_050n, 0n]);
    expect(events[0]).toMatchObject({ allocations: [{ instalmentNumber: 1, amount: eur(10_000) }, { instalmentNumber: 2, amount: eur(5_050) }] });
    expect(events.filter((e) => e.type === 'InstalmentPaid')).toHaveLength(1);
  });

  it('completes the plan with the last amount owed and keeps what is paid beyond it as surplus', () => {
    const { plan, events } = applyPayment(threeMonthlyOf100(), eur(30_001), '2026-01-15');
    expect(plan.state).toBe('COMPLETED');
    expect(plan.surplus).toEqual(eur(1));
    expect(events.map((e) => e.type)).toEqual(['PlanPaymentApplied', 'InstalmentPaid', 'InstalmentPaid', 'InstalmentPaid', 'PlanCompleted']);
    expect(events[0]).toMatchObject({ surplus: eur(1) });
    expect(() => applyPayment(plan, eur(100), '2026-01-16')).toThrow(PlanClosedError);
  });

  it('does not change the plan it was given', () => {
    const plan = threeMonthlyOf100();
    applyPayment(plan, eur(10_000), '2026-01-15');
    expect(plan.instalments[0].paid).toEqual(eur(0));
  });

  it.each([
    ['another currency', money(100n, 'SEK'), '2026-01-15'],
    ['a zero amount', eur(0), '2026-01-15'],
    ['a negative amount', eur(-100), '2026-01-15'],
    ['a malformed date', eur(100), '2026-02-30'],
  ])('refuses %s', (_, amount, receivedOn) => {
    expect(() => applyPayment(threeMonthlyOf100(), amount, receivedOn)).toThrow(PlanPaymentInvalidError);
  });
});

describe('missed instalments', () => {
  it('counts an instalment missed only from the day after its due date plus grace', () => {
    const plan = threeMonthlyOf100();
    expect(missedInstalments(plan, '2026-02-05', 5)).toEqual([]);
    expect(missedInstalments(plan, '2026-02-06', 5).map((i) => i.number)).toEqual([1]);
  });

  it('reports each miss once, with what is still owed on it', () => {
    const partly = applyPayment(threeMonthlyOf100(5), eur(2_500), '2026-01-31').plan;
    const first = reportMissedInstalments(partly, '2026-02-10', 3);
    expect(first.events).toEqual([
      { type: 'InstalmentMissed', planId: 'plan-1', caseId: 'case-1', instalmentNumber: 1, dueDate: '2026-01-31', outstanding: eur(7_500), missedOn: '2026-02-10', missCount: 1 },
    ]);
    const again = reportMissedInstalments(first.plan, '2026-02-11', 3);
    expect(again.events).toEqual([]);
    expect(again.plan).toBe(first.plan);
  });

  it('does not report an instalment paid in full late but before the check', () => {
    const paidLate = applyPayment(threeMonthlyOf100(), eur(10_000), '2026-02-09').plan;
    expect(reportMissedInstalments(paidLate, '2026-02-10', 3).events).toEqual([]);
  });

  it('breaks the plan when the misses reach the threshold, and then reports nothing more', () => {
    const plan = threeMonthlyOf100(2);
    const afterFirst = reportMissedInstalments(plan, '2026-02-10', 3);
    expect(afterFirst.plan.state).toBe('ACTIVE');
    const afterSecond = reportMissedInstalments(afterFirst.plan, '2026-03-10', 3);
    expect(afterSecond.plan.state).toBe('BROKEN');
    expect(afterSecond.events.map((e) => e.type)).toEqual(['InstalmentMissed', 'PlanBroken']);
    expect(afterSecond.events[1]).toEqual({ type: 'PlanBroken', planId: 'plan-1', caseId: 'case-1', brokenOn: '2026-03-10', missCount: 2 });
    expect(reportMissedInstalments(afterSecond.plan, '2026-05-01', 3).events).toEqual([]);
    expect(() => applyPayment(afterSecond.plan, eur(100), '2026-03-11')).toThrow(expect.objectContaining({ code: 'PAYMENTS.PLAN_CLOSED', category: 'conflict' }));
  });

  it('breaks at once when one check finds misses enough', () => {
    const { plan, events } = reportMissedInstalments(threeMonthlyOf100(2), '2026-04-30', 0);
    expect(plan.state).toBe('BROKEN');
    expect(events.map((e) => e.type)).toEqual(['InstalmentMissed', 'InstalmentMissed', 'InstalmentMissed', 'PlanBroken']);
    expect(events.filter((e) => e.type === 'InstalmentMissed').map((e) => e.missCount)).toEqual([1, 2, 3]);
  });

  it('is unaffected by a catch-up payment after a miss: the miss stays counted', () => {
    const missed = reportMissedInstalments(threeMonthlyOf100(2), '2026-02-10', 3).plan;
    const caughtUp = applyPayment(missed, eur(20_000), '2026-02-12').plan;
    expect(caughtUp.missCount).toBe(1);
    expect(reportMissedInstalments(caughtUp, '2026-03-10', 3).events).toEqual([]);
  });
});

describe('planFromAgreement', () => {
  const base = { planId: 'p', caseId: 'c' };
  it.each([
    ['no instalments', []],
    ['two currencies', [{ number: 1, dueDate: '2026-01-01', amount: eur(1) }, { number: 2, dueDate: '2026-02-01', amount: money(1n, 'SEK') }]],
    ['a repeated number', [{ number: 1, dueDate: '2026-01-01', amount: eur(1) }, { number: 1, dueDate: '2026-02-01', amount: eur(1) }]],
    ['a later number falling due earlier', [{ number: 1, dueDate: '2026-02-01', amount: eur(1) }, { number: 2, dueDate: '2026-01-01', amount: eur(1) }]],
    ['a zero instalment', [{ number: 1, dueDate: '2026-01-01', amount: eur(0) }]],
    ['a bad date', [{ number: 1, dueDate: '01/02/2026', amount: eur(1) }]],
  ])('refuses a plan with %s', (_, instalments) => {
    expect(() => planFromAgreement({ ...base, instalments }, 'FR')).toThrow(PlanAgreementInvalidError);
  });

  it('takes the break threshold from the debtor country, 2 where none is set', () => {
    expect(missesToBreakIn('be')).toBe(2);
    expect(missesToBreakIn('PL')).toBe(2);
    expect(planFromAgreement({ ...base, instalments: [{ number: 1, dueDate: '2026-01-01', amount: eur(1) }] }, 'SE').missesToBreak).toBe(2);
  });
});
