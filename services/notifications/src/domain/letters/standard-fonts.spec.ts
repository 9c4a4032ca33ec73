import PDFDocument from 'pdfkit';
import { formalNoticeFixture } from './formal-notice.fixture';
import { LETTER_FONTS } from './letter-layout';
import { renderLetterPdf } from './render-letter';
import { adoptStandardFonts, useFontTables } from './standard-fonts';

interface FontInternals {
  id: string;
  document: unknown;
  font: object;
}
const familiesOf = (doc: PDFKit.PDFDocument) => (doc as unknown as { _fontFamilies: Record<string, FontInternals> })._fontFamilies;

describe('adoptStandardFonts', () => {
  it('shares parsed font metrics between letters, with a font object of their own per document', () => {
    const first = new PDFDocument({ font: '' });
    const second = new PDFDocument({ font: '' });
    expect(adoptStandardFonts(first)).toBe(true);
    expect(adoptStandardFonts(second)).toBe(true);
    for (const name of Object.values(LETTER_FONTS)) {
      const [a, b] = [familiesOf(first)[name], familiesOf(second)[name]];
      expect(a.font).toBe(b.font); // the parsed AFM metrics: read once per process
      expect(a).not.toBe(b);
      expect(a.document).toBe(first);
      expect(b.document).toBe(second);
    }
    expect(new Set(Object.values(familiesOf(first)).map((font) => font.id)).size).toBe(Object.values(LETTER_FONTS).length);
  });

  it('measures with the shared metrics exactly as pdfkit does with its own', () => {
    const shared = new PDFDocument({ font: '' });
    adoptStandardFonts(shared);
    const own = new PDFDocument();
    for (const name of Object.values(LETTER_FONTS)) {
      const text = 'Überweisung à l’échéance: 1 234,56 € — AVAST Wy';
      expect(shared.font(name).fontSize(10).widthOfString(text)).toBe(own.font(name).fontSize(10).widthOfString(text));
      expect(shared.currentLineHeight(true)).toBe(own.currentLineHeight(true));
    }
  });

  describe('font tables', () => {
    afterEach(() => useFontTables(true));

    // Every character a letter can print (WinAnsi, after toWinAnsi), plus a few it cannot (pdfkit's `.notdef`).
    const printable = [...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index), ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index)]
      .map((code) => String.fromCharCode(code))
      .concat(['€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ', 'Ł', 'Ω', '\u202f']);

    it('measure every pair of characters and encode every character exactly as pdfkit does', () => {
      useFontTables(false);
      const own = new PDFDocument({ font: '' });
      adoptStandardFonts(own);
      useFontTables(true);
      const tabled = new PDFDocument({ font: '' });
      adoptStandardFonts(tabled);
      type Encoder = { encode(text: string): unknown };
      for (const name of Object.values(LETTER_FONTS)) {
        const [a, b] = [familiesOf(own)[name] as unknown as Encoder, familiesOf(tabled)[name] as unknown as Encoder];
        expect(Object.getPrototypeOf(b)).not.toBe(Object.getPrototypeOf(a)); // the tables are in use
        const pairs = printable.flatMap((left) => printable.map((right) => left + right));
        expect(pairs.map((pair) => tabled.font(name).fontSize(9.5).widthOfString(pair))).toEqual(pairs.map((pair) => own.font(name).fontSize(9.5).widthOfString(pair)));
        const sentence = `AVAST Wy To Ta “Überweisung” — l’échéance: 1 234,56 € ${printable.join('')}`;
        expect(b.encode(sentence)).toEqual(a.encode(sentence));
        expect(b.encode('')).toEqual(a.encode(''));
        expect(tabled.font(name).widthOfString('')).toBe(own.font(name).widthOfString(''));
      }
    });

    it('write the same PDF, byte for byte, as pdfkit measuring and encoding with its own code', async () => {
      const issued = () => ({ ...formalNoticeFixture(), createdAt: new Date('2026-03-03T09:00:00Z') });
      useFontTables(false);
      const own = await renderLetterPdf(issued());
      useFontTables(true);
      const tabled = await renderLetterPdf(issued());
      expect(tabled.length).toBeGreaterThan(1000);
      expect(tabled.equals(own)).toBe(true);
    });
  });
});

