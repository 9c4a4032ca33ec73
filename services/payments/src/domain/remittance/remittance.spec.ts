import fc from 'fast-check';
import { money } from '../money';
import { buildRemittance, buildRemittances, paymentIdsIn } from './remittance';
import { ReceiptAlreadyRemittedError, RemittanceContractNotFoundError, RemittanceReceiptInvalidError } from './remittance.errors';
import { contractArb, contractOf, eur, receiptOf } from './remittance.test-fixtures';

/** 15% with a 5.00 minimum, 1.50 cost per receipt. */
const contract = contractOf({ minimumCommissionMinor: 500n, costPerReceiptMinor: 150n });

describe('buildRemittance', () => {
  it('pays out each receipt less commission and costs, sorted by case and payment, with totals', () => {
    const remittance = buildRemittance(
      'cr-1',
      [receiptOf({ paymentId: 'p-2', caseId: 'case-b', amount: eur(2_000) }), receiptOf({ paymentId: 'p-1', caseId: 'case-a', amount: eur(100_000) })],
      contract,
      '2026-03-10',
      'REM-2026-000001',
    );
    expect(remittance.lines).toEqual([
      { caseId: 'case-a', paymentId: 'p-1', collected: eur(100_000), commission: eur(15_000), costs: eur(150), paidOut: eur(84_850) },
      { caseId: 'case-b', paymentId: 'p-2', collected: eur(2_000), commission: eur(500), costs: eur(150), paidOut: eur(1_350) },
    ]);
    expect(remittance.totals).toEqual({ collected: eur(102_000), commission: eur(15_500), costs: eur(300), paidOut: eur(86_200) });
    expect(remittance).toMatchObject({ remittanceId: 'REM-2026-000001', creditorId: 'cr-1', currency: 'EUR', paidOn: '2026-03-10' });
    expect(remittance.commissionToInvoice).toEqual({ lines: [], total: eur(0) });
  });

  it('keeps payments the creditor received itself out of the payout and invoices their commission', () => {
    const remittance = buildRemittance(
      'cr-1',
      [receiptOf({ paymentId: 'p-1' }), receiptOf({ paymentId: 'direct', caseId: 'case-9', amount: eur(40_000), receivedBy: 'CREDITOR' })],
      contract,
      '2026-03-10',
      'REM-1',
    );
    expect(remittance.lines.map((l) => l.paymentId)).toEqual(['p-1']);
    expect(remittance.totals.collected).toEqual(eur(10_000));
    expect(remittance.commissionToInvoice).toEqual({ lines: [{ caseId: 'case-9', paymentId: 'direct', collected: eur(40_000), commission: eur(6_000) }], total: eur(6_000) });
    expect(paymentIdsIn(remittance)).toEqual(['p-1', 'direct']);
  });

  it('refuses a receipt already remitted, and one given twice', () => {
    expect(() => buildRemittance('cr-1', [receiptOf({ remittanceId: 'REM-0' })], contract, '2026-03-10', 'REM-1')).toThrow(ReceiptAlreadyRemittedError);
    expect(() => buildRemittance('cr-1', [receiptOf(), receiptOf()], contract, '2026-03-10', 'REM-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.RECEIPT_ALREADY_REMITTED', category: 'conflict' }));
  });

  it.each([
    ['of another creditor', { creditorId: 'cr-2' }],
    ['in another currency', { amount: money(100n, 'SEK') }],
    ['not cleared', { clearedOn: null }],
    ['cleared after the payment date', { clearedOn: '2026-03-11' }],
    ['of zero', { amount: eur(0) }],
  ])('refuses a receipt %s', (_, over) => {
    expect(() => buildRemittance('cr-1', [receiptOf(over)], contract, '2026-03-10', 'REM-1')).toThrow(RemittanceReceiptInvalidError);
  });

  it('refuses to pay one creditor under another creditor’s contract', () => {
    expect(() => buildRemittance('cr-2', [receiptOf({ creditorId: 'cr-2' })], contract, '2026-03-10', 'REM-1')).toThrow(expect.objectContaining({ code: 'PAYMENTS.REMITTANCE_CONTRACT_INVALID' }));
  });
});

describe('buildRemittances', () => {
  it('makes one remittance per currency, each under its own contract', () => {
    const sek = contractOf({ currency: 'SEK', commissionBands: [{ upToMinor: null, rateBp: 1_000 }] });
    const remittances = buildRemittances(
      'cr-1',
      [receiptOf({ paymentId: 'e' }), receiptOf({ paymentId: 's', amount: money(50_000n, 'SEK') })],
      [sek, contract],
      '2026-03-10',
      (currency) => `REM-${currency}`,
    );
    expect(remittances.map((r) => [r.remittanceId, r.currency, r.totals.commission.amountMinor])).toEqual([
      ['REM-EUR', 'EUR', 1_500n],
      ['REM-SEK', 'SEK', 5_000n],
    ]);
  });

  it('says which currency has no contract', () => {
    expect(() => buildRemittances('cr-1', [receiptOf({ amount: money(1n, 'GBP') })], [contract], '2026-03-10', () => 'R')).toThrow(RemittanceContractNotFoundError);
  });
});

describe('properties', () => {
  const receiptsArb = fc.array(
    fc.record({ amount: fc.bigInt({ min: 1n, max: 50_000_000n }), direct: fc.boolean(), caseNo: fc.integer({ min: 1, max: 5 }) }),
    { minLength: 1, maxLength: 40 },
  );

  it('balances every line and the totals: paid out + commission + costs = collected', () => {
    fc.assert(
      fc.property(contractArb(), receiptsArb, (c, drawn) => {
        const receipts = drawn.map((d, i) => receiptOf({ paymentId: `p-${i}`, caseId: `case-${d.caseNo}`, amount: eur(d.amount), receivedBy: d.direct ? 'CREDITOR' : 'AGENCY' }));
        const rem = buildRemittance('cr-1', receipts, c, '2026-03-10', 'REM');
        for (const l of rem.lines) {
          expect(l.paidOut.amountMinor + l.commission.amountMinor + l.costs.amountMinor).toBe(l.collected.amountMinor);
          expect(l.paidOut.amountMinor >= 0n && l.commission.amountMinor <= l.collected.amountMinor).toBe(true);
        }
        const { collected, commission, costs, paidOut } = rem.totals;
        expect(paidOut.amountMinor + commission.amountMinor + costs.amountMinor).toBe(collected.amountMinor);
        const sumOf = (direct: boolean) => drawn.filter((d) => d.direct === direct).reduce((t, d) => t + d.amount, 0n);
        expect(collected.amountMinor).toBe(sumOf(false));
        expect(rem.commissionToInvoice.lines.reduce((t, l) => t + l.collected.amountMinor, 0n)).toBe(sumOf(true));
        expect(rem.commissionToInvoice.total.amountMinor).toBe(rem.commissionToInvoice.lines.reduce((t, l) => t + l.commission.amountMinor, 0n));
        expect(paymentIdsIn(rem).sort()).toEqual(receipts.map((r) => r.paymentId).sort());
      }),
    );
  });
});
