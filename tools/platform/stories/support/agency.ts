import type { AgentClient, CreditorClient, Platform } from '../../driver';

/** Commission the stories' creditors agreed: 15 % of each payment collected, no minimum, no cost per receipt. */
export const COMMISSION_BP = 1_500;

export interface OnboardedCreditor {
  client: CreditorClient;
  email: string;
}

/**
 * A creditor as the agency onboards one: the account and API key (intake), its identity and address
 * for letters and its e-mail for notices (notifications), its payout account and commission
 * (payments).
 */
export async function onboardCreditor(platform: Platform, name: string, email: string, country: 'BE' | 'FR' = 'BE'): Promise<OnboardedCreditor> {
  const client = await platform.newCreditor(name);
  await platform.operator.registerCreditorIdentity(client.creditorId, {
    name,
    enterpriseNumber: country === 'BE' ? '0403.170.701' : '552 100 554',
    address: country === 'BE' ? { lines: ['Rue Royale 10'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } : { lines: ['12 rue de la Paix'], postalCode: '75002', locality: 'Paris', country: 'FR' },
    email,
    language: 'en',
  });
  await platform.operator.setCreditorTerms(client.creditorId, {
    name,
    iban: country === 'BE' ? 'BE68539007547034' : 'FR1420041010050500013M02606',
    taxRateBp: 2_100,
    invoiceDueDays: 30,
    contracts: [{ currency: 'EUR', commissionBands: [{ rateBp: COMMISSION_BP }], minimumCommissionMinor: '0', costPerReceiptMinor: '0' }],
  });
  return { client, email };
}

/** The agency's people for a country: a consultant (intake assigns cases) and a contact-centre agent. */
export async function staffCountry(platform: Platform, country: string, language: string): Promise<AgentClient> {
  await platform.operator.addConsultant({ name: `Consultant ${country}`, email: `consultant.${country.toLowerCase()}@agency.example`, countries: [country], languages: [language] });
  return platform.newAgent({ name: `Agent ${country}`, countries: [country], languages: [language] });
}
