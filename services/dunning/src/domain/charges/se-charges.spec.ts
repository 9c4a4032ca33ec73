import { feeFacts, lateInvoices } from './fee-facts.test-fixtures';
import { SE_RULES, swedishFees } from './se-charges';

const amounts = (outcome: ReturnType<typeof swedishFees>) => outcome.entitlements.map((e) => [e.rule.ruleId, e.lines.reduce((s, l) => s + l.amountMinor, 0n)]);

describe('Sweden, consumers', () => {
  it('charges SEK 60 for reminders once per claim, SEK 180 for the collection demand, SEK 170 for a payment plan', () => {
    const outcome = swedishFees(feeFacts({ remindersSent: 3, reminderFeeAgreed: true, collectionDemandSent: true, paymentPlanAgreed: true }));
    expect(amounts(outcome)).toEqual([
      [SE_RULES.reminderFee.ruleId, 6_000n],
      [SE_RULES.collectionDemandFee.ruleId, 18_000n],
      [SE_RULES.paymentPlanFee.ruleId, 17_000n],
    ]);
    expect(outcome.refusals).toEqual([]);
  });

  it('refuses the reminder fee when it was not agreed when the debt arose', () => {
    const outcome = swedishFees(feeFacts({ remindersSent: 1 }));
    expect(outcome.entitlements).toEqual([]);
    expect(outcome.refusals).toEqual([expect.objectContaining({ ruleId: SE_RULES.reminderFee.ruleId, reason: 'NOT_AGREED' })]);
  });
});

describe('Sweden, businesses', () => {
  it('owes SEK 450 per late invoice instead of the reminder and collection fees', () => {
    const outcome = swedishFees(
      feeFacts({ debtorKind: 'B2B', remindersSent: 2, reminderFeeAgreed: true, collectionDemandSent: true, lateInvoices: lateInvoices(2) }),
    );
    expect(amounts(outcome)).toEqual([[SE_RULES.lateFee.ruleId, 90_000n]]);
    expect(outcome.refusals.map((r) => [r.ruleId, r.reason])).toEqual([
      [SE_RULES.reminderFee.ruleId, 'REPLACED_BY_LATE_FEE'],
      [SE_RULES.collectionDemandFee.ruleId, 'REPLACED_BY_LATE_FEE'],
    ]);
  });
});
