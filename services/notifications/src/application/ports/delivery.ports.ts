import type { DeliveryChannel, FailureKind } from '../../domain/delivery/delivery';
import type { ArchivedDocument } from './document-archive.port';

/** What a request asks to deliver; `details` is the request's own content (JSON), read when composing. */
export interface DeliveryRequest {
  /** Unique per request (the dunning action id, or the creditor-facing event id): a redelivery finds it. */
  requestKey: string;
  caseId: string;
  actionId: string;
  audience: 'debtor' | 'creditor';
  channel: DeliveryChannel;
  recipient: string;
  templateKey: string;
  language: string;
  details: Record<string, unknown>;
}

export interface Delivery extends DeliveryRequest {
  id: string;
  attempts: number;
}

/** Deliveries, inside the caller's transaction. */
export abstract class DeliveryStore {
  /** Records the request; false when a delivery for its request key already exists. */
  abstract insert(delivery: Delivery & { state: 'pending' | 'suppressed'; nextAttemptAt?: Date; failure?: { kind: FailureKind; detail: string } }): Promise<boolean>;
  /** Pending deliveries due now, locked for this transaction and skipped by every other worker. */
  abstract claimDue(now: Date, limit: number): Promise<Delivery[]>;
  /** Marks every delivery given as sent at `at`, in one statement (a pass sends dozens). */
  abstract markSent(sent: SentDelivery[], at: Date): Promise<void>;
  abstract markRetry(id: string, attempts: number, nextAttemptAt: Date, detail: string): Promise<void>;
  abstract markFailed(id: string, attempts: number, kind: FailureKind, detail: string): Promise<void>;
  abstract byProviderMessageId(providerMessageId: string): Promise<(Delivery & { state: string; deliveredAt?: Date }) | undefined>;
  abstract markDelivered(id: string, at: Date): Promise<void>;
  /**
   * Withdraws a delivery not sent yet (a reminder the creditor made pointless by answering). When it
   * is not recorded yet (the answer overtook the request on another topic), a withdrawn placeholder
   * takes its key, so the request arriving later finds it and schedules nothing.
   */
  abstract withdraw(requestKey: string, caseId: string, reason: string): Promise<void>;
}

/** Recipients never to use again, and cases whose debtor must not be messaged for now. */
export abstract class SuppressionStore {
  abstract reasonFor(key: string): Promise<string | undefined>;
  abstract suppress(key: string, reason: string): Promise<void>;
  abstract caseReason(caseId: string): Promise<string | undefined>;
  abstract suppressCase(caseId: string, causeId: string, reason: string): Promise<void>;
  abstract liftCase(caseId: string, causeId: string): Promise<void>;
}

/** What notifications keeps of a case from CaseOpened, to word its letters. */
export interface CaseFacts {
  creditorId: string;
  creditorName: string;
  creditorReference: string;
  debtorName: string;
  debtorKind: 'person' | 'company';
  country: string;
  invoices: Array<{ number: string; issueDate: string; dueDate: string; amountMinor: string; currency: string }>;
}

export abstract class CaseFactsStore {
  abstract save(caseId: string, facts: CaseFacts): Promise<void>;
  abstract find(caseIds: string[]): Promise<Map<string, CaseFacts>>;
  abstract saveCreditor(creditorId: string, identity: CreditorIdentity): Promise<void>;
  abstract creditors(creditorIds: string[]): Promise<Map<string, CreditorIdentity>>;
}

/** What a letter shows of the creditor; the law asks for it in several countries. */
export interface CreditorIdentity {
  name: string;
  enterpriseNumber: string;
  /** Where the agency writes to the creditor (requests, recommendations, approvals). */
  email?: string;
  address: { lines: string[]; postalCode: string; locality: string; country: string };
  /** The language the agency writes to the creditor in (ISO 639-1; English when not set). */
  language?: string;
  /** The creditor asked for one e-mail a day gathering every message instead of one per event. */
  dailyDigest?: boolean;
}

/** Rendered letters, retrievable by id. */
export abstract class DocumentStore {
  abstract save(document: { id: string; caseId: string; mediaType: string; content: Buffer }): Promise<void>;
  abstract find(id: string): Promise<{ caseId: string; mediaType: string; content: Buffer } | undefined>;
}

/** A delivery the provider accepted: its attempt count after this attempt, the provider's id and, for a letter, its stored document. */
export interface SentDelivery {
  id: string;
  attempts: number;
  providerMessageId: string;
  documentId?: string;
}

/** NotificationSent / NotificationFailed / NotificationDelivered, in the caller's transaction. */
export abstract class NotificationPublisher {
  /** One NotificationSent per entry, in the order given, written together. `document`: the letter as the creditor may download it (debtor letters only). */
  abstract sent(sent: Array<{ delivery: Delivery; providerMessageId: string; document?: ArchivedDocument }>, at: Date): Promise<void>;
  abstract failed(delivery: Delivery, kind: FailureKind, permanent: boolean, detail: string): Promise<void>;
  abstract delivered(delivery: Delivery, at: Date): Promise<void>;
}

export interface NotificationsTransaction {
  deliveries: DeliveryStore;
  suppressions: SuppressionStore;
  cases: CaseFactsStore;
  documents: DocumentStore;
  events: NotificationPublisher;
}

export abstract class UnitOfWork {
  abstract run<T>(work: (tx: NotificationsTransaction) => Promise<T>): Promise<T>;
}
