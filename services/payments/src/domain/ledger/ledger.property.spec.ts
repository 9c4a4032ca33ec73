import fc from 'fast-check';
import { allocationOrderFor, type AllocationOrder } from '../allocation';
import { balanceOf, totalOf } from './balance';
import { creditBalance, netDebit } from './case-ledger';
import { chargesAppliedEntry } from './charges-applied';
import { claimOpenedEntry, type ClaimOpening } from './claim-opened';
import { checkConsistency } from './consistency';
import { imbalancesOf, type EntryHeader, type JournalEntry, type Posting } from './journal-entry';
import { LedgerError } from './ledger.errors';
import { CASE_ID, eur } from './ledger.test-fixtures';
import { paymentAllocatedEntry, paymentSuspendedEntry } from './payment-entries';
import { refundPaidEntry } from './payout-entries';
import { reversalEntry } from './reversal';
import { writeOffEntry } from './write-off';

/** What each entry should have done, tracked apart from the ledger so the two can be compared. */
interface Effect {
  claimed: bigint;
  allocated: bigint;
  writtenOff: bigint;
  cashIn: bigint;
  refundOwed: bigint;
  refundPaid: bigint;
}
const NONE: Effect = { claimed: 0n, allocated: 0n, writtenOff: 0n, cashIn: 0n, refundOwed: 0n, refundPaid: 0n };
const negate = (e: Effect): Effect => ({ claimed: -e.claimed, allocated: -e.allocated, writtenOff: -e.writtenOff, cashIn: -e.cashIn, refundOwed: -e.refundOwed, refundPaid: -e.refundPaid });

const amount = (max: bigint) => fc.bigInt({ min: 1n, max });
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-05-${String(d).padStart(2, '0')}`);
const order = fc.constantFrom<AllocationOrder>(allocationOrderFor('BE'), ['PRINCIPAL', 'INTEREST', 'COSTS', 'CHARGES'], ['INTEREST', 'PRINCIPAL', 'CHARGES', 'COSTS']);
const claim = fc
  .record({
    invoices: fc.uniqueArray(fc.record({ number: fc.stringMatching(/^F\d{1,2}$/), issueDate: day, dueDate: day, principal: amount(500_000n).map(eur) }), {
      selector: (i) => i.number,
      minLength: 1,
      maxLength: 4,
    }),
    interest: fc.bigInt({ min: 0n, max: 20_000n }).map(eur),
    costs: fc.bigInt({ min: 0n, max: 20_000n }).map(eur),
    partialPayments: fc.array(amount(50_000n).map(eur), { maxLength: 2 }),
    allocationOrder: order,
  })
  .filter((c) => c.partialPayments.reduce((t, p) => t + p.amountMinor, 0n) <= c.invoices.reduce((t, i) => t + i.principal.amountMinor, 0n));

type Step =
  | { op: 'charge'; component: 'INTEREST' | 'COSTS' | 'CHARGES'; amount: bigint }
  | { op: 'pay'; amount: bigint; viaSuspense: boolean }
  | { op: 'reverse'; pick: number }
  | { op: 'writeOff' }
  | { op: 'refund'; amount: bigint };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('charge' as const), component: fc.constantFrom('INTEREST' as const, 'COSTS' as const, 'CHARGES' as const), amount: amount(30_000n) }),
  fc.record({ op: fc.constant('pay' as const), amount: amount(400_000n), viaSuspense: fc.boolean() }),
  fc.record({ op: fc.constant('pay' as const), amount: amount(3_000n), viaSuspense: fc.boolean() }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.constant({ op: 'writeOff' as const }),
  fc.record({ op: fc.constant('refund' as const), amount: amount(50_000n) }),
);

/** Runs the steps; refusals of the "conflict" kind are the ledger doing its job and are skipped. */
function run(opening: ClaimOpening, steps: Step[], order: AllocationOrder) {
  let ledger: Posting[] = [];
  const effects = new Map<string, Effect>();
  const entries: JournalEntry[] = [];
  let n = 0;
  const header = (source = `src-${n + 1}`): EntryHeader => ({ caseId: CASE_ID, entryId: `e-${++n}`, occurredAt: '2025-03-01T10:00:00Z', source });
  const book = (entry: JournalEntry, effect: Effect) => {
    ledger = [...ledger, ...entry.postings];
    effects.set(entry.entryId, effect);
    entries.push(entry);
  };
  const partial = opening.partialPayments.reduce((t, p) => t + p.amountMinor, 0n);
  const gross = opening.invoices.reduce((t, i) => t + i.principal.amountMinor, 0n) + opening.interest.amountMinor + opening.costs.amountMinor;
  book(claimOpenedEntry(ledger, header(), opening), { ...NONE, claimed: gross, allocated: partial });

  for (const s of steps) {
    try {
      if (s.op === 'charge') book(chargesAppliedEntry(ledger, header(), [{ component: s.component, amount: eur(s.amount) }]), { ...NONE, claimed: s.amount });
      if (s.op === 'pay') {
        const paymentId = `pay-${n + 1}`;
        if (s.viaSuspense) book(paymentSuspendedEntry(ledger, header(paymentId), eur(s.amount)), { ...NONE, cashIn: s.amount });
        const { entry, allocation } = paymentAllocatedEntry(ledger, header(paymentId), { payment: eur(s.amount), order, fundedFrom: s.viaSuspense ? 'SUSPENSE' : 'CLEARING' });
        const allocated = s.amount - allocation.refund.amountMinor;
        book(entry, { ...NONE, allocated, refundOwed: allocation.refund.amountMinor, cashIn: s.viaSuspense ? 0n : s.amount });
      }
      if (s.op === 'writeOff') book(writeOffEntry(ledger, header()), { ...NONE, writtenOff: totalOf(balanceOf(ledger)) });
      if (s.op === 'refund') book(refundPaidEntry(ledger, header(), eur(s.amount)), { ...NONE, refundPaid: s.amount });
      if (s.op === 'reverse') {
        const candidates = entries.filter((e) => e.kind !== 'CLAIM_OPENED' && e.kind !== 'REVERSAL');
        if (candidates.length === 0) continue;
        const target = candidates[s.pick % candidates.length];
        const before = ledger;
        const reversal = reversalEntry(ledger, header(), target.entryId);
        book(reversal, negate(effects.get(target.entryId)!));
        // Balances are sums, so a reversal leaves the ledger as if the entry had never been posted.
        expect(balanceOf(ledger)).toEqual(balanceOf(before.filter((p) => p.entryId !== target.entryId)));
      }
    } catch (error) {
      if (!(error instanceof LedgerError) || error.category !== 'conflict') throw error;
    }
  }
  const total = (key: keyof Effect) => [...effects.values()].reduce((t, e) => t + e[key], 0n);
  return { ledger, entries, total };
}

describe('a case ledger, for any claim and any run of charges, receipts, reversals, write-offs and refunds', () => {
  it('keeps every entry balanced, the balance explained and the money accounted for', () => {
    fc.assert(
      fc.property(claim, fc.array(step, { maxLength: 25 }), order, (opening, steps, paymentOrder) => {
        const { ledger, entries, total } = run(opening, steps, paymentOrder);
        for (const entry of entries) expect(imbalancesOf(entry.postings)).toEqual([]);

        const balance = balanceOf(ledger);
        // balance = principal + interest + costs + charges − allocated payments − write-offs
        expect(totalOf(balance)).toBe(total('claimed') - total('allocated') - total('writtenOff'));
        for (const part of [balance.principal, balance.interest, balance.costs, balance.charges, ...balance.invoices.map((i) => i.outstanding)]) {
          expect(part.amountMinor >= 0n).toBe(true);
        }
        expect(balance.invoices.reduce((t, i) => t + i.outstanding.amountMinor, 0n)).toBe(balance.principal.amountMinor);

        // money in = allocated + refunds owed + what waits in suspense
        const suspense = creditBalance(ledger, 'SUSPENSE', 'EUR').amountMinor;
        const partial = opening.partialPayments.reduce((t, p) => t + p.amountMinor, 0n);
        expect(suspense >= 0n).toBe(true);
        expect(total('cashIn')).toBe(total('allocated') - partial + total('refundOwed') + suspense);
        expect(netDebit(ledger, 'CLEARING', 'EUR').amountMinor).toBe(total('cashIn') - total('refundPaid'));
        expect(creditBalance(ledger, 'CREDITOR_PAYABLE', 'EUR').amountMinor).toBe(total('allocated') - partial);
        expect(creditBalance(ledger, 'REFUND_LIABILITY', 'EUR').amountMinor).toBe(total('refundOwed') - total('refundPaid'));
        // and once refunds are paid: money in = allocated + suspense + refund still owed + refunds paid
        expect(total('cashIn')).toBe(total('allocated') - partial + suspense + creditBalance(ledger, 'REFUND_LIABILITY', 'EUR').amountMinor + total('refundPaid'));
        expect(total('refundPaid') <= total('refundOwed')).toBe(true);
        expect(creditBalance(ledger, 'COMMISSION', 'EUR').amountMinor).toBe(0n);

        // what the creditor has not yet collected is either still owed or written off
        expect(creditBalance(ledger, 'CREDITOR_CLAIM', 'EUR').amountMinor).toBe(totalOf(balance) + netDebit(ledger, 'WRITE_OFF', 'EUR').amountMinor);
        expect(checkConsistency(ledger, balance).consistent).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('restores the exact previous balance when a payment is reversed', () => {
    fc.assert(
      fc.property(claim, fc.array(step, { maxLength: 10 }), amount(600_000n), (opening, steps, payment) => {
        const { ledger } = run(opening, steps, opening.allocationOrder);
        const header = (entryId: string): EntryHeader => ({ caseId: CASE_ID, entryId, occurredAt: '2025-04-01T00:00:00+02:00', source: `${entryId}-src` });
        const { entry } = paymentAllocatedEntry(ledger, header('late-payment'), { payment: eur(payment), order: opening.allocationOrder, fundedFrom: 'CLEARING' });
        const paid = [...ledger, ...entry.postings];
        const reversed = [...paid, ...reversalEntry(paid, header('bounced'), 'late-payment').postings];
        expect(balanceOf(reversed)).toEqual(balanceOf(ledger));
        for (const account of ['CLEARING', 'CREDITOR_PAYABLE', 'REFUND_LIABILITY', 'CREDITOR_CLAIM'] as const) {
          expect(netDebit(reversed, account, 'EUR')).toEqual(netDebit(ledger, account, 'EUR'));
        }
      }),
    );
  });
});
