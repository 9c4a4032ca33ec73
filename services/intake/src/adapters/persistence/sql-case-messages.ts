import { Injectable } from '@nestjs/common';
import { CreditorMessageSentSchema } from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseMessages, type CaseMessage } from '../../application/ports/case-messages.port';
import type { MessageAttachment } from '../../domain/message/case-message';
import { SqlTimelineStore } from './sql-timeline.store';

type MessageRow = {
  id: string; case_id: string; creditor_id: string; direction: CaseMessage['direction']; author_name: string; body: string; in_reply_to: string | null;
  sent_at: Date; read_at: Date | null; attachments: MessageAttachment[];
};

const COLUMNS = 'id, case_id, creditor_id, direction, author_name, body, in_reply_to, sent_at, read_at, attachments';

/** The creditor's side of writing a message, inside the caller's transaction. */
export class SqlCaseMessages extends CaseMessages {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async addFromCreditor(message: CaseMessage): Promise<void> {
    await insertMessage(this.manager, message);
    // The creditor's own words belong in the case's story too; the entry's event id is the message's.
    await new SqlTimelineStore(this.manager.connection).within(this.manager).add({
      caseId: message.caseId, eventId: message.id, eventType: CreditorMessageSentSchema.typeName, kind: 'MESSAGE_TO_CONSULTANT', role: 'creditor', occurredAt: message.sentAt,
      details: timelineDetails(message),
    });
    await this.outbox.append(this.manager, [
      {
        schema: CreditorMessageSentSchema,
        key: message.caseId,
        data: {
          caseId: message.caseId, creditorId: message.creditorId, messageId: message.id, authorName: message.authorName, body: message.body,
          attachments: message.attachments.map((a) => ({ documentId: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: BigInt(a.sizeBytes), objectKey: a.objectKey })),
        },
      },
    ]);
  }
}

/** What the timeline shows of a message: who, what, which files (never object keys, which are internal). */
export function timelineDetails(message: Pick<CaseMessage, 'id' | 'authorName' | 'body' | 'inReplyTo' | 'attachments'>): Record<string, unknown> {
  return {
    messageId: message.id, authorName: message.authorName, body: message.body, ...(message.inReplyTo ? { inReplyTo: message.inReplyTo } : {}),
    attachments: message.attachments.map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes })),
  };
}

export async function insertMessage(manager: EntityManager, message: CaseMessage): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO case_messages (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [message.id, message.caseId, message.creditorId, message.direction, message.authorName, message.body, message.inReplyTo, message.sentAt, message.readAt, JSON.stringify(message.attachments)],
  );
  return inserted.length > 0;
}

/** Reading threads, and what the consultant side's events change in them. */
@Injectable()
export class SqlMessageQueries {
  constructor(private readonly dataSource: DataSource) {}

  async thread(caseId: string): Promise<CaseMessage[]> {
    const rows: MessageRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM case_messages WHERE case_id = $1 ORDER BY sent_at, id`, [caseId]);
    return rows.map(toMessage);
  }

  async attachment(caseId: string, messageId: string, attachmentId: string): Promise<MessageAttachment | undefined> {
    const rows: Array<{ attachment: MessageAttachment }> = await this.dataSource.query(
      `SELECT a AS attachment FROM case_messages m, jsonb_array_elements(m.attachments) a WHERE m.case_id = $1 AND m.id = $2 AND a ->> 'id' = $3`,
      [caseId, messageId, attachmentId],
    );
    return rows[0]?.attachment;
  }

  /** The creditor opened the thread: the consultant's messages are read from now on. */
  async markReadByCreditor(caseId: string, at: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(`UPDATE case_messages SET read_at = $2 WHERE case_id = $1 AND direction = 'to-creditor' AND read_at IS NULL`, [caseId, at]);
    return count;
  }

  /** How many consultant messages each of these cases holds that the creditor has not read. */
  async unreadCounts(creditorId: string): Promise<Map<string, number>> {
    const rows: Array<{ case_id: string; unread: number }> = await this.dataSource.query(
      `SELECT case_id, count(*)::int AS unread FROM case_messages WHERE creditor_id = $1 AND direction = 'to-creditor' AND read_at IS NULL GROUP BY case_id`,
      [creditorId],
    );
    return new Map(rows.map((row) => [row.case_id, row.unread]));
  }

  within(manager: EntityManager) {
    return {
      /** A consultant's message (ConsultantMessageSent) for a case intake holds; a redelivery adds nothing. */
      addFromConsultant: async (message: Omit<CaseMessage, 'creditorId'>): Promise<boolean> => {
        const owners: Array<{ creditor_id: string }> = await manager.query(`SELECT creditor_id FROM cases WHERE id = $1`, [message.caseId]);
        if (!owners[0]) return false;
        return insertMessage(manager, { ...message, creditorId: owners[0].creditor_id });
      },
      /** The consultant read these creditor messages (CreditorMessagesRead); the first reading counts. */
      markReadByConsultant: async (caseId: string, messageIds: string[], at: Date): Promise<void> => {
        await manager.query(`UPDATE case_messages SET read_at = $3 WHERE case_id = $1 AND id::text = ANY($2::text[]) AND direction = 'to-consultant' AND read_at IS NULL`, [caseId, messageIds, at]);
      },
    };
  }
}

function toMessage(row: MessageRow): CaseMessage {
  return {
    id: row.id, caseId: row.case_id, creditorId: row.creditor_id, direction: row.direction, authorName: row.author_name, body: row.body, inReplyTo: row.in_reply_to,
    sentAt: row.sent_at, readAt: row.read_at, attachments: row.attachments,
  };
}
