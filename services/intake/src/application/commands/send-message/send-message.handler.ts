import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { attachmentKey, checkMessage, type MessageAttachment, type MessageDraft } from '../../../domain/message/case-message';
import { CaseNotFoundError, SubmissionInvalidError } from '../../../domain/shared/intake-error';
import { CaseReader } from '../../ports/case-reader.port';
import { AttachmentStore, type CaseMessage } from '../../ports/case-messages.port';
import { UnitOfWork } from '../../ports/intake-transaction.port';

/**
 * A creditor writes to the consultant in charge of a case, whatever the case's state (a closed case
 * still has questions about its remittance). The files go to the object store first: an object
 * without its message is harmless, a message pointing at a missing object is not.
 */
@Injectable()
export class SendMessageHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cases: CaseReader,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  async execute(creditorId: string, caseId: string, authorName: string, draft: MessageDraft): Promise<CaseMessage> {
    const problems = checkMessage(draft);
    if (problems.length > 0) throw new SubmissionInvalidError(problems);
    if (!(await this.cases.exists(creditorId, caseId))) throw new CaseNotFoundError(caseId);
    const attachments: MessageAttachment[] = [];
    for (const upload of draft.attachments) {
      const id = randomUUID();
      const objectKey = attachmentKey(caseId, id);
      await this.store.save(objectKey, upload.content, { contentType: upload.declaredType, fileName: upload.fileName });
      attachments.push({ id, fileName: upload.fileName, contentType: upload.declaredType, sizeBytes: upload.content.length, objectKey });
    }
    const message: CaseMessage = {
      id: randomUUID(), caseId, creditorId, direction: 'to-consultant', authorName, body: draft.body.trim(), inReplyTo: null, sentAt: this.clock.now(), readAt: null, attachments,
    };
    await this.unitOfWork.run((tx) => tx.messages.addFromCreditor(message));
    return message;
  }
}
