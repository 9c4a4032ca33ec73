import PDFDocument from 'pdfkit';
import { LETTER_FONTS } from './letter-layout';
import { adoptStandardFonts } from './standard-fonts';
import { rememberedLineCounts, wrappedHeight } from './wrapped-height';

const TEXTS = [
  '',
  'Principal',
  'Veuillez agréer nos salutations distinguées.',
  'Vous disposez d’un délai de 14 jours pour payer, à compter du troisième jour ouvrable suivant l’envoi de ce courrier (ou du lendemain de son envoi par e-mail). Aucune indemnité ni aucun intérêt de retard ne sera réclamé avant la fin de ce délai.',
  'Collections Agency SRL · Avenue Louise 54, 1050 Bruxelles · BCE 0123.456.749\nIBAN BE71 0961 2345 6769 · BIC GKCCBEBB',
  `Ein sehr langes Wort: ${'Forderungsmanagement'.repeat(12)} und danach noch etwas Text.`,
];

describe('wrappedHeight', () => {
  it('gives pdfkit’s own height of wrapped text to the last bit, the first time and every time after, wherever the text starts', () => {
    const doc = new PDFDocument({ font: '' });
    adoptStandardFonts(doc);
    const before = rememberedLineCounts();
    for (let round = 0; round < 3; round++) {
      for (const text of TEXTS) {
        for (const [font, size, width, lineGap] of [[LETTER_FONTS.regular, 10, 467.7, 1.6], [LETTER_FONTS.bold, 10, 340.2, 0], [LETTER_FONTS.regular, 7, 382.7, 0.8]] as const) {
          for (const y of [71.3, 279.1, 533.35, 700.0001]) {
            doc.y = y;
            const expected = doc.font(font).fontSize(size).heightOfString(text, { width, lineGap });
            expect(doc.y).toBe(y);
            expect(wrappedHeight(doc, text, font, size, width, lineGap)).toBe(expected);
            expect(doc.y).toBe(y);
          }
        }
      }
    }
    expect(rememberedLineCounts()).toBeGreaterThan(before); // later rounds replayed remembered line counts
  });
});
