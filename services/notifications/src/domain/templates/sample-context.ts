import type { CaseStatement, MessageContext, Money } from '../message';
import type { TemplateCountry } from './template-wording';

/**
 * A realistic context for tests (here and in other folders: letters, adapters): one case, or two
 * cases merged into one letter. Every optional field is filled, so every template can render;
 * override what a test is about. Amounts are chosen to be easy to check: the single case's balance
 * is 1,234.56 in the country's currency (EUR, or SEK, GBP, USD).
 */
export interface SampleContextOptions {
  country?: TemplateCountry;
  /** 1: one case; 2: two cases merged into one letter. */
  cases?: 1 | 2;
  debtorKind?: 'person' | 'company';
  overrides?: Partial<MessageContext>;
}

export const CURRENCY_OF_COUNTRY: Record<TemplateCountry, string> = { BE: 'EUR', FR: 'EUR', DE: 'EUR', NL: 'EUR', ES: 'EUR', SE: 'SEK', GB: 'GBP', US: 'USD' };

const money = (amountMinor: bigint, currency: string): Money => ({ amountMinor, currency });

function statement(currency: string, index: 1 | 2, belgian: boolean): CaseStatement {
  const [principal, interest, costs, charges, paid] = index === 1 ? [115_000n, 1_956n, 6_500n, 0n, 0n] : [50_000n, 500n, 2_000n, 750n, 10_000n];
  const balance = principal + interest + costs + charges - paid;
  return {
    caseId: index === 1 ? 'CASE-2025-0001' : 'CASE-2025-0002',
    creditorReference: index === 1 ? 'INV-CLIENT-7781' : 'INV-CLIENT-9012',
    paymentReference: belgian ? (index === 1 ? '+++010/8068/17183+++' : '+++090/9337/55493+++') : index === 1 ? 'RF18539007547034' : 'RF47000000000000002',
    invoices:
      index === 1
        ? [
            { number: 'F-2025-0412', issueDate: '2025-03-03', dueDate: '2025-04-02', amount: money(70_000n, currency) },
            { number: 'F-2025-0577', issueDate: '2025-04-01', dueDate: '2025-05-01', amount: money(45_000n, currency) },
          ]
        : [{ number: 'F-2025-0733', issueDate: '2025-05-05', dueDate: '2025-06-04', amount: money(principal, currency) }],
    principal: money(principal, currency),
    interest: money(interest, currency),
    costs: money(costs, currency),
    charges: money(charges, currency),
    paid: money(paid, currency),
    balance: money(balance, currency),
  };
}

/** Each case's payment remitted at 15 % commission and a 2.50 cost: paidOut = collected - commission - costs. */
function sampleRemittance(statements: CaseStatement[], currency: string): NonNullable<MessageContext['remittance']> {
  const lines = statements.map((s) => {
    const collected = s.balance.amountMinor;
    const commission = (collected * 15n) / 100n;
    const costs = 250n;
    return { caseId: s.caseId, creditorReference: s.creditorReference, collected: money(collected, currency), commission: money(commission, currency), costs: money(costs, currency), paidOut: money(collected - commission - costs, currency) };
  });
  const total = (pick: (line: (typeof lines)[number]) => Money) => money(lines.reduce((sum, line) => sum + pick(line).amountMinor, 0n), currency);
  return { remittanceId: 'REM-2025-000042', paidOn: '2025-07-25', lines, collected: total((l) => l.collected), commission: total((l) => l.commission), costs: total((l) => l.costs), paidOut: total((l) => l.paidOut) };
}

export function sampleContext(options: SampleContextOptions = {}): MessageContext {
  const country = options.country ?? 'BE';
  const currency = CURRENCY_OF_COUNTRY[country];
  const statements = options.cases === 2 ? [statement(currency, 1, country === 'BE'), statement(currency, 2, country === 'BE')] : [statement(currency, 1, country === 'BE')];
  const total = statements.reduce((sum, s) => sum + s.balance.amountMinor, 0n);
  const company = options.debtorKind === 'company';
  return {
    agency: {
      name: 'Acme Recovery SRL',
      address: { name: 'Acme Recovery SRL', lines: ['Rue de la Loi 42'], postalCode: '1040', locality: 'Bruxelles', country: 'BE' },
      phone: '+32 2 123 45 67',
      email: 'cases@acme-recovery.example',
      website: 'www.acme-recovery.example',
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
      enterpriseNumber: 'BE 0123.456.749',
    },
    creditor: {
      name: 'Voltix Energy NV',
      enterpriseNumber: 'BE 0987.654.321',
      address: { name: 'Voltix Energy NV', lines: ['Meir 1'], postalCode: '2000', locality: 'Antwerpen', country: 'BE' },
    },
    debtor: {
      name: company ? 'Bakkerij Janssens BV' : 'Marie Dupont',
      kind: company ? 'company' : 'person',
      address: { name: company ? 'Bakkerij Janssens BV' : 'Marie Dupont', lines: ['Chaussée de Wavre 7'], postalCode: '1050', locality: 'Ixelles', country },
    },
    statements,
    totalDue: money(total, currency),
    respondBy: '2025-08-14',
    today: '2025-07-28',
    reference: 'ACT-2025-000123',
    paymentUrl: 'https://pay.acme.example/c/AB12CD',
    subjectLine: 'Question about case CASE-2025-0001',
    body: 'The debtor says the invoice F-2025-0412 was paid in cash on 5 April 2025. Can you confirm?',
    remittance: sampleRemittance(statements, currency),
    ...options.overrides,
  };
}
