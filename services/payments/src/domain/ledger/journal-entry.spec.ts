import { credit, debit, journalEntry } from './journal-entry';
import { eur, header } from './ledger.test-fixtures';
import { money } from '../money';

describe('journalEntry', () => {
  it('turns balanced legs into postings, debits positive and credits negative', () => {
    const entry = journalEntry(header('pay-1', 'e-1'), 'REMITTANCE', [debit('CREDITOR_PAYABLE', eur(500n)), credit('CLEARING', eur(500n))]);
    expect(entry.postings).toEqual([
      { id: 'e-1#1', caseId: 'case-1', entryId: 'e-1', account: 'CREDITOR_PAYABLE', amountMinor: 500n, currency: 'EUR', occurredAt: '2025-03-01T10:00:00Z', kind: 'REMITTANCE', source: 'pay-1' },
      { id: 'e-1#2', caseId: 'case-1', entryId: 'e-1', account: 'CLEARING', amountMinor: -500n, currency: 'EUR', occurredAt: '2025-03-01T10:00:00Z', kind: 'REMITTANCE', source: 'pay-1' },
    ]);
  });

  it('refuses an entry whose debits and credits differ in any currency', () => {
    expect(() => journalEntry(header(), 'COMMISSION', [debit('CREDITOR_PAYABLE', eur(500n)), credit('COMMISSION', eur(499n))])).toThrow(
      expect.objectContaining({ code: 'PAYMENTS.JOURNAL_ENTRY_UNBALANCED', category: 'invalid', imbalances: [{ currency: 'EUR', netDebitMinor: 1n }] }),
    );
    const twoCurrencies = [debit('CLEARING', eur(500n)), credit('SUSPENSE', money(500n, 'USD'))];
    expect(() => journalEntry(header(), 'PAYMENT_SUSPENDED', twoCurrencies)).toThrow(expect.objectContaining({ code: 'PAYMENTS.JOURNAL_ENTRY_UNBALANCED' }));
  });

  it('drops zero legs and refuses an entry that then moves nothing', () => {
    const entry = journalEntry(header(), 'PAYMENT_ALLOCATED', [debit('CLEARING', eur(1n)), credit('REFUND_LIABILITY', eur(0n)), credit('CREDITOR_PAYABLE', eur(1n))]);
    expect(entry.postings.map((p) => p.account)).toEqual(['CLEARING', 'CREDITOR_PAYABLE']);
    expect(() => journalEntry(header(), 'COMMISSION', [debit('CREDITOR_PAYABLE', eur(0n))])).toThrow(expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' }));
  });

  it('refuses an empty id or source and a time that is not an ISO instant', () => {
    const legs = [debit('CLEARING', eur(1n)), credit('SUSPENSE', eur(1n))];
    for (const bad of [{ entryId: ' ' }, { source: '' }, { occurredAt: '2025-03-01' }, { occurredAt: '2025-02-30T10:00:00' }]) {
      expect(() => journalEntry({ ...header(), ...bad }, 'PAYMENT_SUSPENDED', legs)).toThrow(expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' }));
    }
  });
});
