import PDFDocument from 'pdfkit';
import { LETTER_FONTS, type LetterFont, type TextMeasure } from './letter-layout';

/**
 * Font metrics read once per process instead of once per letter.
 *
 * pdfkit builds a fresh `StandardFont` for every document, and that constructor reads the font's
 * AFM file from disk and parses it (about 1.4 ms per font, so ~3 ms of a ~5 ms letter). The parsed
 * metrics are immutable, so we parse them once into template fonts and give each new document its
 * own light copy that shares them: only the per-document parts (owner document, resource id, PDF
 * object) are fresh.
 *
 * This uses pdfkit internals (`_fontFamilies`, `_fontCount` and the fields of `StandardFont`),
 * checked on 0.17. If a pdfkit upgrade changes them, `adoptStandardFonts` falls back to pdfkit's own
 * loading (correct output, slower) and the spec "shares parsed font metrics between letters" fails.
 */

interface StandardFontInternals {
  name: string;
  id: string;
  document: unknown;
  font: object;
  dictionary?: unknown;
  embedded?: boolean;
}

interface DocumentFontInternals {
  _fontFamilies?: Record<string, StandardFontInternals>;
  _fontCount?: number;
}

let templates: Map<LetterFont, StandardFontInternals> | undefined;

function isStandardFont(value: unknown, name: string): value is StandardFontInternals {
  const font = value as Partial<StandardFontInternals> | undefined;
  return font !== undefined && font.name === name && typeof font.id === 'string' && typeof font.font === 'object' && font.font !== null;
}

function loadTemplates(): Map<LetterFont, StandardFontInternals> {
  const scratch = new PDFDocument({ autoFirstPage: false, font: '' });
  const loaded = new Map<LetterFont, StandardFontInternals>();
  for (const name of Object.values(LETTER_FONTS)) {
    scratch.font(name);
    const font = (scratch as unknown as DocumentFontInternals)._fontFamilies?.[name];
    if (isStandardFont(font, name)) loaded.set(name, font);
  }
  return loaded;
}

/**
 * Makes `LETTER_FONTS` available in `doc` without re-reading their metrics, and selects the
 * regular font. `doc` must have been created with `font: ''` so that pdfkit loads no default font.
 * Returns whether the shared metrics were used (false means pdfkit loaded them itself).
 */
export function adoptStandardFonts(doc: PDFKit.PDFDocument): boolean {
  templates ??= loadTemplates();
  const internals = doc as unknown as DocumentFontInternals;
  const families = internals._fontFamilies;
  const shareable = families !== undefined && typeof internals._fontCount === 'number' && templates.size === Object.keys(LETTER_FONTS).length;
  if (shareable) {
    for (const [name, template] of templates) {
      const copy: StandardFontInternals = Object.assign(Object.create(Object.getPrototypeOf(template)) as object, template, {
        document: doc,
        id: `F${++internals._fontCount!}`,
        embedded: false,
      });
      delete copy.dictionary;
      families[name] = copy;
    }
  }
  doc.font(LETTER_FONTS.regular);
  return shareable;
}

/** The letter fonts' metrics as pdfkit applies them in `doc` (the document's current font and size change). */
export function measureWith(doc: PDFKit.PDFDocument): TextMeasure {
  return {
    widthOf: (text, font, size) => doc.font(font).fontSize(size).widthOfString(text),
    lineHeight: (font, size) => doc.font(font).fontSize(size).currentLineHeight(true),
    heightOf: (text, font, size, width, lineGap) => doc.font(font).fontSize(size).heightOfString(text, { width, lineGap }),
  };
}
