import type { Balance, Outstanding } from '../../domain/allocation';
import type { JournalEntry, Posting } from '../../domain/ledger';
import type { Money } from '../../domain/money';
import type { ArchivedDocument } from './document-archive.port';

/** A case as payments knows it (from CaseOpened): whose it is, where, in which currency, who owes. */
export interface CaseAccount {
  caseId: string;
  creditorId: string;
  country: string;
  currency: string;
  category: 'B2C' | 'B2B';
  debtorName: string;
  state: 'open' | 'paid' | 'settled' | 'closed';
  openedAt: string;
}

/** A case account with its balance as it stands: what receipts are allocated against. */
export interface LockedAccount extends CaseAccount {
  /** Kept in step with the postings (the consistency check compares them). */
  outstanding: Outstanding;
  /** Overpayments owed back to the debtor. */
  refundDue: bigint;
  /** Its open instalment plan or settlement, locked with it. */
  openPlans: StoredPlan[];
}

export interface PaymentReference {
  reference: string;
  kind: 'OGM' | 'RF';
}

/** Case accounts and their references, inside the caller's transaction. */
export abstract class CaseAccountStore {
  /** Records new cases and their references in a few statements; answers the case ids recorded (a case already known is not). */
  abstract openMany(accounts: Array<{ account: CaseAccount; outstanding: Outstanding; references: PaymentReference[] }>): Promise<Set<string>>;
  /** Which of these cases have an account already. */
  abstract known(caseIds: string[]): Promise<Set<string>>;
  /** The account, locked for this transaction: receipts for one case are booked one after the other. */
  abstract lock(caseId: string): Promise<LockedAccount | undefined>;
  /** Several accounts locked at once, in case id order (two batches never deadlock). */
  abstract lockMany(caseIds: string[]): Promise<Map<string, LockedAccount>>;
  abstract find(caseId: string): Promise<CaseAccount | undefined>;
  abstract references(caseId: string): Promise<PaymentReference[]>;
  abstract caseByReference(reference: string): Promise<string | undefined>;
  /** The cases several references were issued for (absent: unknown). */
  abstract casesByReferences(references: string[]): Promise<Map<string, string>>;
  /** Open cases in a currency whose balance or expected instalment equals the amount (matching by amount and name). */
  abstract candidatesForAmount(currency: string, amountMinor: bigint): Promise<Array<{ caseId: string; debtorName: string; outstanding: Money }>>;
  /** The balance kept beside the postings (for reads and the consistency check) and the case state. */
  abstract saveBalance(caseId: string, balance: Outstanding, refundDue: bigint, state: CaseAccount['state']): Promise<void>;
  abstract saveBalances(accounts: Array<{ caseId: string; outstanding: Outstanding; refundDue: bigint; state: CaseAccount['state'] }>): Promise<void>;
  abstract storedBalance(caseId: string): Promise<{ balance: Balance; refundDue: bigint } | undefined>;
  /** Case ids in id order after `after`, for the consistency check. */
  abstract caseIdsAfter(after: string, limit: number): Promise<string[]>;
}

/** The append-only ledger. */
export abstract class LedgerStore {
  abstract forCase(caseId: string): Promise<Posting[]>;
  abstract append(entry: JournalEntry): Promise<void>;
  abstract appendMany(entries: JournalEntry[]): Promise<void>;
}

export type ReceiptSource = 'gateway' | 'bank' | 'creditor' | 'cheque';
export type ReceiptMethod = 'BANK_TRANSFER' | 'CARD' | 'CHEQUE' | 'PAID_TO_CREDITOR';
export type ReceiptState = 'pending' | 'allocated' | 'suspense' | 'reversed' | 'bounced';
export type MatchMethod = 'CASE_ID' | 'STRUCTURED_REFERENCE' | 'TEXT_REFERENCE' | 'AMOUNT_AND_NAME' | 'OPERATOR';

/** Money that reached the agency (or the creditor), whatever its source. */
export interface Receipt {
  id: string;
  source: ReceiptSource;
  /** The source's own id (gateway payment id, bank entry key, creditor report id, cheque number): a repeat finds it. */
  externalId: string;
  caseId?: string;
  amount: Money;
  method: ReceiptMethod;
  /** Calendar date the money is available (cheques: the clearing date); remittance runs from it. */
  valueDate: string;
  /** The structured reference the payer gave (OGM, RF, a gateway's reference field). */
  payerReference: string;
  /** Free text that came with the money (a bank transfer's unstructured remittance information). */
  remittanceText?: string;
  payerName: string;
  receivedAt: string;
  /** Paid to the creditor directly: commission is due, nothing is remitted. */
  toCreditor: boolean;
  lateReport: boolean;
  statementImportId?: string;
}

/** A receipt as a booking leaves it. */
export interface BookedReceipt {
  receipt: Receipt;
  state: 'pending' | 'allocated' | 'suspense';
  allocation?: { caseId: string; creditorId: string; matchMethod: MatchMethod; remitBy: string; refundMinor: bigint };
  suspenseReason?: string;
}

export interface StoredReceipt extends Receipt {
  state: ReceiptState;
  matchMethod?: MatchMethod;
  suspenseReason?: string;
  refundMinor: bigint;
  remitBy?: string;
  remittanceId?: string;
  creditorId?: string;
}

export abstract class ReceiptStore {
  /** Records the receipt; false when one from the same source with the same external id exists. */
  /** Records new receipts in their final state; returns how many were inserted (the others were recorded meanwhile). */
  abstract insertBooked(receipts: BookedReceipt[]): Promise<number>;
  /** Writes what became of receipts recorded earlier (a cleared cheque, a suspended receipt assigned). */
  abstract updateBooked(receipts: BookedReceipt[]): Promise<void>;
  abstract bySourceId(source: ReceiptSource, externalId: string): Promise<StoredReceipt | undefined>;
  /** The receipts already recorded under these source ids, keyed `source + "\u0000" + externalId`. */
  abstract bySourceIds(keys: Array<{ source: ReceiptSource; externalId: string }>): Promise<Map<string, StoredReceipt>>;
  /** Locked for this transaction. */
  abstract lock(id: string): Promise<StoredReceipt | undefined>;
  abstract markState(id: string, state: 'reversed' | 'bounced' | 'pending', valueDate?: string): Promise<void>;
  abstract suspense(limit: number): Promise<StoredReceipt[]>;
  /** Allocated receipts of cases whose money is waiting to be remitted, locked and skipped by other runners. */
  abstract awaitingRemittance(remitByOnOrBefore: string, limit: number): Promise<StoredReceipt[]>;
  abstract markRemitted(ids: string[], remittanceId: string): Promise<void>;
  abstract forCase(caseId: string): Promise<StoredReceipt[]>;
  /** The latest receipt from a source that a reversal of this amount and reference takes back, locked. */
  abstract reversible(source: ReceiptSource, amount: Money, reference: string): Promise<StoredReceipt | undefined>;
  abstract statementImport(sha256: string): Promise<StatementImportSummary | undefined>;
  /** Records a completed import; false when one of the same file was recorded first (nothing is written then). */
  abstract saveStatementImport(sha256: string, report: StatementImportSummary, at: Date): Promise<boolean>;
}

/** What an import of a bank file did (kept, so a second import of the same file answers the same). */
export interface StatementImportSummary {
  importId: string;
  fileName: string;
  credits: number;
  allocated: number;
  suspense: number;
  duplicates: number;
  reversed: number;
  unmatchedReversals: string[];
  /** Refunds whose transfer this file brought back: owed to the debtor again. */
  refundsReturned: string[];
  /** Credits quoting a refund id that are not that refund coming back whole: booked as receipts instead. */
  refundReturnsNotRecognised: Array<{ key: string; reason: string }>;
}

/** A plan or settlement's state as the domain aggregate keeps it. */
export interface StoredPlan {
  planId: string;
  caseId: string;
  kind: 'instalments' | 'settlement';
  status: string;
  state: unknown;
}

export abstract class PlanStore {
  abstract save(plan: StoredPlan): Promise<void>;
  /** The open plan or settlement of a case, locked. */
  abstract openForCase(caseId: string): Promise<StoredPlan[]>;
  /** Open plans and settlements, in id order, for the daily check (not locked: the caller locks each case's account, under which plans change). */
  abstract openPlans(limit: number, afterPlanId: string): Promise<StoredPlan[]>;
}

/** A receipt's split as PaymentAllocated tells it. */
export interface AllocationReport {
  caseId: string;
  paymentId: string;
  parts: Array<{ component: 'PRINCIPAL' | 'INTEREST' | 'COSTS' | 'CHARGES'; amount: Money }>;
  remaining: Balance;
}

export interface RemittanceReport {
  remittanceId: string;
  creditorId: string;
  paidOn: string;
  statementId: string;
  /** The statement PDF in the document archive, for the creditor to download. */
  statementDocument: ArchivedDocument;
  lines: Array<{ caseId: string; paymentId: string; collected: Money; commission: Money; costs: Money; paidOut: Money }>;
  collected: Money;
  commission: Money;
  costs: Money;
  paidOut: Money;
}

export interface FeeInvoiceReport {
  invoiceId: string;
  creditorId: string;
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  lines: Array<{ kind: 'REGISTRATION' | 'COMMISSION' | 'COSTS'; caseId?: string; amount: Money; description: string }>;
  total: Money;
  /** The invoice PDF in the document archive, for the creditor to download. */
  invoiceDocument: ArchivedDocument;
}

/** The events payments emits, written to the outbox in the caller's transaction. */
export abstract class PaymentsPublisher {
  /** Writes what the events buffered (a unit of work does it before committing). */
  abstract flush(): Promise<void>;
  abstract paymentReceived(receipt: Receipt, caseId: string): Promise<void>;
  abstract paymentAllocated(report: AllocationReport): Promise<void>;
  /** `settlementId`: the agreed settlement whose payment cleared the case (the rest written off); absent when paid in full. */
  abstract casePaidInFull(caseId: string, totalCollected: Money, finalPaymentId: string, settlementId?: string): Promise<void>;
  /** InstalmentPaid: an instalment paid in full, with how many of the plan's are still to pay. */
  abstract instalmentPaid(caseId: string, planId: string, instalment: { number: number; dueDate: string; amount: Money }, paidOn: string, instalmentsLeft: number): Promise<void>;
  abstract instalmentMissed(caseId: string, planId: string, instalment: { number: number; dueDate: string; amount: Money }, paid: Money, planBroken: boolean): Promise<void>;
  /** RefundIssued: an overpayment paid back to the debtor (no account details: they stay in payments). */
  abstract refundIssued(refund: { caseId: string; refundId: string; amount: Money; executionDate: string; refundDueAfter: Money }): Promise<void>;
  /** RefundReturned: a refund's transfer came back from the debtor's bank and is owed to the debtor again. */
  abstract refundReturned(refund: { caseId: string; refundId: string; amount: Money; returnReason?: string; refundDueAfter: Money }): Promise<void>;
  abstract remittanceIssued(report: RemittanceReport): Promise<void>;
  abstract feeInvoiced(report: FeeInvoiceReport): Promise<void>;
}
