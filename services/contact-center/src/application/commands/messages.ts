import { randomUUID } from 'node:crypto';
import { checkReply } from '../../domain/messages';
import type { Agent, AttachmentStore, ContactCenterTransaction, MessageAttachment, ThreadMessage, UnitOfWork } from '../ports/contact-center.ports';
import { enqueueContact } from './enqueue-contact';
import { CaseUnknownError, ProposalRefusedError } from './errors';

/** How long a creditor's message stays in the queue: long enough that no message is ever dropped unanswered in practice. */
const MESSAGE_TASK_DAYS = 30;

/**
 * A creditor wrote about a case (CreditorMessageSent): the message joins the case's thread and
 * becomes a task in the case's queue, the team of the consultant in charge. A redelivered
 * message adds nothing; one that overtakes its case waits for it like any task.
 */
export async function receiveCreditorMessage(tx: ContactCenterTransaction, message: ThreadMessage, now: Date): Promise<void> {
  if (!(await tx.messages.add(message))) return;
  await enqueueContact(tx, {
    caseId: message.caseId, actionId: message.id, kind: 'CREDITOR_MESSAGE', language: '', notBefore: now, notAfter: new Date(now.getTime() + MESSAGE_TASK_DAYS * 86_400_000),
    details: { messageId: message.id, from: message.authorName, excerpt: message.body.slice(0, 280), attachments: message.attachments.length },
  }, now);
}

/** The thread as the agent sees it; opening it is reading the creditor's messages, which the creditor is told. */
export async function openThread(uow: UnitOfWork, agent: Agent, caseId: string, now: Date): Promise<ThreadMessage[]> {
  return uow.run(async (tx) => {
    if (!(await tx.cases.find(caseId))) throw new CaseUnknownError(caseId);
    const read = await tx.messages.markCreditorMessagesRead(caseId, now);
    if (read.length > 0) await tx.events.creditorMessagesRead(caseId, read, agent.id, now);
    return tx.messages.thread(caseId);
  });
}

export interface ReplyDraft {
  body: string;
  inReplyTo?: string;
  attachments: Array<{ fileName: string; declaredType: string; content: Uint8Array }>;
}

/**
 * A consultant writes to the creditor (ConsultantMessageSent, shown in the creditor's timeline).
 * Answering a creditor's message finishes its task, whoever holds it. Files go to the object store
 * before the message exists, so a message never points at a missing file.
 */
export async function writeToCreditor(uow: UnitOfWork, files: AttachmentStore, agent: Agent, caseId: string, draft: ReplyDraft, now: Date): Promise<ThreadMessage> {
  const problems = checkReply(draft);
  if (problems.length > 0) throw new ProposalRefusedError('the message cannot be sent', problems);
  const known = await uow.run(async (tx) => ({ file: await tx.cases.find(caseId), original: draft.inReplyTo ? await tx.messages.find(caseId, draft.inReplyTo) : undefined }));
  if (!known.file) throw new CaseUnknownError(caseId);
  if (draft.inReplyTo && known.original?.from !== 'creditor') {
    throw new ProposalRefusedError('the message cannot be sent', [{ field: 'inReplyTo', code: 'UNKNOWN_MESSAGE', message: `${draft.inReplyTo} is not a creditor message of this case` }]);
  }
  const attachments: MessageAttachment[] = [];
  for (const file of draft.attachments) {
    const id = randomUUID();
    const objectKey = `messages/${caseId}/${id}`;
    await files.save(objectKey, file.content, { contentType: file.declaredType, fileName: file.fileName });
    attachments.push({ id, fileName: file.fileName, contentType: file.declaredType, sizeBytes: file.content.length, objectKey });
  }
  const message: ThreadMessage = {
    id: randomUUID(), caseId, from: 'consultant', authorName: agent.name, agentId: agent.id, body: draft.body.trim(), inReplyTo: draft.inReplyTo ?? null, sentAt: now, readAt: null, attachments,
  };
  await uow.run(async (tx) => {
    await tx.messages.add(message);
    if (message.inReplyTo) await tx.tasks.completeForAction(caseId, message.inReplyTo, now);
    await tx.events.consultantMessageSent(message);
  });
  return message;
}
