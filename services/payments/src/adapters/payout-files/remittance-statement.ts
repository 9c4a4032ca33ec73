import { stringify } from 'csv-stringify/sync';
import PDFDocument from 'pdfkit';
import type { Money } from '../../domain/money';
import type { Remittance } from '../../domain/remittance';
import { decimalAmount } from './decimal-amount';
import { collect, fitted, printable } from './pdf-text';

export const STATEMENT_COLUMNS = ['remittance_id', 'paid_on', 'kind', 'case_id', 'payment_id', 'currency', 'collected', 'commission', 'costs', 'paid_out'] as const;

/**
 * `PAYOUT` rows are paid out; `DIRECT_PAYMENT` rows are payments the creditor received itself, whose
 * commission is invoiced (no costs, nothing paid out: those cells stay empty). `TOTAL` sums the
 * payout rows, `INVOICED_TOTAL` the direct ones.
 */
export type StatementRowKind = 'PAYOUT' | 'DIRECT_PAYMENT' | 'TOTAL' | 'INVOICED_TOTAL';

// Case and payment ids come from creditors' systems; a spreadsheet would run one starting like a
// formula. A leading apostrophe makes it text and is visible, so nothing is silently changed.
const FORMULA_START = /^[=+\-@\t\r]/;
const asText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** The statement as CSV (RFC 4180, header row, amounts as `1234.56`), one row per payment and the totals. */
export function remittanceStatementCsv(remittance: Remittance): string {
  const { remittanceId, paidOn, currency } = remittance;
  const row = (kind: StatementRowKind, caseId: string, paymentId: string, amounts: (Money | null)[]) => [
    asText(remittanceId),
    paidOn,
    kind,
    asText(caseId),
    asText(paymentId),
    currency,
    ...amounts.map((m) => (m === null ? '' : decimalAmount(m))),
  ];
  const { totals, commissionToInvoice } = remittance;
  const rows = [
    ...remittance.lines.map((l) => row('PAYOUT', l.caseId, l.paymentId, [l.collected, l.commission, l.costs, l.paidOut])),
    row('TOTAL', '', '', [totals.collected, totals.commission, totals.costs, totals.paidOut]),
    ...commissionToInvoice.lines.map((l) => row('DIRECT_PAYMENT', l.caseId, l.paymentId, [l.collected, l.commission, null, null])),
    ...(commissionToInvoice.lines.length > 0 ? [row('INVOICED_TOTAL', '', '', [null, commissionToInvoice.total, null, null])] : []),
  ];
  return stringify(rows, { header: true, columns: [...STATEMENT_COLUMNS] });
}

const MARGIN = 50;
const COLUMNS = [
  { title: 'Case', width: 100, align: 'left' },
  { title: 'Payment', width: 115, align: 'left' },
  { title: 'Collected', width: 70, align: 'right' },
  { title: 'Commission', width: 70, align: 'right' },
  { title: 'Costs', width: 60, align: 'right' },
  { title: 'Paid out', width: 80, align: 'right' },
] as const;
const ROW_HEIGHT = 16;

/**
 * The statement as an A4 PDF: who, which remittance, when; a table of the payments paid out with
 * their totals; then the direct payments whose commission is invoiced. Made in memory, with the
 * creation date set to the payment date, so the same remittance gives the same file.
 */
export function remittanceStatementPdf(remittance: Remittance, creditorName: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Remittance ${remittance.remittanceId}`, CreationDate: new Date(`${remittance.paidOn}T00:00:00Z`) } });
  const pdf = collect(doc);
  const table = new StatementTable(doc);
  doc.font('Helvetica-Bold').fontSize(16).text('Remittance statement');
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(`Creditor: ${printable(creditorName)}`);
  doc.text(`Remittance: ${printable(remittance.remittanceId)}`);
  doc.text(`Paid on: ${remittance.paidOn}`);
  doc.text(`Currency: ${remittance.currency}`);
  doc.moveDown();
  table.header();
  for (const l of remittance.lines) table.row([l.caseId, l.paymentId, ...[l.collected, l.commission, l.costs, l.paidOut].map(decimalAmount)]);
  const t = remittance.totals;
  table.row(['Total', '', ...[t.collected, t.commission, t.costs, t.paidOut].map(decimalAmount)], true);
  const direct = remittance.commissionToInvoice;
  if (direct.lines.length > 0) {
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(10).text('Payments you received directly: commission invoiced, nothing paid out', MARGIN, doc.y);
    doc.moveDown(0.5);
    table.header();
    for (const l of direct.lines) table.row([l.caseId, l.paymentId, decimalAmount(l.collected), decimalAmount(l.commission), '', '']);
    table.row(['Total invoiced', '', '', decimalAmount(direct.total), '', ''], true);
  }
  doc.end();
  return pdf;
}

class StatementTable {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  header(): void {
    this.draw(COLUMNS.map((c) => c.title), true);
  }

  row(cells: string[], bold = false): void {
    if (this.doc.y + ROW_HEIGHT > this.doc.page.height - MARGIN) {
      this.doc.addPage();
      this.header();
    }
    this.draw(cells, bold);
  }

  private draw(cells: readonly string[], bold: boolean): void {
    const y = this.doc.y;
    this.doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let x = MARGIN;
    COLUMNS.forEach((column, index) => {
      const text = fitted(this.doc, printable(cells[index] ?? ''), column.width - 6);
      this.doc.text(text, x, y, { width: column.width - 6, align: column.align, lineBreak: false });
      x += column.width;
    });
    this.doc.x = MARGIN;
    this.doc.y = y + ROW_HEIGHT;
  }
}
