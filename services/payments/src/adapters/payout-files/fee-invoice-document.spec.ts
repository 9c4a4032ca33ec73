import { execFileSync } from 'node:child_process';
import { buildFeeInvoice } from '../../domain/remittance';
import { eur } from '../../domain/remittance/remittance.test-fixtures';
import { feeInvoicePdf, vatPercent } from './fee-invoice-document';

const invoice = buildFeeInvoice(
  'cr-1',
  [
    { kind: 'REGISTRATION', caseId: 'case-a', amount: eur(1_500), description: 'Registration of case case-a' },
    { kind: 'COMMISSION', caseId: 'case-b', amount: eur(6_000), description: 'Commission on a payment received directly by the creditor' },
  ],
  2_100,
  '2026-04-01',
  30,
  7,
  'CR1',
);
const agency = { name: 'Agence de Recouvrement SA', iban: 'BE68539007547034', bic: 'GKCCBEBB' };

describe('feeInvoicePdf', () => {
  it('prints the parties, number, dates, each fee and the totals with VAT', async () => {
    const pdf = await feeInvoicePdf(invoice, 'Société Générale des Eaux', agency);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    expect(text).toContain('Invoice number: INV-CR1-2026-000007');
    expect(text).toContain('To: Société Générale des Eaux');
    expect(text).toContain('From: Agence de Recouvrement SA');
    expect(text).toContain('Due date: 2026-05-01');
    expect(text).toMatch(/Registration\s+case-a\s+Registration of case case-a\s+15\.00/);
    expect(text).toMatch(/Commission\s+case-b\s+Commission on a payment.*\s60\.00/);
    expect(text).toMatch(/Net total\s+75\.00/);
    expect(text).toMatch(/VAT 21 %\s+15\.75/);
    expect(text).toMatch(/Total due\s+90\.75/);
    expect(text).toContain('IBAN BE68539007547034');
  });

  it('gives the same bytes for the same invoice', async () => {
    expect(Buffer.compare(await feeInvoicePdf(invoice, 'X', agency), await feeInvoicePdf(invoice, 'X', agency))).toBe(0);
  });
});

describe('vatPercent', () => {
  it.each([
    [2_100, '21'],
    [550, '5.5'],
    [0, '0'],
    [1_925, '19.25'],
  ])('%i bp is %s %%', (bp, percent) => {
    expect(vatPercent(bp)).toBe(percent);
  });
});
