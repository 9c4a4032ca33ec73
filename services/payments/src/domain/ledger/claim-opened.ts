import { allocate, type AllocationOrder, type InvoiceRef } from '../allocation';
import { sum, zero, type Money } from '../money';
import { assertEntryIdFree } from './case-ledger';
import { credit, debit, journalEntry, type EntryHeader, type JournalEntry, type Leg, type Posting } from './journal-entry';
import { CaseAlreadyOpenedError, LedgerInputInvalidError, PartialPaymentsExceedClaimError } from './ledger.errors';

/** The accounting sheet of a submitted case (proto AccountingSheet), in the case currency. */
export interface ClaimOpening {
  readonly invoices: readonly (InvoiceRef & { readonly principal: Money })[];
  readonly interest: Money;
  readonly costs: Money;
  /** Paid to the creditor before submission. */
  readonly partialPayments: readonly Money[];
  /** The debtor country's order, used to apply the partial payments as the law would have. */
  readonly allocationOrder: AllocationOrder;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The opening entry: the receivable per invoice, interest and costs against the creditor's
 * claim, then the partial payments already received taken off both. Those payments went to
 * the creditor, so no cash and nothing payable appears.
 */
export function claimOpenedEntry(ledger: readonly Posting[], header: EntryHeader, opening: ClaimOpening): JournalEntry {
  if (ledger.some((p) => p.kind === 'CLAIM_OPENED')) throw new CaseAlreadyOpenedError(header.caseId);
  assertEntryIdFree(ledger, header.entryId);
  assertOpening(opening);
  const currency = opening.invoices[0].principal.currency;

  const legs: Leg[] = [];
  for (const { principal, ...invoice } of opening.invoices) {
    legs.push(debit('RECEIVABLE', principal, { component: 'PRINCIPAL', invoice }), credit('CREDITOR_CLAIM', principal, { component: 'PRINCIPAL', invoice }));
  }
  legs.push(debit('RECEIVABLE', opening.interest, { component: 'INTEREST' }), credit('CREDITOR_CLAIM', opening.interest, { component: 'INTEREST' }));
  legs.push(debit('RECEIVABLE', opening.costs, { component: 'COSTS' }), credit('CREDITOR_CLAIM', opening.costs, { component: 'COSTS' }));

  const paidBefore = sum(currency, opening.partialPayments);
  if (paidBefore.amountMinor > 0n) {
    const claimed = {
      principal: sum(currency, opening.invoices.map((i) => i.principal)),
      interest: opening.interest,
      costs: opening.costs,
      charges: zero(currency),
      invoices: opening.invoices.map(({ principal, ...invoice }) => ({ ...invoice, outstanding: principal })),
    };
    const applied = allocate(paidBefore, claimed, opening.allocationOrder);
    if (applied.refund.amountMinor > 0n) {
      throw new PartialPaymentsExceedClaimError(`partial payments exceed the claim on case ${header.caseId} by ${applied.refund.amountMinor} minor units`);
    }
    for (const part of applied.parts) {
      const invoice = opening.invoices.find((i) => i.number === part.invoiceNumber);
      const tags = { component: part.component, ...(invoice ? { invoice: { number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate } } : {}) };
      legs.push(credit('RECEIVABLE', part.amount, tags), debit('CREDITOR_CLAIM', part.amount, tags));
    }
  }
  return journalEntry(header, 'CLAIM_OPENED', legs);
}

function assertOpening(opening: ClaimOpening): void {
  if (opening.invoices.length === 0) throw new LedgerInputInvalidError('a claim needs at least one invoice');
  const currency = opening.invoices[0].principal.currency;
  // sum() refuses a second currency on the sheet.
  sum(currency, [...opening.invoices.map((i) => i.principal), opening.interest, opening.costs, ...opening.partialPayments]);
  if (new Set(opening.invoices.map((i) => i.number)).size !== opening.invoices.length) throw new LedgerInputInvalidError('an invoice number appears twice');
  for (const invoice of opening.invoices) {
    if (invoice.principal.amountMinor <= 0n) throw new LedgerInputInvalidError(`invoice ${invoice.number} has no positive principal`);
    if (!CALENDAR_DATE.test(invoice.issueDate) || !CALENDAR_DATE.test(invoice.dueDate)) throw new LedgerInputInvalidError(`invoice ${invoice.number} dates are not YYYY-MM-DD`);
  }
  if ([opening.interest, opening.costs, ...opening.partialPayments].some((m) => m.amountMinor < 0n)) throw new LedgerInputInvalidError('interest, costs and partial payments cannot be negative');
}
