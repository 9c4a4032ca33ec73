import PDFDocument from 'pdfkit';
import { LETTER_FONTS, type LetterFont } from './letter-layout';
import { adoptStandardFonts } from './standard-fonts';
import { drawWrapped, rememberedTexts, wrappedHeight } from './wrapped-text';

const TEXTS = [
  '',
  ' ',
  'Principal',
  '1 234,56 €',
  '+++090/9337/55493+++',
  'Veuillez agréer nos salutations distinguées.',
  'Vous disposez d’un délai de 14 jours pour payer, à compter du troisième jour ouvrable suivant l’envoi de ce courrier (ou du lendemain de son envoi par e-mail). Aucune indemnité ni aucun intérêt de retard ne sera réclamé avant la fin de ce délai.',
  'Collections Agency SRL · Avenue Louise 54, 1050 Bruxelles · BCE 0123.456.749\nIBAN BE71 0961 2345 6769 · BIC GKCCBEBB',
  'Ligne terminée par un saut\n',
  `Ein sehr langes Wort: ${'Forderungsmanagement'.repeat(12)} und danach noch etwas Text.`,
  'Jean-Pierre Van den Broeck-Dupont, Sint-Pieters-Woluwe — zie bijlage/annexe (réf. 2026/11)',
];

const STYLES: Array<[LetterFont, number, number, number]> = [
  [LETTER_FONTS.regular, 10, 467.7, 1.6],
  [LETTER_FONTS.bold, 10, 340.2, 0],
  [LETTER_FONTS.regular, 7, 382.7, 0.8],
  [LETTER_FONTS.regular, 10, 85.04, 0],
];

/** A document as the letters make them, its output gathered. */
function letterDocument(): { doc: PDFKit.PDFDocument; pdf: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', font: '', bufferPages: true, info: { CreationDate: new Date('2026-11-24T00:00:00Z') }, margins: { top: 60, bottom: 90, left: 70, right: 60 } });
  const chunks: Buffer[] = [];
  const pdf = new Promise<Buffer>((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
  });
  adoptStandardFonts(doc);
  return { doc, pdf };
}

describe('wrappedHeight', () => {
  it('gives pdfkit’s own height of wrapped text to the last bit, the first time and every time after, wherever the text starts', () => {
    const { doc } = letterDocument();
    const before = rememberedTexts();
    for (let round = 0; round < 3; round++) {
      for (const text of TEXTS) {
        for (const [font, size, width, lineGap] of STYLES) {
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
    expect(rememberedTexts()).toBeGreaterThan(before);
  });

  it('leaves a text measured while a continued text is pending to pdfkit, and keeps no lines from it', () => {
    // pdfkit's answer depends on (and changes) the pending line, so each way is asked in a document of its own.
    const pending = () => {
      const { doc } = letterDocument();
      doc.font(LETTER_FONTS.regular).fontSize(10).text('Référence ', 70, 100, { width: 200, continued: true });
      return doc;
    };
    const text = 'Mesuré pendant un texte continu, jamais retenu pour les lettres suivantes.';
    const expected = pending().heightOfString(text, { width: 120 });
    const before = rememberedTexts();
    expect(wrappedHeight(pending(), text, LETTER_FONTS.regular, 10, 120, 0)).toBe(expected);
    expect(rememberedTexts()).toBe(before);
  });
});

describe('drawWrapped', () => {
  /** Every text in every style, left and right aligned, from tops that leave it room and tops where it runs off the page. */
  function drawAll(doc: PDFKit.PDFDocument, draw: (text: string, x: number, width: number, style: { font: LetterFont; size: number; lineGap: number; align: 'left' | 'right' }) => void): Array<[number, number, number]> {
    const after: Array<[number, number, number]> = [];
    for (let round = 0; round < 2; round++) {
      for (const text of TEXTS) {
        for (const [font, size, width, lineGap] of STYLES) {
          for (const align of ['left', 'right'] as const) {
            for (const top of [71.3, 400.25, 735.5]) {
              doc.y = top;
              doc.fillColor(round === 0 ? '#1a1a1a' : '#1f3a5f');
              draw(text, 75.5, width, { font, size, lineGap, align });
              after.push([doc.bufferedPageRange().count, doc.x, doc.y]);
            }
          }
        }
      }
    }
    return after;
  }

  it('draws what pdfkit’s text draws, byte for byte, and leaves x, y and the page where it leaves them', async () => {
    const byPdfkit = letterDocument();
    const positionsByPdfkit = drawAll(byPdfkit.doc, (text, x, width, { font, size, lineGap, align }) => {
      byPdfkit.doc.font(font).fontSize(size).text(text, x, byPdfkit.doc.y, { width, lineGap, align });
    });
    const ours = letterDocument();
    const positionsOurs = drawAll(ours.doc, (text, x, width, style) => drawWrapped(ours.doc, text, x, width, style));
    expect(positionsOurs).toEqual(positionsByPdfkit);
    expect(positionsOurs[positionsOurs.length - 1]![0]).toBeGreaterThan(10); // the texts near the bottom did page
    byPdfkit.doc.end();
    ours.doc.end();
    const [expected, actual] = await Promise.all([byPdfkit.pdf, ours.pdf]);
    expect(actual.equals(expected)).toBe(true);
  });

  it('draws from the remembered lines: the second letter’s texts are not wrapped again', () => {
    const { doc } = letterDocument();
    const text = 'Vous disposez d’un délai de 14 jours pour payer, à compter du troisième jour ouvrable suivant l’envoi de ce courrier.';
    doc.y = 100;
    drawWrapped(doc, text, 70, 200, { font: LETTER_FONTS.regular, size: 10, lineGap: 1.6 });
    const wrapping = jest.spyOn(doc as unknown as { _text: () => unknown }, '_text');
    doc.y = 100;
    drawWrapped(doc, text, 70, 200, { font: LETTER_FONTS.regular, size: 10, lineGap: 1.6 });
    expect(wrapping).not.toHaveBeenCalled();
    expect(doc.y).toBeGreaterThan(100 + 3 * 10);
  });
});
