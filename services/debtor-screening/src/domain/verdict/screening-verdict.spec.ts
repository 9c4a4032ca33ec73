import { screenContacts } from './screening-verdict';

const brussels = { lines: ['Rue de la Loi 16'], postalCode: '1000', locality: 'BRUXELLES', country: 'BE' };

describe('screenContacts', () => {
  it('clears a debtor with a deliverable address, a mobile and a valid e-mail, and lists every channel', () => {
    const screening = screenContacts({ addresses: [brussels], phones: ['0470 12 34 56'], emails: ['Marie@Example.BE'], country: 'BE' });

    expect(screening.verdict).toBe('clear');
    expect(screening.channels).toEqual(['LETTER', 'EMAIL', 'SMS', 'PHONE']);
    expect(screening.contacts.phones).toEqual(['+32470123456']);
    expect(screening.contacts.addresses[0]).toMatchObject({ postalCode: '1000', locality: 'Bruxelles' });
  });

  it('sends a debtor nobody can reach to review with the reason', () => {
    const screening = screenContacts({ addresses: [{ ...brussels, postalCode: '' }], phones: ['12'], emails: ['marie@'], country: 'BE' });

    expect(screening).toMatchObject({ verdict: 'needs_review', channels: [], findings: [{ reason: 'NO_USABLE_CONTACT' }] });
    expect(screening.contacts).toEqual({ addresses: [], phones: [], emails: [] });
  });

  it('does not offer SMS to a fixed line', () => {
    expect(screenContacts({ addresses: [], phones: ['+32 2 555 12 34'], emails: [], country: 'BE' }).channels).toEqual(['PHONE']);
  });
});
