import { allocationOrderFor } from '../allocation';
import { balanceOf, totalOf } from './balance';
import { creditBalance } from './case-ledger';
import { claimOpenedEntry } from './claim-opened';
import { directPaymentEntry } from './direct-payment';
import { PaymentAlreadyAllocatedError } from './ledger.errors';

const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
const header = (entryId: string, source = entryId) => ({ caseId: 'case-1', entryId, occurredAt: '2026-11-23T10:00:00Z', source });
const opened = claimOpenedEntry([], header('open'), {
  invoices: [{ number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-02-01', principal: eur(10_000n) }],
  interest: eur(500n), costs: eur(1_000n), partialPayments: [], allocationOrder: allocationOrderFor('BE'),
}).postings;

describe('directPaymentEntry', () => {
  it('takes the payment off the debt in the country order without touching clearing or what is owed to the creditor', () => {
    const { entry, allocation } = directPaymentEntry(opened, header('direct-1', 'report-1'), eur(3_000n), allocationOrderFor('BE'));
    const ledger = [...opened, ...entry.postings];
    expect(allocation.parts.map((part) => [part.component, part.amount.amountMinor])).toEqual([['COSTS', 1_000n], ['INTEREST', 500n], ['PRINCIPAL', 1_500n]]);
    expect(totalOf(balanceOf(ledger))).toBe(11_500n - 3_000n);
    expect(creditBalance(ledger, 'CREDITOR_PAYABLE', 'EUR').amountMinor).toBe(0n);
    expect(creditBalance(ledger, 'CLEARING', 'EUR').amountMinor).toBe(0n);
    expect(entry.postings.reduce((sum, posting) => sum + posting.amountMinor, 0n)).toBe(0n);
  });

  it('takes off no more than the balance, and the same report only once', () => {
    const { entry, allocation } = directPaymentEntry(opened, header('direct-1', 'report-1'), eur(20_000n), allocationOrderFor('BE'));
    expect(totalOf(balanceOf([...opened, ...entry.postings]))).toBe(0n);
    expect(allocation.refund.amountMinor).toBe(8_500n);
    expect(() => directPaymentEntry([...opened, ...entry.postings], header('direct-2', 'report-1'), eur(1n), allocationOrderFor('BE'))).toThrow(PaymentAlreadyAllocatedError);
  });
});
