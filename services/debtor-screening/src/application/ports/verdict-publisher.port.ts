import type { Finding, Verdict } from '../../domain/verdict/register-findings';
import type { Screening } from '../../domain/verdict/screening-verdict';
import type { EnrichedIdentity } from '../../domain/verdict/enriched-identity';

export type StatusChangeCause = 'REGISTER_ENTRY_ADDED' | 'REGISTER_ENTRY_CHANGED' | 'REGISTER_ENTRY_REMOVED' | 'REGISTER_ENTRY_DATES' | 'REVIEW_DECIDED';

/** A case's verdict changed after it was screened. */
export interface DebtorStatusChange {
  caseId: string;
  debtorIdentityId: string;
  verdict: Verdict;
  previousVerdict: Verdict;
  findings: Finding[];
  screening: Screening;
  cause: StatusChangeCause;
  /** The entry behind the change; absent for a review. */
  register?: { source: string; entryId: string };
}

export interface CaseVerdict {
  caseId: string;
  debtorIdentityId: string;
  screening: Screening;
  identity?: EnrichedIdentity;
  /** The CaseOpened it answers. */
  causationId: string;
}

/** Publishes a case's screening outcome in the caller's transaction. */
export abstract class VerdictPublisher {
  /** DebtorScreened: the first verdict of each new case. */
  abstract publish(verdicts: CaseVerdict[]): Promise<void>;
  /** DebtorStatusChanged: a later change of an open case's verdict. */
  abstract publishStatusChange(change: DebtorStatusChange, causationId?: string): Promise<void>;
}
