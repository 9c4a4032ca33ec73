import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import { waitingPeriodRefusal, type FeeFacts } from './fee-facts';
import { EUR_40, flatSumsPerLatePayment } from './late-payment-compensation';
import { evaluateScale, type TieredScale } from './tiered-scale';

/**
 * Belgium. Consumers (Code of Economic Law Book XIX, in force 1 September 2023): the first reminder
 * is free, and nothing (damages or interest) may be charged before a 14-day wait after it; then the
 * damages are capped by a scale on the balance. Businesses (law of 2 August 2002): EUR 40 per late
 * invoice.
 */
export const BE_RULES = {
  damages: {
    ruleId: 'BE.damages-cap@2023-09-01',
    kind: 'DAMAGES',
    source: 'CEL art. XIX.4; amboslaw.be; clinique-reding.be',
    verified: true,
    note: 'read on the principal still unpaid on the day of the charge; charged only after the 14-day wait (lex4u.com; lexnow.io)',
  },
  firstReminderFree: {
    ruleId: 'BE.first-reminder-free@2023-09-01',
    kind: 'REMINDER_FEE',
    source: 'CEL art. XIX.2; vbb.com insight on Book XIX; lex4u.com',
    verified: true,
  },
  furtherReminderFee: {
    ruleId: 'BE.further-reminder-fee@2023-09-01',
    kind: 'REMINDER_FEE',
    source: 'CEL Book XIX; vbb.com; lex4u.com',
    verified: false,
    note: 'COUNTRY-RULES: further reminders ≤ EUR 7.50 + postage, scope unverified (regular-supply contracts only?); stricter reading: none charged',
  },
  lateCompensation: {
    ruleId: 'BE.late-payment-compensation@2013-03-16',
    kind: 'COLLECTION_COSTS',
    source: 'Law of 2 Aug 2002 art. 6; Directive 2011/7 art. 6 (eur-lex)',
    verified: true,
    note: 'id date: the Directive transposition deadline; the Belgian in-force date was not confirmed',
  },
} as const satisfies Record<string, ChargeRule>;

/** ≤ 150: 20; 150.01–500: 30 + 10 % above 150; > 500: 65 + 5 % above 500, at most 2,000 (EUR). */
export const BE_DAMAGES_SCALE: TieredScale = {
  brackets: [
    { overMinor: 0n, baseMinor: 2_000n, basisPoints: 0 },
    { overMinor: 15_000n, baseMinor: 3_000n, basisPoints: 1_000 },
    { overMinor: 50_000n, baseMinor: 6_500n, basisPoints: 500 },
  ],
  maximumMinor: 200_000n,
  statutoryJumpsAtMinor: [15_000n],
};

export function belgianFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: BE_RULES.lateCompensation, sumFor: EUR_40, perInstalment: false }, facts);

  const outcome: RuleOutcome = { entitlements: [], refusals: [] };
  if (facts.remindersSent >= 1) {
    outcome.refusals.push(refusal(BE_RULES.firstReminderFree, 'FIRST_REMINDER_FREE', 'the first reminder to a consumer is free'));
  }
  if (facts.remindersSent >= 2) {
    outcome.refusals.push(
      refusal(BE_RULES.furtherReminderFee, 'NO_STATUTORY_BASIS', `${facts.remindersSent - 1} further reminder(s): scope of the EUR 7.50 fee unverified, none charged`),
    );
  }
  const waiting = waitingPeriodRefusal(BE_RULES.damages, facts);
  if (waiting) outcome.refusals.push(waiting);
  else if (facts.balanceMinor <= 0n) outcome.refusals.push(refusal(BE_RULES.damages, 'NOTHING_OUTSTANDING', 'no principal left to compute damages on'));
  else outcome.entitlements.push({ rule: BE_RULES.damages, lines: [{ amountMinor: evaluateScale(BE_DAMAGES_SCALE, facts.balanceMinor) }] });
  return outcome;
}
