import type { PlanSnapshot } from '../../domain/case-plan/case-plan';
import type { ContactChannel, StepKind } from '../../domain/steps';

/** Case plans, inside the caller's transaction. */
export abstract class PlanStore {
  /** The plans of these cases, locked until the transaction ends (absent: never seen). */
  abstract lock(caseIds: string[]): Promise<Map<string, PlanSnapshot>>;
  abstract save(plans: PlanSnapshot[]): Promise<void>;
  /** Like lock, but skips plans another transaction holds (never waits: a merge is a bonus, not a need). */
  abstract lockIfFree(caseIds: string[]): Promise<Map<string, PlanSnapshot>>;
  abstract find(caseId: string): Promise<PlanSnapshot | undefined>;
}

export interface StepTimer {
  id: string;
  caseId: string;
  stepIndex: number;
  breachTrack: boolean;
  stepId: string;
  dueAt: Date;
}

/** The one pending step of each case, as a durable timer. */
export abstract class TimerStore {
  /** Replaces each case's pending timer with this one (`replacing: false` when the caller knows none is pending). */
  abstract schedule(timers: Array<Omit<StepTimer, 'id'>>, options?: { replacing: boolean }): Promise<void>;
  abstract cancel(caseIds: string[]): Promise<void>;
  /**
   * Timers due at `now`, oldest first, locked for this transaction and skipped by every other
   * scanner (FOR UPDATE SKIP LOCKED): several replicas never fire the same timer.
   */
  abstract claimDue(now: Date, limit: number): Promise<StepTimer[]>;
  abstract reschedule(moves: Array<{ id: string; dueAt: Date }>): Promise<void>;
  /** Timers done with: fired (the step was sent or skipped) or cancelled (the plan no longer runs it). */
  abstract finish(ids: string[], state: 'fired' | 'cancelled', at: Date): Promise<void>;
  abstract pendingOf(caseId: string): Promise<StepTimer | undefined>;
  /**
   * The pending timers of these debtors' open cases due up to `until` (one debtor, one voice: steps
   * due close together may be merged), locked for this transaction, skipping those another holds.
   */
  abstract pendingOfDebtors(debtorIds: string[], until: Date): Promise<Array<StepTimer & { debtorIdentityId: string }>>;
}

/** A contact made with a debtor, on any of their cases: what frequency caps count. */
export interface ContactRecord {
  caseId: string;
  debtorIdentityId?: string;
  stepKind: StepKind;
  channel?: ContactChannel;
  at: Date;
}

export interface SentAction extends ContactRecord {
  actionId: string;
  stepId: string;
  policyId: string;
}

export interface GuardRecord {
  caseId: string;
  stepId: string;
  outcome: 'sent' | 'moved' | 'forbidden' | 'skipped';
  requestedAt: Date;
  lawfulAt?: Date;
  moves: Array<{ ruleId: string; reason: string; from: Date; to: Date }>;
  policyId: string;
  decidedAt: Date;
}

/** What was sent and why it was sent when it was: the contact history and the guard's audit trail. */
export abstract class ActionLog {
  /** Contacts with these debtors since `since`, across all their cases. */
  abstract historyOf(debtorIds: string[], since: Date): Promise<ContactRecord[]>;
  /** Steps already sent on these cases (waiting periods count from them). */
  abstract sentOf(caseIds: string[]): Promise<SentAction[]>;
  abstract recordSent(actions: SentAction[]): Promise<void>;
  abstract recordDecisions(decisions: GuardRecord[]): Promise<void>;
  abstract decisionsOf(caseId: string): Promise<GuardRecord[]>;
}
