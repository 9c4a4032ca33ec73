import type { CaseFile } from '../../domain/case-file/case-file';

/** jsonb has no bigint: amounts are stored as decimal strings and read back exactly. */
type Stored<T> = T extends bigint ? string : T extends Array<infer U> ? Array<Stored<U>> : T extends object ? { [K in keyof T]: Stored<T[K]> } : T;
export type StoredCaseFile = Stored<CaseFile>;

export function caseFileToJson(file: CaseFile): StoredCaseFile {
  return {
    ...file,
    interestMinor: String(file.interestMinor),
    costsMinor: String(file.costsMinor),
    invoices: file.invoices.map((invoice) => ({ ...invoice, principalMinor: String(invoice.principalMinor) })),
    partialPayments: file.partialPayments.map((payment) => ({ ...payment, amountMinor: String(payment.amountMinor) })),
  } as StoredCaseFile;
}

export function caseFileFromJson(stored: StoredCaseFile): CaseFile {
  return {
    ...stored,
    interestMinor: BigInt(stored.interestMinor),
    costsMinor: BigInt(stored.costsMinor),
    invoices: stored.invoices.map((invoice) => ({ ...invoice, principalMinor: BigInt(invoice.principalMinor) })),
    partialPayments: stored.partialPayments.map((payment) => ({ ...payment, amountMinor: BigInt(payment.amountMinor) })),
  } as CaseFile;
}
