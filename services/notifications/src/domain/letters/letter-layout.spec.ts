import type { LetterRecipient } from './letter-document';
import { LetterContentInvalidError } from './letter-errors';
import {
  type TextMeasure,
  LETTER_GEOMETRY as G,
  contains,
  layoutAddressWindow,
  layoutFooter,
  mmToPt,
  ptToMm,
  recipientAddressLines,
} from './letter-layout';

/** Every character half an em wide, lines 1.2 em apart: enough to exercise the fitting rules. */
const roughMeasure: TextMeasure = {
  widthOf: (text, _font, size) => text.length * size * 0.5,
  lineHeight: (_font, size) => size * 1.2,
  heightOf: (text, _font, size, width, lineGap) =>
    text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * size * 0.5) / width)) * (size * 1.2 + lineGap), 0),
};

const recipient = (overrides: Partial<LetterRecipient> = {}): LetterRecipient => ({
  name: 'Jan Peeters',
  lines: ['Kerkstraat 1'],
  postalCode: '9000',
  locality: 'Gent',
  country: '',
  ...overrides,
});

describe('letter geometry (mm)', () => {
  it('puts the envelope window where DIN 5008 form B has it: 20 mm from the left, 45 mm from the top, 85 × 45 mm', () => {
    expect(G.addressWindow).toEqual({ x: 20, y: 45, width: 85, height: 45 });
  });

  it('keeps the sender line and the address zone inside the window, 5 mm in from its sides', () => {
    expect(contains(G.addressWindow, G.senderZone)).toBe(true);
    expect(contains(G.addressWindow, G.recipientZone)).toBe(true);
    expect(G.senderZone.y - G.addressWindow.y).toBeLessThan(2);
    expect(G.senderZone.x - G.addressWindow.x).toBe(5);
    expect(G.addressWindow.x + G.addressWindow.width - (G.recipientZone.x + G.recipientZone.width)).toBe(5);
    expect(G.recipientZone.y + G.recipientZone.height).toBe(G.addressWindow.y + G.addressWindow.height);
  });

  it('keeps the letterhead above the window, the information block beside it and the body under it', () => {
    expect(G.letterhead.y + G.letterhead.height).toBeLessThanOrEqual(G.addressWindow.y);
    expect(G.infoBlock.x).toBeGreaterThanOrEqual(G.addressWindow.x + G.addressWindow.width);
    expect(G.firstPageBodyTop).toBeGreaterThan(G.addressWindow.y + G.addressWindow.height);
  });

  it('ends the body above the footer, and the footer 10 mm above the bottom edge', () => {
    expect(G.bodyBottom).toBeLessThan(G.footer.y);
    expect(G.page.height - (G.footer.y + G.footer.height)).toBe(10);
    expect(G.text.left + G.text.width).toBe(G.text.right);
  });

  it('converts millimetres and points both ways (A4 is 595.28 × 841.89 pt)', () => {
    expect(mmToPt(210)).toBeCloseTo(595.28, 2);
    expect(mmToPt(297)).toBeCloseTo(841.89, 2);
    expect(ptToMm(mmToPt(62.7))).toBeCloseTo(62.7, 10);
  });
});

describe('recipientAddressLines', () => {
  it('prints name, street lines, postal code with locality, then the country; blank lines are dropped', () => {
    expect(recipientAddressLines(recipient({ lines: ['Kerkstraat 1', ' ', 'bus 3'], country: 'BELGIQUE' }))).toEqual([
      'Jan Peeters',
      'Kerkstraat 1',
      'bus 3',
      '9000 Gent',
      'BELGIQUE',
    ]);
  });

  it('prints the locality alone when there is no postal code', () => {
    expect(recipientAddressLines(recipient({ postalCode: '', locality: 'Dublin 2' }))).toEqual(['Jan Peeters', 'Kerkstraat 1', 'Dublin 2']);
  });
});

describe('layoutAddressWindow', () => {
  it('places the sender line on the first line of the window and the address in the address zone, in mm', () => {
    const layout = layoutAddressWindow('Agency · Street 1 · 1000 Brussels', recipient(), roughMeasure);
    expect(layout.senderLine.fontSize).toBe(7);
    expect(layout.senderLine.box.y).toBe(46.5);
    expect(layout.recipient.fontSize).toBe(10);
    expect(layout.recipient.box).toEqual({ x: 25, y: 62.7, width: expect.any(Number), height: expect.any(Number) });
    expect(layout.recipient.box.height).toBeCloseTo(3 * ptToMm(12), 10);
    expect(contains(G.addressWindow, layout.senderLine.box)).toBe(true);
    expect(contains(G.addressWindow, layout.recipient.box)).toBe(true);
    expect(layout.senderLine.box.y + layout.senderLine.box.height).toBeLessThanOrEqual(layout.recipient.box.y);
  });

  it('sets a long address in a smaller size so that it stays inside the window', () => {
    const layout = layoutAddressWindow('Agency', recipient({ lines: ['p/a Familie Janssens', 'Residentie Ter Linden', 'Blok C, 4de verdieping', 'Kerkstraat 1 bus 3'], country: 'BELGIË' }), roughMeasure);
    expect(layout.recipient.lines).toHaveLength(7);
    expect(layout.recipient.fontSize).toBeLessThan(10);
    expect(contains(G.recipientZone, layout.recipient.box)).toBe(true);
  });

  it('refuses an address with more lines than the window can show, rather than clipping it', () => {
    const lines = ['1', '2', '3', '4', '5', '6', '7'].map((n) => `Line ${n}`);
    expect(() => layoutAddressWindow('Agency', recipient({ lines }), roughMeasure)).toThrow(LetterContentInvalidError);
  });

  it('refuses an address line wider than the window at the smallest size', () => {
    expect(() => layoutAddressWindow('Agency', recipient({ lines: ['x'.repeat(60)] }), roughMeasure)).toThrow(LetterContentInvalidError);
  });

  it('shrinks a long sender line, and refuses one that fits no size', () => {
    expect(layoutAddressWindow('s'.repeat(70), recipient(), roughMeasure).senderLine.fontSize).toBe(6);
    expect(() => layoutAddressWindow('s'.repeat(90), recipient(), roughMeasure)).toThrow(LetterContentInvalidError);
  });
});

describe('layoutFooter', () => {
  it('keeps the footer in its zone and leaves the page number column free', () => {
    const footer = layoutFooter('Agency · BCE 0123.456.749 · IBAN BE71 0961 2345 6769\nAmicable collection, not a court procedure.', roughMeasure);
    expect(footer.fontSize).toBe(7);
    expect(contains(G.footer, footer.textBox)).toBe(true);
    expect(footer.textBox.x + footer.textBox.width).toBe(footer.pageNumberBox.x);
    expect(footer.pageNumberBox.x + footer.pageNumberBox.width).toBe(G.text.right);
  });

  it('sets long legal mentions smaller, and refuses mentions too long for the zone', () => {
    expect(layoutFooter('mention '.repeat(120), roughMeasure).fontSize).toBeLessThan(7);
    expect(() => layoutFooter('mention '.repeat(400), roughMeasure)).toThrow(LetterContentInvalidError);
  });
});
