import { allocationOrderFor } from '../allocation';
import { balanceOf, totalOf } from './balance';
import { creditBalance, netDebit } from './case-ledger';
import { chargesAppliedEntry } from './charges-applied';
import { claimOpenedEntry } from './claim-opened';
import { checkConsistency } from './consistency';
import type { Posting } from './journal-entry';
import { eur, header, post, sheet } from './ledger.test-fixtures';
import { paymentAllocatedEntry } from './payment-entries';
import { commissionEntry, refundPaidEntry, remittanceEntry } from './payout-entries';
import { reversalEntry } from './reversal';
import { writeOffEntry } from './write-off';

const BE = allocationOrderFor('BE');
const opened = () => post([], claimOpenedEntry([], header(), sheet()));
function paid(ledger: Posting[], amount: bigint, entryId: string): Posting[] {
  return post(ledger, paymentAllocatedEntry(ledger, header(`pay-${entryId}`, entryId), { payment: eur(amount), order: BE, fundedFrom: 'CLEARING' }).entry);
}

describe('reversalEntry', () => {
  it('negates every leg and restores the balance before the payment', () => {
    const before = opened();
    const after = paid(before, 50_000n, 'alloc-1');
    const reversal = reversalEntry(after, header('chargeback-1'), 'alloc-1');
    expect(reversal.postings.map((p) => p.amountMinor)).toEqual(after.filter((p) => p.entryId === 'alloc-1').map((p) => -p.amountMinor));
    expect(reversal.postings.every((p) => p.reverses === 'alloc-1' && p.kind === 'REVERSAL')).toBe(true);
    expect(balanceOf(post(after, reversal))).toEqual(balanceOf(before));
    expect(netDebit(post(after, reversal), 'CLEARING', 'EUR')).toEqual(eur(0n));
  });

  it('lets a reversed payment be allocated again', () => {
    const after = paid(opened(), 500n, 'alloc-1');
    const reversed = post(after, reversalEntry(after, header(), 'alloc-1'));
    expect(() => paymentAllocatedEntry(reversed, header('pay-alloc-1'), { payment: eur(500n), order: BE, fundedFrom: 'CLEARING' })).not.toThrow();
  });

  it('refuses an unknown entry, an opening, a reversal and a second reversal', () => {
    const after = paid(opened(), 500n, 'alloc-1');
    const reversal = reversalEntry(after, header('x', 'rev-1'), 'alloc-1');
    const reversed = post(after, reversal);
    expect(() => reversalEntry(reversed, header(), 'nope')).toThrow(expect.objectContaining({ code: 'PAYMENTS.JOURNAL_ENTRY_NOT_FOUND', category: 'not_found' }));
    expect(() => reversalEntry(reversed, header(), reversed[0].entryId)).toThrow(expect.objectContaining({ code: 'PAYMENTS.ENTRY_NOT_REVERSIBLE' }));
    expect(() => reversalEntry(reversed, header(), 'rev-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.ENTRY_NOT_REVERSIBLE' }));
    expect(() => reversalEntry(reversed, header(), 'alloc-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.ENTRY_NOT_REVERSIBLE', category: 'conflict' }));
  });

  it('refuses to reverse a payment whose refund was already paid out, or charges already collected', () => {
    const overpaid = paid(opened(), 105_000n, 'alloc-1');
    const refunded = post(overpaid, refundPaidEntry(overpaid, header(), eur(1_000n)));
    expect(() => reversalEntry(refunded, header(), 'alloc-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT' }));

    const charged = post(opened(), chargesAppliedEntry(opened(), header('c', 'charges-1'), [{ component: 'CHARGES', amount: eur(700n) }]));
    const collected = paid(charged, 5_000n, 'alloc-2');
    expect(() => reversalEntry(collected, header(), 'charges-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT' }));
  });
});

describe('writeOffEntry', () => {
  it('writes off what remains after a settlement, per component and invoice', () => {
    const settled = paid(opened(), 70_000n, 'alloc-1');
    const entry = writeOffEntry(settled, header('settlement-1'));
    const ledger = post(settled, entry);
    expect(totalOf(balanceOf(ledger))).toBe(0n);
    expect(netDebit(ledger, 'WRITE_OFF', 'EUR')).toEqual(eur(34_000n));
    // the creditor's claim not collected = still receivable + written off
    expect(creditBalance(ledger, 'CREDITOR_CLAIM', 'EUR')).toEqual(eur(34_000n));
    expect(() => writeOffEntry(ledger, header())).toThrow(expect.objectContaining({ code: 'PAYMENTS.NOTHING_TO_WRITE_OFF', category: 'conflict' }));
  });
});

describe('payouts', () => {
  it('pays the creditor what was collected less commission, and refunds the overpayment', () => {
    let ledger = paid(opened(), 105_000n, 'alloc-1');
    ledger = post(ledger, commissionEntry(ledger, header(), eur(15_600n)));
    ledger = post(ledger, remittanceEntry(ledger, header(), eur(88_400n)));
    ledger = post(ledger, refundPaidEntry(ledger, header(), eur(1_000n)));
    expect(creditBalance(ledger, 'CREDITOR_PAYABLE', 'EUR')).toEqual(eur(0n));
    expect(creditBalance(ledger, 'REFUND_LIABILITY', 'EUR')).toEqual(eur(0n));
    expect(creditBalance(ledger, 'COMMISSION', 'EUR')).toEqual(eur(15_600n));
    expect(netDebit(ledger, 'CLEARING', 'EUR')).toEqual(eur(15_600n));
  });

  it('never pays out more than the account holds', () => {
    const ledger = paid(opened(), 1_000n, 'alloc-1');
    const insufficient = expect.objectContaining({ code: 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT', category: 'conflict' });
    expect(() => remittanceEntry(ledger, header(), eur(1_001n))).toThrow(insufficient);
    expect(() => commissionEntry(ledger, header(), eur(1_001n))).toThrow(insufficient);
    expect(() => refundPaidEntry(ledger, header(), eur(1n))).toThrow(insufficient);
    expect(() => remittanceEntry(ledger, header(), eur(0n))).toThrow(expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' }));
  });
});

describe('checkConsistency', () => {
  const ledger = paid(opened(), 10_000n, 'alloc-1');

  it('agrees with a stored balance equal to the derived one', () => {
    expect(checkConsistency(ledger, balanceOf(ledger))).toEqual({ consistent: true, differences: [], unbalancedEntryIds: [] });
  });

  it('reports each component that differs, and entries that lost a leg', () => {
    const stored = { ...balanceOf(ledger), interest: eur(2_500n) };
    const damaged = ledger.filter((p) => p.id !== 'alloc-1#8');
    expect(checkConsistency(damaged, stored)).toEqual({
      consistent: false,
      differences: [{ component: 'INTEREST', derived: eur(0n), stored: eur(2_500n), difference: eur(2_500n) }],
      unbalancedEntryIds: ['alloc-1'],
    });
  });
});
