import type { ChargeRule, RuleOutcome } from './charge';
import type { FeeFacts } from './fee-facts';

/**
 * The flat sum a business owes per late payment without any reminder (Late Payment Directive
 * 2011/7 art. 6: at least EUR 40), as each country wrote it into its law. One line per late invoice
 * (and, where the law says so, per late instalment), so "3 late invoices" is 3 × the sum.
 */
export interface FlatSumPerLatePayment {
  rule: ChargeRule;
  /** The sum owed for one late invoice of this amount. */
  sumFor: (invoiceAmountMinor: bigint) => bigint;
  /** Whether each late instalment is owed the sum too (DE: BGB §288(5)). */
  perInstalment: boolean;
}

export function flatSumsPerLatePayment(law: FlatSumPerLatePayment, facts: FeeFacts): RuleOutcome {
  const lines = [
    ...facts.lateInvoices.map((invoice) => ({ reference: invoice.reference, amountMinor: law.sumFor(invoice.amountMinor) })),
    ...(law.perInstalment
      ? facts.lateInstalments.map((instalment) => ({ reference: instalment.reference, amountMinor: law.sumFor(0n) }))
      : []),
  ];
  return { entitlements: lines.length > 0 ? [{ rule: law.rule, lines }] : [], refusals: [] };
}

/** The EU minimum of EUR 40 (4 000 cents) for every late payment, whatever its amount. */
export const EUR_40 = (): bigint => 4_000n;
