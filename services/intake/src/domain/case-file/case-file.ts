/**
 * A case file that passed every intake rule: what the debtor owes and who they are, as the
 * creditor submitted it (trimmed, identifiers in canonical form, amounts as bigint minor units).
 * Screening normalises contacts later; intake keeps the submission as given.
 */
export interface CaseFile {
  creditorReference: string;
  category: DebtCategory;
  currency: string;
  debtor: Debtor;
  invoices: Invoice[];
  interestRateBp: number;
  interestMinor: bigint;
  costsMinor: bigint;
  partialPayments: PartialPayment[];
}

export type DebtCategory = 'B2C' | 'B2B';
export const DEBT_CATEGORIES: readonly DebtCategory[] = ['B2C', 'B2B'];

export type Debtor = PersonDebtor | CompanyDebtor;

interface DebtorContacts {
  addresses: Address[];
  phones: string[];
  emails: string[];
  language: string;
  country: string;
}

export interface PersonDebtor extends DebtorContacts {
  kind: 'person';
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationalId: string;
}

export interface CompanyDebtor extends DebtorContacts {
  kind: 'company';
  legalName: string;
  companyNumber: string;
  vatNumber: string;
}

export interface Address {
  lines: string[];
  postalCode: string;
  locality: string;
  region: string;
  country: string;
}

export interface Invoice {
  number: string;
  issueDate: string;
  dueDate: string;
  principalMinor: bigint;
}

export interface PartialPayment {
  paidOn: string;
  amountMinor: bigint;
  reference: string;
}

/** Principal + interest + costs - partial payments: what the case asks the debtor to pay. */
export function outstandingMinor(file: CaseFile): bigint {
  const principal = file.invoices.reduce((sum, invoice) => sum + invoice.principalMinor, 0n);
  const paid = file.partialPayments.reduce((sum, payment) => sum + payment.amountMinor, 0n);
  return principal + file.interestMinor + file.costsMinor - paid;
}
