/**
 * Where the creditor's documents are filed in the object store, and the names their downloads carry.
 * Keys use ids and numbers only (object-store keys allow `A-Z a-z 0-9 / . _ -`).
 */
export function statementObjectKey(creditorId: string, remittanceId: string): string {
  return `statements/${creditorId}/${remittanceId}.pdf`;
}

export function statementFileName(remittanceId: string): string {
  return `remittance-statement-${remittanceId}.pdf`;
}

export function invoiceObjectKey(creditorId: string, invoiceNumber: string): string {
  return `invoices/${creditorId}/${invoiceNumber}.pdf`;
}

export function invoiceFileName(invoiceNumber: string): string {
  return `invoice-${invoiceNumber}.pdf`;
}
