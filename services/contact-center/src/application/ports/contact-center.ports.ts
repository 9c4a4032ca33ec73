import type { Money } from '../../domain/money';
import type { RepresentativeContact, ThirdPartyEffect } from '../../domain/third-parties';

/** What contact-center knows of a case: whose, where, who owes, and the balance as last told. */
export interface CaseFile {
  caseId: string;
  creditorId: string;
  country: string;
  language: string;
  debtorName: string;
  currency: string;
  balance: { principal: Money; interest: Money; costs: Money; charges: Money };
  closed: boolean;
}

/** CALLBACK: a call the debtor asked for at a time (dunning's CallRequested with `callback`). */
export type TaskKind = 'CALL' | 'VISIT' | 'CREDITOR_MESSAGE' | 'HEIR_SEARCH' | 'CALLBACK';

export interface Task {
  id: string;
  actionId: string;
  caseId: string;
  kind: TaskKind;
  country: string;
  language: string;
  /** Phones to try, the visit address, the creditor's message: what the agent works with. */
  details: Record<string, unknown>;
  priority: number;
  notBefore: Date;
  notAfter: Date;
  /** A callback: held for the agent who took the request until `heldUntil`, then open to the queue. */
  heldFor?: string;
  heldUntil?: Date;
  /** A callback's lawful windows after [notBefore, notAfter), for when nobody takes it in time. */
  laterWindows?: Array<{ notBefore: Date; notAfter: Date }>;
  /** A callback whose first window passed untaken. */
  overdue?: boolean;
}

export interface LeasedTask extends Task {
  leasedBy: string;
  leaseExpiresAt: Date;
}

export interface Agent {
  id: string;
  name: string;
  role: 'agent' | 'team_lead';
  countries: string[];
  languages: string[];
}

export abstract class CaseStore {
  abstract save(file: CaseFile): Promise<void>;
  abstract find(caseId: string): Promise<CaseFile | undefined>;
  abstract updateBalance(caseId: string, balance: CaseFile['balance']): Promise<void>;
  abstract close(caseId: string): Promise<void>;
}

/** A callback the debtor asked for that dunning declined (CallbackDeclined), kept for the agent who took the request. */
export interface DeclinedCallback {
  interactionId: string;
  caseId: string;
  agentId: string;
  requestedAt: Date;
  /** Dunning's reason: CASE_CLOSED, NO_DIRECT_CONTACT, NO_PHONE or UNKNOWN_CASE. */
  reason: string;
  explanation: string;
  declinedAt: Date;
}

export abstract class TaskStore {
  /** false when a task for this action exists (a redelivered request). */
  abstract enqueue(task: Task): Promise<boolean>;
  /**
   * The most urgent task the agent may work now (its countries and languages, inside the lawful
   * window, not held for another agent), queued or abandoned by another agent (lease run out), leased
   * to this agent: two agents asking at once never get the same task. The callbacks held for this
   * agent count too, whatever their queue.
   */
  abstract leaseNext(agent: Agent, now: Date, leaseExpiresAt: Date): Promise<LeasedTask | undefined>;
  /** The task, if this agent holds its lease now; locked. */
  abstract heldBy(taskId: string, agentId: string, now: Date): Promise<LeasedTask | undefined>;
  abstract release(taskId: string, agentId: string): Promise<boolean>;
  abstract complete(taskId: string, at: Date): Promise<void>;
  /** Finishes the case's open task for this action (a creditor message answered), whoever holds it. */
  abstract completeForAction(caseId: string, actionId: string, at: Date): Promise<void>;
  abstract cancelForCase(caseId: string): Promise<number>;
  /** Callbacks whose window passed untaken moved to their next lawful window and flagged overdue (rollOverdueCallback); how many. */
  abstract rollOverdueCallbacks(now: Date): Promise<number>;
  /** The open callbacks requested through this agent, soonest first (leased to someone or not). */
  abstract callbacksOf(agentId: string): Promise<LeasedTask[]>;
  /** false when it is already recorded (a redelivered CallbackDeclined). */
  abstract recordDeclinedCallback(declined: DeclinedCallback): Promise<boolean>;
  /** The callbacks declined for this agent since `since`, newest first. */
  abstract declinedCallbacksOf(agentId: string, since: Date): Promise<DeclinedCallback[]>;
  /** Tasks that arrived before their case, put in the case's country queue now that it is known. */
  abstract adoptAwaiting(caseId: string, country: string): Promise<number>;
}

export interface Interaction {
  id: string;
  caseId: string;
  taskId?: string;
  actionId: string;
  agentId: string;
  channel: 'PHONE' | 'HOME_VISIT';
  direction: 'OUTBOUND' | 'INBOUND';
  result: string;
  details: Record<string, unknown>;
  note: string;
  noteForCreditor: boolean;
  minutesSpent: number;
  contactedAt: Date;
}

export interface Negotiation {
  id: string;
  caseId: string;
  kind: 'plan' | 'settlement';
  status: 'agreed' | 'awaiting_creditor' | 'declined_by_creditor';
  proposal: Record<string, unknown>;
  approvalRequestId?: string;
  agentId: string;
}

export abstract class WorkStore {
  abstract recordInteraction(interaction: Interaction): Promise<void>;
  abstract saveNegotiation(negotiation: Negotiation): Promise<void>;
  abstract negotiationByApprovalRequest(requestId: string): Promise<Negotiation | undefined>;
  abstract decideNegotiation(id: string, status: Negotiation['status'], at: Date): Promise<void>;
  abstract saveDeclaration(caseId: string, declaration: unknown, agentId: string): Promise<void>;
  abstract declaration(caseId: string): Promise<unknown | undefined>;
  abstract saveDispute(id: string, caseId: string, state: string, dispute: unknown): Promise<void>;
  abstract dispute(id: string): Promise<{ caseId: string; dispute: unknown } | undefined>;
  abstract addDisputeDocument(document: { id: string; disputeId: string; fileName: string; mediaType: string; content: Buffer }): Promise<void>;
  abstract disputeDocument(disputeId: string, documentId: string): Promise<{ fileName: string; mediaType: string; content: Buffer } | undefined>;
  abstract addThirdParty(party: { id: string; caseId: string; role: string; name: string; contact: Record<string, unknown> }): Promise<void>;
  abstract thirdParties(caseId: string): Promise<Array<{ id: string; role: string; name: string; contact: Record<string, unknown> }>>;
}

export abstract class TermsStore {
  abstract rates(): Promise<{ asOf: string; eurPer: Record<string, string> }>;
  abstract saveRates(asOf: string, eurPer: Record<string, string>): Promise<void>;
  abstract creditorTerms(creditorId: string): Promise<{ authorityLimitEurMinor?: bigint; minInstalmentMinor?: bigint; maxDurationMonths?: number; settlementFloorBp?: number } | undefined>;
  abstract saveCreditorTerms(creditorId: string, terms: Record<string, unknown>): Promise<void>;
}

/** contact-center.interactions.v1 events, through the outbox in the caller's transaction. */
export abstract class ContactCenterPublisher {
  abstract outcomeRecorded(interaction: Interaction, promise?: { amount: Money; payBy: string }, callbackAt?: Date, thirdPartyRole?: string): Promise<void>;
  abstract planAgreed(caseId: string, planId: string, instalments: Array<{ number: number; dueDate: string; amount: Money }>, balance: CaseFile['balance'], agentId: string, approvalRequestId?: string): Promise<void>;
  abstract settlementAgreed(caseId: string, settlementId: string, amount: Money, payBy: string, balance: CaseFile['balance'], agentId: string, approvalRequestId?: string): Promise<void>;
  abstract approvalRequested(caseId: string, requestId: string, proposal: { plan?: Array<{ number: number; dueDate: string; amount: Money }>; settlement?: { amount: Money; payBy: string } }, balance: CaseFile['balance'], explanation: string, answerBy: string): Promise<void>;
  abstract disputeOpened(caseId: string, disputeId: string, ground: string, summary: string, agentId: string): Promise<void>;
  abstract disputeResolved(caseId: string, disputeId: string, resolution: string, reduction: Money | undefined, explanation: string): Promise<void>;
  abstract consultantMessageSent(message: ThreadMessage): Promise<void>;
  /** `representative`: the name and contact details dunning addresses letters and calls with, sent only when the third party represents the debtor. */
  abstract thirdPartyLinked(caseId: string, thirdPartyId: string, role: string, effect: ThirdPartyEffect, representative?: { name: string } & RepresentativeContact): Promise<void>;
  abstract creditorMessagesRead(caseId: string, messageIds: string[], agentId: string, at: Date): Promise<void>;
  abstract informationRequested(caseId: string, requestId: string, topic: string, question: string, answerBy: string, disputeId?: string): Promise<void>;
}

/** A file of a message, kept in the object store shared with intake. */
export interface MessageAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  objectKey: string;
}

/** A message of a case's thread with the creditor. */
export interface ThreadMessage {
  id: string;
  caseId: string;
  /** 'creditor' wrote it (CreditorMessageSent) or a consultant did. */
  from: 'creditor' | 'consultant';
  authorName: string;
  agentId: string | null;
  body: string;
  inReplyTo: string | null;
  sentAt: Date;
  /** For a creditor's message: when a consultant first opened the thread after it arrived. */
  readAt: Date | null;
  attachments: MessageAttachment[];
}

export abstract class MessageStore {
  /** false when this message is known already (a redelivered event). */
  abstract add(message: ThreadMessage): Promise<boolean>;
  abstract thread(caseId: string): Promise<ThreadMessage[]>;
  /** Marks the creditor's unread messages of the case read; returns their ids. */
  abstract markCreditorMessagesRead(caseId: string, at: Date): Promise<string[]>;
  abstract find(caseId: string, messageId: string): Promise<ThreadMessage | undefined>;
}

/** The bytes of message attachments. */
export abstract class AttachmentStore {
  abstract save(key: string, content: Uint8Array, meta: { contentType: string; fileName: string }): Promise<void>;
  abstract open(key: string): Promise<{ content: Buffer; contentType: string } | undefined>;
}

export interface ContactCenterTransaction {
  cases: CaseStore;
  tasks: TaskStore;
  work: WorkStore;
  terms: TermsStore;
  messages: MessageStore;
  events: ContactCenterPublisher;
}

export abstract class UnitOfWork {
  abstract run<T>(work: (tx: ContactCenterTransaction) => Promise<T>): Promise<T>;
}

export abstract class AgentDirectory {
  abstract create(agent: Omit<Agent, 'id'>): Promise<{ agent: Agent; key: string }>;
  abstract authenticate(key: string): Promise<Agent | undefined>;
}
