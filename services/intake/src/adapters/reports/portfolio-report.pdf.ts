import PDFDocument from 'pdfkit';
import type { PortfolioReportRow } from '../persistence/portfolio-report.queries';

const COLUMNS: ReadonlyArray<{ title: string; width: number; value: (row: PortfolioReportRow) => string }> = [
  { title: 'Country', width: 52, value: (row) => row.country },
  { title: 'Currency', width: 52, value: (row) => row.currency },
  { title: 'Cases placed', width: 62, value: (row) => String(row.casesPlaced) },
  { title: 'Amount placed', width: 92, value: (row) => amount(row.amountPlacedMinor) },
  { title: 'Collected on placed', width: 92, value: (row) => amount(row.collectedOnPlacedMinor) },
  { title: 'Collection rate', width: 66, value: (row) => (row.collectionRate === null ? '-' : `${(row.collectionRate * 100).toFixed(1)} %`) },
  { title: 'Collected in period', width: 92, value: (row) => amount(row.collectedInPeriodMinor) },
  { title: 'Remitted in period', width: 92, value: (row) => amount(row.remittedInPeriodMinor) },
  { title: 'Paid in full', width: 56, value: (row) => String(row.casesPaidInFullInPeriod) },
  { title: 'Avg days to collect', width: 70, value: (row) => (row.averageDaysToCollect === null ? '-' : row.averageDaysToCollect.toFixed(1)) },
];

/**
 * The portfolio report as a printable PDF (pdfkit, already used for letters): one line per debtor
 * country and currency, then cases by state. Standard PDF fonts only, so the file renders the same
 * everywhere without embedding a font; the report holds codes and figures, which they cover.
 */
export function renderPortfolioReportPdf(report: { creditorName: string; from: string; to: string; generatedAt: Date; rows: PortfolioReportRow[] }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: `Portfolio report ${report.from} to ${report.to}`, Author: 'Collections platform' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(16).text('Portfolio report');
  doc.font('Helvetica').fontSize(10).text(`${printable(report.creditorName)} - cases placed from ${report.from} to ${report.to} - generated ${report.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  doc.moveDown();
  table(doc, COLUMNS.map((c) => c.title), COLUMNS.map((c) => c.width), report.rows.map((row) => COLUMNS.map((c) => c.value(row))));
  if (report.rows.length === 0) doc.font('Helvetica-Oblique').text('No cases were placed in this period.');

  const states = [...new Set(report.rows.flatMap((row) => Object.keys(row.casesByState)))].sort();
  if (states.length > 0) {
    doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Cases by state', 36);
    doc.moveDown(0.5);
    table(doc, ['Country', 'Currency', ...states.map(humanState)], [52, 52, ...states.map(() => 80)], report.rows.map((row) => [row.country, row.currency, ...states.map((state) => String(row.casesByState[state] ?? 0))]));
  }
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, titles: string[], widths: number[], rows: string[][]): void {
  const left = 36;
  const draw = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - 72) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let x = left;
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }));
    cells.forEach((cell, i) => {
      doc.text(cell, x + 3, y + 3, { width: widths[i]! - 6, align: i < 2 ? 'left' : 'right' });
      x += widths[i]!;
    });
    const height = Math.max(...heights) + 6;
    doc.moveTo(left, y + height).lineTo(x, y + height).lineWidth(bold ? 1 : 0.3).stroke();
    doc.x = left;
    doc.y = y + height;
  };
  draw(titles, true);
  for (const row of rows) draw(row, false);
}

function amount(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const units = Math.floor(Math.abs(minor) / 100);
  const cents = String(Math.abs(minor) % 100).padStart(2, '0');
  return `${sign}${units.toLocaleString('en-US')}.${cents}`;
}

const humanState = (state: string) => state.replace(/_/g, ' ').toLowerCase();

/** Helvetica covers Latin-1; anything else in a creditor's name becomes '?' rather than a broken glyph. */
const printable = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
