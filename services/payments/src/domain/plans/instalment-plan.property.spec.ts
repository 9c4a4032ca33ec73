import fc from 'fast-check';
import { money } from '../money';
import { plusDays } from './calendar-date';
import { type InstalmentPlan, applyPayment, outstandingOn, planFromAgreement, reportMissedInstalments } from './instalment-plan.aggregate';
import type { PlanEvent, PlanPaymentApplied } from './instalment-plan.events';

/**
 * For random plans and random streams of payments and daily miss checks: no money is lost or
 * doubled (what the instalments hold plus the surplus is what was received), no instalment holds
 * more than its amount, each miss is reported at most once, and the state follows the facts.
 */

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const planArb = fc
  .record({
    amounts: fc.array(fc.bigInt({ min: 1n, max: 500_000n }), { minLength: 1, maxLength: 8 }),
    gaps: fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 8, maxLength: 8 }),
    missesToBreak: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ amounts, gaps, missesToBreak }) => {
    let due = '2026-01-15';
    const instalments = amounts.map((amount, index) => {
      due = plusDays(due, gaps[index]);
      return { number: index + 1, dueDate: due, amount: money(amount, 'EUR') };
    });
    return planFromAgreement({ planId: 'p', caseId: 'c', instalments }, 'BE', missesToBreak);
  });

type Step = { kind: 'pay'; amount: bigint; day: number } | { kind: 'check'; day: number; grace: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('pay' as const), amount: fc.bigInt({ min: 1n, max: 700_000n }), day: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant('check' as const), day: fc.integer({ min: 0, max: 400 }), grace: fc.integer({ min: 0, max: 10 }) }),
);

const held = (plan: InstalmentPlan) => plan.instalments.reduce((total, i) => total + i.paid.amountMinor, 0n) + plan.surplus.amountMinor;

it('never loses or doubles money, and reports each miss once', () => {
  fc.assert(
    fc.property(planArb, fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
      let plan = start;
      let received = 0n;
      const events: PlanEvent[] = [];
      for (const step of [...steps].sort((a, b) => a.day - b.day)) {
        const day = plusDays('2026-01-01', step.day);
        if (step.kind === 'check') {
          const change = reportMissedInstalments(plan, day, step.grace);
          plan = change.plan;
          events.push(...change.events);
        } else if (plan.state === 'ACTIVE') {
          const change = applyPayment(plan, money(step.amount, 'EUR'), day);
          const applied = change.events.find((e): e is PlanPaymentApplied => e.type === 'PlanPaymentApplied')!;
          expect(applied.allocations.reduce((t, a) => t + a.amount.amountMinor, 0n) + applied.surplus.amountMinor).toBe(step.amount);
          plan = change.plan;
          received += step.amount;
          events.push(...change.events);
        }
        expect(held(plan)).toBe(received);
        for (const instalment of plan.instalments) {
          expect(instalment.paid.amountMinor >= 0n && outstandingOn(instalment).amountMinor >= 0n).toBe(true);
          expect(instalment.paidOn !== null).toBe(outstandingOn(instalment).amountMinor === 0n);
        }
        if (plan.surplus.amountMinor > 0n) expect(plan.state).toBe('COMPLETED');
      }
      const missed = events.flatMap((e) => (e.type === 'InstalmentMissed' ? [e.instalmentNumber] : []));
      expect(new Set(missed).size).toBe(missed.length);
      expect(plan.missCount).toBe(missed.length);
      expect(events.filter((e) => e.type === 'PlanBroken')).toHaveLength(plan.state === 'BROKEN' ? 1 : 0);
      expect(plan.state === 'BROKEN').toBe(plan.missCount >= plan.missesToBreak);
      expect(events.filter((e) => e.type === 'PlanCompleted')).toHaveLength(plan.state === 'COMPLETED' ? 1 : 0);
    }),
    { numRuns: RUNS },
  );
});
