import type { Case } from '../../domain/case/case.aggregate';
import type { CaseFile } from '../../domain/case-file/case-file';
import type { ConsultantCandidate } from '../../domain/consultant/consultant-assignment';
import type { CaseImportLog } from './case-import-store.port';
import type { CaseMessages } from './case-messages.port';
import type { CaseRecords } from './case-records.port';

/** What recognising a resubmission needs of a case: no case file, which is only read on a conflict. */
export interface KnownCase {
  id: string;
  creditorReference: string;
  fingerprint: string;
  consultantId: string | null;
}

/** The cases of the intake database, seen from inside one transaction. */
export abstract class CaseStore {
  /** Cases of this creditor with these references, wherever they came from. */
  abstract findByReferences(creditorId: string, references: string[]): Promise<KnownCase[]>;
  /** The stored case file of a case, to name what a conflicting resubmission changes. */
  abstract caseFileOf(caseId: string): Promise<CaseFile>;
  /** A case of this creditor, locked for change; undefined for another creditor's case. */
  abstract findForUpdate(creditorId: string, caseId: string): Promise<Case | undefined>;
  /**
   * Inserts the cases whose (creditor, reference) is still free and publishes their recorded
   * events through the outbox; returns the ids actually inserted (a concurrent submission of the
   * same reference wins the race and this one is skipped).
   */
  abstract insertNew(cases: Case[]): Promise<Set<string>>;
  /** Saves a changed case and publishes its recorded events through the outbox. */
  abstract update(changed: Case): Promise<void>;
}

/** The consultant directory, as assignment needs it. */
export abstract class ConsultantPool {
  /** Active consultants working in any of these countries, locked until the transaction ends so two assignments count each other. */
  abstract lockCandidates(countries: string[]): Promise<ConsultantCandidate[]>;
  /** Adds the newly assigned cases to each consultant's open-case count. */
  abstract addOpenCases(perConsultant: Map<string, number>): Promise<void>;
}

/** What a creditor's contract says intake must charge. */
export abstract class CreditorTerms {
  /** The fee charged for each case registered, when the contract has one. */
  abstract registrationFee(creditorId: string): Promise<{ amountMinor: bigint; currency: string } | undefined>;
}

export interface IntakeTransaction {
  cases: CaseStore;
  consultants: ConsultantPool;
  terms: CreditorTerms;
  imports: CaseImportLog;
  records: CaseRecords;
  messages: CaseMessages;
}

/** Runs work in one database transaction: state and the events it causes commit together. */
export abstract class UnitOfWork {
  abstract run<T>(work: (tx: IntakeTransaction) => Promise<T>): Promise<T>;
}
