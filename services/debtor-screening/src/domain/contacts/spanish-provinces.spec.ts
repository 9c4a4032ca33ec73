import { regionMatchesSpanishPostcode, SPANISH_PROVINCES } from './spanish-provinces';

describe('SPANISH_PROVINCES', () => {
  it('covers the postcode prefixes 01 to 52, each with a distinct ISO code', () => {
    const expected = Array.from({ length: 52 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(Object.keys(SPANISH_PROVINCES).sort()).toEqual(expected);
    const isoCodes = Object.values(SPANISH_PROVINCES).map((province) => province.iso);
    expect(new Set(isoCodes).size).toBe(52);
  });
});

describe('regionMatchesSpanishPostcode', () => {
  it.each([
    ['Madrid', '28001'],
    ['MADRID', '28013'],
    ['Comunidad de Madrid', '28001'],
    ['ES-M', '28001'],
    ['m', '28001'],
    ['Barcelona', '08001'],
    ['Catalunya', '08001'],
    ['Cataluña', '17001'],
    ['Álava', '01001'],
    ['alava', '01001'],
    ['Araba', '01001'],
    ['Euskadi', '48001'],
    ['Vizcaya', '48001'],
    ['Bizkaia', '48001'],
    ['A Coruña', '15001'],
    ['La Coruña', '15001'],
    ['Illes Balears', '07001'],
    ['Islas Baleares', '07001'],
    ['Santa Cruz de Tenerife', '38001'],
    ['Canarias', '35001'],
    ['Castilla - La Mancha', '45001'],
    ['València', '46001'],
    ['Comunidad Valenciana', '03001'],
    ['Ceuta', '51001'],
    ['Melilla', '52001'],
  ])('%s covers %s', (region, postcode) => {
    expect(regionMatchesSpanishPostcode(region, postcode)).toBe(true);
  });

  it.each([
    ['Madrid', '08001'],
    ['Barcelona', '28001'],
    ['Cataluña', '28001'],
    ['ES-B', '28001'],
    ['Sevilla', '29001'],
    ['Andalucía', '46001'],
  ])('%s does not cover %s', (region, postcode) => {
    expect(regionMatchesSpanishPostcode(region, postcode)).toBe(false);
  });

  it.each([
    ['Île-de-France', '28001', 'not a Spanish region'],
    ['', '28001', 'no region'],
    ['Madrid', '99001', 'not a province prefix'],
  ])('cannot judge %j with %s (%s)', (region, postcode) => {
    expect(regionMatchesSpanishPostcode(region, postcode)).toBeNull();
  });
});
