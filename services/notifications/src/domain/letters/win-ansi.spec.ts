import { toWinAnsi, toWinAnsiStrings } from './win-ansi';

describe('toWinAnsi', () => {
  it.each([
    ['fr', 'Créancier, échéance, intérêts à payer, reçu, hôtel, Noël, où'],
    ['nl', 'Geïnd bedrag, één financiële regeling, geërfd'],
    ['de', 'Überweisung, Gebühren, Straße, Zahlungsfähigkeit, „Mahnung“'],
    ['es', 'Señora Núñez, año, información, gestión, ¿pagará?, ¡gracias!'],
    ['sv', 'Påminnelse, förfallodag, Räntelagen, Ångström, Øresund'],
    ['symbols', '€ 1.234,56 – 12 % ‰ “quoted” ‘single’ … • ™ Œuvre œuf Šárka Žofie'],
  ])('keeps %s text that the standard fonts can print as it is', (_language, text) => {
    expect(toWinAnsi(text)).toEqual({ text, unrepresentable: [] });
  });

  it('composes decomposed accents (NFD input) into their WinAnsi letters', () => {
    expect(toWinAnsi('Cre\u0301ancier Mu\u0308ller').text).toBe('Créancier Müller');
  });

  it('turns the spaces and minus that Intl number formatting writes into printable look-alikes', () => {
    const french = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1234.56);
    const swedish = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(-1234.5);
    expect(toWinAnsi(french)).toEqual({ text: '1\u00a0234,56\u00a0€', unrepresentable: [] });
    expect(toWinAnsi(swedish)).toEqual({ text: '-1\u00a0234,50\u00a0kr', unrepresentable: [] });
  });

  it.each([
    ['Łódź', 'Lódz'], // ó is in WinAnsi: only the letters it lacks lose their accent
    ['Kőszeg, Timișoara, Dubrovnik Đurđa', 'Koszeg, Timisoara, Dubrovnik Durda'],
    ['ĳsselmeer', 'ijsselmeer'],
    ['ﬁnal', 'final'],
    ['GROẞE', 'GROSSE'],
    ['a\tb\r\nc\u0007d\u0085e\u200bf', 'a b\ncdef'],
  ])('replaces %j by %j', (input, expected) => {
    expect(toWinAnsi(input)).toEqual({ text: expected, unrepresentable: [] });
  });

  it('replaces what has no WinAnsi form by ? and reports each character once', () => {
    expect(toWinAnsi('Ελλάδα 😀 Москва 😀 東京')).toEqual({
      text: '?????? ? ?????? ? ??',
      unrepresentable: ['Ε', 'λ', 'ά', 'δ', 'α', '😀', 'М', 'о', 'с', 'к', 'в', 'а', '東', '京'],
    });
  });

  it('converts every string of a nested document and gathers what it replaced', () => {
    const document = { name: 'Łukasz 😀', lines: ['ul. Długa 5', 'Ελλάδα'], rows: [{ amount: '−5\u202f000 zł' }], count: 3, none: undefined };
    expect(toWinAnsiStrings(document)).toEqual({
      value: { name: 'Lukasz ?', lines: ['ul. Dluga 5', '??????'], rows: [{ amount: '-5\u00a0000 zl' }], count: 3, none: undefined },
      unrepresentable: ['😀', 'Ε', 'λ', 'ά', 'δ', 'α'],
    });
  });

  it('leaves a string of WinAnsi characters and line feeds as it is, and still cleans one with a single character outside them', () => {
    const all = [...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index), ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index)]
      .map((code) => String.fromCharCode(code))
      .concat(['€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ', '\n'])
      .join('');
    expect(toWinAnsi(all)).toEqual({ text: all, unrepresentable: [] });
    expect(toWinAnsi(`${all}\r\n`)).toEqual({ text: `${all}\n`, unrepresentable: [] });
    expect(toWinAnsi(`${all}e\u0301\t`)).toEqual({ text: `${all}é `, unrepresentable: [] });
    expect(toWinAnsi(`${all}Ω`)).toEqual({ text: `${all}?`, unrepresentable: ['Ω'] });
  });
});

