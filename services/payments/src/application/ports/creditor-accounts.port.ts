import type { Money } from '../../domain/money';
import type { FeeInvoice, FeeKind, Remittance, RemittanceContract } from '../../domain/remittance';

/** What the agency agreed with a creditor: where remittances go, commission per currency, tax on fees. */
export interface CreditorTerms {
  creditorId: string;
  name: string;
  iban: string;
  bic?: string;
  /** One per currency the creditor's cases are in. */
  contracts: RemittanceContract[];
  /** VAT on the agency's fee invoices, in basis points (2100 = 21 %). */
  taxRateBp: number;
  invoiceDueDays: number;
  /** The registration fee charged per case placed, when the contract has one. */
  registrationFee?: Money;
}

export interface FeeLineRecord {
  id: string;
  /** What caused it (a case registration, a direct payment): a repeat adds nothing. */
  source: string;
  creditorId: string;
  kind: FeeKind;
  caseId?: string;
  amount: Money;
  description: string;
}

export interface RemittanceFiles {
  /** pain.001 credit transfer (SEPA in EUR, a non-SEPA transfer in any other currency); empty when nothing is paid out. */
  paymentFile: string;
  statementCsv: string;
  statementPdf: Buffer;
}

/** Creditor terms, remittances and fee invoices, inside the caller's transaction. */
export abstract class CreditorAccountStore {
  abstract terms(creditorId: string): Promise<CreditorTerms | undefined>;
  abstract saveTerms(terms: CreditorTerms): Promise<void>;
  abstract saveRemittance(remittance: Remittance, files: RemittanceFiles): Promise<void>;
  abstract remittanceFile(remittanceId: string, file: 'payment-file' | 'statement.csv' | 'statement.pdf'): Promise<{ creditorId: string; content: Buffer | string } | undefined>;
  abstract remittances(creditorId: string): Promise<Array<{ remittanceId: string; currency: string; paidOn: string; collected: Money; commission: Money; costs: Money; paidOut: Money }>>;
  /** false when a line from the same source exists. */
  abstract addFeeLine(line: FeeLineRecord): Promise<boolean>;
  /** Fee lines not yet invoiced, locked and skipped by other runners. */
  abstract uninvoicedFeeLines(limit: number): Promise<FeeLineRecord[]>;
  /** The next invoice number of a creditor: no gaps, no repeats (the creditor's row is locked). */
  abstract nextInvoiceSequence(creditorId: string): Promise<number>;
  abstract saveInvoice(invoiceId: string, creditorId: string, sequence: number, invoice: FeeInvoice, lineIds: string[]): Promise<void>;
  abstract invoices(creditorId: string): Promise<Array<{ invoiceId: string; invoice: FeeInvoice }>>;
}

/** A refund to pay back to a debtor, as its payment file needs it. */
export interface RefundTransfer {
  refundId: string;
  caseId: string;
  amount: Money;
  beneficiary: { name: string; iban: string; bic?: string };
  /** The day the agency's bank is asked to pay. */
  executionDate: string;
}

/** Renders a remittance's payment file and statement (pain.001, CSV, PDF), a refund's payment file (pain.001) and a fee invoice (PDF). */
export abstract class PayoutFileRenderer {
  abstract render(remittance: Remittance, creditor: CreditorTerms, paymentDate: Date): Promise<RemittanceFiles>;
  abstract renderRefund(refund: RefundTransfer, createdAt: Date): string;
  abstract renderInvoice(invoice: FeeInvoice, creditorName: string): Promise<Buffer>;
}
