import { allowedChannels, checkEmail, normaliseAddress, normalisePhone } from './index';

describe('contacts public API', () => {
  it('screens a Belgian debtor\u2019s contacts end to end', () => {
    const address = normaliseAddress({ lines: ['Av. Louise 54'], postalCode: 'B-1050', locality: 'IXELLES', country: 'BE' });
    const phones = [normalisePhone('0470 12 34 56', 'BE'), normalisePhone('02 123 45 67', 'BE')];
    const emails = [checkEmail('Jan.Peeters@Skynet.be'), checkEmail('jan.peeters@sktnet.be')];

    const eligibility = allowedChannels({ addresses: [address], phones, emails });

    expect(address.normalised).toEqual({ lines: ['Avenue Louise 54'], postalCode: '1050', locality: 'Ixelles', country: 'BE' });
    expect(eligibility.allowed).toEqual(['LETTER', 'EMAIL', 'SMS', 'PHONE']);
    expect(eligibility.decisions.EMAIL.usable).toEqual([0]);
    expect(eligibility.decisions.PHONE.usable).toEqual([0]);
  });
});
