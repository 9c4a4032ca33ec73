import PDFDocument from 'pdfkit';
import type { LetterDocument, LetterStatement } from './letter-document';
import {
  type LetterSectionKind,
  type PlacedSection,
  type RenderedLetterLayout,
  type TextMeasure,
  type LetterFont,
  LETTER_FONTS,
  LETTER_GEOMETRY as G,
  TYPE,
  layoutAddressWindow,
  layoutFooter,
  mmToPt,
  ptToMm,
} from './letter-layout';
import { INK, drawAddressWindow, drawFoldMarks, drawInfoBlock, drawLetterhead, drawPageFurniture, footerText } from './letter-stationery';
import { adoptStandardFonts, measureWith } from './standard-fonts';
import { toWinAnsiStrings } from './win-ansi';
import { drawWrapped, wrappedHeight } from './wrapped-text';

export interface RenderedLetter {
  pdf: Buffer;
  /** What went where, in mm. */
  layout: RenderedLetterLayout;
  /** Characters the standard fonts cannot print, printed as `?` (see win-ansi.ts); empty for fr/nl/de/es/sv/en text. */
  unrepresentable: string[];
}

/** The letter as an A4 PDF. */
export async function renderLetterPdf(letter: LetterDocument): Promise<Buffer> {
  return (await renderLetter(letter)).pdf;
}

/**
 * The letter as an A4 PDF, with where its parts landed. Pure computation into memory: no file, no
 * clock (give `createdAt` for byte-identical output). Throws `LetterContentInvalidError` when the
 * address cannot fit the envelope window or the footer its zone.
 */
export async function renderLetter(input: LetterDocument): Promise<RenderedLetter> {
  const { value: letter, unrepresentable } = toWinAnsiStrings({ ...input, createdAt: undefined });
  const doc = new PDFDocument({
    size: 'A4',
    font: '',
    bufferPages: true,
    pdfVersion: '1.4',
    lang: letter.locale,
    displayTitle: true,
    info: { Title: letter.subject, Author: letter.agency.name, ...(input.createdAt ? { CreationDate: input.createdAt } : {}) },
    margins: { top: mmToPt(G.nextPageBodyTop), bottom: mmToPt(G.page.height - G.bodyBottom), left: mmToPt(G.text.left), right: mmToPt(G.page.width - G.text.right) },
  });
  const pdf = collect(doc);
  try {
    adoptStandardFonts(doc);
    const layout = new LetterWriter(doc, letter).write();
    doc.end();
    return { pdf: await pdf, layout, unrepresentable };
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const LEFT = mmToPt(G.text.left);
const WIDTH = mmToPt(G.text.width);
const AMOUNT_WIDTH = mmToPt(G.amountColumnWidth);
const LABEL_WIDTH = WIDTH - AMOUNT_WIDTH - mmToPt(G.columnGap);
const BODY = { font: LETTER_FONTS.regular, size: TYPE.body, lineGap: TYPE.bodyLineGap } as const;

/** Flows the body over as many pages as it needs, keeping blocks whole where they fit on a page. */
class LetterWriter {
  private page = 1;
  private readonly sections: PlacedSection[] = [];
  private start: { page: number; y: number } | undefined;
  private end: { page: number; y: number } | undefined;
  private readonly measure: TextMeasure;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly letter: LetterDocument,
  ) {
    this.measure = measureWith(doc);
    doc.on('pageAdded', () => (this.page += 1));
  }

  write(): RenderedLetterLayout {
    const { doc, letter } = this;
    const window = layoutAddressWindow(letter.senderLine, letter.recipient, this.measure);
    const footer = layoutFooter(footerText(letter), this.measure);
    drawLetterhead(doc, letter.agency);
    const placedWindow = drawAddressWindow(doc, window);
    const infoBlock = drawInfoBlock(doc, letter);
    drawFoldMarks(doc);

    doc.y = mmToPt(G.firstPageBodyTop);
    this.section('subject', 0, () => {
      this.text(letter.subject, { font: LETTER_FONTS.bold, size: TYPE.subject, lineGap: 1 });
      doc.y += 8;
    });
    letter.paragraphs.forEach((paragraph, index) => this.section('paragraph', index, () => this.paragraph(paragraph)));
    letter.statements.forEach((statement, index) => this.section('statement', index, () => this.statement(statement)));
    this.section('payment-instructions', 0, () => this.paymentInstructions());
    this.section('closing', 0, () => this.closing());
    let formPage: number | undefined;
    if (letter.instalmentRequestForm) {
      doc.addPage();
      formPage = this.page;
      this.section('form', 0, () => this.form());
    }
    const pageCount = drawPageFurniture(doc, letter, footer);
    return { pageCount, window: placedWindow, infoBlock, footer, bodyBottom: G.bodyBottom, sections: this.sections, formPage };
  }

  /** Records where a section's ink starts (after any page break it chose) and ends, spacing excluded. */
  private section(kind: LetterSectionKind, index: number, draw: () => void): void {
    this.start = undefined;
    this.end = undefined;
    draw();
    const start = this.start ?? { page: this.page, y: this.doc.y };
    const end = this.end ?? start;
    this.sections.push({ kind, index, startPage: start.page, top: ptToMm(start.y), endPage: end.page, bottom: ptToMm(end.y) });
  }

  private inking(): void {
    this.start ??= { page: this.page, y: this.doc.y };
  }

  private inked(y = this.doc.y): void {
    this.end = { page: this.page, y };
  }

  private get pageTop(): number {
    return mmToPt(this.page === 1 ? G.firstPageBodyTop : G.nextPageBodyTop);
  }

  private get maxY(): number {
    return this.doc.page.maxY();
  }

  /** Starts a new page unless `height` points still fit on this one (or could not fit on any). */
  private keepTogether(height: number): void {
    const room = this.maxY - mmToPt(G.nextPageBodyTop);
    if (this.doc.y + height > this.maxY && height <= room) this.doc.addPage();
  }

  private text(text: string, style: { font: LetterFont; size: number; lineGap?: number; color?: string }, x = LEFT, width = WIDTH, align: 'left' | 'right' = 'left'): void {
    this.inking();
    this.doc.fillColor(style.color ?? INK.text);
    drawWrapped(this.doc, text, x, width, { font: style.font, size: style.size, lineGap: style.lineGap ?? 0, align });
    this.inked();
  }

  private heightOf(text: string, style: { font: LetterFont; size: number; lineGap?: number }, width = WIDTH): number {
    return wrappedHeight(this.doc, text, style.font, style.size, width, style.lineGap ?? 0);
  }

  /** A paragraph may break across pages, but not before its second line. */
  private paragraph(text: string): void {
    const twoLines = 2 * (this.measure.lineHeight(BODY.font, BODY.size) + BODY.lineGap);
    this.keepTogether(Math.min(this.heightOf(text, BODY), twoLines));
    this.text(text, BODY);
    this.doc.y += TYPE.paragraphSpacing;
  }

  private statementHeight(statement: LetterStatement): number {
    const title = this.heightOf(statement.title, { font: LETTER_FONTS.bold, size: TYPE.statementTitle });
    const rows = [...statement.rows, statement.total].reduce((sum, row) => sum + this.rowHeight(row.label, row.amount), 0);
    return title + 4 + rows + 6 + this.referenceHeight();
  }

  private rowHeight(label: string, amount: string): number {
    return Math.max(this.heightOf(label, BODY, LABEL_WIDTH), this.heightOf(amount, BODY, AMOUNT_WIDTH));
  }

  private referenceHeight(): number {
    return this.measure.lineHeight(LETTER_FONTS.bold, BODY.size) + 6;
  }

  private row(label: string, amount: string, font: LetterFont): void {
    const top = this.doc.y;
    this.text(label, { ...BODY, font }, LEFT, LABEL_WIDTH);
    const labelBottom = this.doc.y;
    this.doc.y = top;
    this.text(amount, { ...BODY, font }, LEFT + WIDTH - AMOUNT_WIDTH, AMOUNT_WIDTH, 'right');
    this.doc.y = Math.max(labelBottom, this.doc.y);
  }

  /** A case's statement: title, amounts right-aligned, total, then the reference to pay it with. */
  private statement(statement: LetterStatement): void {
    const { doc } = this;
    const title = () => {
      this.text(statement.title, { font: LETTER_FONTS.bold, size: TYPE.statementTitle, color: INK.accent });
      doc.y += 4;
    };
    this.keepTogether(this.statementHeight(statement) + 4);
    if (doc.y > this.pageTop + 1) doc.y += 4;
    title();
    for (const row of statement.rows) {
      const page = this.page;
      this.keepTogether(this.rowHeight(row.label, row.amount));
      if (this.page !== page) title();
      this.row(row.label, row.amount, LETTER_FONTS.regular);
    }
    this.keepTogether(this.rowHeight(statement.total.label, statement.total.amount) + 4 + this.referenceHeight());
    const ruleY = doc.y + 1;
    doc.moveTo(LEFT, ruleY).lineTo(LEFT + WIDTH, ruleY).lineWidth(0.6).strokeColor(INK.text).stroke();
    doc.y += 4;
    this.row(statement.total.label, statement.total.amount, LETTER_FONTS.bold);
    doc.y += 2;
    const bandTop = doc.y;
    doc.rect(LEFT, bandTop, WIDTH, this.referenceHeight() - 2).fill(INK.fill);
    doc.y = bandTop + 2.5;
    const labelWidth = this.measure.widthOf(`${this.letter.labels.paymentReference} `, LETTER_FONTS.regular, BODY.size);
    this.text(this.letter.labels.paymentReference, BODY, LEFT + 4, labelWidth);
    doc.y = bandTop + 2.5;
    this.text(statement.paymentReference, { ...BODY, font: LETTER_FONTS.bold }, LEFT + 4 + labelWidth, WIDTH - 8 - labelWidth, 'right');
    this.inked(bandTop + this.referenceHeight() - 2);
    doc.y = bandTop + this.referenceHeight() - 2 + TYPE.statementSpacing;
  }

  private paymentInstructions(): void {
    const { doc, letter } = this;
    const { iban, bic, beneficiary, lines } = letter.paymentInstructions;
    const rows: Array<[string, string]> = [
      [letter.labels.beneficiary, beneficiary],
      ['IBAN', iban],
      ['BIC', bic],
    ];
    const labelWidth = mmToPt(35);
    const valueWidth = WIDTH - labelWidth - 16;
    const rowHeights = rows.map(([, value]) => this.heightOf(value, { ...BODY, font: LETTER_FONTS.bold }, valueWidth));
    const boxHeight = rowHeights.reduce((sum, height) => sum + height, 0) + 12;
    const linesHeight = lines.reduce((sum, line) => sum + this.heightOf(line, BODY) + TYPE.paragraphSpacing, 0);
    this.keepTogether(linesHeight + boxHeight);
    lines.forEach((line) => this.paragraph(line));
    this.inking();
    const top = doc.y;
    doc.rect(LEFT, top, WIDTH, boxHeight).fill(INK.fill);
    doc.y = top + 6;
    for (const [label, value] of rows) {
      const rowTop = doc.y;
      this.text(label, BODY, LEFT + 8, labelWidth);
      doc.y = rowTop;
      this.text(value, { ...BODY, font: LETTER_FONTS.bold }, LEFT + 8 + labelWidth, valueWidth);
    }
    this.inked(top + boxHeight);
    doc.y = top + boxHeight + 2 * TYPE.paragraphSpacing;
  }

  private closing(): void {
    const text = this.letter.closing.join('\n');
    if (text.trim() === '') return;
    this.keepTogether(this.heightOf(text, BODY));
    this.text(text, BODY);
  }

  /** The instalment request on its own page: identification, intro, a ruled line per field, the signature box. */
  private form(): void {
    const { doc, letter } = this;
    const form = letter.instalmentRequestForm!;
    this.text(form.title, { font: LETTER_FONTS.bold, size: TYPE.formTitle, color: INK.accent });
    doc.y += 2;
    this.text(`${letter.labels.reference} ${letter.reference} · ${letter.recipient.name}`, { font: LETTER_FONTS.regular, size: TYPE.info, color: INK.muted });
    doc.y += 8;
    this.paragraph(form.intro);
    doc.y += 4;
    const field = { font: LETTER_FONTS.regular, size: TYPE.formField };
    const labelWidth = mmToPt(95);
    const lineStart = LEFT + labelWidth + mmToPt(5);
    for (const { label } of form.fields) {
      const height = Math.max(this.heightOf(label, field, labelWidth), mmToPt(7)) + mmToPt(5);
      this.keepTogether(height);
      const top = doc.y;
      this.text(label, field, LEFT, labelWidth);
      const baseline = doc.y - 2;
      doc.moveTo(lineStart, baseline).lineTo(LEFT + WIDTH, baseline).lineWidth(0.5).strokeColor(INK.rule).stroke();
      doc.y = top + height;
    }
    const signatureHeight = mmToPt(28);
    this.keepTogether(this.heightOf(form.signatureLabel, field) + signatureHeight + 8);
    doc.y += 6;
    this.text(form.signatureLabel, field);
    doc.rect(LEFT, doc.y + 4, mmToPt(80), signatureHeight).lineWidth(0.5).strokeColor(INK.rule).stroke();
    doc.y += 4 + signatureHeight;
    this.inked();
  }
}
