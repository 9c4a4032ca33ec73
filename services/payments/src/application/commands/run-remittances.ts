import { randomUUID } from 'node:crypto';
import { commissionEntry, remittanceEntry } from '../../domain/ledger';
import { isPositive, money, subtract } from '../../domain/money';
import { plusDays } from '../../domain/plans';
import {
  buildRemittances, dueForRemittance, nextRunDayAfter, paymentIdsIn, statementFileName, statementObjectKey, TARGET2_RUN_DAYS, type CollectedReceipt, type Remittance,
} from '../../domain/remittance';
import { PayoutFileRenderer, type RemittanceFiles } from '../ports/creditor-accounts.port';
import type { DocumentArchive } from '../ports/document-archive.port';
import type { StoredReceipt } from '../ports/payments.ports';
import type { PaymentsTransaction } from '../ports/payments-transaction.port';

export interface RemittanceRunReport {
  remittances: Array<{ remittanceId: string; creditorId: string; currency: string; receipts: number; paidOutMinor: bigint }>;
  /** Creditors whose money is due but who cannot be paid (no terms, no contract in the currency): an operator must act. */
  blocked: Array<{ creditorId: string; reason: string; receipts: number }>;
}

/**
 * The remittance run of a TARGET2 business day: every receipt whose 14-day deadline would pass
 * before the next run day is paid out now, per creditor and currency, net of commission and costs,
 * with a credit-transfer file (SEPA in EUR, non-SEPA in another currency) and a statement; a
 * creditor whose payment file cannot be written is reported blocked, like one without terms. Each
 * case's ledger records the commission and the payout. On other days nothing is due (the run before took it). The statement PDF goes to the
 * document archive before RemittanceIssued is written, so the event never points at a missing file
 * (an archive that fails rolls the pass back).
 */
export async function runRemittances(tx: PaymentsTransaction, files: PayoutFileRenderer, archive: DocumentArchive, today: string, now: Date, limit = 2_000): Promise<RemittanceRunReport> {
  const report: RemittanceRunReport = { remittances: [], blocked: [] };
  if (!TARGET2_RUN_DAYS.isRunDay(today)) return report;
  const candidates = await tx.receipts.awaitingRemittance(plusDays(nextRunDayAfter(today), -1), limit);
  const byCreditor = new Map<string, StoredReceipt[]>();
  for (const receipt of candidates) {
    const collectable = subtract(receipt.amount, money(receipt.refundMinor, receipt.amount.currency));
    if (!isPositive(collectable)) {
      await tx.receipts.markRemitted([receipt.id], 'NOTHING-TO-REMIT'); // all of it is owed back to the debtor
      continue;
    }
    byCreditor.set(receipt.creditorId!, [...(byCreditor.get(receipt.creditorId!) ?? []), receipt]);
  }
  for (const [creditorId, receipts] of byCreditor) {
    const collected: CollectedReceipt[] = receipts.map((receipt) => ({
      paymentId: receipt.id, caseId: receipt.caseId!, creditorId, amount: subtract(receipt.amount, money(receipt.refundMinor, receipt.amount.currency)), receivedBy: 'AGENCY', clearedOn: receipt.valueDate, remittanceId: null,
    }));
    const due = dueForRemittance(collected, today);
    if (due.length === 0) continue;
    const terms = await tx.creditors.terms(creditorId);
    if (!terms) {
      report.blocked.push({ creditorId, reason: 'no remittance terms (account, commission) registered for the creditor', receipts: due.length });
      continue;
    }
    let remittances: Remittance[];
    try {
      remittances = buildRemittances(creditorId, due, terms.contracts, today, () => `REM-${today.replace(/-/g, '')}-${randomUUID().slice(0, 8).toUpperCase()}`);
    } catch (error) {
      report.blocked.push({ creditorId, reason: (error as Error).message, receipts: due.length });
      continue;
    }
    for (const remittance of remittances) {
      let rendered: RemittanceFiles;
      try {
        rendered = await files.render(remittance, terms, now);
      } catch (error) {
        // A payment file the bank would reject (terms registered before their account was checked): this creditor waits, the others are paid.
        if ((error as { category?: unknown }).category !== 'invalid') throw error;
        report.blocked.push({ creditorId, reason: `no payment file can be written: ${(error as Error).message}`, receipts: remittance.lines.length });
        continue;
      }
      await bookOnLedgers(tx, remittance, now);
      await tx.creditors.saveRemittance(remittance, rendered);
      await tx.receipts.markRemitted(paymentIdsIn(remittance), remittance.remittanceId);
      const statementDocument = await archive.store({
        documentId: remittance.remittanceId, objectKey: statementObjectKey(creditorId, remittance.remittanceId), fileName: statementFileName(remittance.remittanceId), contentType: 'application/pdf', content: rendered.statementPdf,
      });
      const totals = remittance.totals;
      await tx.events.remittanceIssued({
        remittanceId: remittance.remittanceId, creditorId, paidOn: remittance.paidOn, statementId: remittance.remittanceId, statementDocument,
        lines: remittance.lines.map((line) => ({ ...line })), collected: totals.collected, commission: totals.commission, costs: totals.costs, paidOut: totals.paidOut,
      });
      report.remittances.push({ remittanceId: remittance.remittanceId, creditorId, currency: remittance.currency, receipts: remittance.lines.length, paidOutMinor: totals.paidOut.amountMinor });
    }
  }
  return report;
}

/** Each line leaves the case's creditor payable twice: the agency's share to commission, the rest to the creditor. */
async function bookOnLedgers(tx: PaymentsTransaction, remittance: Remittance, now: Date): Promise<void> {
  for (const line of remittance.lines) {
    await tx.accounts.lock(line.caseId);
    const kept = money(line.commission.amountMinor + line.costs.amountMinor, line.commission.currency);
    const header = (kind: string) => ({ caseId: line.caseId, entryId: randomUUID(), occurredAt: now.toISOString(), source: `${remittance.remittanceId}:${line.paymentId}:${kind}` });
    if (isPositive(kept)) await tx.ledger.append(commissionEntry(await tx.ledger.forCase(line.caseId), header('commission'), kept));
    if (isPositive(line.paidOut)) await tx.ledger.append(remittanceEntry(await tx.ledger.forCase(line.caseId), header('payout'), line.paidOut));
  }
}
