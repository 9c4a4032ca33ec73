import { randomUUID } from 'node:crypto';
import { plusDays } from '../../domain/plans';
import { buildFeeInvoice, commissionFor, invoiceFileName, invoiceObjectKey, type RemittanceContract } from '../../domain/remittance';
import type { Money } from '../../domain/money';
import type { CaseAccount, Receipt } from '../ports/payments.ports';
import type { FeeLineRecord, PayoutFileRenderer } from '../ports/creditor-accounts.port';
import type { DocumentArchive } from '../ports/document-archive.port';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

/** Tax and payment terms of an invoice to a creditor without registered terms: Belgian VAT, 30 days. */
export const DEFAULT_TAX_RATE_BP = 2_100;
export const DEFAULT_INVOICE_DUE_DAYS = 30;

/** A debtor paid the creditor directly: the debt shrank, so the agency's commission is invoiced (there is no payout to deduct it from). */
export async function chargeDirectPaymentCommission(tx: PaymentsTransaction, account: CaseAccount, receipt: Receipt): Promise<Money | undefined> {
  const terms = await tx.creditors.terms(account.creditorId);
  const contract: RemittanceContract | undefined = terms?.contracts.find((candidate) => candidate.currency === receipt.amount.currency);
  if (!contract) return undefined; // invoiced once the creditor's terms are registered: the receipt stays traceable by its source
  const commission = commissionFor(receipt.amount, contract);
  if (commission.amountMinor === 0n) return commission;
  await tx.creditors.addFeeLine({
    id: randomUUID(), source: `direct-payment:${receipt.id}`, creditorId: account.creditorId, kind: 'COMMISSION', caseId: account.caseId, amount: commission,
    description: `Commission on a payment of ${receipt.amount.amountMinor} minor units received directly by the creditor (report ${receipt.externalId})`,
  });
  return commission;
}

/** RegistrationFeeCharged: the fee for placing a case, invoiced with the month's fees. */
export async function chargeRegistrationFee(tx: PaymentsTransaction, fee: { caseId: string; creditorId: string; amount: Money }): Promise<boolean> {
  return tx.creditors.addFeeLine({ id: randomUUID(), source: `registration:${fee.caseId}`, creditorId: fee.creditorId, kind: 'REGISTRATION', caseId: fee.caseId, amount: fee.amount, description: `Registration of case ${fee.caseId}` });
}

/**
 * Invoices every fee line not yet invoiced: one invoice per creditor and currency, numbered without
 * gaps per creditor, tax on the net total. Each invoice is announced with FeeInvoiced, its PDF put
 * in the document archive first, so the event never points at a missing file (an archive that
 * fails rolls the run back: no number is used up).
 */
export async function invoiceFees(tx: PaymentsTransaction, files: PayoutFileRenderer, archive: DocumentArchive, today: string, limit = 5_000): Promise<Array<{ invoiceNumber: string; creditorId: string; gross: Money }>> {
  const lines = await tx.creditors.uninvoicedFeeLines(limit);
  const groups = new Map<string, FeeLineRecord[]>();
  for (const line of lines) groups.set(`${line.creditorId}|${line.amount.currency}`, [...(groups.get(`${line.creditorId}|${line.amount.currency}`) ?? []), line]);
  const issued: Array<{ invoiceNumber: string; creditorId: string; gross: Money }> = [];
  for (const group of groups.values()) {
    const creditorId = group[0]!.creditorId;
    const terms = await tx.creditors.terms(creditorId);
    const sequence = await tx.creditors.nextInvoiceSequence(creditorId);
    const invoice = buildFeeInvoice(
      creditorId,
      group.map((line) => ({ kind: line.kind, caseId: line.caseId ?? '', amount: line.amount, description: line.description })),
      terms?.taxRateBp ?? DEFAULT_TAX_RATE_BP,
      today,
      terms?.invoiceDueDays ?? DEFAULT_INVOICE_DUE_DAYS,
      sequence,
      creditorId.replace(/-/g, '').slice(0, 12).toUpperCase(),
    );
    const invoiceId = randomUUID();
    await tx.creditors.saveInvoice(invoiceId, creditorId, sequence, invoice, group.map((line) => line.id));
    const invoiceDocument = await archive.store({
      documentId: invoiceId, objectKey: invoiceObjectKey(creditorId, invoice.invoiceNumber), fileName: invoiceFileName(invoice.invoiceNumber), contentType: 'application/pdf',
      content: await files.renderInvoice(invoice, terms?.name ?? creditorId),
    });
    await tx.events.feeInvoiced({
      invoiceId, creditorId, invoiceNumber: invoice.invoiceNumber, issueDate: invoice.issueDate, dueDate: invoice.dueDate,
      lines: invoice.lines.map((line) => ({ kind: line.kind, ...(line.caseId ? { caseId: line.caseId } : {}), amount: line.amount, description: line.description })), total: invoice.net,
      invoiceDocument,
    });
    issued.push({ invoiceNumber: invoice.invoiceNumber, creditorId, gross: invoice.gross });
  }
  return issued;
}

/** Fees are invoiced monthly, on the first TARGET2 business day of the month. */
export function isInvoicingDay(today: string, isRunDay: (date: string) => boolean): boolean {
  if (!isRunDay(today)) return false;
  for (let day = `${today.slice(0, 8)}01`; day < today; day = plusDays(day, 1)) if (isRunDay(day)) return false;
  return true;
}
