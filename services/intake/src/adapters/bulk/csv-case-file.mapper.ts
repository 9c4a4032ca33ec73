import type { AddressInput, CaseFileInput, DebtorInput, PartialPaymentInput } from '../../domain/case-file/case-file.input';
import type { CaseBulkRow } from './bulk-row';
import type { CsvValues } from './csv-columns';

/** One data row of a CSV file: its physical line and its known columns. */
export interface CsvRow {
  line: number;
  values: CsvValues;
}

/**
 * Builds the case of a group of rows: the case and debtor from the first row, one invoice per row,
 * and a partial payment from every row that fills a partial_payment_* column. Values are passed on
 * as written (trimmed): checking them is the domain's job. Empty optional cells are left out.
 */
export function caseFromCsvRows(rows: readonly CsvRow[]): CaseBulkRow {
  const first = rows[0]!.values;
  const payments: PartialPaymentInput[] = [];
  const paymentLines: number[] = [];
  for (const { line, values } of rows) {
    if (!values.partial_payment_minor && !values.partial_payment_date && !values.partial_payment_reference) continue;
    payments.push(withoutEmpty({
      paidOn: values.partial_payment_date,
      amountMinor: values.partial_payment_minor,
      currency: first.currency,
      reference: values.partial_payment_reference,
    }, ['reference']));
    paymentLines.push(line);
  }
  const caseFile: CaseFileInput = {
    ...withoutEmpty({
      creditorReference: first.creditor_reference,
      category: first.category,
      currency: first.currency,
      interestRateBp: first.interest_rate_bp,
      interestMinor: first.interest_minor,
      costsMinor: first.costs_minor,
    }, ['interestRateBp', 'interestMinor', 'costsMinor']),
    debtor: debtorFrom(first),
    invoices: rows.map(({ values }) => ({
      number: values.invoice_number,
      issueDate: values.invoice_issue_date,
      dueDate: values.invoice_due_date,
      principalMinor: values.invoice_principal_minor,
      currency: first.currency,
    })),
    ...(payments.length > 0 ? { partialPayments: payments } : {}),
  };
  return { kind: 'case', caseFile, firstLine: rows[0]!.line, lines: rows.map((row) => row.line), paymentLines };
}

function debtorFrom(values: CsvValues): DebtorInput {
  const phones = splitList(values.phones);
  const emails = splitList(values.emails);
  const address = addressFrom(values);
  return {
    ...withoutEmpty({
      kind: values.debtor_kind,
      givenNames: values.given_names,
      familyName: values.family_name,
      birthDate: values.birth_date,
      nationalId: values.national_id,
      legalName: values.legal_name,
      companyNumber: values.company_number,
      vatNumber: values.vat_number,
      language: values.language,
      country: values.country,
    }, ['givenNames', 'familyName', 'birthDate', 'nationalId', 'legalName', 'companyNumber', 'vatNumber']),
    ...(address ? { addresses: [address] } : {}),
    ...(phones.length > 0 ? { phones } : {}),
    ...(emails.length > 0 ? { emails } : {}),
  };
}

function addressFrom(values: CsvValues): AddressInput | undefined {
  const { address_line1, address_line2, postal_code, locality, region, address_country } = values;
  if (![address_line1, address_line2, postal_code, locality, region, address_country].some(Boolean)) return undefined;
  return withoutEmpty({
    lines: [address_line1, address_line2].filter(Boolean),
    postalCode: postal_code,
    locality,
    region,
    country: address_country,
  }, ['region']);
}

/** `a | b|c` → ['a', 'b', 'c']: several phone numbers or e-mail addresses in one cell. */
function splitList(cell: string): string[] {
  return cell.split('|').map((part) => part.trim()).filter(Boolean);
}

/** Drops the optional keys whose value is '' (required ones stay, so the domain reports them). */
function withoutEmpty<T extends object>(value: T, optional: readonly (keyof T)[]): T {
  const copy = { ...value };
  for (const key of optional) if (copy[key] === '') delete copy[key];
  return copy;
}
