import type { LetterFont } from './letter-layout';

/**
 * The height of text wrapped at a width, as pdfkit's `heightOfString` gives it, without wrapping
 * the same text again for every letter.
 *
 * A letter measures most of its blocks before it draws them (to keep them whole on a page), and
 * pdfkit measures by wrapping: every word broken out and measured, a tenth of a letter's cost. Most
 * of what is measured is the same in every letter of a language (labels, legal mentions, the
 * footer), and where the lines break depends only on the text, font, size and width. So the first
 * measurement of a text is pdfkit's own and its line count is remembered; later ones add the line
 * advance (line height + gap) once per line to `doc.y`, exactly the additions `heightOfString` makes,
 * so the height is the same number to the last bit (a line count is only remembered when replaying
 * it gives pdfkit's height exactly).
 */

const MAX_REMEMBERED = 20_000;
const lineCounts = new Map<string, number>();

export function wrappedHeight(doc: PDFKit.PDFDocument, text: string, font: LetterFont, size: number, width: number, lineGap: number): number {
  doc.font(font).fontSize(size);
  const key = `${font}\u0000${size}\u0000${width}\u0000${text}`;
  const advance = doc.currentLineHeight(true) + (lineGap || 0);
  const lines = lineCounts.get(key);
  if (lines !== undefined) return replay(doc.y, lines, advance);
  const height = doc.heightOfString(text, { width, lineGap });
  const counted = lineCountOf(doc.y, height, advance);
  if (counted !== undefined) {
    if (lineCounts.size >= MAX_REMEMBERED) lineCounts.clear();
    lineCounts.set(key, counted);
  }
  return height;
}

/** What `heightOfString` computes for `lines` lines starting at `top`: `y += advance` per line, then `y - top`. */
function replay(top: number, lines: number, advance: number): number {
  let y = top;
  for (let line = 0; line < lines; line++) y += advance;
  return y - top;
}

function lineCountOf(top: number, height: number, advance: number): number | undefined {
  if (!(advance > 0) || !Number.isFinite(height)) return undefined;
  let y = top;
  let lines = 0;
  while (y - top < height) {
    y += advance;
    lines += 1;
  }
  return y - top === height ? lines : undefined;
}

/** How many texts are remembered (for the spec). */
export function rememberedLineCounts(): number {
  return lineCounts.size;
}
