import type { LetterFont } from './letter-layout';

/**
 * Text wrapped at a width once, then measured and drawn from the remembered lines, giving pdfkit's
 * own heights and pdfkit's own PDF byte for byte (the spec compares both).
 *
 * pdfkit wraps text every time it measures it (`heightOfString`) and every time it draws it (`text`):
 * its LineWrapper finds the break opportunities of the whole text (the `linebreak` package, Unicode
 * UAX #14, character by character) and measures every word. A letter measures most blocks before it
 * draws them (to keep them whole on a page), so a paragraph was wrapped twice, and most of what a
 * letter says is the same in every letter of a language (labels, legal mentions, the footer); the
 * wrapping was a fifth of an e-mail's CPU. Where the lines break depends only on the text, font,
 * size and width, so:
 *
 * - the lines are pdfkit's own: its LineWrapper runs once per text, as `heightOfString` runs it (an
 *   unlimited height, so nothing pages), and hands over each line with the options it set for it;
 *   a text that plainly fits on one line (no line break in it, its width with room to spare for the
 *   kerning pdfkit leaves out between words) is that one line without asking;
 * - a height is the line count replayed: `y += line height + gap` per line from the current `y`, the
 *   additions `heightOfString` makes, so the same number to the last bit;
 * - drawing gives each line to pdfkit's `_fragment` where `text` would (via `_line`), and moves `y`
 *   as `_line` does. Only where the whole block fits above the page's bottom: then none of the
 *   LineWrapper's page-break checks can fire. A block that would run past it, a pending `continued`
 *   text, centred or justified text (which use a line's word widths) go to pdfkit's `text` itself.
 *
 * This uses pdfkit internals (`_initOptions`, `_text`, `_fragment`, `_wrapper`, `_lineGap`), checked on
 * 0.17; without them every call goes to pdfkit's own `heightOfString` and `text`.
 */

/** One line as pdfkit's LineWrapper hands it to `_line`: its text and what it sets in the options for it. */
interface WrappedLine {
  text: string;
  textWidth: number;
  wordCount: number;
  lineWidth: number;
}

interface TextInternals {
  /** `(x, y, options)`, or `(options)` alone as `heightOfString` calls it. */
  _initOptions(xOrOptions: number | object, y?: number, options?: object): Record<string, unknown>;
  _text(text: string, x: number, y: number, options: object, lineCallback: (line: string, options: Partial<WrappedLine>) => void): unknown;
  _fragment(text: string, x: number, y: number, options: object): void;
  _wrapper?: unknown;
  _lineGap?: number;
}

export interface WrappedTextStyle {
  font: LetterFont;
  size: number;
  lineGap: number;
  align?: 'left' | 'right';
}

const MAX_REMEMBERED = 20_000;
const linesByText = new Map<string, WrappedLine[]>();
/** Characters that always end a line (UAX #14 classes BK, CR, LF, NL) and the soft hyphen pdfkit turns visible at a break. */
const BREAKS_OR_SOFT_HYPHEN = /[\n\r\v\f\u0085\u2028\u2029\u00ad]/;
/** Room left per possible word boundary: pdfkit sums word widths, leaving out the kerning between words (under 0.2 em in the standard fonts). */
const KERNING_ROOM_EM = 0.2;

function internalsOf(doc: PDFKit.PDFDocument): TextInternals | undefined {
  const internals = doc as unknown as Partial<TextInternals>;
  return typeof internals._initOptions === 'function' && typeof internals._text === 'function' && typeof internals._fragment === 'function' ? (internals as TextInternals) : undefined;
}

/** The lines pdfkit breaks `text` into at `width` in `font` at `size` (sets the document's font and size). */
function wrappedLines(doc: PDFKit.PDFDocument, pdf: TextInternals, text: string, font: LetterFont, size: number, width: number): WrappedLine[] {
  doc.font(font).fontSize(size);
  const key = `${font}\u0000${size}\u0000${width}\u0000${text}`;
  const remembered = linesByText.get(key);
  if (remembered) return remembered;
  const lines = oneLine(doc, text, size, width) ?? wrapWithPdfkit(doc, pdf, text, width);
  if (linesByText.size >= MAX_REMEMBERED) linesByText.clear();
  linesByText.set(key, lines);
  return lines;
}

/** As LineWrapper computes a line's width: `(width × scaling / 100 − gaps) / columns`, one column at 100 %. */
const lineWidthOf = (width: number) => (width * 100) / 100;

function oneLine(doc: PDFKit.PDFDocument, text: string, size: number, width: number): WrappedLine[] | undefined {
  if (text === '' || BREAKS_OR_SOFT_HYPHEN.test(text)) return undefined;
  const textWidth = doc.widthOfString(text);
  const boundaries = text.replace(/[\p{L}\p{N}]/gu, '').length;
  const lineWidth = lineWidthOf(width);
  return textWidth + KERNING_ROOM_EM * size * (boundaries + 1) <= lineWidth ? [{ text, textWidth, wordCount: boundaries + 1, lineWidth }] : undefined;
}

/** pdfkit's LineWrapper, run as `heightOfString` runs it, each line it emits kept instead of drawn. */
function wrapWithPdfkit(doc: PDFKit.PDFDocument, pdf: TextInternals, text: string, width: number): WrappedLine[] {
  const { x, y } = doc;
  const options = pdf._initOptions({ width });
  options['height'] = Infinity;
  const lines: WrappedLine[] = [];
  pdf._text(text, doc.x, doc.y, options, (line, lineOptions) => {
    lines.push({ text: line, textWidth: lineOptions.textWidth!, wordCount: lineOptions.wordCount!, lineWidth: lineOptions.lineWidth! });
  });
  doc.x = x;
  doc.y = y;
  return lines;
}

/** `y` after `lines` lines from `top`, added one line at a time as pdfkit does. */
function replay(top: number, lines: number, advance: number): number {
  let y = top;
  for (let line = 0; line < lines; line++) y += advance;
  return y;
}

/** The height of `text` wrapped at `width`, as pdfkit's `heightOfString` gives it from the current `y`. */
export function wrappedHeight(doc: PDFKit.PDFDocument, text: string, font: LetterFont, size: number, width: number, lineGap: number): number {
  const pdf = internalsOf(doc);
  // A pending `continued` text would lend its LineWrapper (and its place on the line) to the wrapping: not lines to keep.
  if (!pdf || pdf._wrapper) return doc.font(font).fontSize(size).heightOfString(text, { width, lineGap });
  const lines = wrappedLines(doc, pdf, text, font, size, width);
  const advance = doc.currentLineHeight(true) + (lineGap || pdf._lineGap || 0);
  return replay(doc.y, lines.length, advance) - doc.y;
}

/**
 * Draws `text` at `x` from the current `y`, wrapped at `width`, as `doc.text(text, x, doc.y, { width,
 * lineGap, align })` draws it, leaving `x` and `y` where it leaves them. Sets the font and size; the
 * fill colour is the caller's.
 */
export function drawWrapped(doc: PDFKit.PDFDocument, text: string, x: number, width: number, style: WrappedTextStyle): void {
  const { font, size, lineGap } = style;
  const align = style.align ?? 'left';
  const pdf = internalsOf(doc);
  doc.font(font).fontSize(size);
  if (!pdf || pdf._wrapper || !(width > 0)) {
    doc.text(text, x, doc.y, { width, lineGap, align });
    return;
  }
  const lines = wrappedLines(doc, pdf, text, font, size, width);
  const lineHeight = doc.currentLineHeight(true);
  const advance = lineHeight + (lineGap || pdf._lineGap || 0);
  // LineWrapper pages when `y + line height` passes the page's bottom (as a float32 rounded down, hence the slack).
  if (replay(doc.y, lines.length, advance) + lineHeight + 0.001 > doc.page.maxY()) {
    doc.text(text, x, doc.y, { width, lineGap, align });
    return;
  }
  // One options object for all the lines, set as LineWrapper sets it before each (a fresh copy per line
  // made _fragment several times slower: objects of changing shape).
  const options = pdf._initOptions(x, doc.y, { width, lineGap, align });
  for (const line of lines) {
    options['textWidth'] = line.textWidth;
    options['wordCount'] = line.wordCount;
    options['lineWidth'] = line.lineWidth;
    pdf._fragment(line.text, doc.x, doc.y, options);
    doc.y += advance;
  }
  doc.x = x;
}

/** How many texts' lines are remembered (for the spec). */
export function rememberedTexts(): number {
  return linesByText.size;
}
