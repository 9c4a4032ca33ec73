import { compatible, foldText, identityKeys, nameKey, type DebtorFacts } from './debtor-identity-keys';

const marie: DebtorFacts = {
  kind: 'person', country: 'BE', nationalId: '85.07.30-033.28', givenNames: 'Marie-Hélène', familyName: 'Dubois', birthDate: '1985-07-30', postalCodes: ['1000'],
};

describe('identityKeys', () => {
  it('keys a person by national number and by name, birth date and postcode', () => {
    expect(identityKeys(marie)).toEqual({ exact: ['nid:BE:85073003328'], strong: ['per:BE:dubois-helene-marie:1985-07-30:1000'] });
  });

  it('gives the same keys whatever the formatting, accents, case or word order', () => {
    const sameMarie = { ...marie, nationalId: '85073003328', givenNames: 'HELENE marie', familyName: 'dubois ', postalCodes: [' 1000'] };
    expect(identityKeys(sameMarie)).toEqual(identityKeys(marie));
  });

  it('keys a company by company number, VAT number and its name without the legal form', () => {
    const keys = identityKeys({ kind: 'company', country: 'BE', companyNumber: '0403.170.701', vatNumber: 'BE 0403.170.701', legalName: 'Brasserie Dubois SRL', postalCodes: ['1050'] });
    expect(keys).toEqual({ exact: ['cno:BE:0403170701', 'vat:BE0403170701'], strong: ['com:BE:brasserie-dubois:1050'] });
    expect(identityKeys({ kind: 'company', country: 'BE', legalName: 'BRASSERIE DUBOIS', postalCodes: ['1050'] }).strong).toEqual(keys.strong);
  });

  it('has no strong key without a birth date or a postcode', () => {
    expect(identityKeys({ ...marie, birthDate: undefined }).strong).toEqual([]);
    expect(identityKeys({ ...marie, postalCodes: [] }).strong).toEqual([]);
  });

  it('folds Scandinavian and German letters and keeps both Spanish surnames', () => {
    expect(foldText('Sørensen Ærø Straße Åkesson')).toBe('sorensen aero strasse akesson');
    expect(nameKey('José María', 'García Márquez')).toBe('garcia-jose-maria-marquez');
  });
});

describe('compatible', () => {
  it('lets a debtor known by name only take a national number', () => {
    expect(compatible(['per:BE:dubois-marie:1985-07-30:1000'], identityKeys(marie))).toBe(true);
  });

  it('refuses a debtor whose national number differs: same name and birth date, another person', () => {
    expect(compatible(['nid:BE:85073003427', 'per:BE:dubois-helene-marie:1985-07-30:1000'], identityKeys(marie))).toBe(false);
  });

  it('lets a company known by its VAT number take its company number', () => {
    expect(compatible(['vat:BE0403170701'], { exact: ['cno:BE:0403170701'], strong: [] })).toBe(true);
  });
});
