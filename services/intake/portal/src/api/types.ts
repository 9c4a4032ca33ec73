/** The shapes intake's HTTP API answers with (services/intake/src/adapters/http). Amounts are integer minor units. */
export type Role = 'viewer' | 'manager';
export type Language = 'en' | 'fr' | 'nl' | 'de' | 'es' | 'sv';

export interface PortalUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  creditorId: string;
  creditorName: string;
  language: Language;
}

export interface SessionBody {
  user: PortalUser;
  csrfToken: string;
}

export interface CaseProgress {
  balanceMinor: number | null;
  collectedMinor: number;
  remittedMinor: number;
  lastActivity: string | null;
  lastActivityAt: string | null;
  outcome: string | null;
  /** The next dunning step and when it is due, or PAUSED; null when nothing is scheduled. */
  nextAction?: { kind: string; stepId: string | null; dueAt: string | null } | null;
}

export interface CaseView {
  id: string;
  creditorReference: string;
  state: string;
  category: string;
  currency: string;
  claimedMinor: number;
  consultantId: string | null;
  consultantName?: string | null;
  needsManualAssignment: boolean;
  openedAt: string;
  withdrawnAt: string | null;
  progress: CaseProgress | null;
  caseFile: { debtor?: { kind?: string; givenNames?: string; familyName?: string; legalName?: string } };
}

export interface CasePage {
  items: CaseView[];
  nextCursor: string | null;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  by: string;
  eventId: string;
  eventType: string;
  details: Record<string, unknown>;
}

export interface TimelinePage {
  caseId: string;
  entries: TimelineEntry[];
  next: string | null;
}

/** A Server-Sent Event of /v1/timeline/stream. */
export interface LiveEntry extends TimelineEntry {
  caseId: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface CaseMessage {
  id: string;
  caseId: string;
  direction: 'to-consultant' | 'to-creditor';
  author: { role: 'creditor' | 'consultant'; name: string };
  body: string;
  sentAt: string;
  readAt: string | null;
  attachments: Attachment[];
}

export interface CaseDocument {
  id: string;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface PendingDecision {
  caseId: string;
  creditorReference: string;
  kind: string;
  askedAt: string;
  requestId: string;
  answerBy: string | null;
  /** The case's currency (a direct payment is reported in it). */
  currency?: string;
  details: Record<string, unknown>;
  answerWith: string[];
  /** For a recommendation: the collection work done on the case, by timeline kind. */
  actionsTaken?: Record<string, number>;
}

/** A pending decision opened, answered or closed without an answer (the case was withdrawn), as the live stream tells it (`event: decision`). */
export interface DecisionChange {
  change: 'opened' | 'answered' | 'closed';
  caseId: string;
  requestId: string;
  kind: string;
  /** The instruction kind that answered it. */
  answer?: string;
  /** When opened: the decision as the to-do list shows it. */
  decision?: PendingDecision;
}

export interface PortfolioRow {
  country: string;
  currency: string;
  casesPlaced: number;
  casesByState: Record<string, number>;
  amountPlacedMinor: number;
  collectedOnPlacedMinor: number;
  collectionRate: number | null;
  collectedInPeriodMinor: number;
  remittedInPeriodMinor: number;
  casesPaidInFullInPeriod: number;
  averageDaysToCollect: number | null;
}

export interface PortfolioReport {
  from: string;
  to: string;
  rows: PortfolioRow[];
}
