import PDFDocument from 'pdfkit';
import type { FeeInvoice } from '../../domain/remittance';
import { decimalAmount } from './decimal-amount';
import type { AgencyAccount } from './pain001';
import { collect, fitted, printable } from './pdf-text';

const MARGIN = 50;
const COLUMNS = [
  { title: 'Fee', width: 85, align: 'left' },
  { title: 'Case', width: 110, align: 'left' },
  { title: 'Description', width: 220, align: 'left' },
  { title: 'Amount', width: 80, align: 'right' },
] as const;
const ROW_HEIGHT = 16;
const FEE_TITLES = { REGISTRATION: 'Registration', COMMISSION: 'Commission', COSTS: 'Costs' } as const;

/**
 * The agency's fee invoice to a creditor as an A4 PDF: who invoices whom, the number and dates, one
 * row per fee, then net, VAT and the total due, and where to pay it. Made in memory with the
 * creation date set to the issue date, so the same invoice gives the same file.
 */
export function feeInvoicePdf(invoice: FeeInvoice, creditorName: string, agency: AgencyAccount): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Invoice ${invoice.invoiceNumber}`, CreationDate: new Date(`${invoice.issueDate}T00:00:00Z`) } });
  const pdf = collect(doc);
  doc.font('Helvetica-Bold').fontSize(16).text('Invoice');
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(`From: ${printable(agency.name)}`);
  doc.text(`To: ${printable(creditorName)}`);
  doc.text(`Invoice number: ${printable(invoice.invoiceNumber)}`);
  doc.text(`Issue date: ${invoice.issueDate}`);
  doc.text(`Due date: ${invoice.dueDate}`);
  doc.text(`Currency: ${invoice.currency}`);
  doc.moveDown();
  const row = (cells: readonly string[], bold = false) => {
    if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let x = MARGIN;
    COLUMNS.forEach((column, index) => {
      doc.text(fitted(doc, printable(cells[index] ?? ''), column.width - 6), x, y, { width: column.width - 6, align: column.align, lineBreak: false });
      x += column.width;
    });
    doc.x = MARGIN;
    doc.y = y + ROW_HEIGHT;
  };
  row(COLUMNS.map((column) => column.title), true);
  for (const line of invoice.lines) row([FEE_TITLES[line.kind], line.caseId, line.description, decimalAmount(line.amount)]);
  row(['Net total', '', '', decimalAmount(invoice.net)], true);
  row([`VAT ${vatPercent(invoice.tax.rateBp)} %`, '', '', decimalAmount(invoice.tax.amount)]);
  row(['Total due', '', '', decimalAmount(invoice.gross)], true);
  doc.moveDown();
  doc.font('Helvetica').fontSize(10).text(`Please pay ${decimalAmount(invoice.gross)} ${invoice.currency} by ${invoice.dueDate} to ${printable(agency.name)}, IBAN ${agency.iban}${agency.bic ? `, BIC ${agency.bic}` : ''}, quoting ${invoice.invoiceNumber}.`, MARGIN, doc.y, { width: 495 });
  doc.end();
  return pdf;
}

/** Basis points as a percentage without trailing zeros: 2100 → "21", 550 → "5.5". */
export function vatPercent(rateBp: number): string {
  return (rateBp / 100).toFixed(2).replace(/\.?0+$/, '');
}
