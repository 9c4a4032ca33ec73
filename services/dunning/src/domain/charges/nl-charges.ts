import { refusal, type ChargeRule, type RuleOutcome } from './charge';
import { waitingPeriodRefusal, type FeeFacts } from './fee-facts';
import { EUR_40, flatSumsPerLatePayment } from './late-payment-compensation';
import { basisPointsOf } from './money';
import { evaluateScale, type TieredScale } from './tiered-scale';

/**
 * Netherlands. Consumers (BW 6:96(6)): nothing before a free letter gives 14 days to pay; then the
 * extrajudicial collection costs follow the decree's staffel, plus VAT when the creditor cannot
 * deduct it; no other fee (administration, file, payment plan). Businesses: EUR 40 per late invoice.
 */
export const NL_VAT_BASIS_POINTS = 2_100;

export const NL_RULES = {
  staffel: {
    ruleId: 'NL.collection-costs-staffel@2012-07-01',
    kind: 'COLLECTION_COSTS',
    source: 'Besluit vergoeding voor buitengerechtelijke incassokosten (Staatsblad 2012-141); BW 6:96(6); intrum.nl; syncasso.nl; bvvb.nl',
    verified: true,
    note: 'read on the principal still unpaid on the day of the charge; only after the 14-day letter period',
  },
  vat: {
    ruleId: 'NL.collection-costs-vat@2012-07-01',
    kind: 'COLLECTION_COSTS',
    source: 'Staatsblad 2012-141; intrum.nl',
    verified: true,
    note: 'VAT at 21 % (general Dutch rate) on the staffel amount, only when the creditor cannot deduct it (an input)',
  },
  lateCompensation: {
    ruleId: 'NL.late-payment-compensation@2013-03-16',
    kind: 'COLLECTION_COSTS',
    source: 'Directive 2011/7 art. 6 (eur-lex; COUNTRY-RULES EU row)',
    verified: false,
    note: 'COUNTRY-RULES gives only the EU minimum for NL businesses; the staffel may apply between businesses too (BW 6:96(4)); stricter reading: EUR 40 per late invoice only',
  },
} as const satisfies Record<string, ChargeRule>;

/** 15 % of the first 2,500 (min 40); 10 % of the next 2,500; 5 % of the next 5,000; 1 % of the next 190,000; 0.5 % above; max 6,775 (EUR). */
export const NL_STAFFEL: TieredScale = {
  brackets: [
    { overMinor: 0n, baseMinor: 0n, basisPoints: 1_500 },
    { overMinor: 250_000n, baseMinor: 37_500n, basisPoints: 1_000 },
    { overMinor: 500_000n, baseMinor: 62_500n, basisPoints: 500 },
    { overMinor: 1_000_000n, baseMinor: 87_500n, basisPoints: 100 },
    { overMinor: 20_000_000n, baseMinor: 277_500n, basisPoints: 50 },
  ],
  minimumMinor: 4_000n,
  maximumMinor: 677_500n,
  statutoryJumpsAtMinor: [],
};

export function dutchFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: NL_RULES.lateCompensation, sumFor: EUR_40, perInstalment: false }, facts);

  const waiting = waitingPeriodRefusal(NL_RULES.staffel, facts);
  if (waiting) return { entitlements: [], refusals: [waiting] };
  if (facts.balanceMinor <= 0n) {
    return { entitlements: [], refusals: [refusal(NL_RULES.staffel, 'NOTHING_OUTSTANDING', 'no principal left to compute the staffel on')] };
  }
  const costs = evaluateScale(NL_STAFFEL, facts.balanceMinor);
  const outcome: RuleOutcome = { entitlements: [{ rule: NL_RULES.staffel, lines: [{ amountMinor: costs }] }], refusals: [] };
  if (facts.creditorCannotDeductVat) {
    outcome.entitlements.push({ rule: NL_RULES.vat, lines: [{ amountMinor: basisPointsOf(costs, NL_VAT_BASIS_POINTS) }] });
  }
  return outcome;
}
