/**
 * A case file as a creditor submits it, whatever the route (API, bulk file row group, channel
 * claim): plain values, nothing checked yet. Adapters build it; `validateCaseFile` turns it into
 * a `CaseFile` or a list of field errors. Amounts are integer minor units; they arrive as
 * numbers or numeric strings and become bigint once checked.
 */
export interface CaseFileInput {
  creditorReference: string;
  /** B2C (consumer debtor) or B2B (business debtor). */
  category: string;
  /** ISO 4217 currency of the whole case: every invoice, cost and payment is in it. */
  currency: string;
  debtor: DebtorInput;
  invoices: InvoiceInput[];
  /** Contractual interest: an annual rate in basis points, an amount accrued so far, or both. */
  interestRateBp?: number | string;
  interestMinor?: number | string;
  /** Contractual costs already incurred (e.g. a penalty clause). */
  costsMinor?: number | string;
  partialPayments?: PartialPaymentInput[];
}

export interface DebtorInput {
  /** `person` or `company`. */
  kind: string;
  givenNames?: string;
  familyName?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  nationalId?: string;
  legalName?: string;
  companyNumber?: string;
  vatNumber?: string;
  addresses?: AddressInput[];
  phones?: string[];
  emails?: string[];
  /** BCP 47 language tag, e.g. `nl-BE` or `fr`. */
  language: string;
  /** ISO 3166-1 alpha-2 country of residence or seat. */
  country: string;
}

export interface AddressInput {
  lines: string[];
  postalCode: string;
  locality: string;
  region?: string;
  country: string;
}

export interface InvoiceInput {
  number: string;
  /** YYYY-MM-DD. */
  issueDate: string;
  dueDate: string;
  principalMinor: number | string;
  currency: string;
}

export interface PartialPaymentInput {
  /** YYYY-MM-DD. */
  paidOn: string;
  amountMinor: number | string;
  currency: string;
  reference?: string;
}
