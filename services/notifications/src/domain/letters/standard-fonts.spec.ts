import PDFDocument from 'pdfkit';
import { LETTER_FONTS } from './letter-layout';
import { adoptStandardFonts } from './standard-fonts';

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
});
