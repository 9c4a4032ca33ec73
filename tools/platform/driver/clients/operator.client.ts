import { httpJson, type HttpRequest } from '../http-json';
import type { ServiceName } from '../service-process';

/**
 * The agency's operators: the `/ops` endpoints of each service (X-Operator-Token), for setting the
 * agency up (creditors, consultants, agents, terms, identities, rates) and for looking at what an
 * operator may see (a case's dunning plan, a case's ledger, remittances, invoices).
 */
export class OperatorClient {
  constructor(
    private readonly urls: Readonly<Record<ServiceName, string>>,
    private readonly token: string,
  ) {}

  async call<T = Record<string, unknown>>(service: ServiceName, path: string, init: Omit<HttpRequest, 'headers'> = {}): Promise<T> {
    return (await httpJson<T>(`${this.urls[service]}${path}`, { ...init, headers: { 'X-Operator-Token': this.token } })).body;
  }

  // intake
  createCreditor(name: string, registrationFee?: { amountMinor: number; currency: string }) {
    return this.call<{ creditorId: string; apiKey: { keyId: string; token: string } }>('intake', '/ops/creditors', { body: { name, ...(registrationFee ? { registrationFee } : {}) } });
  }

  addConsultant(consultant: { name: string; email: string; countries: string[]; languages: string[] }) {
    return this.call<{ id: string }>('intake', '/ops/consultants', { body: consultant });
  }

  // contact-center
  createAgent(agent: { name: string; countries: string[]; languages: string[]; role?: 'agent' | 'team_lead' }) {
    return this.call<{ id: string; key: string }>('contact-center', '/ops/agents', { body: { role: 'agent', ...agent } });
  }

  async setExchangeRates(asOf: string, eurPer: Record<string, string>): Promise<void> {
    await this.call('contact-center', '/ops/exchange-rates', { method: 'PUT', body: { asOf, eurPer } });
  }

  // payments
  async setCreditorTerms(creditorId: string, terms: {
    name: string; iban: string; bic?: string; taxRateBp: number; invoiceDueDays: number;
    contracts: Array<{ currency: string; commissionBands: Array<{ upToMinor?: string; rateBp: number }>; minimumCommissionMinor: string; costPerReceiptMinor: string }>;
  }): Promise<void> {
    await this.call('payments', `/ops/creditors/${creditorId}/terms`, { method: 'PUT', body: terms });
  }

  caseLedger(caseId: string) {
    return this.call('payments', `/ops/cases/${caseId}/ledger`);
  }

  remittances(creditorId: string) {
    return this.call<Array<Record<string, unknown>>>('payments', `/ops/creditors/${creditorId}/remittances`);
  }

  invoices(creditorId: string) {
    return this.call<Array<Record<string, unknown>>>('payments', `/ops/creditors/${creditorId}/invoices`);
  }

  runDaily() {
    return this.call('payments', '/ops/runs/daily', { method: 'POST' });
  }

  runFeeInvoices() {
    return this.call('payments', '/ops/runs/fee-invoices', { method: 'POST' });
  }

  // notifications
  async registerCreditorIdentity(creditorId: string, identity: {
    name: string; enterpriseNumber: string; address: { lines: string[]; postalCode: string; locality: string; country: string }; email?: string; language?: string;
  }): Promise<void> {
    await this.call('notifications', `/ops/creditors/${creditorId}/identity`, { method: 'PUT', body: identity });
  }

  // dunning
  casePlan(caseId: string) {
    return this.call<{ state: string; [field: string]: unknown }>('dunning', `/ops/cases/${caseId}/plan`);
  }
}
