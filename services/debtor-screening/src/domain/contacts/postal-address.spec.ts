import { normaliseAddress, type PostalAddress } from './postal-address';

function address(overrides: Partial<PostalAddress>): PostalAddress {
  return { lines: ['Rue de la Loi 16'], postalCode: '1000', locality: 'Bruxelles', country: 'BE', ...overrides };
}

describe('normaliseAddress', () => {
  describe('deliverable addresses, normalised per country', () => {
    it.each<[string, PostalAddress, PostalAddress]>([
      [
        'BE, French',
        { lines: ['  Av.   Louise  54 ', ''], postalCode: 'B-1050', locality: 'IXELLES', country: 'be' },
        { lines: ['Avenue Louise 54'], postalCode: '1050', locality: 'Ixelles', country: 'BE' },
      ],
      [
        'BE, Dutch',
        { lines: ['Kalverstr. 12'], postalCode: '9000', locality: 'sint-martens-latem', country: 'BE' },
        { lines: ['Kalverstraat 12'], postalCode: '9000', locality: 'Sint-Martens-Latem', country: 'BE' },
      ],
      [
        'FR',
        { lines: ['12 bd Haussmann', 'Bâtiment B'], postalCode: '75 009', locality: 'PARIS', country: 'FR' },
        { lines: ['12 boulevard Haussmann', 'Bâtiment B'], postalCode: '75009', locality: 'Paris', country: 'FR' },
      ],
      [
        'NL',
        { lines: ['Keizersgr. 1'], postalCode: '1015cj', locality: "'S-GRAVENHAGE", country: 'NL' },
        { lines: ['Keizersgracht 1'], postalCode: '1015 CJ', locality: "'s-Gravenhage", country: 'NL' },
      ],
      [
        'DE',
        { lines: ['Berliner Str. 5a'], postalCode: 'D-60311', locality: 'FRANKFURT AM MAIN', country: 'DE' },
        { lines: ['Berliner Straße 5a'], postalCode: '60311', locality: 'Frankfurt am Main', country: 'DE' },
      ],
      [
        'ES, with a matching province',
        { lines: ['C/ Mayor 5, 3º B'], postalCode: '28013', locality: 'MADRID', region: ' Madrid ', country: 'ES' },
        { lines: ['Calle Mayor 5, 3º B'], postalCode: '28013', locality: 'Madrid', region: 'Madrid', country: 'ES' },
      ],
      [
        'ES, s/n',
        { lines: ['Avda. de la Constitución s/n'], postalCode: '41004', locality: 'sevilla', country: 'ES' },
        { lines: ['Avenida de la Constitución s/n'], postalCode: '41004', locality: 'Sevilla', country: 'ES' },
      ],
      [
        'SE',
        { lines: ['Drottningg. 5'], postalCode: '11151', locality: 'STOCKHOLM', country: 'SE' },
        { lines: ['Drottninggatan 5'], postalCode: '111 51', locality: 'Stockholm', country: 'SE' },
      ],
      [
        'GB, a house with a name and no number',
        { lines: ['Rose Cottage', 'Church Ln'], postalCode: 'ox1 2jd', locality: 'OXFORD', country: 'GB' },
        { lines: ['Rose Cottage', 'Church Lane'], postalCode: 'OX1 2JD', locality: 'Oxford', country: 'GB' },
      ],
      [
        'US, ZIP+4',
        { lines: ['1600 Pennsylvania Ave NW'], postalCode: '205000003', locality: 'Washington', region: 'DC', country: 'US' },
        { lines: ['1600 Pennsylvania Avenue NW'], postalCode: '20500-0003', locality: 'Washington', region: 'DC', country: 'US' },
      ],
      [
        'a country without rules: only tidied',
        { lines: ['ul.  Marszałkowska 1'], postalCode: '00-950', locality: 'WARSZAWA', country: 'PL' },
        { lines: ['ul. Marszałkowska 1'], postalCode: '00-950', locality: 'Warszawa', country: 'PL' },
      ],
      [
        'IE without an Eircode',
        { lines: ['Main Street'], postalCode: '', locality: 'Kilkenny', country: 'IE' },
        { lines: ['Main Street'], postalCode: '', locality: 'Kilkenny', country: 'IE' },
      ],
      [
        'a PO box where that is ordinary',
        { lines: ['Box 123'], postalCode: '11151', locality: 'Stockholm', country: 'SE' },
        { lines: ['Box 123'], postalCode: '111 51', locality: 'Stockholm', country: 'SE' },
      ],
    ])('%s', (_label, input, normalised) => {
      expect(normaliseAddress(input)).toEqual({ normalised, verdict: 'deliverable', reasons: [] });
    });
  });

  describe('undeliverable addresses', () => {
    it.each<[string, Partial<PostalAddress>, string[]]>([
      ['no lines', { lines: [] }, ['NO_STREET_LINE']],
      ['only blank lines', { lines: ['  ', ''] }, ['NO_STREET_LINE']],
      ['no postcode', { postalCode: ' ' }, ['NO_POSTCODE']],
      ['no locality', { locality: '' }, ['NO_LOCALITY']],
      ['no postcode and no locality', { postalCode: '', locality: ' ' }, ['NO_POSTCODE', 'NO_LOCALITY']],
      ['BE postcode with five digits', { postalCode: '10000' }, ['POSTCODE_MALFORMED']],
      ['NL postcode without letters', { postalCode: '1015', country: 'NL', lines: ['Keizersgracht 1'] }, ['POSTCODE_MALFORMED']],
      ['ES postcode of no province', { postalCode: '53001', country: 'ES', lines: ['Calle Mayor 5'] }, ['POSTCODE_MALFORMED']],
      ['GB postcode outward only', { postalCode: 'SW1A', country: 'GB', lines: ['10 Downing Street'] }, ['POSTCODE_MALFORMED']],
      ['US ZIP of four digits', { postalCode: '2050', country: 'US', lines: ['1 Main Street'] }, ['POSTCODE_MALFORMED']],
      ['a country that is not a code', { country: 'Belgium', postalCode: '1000' }, ['UNKNOWN_COUNTRY']],
    ])('%s', (_label, overrides, codes) => {
      const check = normaliseAddress(address(overrides));
      expect(check.verdict).toBe('undeliverable');
      expect(check.reasons.map((reason) => reason.code)).toEqual(codes);
    });

    it('outweighs a doubt', () => {
      const check = normaliseAddress(address({ lines: ['Rue de la Loi'], postalCode: '999' }));
      expect(check.verdict).toBe('undeliverable');
      expect(check.reasons.map((reason) => reason.code)).toEqual(['POSTCODE_MALFORMED', 'NO_HOUSE_NUMBER']);
    });

    it('keeps a malformed postcode tidied, for a person to read', () => {
      expect(normaliseAddress(address({ postalCode: ' 10 000 ' })).normalised.postalCode).toBe('10 000');
    });
  });

  describe('doubtful addresses', () => {
    it.each<[string, Partial<PostalAddress>, string[]]>([
      ['BE street without a number', { lines: ['Rue de la Loi'] }, ['NO_HOUSE_NUMBER']],
      ['FR lieu-dit', { lines: ['Lieu-dit Les Granges'], postalCode: '24200', locality: 'Sarlat-la-Canéda', country: 'FR' }, ['NO_HOUSE_NUMBER']],
      ['NL street without a number', { lines: ['Keizersgracht'], postalCode: '1015 CJ', locality: 'Amsterdam', country: 'NL' }, ['NO_HOUSE_NUMBER']],
      ['DE street without a number', { lines: ['Hauptstraße'], postalCode: '10115', locality: 'Berlin', country: 'DE' }, ['NO_HOUSE_NUMBER']],
      ['ES postcode in another province', { lines: ['Calle Mayor 5'], postalCode: '08001', locality: 'Madrid', region: 'Madrid', country: 'ES' }, ['REGION_MISMATCH']],
      ['BE PO box only', { lines: ['Postbus 1000'] }, ['PO_BOX_ONLY']],
      ['FR PO box only', { lines: ['BP 123'], postalCode: '75001', locality: 'Paris', country: 'FR' }, ['PO_BOX_ONLY']],
      ['DE PO box only', { lines: ['Postfach 10 01 01'], postalCode: '10115', locality: 'Berlin', country: 'DE' }, ['PO_BOX_ONLY']],
    ])('%s', (_label, overrides, codes) => {
      const check = normaliseAddress(address(overrides));
      expect(check.verdict).toBe('doubtful');
      expect(check.reasons.map((reason) => reason.code)).toEqual(codes);
    });

    it.each<[string, Partial<PostalAddress>]>([
      ['a GB house name', { lines: ['Rose Cottage'], postalCode: 'OX1 2JD', locality: 'Oxford', country: 'GB' }],
      ['a US PO box', { lines: ['PO Box 123'], postalCode: '20500', locality: 'Washington', country: 'US' }],
      ['a BE PO box beside a street', { lines: ['Rue de la Loi 16', 'Boîte postale 12'] }],
      ['a number on another line', { lines: ['Résidence Les Pins, bâtiment 2', 'Rue de la Paix'], postalCode: '75002', locality: 'Paris', country: 'FR' }],
      ['an unrecognised ES region', { lines: ['Calle Mayor 5'], postalCode: '28013', locality: 'Madrid', region: 'Castile', country: 'ES' }],
      ['an ES region in ISO form', { lines: ['Calle Mayor 5'], postalCode: '28013', locality: 'Madrid', region: 'ES-M', country: 'ES' }],
      ['an ES autonomous community', { lines: ['Carrer de Mallorca 401'], postalCode: '08013', locality: 'Barcelona', region: 'Catalunya', country: 'ES' }],
    ])('not doubtful: %s', (_label, overrides) => {
      expect(normaliseAddress(address(overrides)).verdict).toBe('deliverable');
    });
  });

  it('drops a blank region', () => {
    expect(normaliseAddress(address({ region: '  ' })).normalised).not.toHaveProperty('region');
  });

  it('never quotes the address in its reasons', () => {
    const check = normaliseAddress({ lines: ['Kerkstraat'], postalCode: '12345', locality: 'Gent', region: 'Oost', country: 'BE' });
    expect(check.reasons.length).toBeGreaterThan(0);
    for (const reason of check.reasons) expect(reason.message).not.toMatch(/kerkstraat|12345|gent|oost/i);
  });
});
