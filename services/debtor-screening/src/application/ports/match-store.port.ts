import type { MatchSubject } from '../../domain/matching';
import type { Finding, Verdict } from '../../domain/verdict/register-findings';
import type { Screening } from '../../domain/verdict/screening-verdict';
import type { DebtorLookup, StoredRegisterEntry } from './register-store.port';

export type MatchState = 'matched' | 'pending_review' | 'not_same';

/** A register entry tied to a debtor, by identifier or by name, with the evidence. */
export interface RegisterMatch {
  id: string;
  debtorIdentityId: string;
  source: string;
  entryId: string;
  how: 'identifier' | 'name';
  score: number;
  state: MatchState;
  evidence: Record<string, unknown>;
  /** Set when a reviewer decided: the decision stands for this debtor, whatever later imports say. */
  decidedBy?: string;
}

/** A debtor as screening knows them, for matching register updates against (monitoring). */
export interface KnownDebtorProfile {
  debtorIdentityId: string;
  lookup: DebtorLookup;
  subject: MatchSubject;
}

/** An open case with the contacts' own screening and the verdict last published for it. */
export interface OpenCase {
  caseId: string;
  debtorIdentityId: string;
  contactScreening: Screening;
  verdict: Verdict;
  findings: Finding[];
}

export interface CaseScreening {
  caseId: string;
  contactScreening: Screening;
  verdict: Verdict;
  findings: Finding[];
}

/** Matches, debtor profiles and the cases' verdicts, inside the caller's transaction. */
export abstract class MatchStore {
  abstract saveProfiles(profiles: KnownDebtorProfile[]): Promise<void>;
  /** The profiles of those of these debtors screening has seen before. */
  abstract profiles(debtorIdentityIds: string[]): Promise<Map<string, KnownDebtorProfile>>;
  /** Debtors with open cases whose identifier, birth date or postcode meets one of these entries. */
  abstract debtorsNear(entries: StoredRegisterEntry[]): Promise<KnownDebtorProfile[]>;
  /** Every match of these debtors, with its register entry (absent when the entry was removed). */
  abstract matchesOf(debtorIdentityIds: string[]): Promise<Array<RegisterMatch & { entry?: StoredRegisterEntry }>>;
  /** Records new matches and refreshes automatic ones; a reviewer's decision is never overwritten. */
  abstract saveMatches(matches: RegisterMatch[]): Promise<void>;
  /** Forgets the automatic matches on these entries (changed or removed); a reviewer's decision stays. */
  abstract forgetAutomaticMatches(source: string, entryIds: string[]): Promise<void>;
  /** The debtors with a live match (matched or awaiting review) on any of these entries, and on which. */
  abstract debtorsMatching(source: string, entryIds: string[]): Promise<Array<{ debtorIdentityId: string; entryId: string }>>;
  /** A match, locked until the transaction ends. */
  abstract matchForUpdate(matchId: string): Promise<RegisterMatch | undefined>;
  abstract decide(matchId: string, state: 'matched' | 'not_same', reviewer: string, note: string | undefined, at: Date): Promise<void>;
  /** Matches awaiting a reviewer, oldest first, with the entry and what the debtor is known as. */
  abstract pendingReviews(limit: number): Promise<Array<RegisterMatch & { entry?: StoredRegisterEntry; debtor?: KnownDebtorProfile; createdAt: Date }>>;
  /**
   * The debtors with open cases and a live match on an entry that began (effective_from) or ceased
   * (the day after effective_to) to apply after `after` and up to `through`, and on which entry.
   */
  abstract debtorsWithEntryDatesBetween(after: string, through: string): Promise<Array<{ debtorIdentityId: string; source: string; entryId: string }>>;
  /** Takes the date watch for this transaction (one replica at a time) and says how far it has seen. */
  abstract lockDateWatch(): Promise<string | undefined>;
  abstract saveDateWatch(checkedThrough: string): Promise<void>;
  abstract openCasesOf(debtorIdentityIds: string[]): Promise<OpenCase[]>;
  abstract saveCaseScreenings(screenings: CaseScreening[]): Promise<void>;
}
