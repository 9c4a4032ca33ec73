import { httpJson } from '../http-json';

/** A case as the creditor submits it (POST /v1/cases): see services/intake/README.md and /docs. Money in minor units. */
export interface CaseSubmission {
  creditorReference: string;
  category: 'B2C' | 'B2B';
  currency: string;
  debtor: Record<string, unknown>;
  invoices: Array<{ number: string; issueDate: string; dueDate: string; principalMinor: number; currency: string }>;
  interestRateBp?: number;
  interestMinor?: number;
  costsMinor?: number;
  partialPayments?: Array<{ paidOn: string; amountMinor: number; currency: string; reference: string }>;
}

/** A case as intake shows it to its creditor (`GET /v1/cases/{id}`); `progress` is projected from every service's events. */
export interface CaseView {
  id: string;
  creditorReference: string;
  state: string;
  claimedMinor: number;
  consultantId: string | null;
  progress: Record<string, unknown> | null;
  [field: string]: unknown;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  by: string;
  eventId: string;
  eventType: string;
  details: Record<string, unknown>;
}

export interface PendingDecision {
  caseId: string;
  kind: string;
  requestId: string;
  answerWith: string[];
  [field: string]: unknown;
}

export type InstructionKind =
  | 'approve' | 'decline' | 'provide_information' | 'accept_closure' | 'continue_collection'
  | 'consent_legal_action' | 'refuse_legal_action' | 'hold' | 'release_hold' | 'debtor_approached_creditor';

/**
 * The creditor's side of the platform: its API key against intake's `/v1` API, exactly what a
 * creditor's system or the portal uses. One client per creditor (the key decides whose cases).
 */
export class CreditorClient {
  constructor(
    private readonly intakeUrl: string,
    readonly creditorId: string,
    private readonly apiKey: string,
  ) {}

  private call<T>(path: string, init: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown; expect?: number[] } = {}) {
    return httpJson<T>(`${this.intakeUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${this.apiKey}` } });
  }

  /** Submits one case; answers the case as intake shows it. */
  async submitCase(submission: CaseSubmission): Promise<CaseView> {
    return (await this.call<CaseView>('/v1/cases', { body: submission, expect: [200, 201] })).body;
  }

  async case(caseId: string): Promise<CaseView> {
    return (await this.call<CaseView>(`/v1/cases/${caseId}`)).body;
  }

  async listCases(query = ''): Promise<{ items?: Array<Record<string, unknown>>; [field: string]: unknown }> {
    return (await this.call<{ items?: Array<Record<string, unknown>> }>(`/v1/cases${query ? `?${query}` : ''}`)).body;
  }

  /** Every timeline entry of the case, oldest first, all pages. */
  async timeline(caseId: string): Promise<TimelineEntry[]> {
    const entries: TimelineEntry[] = [];
    let after: string | null = null;
    do {
      const page: { entries: TimelineEntry[]; next: string | null } = (await this.call<{ entries: TimelineEntry[]; next: string | null }>(
        `/v1/cases/${caseId}/timeline?limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`,
      )).body;
      entries.push(...page.entries);
      after = page.next;
    } while (after);
    return entries;
  }

  async pendingDecisions(): Promise<PendingDecision[]> {
    return (await this.call<PendingDecision[]>('/v1/pending-decisions')).body;
  }

  async instruct(caseId: string, instruction: { kind: InstructionKind; inReplyTo?: string; note?: string; documentIds?: string[] }): Promise<{ instructionId: string }> {
    return (await this.call<{ instructionId: string }>(`/v1/cases/${caseId}/instructions`, { body: instruction })).body;
  }

  async reportDirectPayment(caseId: string, payment: { amountMinor: number; currency: string; receivedOn: string; reference: string }): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/cases/${caseId}/direct-payments`, { body: payment, expect: [200, 201] })).body;
  }

  async withdraw(caseId: string, reason: string): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/cases/${caseId}/withdrawal`, { body: { reason } })).body;
  }

  async messages(caseId: string): Promise<unknown> {
    return (await this.call(`/v1/cases/${caseId}/messages`)).body;
  }

  async sendMessage(caseId: string, body: string): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/cases/${caseId}/messages`, { body: { body, attachments: [] } })).body;
  }

  /** The portfolio report (JSON) for placements between the two dates (YYYY-MM-DD). */
  async portfolioReport(from: string, to: string): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/reports/portfolio?from=${from}&to=${to}&format=json`)).body;
  }
}
