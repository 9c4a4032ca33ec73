import type { MessageAttachment, MessageDirection } from '../../domain/message/case-message';

/** A message of a case's thread between the creditor and its consultant. */
export interface CaseMessage {
  id: string;
  caseId: string;
  creditorId: string;
  direction: MessageDirection;
  authorName: string;
  body: string;
  /** The creditor message a consultant's reply answers. */
  inReplyTo: string | null;
  sentAt: Date;
  /** When the other side read it: the consultant (CreditorMessagesRead) or the creditor (portal). */
  readAt: Date | null;
  attachments: MessageAttachment[];
}

/** The case threads, inside one transaction. */
export abstract class CaseMessages {
  /**
   * Records a creditor's message, its timeline entry and CreditorMessageSent (outbox). A consultant's
   * message arrives as an event and is recorded by the projector instead.
   */
  abstract addFromCreditor(message: CaseMessage): Promise<void>;
}

/** The bytes of attachments, in the object store shared with contact-center. */
export abstract class AttachmentStore {
  abstract save(key: string, content: Uint8Array, meta: { contentType: string; fileName: string }): Promise<void>;
  abstract open(key: string): Promise<{ content: Buffer; contentType: string } | undefined>;
}
