import type { FeeFacts } from './fee-facts';
import { toMinor } from './money';

/** Fee facts for specs: a consumer case on 2025-03-31 with nothing sent yet, overridden per test. */
export function feeFacts(overrides: Partial<FeeFacts> & { balance?: string } = {}): FeeFacts {
  const { balance, ...rest } = overrides;
  return {
    debtorKind: 'B2C',
    asOf: '2025-03-31',
    balanceMinor: balance !== undefined ? toMinor(balance) : 0n,
    lateInvoices: [],
    lateInstalments: [],
    remindersSent: 0,
    reminderFeeAgreed: false,
    collectionDemandSent: false,
    paymentPlanAgreed: false,
    creditorCannotDeductVat: false,
    firstDemandUnpaid: false,
    ...rest,
  };
}

/** `n` late invoices of `amount` each. */
export function lateInvoices(n: number, amount = '100.00') {
  return Array.from({ length: n }, (_, i) => ({ reference: `INV-${i + 1}`, amountMinor: toMinor(amount) }));
}
