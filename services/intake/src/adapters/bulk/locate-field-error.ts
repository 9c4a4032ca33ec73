import type { FieldError } from '../../domain/shared/field-error';
import { WHOLE_ROW, type CaseBulkRow } from './bulk-row';
import type { CsvColumn } from './csv-columns';

const CASE: Readonly<Record<string, CsvColumn>> = {
  creditorReference: 'creditor_reference', category: 'category', currency: 'currency',
  interestRateBp: 'interest_rate_bp', interestMinor: 'interest_minor', costsMinor: 'costs_minor',
};
const DEBTOR: Readonly<Record<string, CsvColumn>> = {
  kind: 'debtor_kind', givenNames: 'given_names', familyName: 'family_name', birthDate: 'birth_date', nationalId: 'national_id',
  legalName: 'legal_name', companyNumber: 'company_number', vatNumber: 'vat_number', language: 'language', country: 'country',
  phones: 'phones', emails: 'emails',
};
const ADDRESS: Readonly<Record<string, CsvColumn>> = {
  lines: 'address_line1', postalCode: 'postal_code', locality: 'locality', region: 'region', country: 'address_country',
};
const INVOICE: Readonly<Record<string, CsvColumn>> = {
  number: 'invoice_number', issueDate: 'invoice_issue_date', dueDate: 'invoice_due_date', principalMinor: 'invoice_principal_minor', currency: 'currency',
};
const PAYMENT: Readonly<Record<string, CsvColumn>> = {
  paidOn: 'partial_payment_date', amountMinor: 'partial_payment_minor', reference: 'partial_payment_reference', currency: 'currency',
};

/**
 * Where in the CSV file a domain error about a case belongs: the line and column the creditor must
 * fix. `invoices[2].dueDate` is on the line of that invoice; `partialPayments[0].amountMinor` on the
 * line that carried the payment; case and debtor fields on the case's first line. A path it does
 * not know is reported on the first line, with the path as the column.
 */
export function locateFieldError(row: CaseBulkRow, error: FieldError): { line: number; column: string } {
  const path = error.field;
  const onFirstLine = (column: string | undefined) => ({ line: row.firstLine, column: column ?? path });

  const item = /^(invoices|partialPayments)\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (item) {
    const [, list, index, field] = item;
    const lines = list === 'invoices' ? row.lines : row.paymentLines;
    const columns = list === 'invoices' ? INVOICE : PAYMENT;
    const column = field === undefined ? WHOLE_ROW : own(columns, field);
    return { line: lines[Number(index)] ?? row.firstLine, column: column ?? path };
  }
  const address = /^debtor\.addresses\[\d+\]\.(\w+)(?:\[(\d+)\])?$/.exec(path);
  if (address) {
    const [, field, lineIndex] = address;
    return onFirstLine(field === 'lines' && lineIndex === '1' ? 'address_line2' : own(ADDRESS, field!));
  }
  const debtor = /^debtor\.(\w+)(?:\[\d+\])?$/.exec(path);
  if (debtor) return onFirstLine(own(DEBTOR, debtor[1]!));
  return onFirstLine(own(CASE, path));
}

function own(map: Readonly<Record<string, CsvColumn>>, key: string): CsvColumn | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
