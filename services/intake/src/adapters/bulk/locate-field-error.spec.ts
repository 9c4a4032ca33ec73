import type { CaseFileInput } from '../../domain/case-file/case-file.input';
import { fieldError } from '../../domain/shared/field-error';
import type { CaseBulkRow } from './bulk-row';
import { locateFieldError } from './csv-case-reader';

const row: CaseBulkRow = {
  kind: 'case',
  caseFile: {} as CaseFileInput,
  firstLine: 10,
  lines: [10, 11, 13],
  paymentLines: [11, 13],
};

const locate = (field: string) => locateFieldError(row, fieldError(field, 'ANY', 'any'));

describe('locateFieldError', () => {
  it.each([
    ['invoices[2].dueDate', 13, 'invoice_due_date'],
    ['invoices[0].number', 10, 'invoice_number'],
    ['invoices[1].issueDate', 11, 'invoice_issue_date'],
    ['invoices[1].principalMinor', 11, 'invoice_principal_minor'],
    ['invoices[2].currency', 13, 'currency'],
    ['invoices[1]', 11, '(row)'],
    ['partialPayments[0].amountMinor', 11, 'partial_payment_minor'],
    ['partialPayments[1].paidOn', 13, 'partial_payment_date'],
    ['partialPayments[1].reference', 13, 'partial_payment_reference'],
    ['debtor.addresses[0].postalCode', 10, 'postal_code'],
    ['debtor.addresses[0].lines', 10, 'address_line1'],
    ['debtor.addresses[0].country', 10, 'address_country'],
    ['debtor.phones[1]', 10, 'phones'],
    ['debtor.emails', 10, 'emails'],
    ['debtor.nationalId', 10, 'national_id'],
    ['debtor.kind', 10, 'debtor_kind'],
    ['debtor.country', 10, 'country'],
    ['creditorReference', 10, 'creditor_reference'],
    ['interestRateBp', 10, 'interest_rate_bp'],
    ['costsMinor', 10, 'costs_minor'],
  ])('puts %s on line %i, column %s', (field, line, column) => {
    expect(locate(field)).toEqual({ line, column });
  });

  it.each(['debtor', 'invoices', 'partialPayments', 'debtor.constructor', 'something.else[3]'])(
    'puts the unknown path %s on the first line, with the path as the column',
    (field) => {
      expect(locate(field)).toEqual({ line: 10, column: field });
    },
  );

  it('falls back to the first line for an index past the rows read', () => {
    expect(locate('invoices[7].dueDate')).toEqual({ line: 10, column: 'invoice_due_date' });
  });
});
