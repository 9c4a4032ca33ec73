import type { StatementCredit } from '../../application/commands/import-bank-statement';
import { isReceipt, type ParsedStatementFile } from './index';

/**
 * The credits of a checked statement file as receipts to book: every booked credit transaction (a
 * batch entry split into its transactions), and every booked reversal of a credit. Debits (the
 * agency's own payments, bank fees) and pending entries are not receipts.
 */
export function statementCredits(file: ParsedStatementFile): StatementCredit[] {
  const credits: StatementCredit[] = [];
  for (const entry of file.entries) {
    const reversalOfCredit = entry.booked && entry.reversal && entry.direction === 'DEBIT';
    if (!isReceipt(entry) && !reversalOfCredit) continue;
    const valueDate = entry.valueDate ?? entry.bookingDate ?? '';
    for (const transaction of entry.transactions) {
      credits.push({
        key: transaction.key, amount: transaction.amount, valueDate, reversal: reversalOfCredit,
        ...(transaction.structuredReference ? { structuredReference: transaction.structuredReference.reference } : {}),
        ...(transaction.remittanceText ? { remittanceText: transaction.remittanceText } : {}),
        ...(transaction.debtorName ? { debtorName: transaction.debtorName } : {}),
      });
    }
  }
  return credits;
}
