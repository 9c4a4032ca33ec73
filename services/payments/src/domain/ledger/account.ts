/**
 * The accounts of one case's ledger. Receivable, creditor claim and write-off carry a balance
 * component (and principal an invoice); the others are single accounts per case.
 *
 * - RECEIVABLE: what the debtor owes, per component and invoice (debit balance).
 * - CREDITOR_CLAIM: the creditor's claim entrusted to us, not yet collected (credit balance);
 *   always equals RECEIVABLE + WRITE_OFF per component.
 * - CLEARING: money received on the agency's client account and not yet paid out (debit).
 * - SUSPENSE: money received for the case and not yet allocated (credit).
 * - REFUND_LIABILITY: overpayment owed back to the debtor (credit).
 * - WRITE_OFF: the part of the claim given up, e.g. the rest after a settlement (debit).
 * - CREDITOR_PAYABLE: collected money owed to the creditor (credit); negative after a chargeback
 *   of money already remitted, to be offset against the next remittance.
 * - COMMISSION: the agency's income on this case (credit).
 */
export type LedgerAccount =
  | 'RECEIVABLE'
  | 'CREDITOR_CLAIM'
  | 'CLEARING'
  | 'SUSPENSE'
  | 'REFUND_LIABILITY'
  | 'WRITE_OFF'
  | 'CREDITOR_PAYABLE'
  | 'COMMISSION';

export const LEDGER_ACCOUNTS: readonly LedgerAccount[] = [
  'RECEIVABLE',
  'CREDITOR_CLAIM',
  'CLEARING',
  'SUSPENSE',
  'REFUND_LIABILITY',
  'WRITE_OFF',
  'CREDITOR_PAYABLE',
  'COMMISSION',
];
