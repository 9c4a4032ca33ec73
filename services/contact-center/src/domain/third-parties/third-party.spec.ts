import { THIRD_PARTY_ROLES, ThirdPartyRoleInvalidError, effectOf, isThirdPartyRole, type ThirdPartyRole } from './third-party';

describe('effectOf', () => {
  const flags = (role: ThirdPartyRole) => {
    const { contactThroughThirdPartyOnly, claimDeclarationToFile, heirSearch } = effectOf(role);
    return { contactThroughThirdPartyOnly, claimDeclarationToFile, heirSearch };
  };

  it.each(['DEBT_MEDIATOR', 'PROVISIONAL_ADMINISTRATOR', 'LAWYER'] as const)('routes all contact through the %s', (role) => {
    expect(flags(role)).toEqual({ contactThroughThirdPartyOnly: true, claimDeclarationToFile: false, heirSearch: false });
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
