import type { CreditorClient, Platform } from '../../driver';
import { CURRENCY_OF, type DemoPortfolio } from '../../demo/portfolio';
import type { DemoCountry } from '../../demo/reference-data';

/**
 * The agency as the demo portfolio describes it, set up through the operators' endpoints: exchange
 * rates, consultants (intake assigns cases by country and language), agents, and per creditor its
 * account (intake), its payout terms for every currency it places cases in (payments: money of a
 * creditor without terms is held, so remittances would never come) and its letterhead (notifications).
 */
export async function setUpAgency(platform: Platform, portfolio: DemoPortfolio, today: string): Promise<Map<string, CreditorClient>> {
  const { operator } = platform;
  await operator.setExchangeRates(today, portfolio.eurPer);
  for (const consultant of portfolio.consultants) await operator.addConsultant(consultant);
  for (const { name, countries, languages } of portfolio.agents) await platform.newAgent({ name, countries, languages });
  const creditors = new Map<string, CreditorClient>();
  const placing = new Set(portfolio.cases.map((demoCase) => demoCase.creditorKey));
  for (const creditor of portfolio.creditors.filter((c) => placing.has(c.key))) {
    const client = await platform.newCreditor(creditor.name);
    creditors.set(creditor.key, client);
    const currencies = [...new Set(Object.keys(creditor.countries).map((country) => CURRENCY_OF[country as DemoCountry]))];
    await operator.setCreditorTerms(client.creditorId, {
      name: creditor.name.slice(0, 70),
      iban: creditor.iban,
      bic: creditor.bic,
      taxRateBp: 2100,
      invoiceDueDays: 30,
      contracts: currencies.map((currency) => ({
        currency,
        commissionBands: [{ upToMinor: '500000', rateBp: creditor.commissionBp[0] }, { rateBp: creditor.commissionBp[1] }],
        minimumCommissionMinor: '0',
        costPerReceiptMinor: '0',
      })),
    });
    const { lines, postalCode, locality, country } = creditor.address;
    await operator.registerCreditorIdentity(client.creditorId, {
      name: creditor.name,
      enterpriseNumber: creditor.enterpriseNumber,
      address: { lines, postalCode, locality, country },
      email: creditor.email,
      language: creditor.language,
    });
  }
  return creditors;
}
