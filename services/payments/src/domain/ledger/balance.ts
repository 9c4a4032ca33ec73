import { oldestInvoiceFirst, type BalanceComponent, type InvoiceRef, type Outstanding } from '../allocation';
import { netDebit } from './case-ledger';
import type { Posting } from './journal-entry';
import { LedgerInputInvalidError } from './ledger.errors';

/**
 * What the debtor owes, derived only from the receivable postings: per component, and the
 * principal per invoice (oldest first) so a payment can be allocated to the oldest invoice.
 * The currency defaults to the one the case was opened in.
 */
export function balanceOf(postings: readonly Posting[], currency: string = caseCurrencyOf(postings)): Outstanding {
  const owed = (component: BalanceComponent) => netDebit(postings, 'RECEIVABLE', currency, (p) => p.component === component);
  const invoices = new Map<string, InvoiceRef>();
  for (const p of postings) {
    if (p.account === 'RECEIVABLE' && p.component === 'PRINCIPAL' && p.invoice && !invoices.has(p.invoice.number)) invoices.set(p.invoice.number, p.invoice);
  }
  return {
    principal: owed('PRINCIPAL'),
    interest: owed('INTEREST'),
    costs: owed('COSTS'),
    charges: owed('CHARGES'),
    invoices: [...invoices.values()].sort(oldestInvoiceFirst).map((invoice) => ({
      ...invoice,
      outstanding: netDebit(postings, 'RECEIVABLE', currency, (p) => p.component === 'PRINCIPAL' && p.invoice?.number === invoice.number),
    })),
  };
}

export function totalOf(balance: Outstanding): bigint {
  return balance.principal.amountMinor + balance.interest.amountMinor + balance.costs.amountMinor + balance.charges.amountMinor;
}

function caseCurrencyOf(postings: readonly Posting[]): string {
  const first = postings.find((p) => p.kind === 'CLAIM_OPENED') ?? postings[0];
  if (!first) throw new LedgerInputInvalidError('an empty ledger has no currency: pass the case currency');
  return first.currency;
}
