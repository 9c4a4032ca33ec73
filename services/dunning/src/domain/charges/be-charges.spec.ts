import { BE_DAMAGES_SCALE, BE_RULES, belgianFees } from './be-charges';
import { toMinor } from './money';
import { feeFacts, lateInvoices } from './fee-facts.test-fixtures';
import { evaluateScale } from './tiered-scale';

const damages = (balance: string) => evaluateScale(BE_DAMAGES_SCALE, toMinor(balance));
const afterWait = { remindersSent: 1, waitingPeriodEndsOn: '2025-03-20' };

describe('Belgium, consumers: damages scale (CEL art. XIX.4)', () => {
  it.each([
    ['500.00', '65.00'], // golden case of COUNTRY-RULES
    ['150.00', '20.00'],
    ['150.01', '30.00'],
    ['0.01', '20.00'],
    ['300.00', '45.00'], // 30 + 10 % of 150
    ['500.01', '65.00'], // 65 + 5 % of 0.01 → rounded down
    ['1,000.00', '90.00'], // 65 + 5 % of 500
    ['39,199.99', '1,999.99'],
    ['39,200.00', '2,000.00'], // the maximum is reached exactly here
    ['10,000,000.00', '2,000.00'],
  ])('balance %s → damages at most %s EUR', (balance, cap) => {
    expect(damages(balance)).toBe(toMinor(cap));
  });

  it('allows the damages only after the 14-day wait that follows the free first reminder', () => {
    const outcome = belgianFees(feeFacts({ balance: '500.00', ...afterWait }));
    expect(outcome.entitlements).toEqual([{ rule: BE_RULES.damages, lines: [{ amountMinor: 6_500n }] }]);
  });

  it('refuses the damages on the last day of the wait, and when no free reminder started it', () => {
    const onLastDay = belgianFees(feeFacts({ balance: '500.00', ...afterWait, asOf: '2025-03-20' }));
    expect(onLastDay.entitlements).toEqual([]);
    expect(onLastDay.refusals).toContainEqual(expect.objectContaining({ ruleId: BE_RULES.damages.ruleId, reason: 'WAITING_PERIOD_NOT_OVER' }));

    const noReminder = belgianFees(feeFacts({ balance: '500.00' }));
    expect(noReminder.refusals).toEqual([expect.objectContaining({ reason: 'WAITING_PERIOD_NOT_OVER', detail: expect.stringMatching(/not started/) })]);
  });

  it('never charges for the first reminder, and charges no further reminder fee (scope unverified)', () => {
    const outcome = belgianFees(feeFacts({ balance: '500.00', ...afterWait, remindersSent: 3 }));
    expect(outcome.refusals.map((r) => [r.ruleId, r.reason])).toEqual([
      [BE_RULES.firstReminderFree.ruleId, 'FIRST_REMINDER_FREE'],
      [BE_RULES.furtherReminderFee.ruleId, 'NO_STATUTORY_BASIS'],
    ]);
    expect(outcome.entitlements.map((e) => e.rule.kind)).toEqual(['DAMAGES']);
  });

  it('computes no damages once nothing is outstanding', () => {
    const outcome = belgianFees(feeFacts({ balance: '0', ...afterWait }));
    expect(outcome.entitlements).toEqual([]);
    expect(outcome.refusals).toContainEqual(expect.objectContaining({ ruleId: BE_RULES.damages.ruleId, reason: 'NOTHING_OUTSTANDING' }));
  });
});

describe('Belgium, businesses', () => {
  it('owes EUR 40 per late invoice and no consumer damages', () => {
    const outcome = belgianFees(feeFacts({ debtorKind: 'B2B', balance: '5,000.00', lateInvoices: lateInvoices(3) }));
    expect(outcome.entitlements).toHaveLength(1);
    expect(outcome.entitlements[0].rule).toBe(BE_RULES.lateCompensation);
    expect(outcome.entitlements[0].lines.map((l) => l.amountMinor)).toEqual([4_000n, 4_000n, 4_000n]);
  });
});
