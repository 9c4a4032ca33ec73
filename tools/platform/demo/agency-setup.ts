import type { AgentClient, CreditorClient, Platform } from '../driver';
import { CURRENCY_OF, type DemoPortfolio } from './portfolio';
import type { DemoCountry } from './reference-data';

export interface AgencySetup {
  /** Demo creditor key → its API client. */
  creditors: Map<string, CreditorClient>;
  /** Creditor id → demo key, for the documents' folder names. */
  creditorKeys: Map<string, string>;
  /** `country|language` → the agent working that queue. */
  agents: Map<string, AgentClient>;
}

export interface AgencyOptions {
  /** The day the exchange rates are set for. */
  today: string;
  /** The creditors' minimum commission per receipt (the fault suite's money invariants use none). */
  minimumCommissionMinor?: string;
  /** Only the creditors that place at least one of the portfolio's cases (the fault suite's small portfolios). */
  placingOnly?: boolean;
}

/**
 * The agency as the demo portfolio describes it, set up through the operators' endpoints: exchange
 * rates, consultants (intake assigns cases by country and language), agents, and per creditor its
 * account and portal users (intake), its payout terms for every currency it places cases in
 * (payments: money of a creditor without terms is held, so remittances would never come) and its
 * letterhead (notifications).
 */
export async function setUpAgency(platform: Platform, portfolio: DemoPortfolio, options: AgencyOptions): Promise<AgencySetup> {
  const { operator } = platform;
  await operator.setExchangeRates(options.today, portfolio.eurPer);
  for (const consultant of portfolio.consultants) await operator.addConsultant(consultant);
  const agents = new Map<string, AgentClient>();
  for (const { name, countries, languages } of portfolio.agents) agents.set(`${countries[0]}|${languages[0]}`, await platform.newAgent({ name, countries, languages }));
  const placing = new Set(portfolio.cases.map((demoCase) => demoCase.creditorKey));
  const creditors = new Map<string, CreditorClient>();
  const creditorKeys = new Map<string, string>();
  for (const creditor of portfolio.creditors.filter((candidate) => !options.placingOnly || placing.has(candidate.key))) {
    const client = await platform.newCreditor(creditor.name);
    creditors.set(creditor.key, client);
    creditorKeys.set(client.creditorId, creditor.key);
    for (const user of creditor.users) await operator.call('intake', `/ops/creditors/${client.creditorId}/users`, { body: user });
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
        minimumCommissionMinor: options.minimumCommissionMinor ?? '0',
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
  return { creditors, creditorKeys, agents };
}
