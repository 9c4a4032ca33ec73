import { balanceOf, creditBalance, totalOf } from '../../domain/ledger';
import { formatCreditorReference, formatStructuredCommunication } from '../../domain/references';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/** What an operator (and later the creditor portal) sees of a case's money. */
export async function caseLedgerView(tx: PaymentsTransaction, caseId: string) {
  const account = await tx.accounts.find(caseId);
  if (!account) return undefined;
  const postings = await tx.ledger.forCase(caseId);
  const balance = balanceOf(postings, account.currency);
  const text = (amountMinor: bigint) => amountMinor.toString();
  return {
    caseId, creditorId: account.creditorId, country: account.country, currency: account.currency, state: account.state,
    references: (await tx.accounts.references(caseId)).map((ref) => ({ kind: ref.kind, reference: ref.reference, printed: ref.kind === 'OGM' ? formatStructuredCommunication(ref.reference as never) : formatCreditorReference(ref.reference as never) })),
    balance: {
      principal: text(balance.principal.amountMinor), interest: text(balance.interest.amountMinor), costs: text(balance.costs.amountMinor), charges: text(balance.charges.amountMinor), total: text(totalOf(balance)),
      invoices: balance.invoices.map((invoice) => ({ number: invoice.number, dueDate: invoice.dueDate, outstanding: text(invoice.outstanding.amountMinor) })),
    },
    refundDue: text(creditBalance(postings, 'REFUND_LIABILITY', account.currency).amountMinor),
    owedToCreditor: text(creditBalance(postings, 'CREDITOR_PAYABLE', account.currency).amountMinor),
    commission: text(creditBalance(postings, 'COMMISSION', account.currency).amountMinor),
    receipts: (await tx.receipts.forCase(caseId)).map((receipt) => ({
      receiptId: receipt.id, source: receipt.source, method: receipt.method, amountMinor: text(receipt.amount.amountMinor), valueDate: receipt.valueDate, state: receipt.state,
      matchMethod: receipt.matchMethod ?? null, remitBy: receipt.remitBy ?? null, remittanceId: receipt.remittanceId ?? null, lateReport: receipt.lateReport,
    })),
    refunds: (await tx.refunds.forCase(caseId)).map((refund) => ({
      refundId: refund.refundId, amountMinor: text(refund.amount.amountMinor), currency: refund.amount.currency, executionDate: refund.executionDate, issuedAt: refund.issuedAt,
      account: `…${refund.beneficiary.iban.slice(-4)}`, returned: refund.returned ? { at: refund.returned.at, reason: refund.returned.reason ?? null } : null,
    })),
    plans: (await tx.plans.openForCase(caseId)).map((plan) => ({ planId: plan.planId, kind: plan.kind, status: plan.status })),
    postings: postings.map((posting) => ({ ...posting, amountMinor: text(posting.amountMinor) })),
  };
}
