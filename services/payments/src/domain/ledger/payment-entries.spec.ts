import { allocationOrderFor } from '../allocation';
import { balanceOf } from './balance';
import { creditBalance, netDebit } from './case-ledger';
import { chargesAppliedEntry } from './charges-applied';
import { claimOpenedEntry } from './claim-opened';
import { eur, header, post, sheet } from './ledger.test-fixtures';
import { paymentAllocatedEntry, paymentSuspendedEntry } from './payment-entries';

const BE = allocationOrderFor('BE');
const opened = () => post([], claimOpenedEntry([], header(), sheet()));

describe('chargesAppliedEntry', () => {
  it('adds interest and charges to the receivable and the creditor claim', () => {
    const ledger = post(opened(), chargesAppliedEntry(opened(), header(), [{ component: 'CHARGES', amount: eur(6_500n) }, { component: 'INTEREST', amount: eur(300n) }]));
    expect(balanceOf(ledger)).toMatchObject({ interest: eur(2_800n), charges: eur(6_500n) });
    expect(netDebit(ledger, 'CREDITOR_CLAIM', 'EUR')).toEqual(eur(-110_800n));
  });

  it('refuses a charge on an unopened case, on principal, of nothing or in another currency', () => {
    expect(() => chargesAppliedEntry([], header(), [{ component: 'CHARGES', amount: eur(1n) }])).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_LEDGER_NOT_FOUND', category: 'not_found' }));
    const invalid = expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' });
    expect(() => chargesAppliedEntry(opened(), header(), [{ component: 'PRINCIPAL' as 'CHARGES', amount: eur(1n) }])).toThrow(invalid);
    expect(() => chargesAppliedEntry(opened(), header(), [{ component: 'CHARGES', amount: eur(0n) }])).toThrow(invalid);
    expect(() => chargesAppliedEntry(opened(), header(), [{ component: 'CHARGES', amount: { amountMinor: 1n, currency: 'GBP' } }])).toThrow(invalid);
    expect(() => chargesAppliedEntry(opened(), header(), [])).toThrow(invalid);
  });
});

describe('paymentAllocatedEntry', () => {
  it('takes a receipt off the receivable and owes it to the creditor', () => {
    const { entry, allocation } = paymentAllocatedEntry(opened(), header('pay-1'), { payment: eur(10_000n), order: BE, fundedFrom: 'CLEARING' });
    expect(allocation.parts.map((p) => [p.component, p.invoiceNumber, p.amount.amountMinor])).toEqual([
      ['COSTS', undefined, 1_500n],
      ['INTEREST', undefined, 2_500n],
      ['PRINCIPAL', 'INV-1', 6_000n],
    ]);
    expect(entry.postings.map((p) => [p.account, p.component, p.amountMinor])).toEqual([
      ['CLEARING', undefined, 10_000n],
      ['RECEIVABLE', 'COSTS', -1_500n],
      ['CREDITOR_CLAIM', 'COSTS', 1_500n],
      ['RECEIVABLE', 'INTEREST', -2_500n],
      ['CREDITOR_CLAIM', 'INTEREST', 2_500n],
      ['RECEIVABLE', 'PRINCIPAL', -6_000n],
      ['CREDITOR_CLAIM', 'PRINCIPAL', 6_000n],
      ['CREDITOR_PAYABLE', undefined, -10_000n],
    ]);
    expect(entry.postings.every((p) => p.source === 'pay-1')).toBe(true);
    expect(balanceOf(post(opened(), entry)).invoices[0].outstanding).toEqual(eur(34_000n));
  });

  it('books an overpayment as owed back to the debtor, not as income', () => {
    const { entry, allocation } = paymentAllocatedEntry(opened(), header(), { payment: eur(105_000n), order: BE, fundedFrom: 'CLEARING' });
    const ledger = post(opened(), entry);
    expect(allocation.refund).toEqual(eur(1_000n));
    expect(creditBalance(ledger, 'REFUND_LIABILITY', 'EUR')).toEqual(eur(1_000n));
    expect(creditBalance(ledger, 'CREDITOR_PAYABLE', 'EUR')).toEqual(eur(104_000n));
    expect(creditBalance(ledger, 'COMMISSION', 'EUR')).toEqual(eur(0n));
  });

  it('allocates money parked in suspense, and no more than suspense holds', () => {
    const parked = post(opened(), paymentSuspendedEntry(opened(), header('pay-7'), eur(3_000n)));
    expect(creditBalance(parked, 'SUSPENSE', 'EUR')).toEqual(eur(3_000n));
    const { entry } = paymentAllocatedEntry(parked, header('pay-7'), { payment: eur(3_000n), order: BE, fundedFrom: 'SUSPENSE' });
    const ledger = post(parked, entry);
    expect(creditBalance(ledger, 'SUSPENSE', 'EUR')).toEqual(eur(0n));
    expect(netDebit(ledger, 'CLEARING', 'EUR')).toEqual(eur(3_000n));
    expect(() => paymentAllocatedEntry(ledger, header('pay-8'), { payment: eur(1n), order: BE, fundedFrom: 'SUSPENSE' })).toThrow(
      expect.objectContaining({ code: 'PAYMENTS.ACCOUNT_BALANCE_INSUFFICIENT', category: 'conflict' }),
    );
  });

  it('never allocates the same payment twice, nor under an entry id already used', () => {
    const first = paymentAllocatedEntry(opened(), header('pay-1', 'alloc-1'), { payment: eur(100n), order: BE, fundedFrom: 'CLEARING' }).entry;
    const ledger = post(opened(), first);
    expect(() => paymentAllocatedEntry(ledger, header('pay-1'), { payment: eur(100n), order: BE, fundedFrom: 'CLEARING' })).toThrow(expect.objectContaining({ code: 'PAYMENTS.PAYMENT_ALREADY_ALLOCATED' }));
    expect(() => paymentAllocatedEntry(ledger, header('pay-2', 'alloc-1'), { payment: eur(100n), order: BE, fundedFrom: 'CLEARING' })).toThrow(expect.objectContaining({ code: 'PAYMENTS.JOURNAL_ENTRY_DUPLICATE' }));
  });

  it('refuses a payment of nothing or in another currency', () => {
    const invalid = expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' });
    expect(() => paymentSuspendedEntry(opened(), header(), eur(0n))).toThrow(invalid);
    expect(() => paymentAllocatedEntry(opened(), header(), { payment: { amountMinor: 5n, currency: 'CHF' }, order: BE, fundedFrom: 'CLEARING' })).toThrow(invalid);
  });
});
