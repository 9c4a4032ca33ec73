import type { LetterDocument } from './letter-document';
import {
  type AddressWindowLayout,
  type Box,
  type FooterLayout,
  type PlacedLines,
  LETTER_FONTS,
  LETTER_GEOMETRY as G,
  TYPE,
  mmToPt,
  ptToMm,
} from './letter-layout';
import { drawWrapped } from './wrapped-text';

/**
 * The parts of a page that sit at fixed places, as on pre-printed stationery: letterhead, envelope
 * window, information block, fold marks, and (drawn once the page count is known) the header of
 * pages 2+ and the footer of every page.
 */

export const INK = { text: '#1a1a1a', muted: '#555555', accent: '#1f3a5f', rule: '#9aa5b1', fill: '#eef2f6', mark: '#b0b0b0' } as const;

type Doc = PDFKit.PDFDocument;

export function drawLetterhead(doc: Doc, agency: LetterDocument['agency']): void {
  const { letterhead } = G;
  doc.font(LETTER_FONTS.bold).fontSize(TYPE.agencyName).fillColor(INK.accent);
  doc.text(agency.name, mmToPt(letterhead.x), mmToPt(letterhead.y + 2), { width: mmToPt(95), lineBreak: false });
  const small = { font: LETTER_FONTS.regular, size: TYPE.letterhead, lineGap: 0 };
  doc.fillColor(INK.muted);
  doc.y += 2;
  drawWrapped(doc, agency.addressLines.join('\n'), mmToPt(letterhead.x), mmToPt(95), small);
  const contact = [agency.phone, agency.email, agency.website].filter((line) => line.trim() !== '').join('\n');
  doc.y = mmToPt(letterhead.y + 3);
  drawWrapped(doc, contact, mmToPt(G.infoBlock.x), mmToPt(G.infoBlock.width), small);
  const ruleY = mmToPt(letterhead.y + letterhead.height - 2);
  doc.moveTo(mmToPt(G.text.left), ruleY).lineTo(mmToPt(G.text.right), ruleY).lineWidth(0.75).strokeColor(INK.accent).stroke();
}

function drawLines(doc: Doc, placed: PlacedLines, color: string): Box {
  const { box } = placed;
  doc.font(LETTER_FONTS.regular).fontSize(placed.fontSize).fillColor(color);
  // One line at a time, without wrapping (pdfkit then leaves doc.y alone): an address line is never broken.
  const top = mmToPt(box.y);
  const advance = doc.currentLineHeight(true);
  placed.lines.forEach((line, index) => doc.text(line, mmToPt(box.x), top + index * advance, { lineBreak: false }));
  const width = Math.max(...placed.lines.map((line) => ptToMm(doc.widthOfString(line))));
  return { x: box.x, y: box.y, width, height: ptToMm(placed.lines.length * advance) };
}

/** Draws the sender line and the address; returns where they actually landed, in mm. */
export function drawAddressWindow(doc: Doc, window: AddressWindowLayout): AddressWindowLayout {
  const w = window.window;
  doc.lineWidth(0.4).strokeColor(INK.mark);
  const tick = 3;
  for (const [x, y, dx, dy] of [
    [w.x, w.y, 1, 1],
    [w.x + w.width, w.y, -1, 1],
    [w.x, w.y + w.height, 1, -1],
    [w.x + w.width, w.y + w.height, -1, -1],
  ]) {
    doc.moveTo(mmToPt(x + dx * tick), mmToPt(y)).lineTo(mmToPt(x), mmToPt(y)).lineTo(mmToPt(x), mmToPt(y + dy * tick)).stroke();
  }
  const senderBox = drawLines(doc, window.senderLine, INK.muted);
  const underline = mmToPt(senderBox.y + senderBox.height) + 0.5;
  doc.moveTo(mmToPt(senderBox.x), underline).lineTo(mmToPt(senderBox.x + senderBox.width), underline).lineWidth(0.3).strokeColor(INK.muted).stroke();
  const recipientBox = drawLines(doc, window.recipient, INK.text);
  return { window: w, senderLine: { ...window.senderLine, box: senderBox }, recipient: { ...window.recipient, box: recipientBox } };
}

/** Date, then the reference; returns the block's box in mm. */
export function drawInfoBlock(doc: Doc, letter: LetterDocument): Box {
  const { infoBlock } = G;
  const top = mmToPt(infoBlock.y);
  const width = mmToPt(infoBlock.width);
  doc.fillColor(INK.text);
  doc.y = top;
  drawWrapped(doc, letter.date, mmToPt(infoBlock.x), width, { font: LETTER_FONTS.regular, size: TYPE.info, lineGap: 0 });
  doc.text(`${letter.labels.reference} `, mmToPt(infoBlock.x), doc.y + 2, { width, continued: true });
  doc.font(LETTER_FONTS.bold).text(letter.reference);
  return { x: infoBlock.x, y: infoBlock.y, width: infoBlock.width, height: ptToMm(doc.y - top) };
}

export function drawFoldMarks(doc: Doc): void {
  doc.lineWidth(0.5).strokeColor(INK.mark);
  for (const y of G.foldMarks) doc.moveTo(mmToPt(G.markX.from), mmToPt(y)).lineTo(mmToPt(G.markX.to), mmToPt(y)).stroke();
  doc.moveTo(mmToPt(G.markX.from), mmToPt(G.punchMark)).lineTo(mmToPt(G.markX.to - 2), mmToPt(G.punchMark)).stroke();
}

/** The agency's identity line above the letter's legal mentions, as the footer prints them. */
export function footerText(letter: LetterDocument): string {
  const { agency } = letter;
  const identity = [agency.name, agency.addressLines.join(', '), agency.enterpriseNumber, `IBAN ${agency.iban}`, `BIC ${agency.bic}`]
    .filter((part) => part.trim() !== '')
    .join(' · ');
  return letter.footer.trim() === '' ? identity : `${identity}\n${letter.footer}`;
}

/**
 * Footer and page number on every page, the reference header on pages 2+. Runs after the body so
 * the page count is known. The bottom margin is lifted while drawing: the footer lies below the
 * body's limit, where pdfkit would otherwise start a new page.
 */
export function drawPageFurniture(doc: Doc, letter: LetterDocument, footer: FooterLayout): number {
  const { start, count } = doc.bufferedPageRange();
  const text = footerText(letter);
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, bottom: 0 };
    const ruleY = mmToPt(footer.box.y - 2);
    doc.moveTo(mmToPt(G.text.left), ruleY).lineTo(mmToPt(G.text.right), ruleY).lineWidth(0.4).strokeColor(INK.rule).stroke();
    doc.fillColor(INK.muted);
    doc.y = mmToPt(footer.textBox.y);
    drawWrapped(doc, text, mmToPt(footer.textBox.x), mmToPt(footer.textBox.width), { font: LETTER_FONTS.regular, size: footer.fontSize, lineGap: footer.lineGap });
    doc.text(`${letter.labels.page} ${index + 1} / ${count}`, mmToPt(footer.pageNumberBox.x), mmToPt(footer.pageNumberBox.y), {
      width: mmToPt(footer.pageNumberBox.width),
      align: 'right',
      lineBreak: false,
    });
    if (index > 0) {
      const header = G.continuationHeader;
      const line = [letter.agency.name, `${letter.labels.reference} ${letter.reference}`, letter.recipient.name].join(' · ');
      doc.font(LETTER_FONTS.regular).fontSize(TYPE.continuationHeader).fillColor(INK.muted);
      doc.text(line, mmToPt(header.x), mmToPt(header.y), { width: mmToPt(header.width), lineBreak: false, ellipsis: true, height: mmToPt(header.height) });
      const headerRule = mmToPt(header.y + header.height - 2);
      doc.moveTo(mmToPt(G.text.left), headerRule).lineTo(mmToPt(G.text.right), headerRule).lineWidth(0.4).strokeColor(INK.rule).stroke();
    }
    doc.page.margins = margins;
  }
  return count;
}
