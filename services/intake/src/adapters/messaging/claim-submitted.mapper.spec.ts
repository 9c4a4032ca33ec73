import { claimFieldPath } from './claim-submitted.mapper';

describe('claimFieldPath', () => {
  it.each([
    ['invoices[2].dueDate', 'accounting_sheet.invoices[2].due_date'],
    ['invoices[0].principalMinor', 'accounting_sheet.invoices[0].principal.amount_minor'],
    ['invoices[1].currency', 'accounting_sheet.invoices[1].principal.currency'],
    ['partialPayments[0].amountMinor', 'accounting_sheet.partial_payments[0].amount.amount_minor'],
    ['interestMinor', 'accounting_sheet.interest.amount_minor'],
    ['debtor.nationalId', 'debtor.person.national_id'],
    ['debtor.companyNumber', 'debtor.company.company_number'],
    ['debtor.addresses[0].postalCode', 'debtor.addresses[0].postal_code'],
    ['debtor.phones[1]', 'debtor.phones[1]'],
    ['creditorReference', 'creditor_reference'],
    ['currency', 'accounting_sheet.invoices[0].principal.currency'],
  ])('names %s as %s', (path, expected) => {
    expect(claimFieldPath(path)).toBe(expected);
  });
});
