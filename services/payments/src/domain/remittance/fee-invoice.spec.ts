import { money } from '../money';
import { type FeeLine, buildFeeInvoice, creditorShortCode, directPaymentFeeLines } from './fee-invoice';
import { buildRemittance } from './remittance';
import { FeeInvoiceInvalidError } from './remittance.errors';
import { contractOf, eur, receiptOf } from './remittance.test-fixtures';

const lines: FeeLine[] = [
  { kind: 'REGISTRATION', caseId: 'case-1', amount: eur(2_500), description: 'Registration of case case-1' },
  { kind: 'COMMISSION', caseId: 'case-2', amount: eur(1_234), description: 'Commission on direct payment p-9' },
  { kind: 'COSTS', caseId: 'case-2', amount: eur(800), description: 'Address search' },
];

describe('buildFeeInvoice', () => {
  it('numbers the invoice per creditor and year, and taxes the total once', () => {
    const invoice = buildFeeInvoice('7f3e9a2c-1111-4d2b-9c7e-0a1b2c3d4e5f', lines, 2_100, '2026-12-31', 30, 42);
    expect(invoice.invoiceNumber).toBe('INV-7F3E9A2C-2026-000042');
    expect(invoice.dueDate).toBe('2027-01-30');
    expect(invoice.net).toEqual(eur(4_534));
    // 21% of 45.34 = 9.5214 → 9.52
    expect(invoice.tax).toEqual({ rateBp: 2_100, base: eur(4_534), amount: eur(952) });
    expect(invoice.gross).toEqual(eur(5_486));
  });

  it('rounds the tax half-up on the cent', () => {
    const one = (minor: number): FeeLine[] => [{ kind: 'COSTS', caseId: 'c', amount: eur(minor), description: 'x' }];
    expect(buildFeeInvoice('cr', one(50), 2_100, '2026-01-01', 0, 1).tax.amount).toEqual(eur(11)); // 0.105 → 0.11
    expect(buildFeeInvoice('cr', one(10), 2_100, '2026-01-01', 0, 1).tax.amount).toEqual(eur(2)); // 0.021 → 0.02
    expect(buildFeeInvoice('cr', one(50), 0, '2026-01-01', 0, 1).gross).toEqual(eur(50));
  });

  it('uses an agreed short code when given', () => {
    expect(buildFeeInvoice('cr-1', lines, 2_100, '2027-01-02', 14, 1, 'ACME').invoiceNumber).toBe('INV-ACME-2027-000001');
    expect(creditorShortCode('ab-cd_ef.gh-ij')).toBe('ABCDEFGH');
  });

  it.each([
    ['no lines', [], 2_100, 1],
    ['lines in two currencies', [...lines, { ...lines[0], amount: money(1n, 'SEK') }], 2_100, 1],
    ['a zero line', [{ ...lines[0], amount: eur(0) }], 2_100, 1],
    ['a tax rate above 100%', lines, 10_001, 1],
    ['sequence 0', lines, 2_100, 0],
    ['a sequence too long for six digits', lines, 2_100, 1_000_000],
  ])('refuses an invoice with %s', (_, invoiceLines, rate, sequence) => {
    expect(() => buildFeeInvoice('cr-1', invoiceLines as FeeLine[], rate, '2026-01-01', 30, sequence)).toThrow(FeeInvoiceInvalidError);
  });
});

describe('directPaymentFeeLines', () => {
  it('turns the commission on direct payments into commission lines', () => {
    const remittance = buildRemittance('cr-1', [receiptOf({ paymentId: 'p-9', caseId: 'case-2', receivedBy: 'CREDITOR' })], contractOf(), '2026-03-10', 'REM-1');
    expect(directPaymentFeeLines(remittance)).toEqual([{ kind: 'COMMISSION', caseId: 'case-2', amount: eur(1_500), description: 'Commission on direct payment p-9' }]);
  });
});
