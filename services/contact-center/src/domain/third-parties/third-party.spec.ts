import { THIRD_PARTY_ROLES, ThirdPartyRoleInvalidError, effectOf, isThirdPartyRole, representativeContactOf, type ThirdPartyRole } from './third-party';

describe('effectOf', () => {
  const flags = (role: ThirdPartyRole) => {
    const { contactThroughThirdPartyOnly, claimDeclarationToFile, heirSearch } = effectOf(role);
    return { contactThroughThirdPartyOnly, claimDeclarationToFile, heirSearch };
  };

  it.each(['DEBT_MEDIATOR', 'PROVISIONAL_ADMINISTRATOR', 'LAWYER'] as const)('routes all contact through the %s', (role) => {
    expect(flags(role)).toEqual({ contactThroughThirdPartyOnly: true, claimDeclarationToFile: false, heirSearch: false });
  });

  it.each(['PROVISIONAL_ADMINISTRATOR', 'LAWYER'] as const)('lets collection go on addressed to the %s, who represents the debtor', (role) => {
    expect(effectOf(role).representsDebtor).toBe(true);
    expect(effectOf(role).explanation).toContain('collection goes on');
  });

  it.each(['DEBT_MEDIATOR', 'TRUSTEE'] as const)('stops collection behind the %s: no direct contact, and nobody to dun in the debtor’s place', (role) => {
    expect(effectOf(role)).toMatchObject({ contactThroughThirdPartyOnly: true, representsDebtor: false });
  });

  it('makes the notary the estate’s representative once the debtor has died, and informative otherwise', () => {
    expect(effectOf('NOTARY', { debtorDeceased: true })).toMatchObject({ contactThroughThirdPartyOnly: true, representsDebtor: true, heirSearch: false });
    expect(effectOf('NOTARY')).toMatchObject({ contactThroughThirdPartyOnly: false, representsDebtor: false });
    expect(effectOf('LAWYER', { debtorDeceased: true })).toEqual(effectOf('LAWYER'));
  });

  it('routes contact through the trustee and asks for a claim declaration', () => {
    expect(flags('TRUSTEE')).toEqual({ contactThroughThirdPartyOnly: true, claimDeclarationToFile: true, heirSearch: false });
  });

  it('starts an heir search after a death', () => {
    expect(flags('HEIR')).toEqual({ contactThroughThirdPartyOnly: false, claimDeclarationToFile: false, heirSearch: true });
  });

  it.each(['NOTARY', 'SOCIAL_SERVICES'] as const)('treats the %s as informative', (role) => {
    expect(flags(role)).toEqual({ contactThroughThirdPartyOnly: false, claimDeclarationToFile: false, heirSearch: false });
    expect(effectOf(role).explanation).toContain('informative');
  });

  it('explains every role', () => {
    for (const role of THIRD_PARTY_ROLES) expect(effectOf(role).explanation.length).toBeGreaterThan(10);
  });

  it('refuses a role from outside the list with a typed error', () => {
    expect(isThirdPartyRole('BAILIFF')).toBe(false);
    expect(isThirdPartyRole('HEIR')).toBe(true);
    expect(() => effectOf('BAILIFF' as ThirdPartyRole)).toThrow(ThirdPartyRoleInvalidError);
    expect(() => effectOf('toString' as ThirdPartyRole)).toThrow(ThirdPartyRoleInvalidError);
  });
});

describe('representativeContactOf', () => {
  it('reads the address, the phones (one or many, without repeats) and the e-mail the agent recorded', () => {
    expect(representativeContactOf({
      phone: '+3225550000', phones: ['+3225550001', '+3225550000'], email: ' office@janssens.example ',
      address: { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', country: 'BE' }, reference: 'J-2026-17',
    })).toEqual({ address: { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', region: '', country: 'BE' }, phones: ['+3225550001', '+3225550000'], email: 'office@janssens.example' });
  });

  it('leaves out what is missing or malformed: an address without lines or country, phones that are not text', () => {
    expect(representativeContactOf({ address: { locality: 'Ixelles' }, phones: [42, ''], email: 7 })).toEqual({ phones: [] });
    expect(representativeContactOf({ address: 'Avenue Louise 100' })).toEqual({ phones: [] });
    expect(representativeContactOf({ address: { lines: 'Rue Haute 5', country: 'BE' } })).toEqual({ address: { lines: ['Rue Haute 5'], postalCode: '', locality: '', region: '', country: 'BE' }, phones: [] });
  });
});
