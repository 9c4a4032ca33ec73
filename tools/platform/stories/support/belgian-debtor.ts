import type { CaseSubmission } from '../../driver';

/**
 * Cases of the stories. Debtors are fictitious; national and company numbers carry valid check
 * digits because intake checks them. A landline and no e-mail: the Belgian small-claims scenario then
 * runs letter → call → formal notice, its SMS and e-mail steps being skipped for want of a channel.
 */
export function belgianConsumerCase(reference: string, principalMinor: number, debtor: { givenNames: string; familyName: string; birthDate: string; nationalId: string; postalCode?: string }): CaseSubmission {
  return {
    creditorReference: reference,
    category: 'B2C',
    currency: 'EUR',
    debtor: {
      kind: 'person',
      givenNames: debtor.givenNames,
      familyName: debtor.familyName,
      birthDate: debtor.birthDate,
      nationalId: debtor.nationalId,
      addresses: [{ lines: ['Rue de la Loi 16'], postalCode: debtor.postalCode ?? '1000', locality: 'Bruxelles', country: 'BE' }],
      phones: ['+32 2 555 12 34'],
      emails: [],
      language: 'fr-BE',
      country: 'BE',
    },
    invoices: [{ number: `${reference}-F1`, issueDate: '2026-08-01', dueDate: '2026-09-01', principalMinor, currency: 'EUR' }],
  };
}
