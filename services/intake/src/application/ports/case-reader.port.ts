/** Read-only questions about cases outside a transaction. */
export abstract class CaseReader {
  /** True when the case exists and is this creditor's. */
  abstract exists(creditorId: string, caseId: string): Promise<boolean>;
}
