import { money } from '../money';
import { balanceOf } from './balance';
import { claimOpenedEntry } from './claim-opened';
import { netDebit } from './case-ledger';
import { eur, header, post, sheet } from './ledger.test-fixtures';

describe('claimOpenedEntry', () => {
  it('books each invoice, interest and costs as receivable against the creditor claim', () => {
    const entry = claimOpenedEntry([], header('case-opened-event', 'open'), sheet());
    expect(entry.kind).toBe('CLAIM_OPENED');
    expect(entry.postings.filter((p) => p.account === 'RECEIVABLE').map((p) => [p.component, p.invoice?.number, p.amountMinor])).toEqual([
      ['PRINCIPAL', 'INV-2', 60_000n],
      ['PRINCIPAL', 'INV-1', 40_000n],
      ['INTEREST', undefined, 2_500n],
      ['COSTS', undefined, 1_500n],
    ]);
    expect(netDebit(entry.postings, 'CREDITOR_CLAIM', 'EUR')).toEqual(eur(-104_000n));
    expect(balanceOf(entry.postings)).toEqual({
      principal: eur(100_000n),
      interest: eur(2_500n),
      costs: eur(1_500n),
      charges: eur(0n),
      invoices: [
        { number: 'INV-1', issueDate: '2024-01-01', dueDate: '2024-02-01', outstanding: eur(40_000n) },
        { number: 'INV-2', issueDate: '2024-02-01', dueDate: '2024-03-01', outstanding: eur(60_000n) },
      ],
    });
  });

  it('takes partial payments off in the legal order, touching neither cash nor the creditor payable', () => {
    // 5,000: costs 1,500, interest 2,500, then 1,000 off INV-1, the older invoice
    const ledger = post([], claimOpenedEntry([], header(), sheet({ partialPayments: [eur(2_000n), eur(3_000n)] })));
    const balance = balanceOf(ledger);
    expect([balance.principal, balance.interest, balance.costs]).toEqual([eur(99_000n), eur(0n), eur(0n)]);
    expect(balance.invoices.map((i) => [i.number, i.outstanding.amountMinor])).toEqual([
      ['INV-1', 39_000n],
      ['INV-2', 60_000n],
    ]);
    expect(netDebit(ledger, 'CLEARING', 'EUR')).toEqual(eur(0n));
    expect(netDebit(ledger, 'CREDITOR_PAYABLE', 'EUR')).toEqual(eur(0n));
    expect(netDebit(ledger, 'CREDITOR_CLAIM', 'EUR')).toEqual(eur(-99_000n));
  });

  it('refuses partial payments beyond the claim, a second opening and a malformed sheet', () => {
    expect(() => claimOpenedEntry([], header(), sheet({ partialPayments: [eur(104_001n)] }))).toThrow(expect.objectContaining({ code: 'PAYMENTS.PARTIAL_PAYMENTS_EXCEED_CLAIM', category: 'invalid' }));
    const opened = post([], claimOpenedEntry([], header(), sheet()));
    expect(() => claimOpenedEntry(opened, header(), sheet())).toThrow(expect.objectContaining({ code: 'PAYMENTS.CASE_ALREADY_OPENED', category: 'conflict' }));

    const invalid = expect.objectContaining({ code: 'PAYMENTS.LEDGER_INPUT_INVALID' });
    const [first, second] = sheet().invoices;
    expect(() => claimOpenedEntry([], header(), sheet({ invoices: [] }))).toThrow(invalid);
    expect(() => claimOpenedEntry([], header(), sheet({ invoices: [first, { ...second, number: first.number }] }))).toThrow(invalid);
    expect(() => claimOpenedEntry([], header(), sheet({ invoices: [{ ...first, principal: eur(0n) }] }))).toThrow(invalid);
    expect(() => claimOpenedEntry([], header(), sheet({ invoices: [{ ...first, dueDate: '01/02/2024' }] }))).toThrow(invalid);
    expect(() => claimOpenedEntry([], header(), sheet({ interest: eur(-1n) }))).toThrow(invalid);
    expect(() => claimOpenedEntry([], header(), sheet({ costs: money(1n, 'USD') }))).toThrow(expect.objectContaining({ code: 'PAYMENTS.CURRENCY_MISMATCH' }));
  });
});
