import type { LetterRecipient } from './letter-document';
import { LetterContentInvalidError } from './letter-errors';

/**
 * Where things go on an A4 letter, in millimetres from the top-left corner of the sheet, after
 * DIN 5008 form B (the layout of German, Belgian, Dutch and most EU window envelopes: C5/6 and DL
 * with a 90 × 45 mm window 20 mm from the left). The renderer draws in points; everything a test
 * or a reviewer checks is in mm. See README.md for the picture.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const POINTS_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * POINTS_PER_MM;
export const ptToMm = (pt: number): number => pt / POINTS_PER_MM;

export const A4 = { width: 210, height: 297 } as const;

export const LETTER_GEOMETRY = {
  page: { x: 0, y: 0, width: 210, height: 297 },
  /** Body text runs from 25 mm (DIN's left margin, also the window's text line) to 190 mm. */
  text: { left: 25, right: 190, width: 165 },
  letterhead: { x: 25, y: 10, width: 165, height: 30 },
  /** The envelope window the address must sit in: 20 mm from the left, 45 mm from the top, 85 × 45 mm. */
  addressWindow: { x: 20, y: 45, width: 85, height: 45 },
  /** First line of the window (DIN's "Zusatz- und Vermerkzone", 17.7 mm): the return address in small type. */
  senderZone: { x: 25, y: 46.5, width: 75, height: 4 },
  /** DIN's "Anschriftzone": the last 27.3 mm of the window, 5 mm in from its sides. */
  recipientZone: { x: 25, y: 62.7, width: 75, height: 27.3 },
  /** DIN form B's information block: date and reference. */
  infoBlock: { x: 125, y: 50, width: 65, height: 40 },
  /** Page 1's text starts two lines under the window (DIN: 98.46 mm). */
  firstPageBodyTop: 98.46,
  nextPageBodyTop: 25,
  /** Reference line at the top of pages 2 and later. */
  continuationHeader: { x: 25, y: 11, width: 165, height: 8 },
  /** Agency identity, legal mentions and the page number; bottom 10 mm stays blank for printers. */
  footer: { x: 25, y: 264, width: 165, height: 23 },
  /** Text never runs below this line: 6 mm above the footer. */
  bodyBottom: 258,
  /** Page number column at the right of the footer. */
  pageNumberWidth: 30,
  /** Fold marks (form B: 105 mm and 210 mm) and the punch mark, at the left edge. */
  foldMarks: [105, 210],
  punchMark: 148.5,
  markX: { from: 4, to: 9 },
  /** Statement tables: amounts right-aligned in the last 40 mm. */
  amountColumnWidth: 40,
  columnGap: 5,
} as const;

export const LETTER_FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
export type LetterFont = (typeof LETTER_FONTS)[keyof typeof LETTER_FONTS];

/** Type sizes in points. */
export const TYPE = {
  agencyName: 15,
  letterhead: 8,
  senderLine: [7, 6.5, 6, 5.5],
  recipient: [10, 9.5, 9, 8.5, 8],
  info: 9,
  subject: 11,
  body: 10,
  bodyLineGap: 1.6,
  paragraphSpacing: 6,
  statementTitle: 10,
  statementSpacing: 12,
  continuationHeader: 7.5,
  footer: [7, 6.5, 6],
  formTitle: 13,
  formField: 9.5,
} as const;

/** Text metrics of the fonts the letter is set in, in points. */
export interface TextMeasure {
  widthOf(text: string, font: LetterFont, size: number): number;
  /** Distance between two baselines of that font and size (no extra gap). */
  lineHeight(font: LetterFont, size: number): number;
  /** Height of `text` wrapped at `width` points with `lineGap` points between lines. */
  heightOf(text: string, font: LetterFont, size: number, width: number, lineGap: number): number;
}

export interface PlacedLines {
  lines: string[];
  fontSize: number;
  /** mm between baselines. */
  lineHeight: number;
  /** Where the text actually is: left and top of the zone, width of the longest line, height of the lines. */
  box: Box;
}

export interface AddressWindowLayout {
  window: Box;
  senderLine: PlacedLines;
  recipient: PlacedLines;
}

/** The recipient's printed lines: name, street lines, `postalCode locality`, country; blank ones dropped. */
export function recipientAddressLines(recipient: LetterRecipient): string[] {
  const locality = `${recipient.postalCode} ${recipient.locality}`.trim();
  return [recipient.name, ...recipient.lines, locality, recipient.country].map((line) => line.trim()).filter((line) => line !== '');
}

function fitLines(lines: string[], zone: Box, sizes: readonly number[], font: LetterFont, measure: TextMeasure): PlacedLines | undefined {
  for (const fontSize of sizes) {
    const lineHeight = ptToMm(measure.lineHeight(font, fontSize));
    const width = Math.max(...lines.map((line) => ptToMm(measure.widthOf(line, font, fontSize))));
    const height = lines.length * lineHeight;
    if (width <= zone.width && height <= zone.height) {
      return { lines, fontSize, lineHeight, box: { x: zone.x, y: zone.y, width, height } };
    }
  }
  return undefined;
}

/**
 * The sender line and the recipient's address placed in the envelope window, each in the largest
 * of its type sizes that fits its zone. An address that fits no size is refused, never clipped:
 * a letter whose address shows only in part through the window does not arrive.
 */
export function layoutAddressWindow(senderLine: string, recipient: LetterRecipient, measure: TextMeasure): AddressWindowLayout {
  const g = LETTER_GEOMETRY;
  const sender = fitLines([senderLine.trim()], g.senderZone, TYPE.senderLine, LETTER_FONTS.regular, measure);
  if (!sender) throw new LetterContentInvalidError(`the sender line does not fit the ${g.senderZone.width} mm of the envelope window at ${TYPE.senderLine.at(-1)} pt`);
  const lines = recipientAddressLines(recipient);
  if (lines.length === 0) throw new LetterContentInvalidError('the recipient has no address lines');
  const address = fitLines(lines, g.recipientZone, TYPE.recipient, LETTER_FONTS.regular, measure);
  if (!address) {
    throw new LetterContentInvalidError(
      `the recipient's ${lines.length} address lines do not fit the ${g.recipientZone.width} × ${g.recipientZone.height} mm address zone at ${TYPE.recipient.at(-1)} pt`,
    );
  }
  return { window: g.addressWindow, senderLine: sender, recipient: address };
}

export interface FooterLayout {
  box: Box;
  /** Identity line and legal mentions, left of the page number. */
  textBox: Box;
  pageNumberBox: Box;
  fontSize: number;
  lineGap: number;
}

/** The footer set in the largest of its sizes whose wrapped text fits the footer zone. */
export function layoutFooter(text: string, measure: TextMeasure): FooterLayout {
  const g = LETTER_GEOMETRY;
  const textWidth = g.footer.width - g.pageNumberWidth;
  const lineGap = 0.8;
  for (const fontSize of TYPE.footer) {
    const height = ptToMm(measure.heightOf(text, LETTER_FONTS.regular, fontSize, mmToPt(textWidth), lineGap));
    if (height <= g.footer.height) {
      return {
        box: g.footer,
        textBox: { x: g.footer.x, y: g.footer.y, width: textWidth, height },
        pageNumberBox: { x: g.footer.x + textWidth, y: g.footer.y, width: g.pageNumberWidth, height: ptToMm(measure.lineHeight(LETTER_FONTS.regular, fontSize)) },
        fontSize,
        lineGap,
      };
    }
  }
  throw new LetterContentInvalidError(`the footer does not fit its ${g.footer.height} mm at ${TYPE.footer.at(-1)} pt`);
}

/** Where body text starts on a page (1-based). */
export function bodyTop(page: number): number {
  return page === 1 ? LETTER_GEOMETRY.firstPageBodyTop : LETTER_GEOMETRY.nextPageBodyTop;
}

export function contains(outer: Box, inner: Box, tolerance = 1e-6): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

export type LetterSectionKind = 'subject' | 'paragraph' | 'statement' | 'payment-instructions' | 'closing' | 'form';

/** Where a section of the body went: it starts on `startPage` at `top` and ends on `endPage` at `bottom` (mm). */
export interface PlacedSection {
  kind: LetterSectionKind;
  index: number;
  startPage: number;
  top: number;
  endPage: number;
  bottom: number;
}

/** What the renderer actually placed, in mm: the proof that the address shows through the window and the text stays off the footer. */
export interface RenderedLetterLayout {
  pageCount: number;
  window: AddressWindowLayout;
  infoBlock: Box;
  footer: FooterLayout;
  bodyBottom: number;
  sections: PlacedSection[];
  /** First page of the instalment request form, when there is one. */
  formPage?: number;
}
