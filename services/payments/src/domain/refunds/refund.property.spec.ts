import fc from 'fast-check';
import { allocationOrderFor } from '../allocation';
import { claimOpenedEntry, creditBalance, netDebit, paymentAllocatedEntry, paymentSuspendedEntry, refundPaidEntry, reversalEntry, type EntryHeader, type Posting } from '../ledger';
import { money } from '../money';
import { orderRefund } from './refund-order';
import { decideRefundReturn } from './refund-return';
import { RefundRequestInvalidError } from './refund.errors';

const CASE_ID = 'case-1';
const eur = (minor: bigint) => money(minor, 'EUR');
const BE = allocationOrderFor('BE');

type Step = { op: 'pay'; amount: bigint; viaSuspense: boolean } | { op: 'refund'; amount: bigint | null } | { op: 'return'; pick: number };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('pay' as const), amount: fc.bigInt({ min: 1n, max: 150_000n }), viaSuspense: fc.boolean() }),
  fc.record({ op: fc.constant('refund' as const), amount: fc.option(fc.bigInt({ min: 1n, max: 60_000n }), { nil: null }) }),
  fc.record({ op: fc.constant('return' as const), pick: fc.nat() }),
);

/**
 * Refunds as the operator endpoint issues them (orderRefund, then refundPaidEntry) among receipts
 * that overpay, and refunds the debtor's bank sends back (decideRefundReturn, then the reversal of
 * REFUND_PAID), for any run: money in = allocated + suspense + refund owed + refunds paid and not
 * returned, the clearing account holds money in less those refunds, no refund ever pays more than
 * was due, and none comes back twice.
 */
describe('refunds, for any run of receipts and refund requests', () => {
  it('never pay more than is due, never come back twice, and keep money in = allocated + suspense + refunds', () => {
    let returnsBooked = 0;
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 200_000n }), fc.array(step, { maxLength: 30 }), (principal, steps) => {
        let n = 0;
        const header = (source = `src-${n + 1}`): EntryHeader => ({ caseId: CASE_ID, entryId: `e-${++n}`, occurredAt: '2026-03-10T09:00:00Z', source });
        let ledger: Posting[] = [...claimOpenedEntry([], header(), { invoices: [{ number: 'F1', issueDate: '2026-01-01', dueDate: '2026-02-01', principal: eur(principal) }], interest: eur(0n), costs: eur(0n), partialPayments: [], allocationOrder: BE }).postings];
        let cashIn = 0n;
        let allocated = 0n;
        let refundsPaid = 0n;
        const paid: Array<{ refundId: string; entryId: string; amount: bigint; returnedAt?: string }> = [];
        for (const s of steps) {
          if (s.op === 'return') {
            if (paid.length === 0) continue;
            const refund = paid[s.pick % paid.length]!;
            const decision = decideRefundReturn({ refundId: refund.refundId, amount: eur(refund.amount), ...(refund.returnedAt ? { returnedAt: refund.returnedAt } : {}) }, refund.refundId, eur(refund.amount));
            if (refund.returnedAt) {
              // The same return read again: nothing to book, and the ledger would refuse it anyway.
              expect(decision).toEqual({ kind: 'already-returned' });
              expect(() => reversalEntry(ledger, header(), refund.entryId)).toThrow(expect.objectContaining({ code: 'PAYMENTS.ENTRY_NOT_REVERSIBLE' }));
              continue;
            }
            expect(decision).toEqual({ kind: 'return' });
            ledger = [...ledger, ...reversalEntry(ledger, header(`refund-return:${refund.refundId}`), refund.entryId).postings];
            refund.returnedAt = '2026-03-12T09:00:00Z';
            refundsPaid -= refund.amount;
            returnsBooked += 1;
            continue;
          }
          if (s.op === 'pay') {
            const paymentId = `pay-${n + 1}`;
            if (s.viaSuspense) ledger = [...ledger, ...paymentSuspendedEntry(ledger, header(paymentId), eur(s.amount)).postings];
            const { entry, allocation } = paymentAllocatedEntry(ledger, header(paymentId), { payment: eur(s.amount), order: BE, fundedFrom: s.viaSuspense ? 'SUSPENSE' : 'CLEARING' });
            ledger = [...ledger, ...entry.postings];
            cashIn += s.amount;
            allocated += s.amount - allocation.refund.amountMinor;
            continue;
          }
          const due = creditBalance(ledger, 'REFUND_LIABILITY', 'EUR');
          try {
            const order = orderRefund({ refundId: `RFD-${n}`, caseId: CASE_ID, refundDue: due, ...(s.amount === null ? {} : { amount: eur(s.amount) }), beneficiary: { name: 'Debtor', iban: 'BE68539007547034' } });
            expect(order.amount.amountMinor <= due.amountMinor).toBe(true);
            const entry = refundPaidEntry(ledger, header(), order.amount);
            ledger = [...ledger, ...entry.postings];
            refundsPaid += order.amount.amountMinor;
            paid.push({ refundId: order.refundId, entryId: entry.entryId, amount: order.amount.amountMinor });
          } catch (error) {
            // Refused only for what the rules name: nothing due, or more than due; the ledger is untouched.
            expect(error).toBeInstanceOf(RefundRequestInvalidError);
            const codes = (error as RefundRequestInvalidError).details.map((d) => d.code);
            expect(due.amountMinor === 0n ? ['NO_REFUND_DUE'] : ['AMOUNT_ABOVE_DUE']).toEqual(codes);
            if (s.amount !== null) expect(s.amount > due.amountMinor).toBe(true);
          }
        }
        const owed = creditBalance(ledger, 'REFUND_LIABILITY', 'EUR').amountMinor;
        const suspense = creditBalance(ledger, 'SUSPENSE', 'EUR').amountMinor;
        expect(owed >= 0n).toBe(true);
        expect(cashIn).toBe(allocated + suspense + owed + refundsPaid);
        expect(netDebit(ledger, 'CLEARING', 'EUR').amountMinor).toBe(cashIn - refundsPaid);
        expect(-netDebit(ledger, 'REFUND_LIABILITY', 'EUR', (p) => p.kind === 'PAYMENT_ALLOCATED').amountMinor).toBe(owed + refundsPaid);
        // Whatever the operator asks, the ledger itself refuses a cent more than it owes.
        expect(() => refundPaidEntry(ledger, header(), eur(owed + 1n))).toThrow(expect.objectContaining({ code: 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT' }));
      }),
      { numRuns: 300 },
    );
    expect(returnsBooked).toBeGreaterThan(10); // the runs did take refunds back, not only pay them
  });
});
