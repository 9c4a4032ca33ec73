import { httpJson } from '../http-json';

export interface Money {
  amountMinor: string;
  currency: string;
}

export interface AgentTask {
  taskId: string;
  caseId: string;
  kind: string;
  language: string;
  details: Record<string, unknown>;
  callableUntil: string;
  leaseExpiresAt: string;
}

export type OutcomeResult =
  | 'REACHED' | 'NO_ANSWER' | 'WRONG_NUMBER' | 'REFUSED_TO_PAY' | 'PROMISE_TO_PAY' | 'CALLBACK_REQUESTED'
  | 'DEBTOR_ABSENT' | 'THIRD_PARTY' | 'DISPUTE_RAISED' | 'ASKED_FOR_PLAN';

export interface Outcome {
  result: OutcomeResult;
  promise?: { amount: Money; payBy: string };
  callbackAt?: string;
  thirdPartyRole?: string;
  note?: string;
  noteForCreditor?: boolean;
  minutesSpent: number;
}

/** A contact-centre agent working through contact-center's agent API with its own key. */
export class AgentClient {
  constructor(
    private readonly contactCenterUrl: string,
    readonly agentId: string,
    private readonly key: string,
  ) {}

  private call<T>(path: string, init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown; expect?: number[] } = {}) {
    return httpJson<T>(`${this.contactCenterUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${this.key}` } });
  }

  /** Leases the most urgent task callable now; undefined when there is none (204). */
  async nextTask(): Promise<AgentTask | undefined> {
    const answer = await this.call<AgentTask>('/v1/agent/tasks/next', { method: 'POST', expect: [200, 204] });
    return answer.status === 204 ? undefined : answer.body;
  }

  async releaseTask(taskId: string): Promise<void> {
    await this.call(`/v1/agent/tasks/${taskId}/release`, { method: 'POST' });
  }

  async recordOutcome(taskId: string, outcome: Outcome): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/tasks/${taskId}/outcome`, { body: outcome })).body;
  }

  async recordInboundContact(caseId: string, outcome: Outcome): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/cases/${caseId}/interactions`, { body: outcome })).body;
  }

  async declareIncome(caseId: string, declaration: { monthlyIncomeMinor: string; monthlyChargesMinor: string; dependants: number; currency: string; declaredOn: string }): Promise<void> {
    await this.call(`/v1/agent/cases/${caseId}/declaration`, { method: 'PUT', body: declaration });
  }

  async proposePlan(caseId: string, instalments: Array<{ number: number; dueDate: string; amount: Money }>, explanation = ''): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/cases/${caseId}/plans`, { body: { instalments, explanation } })).body;
  }

  async proposeSettlement(caseId: string, amount: Money, payBy: string, explanation = ''): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/cases/${caseId}/settlements`, { body: { amount, payBy, explanation } })).body;
  }

  async openDispute(caseId: string, dispute: { ground: string; summary: string; disputedAmount?: Money }): Promise<{ disputeId: string; [field: string]: unknown }> {
    return (await this.call<{ disputeId: string }>(`/v1/agent/cases/${caseId}/disputes`, { body: dispute })).body;
  }

  async requestDocuments(disputeId: string, question: string, answerBy: string): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/disputes/${disputeId}/document-requests`, { body: { question, answerBy } })).body;
  }

  async resolveDispute(disputeId: string, resolution: { resolution: string; explanation: string; reduction?: Money }): Promise<void> {
    await this.call(`/v1/agent/disputes/${disputeId}/resolution`, { body: resolution });
  }

  async requestInformation(caseId: string, request: { topic: string; question: string; answerBy: string }): Promise<Record<string, unknown>> {
    return (await this.call<Record<string, unknown>>(`/v1/agent/cases/${caseId}/information-requests`, { body: request })).body;
  }
}
