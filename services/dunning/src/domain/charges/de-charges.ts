import { refusal, type ChargeRule, type EntitlementLine, type RuleOutcome } from './charge';
import { rvgFullFee } from './de-rvg-fee-table';
import type { FeeFacts } from './fee-facts';
import { EUR_40, flatSumsPerLatePayment } from './late-payment-compensation';
import { minMinor, mulDivFloor } from './money';

/**
 * Germany. A collector may charge a consumer at most what a lawyer could: for an undisputed claim
 * 0.9 of the RVG business fee, 0.5 while the debtor may still pay on the first demand, never 1.3
 * here; claims up to EUR 50: EUR 30; expenses 20 % of the fee, at most EUR 20. A business owes
 * EUR 40 per late invoice and per late instalment (BGB §288(5)).
 */
export const DE_RULES = {
  collectionFee: {
    ruleId: 'DE.inkasso-fee-cap@2021-10-01',
    kind: 'COLLECTION_COSTS',
    source: 'RVG §13(1)-(2), VV RVG Nr. 2300 and 7002 (the collector cap through the RDG); inkasso.de; haufe.de',
    verified: false,
    note:
      'claims ≤ EUR 50: EUR 30 (COUNTRY-RULES) read as the fee base AND a cap on fee + expenses, whichever is lower; above: RVG table of 2021 (the 2025 increase unconfirmed); ' +
      '0.5 until the first demand went unpaid, then 0.9; never the 1.3 of a disputed or complex claim',
  },
  lateCompensation: {
    ruleId: 'DE.late-payment-flat-sum@2014-07-29',
    kind: 'COLLECTION_COSTS',
    source: 'BGB §288(5); haufe.de',
    verified: true,
  },
} as const satisfies Record<string, ChargeRule>;

export const DE_SMALL_CLAIM_LIMIT_MINOR = 5_000n;
export const DE_SMALL_CLAIM_FEE_MINOR = 3_000n;

/** Fee and expenses a collector may charge a consumer for a claim of this value. */
export function germanCollectionFeeCap(valueMinor: bigint, firstDemandUnpaid: boolean): { feeMinor: bigint; expensesMinor: bigint } {
  const small = valueMinor <= DE_SMALL_CLAIM_LIMIT_MINOR;
  const fullFee = small ? DE_SMALL_CLAIM_FEE_MINOR : rvgFullFee(valueMinor);
  const feeMinor = mulDivFloor(fullFee, firstDemandUnpaid ? 9n : 5n, 10n);
  let expensesMinor = minMinor(mulDivFloor(feeMinor, 20n, 100n), 2_000n);
  if (small && feeMinor + expensesMinor > DE_SMALL_CLAIM_FEE_MINOR) expensesMinor = DE_SMALL_CLAIM_FEE_MINOR - feeMinor;
  return { feeMinor, expensesMinor };
}

export function germanFees(facts: FeeFacts): RuleOutcome {
  if (facts.debtorKind === 'B2B') return flatSumsPerLatePayment({ rule: DE_RULES.lateCompensation, sumFor: EUR_40, perInstalment: true }, facts);
  if (facts.balanceMinor <= 0n) {
    return { entitlements: [], refusals: [refusal(DE_RULES.collectionFee, 'NOTHING_OUTSTANDING', 'no principal left to compute the fee on')] };
  }
  const { feeMinor, expensesMinor } = germanCollectionFeeCap(facts.balanceMinor, facts.firstDemandUnpaid);
  const lines: EntitlementLine[] = [
    { reference: 'fee', amountMinor: feeMinor },
    { reference: 'expenses', amountMinor: expensesMinor },
  ];
  return { entitlements: [{ rule: DE_RULES.collectionFee, lines }], refusals: [] };
}
