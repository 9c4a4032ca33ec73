import type { Money } from '../money';

/** The parts a case balance is made of; the proto enum BalanceComponent without the prefix. */
export type BalanceComponent = 'PRINCIPAL' | 'INTEREST' | 'COSTS' | 'CHARGES';

export const BALANCE_COMPONENTS: readonly BalanceComponent[] = ['PRINCIPAL', 'INTEREST', 'COSTS', 'CHARGES'];

/** What a debtor owes per component, all in the case currency (proto collections.v1.Balance). */
export interface Balance {
  readonly principal: Money;
  readonly interest: Money;
  readonly costs: Money;
  readonly charges: Money;
}

export type BalanceKey = keyof Balance;

export function balanceKey(component: BalanceComponent): BalanceKey {
  return component.toLowerCase() as BalanceKey;
}

/** An invoice as the creditor submitted it; number, issue and due date order the payments. */
export interface InvoiceRef {
  readonly number: string;
  /** Calendar dates "YYYY-MM-DD". */
  readonly issueDate: string;
  readonly dueDate: string;
}

export interface OutstandingInvoice extends InvoiceRef {
  readonly outstanding: Money;
}

/** A balance with its principal split per invoice; the invoices sum to `principal`. */
export interface Outstanding extends Balance {
  readonly invoices: readonly OutstandingInvoice[];
}

const invoiceNumbers = new Intl.Collator('en', { numeric: true });

/** Oldest first: earliest due date, then issue date, then invoice number (INV-9 before INV-10). */
export function oldestInvoiceFirst(a: InvoiceRef, b: InvoiceRef): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.issueDate !== b.issueDate) return a.issueDate < b.issueDate ? -1 : 1;
  return invoiceNumbers.compare(a.number, b.number);
}
