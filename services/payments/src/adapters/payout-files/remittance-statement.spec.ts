import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { buildRemittance } from '../../domain/remittance';
import { contractOf, eur, receiptOf } from '../../domain/remittance/remittance.test-fixtures';
import { STATEMENT_COLUMNS, remittanceStatementCsv, remittanceStatementPdf } from './remittance-statement';

const contract = contractOf({ minimumCommissionMinor: 500n, costPerReceiptMinor: 150n });
const remittance = buildRemittance(
  'cr-1',
  [
    receiptOf({ paymentId: 'p-1', caseId: 'case-a', amount: eur(100_000) }),
    receiptOf({ paymentId: 'p-2', caseId: '=HYPERLINK("x")', amount: eur(2_000) }),
    receiptOf({ paymentId: 'p-3', caseId: 'case-c', amount: eur(40_000), receivedBy: 'CREDITOR' }),
  ],
  contract,
  '2026-03-10',
  'REM-2026-000001',
);

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

describe('remittanceStatementCsv', () => {
  const rows: Record<string, string>[] = parse(remittanceStatementCsv(remittance), { columns: true });

  it('reads back to the same lines, totals and direct payments', () => {
    expect(Object.keys(rows[0])).toEqual([...STATEMENT_COLUMNS]);
    const cells = rows.map((r) => [r.kind, r.case_id, r.payment_id, r.collected, r.commission, r.costs, r.paid_out]);
    expect(cells).toEqual([
      ['PAYOUT', "'=HYPERLINK(\"x\")", 'p-2', '20.00', '5.00', '1.50', '13.50'],
      ['PAYOUT', 'case-a', 'p-1', '1000.00', '150.00', '1.50', '848.50'],
      ['TOTAL', '', '', '1020.00', '155.00', '3.00', '862.00'],
      ['DIRECT_PAYMENT', 'case-c', 'p-3', '400.00', '60.00', '', ''],
      ['INVOICED_TOTAL', '', '', '', '60.00', '', ''],
    ]);
    expect(rows.every((r) => r.remittance_id === 'REM-2026-000001' && r.paid_on === '2026-03-10' && r.currency === 'EUR')).toBe(true);
  });

  it('balances every payout row as read back', () => {
    const minor = (decimal: string) => BigInt(decimal.replace('.', ''));
    for (const row of rows.filter((r) => r.kind === 'PAYOUT' || r.kind === 'TOTAL')) {
      expect(minor(row.paid_out)).toBe(minor(row.collected) - minor(row.commission) - minor(row.costs));
    }
  });
});

describe('remittanceStatementPdf', () => {
  it('prints the header, each payment and the totals', async () => {
    const text = pdfText(await remittanceStatementPdf(remittance, 'Société Générale des Eaux — Łódź'));
    expect(text).toContain('Remittance statement');
    expect(text).toContain('Creditor: Société Générale des Eaux');
    expect(text).toMatch(/Eaux\s+—\s+Lódz/);
    expect(text).toContain('Remittance: REM-2026-000001');
    expect(text).toContain('Paid on: 2026-03-10');
    expect(text).toMatch(/case-a\s+p-1\s+1000\.00\s+150\.00\s+1\.50\s+848\.50/);
    expect(text).toMatch(/Total\s+1020\.00\s+155\.00\s+3\.00\s+862\.00/);
    expect(text).toMatch(/case-c\s+p-3\s+400\.00\s+60\.00/);
    expect(text).toMatch(/Total invoiced\s+60\.00/);
  });

  it('renders the same remittance to the same bytes', async () => {
    const [once, again] = [await remittanceStatementPdf(remittance, 'Acme'), await remittanceStatementPdf(remittance, 'Acme')];
    expect(once.equals(again)).toBe(true);
  });

  it('carries a long statement over pages, repeating the table header', async () => {
    const many = buildRemittance('cr-1', Array.from({ length: 120 }, (_, i) => receiptOf({ paymentId: `pay-${String(i).padStart(3, '0')}`, caseId: `case-${i}` })), contract, '2026-03-10', 'REM-2');
    const text = pdfText(await remittanceStatementPdf(many, 'Acme'));
    expect(text.split('\f').filter((page) => page.trim()).length).toBeGreaterThan(1);
    expect(text.match(/Paid out/g)!.length).toBeGreaterThan(1);
    for (const id of ['pay-000', 'pay-060', 'pay-119']) expect(text).toContain(id);
    expect(text).toMatch(/Total\s+12000\.00\s+1800\.00\s+180\.00\s+10020\.00/);
  });
});
