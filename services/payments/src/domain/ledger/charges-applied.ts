import type { BalanceComponent } from '../allocation';
import type { Money } from '../money';
import { assertEntryIdFree, openedCaseCurrency } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Posting } from './journal-entry';
import { LedgerInputInvalidError } from './ledger.errors';

/** An amount dunning added under a policy rule (proto ChargesApplied.Charge). */
export interface AppliedCharge {
  readonly component: Exclude<BalanceComponent, 'PRINCIPAL'>;
  readonly amount: Money;
}

/**
 * Interest and collection charges added during collection. They join the creditor's claim;
 * what share the agency keeps is taken later by a commission entry, per contract.
 */
export function chargesAppliedEntry(ledger: readonly Posting[], header: EntryHeader, charges: readonly AppliedCharge[]): JournalEntry {
  const currency = openedCaseCurrency(ledger, header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  for (const charge of charges) {
    // Principal only ever comes from invoices; a charge on it would hide which invoice it is.
    if ((charge.component as BalanceComponent) === 'PRINCIPAL') throw new LedgerInputInvalidError('a charge cannot add to the principal');
    if (charge.amount.amountMinor <= 0n) throw new LedgerInputInvalidError(`a ${charge.component} charge must be positive`);
    if (charge.amount.currency !== currency) throw new LedgerInputInvalidError(`a charge in ${charge.amount.currency} on a case in ${currency}`);
  }
  const legs = charges.flatMap(({ component, amount }) => [debit('RECEIVABLE', amount, { component }), credit('CREDITOR_CLAIM', amount, { component })]);
  return journalEntry(header, 'CHARGES_APPLIED', legs);
}
