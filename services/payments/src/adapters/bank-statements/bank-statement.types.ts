import type { Money } from '../../domain/money';

/** Which ISO 20022 cash-management message a file holds. */
export type CamtMessageKind = 'camt.053' | 'camt.054';

/** `CdtDbtInd`: CRDT money came in, DBIT money went out (reversals included: the indicator is the actual movement). */
export type EntryDirection = 'CREDIT' | 'DEBIT';

/** `CdtrRefInf`: the creditor's structured reference (a Belgian OGM, an RF reference, a Swedish OCR number…). */
export interface StructuredReference {
  /** As the bank sent it, trimmed (e.g. `+++090/9337/55493+++`, `RF18 5390 0754 7034`). */
  readonly reference: string;
  /** `Tp/CdOrPrtry/Cd` (usually `SCOR`) or `Tp/CdOrPrtry/Prtry`. */
  readonly typeCode?: string;
  /** `Tp/Issr` (`BBA` for a Belgian OGM, `ISO` for RF). */
  readonly issuer?: string;
}

/**
 * One transaction of an entry (`TxDtls`). A credit entry's transactions are the receipts to book:
 * a batch entry is split into one per `TxDtls`, each with its own amount; an entry without details
 * (or a batch with no per-transaction amounts) has exactly one, carrying the entry's amount.
 */
export interface EntryTransaction {
  /** 1-based position inside the entry. */
  readonly index: number;
  /**
   * Stable idempotency key of this receipt: account + direction + the bank's reference of this
   * transaction where one names it alone (so a credit notified by itself in a camt.054 and listed
   * in a batch of the camt.053 has one key), else the entry key plus its index and references.
   */
  readonly key: string;
  readonly amount: Money;
  readonly structuredReference?: StructuredReference;
  /** Every `RmtInf/Ustrd` line, concatenated (a line cut at 140 characters is joined without a space). */
  readonly remittanceText?: string;
  /** `RltdPties/Dbtr/Nm` or `RltdPties/Dbtr/Pty/Nm`. */
  readonly debtorName?: string;
  readonly debtorIban?: string;
  /** `Refs/EndToEndId`, absent when the bank says `NOTPROVIDED`. */
  readonly endToEndId?: string;
  /** `Refs/AcctSvcrRef`: the bank's own reference of the transaction. */
  readonly accountServicerReference?: string;
  readonly transactionId?: string;
  /** `RtrInf/Rsn/Cd` (or `Prtry`): this credit is one of our own transfers coming back, and why (AC04 account closed, …). */
  readonly returnReason?: string;
}

/** One `Ntry` of a statement or notification. */
export interface StatementEntry {
  readonly messageKind: CamtMessageKind;
  /** `Stmt/Id` or `Ntfctn/Id`. */
  readonly statementId: string;
  /** The agency's account the statement is about (`Acct/Id/IBAN`). */
  readonly accountIban: string;
  /** 1-based position of the entry inside its statement. */
  readonly entryIndex: number;
  /**
   * Stable idempotency key: account + direction + `AcctSvcrRef` (the same booking in a camt.054 and
   * then in its camt.053 has the same key), or statement id + account + entry index when the bank
   * gave no reference.
   */
  readonly key: string;
  /** `NtryRef`. */
  readonly entryReference?: string;
  /** `AcctSvcrRef`: the bank's reference of the entry. */
  readonly accountServicerReference?: string;
  readonly direction: EntryDirection;
  /** `RvslInd`: this entry undoes an earlier one (a reversed credit arrives as a DEBIT with this flag). */
  readonly reversal: boolean;
  /** `Sts` (≤ .001.06) or `Sts/Cd` / `Sts/Prtry` (≥ .001.07): BOOK, PDNG, INFO, FUTR… */
  readonly status: string;
  /** Status is BOOK: only booked entries move the booked balance or are receipts. */
  readonly booked: boolean;
  /** `BookgDt` as `YYYY-MM-DD` (from `Dt`, or the date part of `DtTm`). */
  readonly bookingDate?: string;
  readonly valueDate?: string;
  readonly amount: Money;
  /** `AddtlNtryInf`, the bank's free text about the entry. */
  readonly additionalInfo?: string;
  /** Never empty. */
  readonly transactions: readonly EntryTransaction[];
}

/** A statement's (or notification's) own data, reported once all its entries have been read and checked. */
export interface StatementSummary {
  readonly messageKind: CamtMessageKind;
  readonly statementId: string;
  readonly accountIban: string;
  readonly electronicSequenceNumber?: string;
  readonly createdAt?: string;
  /** Opening booked balance (`OPBD`, or `PRCD` when no `OPBD`), signed. */
  readonly openingBalance?: Money;
  /** Closing booked balance (`CLBD`), signed. */
  readonly closingBalance?: Money;
  readonly entryCount: number;
}

export interface StatementFileHeader {
  readonly messageKind: CamtMessageKind;
  /** Schema version, e.g. `001.02`, `001.08`. */
  readonly version: string;
  /** `GrpHdr/MsgId`. */
  readonly messageId: string;
  readonly createdAt?: string;
}

/** A whole file, read and checked: nothing of it is returned unless all of it is valid. */
export interface ParsedStatementFile extends StatementFileHeader {
  readonly statements: readonly StatementSummary[];
  readonly entries: readonly StatementEntry[];
}

/** What the streaming reader yields, in document order. */
export type StatementFileItem =
  | { readonly kind: 'header'; readonly header: StatementFileHeader }
  | { readonly kind: 'entry'; readonly entry: StatementEntry }
  | { readonly kind: 'statement'; readonly statement: StatementSummary };
