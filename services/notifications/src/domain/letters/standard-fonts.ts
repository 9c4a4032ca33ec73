import PDFDocument from 'pdfkit';
import { LETTER_FONTS, type LetterFont, type TextMeasure } from './letter-layout';
import { wrappedHeight } from './wrapped-text';

/**
 * Font metrics read once per process instead of once per letter, and looked up in tables.
 *
 * pdfkit builds a fresh `StandardFont` for every document, and that constructor reads the font's
 * AFM file from disk and parses it (about 1.4 ms per font, so ~3 ms of a ~5 ms letter). The parsed
 * metrics are immutable, so we parse them once into template fonts and give each new document its
 * own light copy that shares them: only the per-document parts (owner document, resource id, PDF
 * object) are fresh.
 *
 * Measuring and encoding text is then most of a letter's cost: for every character pdfkit looks up
 * its glyph name, its width, and the kerning pair with the next glyph in an object keyed by the
 * string `left + "\0" + right` (a fifth of the whole render). The copies answer `widthOfString`
 * and `encode` from tables built once from the same metrics instead (width per glyph, kerning per
 * pair of glyphs, hex code per character), giving exactly the numbers and strings pdfkit gives, so
 * the PDF is byte for byte the same (the spec compares them).
 *
 * This uses pdfkit internals (`_fontFamilies`, `_fontCount`, the fields of `StandardFont` and of its
 * `AFMFont`), checked on 0.17. If a pdfkit upgrade changes them, `adoptStandardFonts` falls back to
 * pdfkit's own loading (correct output, slower) and the spec "shares parsed font metrics between
 * letters" fails.
 */

interface StandardFontInternals {
  name: string;
  id: string;
  document: unknown;
  font: object;
  dictionary?: unknown;
  embedded?: boolean;
}

/** The parsed AFM metrics pdfkit keeps in `StandardFont#font` (what the tables are built from). */
interface AfmFontInternals {
  characterToGlyph(charCode: number): string;
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string | undefined): number;
  encodeText(text: string): string[];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface DocumentFontInternals {
  _fontFamilies?: Record<string, StandardFontInternals>;
  _fontCount?: number;
}

let templates: Map<LetterFont, Template> | undefined;

function isStandardFont(value: unknown, name: string): value is StandardFontInternals {
  const font = value as Partial<StandardFontInternals> | undefined;
  return font !== undefined && font.name === name && typeof font.id === 'string' && typeof font.font === 'object' && font.font !== null;
}

function isAfmFont(value: object): value is AfmFontInternals {
  const afm = value as Partial<AfmFontInternals>;
  return typeof afm.characterToGlyph === 'function' && typeof afm.widthOfGlyph === 'function' && typeof afm.getKernPair === 'function' && typeof afm.encodeText === 'function';
}

const NO_GLYPH = -1;

/**
 * One font's metrics as tables, filled from pdfkit's own AFM lookups: a character code (UTF-16
 * unit, as pdfkit reads strings) → a glyph number → its width, and the kerning of every glyph pair.
 * Glyphs are numbered as characters first ask for them; the kerning row of a new glyph is filled
 * against every glyph known by then, and the other glyphs' entries for it likewise.
 */
class FontTables {
  private readonly glyphOfCode = new Int16Array(0x10000).fill(NO_GLYPH);
  private readonly hexOfCode: string[] = [];
  private readonly names: string[] = [];
  private readonly slotOfName = new Map<string, number>();
  private widths = new Int32Array(64);
  /** Kerning of a glyph with nothing after it (the last of a string): 0 in every AFM file, read all the same. */
  private lastKerning = new Int32Array(64);
  private kerning = new Int32Array(64 * 64);
  private stride = 64;

  constructor(private readonly afm: AfmFontInternals) {}

  /** The glyph number of a character code, numbering its glyph on first sight. */
  glyph(code: number): number {
    const known = this.glyphOfCode[code]!;
    if (known !== NO_GLYPH) return known;
    const name = this.afm.characterToGlyph(code);
    let slot = this.slotOfName.get(name);
    if (slot === undefined) slot = this.addGlyph(name);
    this.glyphOfCode[code] = slot;
    return slot;
  }

  /** What pdfkit writes for a character code inside `<…>` (its WinAnsi byte, or the code itself, in hex). */
  hex(code: number): string {
    return (this.hexOfCode[code] ??= this.afm.encodeText(String.fromCharCode(code))[0]!);
  }

  width(glyph: number): number {
    return this.widths[glyph]!;
  }

  kern(left: number, right: number): number {
    return this.kerning[left * this.stride + right]!;
  }

  /** The glyph's width plus its kerning with the next one (`NO_GLYPH` after the last): pdfkit's advance. */
  advance(glyph: number, next: number): number {
    return this.widths[glyph]! + (next === NO_GLYPH ? this.lastKerning[glyph]! : this.kerning[glyph * this.stride + next]!);
  }

  private addGlyph(name: string): number {
    const slot = this.names.length;
    if (slot === this.stride) this.grow();
    this.names.push(name);
    this.slotOfName.set(name, slot);
    this.widths[slot] = this.afm.widthOfGlyph(name);
    this.lastKerning[slot] = this.afm.getKernPair(name, undefined);
    for (let other = 0; other <= slot; other++) {
      const otherName = this.names[other]!;
      this.kerning[slot * this.stride + other] = this.afm.getKernPair(name, otherName);
      this.kerning[other * this.stride + slot] = this.afm.getKernPair(otherName, name);
    }
    return slot;
  }

  private grow(): void {
    const stride = this.stride * 2;
    const widths = new Int32Array(stride);
    widths.set(this.widths);
    const lastKerning = new Int32Array(stride);
    lastKerning.set(this.lastKerning);
    const kerning = new Int32Array(stride * stride);
    for (let row = 0; row < this.stride; row++) kerning.set(this.kerning.subarray(row * this.stride, (row + 1) * this.stride), row * stride);
    this.widths = widths;
    this.lastKerning = lastKerning;
    this.kerning = kerning;
    this.stride = stride;
  }
}

/**
 * A prototype for the copies of one font: pdfkit's `StandardFont` methods, with `widthOfString`
 * and `encode` answered from the tables. Same results as pdfkit's (AFMFont#advancesForGlyphs:
 * width plus kerning with the next glyph, summed in order, then scaled by size / 1000).
 */
function fastPrototype(template: StandardFontInternals): object | undefined {
  if (!isAfmFont(template.font)) return undefined;
  const tables = new FontTables(template.font);
  const prototype = Object.create(Object.getPrototypeOf(template) as object) as Record<string, unknown>;
  prototype['widthOfString'] = function widthOfString(string: string, size: number): number {
    const text = `${string}`;
    let width = 0;
    let glyph = text.length > 0 ? tables.glyph(text.charCodeAt(0)) : NO_GLYPH;
    for (let index = 0; index < text.length; index++) {
      const next = index + 1 < text.length ? tables.glyph(text.charCodeAt(index + 1)) : NO_GLYPH;
      width += tables.advance(glyph, next);
      glyph = next;
    }
    const scale = size / 1000;
    return width * scale;
  };
  prototype['encode'] = function encode(text: string): [string[], GlyphPosition[]] {
    const encoded: string[] = [];
    const positions: GlyphPosition[] = [];
    let glyph = text.length > 0 ? tables.glyph(text.charCodeAt(0)) : NO_GLYPH;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      const next = index + 1 < text.length ? tables.glyph(text.charCodeAt(index + 1)) : NO_GLYPH;
      encoded.push(tables.hex(code));
      positions.push({ xAdvance: tables.advance(glyph, next), yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: tables.width(glyph) });
      glyph = next;
    }
    return [encoded, positions];
  };
  return prototype;
}

interface Template {
  font: StandardFontInternals;
  /** What the copies are made from: `fastPrototype`, or pdfkit's own when its internals are not as expected. */
  prototype: object;
}

function loadTemplates(): Map<LetterFont, Template> {
  const scratch = new PDFDocument({ autoFirstPage: false, font: '' });
  const loaded = new Map<LetterFont, Template>();
  for (const name of Object.values(LETTER_FONTS)) {
    scratch.font(name);
    const font = (scratch as unknown as DocumentFontInternals)._fontFamilies?.[name];
    if (isStandardFont(font, name)) loaded.set(name, { font, prototype: (fastMetrics ? fastPrototype(font) : undefined) ?? (Object.getPrototypeOf(font) as object) });
  }
  return loaded;
}

let fastMetrics = true;

/**
 * Whether the copies measure and encode from tables (the default) or with pdfkit's own code: only
 * for the spec that proves both write the same PDF. Takes effect for documents adopted afterwards.
 */
export function useFontTables(enabled: boolean): void {
  if (enabled !== fastMetrics) templates = undefined;
  fastMetrics = enabled;
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
    for (const [name, { font: template, prototype }] of templates) {
      const copy: StandardFontInternals = Object.assign(Object.create(prototype) as object, template, {
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
    heightOf: (text, font, size, width, lineGap) => wrappedHeight(doc, text, font, size, width, lineGap),
  };
}
